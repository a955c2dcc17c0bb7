"""The 政策解读报备 page with pytest-qt on the demo township (today 2026-11-23): adding a record (and undoing it),
producing October's form, the nil month, submitting from the window and 首页's reminder going away.
File and message dialogs are patched so that nothing waits for a click."""
from __future__ import annotations

import datetime as dt

import docx
import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from gkdesk import clock
from gkdesk.gui.context import AppContext
from gkdesk.gui.home.page import HomePage
from gkdesk.gui.interp import page as page_module
from gkdesk.gui.interp.page import InterpPage
from gkdesk.gui.interp.record_dialog import RecordDialog
from gkdesk.gui.main_window import MainWindow
from gkdesk.services import demo, interp
from gkdesk.store.db import open_database

DAY = dt.date(2026, 11, 23)
FILING = "2026年10月政策解读报备表未报送"


@pytest.fixture
def ctx(data_folder):
    clock.set_today(DAY)
    db = open_database(data_folder)
    demo.create_demo(db)
    context = AppContext(db)
    yield context
    context.db.close()




def save_as(monkeypatch, path):
    asked = []

    def fake(_parent, caption, directory, _filter="", *args, **kwargs):
        asked.append((caption, directory))
        return str(path), _filter
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return asked


def page_texts(page: InterpPage) -> list[str]:
    return [page.records.index(r, 1).data() for r in range(page.records.rowCount())]


def home_titles(home: HomePage) -> list[str]:
    m = home.model
    return [m.reminder(i).title for i in range(m.rowCount()) if m.reminder(i)]


def test_adding_a_record_then_undo_and_redo(qtbot, ctx, monkeypatch, boxes):
    page = InterpPage(ctx)
    qtbot.addWidget(page)
    assert len(page_texts(page)) == 6

    def fill(dialog: RecordDialog):
        ui = dialog.ui
        ui.policyEdit.setText("东风镇防汛应急预案")
        ui.docNumberEdit.setText("东政办发〔2026〕40号")
        ui.titleEdit.setText("一图读懂东风镇防汛应急预案")
        ui.formCombo.setCurrentText("图解")
        ui.roleCombo.setCurrentText("主要负责人")
        ui.interpreterEdit.setText("张华")
        ui.policyDateEdit.setDate(QDate(2026, 11, 18))
        ui.publishedEdit.setDate(QDate(2026, 11, 20))
        assert ui.syncLabel.text().startswith("是，在文件发布2个工作日后发布")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    assert "一图读懂东风镇防汛应急预案" in page_texts(page)
    row = page.records.row_of(page.current_id())
    assert page.records.index(row, 7).data() == "是（2个工作日后）"
    with ctx.db.session() as s:
        (added,) = interp.list_records(s, text="防汛")
        added_id = added.id
        assert (added.form, added.role, added.channels) == ("图解", "主要负责人", ["政府网站"])

    assert page.ui.undoButton.isEnabled()
    qtbot.mouseClick(page.ui.undoButton, Qt.MouseButton.LeftButton)
    assert "一图读懂东风镇防汛应急预案" not in page_texts(page)
    with ctx.db.session() as s:
        assert interp.list_records(s, text="防汛") == []
    qtbot.mouseClick(page.ui.redoButton, Qt.MouseButton.LeftButton)
    with ctx.db.session() as s:
        assert [r.id for r in interp.list_records(s, text="防汛")] == [added_id]


def test_the_dialog_keeps_a_record_with_a_mistake_open(qtbot, ctx, monkeypatch, boxes):
    page = InterpPage(ctx)
    qtbot.addWidget(page)

    def fill(dialog: RecordDialog):
        dialog.ui.policyEdit.setText("某方案")
        dialog.accept()   # no 解读标题
        assert dialog.ui.errorLabel.isVisibleTo(dialog) and "请填写解读标题" in dialog.ui.errorLabel.text()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    page.add_record()
    assert len(page_texts(page)) == 6 and not page.undo_stack.canUndo()


