"""惠民补贴公示 in the window: a list from a village through import (with a corrected column), fixing a row,
review, publication, the countdown on 首页, the end of the period, an objection and re-publication, the printed
notice, and the archive. Modal dialogs are patched so that nothing waits for a click."""
from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton, QTableView

from gkdesk import clock
from gkdesk.domain.idnumber import check_char
from gkdesk.domain.money import format_fen
from gkdesk.domain.vocab import ARCHIVED, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
from gkdesk.gui.context import AppContext
from gkdesk.gui.home.page import HomePage
from gkdesk.gui.subsidy.archive import ArchiveDialog
from gkdesk.gui.subsidy.dialogs import ObjectionDialog, PublishDialog, ResolveDialog, ReviewDialog
from gkdesk.gui.subsidy.import_dialog import MAPPING, RESULT, ImportDialog
from gkdesk.gui.subsidy.models import RECIPIENT_COLUMNS
from gkdesk.gui.subsidy.page import SubsidyPage
from gkdesk.gui.tasks import BusyWindow
from gkdesk.gui.widgets.dates import qdate
from gkdesk.services import archive, settings, subsidy
from gkdesk.services import calendar as calendar_service
from gkdesk.services import subsidy_import as importing
from gkdesk.store.db import open_database

DAY = dt.date(2026, 11, 23)  # a Monday
PROGRAM = "耕地地力保护补贴"
STANDARD = Decimal("105.60")




@pytest.fixture
def ctx(data_folder):
    clock.set_today(DAY)
    db = open_database(data_folder, start_backup=False)
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县", phone="0311-5551234")
        settings.save_villages(s, [("东风村", ["一组", "二组"]), ("红旗村", ["一组"])])
        subsidy.ensure_default_programs(s)
    context = AppContext(db)
    yield context
    context.db.close()


@pytest.fixture
def page(qtbot, ctx, dialogs):
    widget = SubsidyPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def id_number(n: int) -> str:
    body = f"130123{dt.date(1960, 1, 1) + dt.timedelta(days=97 * n):%Y%m%d}{n % 1000:03d}"
    return body + check_char(body)


def write_list(path: Path, people: list[tuple[str, str, str]], amount_header="本次兑付款", bad_id_row=None,
               total=None) -> Path:
    """A village's list: a title row, then 序号 村民小组 姓名 身份证号 计税面积(亩) 补贴标准 <amount>, and a 合计 row
    stating `total` (yuan text) when given."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["东风村2026年度耕地地力保护补贴发放花名册"])
    ws.append(["序号", "村民小组", "姓名", "身份证号", "计税面积(亩)", "补贴标准", amount_header])
    for n, (group, name, area) in enumerate(people, 1):
        ident = id_number(n)
        if n == bad_id_row:
            ident = ident[:-1] + ("0" if ident[-1] != "0" else "1")
        amount = (Decimal(area) * STANDARD).quantize(Decimal("0.01"))
        ws.append([n, group, name, ident, area, str(STANDARD), str(amount)])
    if total is not None:
        ws.append(["合计", "", "", "", "", "", total])
    wb.save(path)
    return path


def write_wide_list(path: Path, bad_account_row: int) -> Path:
    """A list with eleven columns, up to 银行账号 联系电话 备注; one account lost its digits to 6.21E+18."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "村民小组", "姓名", "身份证号", "计税面积(亩)", "补贴标准", "补贴金额", "发放方式", "银行账号",
               "联系电话", "备注"])
    for n, (group, name, area) in enumerate(PEOPLE, 1):
        account = "6.21E+18" if n == bad_account_row else f"62170000{n:011d}"
        amount = (Decimal(area) * STANDARD).quantize(Decimal("0.01"))
        ws.append([n, group, name, id_number(n), area, str(STANDARD), str(amount), "一卡通", account,
                   f"1390311{n:04d}", ""])
    wb.save(path)
    return path


PEOPLE = [("一组", "王建国", "3.5"), ("一组", "李秀英", "2"), ("二组", "张志强", "10.25")]


def amount_fen(area: str) -> int:
    return int((Decimal(area) * STANDARD * 100).quantize(Decimal(1)))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def drive_import(qtbot, dialog: ImportDialog, path: Path, correct_amount=True) -> None:
    dialog.ui.fileEdit.setText(str(path))
    dialog.ui.programCombo.setCurrentText(PROGRAM)
    dialog.ui.villageCombo.setCurrentText("东风村")
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: dialog.step == MAPPING, timeout=5000)
    if correct_amount:
        combo = dialog.combos["amount"]
        assert combo.currentText() == "（不导入）"  # "本次兑付款" is not a name the program knows
        assert "金额" in dialog.ui.mappingWarning.text()
        combo.setCurrentIndex(combo.findText("G列（本次兑付款）"))
        assert dialog.ui.mappingWarning.text() == ""
        assert "→ 金额" in dialog.preview_model.headerData(6, Qt.Orientation.Horizontal)
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: dialog.step == RESULT, timeout=10000)


def import_through_page(qtbot, page: SubsidyPage, monkeypatch, path: Path) -> int:
    def run(dialog):
        drive_import(qtbot, dialog, path)
        click(qtbot, dialog.ui.nextButton)  # 导入
        qtbot.waitUntil(lambda: dialog.batch_id is not None, timeout=10000)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", run)
    page.batch_actions["import"].trigger()
    assert page.in_batch_view
    return page.view.batch_id


