"""The 年度报告 page with pytest-qt on the demo township in January 2027: the tables as the format lays them out
(table 二 typed in, computed figures read-only with the requests behind them on hover), the texts, the checks
opening a request on the 依申请公开 page, export on a worker thread, 定稿 and 重新打开, and 首页's reminder opening
the page. Message, file and input dialogs are patched so nothing waits for a click."""
from __future__ import annotations

import datetime as dt

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QTableWidget

from gkdesk import clock
from gkdesk.domain import annual_report as ar
from gkdesk.gui.context import AppContext
from gkdesk.gui.main_window import MainWindow
from gkdesk.gui.report.page import KeyRole, RefRole, ReportPage
from gkdesk.services import annual_report as report
from gkdesk.services import demo
from gkdesk.store.db import open_database
from gkdesk.store.models import InfoRequest

WAIT = {"timeout": 10_000}
DAY = dt.date(2027, 1, 12)
FREE_PARTS = {"（三）政府信息管理": "落实保密审查。", "（四）政府信息公开平台建设": "维护政府网站专栏。",
              "（五）监督保障": "纳入年度考核。", "五、存在的主要问题及改进情况": "公开还不够及时，下一步加强培训。"}


@pytest.fixture
def ctx(data_folder):
    clock.set_today(dt.date(2026, 11, 23))
    db = open_database(data_folder)
    demo.create_demo(db)      # its requests run from April to November 2026
    clock.set_today(DAY)
    context = AppContext(db)
    yield context
    context.db.close()


def make_page(qtbot, ctx) -> ReportPage:
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    return page


def find(table: QTableWidget, row: str, column: str):
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is not None and item.data(KeyRole) == [row, column]:
                return item
    raise AssertionError(f"no cell {row}/{column}")


def texts_of(table: QTableWidget) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
            if table.item(r, c) is not None]


def test_the_tables_show_the_format_and_the_requests_behind_each_figure(qtbot, ctx):
    page = make_page(qtbot, ctx)
    assert page.year == 2026 and page.ui.stateLabel.text() == "草稿"
    t3 = page.ui.table3View
    assert t3.rowSpan(3, 0) == 1 and t3.columnSpan(0, 0) == 3 and t3.rowSpan(0, 0) == 3
    assert t3.item(0, 0).text() == ar.TABLE3_NOTE
    assert t3.rowSpan(5, 0) == 22, "三、本年度办理结果 spans its 22 rows"
    new = find(t3, "一、本年新收政府信息公开申请数量", "总计")
    assert new.text() == "7"
    assert not new.flags() & Qt.ItemFlag.ItemIsEditable
    assert "东政依申〔2026〕1号" in new.toolTip() and "东政依申〔2026〕7号" in new.toolTip()
    carried = find(t3, "四、结转下年度继续办理", "总计")
    assert carried.text() == "2" and "东政依申〔2026〕6号" in carried.toolTip()
    assert find(page.ui.table4View, "行政复议", "总计").text() == "1"
    assert "结果\n维持" in texts_of(page.ui.table4View)
    assert "表三勾稽关系成立" in page.ui.summaryLabel.text()


def test_table_2_is_typed_in_and_the_overview_follows(qtbot, ctx, dialogs):
    page = make_page(qtbot, ctx)
    cell = find(page.ui.table2View, "行政规范性文件", "本年制发件数")
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    cell.setText("3")
    assert find(page.ui.table2View, "行政规范性文件", "现行有效件数").text() == "3"
    assert "上年无报告，按0件起算 + 本年制发3件" in find(page.ui.table2View, "行政规范性文件", "现行有效件数").toolTip()
    assert "本年制发行政规范性文件3件" in page.view.texts["（一）主动公开"].text
    find(page.ui.table2View, "行政处罚", "本年处理决定数量").setText("两件")
    assert dialogs.texts("warning") == ["“行政处罚”的本年处理决定数量“两件”不是数字，请填写数字。"]
    assert find(page.ui.table2View, "行政处罚", "本年处理决定数量").text() == "0"


