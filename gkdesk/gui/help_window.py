"""帮助 → 使用说明 (F1): the clerk's guide that ships in resources/help, shown in a window of its own beside the work.

One Markdown file per section, named NN-<title>.md and shown in the order of NN. F1 opens the section whose
title is the current page's title (a page added later gets its section by adding NN-<page title>.md), else the
first one."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QTextBrowser, QWidget

from gkdesk.paths import resource


@dataclass(frozen=True)
class Section:
    title: str
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def sections() -> list[Section]:
    found = sorted(resource("help").glob("*.md"))
    return [Section(p.stem.split("-", 1)[-1], p) for p in found]


class HelpWindow(QWidget):
    """The sections on the left, the chosen one on the right; it stays open beside the main window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle("使用说明")
        self.sections = sections()
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.contents.addItems([s.title for s in self.sections])
        self.contents.setFixedWidth(self.contents.sizeHintForColumn(0) + 36)
        self.page = QTextBrowser()
        self.page.setObjectName("helpPage")
        self.page.setOpenExternalLinks(False)
        layout = QHBoxLayout(self)
        layout.addWidget(self.contents)
        layout.addWidget(self.page, 1)
        self.contents.currentRowChanged.connect(self._show)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # as every other window of the program
        self.resize(960, 660)
        if self.sections:
            self.contents.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self.page.setMarkdown(self.sections[row].text)

    def show_section(self, title: str) -> None:
        """Show the window at the section titled `title` (the first section when there is none)."""
        row = next((i for i, s in enumerate(self.sections) if s.title == title), 0)
        self.contents.setCurrentRow(row)
        self._show(row)
        self.show()
        self.raise_()
        self.activateWindow()