def accept_with(monkeypatch, cls, fill=lambda d: None):
    """Make cls.exec() fill the form and press 确定 (the dialog stays open when the services refuse)."""
    def run(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(cls, "exec", run)


def state_of(ctx, batch_id: int) -> str:
    with ctx.db.session() as s:
        return subsidy.batch_detail(s, batch_id).state


def list_row(page: SubsidyPage, batch_id: int) -> list[str]:
    row = page.model.row_of(batch_id)
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def column(field: str) -> int:
    return next(i for i, c in enumerate(RECIPIENT_COLUMNS) if c[2] == field)


def review_and_publish(page, monkeypatch, batch_id, start=DAY) -> None:
    page.open_batch(batch_id)
    accept_with(monkeypatch, ReviewDialog, lambda d: d.ui.reviewerEdit.setText("刘主任"))
    page.batch_actions["review"].trigger()
    accept_with(monkeypatch, PublishDialog, lambda d: d.ui.startDateEdit.setDate(qdate(start)))
    page.batch_actions["publish"].trigger()
    assert state_of(page.ctx, batch_id) == PUBLISHING


# ---- import ---------------------------------------------------------------------------------------------------

def test_import_through_the_dialog_with_a_corrected_column_opens_the_new_batch(qtbot, page, monkeypatch, tmp_path):
    path = write_list(tmp_path / "东风村名单.xlsx", PEOPLE)
    batch_id = import_through_page(qtbot, page, monkeypatch, path)

    with page.ctx.db.session() as s:
        totals = subsidy.totals(s, batch_id)
        assert subsidy.batch_detail(s, batch_id).row.title == "关于东风村2026年度耕地地力保护补贴发放情况的公示"
    assert totals.people == 3
    assert totals.amount_fen == sum(amount_fen(a) for _, _, a in PEOPLE) == 166320
    assert page.view.model.rowCount() == 3
    assert page.view.model.index(2, column("name")).data() == "张志强"
    assert "合计 <b>3</b> 人" in page.view.ui.totalsLabel.text()
    assert "1663.20" in page.view.ui.totalsLabel.text()
    assert state_of(page.ctx, batch_id) == DRAFT
    assert list_row(page, batch_id)[:4] == ["东风村", PROGRAM, "2026年度", "草稿"]


def test_a_file_with_errors_cannot_be_imported_and_each_problem_jumps_to_its_row(qtbot, ctx, dialogs, tmp_path):
    path = write_list(tmp_path / "名单.xlsx", PEOPLE, amount_header="补贴金额", bad_id_row=2)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    drive_import(qtbot, dialog, path, correct_amount=False)

    assert not dialog.ui.nextButton.isEnabled()
    assert "有1处错误，请在原表中改正后重新导入" in dialog.ui.resultHint.text()
    problem = dialog.problem_model.problem(0)
    assert problem.row == 4 and problem.is_error and "校验" in problem.message  # the file's own row number
    assert dialog.problem_model.index(0).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    dialog.jump_to_problem(dialog.problem_model.index(0))
    current = dialog.ui.dataTable.currentIndex()
    assert dialog.data_model.headerData(current.row(), Qt.Orientation.Vertical) == "第4行"
    assert current.column() == 3  # the 身份证号 column
    with ctx.db.session() as s:
        assert subsidy.list_batches(s) == []


def test_the_totals_show_every_row_read_beside_the_rows_without_errors_and_the_files_own_total(qtbot, ctx, dialogs,
                                                                                                  tmp_path):
    path = write_list(tmp_path / "名单.xlsx", PEOPLE, amount_header="补贴金额", bad_id_row=2, total="1663.20")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    drive_import(qtbot, dialog, path, correct_amount=False)

    summary = dialog.ui.resultSummary.text()
    assert "文件中共 <b>3</b> 人，金额合计 <b>1663.20</b> 元" in summary  # the bad row too: its amount was read
    assert f"其中没有错误的 <b>2</b> 人，金额合计 <b>{format_fen(166320 - amount_fen('2'))}</b> 元" in summary
    assert "第6行合计金额 <b>1663.20</b> 元，与文件各行之和一致" in summary
    assert "错误 1 处" in summary


def test_a_total_row_that_differs_from_the_rows_is_shown_in_red_with_the_difference(qtbot, ctx, dialogs, tmp_path):
    path = write_list(tmp_path / "名单.xlsx", PEOPLE, amount_header="补贴金额", total="1600.00")
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    drive_import(qtbot, dialog, path, correct_amount=False)

    summary = dialog.ui.resultSummary.text()
    assert "文件中共 <b>3</b> 人，金额合计 <b>1663.20</b> 元。" in summary  # every row can be imported: one figure
    assert "没有错误的" not in summary
    assert '<span style="color:#c62828">第6行合计金额 <b>1600.00</b> 元，与文件各行之和相差 63.20 元' in summary


def test_the_check_shows_its_percentage_and_its_cancel_button_still_stops_it(qtbot, ctx, dialogs, tmp_path,
                                                                               monkeypatch):
    people = [("一组", f"村民{n}", "1") for n in range(400)]
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.fileEdit.setText(str(write_list(tmp_path / "大名单.xlsx", people, amount_header="补贴金额")))
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: dialog.step == MAPPING, timeout=10000)
    halfway, go_on = threading.Event(), threading.Event()
    validate = importing.validate

    def held_at_half(*args, progress, **kwargs):
        def report(done, total):
            progress(done, total)
            if done == 200:
                halfway.set()
                go_on.wait(10)
        return validate(*args, progress=report, **kwargs)

    monkeypatch.setattr(importing, "CHECK_EVERY", 100)
    monkeypatch.setattr(importing, "validate", held_at_half)
    click(qtbot, dialog.ui.nextButton)
    try:
        qtbot.waitUntil(halfway.is_set, timeout=5000)
        qtbot.waitUntil(lambda: any(d.isVisible() for d in dialog.findChildren(BusyWindow)), timeout=3000)
        busy = next(d for d in dialog.findChildren(BusyWindow) if d.isVisible())
        qtbot.waitUntil(lambda: busy.bar.value() == 200)
        assert busy.bar.maximum() == 400 and busy.text.text() == "正在逐行检查名单…"
        qtbot.mouseClick(busy.cancel_button, Qt.MouseButton.LeftButton)  # 取消
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: "已取消" in dialog.ui.mappingWarning.text(), timeout=10000)
    assert dialog.step == MAPPING and dialog.ui.nextButton.isEnabled()
    with ctx.db.session() as s:
        assert subsidy.list_batches(s) == []


