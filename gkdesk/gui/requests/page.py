"""依申请公开: the register (filters, countdowns), one request (its clock and rule, its steps, its letters) and the
actions its state allows, each in a dialog that explains the rule; undo and redo of every step.

All writes go through `gkdesk.services.requests` (and `request_letters` for letters); exports run on a worker
thread through `write_in_background`."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QWidget

from gkdesk import clock
from gkdesk.domain import requests as rules
from gkdesk.domain.dates import format_cn
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import USER_ERRORS, show_user_error
from gkdesk.gui.forms.ui_requests_page import Ui_RequestsPage
from gkdesk.gui.pages import Page
from gkdesk.gui.requests.commands import StepCommand
from gkdesk.gui.requests.dialogs import AddRequestDialog, Field, StepDialog
from gkdesk.gui.requests.models import (
    FITTED_CAPS,
    LetterRow,
    LetterTableModel,
    RequestRow,
    RequestTableModel,
    state_colour,
)
from gkdesk.gui.widgets.files import ask_save_path, write_in_background
from gkdesk.gui.widgets.rows import clear_filters, fit_columns
from gkdesk.gui.widgets.undo import wire_undo_buttons
from gkdesk.services import request_letters as letters
from gkdesk.services import requests as rq


class RequestsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_RequestsPage()
        ui.setupUi(self)
        ui.titleLabel.setObjectName("pageTitle")
        ui.hintLabel.setObjectName("hint")
        ui.countLabel.setObjectName("hint")
        ui.ruleLabel.setObjectName("hint")
        self.undo_stack = QUndoStack(self)
        self.task = None
        self.status: rq.RequestStatus | None = None

        self.requests = RequestTableModel(self)
        ui.requestTable.setModel(self.requests)
        header = ui.requestTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        fit_columns(ui.requestTable, FITTED_CAPS)   # the titles whole while the register is empty
        self._fitted = False   # the columns are fitted to the first rows shown, then left as the clerk sets them
        ui.requestTable.verticalHeader().hide()
        ui.requestTable.verticalHeader().setDefaultSectionSize(28)
        self.letters = LetterTableModel(self)
        ui.letterTable.setModel(self.letters)
        ui.letterTable.verticalHeader().hide()
        ui.letterTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.splitter.setSizes([590, 530])
        ui.numberLabel.setStyleSheet("font-weight: 600; font-size: 15px;")
        for label in (ui.dueLabel, ui.applicantLabel, ui.contentLabel, ui.ruleLabel):
            label.setTextInteractionFlags(label.textInteractionFlags()
                                          | label.textInteractionFlags().TextSelectableByMouse)

        ui.stateFilter.addItem("全部状态", None)
        for state in rq.STATE_FILTERS:
            ui.stateFilter.addItem(state, state)
        ui.typeFilter.addItem("全部类型", None)
        for kind in rules.APPLICANT_TYPES:
            ui.typeFilter.addItem(rules.applicant_type_label(kind) if kind != rules.NATURAL_PERSON else kind, kind)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.load)

        ui.yearFilter.currentIndexChanged.connect(self.load)
        ui.stateFilter.currentIndexChanged.connect(self.load)
        ui.typeFilter.currentIndexChanged.connect(self.load)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.requestTable.selectionModel().selectionChanged.connect(lambda *_: self.show_request())
        ui.addButton.clicked.connect(self.add_request)
        wire_undo_buttons(self.undo_stack, ui.undoButton, ui.redoButton)
        ui.exportButton.clicked.connect(self.export_register)
        ui.supplementButton.clicked.connect(self.ask_supplement)
        ui.supplementReceivedButton.clicked.connect(self.receive_supplement)
        ui.consultButton.clicked.connect(self.send_consult)
        ui.replyButton.clicked.connect(self.record_reply)
        ui.extendButton.clicked.connect(self.extend)
        ui.feeButton.clicked.connect(self.fee_notice)
        ui.feePaidButton.clicked.connect(self.fee_paid)
        ui.answerButton.clicked.connect(self.answer)
        ui.abandonButton.clicked.connect(self.abandon)
        ui.caseButton.clicked.connect(self.record_case)
        ui.letterButton.clicked.connect(self.write_letter)
        ui.sentButton.clicked.connect(self.mark_sent)
        ui.letterTable.doubleClicked.connect(lambda _i: self.mark_sent())
        self._fill_years()
        self.refresh()

    # ---- loading ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_years()
        self.load()

    def changed(self, select: int | None = None) -> None:
        """After a write: reload, keep (or move to) the request, and tell the other pages (首页's reminders)."""
        self.refresh()
        if select is not None:
            self.select_request(select)
        self.ctx.data_changed.emit()

    def _fill_years(self) -> None:
        combo = self.ui.yearFilter
        keep = combo.currentData()
        with self.ctx.db.session() as s:
            years = rq.request_years(s)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("全部年份", None)
        for year in years:
            combo.addItem(f"{year}年", year)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def load(self) -> None:
        ui = self.ui
        keep = self.current_id()
        with self.ctx.db.session() as s:
            found = rq.list_requests(s, year=ui.yearFilter.currentData(), state=ui.stateFilter.currentData(),
                                     text=ui.searchEdit.text(), applicant_type=ui.typeFilter.currentData())
            rows = [RequestRow(r.id, r.number, r.received_on.isoformat(), r.applicant_name, r.applicant_type,
                               r.content, st) for r, st in found]
        self.requests.set_rows(rows)
        if rows and not self._fitted:
            fit_columns(ui.requestTable, FITTED_CAPS)
            self._fitted = True
        if keep is not None and (row := self.requests.row_of(keep)) is not None:
            ui.requestTable.selectRow(row)
        elif rows:
            ui.requestTable.selectRow(0)
        overdue = sum(1 for r in rows if r.status.overdue)
        soon = sum(1 for r in rows if r.status.is_open and not r.status.overdue
                   and r.status.working_days_left is not None and r.status.working_days_left <= 5)
        ui.countLabel.setText(f"共 {len(rows)} 件" + (f"，已逾期 {overdue} 件（红字）" if overdue else "")
                              + (f"，5个工作日内到期 {soon} 件（橙字）" if soon else "") + "。")
        self.show_request()

    def current_id(self) -> int | None:
        model = self.ui.requestTable.selectionModel()
        rows = model.selectedRows() if model else []
        if rows and rows[0].row() < len(self.requests.rows):
            return self.requests.rows[rows[0].row()].id
        return None

    def select_request(self, request_id: int) -> None:
        row = self.requests.row_of(request_id)
        if row is None:   # hidden by a filter: show all
            ui = self.ui
            clear_filters((ui.yearFilter, ui.stateFilter, ui.typeFilter), ui.searchEdit)
            self.load()
            row = self.requests.row_of(request_id)
        if row is not None:
            self.ui.requestTable.selectRow(row)
            self.ui.requestTable.scrollTo(self.requests.index(row, 0))

    # ---- one request -------------------------------------------------------------------------------------------
    def show_request(self) -> None:
        ui = self.ui
        request_id = self.current_id()
        if request_id is None:
            self.status = None
            for label in (ui.numberLabel, ui.stateLabel, ui.dueLabel, ui.ruleLabel, ui.applicantLabel,
                          ui.contentLabel):
                label.clear()
            ui.numberLabel.setText("未选择申请")
            ui.timelineList.clear()
            self.letters.set_rows([])
            ui.letterKindCombo.clear()
            self._enable(None)
            return
        with self.ctx.db.session() as s:
            request = rq.get_request(s, request_id)
            status = rq.status_of(s, request)
            steps = rq.timeline(request, status)
            letter_rows = [LetterRow(le.id, le.kind, le.title, le.generated_on.isoformat(),
                                     le.sent_on.isoformat() if le.sent_on else "") for le in request.letters]
            kinds = letters.available_letters(request, status)
            who = (f"申请人：{request.applicant_name}（{rules.applicant_type_label(request.applicant_type)}）"
                   + "".join(f"；{label}：{value}" for label, value in (
                       ("证件号码", request.applicant_id), ("联系方式", request.applicant_contact),
                       ("地址", request.applicant_address)) if value))
            received = (f"{format_cn(request.received_on)}收到（{rules.CHANNEL_WORDS[request.channel]}）："
                        f"{request.content}")
            number = request.number
            abandon_refusal = rq.abandon_refusal(s, status, clock.today())
        self.status = status
        ui.abandonButton.setToolTip(abandon_refusal or "申请人逾期不补正或逾期未缴费，登记视为放弃申请")
        ui.numberLabel.setText(number)
        ui.stateLabel.setText(f"{status.state}　{status.countdown}")
        ui.stateLabel.setStyleSheet(f"color: {state_colour(status)}; font-weight: 600;")
        if status.answer is not None:
            due = f"{status.answer.outcome.label}，{format_cn(status.answer.day)}" + (
                "（逾期答复）" if status.answer.late else "")
            ui.dueLabel.setText(f"办理结果：{due}")
        elif status.due is not None:
            note = "（征求意见或缴费期间暂停，回复后顺延）" if status.clock.provisional else ""
            ui.dueLabel.setText(f"答复期限：{format_cn(status.due)}{note}")
        else:
            ui.dueLabel.setText(f"等待补正：补正期限{format_cn(status.supplement.reply_by)}" if status.supplement
                                and status.supplement.reply_by else "等待补正")
        rule = f"期限计算：{status.clock.describe()}。"
        limit = status.clock.supplement_limit
        if status.supplement is None and status.is_open:
            rule += (f"如需补正，须在{format_cn(limit)}前一次性告知。" if clock.today() <= limit
                     else f"补正告知期限已于{format_cn(limit)}届满，此后告知的将标为逾期告知。")
        ui.ruleLabel.setText(rule)
        ui.applicantLabel.setText(who)
        ui.contentLabel.setText(received)
        ui.timelineList.clear()
        for step in steps:
            item = QListWidgetItem(f"{step.day.isoformat()}　{step.title}" + (f"\n　　{step.detail}" if step.detail
                                                                              else ""))
            ui.timelineList.addItem(item)
        self.letters.set_rows(letter_rows)
        keep = ui.letterKindCombo.currentText()
        ui.letterKindCombo.clear()
        ui.letterKindCombo.addItems(kinds)
        if keep in kinds:
            ui.letterKindCombo.setCurrentText(keep)
        else:
            ui.letterKindCombo.setCurrentIndex(len(kinds) - 1)
        self._enable(status, abandon_refusal)

    def _enable(self, status: rq.RequestStatus | None, abandon_refusal: str | None = "") -> None:
        """Only the steps the state allows; the service still checks the dates and limits."""
        ui = self.ui
        answered = status is None or status.answer is not None
        waiting = status is not None and status.state == rules.WAITING_SUPPLEMENT
        counting = not answered and not waiting
        ui.supplementButton.setEnabled(counting and status.supplement is None)
        ui.supplementReceivedButton.setEnabled(waiting)
        ui.consultButton.setEnabled(counting)
        ui.replyButton.setEnabled(counting and bool(status.open_consults))
        ui.extendButton.setEnabled(counting and status.extension is None)
        ui.feeButton.setEnabled(counting and not status.unpaid_fees)
        unpaid = status is not None and any(f.paid_on is None for f in self._fees())
        ui.feePaidButton.setEnabled(unpaid)
        ui.answerButton.setEnabled(counting and not status.open_consults)
        ui.abandonButton.setEnabled(status is not None and abandon_refusal is None)
        ui.caseButton.setEnabled(status is not None)
        ui.letterButton.setEnabled(status is not None)
        ui.sentButton.setEnabled(status is not None and bool(self.letters.rows))
        ui.letterKindCombo.setEnabled(status is not None)

    def _fees(self):
        request_id = self.current_id()
        if request_id is None:
            return []
        with self.ctx.db.session() as s:
            return list(rq.get_request(s, request_id).fees)

    # ---- steps -------------------------------------------------------------------------------------------------
    def _run(self, dialog: QDialog, text: str) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.change is None:
            return False
        request_id, before, after = dialog.change
        self.undo_stack.push(StepCommand(self, text, request_id, before, after))
        self.changed(request_id)
        return True

    def _step(self, title: str, heading: str, rule: str, apply, fields=(), date_label: str = "日期",
              default_day=None) -> bool:
        request_id = self.current_id()
        if request_id is None:
            return False
        number = self.requests.rows[self.requests.row_of(request_id)].number
        dialog = StepDialog(self.ctx, request_id, f"{title} — {number}", heading, rule, apply, list(fields),
                            date_label, default_day, self)
        return self._run(dialog, f"{title}（{number}）")

    def add_request(self) -> None:
        dialog = AddRequestDialog(self.ctx, self)
        self._run(dialog, "登记申请")

    def ask_supplement(self) -> None:
        limit = self.status.clock.supplement_limit
        with self.ctx.db.session() as s:
            days = rq.supplement_days(s)
        self._step(
            "告知补正", "申请内容不明确的，一次性告知申请人需要补正的事项和合理的补正期限。",
            f"条例第三十条：应自收到申请之日起7个工作日内一次性告知（本申请：{format_cn(limit)}前）；晚于此日告知的，"
            f"仍可登记，但会标为“逾期告知”。补正期限默认为告知后{days}个工作日。答复期限自收到补正之日起重新计算。",
            lambda s, rid, day, content, reply_by: rq.ask_supplement(s, rid, asked_on=day, content=content,
                                                                     reply_by=reply_by or None),
            [Field("content", "需要补正的事项", "text", placeholder="如：请写明所需文件的名称、文号或形成时间"),
             Field("reply_by", "补正期限（可空）", placeholder="如 2026-11-20；空着按默认期限", optional=True)],
            "告知日期")

    def receive_supplement(self) -> None:
        self._step("收到补正", "登记收到申请人补正后的申请。", "答复期限自收到补正之日起重新计算20个工作日（收到之日不计）。",
                   lambda s, rid, day: rq.receive_supplement(s, rid, received_on=day), date_label="收到补正日期")

    def send_consult(self) -> None:
        self._step(
            "征求意见", "申请公开的信息涉及第三方合法权益，或需要其他机关确认的，登记征求意见。",
            "条例第三十二条、第三十三条：第三方应在15个工作日内提出意见；征求第三方或其他机关意见所需时间（发出之日至收到"
            "意见之日）不计算在答复期限内。",
            lambda s, rid, day, party, kind, opinion: rq.send_consult(s, rid, sent_on=day, party=party, kind=kind),
            [Field("party", "征求对象名称", placeholder="如：示范县宏达建筑工程有限公司"),
             Field("kind", "对象类型", "combo", ["第三方", "其他机关"]),
             Field("opinion", "备注", placeholder="可空", optional=True)],
            "发出日期")

    def record_reply(self) -> None:
        open_ = self.status.open_consults
        self._step(
            "收到意见", "登记收到征求意见的回复；期限从次日起接着计算。",
            "第三方逾期未提出意见的，登记其15个工作日届满之日"
            + (f"（{format_cn(open_[0].limit)}）" if open_ and open_[0].limit else "") + "，由本机关依法决定是否公开。",
            lambda s, rid, day, party, opinion: rq.record_consult_reply(s, rid, replied_on=day, party=party,
                                                                        opinion=opinion),
            [Field("party", "回复方", "combo", [c.party for c in open_]),
             Field("opinion", "意见", placeholder="如：不同意公开", optional=True)],
            "收到意见日期")

    def extend(self) -> None:
        due = self.status.due
        self._step(
            "延期答复", "不能在期限内答复的，经负责人同意并告知申请人，可以延长答复期限。",
            "条例第三十三条第二款：延长的期限最长不得超过20个工作日，只能延长一次，且须在答复期限届满前决定"
            + (f"（本申请：{format_cn(due)}前）。" if due else "。"),
            lambda s, rid, day, days, approved_by, reason: rq.extend(s, rid, day=day, approved_by=approved_by,
                                                                     reason=reason, days=days),
            [Field("days", "延长", "days", default=20), Field("approved_by", "批准的负责人", placeholder="如：张华"),
             Field("reason", "延期理由", "text", placeholder="如：需调取档案核实")],
            "延期决定日期")

    def fee_notice(self) -> None:
        self._step(
            "收费通知", "申请数量、频次明显超过合理范围的，可以收取信息处理费（国办函〔2020〕109号）。",
            "收费通知发出之日至缴费之日不计算在答复期限内；申请人应在20个工作日内缴费，逾期未缴的，可视为放弃申请。",
            lambda s, rid, day, amount: rq.fee_notice(s, rid, notice_on=day, amount=amount),
            [Field("amount", "金额（元）", placeholder="如 200")], "通知日期")

    def fee_paid(self) -> None:
        self._step("登记缴费", "登记申请人缴纳信息处理费的日期。", "缴费次日起，答复期限接着计算。",
                   lambda s, rid, day: rq.fee_paid(s, rid, paid_on=day), date_label="缴费日期")

    def answer(self) -> None:
        choices = [o.label for o in rules.OUTCOMES if not o.abandons]
        due = self.status.due
        self._step(
            "答复", "登记答复结果，按年度报告的分类选择。",
            f"条例第三十六条。应于{format_cn(due)}前答复；晚于此日的，会标为“逾期答复”。" if due else "条例第三十六条。",
            lambda s, rid, day, result, text, fee: rq.answer(s, rid, day=day, result=result, text=text, fee=fee),
            [Field("result", "办理结果", "combo", choices),
             Field("text", "答复说明", "text", placeholder="写入答复书，如信息的获取方式、不予公开的具体理由",
                   optional=True),
             Field("fee", "信息处理费（元）", placeholder="不收费请留空", optional=True)],
            "答复日期")

    def abandon(self) -> None:
        choices = [o.label for o in rules.OUTCOMES if o.abandons]
        self._step(
            "视为放弃", "申请人无正当理由逾期不补正，或逾期未缴纳信息处理费的，视为放弃申请，不再处理。",
            "补正期限或缴费期限届满之后才能登记（条例第三十条；国办函〔2020〕109号）。",
            lambda s, rid, day, result: rq.answer(s, rid, day=day, result=result),
            [Field("result", "原因", "combo", choices,
                   default=choices[1] if self.status and self.status.unpaid_fees else choices[0])],
            "登记日期")

    def record_case(self) -> None:
        self._step(
            "复议/诉讼", "登记申请人就本申请提起的行政复议或行政诉讼，以及结果。",
            "已有同类案件尚未审结的，选择结果即登记审结；年度报告按“维持、纠正、其他结果、尚未审结”统计。",
            lambda s, rid, day, kind, result, organ: rq.record_case(s, rid, kind=kind, result=result, day=day,
                                                                    organ=organ),
            [Field("kind", "类型", "combo", list(rules.CASE_KINDS)),
             Field("result", "结果", "combo", list(rules.CASE_RESULTS), default=rules.PENDING),
             Field("organ", "复议机关或法院", placeholder="可空", optional=True)],
            "日期（立案或审结）")

    # ---- letters and exports -------------------------------------------------------------------------------------
    def write_letter(self) -> None:
        request_id = self.current_id()
        kind = self.ui.letterKindCombo.currentText()
        if request_id is None or not kind:
            return
        try:
            with self.ctx.db.session() as s:
                doc, request, _kind, _step = letters.build_letter(s, request_id, kind)
                name = letters.letter_file_name(request, doc)
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        path = ask_save_path(self, f"生成{doc.title}", name, "Word 文档 (*.docx)")
        if path is None:
            return
        db = self.ctx.db

        def write() -> None:
            with db.transaction() as s:
                letters.write_letter(s, request_id, kind, path)

        self.task = write_in_background(self, self.ctx, "正在生成文书…", write, path,
                                        lambda: self.changed(request_id))

    def mark_sent(self) -> None:
        index = self.ui.letterTable.currentIndex()
        rows = self.letters.rows
        if not rows:
            return
        letter = rows[index.row()] if index.isValid() else rows[-1]
        self._step("登记送达", f"登记“{letter.title or letter.kind}”寄出或交给申请人的日期。",
                   "送达日期会记在办理过程中，作为按时告知、按时答复的凭据。",
                   lambda s, _rid, day: letters.mark_letter_sent(s, letter.id, day), date_label="送达日期")

    def export_register(self) -> None:
        year = self.ui.yearFilter.currentData() or clock.today().year
        with self.ctx.db.session() as s:
            doc = rq.register_document(s, year)
        path = ask_save_path(self, "导出登记台账", f"{doc.title}.xlsx", "Excel 表格 (*.xlsx)")
        if path is None:
            return

        def write() -> None:
            from gkdesk.io.xlsx_writer import write_xlsx

            write_xlsx(doc, path)

        self.task = write_in_background(self, self.ctx, "正在导出…", write, path)

    # ---- opening a reminder's request ---------------------------------------------------------------------------
    def open_ref(self, entity: str, ref_id: int) -> None:
        if entity == "info_request":
            self.select_request(ref_id)


PAGE = Page(title="依申请公开", icon="requests.svg", factory=RequestsPage, order=25, handles=("info_request",))
