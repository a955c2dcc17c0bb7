"""Issue 12 in the window (and issue 11's "Import:" friction): the import dialog reads a fixed file again, proposes
the village a file names and asks when its title names another, warns of a 15-digit ID, offers to leave out rows
hidden or struck through and asks before importing what must be confirmed; the list heads its quantity column as
the village's file does; a zero amount typed into the list is asked about; a resolved objection changes only with
a reason."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Font
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gkdesk import clock
from gkdesk.domain.idnumber import check_char
from gkdesk.gui.context import AppContext
from gkdesk.gui.subsidy.batch_view import BatchView
from gkdesk.gui.subsidy.dialogs import ResolveDialog
from gkdesk.gui.subsidy.import_dialog import FILE, MAPPING, RESULT, ImportDialog
from gkdesk.gui.subsidy.models import QUANTITY_COLUMN, STANDARD_COLUMN
from gkdesk.services import settings, subsidy
from gkdesk.store.db import open_database
from gkdesk.store.models import Objection, PublicityBatch

DAY = dt.date(2026, 11, 23)
PROGRAM = "耕地地力保护补贴"
HEADER = ["序号", "村民小组", "姓名", "身份证号", "面积(亩)", "补贴金额"]


def id_number(n: int) -> str:
    body = f"130123{dt.date(1960, 1, 1) + dt.timedelta(days=97 * n):%Y%m%d}{n % 1000:03d}"
    return body + check_char(body)


@pytest.fixture
def ctx(data_folder):
    clock.set_today(DAY)
    db = open_database(data_folder, start_backup=False)
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县", phone="0311-5551234")
        settings.save_villages(s, [("东风村", ["一组"]), ("红旗村", ["一组"]), ("西村", ["一组"])])
        subsidy.ensure_default_programs(s)
        subsidy.update_program(s, PROGRAM, quantity_unit="亩", standard="105.60")
    context = AppContext(db)
    yield context
    context.db.close()


def write_list(path: Path, title: str = "2026年度耕地地力保护补贴发放花名册", rows: int = 3, bad_id_row=None,
               header=HEADER, strike_row=None, sheet: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if sheet:
        ws.title = sheet
    ws.append([title])
    ws.append(header)
    for n in range(1, rows + 1):
        ident = id_number(n)
        if n == bad_id_row:
            ident = ident[:-1] + ("0" if ident[-1] != "0" else "1")
        ws.append([n, "一组", f"村民{n}", ident, "10", "1056.00"])
    if strike_row is not None:
        for col in "CDEF":
            ws[f"{col}{strike_row + 2}"].font = Font(strike=True)
    wb.save(path)
    return path


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def to_mapping(qtbot, dialog: ImportDialog, path: Path, village: str = "东风村") -> None:
    dialog.ui.fileEdit.setText(str(path))
    dialog.ui.programCombo.setCurrentText(PROGRAM)
    dialog.ui.villageCombo.setCurrentText(village)
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: dialog.step == MAPPING, timeout=5000)


def check(qtbot, dialog: ImportDialog) -> None:
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: dialog.step == RESULT and not dialog.task_running(), timeout=10000)


@pytest.fixture
def dialog(qtbot, ctx, dialogs):
    d = ImportDialog(ctx)
    qtbot.addWidget(d)
    d.task_running = lambda: not d.ui.nextButton.isEnabled() and d.step != RESULT
    return d


def test_fixing_the_file_and_checking_again_reads_it_again(qtbot, dialog, tmp_path):
    path = write_list(tmp_path / "名单.xlsx", bad_id_row=2)
    to_mapping(qtbot, dialog, path)
    check(qtbot, dialog)
    assert [p.row for p in dialog.result.errors] == [4] and not dialog.ui.nextButton.isEnabled()
    write_list(path)                       # fixed in Excel meanwhile
    click(qtbot, dialog.ui.backButton)
    qtbot.waitUntil(lambda: dialog.step == MAPPING, timeout=10000)   # read again: step 2 shows the file as it is
    assert "文件已改动，已重新读取。" in dialog.ui.mappingIntro.text()
    check(qtbot, dialog)
    assert dialog.result.errors == [] and dialog.ui.nextButton.isEnabled()


def preview_names(dialog: ImportDialog) -> list[str]:
    model = dialog.preview_model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_a_file_saved_again_with_its_sheet_renamed_is_read_again_on_going_back(qtbot, dialog, dialogs, tmp_path):
    """The clerk fixes the list in Excel and saves a new copy whose sheet is "Sheet", not "东风村" any more: going
    back shows the file as it is now, says which sheet it reads, and 检查名单 works — no box asks her to choose a
    sheet from a screen that has no sheet to choose."""
    path = write_list(tmp_path / "名单.xlsx", bad_id_row=2, sheet="东风村")
    to_mapping(qtbot, dialog, path)
    check(qtbot, dialog)
    assert [p.row for p in dialog.result.errors] == [4]
    write_list(path, rows=4, sheet="Sheet")                        # fixed, one more person, saved as a new copy
    click(qtbot, dialog.ui.backButton)
    qtbot.waitUntil(lambda: "已不在" in dialog.ui.mappingIntro.text(), timeout=10000)
    assert dialog.step == MAPPING
    assert dialog.ui.mappingIntro.text().startswith(
        "文件已改动：原来的工作表“东风村”已不在，现在读的是工作表“Sheet”，请重新核对各列。")
    assert preview_names(dialog) == ["村民1", "村民2", "村民3", "村民4"]   # the preview is the new file
    check(qtbot, dialog)
    assert dialog.result.errors == [] and dialog.result.people == 4
    assert dialogs.shown == []


def test_a_sheet_renamed_before_checking_is_read_as_a_new_import_would(qtbot, dialog, dialogs, tmp_path):
    path = write_list(tmp_path / "名单.xlsx", sheet="东风村")
    to_mapping(qtbot, dialog, path)
    write_list(path, sheet="Sheet")
    click(qtbot, dialog.ui.nextButton)                             # 检查名单
    qtbot.waitUntil(lambda: "已不在" in dialog.ui.mappingIntro.text(), timeout=10000)
    assert dialog.step == MAPPING and dialogs.shown == []
    assert dialog.plan.sheet_name == "Sheet"


def test_the_sheet_of_a_workbook_of_several_is_chosen_beside_its_rows(qtbot, dialog, dialogs, tmp_path):
    path = write_list(tmp_path / "名单.xlsx", sheet="东风村")
    wb = openpyxl.load_workbook(path)
    other = wb.create_sheet("红旗村")
    other.append(HEADER)
    other.append([1, "一组", "红旗村民", id_number(9), "10", "1056.00"])
    wb.save(path)
    to_mapping(qtbot, dialog, path)
    combo = dialog.ui.sheetCombo
    assert combo.isVisibleTo(dialog) and [combo.itemText(i) for i in range(combo.count())] == ["东风村", "红旗村"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)                                        # as the clerk picks it
    qtbot.waitUntil(lambda: dialog.plan.sheet_name == "红旗村", timeout=10000)
    assert preview_names(dialog) == ["红旗村民"] and "已改为读取工作表“红旗村”" in dialog.ui.mappingIntro.text()
    check(qtbot, dialog)
    assert [r["name"] for r in dialog.result.rows] == ["红旗村民"]


def test_one_sheet_has_no_sheet_chooser(qtbot, dialog, tmp_path):
    to_mapping(qtbot, dialog, write_list(tmp_path / "名单.xlsx"))
    assert not dialog.ui.sheetCombo.isVisibleTo(dialog)


def test_every_person_of_the_file_is_counted_and_the_amounts_read_are_summed(qtbot, dialog, tmp_path):
    path = write_list(tmp_path / "名单.xlsx", rows=10)
    wb = openpyxl.load_workbook(path)
    wb.active["F5"] = "一千元"                                     # the 3rd person's amount cannot be read
    wb.save(path)
    to_mapping(qtbot, dialog, path)
    check(qtbot, dialog)
    summary = dialog.ui.resultSummary.text()
    assert summary.startswith("文件中共 <b>10</b> 人，其中 9 人的金额合计 <b>9504.00</b> 元（1 人的金额无法读取，未计入）")


def test_a_changed_header_goes_back_to_the_mapping(qtbot, dialog, tmp_path):
    path = write_list(tmp_path / "名单.xlsx")
    to_mapping(qtbot, dialog, path)
    write_list(path, header=["序号", "村民小组", "户主", "公民身份号码", "计税面积", "应发金额", "备注"])
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: "文件已改动，表头与原来不同" in dialog.ui.mappingIntro.text(), timeout=10000)
    assert dialog.step == MAPPING and "户主" in " ".join(dialog.plan.columns)


def test_the_village_a_file_name_names_is_proposed(qtbot, dialog, tmp_path, monkeypatch):
    path = write_list(tmp_path / "红旗村2026年耕地地力补贴名单.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    dialog.ui.villageCombo.setCurrentText("东风村")
    click(qtbot, dialog.ui.browseButton)
    assert dialog.ui.villageCombo.currentText() == "红旗村"


@pytest.mark.parametrize("answer, village", [(QMessageBox.StandardButton.Yes, "西村"),
                                             (QMessageBox.StandardButton.No, "东风村")])
def test_a_title_naming_another_village_asks_first(qtbot, dialog, dialogs, tmp_path, answer, village):
    dialogs.answer = answer
    path = write_list(tmp_path / "名单.xlsx", title="关于西村2026年度耕地地力保护补贴发放情况的公示")
    to_mapping(qtbot, dialog, path, village="东风村")
    [question] = dialogs.texts("question")
    assert question.startswith("文件“名单.xlsx”的标题写的是“西村”，而您选择的是“东风村”。改为导入到西村吗？")
    check(qtbot, dialog)
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: dialog.batch_id is not None, timeout=10000)
    with dialog.ctx.db.session() as s:
        assert s.get(PublicityBatch, dialog.batch_id).village.name == village


def test_an_old_15_digit_id_is_a_warning_in_the_dialog(qtbot, dialog, tmp_path):
    path = write_list(tmp_path / "名单.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["D4"] = "130123600101001"
    wb.save(path)
    to_mapping(qtbot, dialog, path)
    check(qtbot, dialog)
    texts = [dialog.problem_model.data(dialog.problem_model.index(i)) for i in range(dialog.problem_model.rowCount())]
    assert texts == ["⚠ 第4行 身份证号：15位旧身份证号，请核对是否已换发18位"]


def test_struck_rows_are_left_out_on_choice(qtbot, dialog, tmp_path):
    path = write_list(tmp_path / "名单.xlsx", strike_row=2)
    to_mapping(qtbot, dialog, path)
    assert not dialog.leave_out_box.isHidden()
    dialog.leave_out_box.setChecked(True)
    check(qtbot, dialog)
    assert [r["name"] for r in dialog.result.rows] == ["村民1", "村民3"]
    click(qtbot, dialog.ui.nextButton)
    qtbot.waitUntil(lambda: dialog.batch_id is not None, timeout=10000)


@pytest.mark.parametrize("answer, imported", [(QMessageBox.StandardButton.No, False),
                                              (QMessageBox.StandardButton.Yes, True)])
def test_struck_rows_kept_are_confirmed_before_the_import(qtbot, dialog, dialogs, tmp_path, answer, imported):
    path = write_list(tmp_path / "名单.xlsx", strike_row=2)
    to_mapping(qtbot, dialog, path)
    check(qtbot, dialog)
    assert "1处需要确认" in dialog.ui.resultHint.text()
    dialogs.answer = answer
    click(qtbot, dialog.ui.nextButton)
    [question] = dialogs.texts("question")
    assert "第4行：该行“姓名、身份证号、面积(亩)、补贴金额”划了删除线" in question
    if imported:
        qtbot.waitUntil(lambda: dialog.batch_id is not None, timeout=10000)
        with dialog.ctx.db.session() as s:
            assert subsidy.totals(s, dialog.batch_id).people == 3
    else:
        assert dialog.batch_id is None and dialog.step == RESULT
    assert dialog.leave_out_box.isHidden() or dialog.step != FILE


def imported_batch(ctx, tmp_path) -> int:
    from gkdesk.services import subsidy_import as si

    batch_id, result = si.import_file(ctx.db, write_list(tmp_path / "名单.xlsx"), PROGRAM, "东风村", "2026年度",
                                      today=DAY)
    assert batch_id is not None, result.problems
    return batch_id


@pytest.fixture
def view(qtbot, ctx, dialogs, tmp_path):
    batch_id = imported_batch(ctx, tmp_path)
    widget = BatchView(ctx, QUndoStack())
    qtbot.addWidget(widget)
    widget.undo.setParent(widget)  # kept alive as long as the view
    widget.resize(1200, 700)
    widget.show_batch(batch_id)
    return widget


def test_the_list_heads_its_quantity_column_as_the_villages_file(view):
    header = view.model.headerData
    assert header(QUANTITY_COLUMN, Qt.Orientation.Horizontal) == "面积(亩)"
    assert header(STANDARD_COLUMN, Qt.Orientation.Horizontal) == "补贴标准(元/亩)"
    assert "面积 <b>30</b>亩" in view.ui.totalsLabel.text()


@pytest.mark.parametrize("answer, amount", [(QMessageBox.StandardButton.No, 105600),
                                            (QMessageBox.StandardButton.Yes, 0)])
def test_a_zero_amount_typed_into_the_list_is_asked_about(qtbot, view, dialogs, answer, amount):
    dialogs.answer = answer
    row = view.model.row(0)
    if answer == QMessageBox.StandardButton.No:
        with pytest.raises(Exception, match="没有保存"):
            view.update_row(row, {"quantity": "", "amount": "0"})
    else:
        view.update_row(row, {"quantity": "", "amount": "0"})
    [question] = dialogs.texts("question")
    assert "补贴金额将是0.00元，公示上会印出0.00元" in question
    with view.ctx.db.session() as s:
        assert subsidy.load_recipients(s, [row.id])[0].amount_fen == amount


def test_a_resolved_objection_is_changed_only_with_a_reason(qtbot, ctx, dialogs, tmp_path):
    batch_id = imported_batch(ctx, tmp_path)
    with ctx.db.transaction() as s:
        subsidy.review(s, batch_id, "王强", DAY - dt.timedelta(days=3))
        subsidy.publish(s, batch_id, DAY - dt.timedelta(days=2))
        obj_id = subsidy.add_objection(s, batch_id, DAY - dt.timedelta(days=1), "村民甲", "", "村民3已迁出").id
        subsidy.resolve_objection(s, obj_id, "不属实", "不成立", DAY)
    with ctx.db.session() as s:
        row = subsidy.batch_detail(s, batch_id).objections[0]
    dialog = ResolveDialog(ctx, row)
    qtbot.addWidget(dialog)
    assert dialog.reasonEdit is not None and dialog.windowTitle() == "修改已办结的异议"
    dialog.ui.resultCombo.setCurrentText("成立")
    dialog.accept()
    assert "修改已办结的异议须写明修改原因" in dialogs.texts("warning")[-1]
    dialog.reasonEdit.setText("镇纪委复核后改判")
    dialog.accept()
    with ctx.db.session() as s:
        assert s.get(Objection, obj_id).result == "成立"