def column_drawn_at(table: QTableView, x: int, y: int) -> str | None:
    """Header of the cell drawn at (x, y) of `table`, whichever view draws it (the table or one laid over it)."""
    child = table.childAt(x, y)
    view = child.parentWidget() if child is not None else None
    if not isinstance(view, QTableView):
        return None
    index = view.indexAt(child.mapFrom(table, QPoint(x, y)))
    return view.model().headerData(index.column(), Qt.Orientation.Horizontal) if index.isValid() else None


def columns_shown(table: QTableView, row: int) -> list[str]:
    """Headers of the cells a clerk sees in `row`, left to right (each once)."""
    y = table.viewport().mapTo(table, table.visualRect(table.model().index(row, 0)).center()).y()
    shown = [column_drawn_at(table, x, y) for x in range(table.verticalHeader().width(), table.width(), 3)]
    return list(dict.fromkeys(c for c in shown if c))


def test_a_problem_far_right_keeps_the_name_in_view(qtbot, ctx, dialogs, tmp_path):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(640, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    drive_import(qtbot, dialog, write_wide_list(tmp_path / "名单.xlsx", bad_account_row=2), correct_amount=False)
    table, problems = dialog.ui.dataTable, dialog.ui.problemList
    assert "I列（银行账号）" not in columns_shown(table, 1)  # too far right for the narrow table

    index = dialog.problem_model.index(0)
    assert dialog.problem_model.problem(0).column == "银行账号"
    qtbot.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=problems.visualRect(index).center())

    assert table.currentIndex().row() == 1 and table.currentIndex().column() == 8
    shown = columns_shown(table, 1)
    assert shown[0] == "C列（姓名）" and "I列（银行账号）" in shown
    cell = table.visualRect(table.currentIndex())
    y = table.viewport().mapTo(table, cell.center()).y()
    for edge in (cell.left() + 2, cell.right() - 2):  # the whole cell, not under the name
        assert column_drawn_at(table, table.viewport().mapTo(table, QPoint(edge, 0)).x(), y) == "I列（银行账号）"


# ---- editing ----------------------------------------------------------------------------------------------------

def test_fixing_a_row_updates_the_totals_and_undo_restores_it(qtbot, page, monkeypatch, tmp_path, dialogs):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    view, model = page.view, page.view.model
    before = model.row(0)

    assert model.setData(model.index(0, column("quantity")), "4")  # 3.5 亩 → 4 亩: the amount follows
    with page.ctx.db.session() as s:
        total = subsidy.totals(s, batch_id).amount_fen
    assert total == 166320 - amount_fen("3.5") + amount_fen("4")
    assert model.index(0, column("amount")).data() == "422.40"
    assert f"{total // 100}.{total % 100:02d}" in view.ui.totalsLabel.text()
    assert "金额已按数量×标准重新计算" in view.ui.statusLabel.text()

    table = view.ui.recipientTable
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.row(0).amount_fen == before.amount_fen and model.row(0).quantity_text == "3.5"
    assert "1663.20" in view.ui.totalsLabel.text()
    assert view.ui.statusLabel.text().startswith("已撤销：修改“王建国”")
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert model.row(0).quantity_text == "4"
    page.undo.undo()

    # a wrong ID is refused with the services' sentence, and nothing changes
    assert not model.setData(model.index(1, column("id_number")), "130123196001010011")
    assert "身份证号" in view.ui.statusLabel.text()
    qtbot.waitUntil(lambda: bool(dialogs.texts("warning")))
    assert model.row(1).id_number == id_number(2)


def test_a_file_that_cannot_be_read_is_refused_with_its_name(qtbot, ctx, dialogs, tmp_path):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    click(qtbot, dialog.ui.nextButton)
    assert dialogs.texts("warning") == ["请先选择名单文件。"]
    (tmp_path / "照片.xlsx").write_bytes(b"not a workbook")
    dialog.ui.fileEdit.setText(str(tmp_path / "照片.xlsx"))
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: len(dialogs.texts("warning")) == 2, timeout=5000)
    assert "照片.xlsx" in dialogs.texts("warning")[1]
    assert dialog.step == 0 and dialog.ui.nextButton.isEnabled()


def test_cancelling_the_check_imports_nothing(qtbot, ctx, dialogs, tmp_path):
    people = [("一组", f"村民{n}", "1") for n in range(3000)]
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.fileEdit.setText(str(write_list(tmp_path / "大名单.xlsx", people, amount_header="补贴金额")))
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: dialog.step == MAPPING, timeout=10000)
    click(qtbot, dialog.ui.nextButton)
    dialog.task.cancelled.set()  # what 取消 on the progress dialog does
    qtbot.waitUntil(lambda: "已取消" in dialog.ui.mappingWarning.text(), timeout=10000)
    assert dialog.step == MAPPING and dialog.ui.nextButton.isEnabled()
    with ctx.db.session() as s:
        assert subsidy.list_batches(s) == []


def test_delete_and_add_rows_with_undo(qtbot, page, monkeypatch, tmp_path):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    view = page.view
    view.ui.recipientTable.selectRow(1)
    view.delete_selected()
    assert view.model.rowCount() == 2
    assert "已删除“李秀英”" in view.ui.statusLabel.text()
    page.undo.undo()
    assert view.model.rowCount() == 3 and view.model.row(1).name == "李秀英"

    view.add_row({"group_name": "二组", "name": "赵六", "id_number": id_number(9), "quantity": "1",
                  "standard": "105.60", "amount": ""})
    with page.ctx.db.session() as s:
        assert subsidy.totals(s, batch_id).people == 4
    assert view.model.row(3).amount_text == "105.60"
    page.undo.undo()
    assert view.model.rowCount() == 3
    page.undo.redo()
    assert view.model.rowCount() == 4 and view.model.row(3).name == "赵六"


