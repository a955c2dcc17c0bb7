"""The 依申请公开 page with pytest-qt: the demo's register and countdowns, the four 2026 checks through the dialogs,
a refused step kept in its dialog, undo and redo, letters and the register export, and 首页 opening a request.
Dialogs are driven by patching their exec, so nothing waits for a click."""
from __future__ import annotations

import datetime as dt

import docx
import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.gui.context import AppContext
from gkdesk.gui.requests import page as page_module
from gkdesk.gui.requests.dialogs import AddRequestDialog, StepDialog
from gkdesk.gui.requests.models import COLUMNS
from gkdesk.gui.requests.page import RequestsPage
from gkdesk.services import demo, settings
from gkdesk.store.db import open_database

WAIT = {"timeout": 10_000}


@pytest.fixture
def demo_ctx(data_folder):
    clock.set_today(dt.date(2026, 11, 23))
    db = open_database(data_folder)
    demo.create_demo(db)
    context = AppContext(db)
    yield context
    context.db.close()


@pytest.fixture
def ctx(data_folder):
    """A township without requests, on 2026-10-20 (the four checks happen around then)."""
    clock.set_today(dt.date(2026, 10, 20))
    db = open_database(data_folder)
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456")
    context = AppContext(db)
    yield context
    context.db.close()


def make_page(qtbot, ctx) -> RequestsPage:
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    return page


def cell(page: RequestsPage, number: str, column: str) -> str:
    from gkdesk.gui.requests.models import COLUMNS

    row = next(i for i, r in enumerate(page.requests.rows) if r.number == number)
    return page.requests.index(row, COLUMNS.index(column)).data()


def drive(monkeypatch, cls, fill):
    """Patch cls.exec: fill the dialog, press OK, and answer as exec would (a refused OK keeps it open)."""
    seen = []

    def fake(dialog):
        fill(dialog)
        dialog.accept()
        seen.append(dialog)
        return dialog.result() if dialog.result() == QDialog.DialogCode.Accepted else QDialog.DialogCode.Rejected
    monkeypatch.setattr(cls, "exec", fake)
    return seen


def register(page, monkeypatch, qtbot, name="张三", received=QDate(2026, 9, 25)):
    def fill(d: AddRequestDialog):
        d.ui.receivedEdit.setDate(received)
        d.ui.channelCombo.setCurrentText("当面")
        d.ui.applicantEdit.setText(name)
        d.ui.contentEdit.setPlainText("东风村道路硬化工程招标文件")
        assert "当面提交的，以提交之日为收到申请之日" in d.ui.receiptRuleLabel.text()
    drive(monkeypatch, AddRequestDialog, fill)
    page.ui.addButton.click()


def step(monkeypatch, day: QDate, **fields):
    def fill(d: StepDialog):
        d.ui.dateEdit.setDate(day)
        for key, value in fields.items():
            widget = d.inputs[key]
            if hasattr(widget, "setCurrentText"):
                widget.setCurrentText(value)
            elif hasattr(widget, "setValue"):
                widget.setValue(value)
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            else:
                widget.setText(value)
    return drive(monkeypatch, StepDialog, fill)


# ---- the demo's register -----------------------------------------------------------------------------------------

