"""帮助 → 使用说明 (F1): the guide ships with the program, one section per page, and opens at the page in front."""
from __future__ import annotations

import re

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