def test_an_edit_after_the_review_clears_it_and_says_so(qtbot, page, monkeypatch, tmp_path):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    accept_with(monkeypatch, ReviewDialog, lambda d: d.ui.reviewerEdit.setText("刘主任"))
    page.batch_actions["review"].trigger()
    assert page.batch_actions["publish"].isEnabled()
    assert "保密审查：刘主任" in page.view.ui.infoLabel.text()

    model = page.view.model
    assert model.setData(model.index(0, column("remark")), "调整")
    assert "原保密审查记录已清除" in page.view.ui.statusLabel.text()
    assert "尚未保密审查" in page.view.ui.infoLabel.text()
    assert not page.batch_actions["publish"].isEnabled()
    assert state_of(page.ctx, batch_id) == PENDING_REVIEW


# ---- the life of a publicity ------------------------------------------------------------------------------------

def test_review_start_countdown_on_home_and_the_end_of_the_period(qtbot, page, monkeypatch, tmp_path, dialogs):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    assert not page.batch_actions["publish"].isEnabled()  # 先审后发

    def fill_review(d):
        assert d.ui.dateEdit.date().toPython() == DAY
        assert d.ui.opinionEdit.toPlainText() == subsidy.DEFAULT_REVIEW_OPINION
        d.ui.reviewerEdit.setText("刘主任")

    assert "送审" in page.view.ui.statusLabel.text()
    accept_with(monkeypatch, ReviewDialog, fill_review)
    page.batch_actions["review"].trigger()
    assert state_of(page.ctx, batch_id) == PENDING_REVIEW and page.batch_actions["publish"].isEnabled()
    assert page.view.ui.stateLabel.text() == "已审查，待公示"  # the badge follows the review
    assert "开始公示" in page.view.ui.statusLabel.text() and "送审" not in page.view.ui.statusLabel.text()

    shown = {}

    def fill_publish(d):
        d.ui.startDateEdit.setDate(qdate(DAY + dt.timedelta(days=1)))
        shown["end"] = d.ui.endValue.text()
        shown["warning"] = d.ui.calendarWarning.isVisibleTo(d)

    accept_with(monkeypatch, PublishDialog, fill_publish)
    page.batch_actions["publish"].trigger()
    with page.ctx.db.session() as s:
        end = calendar_service.load_calendar(s).publicity_end(DAY + dt.timedelta(days=1), 7, "自然日")
        detail = subsidy.batch_detail(s, batch_id)
    assert end == dt.date(2026, 11, 30) == detail.row.end_date
    assert "2026年11月30日" in shown["end"] and not shown["warning"]
    assert "公示时间：2026年11月24日至2026年11月30日" in dialogs.texts("information")[-1]
    assert state_of(page.ctx, batch_id) == PUBLISHING
    assert "名单只读" in page.view.ui.readOnlyLabel.text() and page.view.ui.readOnlyBanner.isVisibleTo(page)
    assert not page.view.model.flags(page.view.model.index(0, column("name"))) & Qt.ItemFlag.ItemIsEditable
    # posted from tomorrow: not yet running, nor counting down its seven days
    assert list_row(page, batch_id)[3] == "待开始公示" and list_row(page, batch_id)[7] == "明天开始公示"
    table = page.ui.batchTable
    assert table.columnWidth(3) >= table.fontMetrics().horizontalAdvance("已审查，待公示")  # the state whole
    assert page.view.ui.stateLabel.text() == "待开始公示"
    assert not page.batch_actions["objection"].isEnabled()  # nothing posted yet to object to
    home = HomePage(page.ctx)
    qtbot.addWidget(home)
    lines = [home.model.index(i).data() for i in range(home.model.rowCount()) if home.model.reminder(i)]
    assert "关于东风村2026年度耕地地力保护补贴发放情况的公示：明天开始公示（2026年11月24日）" in lines

    clock.set_today(dt.date(2026, 11, 24))
    page.refresh()
    home.refresh()
    assert list_row(page, batch_id)[3] == "公示中" and list_row(page, batch_id)[7] == "还剩6天"
    assert page.batch_actions["objection"].isEnabled()
    lines = [home.model.index(i).data() for i in range(home.model.rowCount()) if home.model.reminder(i)]
    assert "关于东风村2026年度耕地地力保护补贴发放情况的公示：公示中，还剩6天" in lines

    clock.set_today(dt.date(2026, 11, 30))
    page.refresh()
    assert list_row(page, batch_id)[7] == "今天期满"
    assert page.model.data(page.model.index(page.model.row_of(batch_id), 7), Qt.ItemDataRole.ForegroundRole).name() \
        == "#e65100"

    clock.set_today(dt.date(2026, 12, 1))
    home.refresh()  # the home page's timer closes ended periods and announces the change
    assert state_of(page.ctx, batch_id) == ENDED
    page.refresh()  # what the main window does on ctx.data_changed
    assert list_row(page, batch_id)[3:] [0] == "公示期满"
    assert list_row(page, batch_id)[7] == "已期满，待归档"
    assert page.batch_actions["archive"].isEnabled() and not page.batch_actions["objection"].isEnabled()


def test_the_list_follows_data_changed_in_the_main_window(qtbot, ctx, dialogs, monkeypatch, tmp_path):
    from gkdesk.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.page_widget("惠民补贴公示")
    home = window.page_widget("首页")
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    review_and_publish(page, monkeypatch, batch_id)
    page.show_list()
    clock.set_today(DAY + dt.timedelta(days=7))
    home.refresh()  # emits ctx.data_changed: the main window refreshes every page
    qtbot.waitUntil(lambda: list_row(page, batch_id)[3] == "公示期满")
    assert ctx.open_ref("batch", batch_id)
    assert page.in_batch_view and page.view.batch_id == batch_id


