"""The 标准目录 page with pytest-qt on the demo township (today 2026-11-23): recording a disclosure, the overdue
item on 首页 and back, the tree's highlights, correcting a rule, importing with the preview, exporting.
Modal dialogs are patched so that nothing waits for a click."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from test_catalog_import import county_workbook

from gkdesk import clock
from gkdesk.gui.context import AppContext
from gkdesk.gui.main_window import MainWindow
from gkdesk.gui.pages.catalog import CatalogPage, StandsOutRole
from gkdesk.gui.pages.catalog_dialogs import ImportDialog, RecordDialog, RuleDialog
from gkdesk.gui.pages.home import HomePage
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
    qtbot.mouseClick(page.ui.exportXlsxButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(title == "导出完成" for _, title, _ in boxes), timeout=10000)
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "示范县东风镇基层政务公开事项标准目录"
    # 部门预算 keeps its reference item (it has a ledger record), and the export says so under the title.
    assert "参考模板" in ws["A2"].value
    assert [ws.cell(3, c).value for c in (1, 2)] == ["序号", "公开事项"]