def test_producing_octobers_form_from_the_page(qtbot, ctx, monkeypatch, boxes, tmp_path):
    page = InterpPage(ctx)
    qtbot.addWidget(page)
    page.open_ref("interp_month", 202610)
    assert page.ui.tabs.currentWidget() is page.ui.monthTab
    assert page.current_month() == "2026-10" and page.month_records.rowCount() == 3
    assert page.ui.statusLabel.text() == "未报送，已逾期18天"
    page.ui.reviewerEdit.setText("王强")
    out = tmp_path / "十月.xlsx"
    asked = save_as(monkeypatch, out)
    qtbot.mouseClick(page.ui.exportXlsxButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=5000)
    assert asked[0][1].endswith("东风镇2026年10月政策解读报备表.xlsx")
    ws = openpyxl.load_workbook(out).active
    assert "审核人：王强" in ws["A3"].value and "填报人：李明" in ws["A3"].value
    with ctx.db.session() as s:
        titles = [r.title for r in interp.list_records(s, month="2026-10")]
    assert [ws.cell(row=r, column=6).value for r in (5, 6, 7)] == titles
    assert ws.cell(row=8, column=1).value is None
    assert str(out) in page.ui.summaryLabel.text()


def test_the_nil_month_from_the_page(qtbot, ctx, monkeypatch, boxes, tmp_path):
    page = InterpPage(ctx)
    qtbot.addWidget(page)
    page.open_ref("interp_month", 202605)
    assert page.month_records.rowCount() == 0
    assert "报备表将填“本月无政策解读”" in page.ui.summaryLabel.text()
    out = tmp_path / "五月.docx"
    save_as(monkeypatch, out)
    qtbot.mouseClick(page.ui.exportDocxButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=5000)
    d = docx.Document(str(out))
    assert any("报送月份：2026年5月" in p.text for p in d.paragraphs)
    (table,) = d.tables
    assert len(table.rows) == 2 and table.rows[1].cells[1].text == "本月无政策解读"


def test_submitting_in_the_window_takes_the_reminder_off_home(qtbot, ctx, monkeypatch, boxes):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    home = window.page_widget("首页")
    page = window.page_widget("政策解读报备")
    assert isinstance(page, InterpPage)
    assert FILING in home_titles(home)

    # The reminder opens the month on the page.
    assert ctx.open_ref("interp_month", 202610)
    assert window.ui.pageStack.currentWidget() is page and page.current_month() == "2026-10"

    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    assert boxes[-1][0] == "question" and "标记后该月的解读记录将锁定" in boxes[-1][2]
    qtbot.waitUntil(lambda: FILING not in home_titles(home), timeout=5000)
    assert page.ui.statusLabel.text() == "已于2026年11月23日报送，记录已锁定"
    assert not page.ui.submitButton.isEnabled() and page.ui.reopenButton.isEnabled()

    # A record of October opens read-only; deleting it is refused with the sentence.
    seen = {}

    def look(dialog: RecordDialog):
        seen["lock"] = dialog.ui.lockLabel.text()
        seen["ok"] = dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RecordDialog, "exec", look)
    page.edit_record(page.month_records.rows[0].id)
    assert "已锁定" in seen["lock"] and seen["ok"] is False
    page.ui.tabs.setCurrentWidget(page.ui.recordsTab)
    page.select_record(page.month_records.rows[0].id)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert boxes[-1][0] == "warning" and "请先在“政策解读报备”中重新打开2026年10月" in boxes[-1][2]

    page.ui.tabs.setCurrentWidget(page.ui.monthTab)
    qtbot.mouseClick(page.ui.reopenButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: FILING in home_titles(home), timeout=5000)
    assert page.ui.submitButton.isEnabled()


def test_marking_a_month_that_has_not_ended_asks_with_a_warning(qtbot, ctx, boxes):
    clock.set_today(dt.date(2026, 12, 6))
    page = InterpPage(ctx)
    qtbot.addWidget(page)
    page.ui.reportMonthCombo.setCurrentIndex(page.ui.reportMonthCombo.findData("2026-12"))
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    asked = boxes[-1]
    assert asked[0] == "question" and asked[2].startswith("注意：2026年12月还没有结束（到2026年12月31日）")

    page.ui.reportMonthCombo.setCurrentIndex(page.ui.reportMonthCombo.findData("2026-11"))
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    assert not boxes[-1][2].startswith("注意")  # November is over: the usual question only