def test_an_upheld_objection_leads_to_a_corrected_publication_linked_both_ways(qtbot, page, monkeypatch, tmp_path,
                                                                               dialogs):
    old_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    review_and_publish(page, monkeypatch, old_id)
    assert page.batch_actions["objection"].isEnabled() and not page.batch_actions["correct"].isEnabled()

    def fill_objection(d):
        assert d.ui.dateEdit.date().toPython() == DAY
        d.ui.personEdit.setText("王五")
        d.ui.contactEdit.setText("13800001111")
        d.ui.contentEdit.setPlainText("张志强的面积应为9.25亩")

    accept_with(monkeypatch, ObjectionDialog, fill_objection)
    page.batch_actions["objection"].trigger()
    assert page.view.ui.tabs.currentIndex() == 1
    assert page.view.ui.objectionTable.item(0, 3).text() == "张志强的面积应为9.25亩"
    assert "1条待处理" in page.view.ui.tabs.tabText(1)

    # the result is required: without it the services refuse and the dialog stays open
    accept_with(monkeypatch, ResolveDialog, lambda d: d.ui.handlingEdit.setPlainText("经入户核实属实"))
    page.view.ui.objectionTable.selectRow(0)
    page.view.resolve_objection()
    assert "核实结果只能是" in dialogs.texts("warning")[-1]

    def fill_resolve(d):
        d.ui.handlingEdit.setPlainText("经入户核实属实，面积改为9.25亩")
        d.ui.resultCombo.setCurrentText("成立")

    accept_with(monkeypatch, ResolveDialog, fill_resolve)
    page.view.resolve_objection()
    assert page.batch_actions["correct"].isEnabled()

    page.batch_actions["correct"].trigger()  # question() answers Yes
    new_id = page.view.batch_id
    assert new_id != old_id and state_of(page.ctx, new_id) == DRAFT
    assert page.view.ui.titleLabel.text().endswith("（更正）")
    assert page.view.model.rowCount() == 3
    model = page.view.model
    assert model.setData(model.index(2, column("quantity")), "9.25")
    review_and_publish(page, monkeypatch, new_id)

    assert state_of(page.ctx, old_id) == SUPERSEDED
    assert f'href="batch:{old_id}"' in page.view.ui.linksLabel.text()
    page.view.ui.linksLabel.linkActivated.emit(f"batch:{old_id}")
    assert page.view.batch_id == old_id
    assert f'href="batch:{new_id}"' in page.view.ui.linksLabel.text()
    assert "已被更正" in page.view.ui.linksLabel.text()
    assert page.view.ui.readOnlyBanner.isVisibleTo(page) and "取代" in page.view.ui.readOnlyLabel.text()
    assert not page.view.ui.addButton.isEnabled()
    assert not any(page.batch_actions[k].isEnabled() for k in ("objection", "correct", "archive", "review"))


def test_an_illegal_move_is_refused_with_the_services_reason(qtbot, page, monkeypatch, tmp_path, dialogs):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    notice = page.batch_actions["notice"]
    refusal = "“关于东风村2026年度耕地地力保护补贴发放情况的公示”尚未完成保密审查，不能打印公示（先审后发）。"
    assert not notice.isEnabled() and notice.toolTip() == refusal   # 先审后发, said before any click
    parents = []
    warn = QMessageBox.warning
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda p, *a: (parents.append(p), warn(p, *a))[1]))
    page.print_notice()  # were it clicked all the same: the services refuse, in a box over the window
    assert dialogs.texts("warning")[-1] == refusal
    assert parents == [page] and page.isVisible()  # not over the notice dialog, never shown (the screen's top left)
    review_and_publish(page, monkeypatch, batch_id)
    assert notice.isEnabled() and notice.toolTip() == "打印公示或导出 PDF、Word、Excel（需先保密审查）"
    page._write(lambda s: subsidy.submit(s, batch_id))
    assert "公示中" in dialogs.texts("warning")[-1]


# ---- notice and archive -------------------------------------------------------------------------------------

def test_print_preview_and_exports_of_the_notice(qtbot, page, monkeypatch, tmp_path, dialogs):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from gkdesk.gui.subsidy.notice import NoticeDialog
    from gkdesk.gui.widgets.preview import print_action

    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    review_and_publish(page, monkeypatch, batch_id)
    painted = {}

    def preview(dialog):
        printer = dialog.printer_ref
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        painted["title"] = dialog.windowTitle()
        printing = dialog.findChild(QPushButton, "printButton")  # 打印 said in words, where buttons are
        painted["button"] = printing.text()
        triggered, action = [], print_action(dialog)
        action.triggered.disconnect()  # (no printer here: the real one opens the print dialog)
        action.triggered.connect(lambda: triggered.append(1))
        printing.click()
        painted["prints"] = triggered
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)
    chosen = {}

    def save_name(_parent, _caption, default, _filter):
        chosen.setdefault("defaults", []).append(Path(default).name)
        return str(tmp_path / Path(default).name), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))

    def use(dialog):
        dialog.ui.paperCombo.setCurrentText("A3")
        dialog.ui.landscapeCheck.setChecked(True)
        dialog.ui.largeCheck.setChecked(True)
        assert dialog.options() == {"paper": "A3", "landscape": True, "large_print": True}
        click(qtbot, dialog.ui.previewButton)
        for button in (dialog.ui.pdfButton, dialog.ui.docxButton, dialog.ui.xlsxButton):
            click(qtbot, button)
            qtbot.waitUntil(lambda: dialog.task is None or not dialog.task.running, timeout=10000)
        return 0

    monkeypatch.setattr(NoticeDialog, "exec", use)
    page.batch_actions["notice"].trigger()
    title = "关于东风村2026年度耕地地力保护补贴发放情况的公示"
    assert painted["title"] == f"打印预览 — {title}"
    assert painted["button"] == "打印…" and painted["prints"] == [1]
    assert (tmp_path / "preview.pdf").stat().st_size > 1000
    assert chosen["defaults"] == [f"{title}.pdf", f"{title}.docx", "东风村2026年度耕地地力保护补贴发放名单.xlsx"]
    qtbot.waitUntil(lambda: len(dialogs.texts("information")) >= 4, timeout=10000)
    for name in chosen["defaults"]:
        assert (tmp_path / name).stat().st_size > 1000