def test_texts_are_edited_saved_and_their_figures_follow(qtbot, ctx):
    page = make_page(qtbot, ctx)
    page.ui.tabs.setCurrentIndex(1)
    page.ui.partList.setCurrentRow(2)
    assert page.ui.partTitleLabel.text() == "（二）依申请公开"
    drafted = page.ui.textEdit.toPlainText()
    assert "全年新收政府信息公开申请7件" in drafted
    page.ui.textEdit.setPlainText("我镇规范办理申请。" + drafted)
    qtbot.mouseClick(page.ui.saveTextButton, Qt.MouseButton.LeftButton)
    assert page.ui.textStatusLabel.text() == "已修改：数字随数据更新"
    assert page.ui.partList.item(2).text().endswith("[已修改]")
    with ctx.db.transaction() as s:
        from gkdesk.services import requests as rq

        rq.add_request(s, received_on="2026-12-30", channel="当面", applicant_name="钱七", applicant_type="自然人",
                       content="村务公开栏照片", today=DAY)
    page.refresh()
    page.ui.partList.setCurrentRow(2)
    shown = page.ui.textEdit.toPlainText()
    assert shown.startswith("我镇规范办理申请。") and "全年新收政府信息公开申请8件" in shown
    page.ui.partList.setCurrentRow(6)
    assert page.ui.partTitleLabel.text() == "五、存在的主要问题及改进情况"
    assert page.ui.textEdit.placeholderText().startswith("请写本年度存在的主要问题")
    assert page.ui.partList.item(6).text() == "⚠ 五、存在的主要问题及改进情况  [待填写]"


def test_a_check_opens_the_request_on_its_page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.open_ref("annual_report", 2026)
    page = window.page_widget("年度报告")
    tree = page.ui.checkTree
    lapsed = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                  if "补正期限在年内已过" in tree.topLevelItem(i).text(1))
    child = lapsed.child(0)
    assert child.text(1) == "东政依申〔2026〕7号（双击打开）"
    entity, ref_id = child.data(1, RefRole)
    with ctx.db.session() as s:
        assert s.get(InfoRequest, ref_id).number == "东政依申〔2026〕7号"
    tree.itemDoubleClicked.emit(child, 1)
    requests_page = window.page_widget("依申请公开")
    assert window.ui.pageStack.currentWidget() is requests_page
    assert entity == "info_request" and requests_page.ui.numberLabel.text().startswith("东政依申〔2026〕7号")


def test_export_finalize_and_reopen_from_the_window(qtbot, ctx, dialogs, monkeypatch, tmp_path):
    page = make_page(qtbot, ctx)
    qtbot.mouseClick(page.ui.finalizeButton, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning")[0].startswith("还有4处须改正，不能定稿：“（三）政府信息管理”还没有内容")
    with ctx.db.transaction() as s:
        for part, text in FREE_PARTS.items():
            report.set_text(s, 2026, part, text, DAY)
    page.refresh()
    qtbot.mouseClick(page.ui.finalizeButton, Qt.MouseButton.LeftButton)
    assert dialogs.texts("question")[-1].startswith("2026年度报告定稿后将锁定")
    assert page.ui.stateLabel.text() == "已定稿（2027年1月12日）"
    assert not find(page.ui.table2View, "行政处罚", "本年处理决定数量").flags() & Qt.ItemFlag.ItemIsEditable
    assert page.ui.textEdit.isReadOnly() and not page.ui.finalizeButton.isEnabled()

    target = tmp_path / "年报.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.ui.exportDocxButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.texts("information")), **WAIT)
    assert dialogs.texts("information")[-1] == f"已保存到：\n{target}"
    body = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "全年新收政府信息公开申请7件" in body and "落实保密审查。" in body

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("县里退回修改表二", True)))
    qtbot.mouseClick(page.ui.reopenButton, Qt.MouseButton.LeftButton)
    assert page.ui.stateLabel.text() == "草稿"
    assert find(page.ui.table2View, "行政处罚", "本年处理决定数量").flags() & Qt.ItemFlag.ItemIsEditable


