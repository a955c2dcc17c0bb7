"""帮助 → 使用说明 (F1): the guide ships with the program, one section per page, and opens at the page in front."""
from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gkdesk.gui.context import AppContext
from gkdesk.gui.help_window import sections
from gkdesk.gui.main_window import MainWindow
from gkdesk.gui.pages import registered_pages
from gkdesk.services import settings
from gkdesk.store.db import open_database


@pytest.fixture
def window(qtbot, data_folder):
    db = open_database(data_folder, start_backup=False)
    with db.transaction() as s:
        settings.save_unit(s, "东风镇")
    main = MainWindow(AppContext(db))
    qtbot.addWidget(main)
    main.show()
    yield main
    db.close()


def test_every_page_has_its_section_in_chinese():
    titles = [s.title for s in sections()]
    assert titles[0] == "开始使用" and titles[-1] == "设置、备份与恢复"
    missing = [p.title for p in registered_pages() if p.title not in titles]  # a file NN-<page title>.md each
    assert missing == []
    for section in sections():
        text = section.text
        assert text.startswith(f"# {section.title}\n")
        assert not re.search(r"[A-Za-z]{4,}", re.sub(r"`[^`]*`|Ctrl\+\w|Excel|Word|Enter|Delete|CSV|\.[a-z]{2,4}\b", "", text)), \
            section.title


def test_the_guide_renders_without_markup_showing(qtbot):
    """Markdown's ** after 。or … and before a Chinese character is not bold but shown as it is."""
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    qtbot.addWidget(browser)
    for section in sections():
        browser.setMarkdown(section.text)
        shown = browser.toPlainText()
        assert "**" not in shown and "`" not in shown and "|" not in shown, section.title


def test_f1_opens_the_guide_at_the_page_in_front(qtbot, window):
    window.ui.navList.setCurrentRow(next(i for i, (p, _) in enumerate(window.pages) if p.title == "政策解读报备"))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_window
    assert guide is not None and guide.isVisible()
    assert guide.contents.currentItem().text() == "政策解读报备"
    assert "报备表应在次月5日前报送" in guide.page.toPlainText()
    guide.close()


def test_escape_closes_the_guide(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_window
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    qtbot.keyClick(guide.page, Qt.Key.Key_Escape)   # the text has the focus, as after reading
    assert not guide.isVisible()


def test_the_guide_lists_every_page_where_it_describes_the_window():
    start = next(s for s in sections() if s.title == "开始使用").text
    line = next(line for line in start.splitlines() if line.startswith("- 左边是各项工作："))
    assert re.findall(r"\*\*(.+?)\*\*", line) == [p.title for p in registered_pages()]


# What the guide puts in **bold** or “quotes” that is not a word of the window, with the reason.
NOT_ON_SCREEN = {"处理异议": "a stage of the flow 导入名单 → … → 归档 (its buttons are 登记异议…, 记录核实结果…)",
                 "是（0个工作日后，休息日发布）": "a 是否同步 cell, put together by services.interp.SyncStatus"}


def program_words() -> set[str]:
    """Every text of the window: the forms' strings and every string constant of the program (buttons and menus
    are named in the code too), with Qt's & accelerators taken out ("立即备份(&B)" → "立即备份")."""
    root = Path(__file__).resolve().parents[1]
    found = {html.unescape(s) for ui in (root / "ui").glob("*.ui")
             for s in re.findall(r"<string[^>]*>([^<]*)</string>", ui.read_text("utf-8"))}
    for source in (root / "gkdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    found |= {s.title for s in sections()}
    return {re.sub(r"\(&\w\)|&", "", s) for s in found}


def test_every_button_menu_and_tab_the_guide_names_is_in_the_program():
    """A button renamed (or a tab that never had that name) fails here rather than in the clerk's hands: a name
    ending in … (a button or menu item that opens a dialog) is exactly a text of the program; any other bold or
    quoted name occurs in one; a menu path (文件 → 立即备份) is checked part by part."""
    words = program_words()
    missing = []
    for section in sections():
        for term in re.findall(r"\*\*(.+?)\*\*", section.text) + re.findall(r"“([^”]+)”", section.text):
            for part in (p.strip() for p in term.split("→")):
                if part in NOT_ON_SCREEN:
                    continue
                found = part in words if part.endswith("…") else any(part in w for w in words)
                if not found:
                    missing.append(f"{section.title}：{part}")
    assert missing == []