def reviewed_list(ctx, program: str, n: int, **fields) -> int:
    with ctx.db.transaction() as s:
        batch = subsidy.create_batch(s, subsidy.find_program(s, program), subsidy.find_village(s, "东风村"), "2026年度")
        for i in range(1, n + 1):
            subsidy.add_recipient(s, batch.id, name=f"村民{i}", id_number=id_number(i), group_name="一组",
                                  quantity="2.5", standard="105.60", amount="264.00",
                                  account=f"62170000{i:03d}45678901", **fields)
        subsidy.review(s, batch.id, "王强", DAY)
        return batch.id


def test_the_notice_dialog_proposes_the_orientation_that_suits_the_list(qtbot, ctx):
    from gkdesk.gui.subsidy.notice import NoticeDialog

    long_wide = reviewed_list(ctx, "耕地地力保护补贴", 40, remark="新增")
    narrow = reviewed_list(ctx, "特困人员救助供养", 40)
    shown = {}
    for batch_id in (long_wide, narrow):
        dialog = NoticeDialog(ctx, batch_id, "公示")
        qtbot.addWidget(dialog)
        shown[batch_id] = dialog.options()["landscape"]
    # nine columns would be set small in portrait: landscape; six stand in portrait at 五号 or more
    assert shown == {long_wide: True, narrow: False}


def test_the_notice_dialog_says_what_the_layout_leaves_out_and_which_paper_holds_large_print(qtbot, ctx):
    from gkdesk.gui.subsidy.notice import NoticeDialog

    batch_id = reviewed_list(ctx, "耕地地力保护补贴", 40)   # no 备注 in any row
    dialog = NoticeDialog(ctx, batch_id, "公示")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert "“备注”一列全部为空，公示中不列出" in ui.layoutLabel.text()
    ui.landscapeCheck.setChecked(False)
    ui.largeCheck.setChecked(True)
    # said before anything is written: large print on A4 portrait does not fit, A4 landscape does
    assert "大字版的表格在A4纵向纸上放不下" in ui.layoutLabel.text() and "请改用A4横向纸" in ui.layoutLabel.text()
    assert not any(b.isEnabled() for b in (ui.previewButton, ui.pdfButton, ui.docxButton, ui.xlsxButton))
    assert ui.suggestButton.isVisibleTo(dialog) and ui.suggestButton.text() == "改用A4横向"
    click(qtbot, ui.suggestButton)
    assert dialog.options() == {"paper": "A4", "landscape": True, "large_print": True}
    assert "大字版" not in ui.layoutLabel.text() and ui.pdfButton.isEnabled()
    assert not ui.suggestButton.isVisibleTo(dialog)


def test_archive_with_a_photo_then_the_package(qtbot, page, monkeypatch, tmp_path, dialogs):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    review_and_publish(page, monkeypatch, batch_id)
    photo = tmp_path / "张贴照片.jpg"
    picture = QImage(64, 48, QImage.Format.Format_RGB32)  # a real photo: the archive dialog shows it
    picture.fill(QColor("#6f8fb0"))
    picture.save(str(photo), "JPEG")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(photo)], "")))

    def during_period(dialog):
        assert not dialog.ui.archiveButton.isEnabled()
        assert "期满后才能归档" in dialog.ui.stateLabel.text()
        click(qtbot, dialog.ui.addPhotoButton)  # the photo is taken when the notice is posted
        qtbot.waitUntil(lambda: dialog.ui.attachmentTable.rowCount() == 1, timeout=5000)
        assert dialog.ui.attachmentTable.item(0, 1).text() == "张贴照片.jpg"
        return 0

    monkeypatch.setattr(ArchiveDialog, "exec", during_period)
    page.batch_actions["archive"].trigger()
    assert page.view.ui.attachmentTable.rowCount() == 1

    clock.set_today(DAY + dt.timedelta(days=7))
    page.refresh()

    def after_period(dialog):
        click(qtbot, dialog.ui.archiveButton)
        return dialog.result()

    monkeypatch.setattr(ArchiveDialog, "exec", after_period)
    page.batch_actions["archive"].trigger()
    assert state_of(page.ctx, batch_id) == ARCHIVED
    assert "已归档" in dialogs.texts("information")[-1]
    assert "不能再修改" in dialogs.texts("question")[-1]
    assert "已归档的公示不能修改" in page.view.ui.readOnlyLabel.text()
    assert not page.batch_actions["archive"].isEnabled() and page.batch_actions["package"].isEnabled()

    target = tmp_path / "归档包.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "压缩包 (*.zip)")))
    page.batch_actions["package"].trigger()
    qtbot.waitUntil(lambda: "已导出归档包" in [t for _, t, _ in dialogs.shown], timeout=20000)
    assert archive.verify_package(target) == []
    import zipfile
    names = zipfile.ZipFile(target).namelist()
    assert "公示.pdf" in names and "附件/公示照片_张贴照片.jpg" in names