def test_home_reminder_opens_the_page(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    home = window.page_widget("首页")
    titles = [home.model.reminder(i).title for i in range(home.model.rowCount()) if home.model.reminder(i)]
    assert "2026年政府信息公开工作年度报告尚未定稿（县里要求的报送期限）" in titles
    assert window.open_ref("annual_report", 2026)
    assert window.page_widget("年度报告").year == 2026


def test_the_county_deadline_is_set_from_the_page_and_last_year_shows_on_hover(qtbot, ctx, monkeypatch):
    with ctx.db.transaction() as s:
        for part, text in FREE_PARTS.items():
            report.set_text(s, 2025, part, f"2025年：{text}", DAY)
        report.set_values(s, 2025, ["行政处罚=4"])
        report.finalize(s, 2025, DAY)
    page = make_page(qtbot, ctx)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("1月20日", True)))
    qtbot.mouseClick(page.ui.deadlineButton, Qt.MouseButton.LeftButton)
    assert page.ui.deadlineLabel.text() == "报送：县里1月20日前，法定1月31日前"
    assert page.view.deadlines.county == dt.date(2027, 1, 20)
    assert find(page.ui.table2View, "行政处罚", "本年处理决定数量").toolTip().endswith("\n2025年度报告：4")
    assert find(page.ui.table3View, "一、本年新收政府信息公开申请数量", "总计").toolTip().endswith("\n2025年度报告：0")


def check_lines(page: ReportPage) -> list[str]:
    tree = page.ui.checkTree
    return [f"[{tree.topLevelItem(i).text(0)}] {tree.topLevelItem(i).text(1)}" for i in range(tree.topLevelItemCount())]


def test_a_mobile_typed_into_a_part_is_listed_and_blocks_finalizing(qtbot, ctx, dialogs):
    with ctx.db.transaction() as s:
        for part, text in FREE_PARTS.items():
            report.set_text(s, 2026, part, text, DAY)
    page = make_page(qtbot, ctx)
    page.ui.tabs.setCurrentIndex(1)
    page.ui.partList.setCurrentRow(3)
    assert page.ui.partTitleLabel.text() == "（三）政府信息管理"
    page.ui.textEdit.setPlainText("落实保密审查，有事请打13812345678。")
    qtbot.mouseClick(page.ui.saveTextButton, Qt.MouseButton.LeftButton)
    assert check_lines(page)[0] == (
        "[须改正] “（三）政府信息管理”中的“138****5678”像是完整的手机号码，导出时会被拒绝；个人手机号不能公开，"
        "请删去或脱敏（如 138****5678），单位的电话请写在“监督举报电话”中。")
    assert page.ui.tabs.tabText(2) == "检查（1）"
    qtbot.mouseClick(page.ui.finalizeButton, Qt.MouseButton.LeftButton)
    assert dialogs.texts("warning")[-1].startswith("还有1处须改正，不能定稿：“（三）政府信息管理”中的“138****5678”")
    assert page.ui.stateLabel.text() == "草稿"


def test_the_checks_stay_listed_after_finalizing(qtbot, ctx, dialogs):
    with ctx.db.transaction() as s:
        for part, text in FREE_PARTS.items():
            report.set_text(s, 2026, part, text, DAY)
    page = make_page(qtbot, ctx)
    before = check_lines(page)
    assert any(line.startswith("[请核对] ") for line in before)
    qtbot.mouseClick(page.ui.finalizeButton, Qt.MouseButton.LeftButton)
    assert page.ui.stateLabel.text() == "已定稿（2027年1月12日）"
    assert check_lines(page) == before
    warnings = sum(line.startswith("[请核对]") for line in before)
    assert page.ui.summaryLabel.text().endswith(f"；检查：请核对{warnings}处。")
    assert page.ui.checksHint.text().startswith("报告已定稿：以下是定稿时的检查")


def test_a_draft_exported_from_the_window_says_it_has_parts_to_fill(qtbot, ctx, dialogs, monkeypatch, tmp_path):
    page = make_page(qtbot, ctx)
    target = tmp_path / "草稿.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(page.ui.exportDocxButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.texts("information")), **WAIT)
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("information", "已导出草稿")
    assert text == (f"已保存到：\n{target}\n\n导出的是草稿，还有4部分待填写：“（三）政府信息管理”、“（四）政府信息公开平台建设”、"
                    "“（五）监督保障”、“五、存在的主要问题及改进情况”；定稿前请补全。")
    assert "【待填写：" in "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