def test_escape_in_a_new_interpretation_with_typing_asks_before_throwing_it_away(qtbot, ctx, dialogs):
    dialog = RecordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a word
    assert not dialog.isVisible() and dialogs.shown == []

    dialog = RecordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.titleEdit.setText("图解：冬春救助工作")
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.ui.titleEdit.text() == "图解：冬春救助工作"
    assert dialogs.texts("question") == ["填写的内容还没有保存，关闭后就没有了。\n\n要放弃这些内容吗？"]
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_month_list_starts_when_the_township_began_and_an_older_record_is_not_overdue(qtbot, ctx, boxes):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    home, page = window.page_widget("首页"), window.page_widget("政策解读报备")
    # The demo township has used the program since June 2026: no month before it is listed or reminded.
    assert combo_texts(page.ui.reportMonthCombo) == [
        "2026年11月（未报送）", "2026年10月（未报送）", "2026年9月（已报送）", "2026年8月（已报送）",
        "2026年7月（已报送）", "2026年6月（已报送）"]
    assert combo_texts(page.ui.monthFilter) == ["全部月份", "2026年10月", "2026年9月", "2026年7月", "2026年6月"]
    assert [t for t in home_titles(home) if "报备表" in t] == [FILING]

    # A record of March 2026 (typed in from an old paper form) brings March in, as 启用前, not overdue.
    with ctx.db.transaction() as s:
        interp.add_record(s, policy_title="东风镇春耕生产工作方案", title="春耕生产政策解读", form="文字解读",
                          published_on=dt.date(2026, 3, 10))
    page.changed()
    qtbot.waitUntil(lambda: page.ui.reportMonthCombo.count() == 7, timeout=5000)
    assert combo_texts(page.ui.reportMonthCombo)[-1] == "2026年3月（启用前）"
    assert "2026年3月" in combo_texts(page.ui.monthFilter)
    page.ui.reportMonthCombo.setCurrentIndex(6)
    assert page.ui.statusLabel.text() == "本程序从2026年6月起使用，此前的月份不计逾期；如已报送，可标记为已报送"
    assert page.month_records.rowCount() == 1 and page.ui.submitButton.isEnabled()
    assert [t for t in home_titles(home) if "报备表" in t] == [FILING]


def test_year_view_counts_and_targets_are_editable(qtbot, ctx, boxes):
    page = InterpPage(ctx)
    qtbot.addWidget(page)
    page.open_ref("interp_year", 2026)
    assert page.ui.tabs.currentWidget() is page.ui.yearTab
    sections = dict(page.chart.sections)
    bars = {b.label: (b.count, b.target) for b in sections["按解读形式"]}
    assert bars["图解"] == (1, 1) and bars["在线访谈"] == (0, 1) and bars["文字解读"] == (4, 0)
    assert {b.label: b.count for b in sections["按解读人职务"]}["主要负责人解读"] == 1
    m = page.targets_model
    row = next(r for r in range(m.rowCount()) if m.item(r, 1).text() == "视频")
    assert (m.item(row, 2).text(), m.item(row, 3).text(), m.item(row, 4).text()) == ("0", "1", "还差1次")
    m.item(row, 3).setText("3")
    qtbot.mouseClick(page.ui.saveTargetsButton, Qt.MouseButton.LeftButton)
    with ctx.db.session() as s:
        assert ("form", "视频", 3) in interp.targets(s, 2026)
    assert {b.label: b.target for b in dict(page.chart.sections)["按解读形式"]}["视频"] == 3
    page.chart.grab()   # paints without error


def test_page_is_registered_and_handles_the_reminder_refs():
    from gkdesk.gui.pages import registered_pages

    page = next(p for p in registered_pages() if p.title == "政策解读报备")
    assert page.factory is page_module.InterpPage
    assert {"interp_month", "interp_year"} <= set(page.handles)


def test_every_column_title_is_whole_in_both_lists(qtbot, ctx):
    """"是否同步发布" and the other titles are whole, the columns fitted to the demo's records."""
    page = InterpPage(ctx)
    qtbot.addWidget(page)
    for view in (page.ui.recordTable, page.ui.monthTable):
        header = view.horizontalHeader()
        for col in range(header.count() - 1):
            assert view.columnWidth(col) >= header.sectionSizeFromContents(col).width(), (view.objectName(), col)