def test_archive_says_what_is_missing_before_asking_and_previews_the_photo(qtbot, page, monkeypatch, tmp_path,
                                                                            dialogs):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    review_and_publish(page, monkeypatch, batch_id)
    clock.set_today(DAY + dt.timedelta(days=7))
    page.refresh()
    photos = [tmp_path / "村务公开栏张贴照片（东风村一组、二组、三组，2026年11月23日上午九点在村委会门口拍摄，第一张）.png",
              tmp_path / "二组.png"]
    for photo, colour in zip(photos, ("#3d7cc9", "#6f8fb0")):  # two different photos (the same twice is refused)
        image = QImage(320, 240, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        image.save(str(photo))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in photos], "")))
    seen = {}

    def use(dialog):
        dialog.show()  # as exec() does, at the size the form gives it
        click(qtbot, dialog.ui.archiveButton)  # no photo yet: told so, not asked "归档…吗？"
        seen["before"] = (list(dialogs.texts("warning")), list(dialogs.texts("question")))
        click(qtbot, dialog.ui.addPhotoButton)
        table = dialog.ui.attachmentTable
        qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
        seen["preview"] = dialog.ui.previewLabel.pixmap().isNull()
        seen["names"] = [table.item(r, 1).text() for r in range(2)]
        seen["rows"] = [(table.rowHeight(r), table.sizeHintForRow(r)) for r in range(2)]
        dialog.hide()
        return 0

    monkeypatch.setattr(ArchiveDialog, "exec", use)
    page.batch_actions["archive"].trigger()
    warnings, questions = seen["before"]
    assert warnings == ["“关于东风村2026年度耕地地力保护补贴发放情况的公示”还没有公示照片，请先上传张贴公示的照片再归档。"]
    assert questions == []
    assert seen["preview"] is False  # the photo shows beside the list
    assert seen["names"] == [p.name for p in photos]
    (long_height, long_needs), (_, short_needs) = seen["rows"]
    assert long_height >= long_needs > short_needs  # the long name wraps onto a second line, whole, not cut


def test_the_objection_list_shows_its_result_whole_and_the_date_no_wider_than_it_needs(qtbot, page, monkeypatch,
                                                                                       tmp_path, dialogs):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    review_and_publish(page, monkeypatch, batch_id)
    with page.ctx.db.transaction() as s:
        objection = subsidy.add_objection(s, batch_id, DAY, "王建国", "13903110001", "面积少算了0.5亩")
        subsidy.resolve_objection(s, objection.id, "经核实属实。", subsidy.OBJECTION_REJECTED, DAY)
    page.open_batch(batch_id)
    page.view.ui.tabs.setCurrentIndex(1)
    table = page.view.ui.objectionTable
    metrics = table.fontMetrics()
    result, closed = table.item(0, 5).text(), table.item(0, 6).text()
    assert result == subsidy.OBJECTION_REJECTED and table.columnWidth(5) >= metrics.horizontalAdvance(result)
    assert table.columnWidth(6) <= metrics.horizontalAdvance(closed) + 40
    assert table.columnWidth(3) > table.columnWidth(6)  # the content gets the room


# ---- around the list ---------------------------------------------------------------------------------------------

def test_keyboard_enter_opens_ctrl_f_searches_and_filters(qtbot, page, monkeypatch, tmp_path):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    page.show_list()
    table = page.ui.batchTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.in_batch_view and page.view.batch_id == batch_id

    qtbot.keyClick(page.view.ui.recipientTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.view.ui.searchEdit.hasFocus()
    page.view.ui.searchEdit.setText("李")
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 1)
    assert "搜索到 1 行" in page.view.ui.totalsLabel.text()
    assert "合计 <b>3</b> 人" in page.view.ui.totalsLabel.text()  # the totals stay those of the whole list

    page.show_list()
    page.ui.stateCombo.setCurrentText(PUBLISHING)
    assert page.model.rowCount() == 0
    page.ui.stateCombo.setCurrentIndex(0)
    page.ui.villageCombo.setCurrentText("红旗村")
    assert page.model.rowCount() == 0
    page.ui.villageCombo.setCurrentText("东风村")
    assert page.model.rowCount() == 1


def test_only_to_archive_lists_the_ended_batches_not_yet_archived(qtbot, tmp_path, dialogs):
    from gkdesk.paths import DataFolder
    from gkdesk.services import demo

    clock.set_today(DAY)
    db = open_database(DataFolder(tmp_path / "demo").ensure(), start_backup=False)
    try:
        demo.create_demo(db)
        page = SubsidyPage(AppContext(db))
        qtbot.addWidget(page)
        everything = len(page.model.rows)
        page.ui.toArchiveCheck.setChecked(True)
        states = [r.state for r in page.model.rows]
        assert states and set(states) == {ENDED} and len(states) < everything
        assert page.ui.countLabel.text().startswith(f"共 {len(states)} 个批次")
        page.ui.toArchiveCheck.setChecked(False)
        assert len(page.model.rows) == everything
    finally:
        db.close()


def test_delete_key_removes_a_draft_after_confirmation(qtbot, page, monkeypatch, tmp_path, dialogs):
    batch_id = import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    page.show_list()
    dialogs.answer = QMessageBox.StandardButton.No
    page.ui.batchTable.setFocus()
    qtbot.keyClick(page.ui.batchTable, Qt.Key.Key_Delete)
    assert page.model.row_of(batch_id) is not None
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(page.ui.batchTable, Qt.Key.Key_Delete)
    assert "删除后不能撤销" in dialogs.texts("question")[-1]
    assert page.model.row_of(batch_id) is None


def test_a_blank_list_is_keyed_in_through_the_row_dialog(qtbot, page, monkeypatch):
    from gkdesk.gui.subsidy.dialogs import NewBatchDialog, RecipientDialog

    accept_with(monkeypatch, NewBatchDialog, lambda d: (d.ui.programCombo.setCurrentText("最低生活保障"),
                                                        d.ui.villageCombo.setCurrentText("红旗村")))
    page.batch_actions["new"].trigger()
    batch_id = page.view.batch_id
    assert page.view.ui.titleLabel.text() == "关于红旗村2026年度最低生活保障发放情况的公示"

    def fill(d):
        assert d.ui.groupCombo.itemText(0) == "一组"
        # the row editor names the quantity and the standard as the list heads them
        assert (d.ui.quantityLabel.text(), d.ui.standardLabel.text()) == ("人数(人)", "补贴标准(元/人)")
        d.ui.nameEdit.setText("孙七")
        d.ui.idEdit.setText(id_number(5))
        d.ui.householdEdit.setText("3")
        d.ui.amountEdit.setText("abc")
        d.accept()  # refused: shown in the dialog, which stays open
        assert "补贴金额" in d.ui.errorLabel.text() and d.result() != QDialog.DialogCode.Accepted
        d.ui.amountEdit.setText("1,230.50")

    accept_with(monkeypatch, RecipientDialog, fill)
    page.view.add_row_dialog()
    with page.ctx.db.session() as s:
        assert subsidy.totals(s, batch_id).amount_fen == 123050
    assert page.view.model.row(0).household_size == 3


