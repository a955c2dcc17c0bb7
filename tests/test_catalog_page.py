"""The 标准目录 page with pytest-qt on the demo township (today 2026-11-23): recording a disclosure, the overdue
item on 首页 and back, the tree's highlights, correcting a rule, importing with the preview, exporting.
Modal dialogs are patched so that nothing waits for a click."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from test_catalog_import import county_workbook

from gkdesk import clock
from gkdesk.gui.catalog.dialogs import ItemDialog, RecordDialog, RuleDialog
from gkdesk.gui.catalog.import_dialog import ImportDialog
from gkdesk.gui.catalog.models import StandsOutRole
from gkdesk.gui.catalog.page import CatalogPage
from gkdesk.gui.context import AppContext
from gkdesk.gui.home.page import HomePage
from gkdesk.gui.main_window import MainWindow
from gkdesk.services import catalog, demo
from gkdesk.store.db import open_database

DAY = dt.date(2026, 11, 23)


@pytest.fixture
def ctx(data_folder):
    clock.set_today(DAY)
    db = open_database(data_folder)
    demo.create_demo(db)
    context = AppContext(db)
    yield context
    context.db.close()
    clock.set_today(None)




def item_id(ctx, text) -> int:
    with ctx.db.session() as s:
        return catalog.find_item(s, text).id


def ledger_rows(page: CatalogPage) -> list[list[str]]:
    m = page.ledger
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def home_lines(home: HomePage) -> list[tuple[str, str]]:
    m = home.model
    return [(m.reminder(i).title, m.reminder(i).countdown) for i in range(m.rowCount()) if m.reminder(i)]


def fill_record(title, formed, published=None):
    def fill(dialog: RecordDialog):
        ui = dialog.ui
        ui.titleEdit.setText(title)
        ui.formedEdit.setDate(QDate(formed.year, formed.month, formed.day))
        ui.publishedCheck.setChecked(published is not None)
        if published:
            ui.publishedEdit.setDate(QDate(published.year, published.month, published.day))
        fill.deadline_text = ui.deadlineLabel.text()
        dialog.accept()
        fill.error = ui.errorLabel.text() if ui.errorLabel.isVisibleTo(dialog) else ""
        return dialog.result()
    return fill


def test_recording_an_overdue_disclosure_puts_it_on_home_and_home_opens_it(qtbot, ctx, monkeypatch, boxes):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.page_widget("标准目录")
    home = window.page_widget("首页")
    target = item_id(ctx, "农村危房改造/补助对象审核/")
    assert page.select_item(target)
    assert page.ui.itemTitleLabel.text().startswith("农村危房改造 / 补助对象审核")
    assert ledger_rows(page) == []

    fill = fill_record("东风镇农村危房改造申请农户审核结果", dt.date(2026, 9, 25))
    monkeypatch.setattr(RecordDialog, "exec", fill)
    qtbot.mouseClick(page.ui.addRecordButton, Qt.MouseButton.LeftButton)
    assert "2026年10月29日" in fill.deadline_text and "已逾期25天" in fill.deadline_text
    (row,) = ledger_rows(page)
    assert row[:5] == ["东风镇农村危房改造申请农户审核结果", "2026-09-25", "2026-10-29", "未公开", "已逾期25天"]
    assert row[7] == "李明"  # the clerk by default
    index = page.tree.index_of_item(target)
    assert index.data(StandsOutRole) == "overdue"
    assert page.tree.index(index.row(), 4, index.parent()).data() == "1"

    # 首页 (refreshed through data_changed) lists it as overdue with the working-day deadline.
    qtbot.waitUntil(lambda: any("补助对象审核" in t for t, _ in home_lines(home)))
    title = "农村危房改造/补助对象审核：东风镇农村危房改造申请农户审核结果"
    assert (title, "已逾期25天") in home_lines(home)

    # Activating the line on 首页 opens the item on the catalog page with the record selected.
    page.select_item(item_id(ctx, "耕地地力保护"))
    m = home.model
    row_no = next(i for i in range(m.rowCount()) if m.reminder(i) and m.reminder(i).title == title)
    window.ui.navList.setCurrentRow(0)
    home.ui.reminderList.activated.emit(m.index(row_no))
    assert window.ui.pageStack.currentWidget() is page
    assert page.current_item_id() == target
    assert page.ledger.lines[page.ui.ledgerTable.currentIndex().row()].title == "东风镇农村危房改造申请农户审核结果"

    # Marking it published on time-late makes it 逾期公开 and takes it off 首页.
    monkeypatch.setattr(RecordDialog, "exec", fill_record("东风镇农村危房改造申请农户审核结果", dt.date(2026, 9, 25),
                                                        dt.date(2026, 11, 2)))
    qtbot.mouseClick(page.ui.editRecordButton, Qt.MouseButton.LeftButton)
    assert ledger_rows(page)[0][4] == "逾期公开（晚2个工作日）"
    qtbot.waitUntil(lambda: not any("补助对象审核" in t for t, _ in home_lines(home)))


def test_the_record_dialog_stays_open_with_the_reason(qtbot, ctx, monkeypatch, boxes):
    page = CatalogPage(ctx)
    qtbot.addWidget(page)
    page.select_item(item_id(ctx, "耕地地力保护"))
    before = len(ledger_rows(page))
    fill = fill_record("申请指南", dt.date(2026, 11, 10), dt.date(2026, 11, 1))
    monkeypatch.setattr(RecordDialog, "exec", fill)
    qtbot.mouseClick(page.ui.addRecordButton, Qt.MouseButton.LeftButton)
    assert "早于信息形成日期" in fill.error
    assert len(ledger_rows(page)) == before


def test_items_without_a_disclosure_this_year_stand_out(qtbot, ctx):
    page = CatalogPage(ctx)
    qtbot.addWidget(page)
    farm = page.tree.index_of_item(item_id(ctx, "耕地地力保护"))
    budget = page.tree.index_of_item(item_id(ctx, "财政预决算/乡镇预决算/部门决算"))
    assert farm.data(StandsOutRole) == "" and page.tree.index(farm.row(), 2, farm.parent()).data() == "5"
    assert budget.data(StandsOutRole) == "none" and budget.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "2026年还没有公开记录" in budget.data(Qt.ItemDataRole.ToolTipRole)
    assert page.ui.referenceBanner.isVisibleTo(page) and "参考模板" in page.ui.referenceLabel.text()
    # Last year nothing was disclosed.
    page.ui.yearSpin.setValue(2025)
    farm = page.tree.index_of_item(item_id(ctx, "耕地地力保护"))
    assert farm.data(StandsOutRole) == "none"


def test_correcting_a_rule_from_the_page(qtbot, ctx, monkeypatch, boxes):
    page = CatalogPage(ctx)
    qtbot.addWidget(page)
    page.select_item(item_id(ctx, "就业/就业服务/招聘信息"))
    assert "不计算期限" in page.ui.ruleValue.text()

    def fill(dialog: RuleDialog):
        dialog.ui.noDeadlineCheck.setChecked(False)
        dialog.ui.eventEdit.setText("岗位信息收到之日")
        dialog.ui.daysSpin.setValue(5)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RuleDialog, "exec", fill)
    qtbot.mouseClick(page.ui.ruleButton, Qt.MouseButton.LeftButton)
    assert page.ui.ruleValue.text() == "岗位信息收到之日起5个工作日内（已手工更正）"


def test_import_with_preview_then_export(qtbot, ctx, monkeypatch, boxes, tmp_path):
    path = county_workbook(tmp_path / "县目录.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    seen = {}

    def preview(dialog: ImportDialog):
        m = dialog.model
        seen["rows"] = [(m.index(r, 0).data(), m.index(r, 1).data(), m.index(r, 3).data()) for r in range(m.rowCount())]
        seen["problems"] = [dialog.ui.problemList.item(i).text() for i in range(dialog.ui.problemList.count())]
        seen["reference"] = dialog.ui.replaceReferenceCheck.isVisibleTo(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", preview)
    page = CatalogPage(ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(kind == "information" and title == "导入完成" for kind, title, _ in boxes),
                    timeout=10000)
    assert seen["rows"][0] == ("工作表“目录”第4行", "更新", "农业生产发展资金")  # the demo's reference item
    assert seen["rows"][1][1] == "新增"
    assert any("第11行" in p and "一级事项" in p for p in seen["problems"]) and seen["reference"]
    names = [a.name for a in page.tree.areas]
    assert names[:3] == ["涉农补贴", "社会救助", "农村危房改造"]
    farm = page.tree.index_of_item(item_id(ctx, "耕地地力保护"))
    assert page.tree.index(farm.row(), 2, farm.parent()).data() == "5"  # the ledger stayed with the item

    out = tmp_path / "导出目录.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.export_xlsx_action.trigger()
    qtbot.waitUntil(lambda: any(title == "导出完成" for _, title, _ in boxes), timeout=10000)
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "示范县东风镇基层政务公开事项标准目录"
    # 部门预算 keeps its reference item (it has a ledger record), and the export says so under the title.
    assert "参考模板" in ws["A2"].value
    assert [ws.cell(3, c).value for c in (1, 2)] == ["序号", "公开事项"]


# ---- items by hand: add, edit, move, link, delete ------------------------------------------------------------

def item_dialog(fill):
    """A stand-in for ItemDialog.exec: `fill(dialog)` sets the fields, then 保存 is clicked. What the dialog
    showed is kept in `.seen` (window title, the live rule preview, the error label) for each opening."""
    seen: list[dict] = []

    def run(dialog: ItemDialog):
        fill(dialog)
        shown = {"title": dialog.windowTitle(), "rule": dialog.ui.ruleValue.text()}
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        shown["error"] = dialog.ui.errorLabel.text() if dialog.ui.errorLabel.isVisibleTo(dialog) else ""
        shown["result"] = dialog.result()
        seen.append(shown)
        return dialog.result()

    run.seen = seen
    return run


def channel(dialog: ItemDialog, name: str):
    return next(c for c in dialog.channel_checks if c.text() == name)


def program_entry(dialog: ItemDialog, name: str):
    lst = dialog.ui.programList
    return next(lst.item(i) for i in range(lst.count()) if lst.item(i).text().startswith(name))


def tree_label(page: CatalogPage, item: int) -> str:
    return page.tree.index_of_item(item).data()


def area_of_row(page: CatalogPage, item: int) -> str:
    return page.tree.area_at(page.tree.index_of_item(item)).name


def shown_page(qtbot, ctx) -> CatalogPage:
    page = CatalogPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)  # the page's keys work in the active window
    return page


def test_adding_an_item_by_hand_with_ctrl_n(qtbot, ctx, monkeypatch, boxes):
    page = shown_page(qtbot, ctx)
    page.select_item(item_id(ctx, "耕地地力保护"))

    def fill(dialog: ItemDialog):
        ui = dialog.ui
        assert ui.areaCombo.currentText() == "涉农补贴"  # the current item's area
        ui.level1Edit.setText("人居环境整治")
        ui.level2Edit.setText("村庄清洁行动")
        ui.contentEdit.setPlainText("工作方案；检查评比结果")
        ui.timeLimitEdit.setText("按上级要求")
        fill.unparsed = ui.ruleValue.text()
        ui.timeLimitEdit.setText("信息形成之日起10个工作日内")
        channel(dialog, "政府网站").setChecked(True)
        fill.other_enabled_before = ui.otherEdit.isEnabled()
        ui.otherCheck.setChecked(True)
        fill.other_enabled_after = ui.otherEdit.isEnabled()
        ui.otherEdit.setText("12345政务服务热线")

    run = item_dialog(fill)
    monkeypatch.setattr(ItemDialog, "exec", run)
    page.ui.catalogTree.setFocus()
    qtbot.keyClick(page.ui.catalogTree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (shown,) = run.seen
    assert shown["title"] == "新增事项" and shown["result"] == QDialog.DialogCode.Accepted
    assert fill.unparsed.startswith("未能识别，不计算期限")
    assert shown["rule"].startswith("可以计算期限：信息形成之日起10个工作日内")
    assert "2026年12月7日前公开" in shown["rule"]  # 10 working days after 2026-11-23
    assert (fill.other_enabled_before, fill.other_enabled_after) == (False, True)

    new = item_id(ctx, "人居环境整治/村庄清洁行动")
    assert tree_label(page, new) == "人居环境整治/村庄清洁行动" and area_of_row(page, new) == "涉农补贴"
    assert page.current_item_id() == new
    assert page.ui.ruleValue.text() == "信息形成之日起10个工作日内"
    assert page.ui.channelsValue.text() == "政府网站、其他（12345政务服务热线）"
    assert page.ui.optionsValue.text() == "全社会 / 主动 / 乡级"  # a township item's usual options


def test_editing_an_item_renames_it_and_recounts_its_deadline(qtbot, ctx, monkeypatch, boxes):
    page = shown_page(qtbot, ctx)
    target = item_id(ctx, "就业/就业服务/招聘信息")
    page.select_item(target)
    assert "不计算期限" in page.ui.ruleValue.text()

    def fill(dialog: ItemDialog):
        fill.before = dialog.ui.ruleValue.text()
        dialog.ui.level2Edit.setText("岗位信息")
        dialog.ui.timeLimitEdit.setText("收到岗位信息后5个工作日内")

    run = item_dialog(fill)
    monkeypatch.setattr(ItemDialog, "exec", run)
    tree = page.ui.catalogTree
    rect = tree.visualRect(page.tree.index_of_item(target))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # double-click = edit
    (shown,) = run.seen
    assert shown["title"] == "修改事项：就业 / 就业服务/招聘信息"
    assert fill.before.startswith("不计算期限：实时") and shown["rule"].startswith("可以计算期限：收到岗位信息之日起5个工作日内")
    assert tree_label(page, target) == "就业服务/岗位信息"  # in italics, a reference item
    assert page.current_item_id() == target
    assert page.ui.ruleValue.text() == "收到岗位信息之日起5个工作日内"


def test_a_duplicate_name_keeps_the_dialog_open_with_the_reason(qtbot, ctx, monkeypatch, boxes):
    page = shown_page(qtbot, ctx)
    target = item_id(ctx, "财政预决算/乡镇预决算/部门决算")
    page.select_item(target)

    def fill(dialog: ItemDialog):
        dialog.ui.level2Edit.setText("部门预算")  # the area has it already
        dialog.ui.timeLimitEdit.setText("批复后30日内")

    run = item_dialog(fill)
    monkeypatch.setattr(ItemDialog, "exec", run)
    qtbot.mouseClick(page.ui.editItemButton, Qt.MouseButton.LeftButton)
    (shown,) = run.seen
    assert shown["error"] == "“财政预决算”中已有事项“乡镇预决算/部门预算”，请换一个名称。"
    assert shown["result"] != QDialog.DialogCode.Accepted
    assert tree_label(page, target).startswith("乡镇预决算/部门决算")
    with ctx.db.session() as s:
        assert catalog.get_item(s, target).time_limit == "批复后20日内"  # nothing of the refused edit saved

    # An empty 一级事项 is refused the same way, for a new item too.
    run = item_dialog(lambda dialog: dialog.ui.level2Edit.setText("无名事项"))
    monkeypatch.setattr(ItemDialog, "exec", run)
    qtbot.mouseClick(page.ui.addItemButton, Qt.MouseButton.LeftButton)
    assert run.seen[0]["error"] == "一级事项不能为空，请填写。" and run.seen[0]["result"] != QDialog.DialogCode.Accepted
    assert [i.label for a in page.tree.areas for i in a.items if i.label.endswith("无名事项")] == []


def test_moving_an_item_to_another_area(qtbot, ctx, monkeypatch, boxes):
    page = shown_page(qtbot, ctx)
    target = item_id(ctx, "养老服务/高龄津贴/发放对象")
    page.select_item(target)
    monkeypatch.setattr(ItemDialog, "exec", item_dialog(lambda d: d.ui.areaCombo.setCurrentText("社会救助")))
    qtbot.mouseClick(page.ui.editItemButton, Qt.MouseButton.LeftButton)
    assert area_of_row(page, target) == "社会救助"
    assert page.current_item_id() == target
    assert page.ui.catalogTree.currentIndex() == page.tree.index_of_item(target)
    assert page.ui.itemTitleLabel.text().startswith("社会救助 / 高龄津贴/发放对象")
    assert not any(a.name == "养老服务" and a.items for a in page.tree.areas)


def test_linking_a_program_puts_its_started_publicity_in_the_ledger(qtbot, ctx, monkeypatch, boxes):
    page = shown_page(qtbot, ctx)
    target = item_id(ctx, "养老服务/高龄津贴/发放对象")
    page.select_item(target)
    assert ledger_rows(page) == [] and page.ui.programsValue.text() == "—"

    def link(dialog: ItemDialog):
        link.elsewhere = program_entry(dialog, "耕地地力保护补贴").text()
        program_entry(dialog, "高龄津贴").setCheckState(Qt.CheckState.Checked)

    monkeypatch.setattr(ItemDialog, "exec", item_dialog(link))
    page.item_actions["programs"].trigger()  # 关联补贴项目… in the tree's context menu
    assert link.elsewhere == "耕地地力保护补贴（现关联“涉农补贴 / 农业生产发展资金/耕地地力保护”）"
    assert ("information", "关联补贴项目",
            "已关联补贴项目“高龄津贴”：它已开始的1次公示已登记到本事项的公开台账。") in boxes
    (row,) = ledger_rows(page)
    assert row[0] == "关于和平村2026年度高龄津贴发放情况的公示" and row[3] == "2026-11-22"
    assert page.ui.programsValue.text() == "高龄津贴"

    # Unlinking keeps the record that was made.
    monkeypatch.setattr(ItemDialog, "exec", item_dialog(
        lambda d: program_entry(d, "高龄津贴").setCheckState(Qt.CheckState.Unchecked)))
    qtbot.mouseClick(page.ui.editItemButton, Qt.MouseButton.LeftButton)
    assert any(kind == "information" and text.startswith("已取消关联补贴项目“高龄津贴”") for kind, _, text in boxes)
    assert page.ui.programsValue.text() == "—" and len(ledger_rows(page)) == 1


def test_deleting_an_item_asks_and_the_service_refuses_one_with_records(qtbot, ctx, monkeypatch, dialogs):
    page = shown_page(qtbot, ctx)
    tree = page.ui.catalogTree
    farm = item_id(ctx, "耕地地力保护")
    page.select_item(farm)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert dialogs.texts("question")[0].startswith("删除事项“涉农补贴 / 农业生产发展资金/耕地地力保护”吗？")
    assert dialogs.texts("warning") == [("事项“农业生产发展资金/耕地地力保护”已有5条公开记录，不能删除；"
                                         "如本镇不涉及，请标为“不适用”。")]
    assert page.tree.index_of_item(farm).isValid() and page.current_item_id() == farm

    unused = item_id(ctx, "财政预决算/乡镇预决算/部门决算")
    after = item_id(ctx, "财政预决算/乡镇预决算/“三公”经费")
    page.select_item(unused)
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert dialogs.texts("question")[-1].startswith("删除事项“财政预决算 / 乡镇预决算/部门决算”吗？")
    assert page.tree.index_of_item(unused).isValid()  # 否: nothing deleted

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.ui.deleteItemButton, Qt.MouseButton.LeftButton)
    assert not page.tree.index_of_item(unused).isValid()
    with ctx.db.session() as s:
        assert s.get(catalog.CatalogItem, unused) is None
    assert page.current_item_id() == after  # the next item of the area is selected
    assert len(dialogs.texts("warning")) == 1


def test_a_disclosure_without_channel_or_reviewer_asks_before_saving(qtbot, ctx, monkeypatch, dialogs):
    page = CatalogPage(ctx)
    qtbot.addWidget(page)
    page.select_item(item_id(ctx, "财政预决算/乡镇预决算/部门决算"))
    dialogs.answer = QMessageBox.StandardButton.No

    def fill(dialog: RecordDialog):
        ui = dialog.ui
        ui.titleEdit.setText("东风镇2025年度部门决算")
        ui.formedEdit.setDate(QDate(2026, 11, 2))
        ui.publishedCheck.setChecked(True)
        ui.publishedEdit.setDate(QDate(2026, 11, 10))
        for i in range(ui.channelList.count()):
            ui.channelList.item(i).setCheckState(Qt.CheckState.Unchecked)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    qtbot.mouseClick(page.ui.addRecordButton, Qt.MouseButton.LeftButton)
    (question,) = dialogs.texts("question")
    assert question.startswith("这条公开记录没有选择公开渠道，也没有填写保密审查人。") and "仍要保存吗？" in question
    assert ledger_rows(page) == []  # 否 saves nothing

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.ui.addRecordButton, Qt.MouseButton.LeftButton)
    assert len(dialogs.texts("question")) == 2
    assert [r[0] for r in ledger_rows(page)] == ["东风镇2025年度部门决算"]  # 是 saves it as it is

    # With a channel and a reviewer nothing is asked; nor for information still to be disclosed.
    def complete(dialog: RecordDialog):
        ui = dialog.ui
        ui.titleEdit.setText("东风镇2025年度“三公”经费决算")
        ui.formedEdit.setDate(QDate(2026, 11, 2))
        ui.publishedCheck.setChecked(True)
        ui.publishedEdit.setDate(QDate(2026, 11, 10))
        ui.channelList.item(0).setCheckState(Qt.CheckState.Checked)
        ui.reviewerEdit.setText("王强")
        ui.reviewedCheck.setChecked(True)
        ui.reviewedEdit.setDate(QDate(2026, 11, 9))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", complete)
    qtbot.mouseClick(page.ui.addRecordButton, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(RecordDialog, "exec", fill_record("东风镇2026年度部门决算", dt.date(2026, 11, 20)))
    qtbot.mouseClick(page.ui.addRecordButton, Qt.MouseButton.LeftButton)
    assert len(dialogs.texts("question")) == 2 and len(ledger_rows(page)) == 3


def test_the_item_dialog_keeps_a_corrected_rule_until_the_text_changes(qtbot, ctx, monkeypatch, boxes):
    target = item_id(ctx, "就业/就业服务/招聘信息")
    with ctx.db.transaction() as s:
        catalog.set_rule(s, catalog.get_item(s, target), "岗位信息收到之日", 5, "工作日")
    page = CatalogPage(ctx)
    qtbot.addWidget(page)
    page.select_item(target)

    def fill(dialog: ItemDialog):
        fill.kept = dialog.ui.ruleValue.text()
        dialog.ui.subjectEdit.setText("乡镇人民政府")
        fill.still = dialog.ui.ruleValue.text()
        dialog.ui.timeLimitEdit.setText("实时更新，每周汇总")
        fill.warned = dialog.ui.ruleValue.text()
        dialog.ui.timeLimitEdit.setText("实时更新")  # back to the text: the correction holds again

    monkeypatch.setattr(ItemDialog, "exec", item_dialog(fill))
    qtbot.mouseClick(page.ui.editItemButton, Qt.MouseButton.LeftButton)
    assert fill.kept == fill.still == "可以计算期限：岗位信息收到之日起5个工作日内（已手工更正）"
    assert "原来手工更正的规则不再使用" in fill.warned
    assert page.ui.ruleValue.text() == "岗位信息收到之日起5个工作日内（已手工更正）"
    assert page.ui.subjectValue.text() == "乡镇人民政府"


def test_only_overdue_shows_the_items_with_an_overdue_disclosure(qtbot, ctx):
    page = CatalogPage(ctx)
    qtbot.addWidget(page)
    tree = page.tree
    everything = sum(len(a.items) for a in tree.areas)
    page.ui.overdueCheck.setChecked(True)
    shown = [(a.name, i.label, i.overdue) for a in tree.areas for i in a.items]
    assert shown and len(shown) < everything and all(overdue > 0 for *_, overdue in shown)
    assert not page.ui.referenceBanner.isVisible() or "还没有事项" not in page.ui.referenceLabel.text()
    page.ui.overdueCheck.setChecked(False)
    assert sum(len(a.items) for a in tree.areas) == everything


def test_the_items_names_show_whole_in_the_window_of_a_1366_by_768_screen(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)  # the screen less the taskbar
    window.show()
    window.ui.navList.setCurrentRow(next(i for i, (p, _) in enumerate(window.pages) if p.title == "标准目录"))
    page = window.ui.pageStack.currentWidget()
    qtbot.waitExposed(window)
    tree, metrics = page.ui.catalogTree, page.ui.catalogTree.fontMetrics()
    cut = []
    for area in range(page.tree.rowCount()):
        parent = page.tree.index(area, 0)
        for row in range(page.tree.rowCount(parent)):
            index = page.tree.index(row, 0, parent)
            if metrics.horizontalAdvance(index.data()) + 8 > tree.visualRect(index).width():
                cut.append(index.data())
    assert cut == []