def test_the_demo_register_with_its_countdowns(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    assert len(page.requests.rows) == 7
    assert cell(page, "东政依申〔2026〕6号", "倒计时 / 办理结果") == "还剩3个工作日"
    assert cell(page, "东政依申〔2026〕7号", "状态") == "待补正"
    assert cell(page, "东政依申〔2026〕7号", "倒计时 / 办理结果").startswith("补正期限2026-")  # not 待补正 twice
    assert cell(page, "东政依申〔2026〕3号", "倒计时 / 办理结果") == "不予公开"   # the reason in its tooltip
    row = next(i for i, r in enumerate(page.requests.rows) if r.number == "东政依申〔2026〕3号")
    tip = page.requests.index(row, COLUMNS.index("倒计时 / 办理结果")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "不予公开：保护第三方合法权益"
    assert "5个工作日内到期 1 件" in page.ui.countLabel.text()
    page.select_request(3)
    assert page.ui.ruleLabel.text().startswith(
        "期限计算：收到之日起20个工作日，已延长20个工作日，征求第三方意见2026-07-06至2026-07-16不计")
    titles = [page.ui.timelineList.item(i).text() for i in range(page.ui.timelineList.count())]
    assert any("申请行政复议（示范县人民政府）" in t for t in titles)
    assert [r.title for r in page.letters.rows][-1] == "政府信息不予公开告知书"
    # an answered request: only a case can still be recorded
    enabled = [b.text() for b in page.findChildren(type(page.ui.answerButton)) if b.isEnabled()
               and b.parent() is page.ui.detailPane]
    assert enabled == ["复议/诉讼…"]


def test_filters_by_state_and_search(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    page.ui.stateFilter.setCurrentText("未办结")
    assert [r.number for r in page.requests.rows] == ["东政依申〔2026〕7号", "东政依申〔2026〕6号"]
    page.ui.stateFilter.setCurrentIndex(0)
    page.ui.searchEdit.setText("防汛")
    qtbot.waitUntil(lambda: len(page.requests.rows) == 1, **WAIT)


def test_actions_follow_the_state(qtbot, demo_ctx):
    page = make_page(qtbot, demo_ctx)
    page.select_request(7)   # waiting for its 补正
    ui = page.ui
    assert ui.supplementReceivedButton.isEnabled()
    assert not ui.answerButton.isEnabled() and not ui.extendButton.isEnabled()
    # 视为放弃 only once the 补正 time has run out; until then the button says when
    reply_by = page.status.supplement.reply_by
    assert not ui.abandonButton.isEnabled() and f"补正期限到{format_cn(reply_by)}才届满" in ui.abandonButton.toolTip()
    clock.set_today(reply_by + dt.timedelta(days=1))
    page.refresh()
    page.select_request(7)
    assert ui.abandonButton.isEnabled(), ui.abandonButton.toolTip()
    clock.set_today(dt.date(2026, 11, 23))
    page.select_request(6)   # counting
    assert ui.answerButton.isEnabled() and ui.extendButton.isEnabled() and ui.supplementButton.isEnabled()
    assert not ui.supplementReceivedButton.isEnabled() and not ui.replyButton.isEnabled()


# ---- the four 2026 checks in the window ------------------------------------------------------------------------

def test_the_four_checks_through_the_dialogs(qtbot, ctx, monkeypatch):
    page = make_page(qtbot, ctx)
    register(page, monkeypatch, qtbot)
    assert page.ui.dueLabel.text() == "答复期限：2026年10月29日"
    assert "补正告知期限已于2026年10月12日届满" in page.ui.ruleLabel.text()   # today is 10-20

    step(monkeypatch, QDate(2026, 10, 20), approved_by="张华", reason="需调取档案核实")
    page.ui.extendButton.click()
    assert page.ui.dueLabel.text() == "答复期限：2026年11月26日"
    assert "已延长20个工作日" in page.ui.ruleLabel.text()

    register(page, monkeypatch, qtbot, "李四")
    step(monkeypatch, QDate(2026, 10, 12), content="请写明文件名称")
    page.ui.supplementButton.click()
    assert page.status.state == "待补正" and page.ui.supplementReceivedButton.isEnabled()
    step(monkeypatch, QDate(2026, 10, 12))
    page.ui.supplementReceivedButton.click()
    assert page.ui.dueLabel.text() == "答复期限：2026年11月9日"
    assert "收到补正之日（2026-10-12）起20个工作日" in page.ui.ruleLabel.text()


def test_a_refused_step_stays_in_its_dialog_and_writes_nothing(qtbot, ctx, monkeypatch):
    page = make_page(qtbot, ctx)
    register(page, monkeypatch, qtbot)
    seen = step(monkeypatch, QDate(2026, 10, 20), days=25, approved_by="张华", reason="需调取档案核实")
    page.ui.extendButton.click()
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.change is None
    assert "最长不得超过20个工作日" in dialog.ui.errorLabel.text()
    assert dialog.ui.previewLabel.text().startswith("不能办理：延长期限最长不得超过20个工作日")
    assert page.ui.dueLabel.text() == "答复期限：2026年10月29日" and page.status.extension is None
    assert page.undo_stack.count() == 1   # only the registration


def test_the_step_dialog_previews_the_new_due_day(qtbot, ctx, monkeypatch):
    page = make_page(qtbot, ctx)
    register(page, monkeypatch, qtbot)
    seen = step(monkeypatch, QDate(2026, 10, 13), party="宏达建筑公司")
    page.ui.consultButton.click()
    assert seen[0].ui.previewLabel.text().startswith("办理后：征求意见")
    assert page.status.state == "征求意见" and page.ui.replyButton.isEnabled() and not page.ui.answerButton.isEnabled()


def test_undo_and_redo_of_a_step_and_of_a_registration(qtbot, ctx, monkeypatch):
    page = make_page(qtbot, ctx)
    register(page, monkeypatch, qtbot)
    step(monkeypatch, QDate(2026, 10, 20), approved_by="张华", reason="需调取档案核实")
    page.ui.extendButton.click()
    assert page.ui.undoButton.isEnabled() and page.ui.undoButton.toolTip() == "延期答复（东政依申〔2026〕1号）"
    page.ui.undoButton.click()
    assert page.ui.dueLabel.text() == "答复期限：2026年10月29日" and page.ui.extendButton.isEnabled()
    page.ui.redoButton.click()
    assert page.ui.dueLabel.text() == "答复期限：2026年11月26日"
    page.ui.undoButton.click()
    page.ui.undoButton.click()   # the registration itself
    assert page.requests.rows == [] and page.ui.numberLabel.text() == "未选择申请"
    page.ui.redoButton.click()
    assert [r.number for r in page.requests.rows] == ["东政依申〔2026〕1号"]


# ---- letters and the register export ------------------------------------------------------------------------------

def test_a_letter_is_written_in_the_background_and_listed(qtbot, ctx, monkeypatch, tmp_path, dialogs):
    page = make_page(qtbot, ctx)
    register(page, monkeypatch, qtbot)
    path = tmp_path / "回执.docx"
    monkeypatch.setattr(page_module, "ask_save_path", lambda *a, **k: path)
    page.ui.detailTabs.setCurrentWidget(page.ui.lettersTab)
    assert [page.ui.letterKindCombo.itemText(i) for i in range(page.ui.letterKindCombo.count())] == ["登记回执"]
    page.ui.letterButton.click()
    qtbot.waitUntil(lambda: len(page.letters.rows) == 1, **WAIT)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert text.startswith("政府信息公开申请登记回执") and "即2026年10月29日前" in text
    assert f"已保存到：\n{path}" in dialogs.texts("information")
    assert page.letters.index(0, 2).data() == "未登记"
    step(monkeypatch, QDate(2026, 9, 25))
    page.ui.sentButton.click()
    assert page.letters.index(0, 2).data() == "2026-09-25"


def test_the_register_export_leaves_out_the_applicant(qtbot, demo_ctx, monkeypatch, tmp_path, dialogs):
    page = make_page(qtbot, demo_ctx)
    path = tmp_path / "台账.xlsx"
    monkeypatch.setattr(page_module, "ask_save_path", lambda *a, **k: path)
    page.ui.exportButton.click()
    qtbot.waitUntil(lambda: any("已保存到" in t for t in dialogs.texts("information")), **WAIT)
    cells = [str(c.value) for row in openpyxl.load_workbook(path).active.iter_rows() for c in row if c.value]
    flat = "\n".join(cells)
    assert "2026年政府信息公开申请登记台账" in flat and "东政依申〔2026〕7号" in flat
    for private in ("赵建国", "孙秀英", "周志强", "13803112233", "91130123MA0DXK2Y4R"):
        assert private not in flat


# ---- 首页 opens the request -------------------------------------------------------------------------------------------

def test_a_reminder_on_home_opens_the_request(qtbot, demo_ctx):
    from gkdesk.gui.main_window import MainWindow

    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    home = window.page_widget("首页")
    row = next(i for i in range(home.model.rowCount())
               if home.model.reminder(i) and home.model.reminder(i).kind == "request_due")
    reminder = home.model.reminder(row)
    assert reminder.title == "东政依申〔2026〕6号：3个工作日内应答复" and reminder.countdown == "还剩3个工作日"
    home._activated(home.model.index(row))
    page = window.page_widget("依申请公开")
    assert window.ui.pageStack.currentWidget() is page
    assert page.ui.numberLabel.text() == "东政依申〔2026〕6号"


def test_the_number_prefix_and_the_review_organ_are_settings(qtbot, ctx, monkeypatch):
    from gkdesk.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show_tab("requests")
    ui = dialog.ui
    assert (ui.requestPrefix.text(), ui.requestPrefix.placeholderText()) == ("", "东政依申")
    assert ui.requestReviewOrgan.placeholderText() == "示范县人民政府"
    ui.requestPrefix.setText("东风依申")
    ui.requestSupplementDays.setValue(10)
    dialog.accept()
    page = make_page(qtbot, ctx)
    register(page, monkeypatch, qtbot)
    assert page.ui.numberLabel.text() == "东风依申〔2026〕1号"
    seen = step(monkeypatch, QDate(2026, 10, 9), content="请写明文件名称")
    page.ui.supplementButton.click()
    assert "补正期限默认为告知后10个工作日" in seen[0].ui.ruleLabel.text()
    assert page.status.supplement.reply_by == dt.date(2026, 10, 22)   # 10-10, a Saturday, is a 调休 working day


@pytest.mark.parametrize("which", ["empty", "demo"])
def test_every_column_title_is_whole_and_the_first_five_fit_the_list_at_1366(qtbot, request, which):
    """At 1366×768 the list is about 580 pixels wide: 编号, 申请人, 状态, 倒计时 / 办理结果 and 答复期限 show whole
    in it, with the register empty (titles only) or full (the demo)."""
    page = make_page(qtbot, request.getfixturevalue("ctx" if which == "empty" else "demo_ctx"))
    view = page.ui.requestTable
    header = view.horizontalHeader()
    for col in range(len(COLUMNS) - 1):
        assert view.columnWidth(col) >= header.sectionSizeFromContents(col).width(), COLUMNS[col]
    assert sum(view.columnWidth(c) for c in range(5)) <= 580