def test_program_editor_saves_through_the_services(qtbot, ctx, dialogs):
    from gkdesk.gui.subsidy.programs import ProgramDialog

    dialog = ProgramDialog(ctx)
    qtbot.addWidget(dialog)
    names = [dialog.ui.programList.item(i).text() for i in range(dialog.ui.programList.count())]
    assert names[0] == PROGRAM and "残疾人两项补贴" in names
    dialog.ui.standardEdit.setText("105.60")
    dialog.ui.unitEdit.setText("亩")
    dialog.ui.periodSpin.setValue(5)
    dialog.ui.periodUnitCombo.setCurrentText("工作日")
    dialog.ui.columnList.findItems("账号", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Unchecked)
    dialog.ui.programList.setCurrentRow(1)  # switching saves
    with ctx.db.session() as s:
        p = subsidy.list_programs(s)[0]
    assert (p.standard_fen, p.period_days, p.period_unit) == (10560, 5, "工作日")
    assert "账号" not in p.notice_columns and "姓名" in p.notice_columns
    assert dialog.ui.programList.currentRow() == 1

    dialog.ui.periodSpin.setValue(0)  # refused by the services? the spin box stops at 1
    dialog.ui.nameEdit.setText("")
    click(qtbot, dialog.ui.saveButton)
    assert "名称不能为空" in dialogs.texts("warning")[-1]
    dialog.ui.nameEdit.setText("最低生活保障")
    click(qtbot, dialog.ui.addButton)
    assert dialog.ui.nameEdit.text() == "新补贴项目"
    with ctx.db.session() as s:
        assert [p.name for p in subsidy.list_programs(s)][-1] == "新补贴项目"


def test_upward_summary_exports_an_xlsx(qtbot, page, monkeypatch, tmp_path, dialogs):
    from gkdesk.gui.subsidy.summary import SummaryDialog

    import_through_page(qtbot, page, monkeypatch, write_list(tmp_path / "l.xlsx", PEOPLE))
    names = []

    def save_name(_parent, _caption, default, _filter):
        names.append(Path(default).name)
        return str(tmp_path / Path(default).name), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    opened = {}

    def run(dialog):
        assert dialog.ui.periodCombo.currentText() == "2026年度"
        dialog.ui.buttonBox.accepted.emit()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10000)
        opened["ok"] = True
        return dialog.result()

    monkeypatch.setattr(SummaryDialog, "exec", run)
    page.batch_actions["summary"].trigger()
    assert opened and names == ["东风镇惠民惠农补贴公示汇总表（2026年度）.xlsx"]
    sheet = openpyxl.load_workbook(tmp_path / names[0]).active
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    # the imported list is a draft: nothing posted to count yet, and the draft is not counted
    assert "所选范围内没有已公示的名单。" in cells and "东风村" not in cells
    assert any("填报人：" in str(c) and "联系电话：0311-5551234" in str(c) for c in cells)

    def with_the_drafts(dialog):
        assert dialog.ui.phoneEdit.text() == "0311-5551234"
        dialog.ui.unpostedCheck.setChecked(True)
        dialog.ui.reviewerEdit.setText("王强")
        return run(dialog)

    names.clear()
    (tmp_path / "东风镇惠民惠农补贴公示汇总表（2026年度）.xlsx").unlink()
    monkeypatch.setattr(SummaryDialog, "exec", with_the_drafts)
    page.batch_actions["summary"].trigger()
    rows = [list(r) for r in openpyxl.load_workbook(tmp_path / names[0]).active.iter_rows(values_only=True)]
    heading = next(i for i, r in enumerate(rows) if str(r[0]).startswith("以下为未公示的名单"))
    assert rows[heading - 1][0] == "合计" and rows[heading - 1][5] == 0   # the 合计 counts no draft
    assert rows[heading + 1][1:6] == ["东风村", "耕地地力保护补贴", 1, "草稿", 3]
    assert any("审核人：王强" in str(r[0]) for r in rows[:heading])


def test_publish_dialog_counts_working_days_and_warns_for_a_year_without_holiday_data(qtbot, ctx):
    with ctx.db.transaction() as s:
        subsidy.update_program(s, "最低生活保障", period_days=7, period_unit="工作日")
        program = next(p for p in subsidy.programs(s) if p.name == "最低生活保障")
        batch = subsidy.create_batch(s, program, settings.villages(s)[0], "2026年度")
        subsidy.add_recipient(s, batch.id, name="孙七", id_number=id_number(5), amount="300")
        subsidy.review(s, batch.id, "刘主任", dt.date(2026, 9, 25))
        batch_id = batch.id
    dialog = PublishDialog(ctx, batch_id)
    qtbot.addWidget(dialog)
    assert dialog.ui.lengthValue.text().startswith("7个工作日")
    dialog.ui.startDateEdit.setDate(qdate(dt.date(2026, 9, 28)))
    assert "2026年10月12日" in dialog.ui.endValue.text()  # National Day skipped, the 调休 Saturday counted
    assert not dialog.ui.calendarWarning.isVisibleTo(dialog)
    dialog.ui.startDateEdit.setDate(qdate(dt.date(2027, 3, 1)))
    assert dialog.ui.calendarWarning.isVisibleTo(dialog)
    assert "2027年的节假日安排还没有录入" in dialog.ui.calendarWarningLabel.text()
