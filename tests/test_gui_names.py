"""Names typed before are offered again: 审查人 in the review and the 报备表, 经办人 with the clerk first."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from gkdesk import clock
from gkdesk.gui.context import AppContext
from gkdesk.gui.subsidy.dialogs import ReviewDialog
from gkdesk.gui.widgets.names import offer_names
from gkdesk.services import demo, names, settings, subsidy
from gkdesk.store.db import open_database


@pytest.fixture
def ctx(data_folder):
    clock.set_today(dt.date(2026, 11, 23))
    db = open_database(data_folder, start_backup=False)
    demo.create_demo(db)
    context = AppContext(db)
    yield context
    db.close()


def test_the_names_used_before_most_used_first_and_the_clerk_first_as_handler(ctx):
    with ctx.db.transaction() as s:
        settings.set_setting(s, "clerk_name", "王芳")
        reviewers = names.remembered_names(s, names.REVIEWER)
        handlers = names.remembered_names(s, names.HANDLER)
        used = [b.reviewer for b in subsidy.list_batches(s) if b.reviewer]
    assert reviewers[0] == max(set(used), key=used.count) and len(reviewers) == len(set(reviewers))
    assert handlers[0] == "王芳"


def test_the_review_dialog_starts_with_the_usual_reviewer_and_offers_the_others(qtbot, ctx):
    with ctx.db.session() as s:
        batch = next(b for b in subsidy.list_batches(s) if b.state == "草稿")
        usual = names.remembered_names(s, names.REVIEWER)
    dialog = ReviewDialog(ctx, batch.id, batch.title)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.ui.reviewerEdit
    assert edit.text() == usual[0] and edit.selectedText() == usual[0]  # typing replaces it
    completer = edit.completer()
    assert completer.model().stringList() == usual
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert completer.popup().isVisible()
    completer.popup().hide()


def test_a_click_into_the_proposed_name_selects_it_so_that_typing_replaces_it(qtbot):
    """A click used to put the cursor after the proposed name: typing the same name saved 王建军王建军."""
    from PySide6.QtWidgets import QLineEdit, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    other, edit = QLineEdit(window), QLineEdit(window)
    edit.move(0, 40)
    offer_names(edit, ["王建军", "李明"])
    window.show()
    other.setFocus()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: edit.selectedText() == "王建军", timeout=2000)
    edit.insert("王建军")                     # as typed through the input method: the selection is replaced
    assert edit.text() == "王建军"
    edit.setText("王建")                      # the clerk's own text is left as she clicks into it
    other.setFocus()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert edit.selectedText() == ""


def test_a_field_the_clerk_filled_keeps_its_text(qtbot):
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit("张华")
    qtbot.addWidget(edit)
    offer_names(edit, ["李明", "张华"])
    assert edit.text() == "张华"


def test_a_reviewer_picked_from_the_list_in_a_ledger_record_ticks_its_review_date(qtbot, ctx):
    from gkdesk.gui.catalog.dialogs import RecordDialog

    dialog = RecordDialog("农村危房改造 / 任务分配", "20个工作日内", lambda _d: None, {"title": "公示"}, None)
    qtbot.addWidget(dialog)
    dialog.show()
    offer_names(dialog.ui.reviewerEdit, ["王强", "李明"], fill_empty=False)
    assert dialog.ui.reviewerEdit.text() == "" and not dialog.ui.reviewedCheck.isChecked()
    dialog.activateWindow()
    dialog.ui.reviewerEdit.setFocus()  # as the clerk's cursor is (a field takes its list's pick while focused)
    qtbot.waitUntil(dialog.ui.reviewerEdit.hasFocus)
    qtbot.keyClick(dialog.ui.reviewerEdit, Qt.Key.Key_Down)
    popup = dialog.ui.reviewerEdit.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.ui.reviewerEdit.text() == "王强" and dialog.ui.reviewedCheck.isChecked()
    dialog.hide()  # (closing would ask before throwing the name away)
