"""The dialogs of the 依申请公开 page: registering a request (with the receipt-day rule of its channel and the due
day it leads to) and one dialog for every later step (the rule it follows, its fields, and what the clock becomes).

Each dialog takes its step through the service when OK is pressed; a refusal is shown in the dialog, which stays
open. What the step changed is kept as the request's rows before and after (`change`) for undo."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from gkdesk import clock
from gkdesk.domain import requests as rules
from gkdesk.domain.dates import format_cn
from gkdesk.gui.confirm import AsksBeforeDiscarding
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import USER_ERRORS
from gkdesk.gui.forms.ui_requests_add_dialog import Ui_RequestsAddDialog
from gkdesk.gui.forms.ui_requests_step_dialog import Ui_RequestsStepDialog
from gkdesk.gui.requests.models import GREY, RED
from gkdesk.gui.widgets.dates import qdate
from gkdesk.gui.widgets.names import offer_names
from gkdesk.services import names, settings
from gkdesk.services import requests as rq
from gkdesk.services.calendar import load_calendar

Change = tuple[int, rq.RequestRows, rq.RequestRows]   # request id, rows before, rows after

# The applicant types as the combo offers them: the report's words, the organisations under their heading.
TYPE_CHOICES = [(rules.NATURAL_PERSON, rules.NATURAL_PERSON)] + [
    (f"{rules.ORGANIZATION}：{t}", t) for t in rules.ORGANIZATION_TYPES]


def _due_sentence(clock_: rules.RequestClock) -> str:
    text = f"答复期限：{format_cn(clock_.due)}（{clock_.describe()}）" if clock_.due else clock_.describe()
    return text + f"；如需补正，须在{format_cn(clock_.supplement_limit)}前一次性告知。"


class AddRequestDialog(AsksBeforeDiscarding, QDialog):
    """登记政府信息公开申请: the receipt day follows the channel's rule (第三十一条), shown beside it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_RequestsAddDialog()
        ui.setupUi(self)
        self.change: Change | None = None
        ui.errorLabel.setObjectName("error")
        ui.privacyLabel.setObjectName("hint")
        ui.receiptRuleLabel.setObjectName("hint")
        ui.channelCombo.addItems(list(rules.CHANNELS))
        for label, value in TYPE_CHOICES:
            ui.typeCombo.addItem(label, value)
        ui.formWantedCombo.addItems(list(rq.FORMS_WANTED))
        ui.formWantedCombo.setCurrentIndex(0)
        today = clock.today()
        ui.receivedEdit.setDate(qdate(today))
        ui.receivedEdit.setMaximumDate(qdate(today))
        with ctx.db.session() as s:
            self._calendar = load_calendar(s)
            ui.handlerEdit.setText(settings.get_setting(s, "clerk_name") or "")
            offer_names(ui.handlerEdit, names.remembered_names(s, names.HANDLER), fill_empty=False)
        ui.channelCombo.currentIndexChanged.connect(self._update)
        ui.receivedEdit.day_changed.connect(self._update)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self._update()

    def _update(self) -> None:
        ui = self.ui
        channel = ui.channelCombo.currentText()
        ui.receiptRuleLabel.setText(f"收到申请日期按条例第三十一条确定：{rules.RECEIPT_RULES[channel]}。")
        if ui.receivedEdit.typing():
            ui.previewLabel.setText(f"答复期限{ui.receivedEdit.pending_hint()}")
            return
        received = ui.receivedEdit.day()
        ui.previewLabel.setText(_due_sentence(rules.answer_clock(self._calendar, received, today=clock.today())))

    def values(self) -> dict:
        ui = self.ui
        return {"received_on": ui.receivedEdit.day(), "channel": ui.channelCombo.currentText(),
                "applicant_name": ui.applicantEdit.text(), "applicant_type": ui.typeCombo.currentData(),
                "applicant_id": ui.idEdit.text(), "contact": ui.contactEdit.text(), "address": ui.addressEdit.text(),
                "content": ui.contentEdit.toPlainText(), "form_wanted": ui.formWantedCombo.currentText(),
                "handler": ui.handlerEdit.text(), "note": ui.noteEdit.text()}

    def accept(self) -> None:
        try:
            with self.ctx.db.transaction() as s:
                request = rq.add_request(s, **self.values())
                self.change = (request.id, {}, rq.request_rows(s, request.id))
                self.number = request.number
        except USER_ERRORS as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            return
        super().accept()


@dataclass
class Field:
    """One input of a step dialog besides its date."""

    key: str
    label: str
    kind: str = "line"          # line | text | combo | days
    choices: list[str] = field(default_factory=list)
    default: object = ""
    placeholder: str = ""
    optional: bool = False      # may stay empty: an empty optional field is not "still to fill"


Apply = Callable[..., object]   # (session, request_id, day, **values) -> the row written


class StepDialog(QDialog):
    """One step of a request: its date, its fields, the rule it follows, and — while the clerk types — what the
    state and the due day will be (the step taken in a transaction that is rolled back)."""

    def __init__(self, ctx: AppContext, request_id: int, title: str, heading: str, rule: str, apply: Apply,
                 fields: list[Field] = (), date_label: str = "日期", default_day: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.request_id, self.apply = ctx, request_id, apply
        self.ui = ui = Ui_RequestsStepDialog()
        ui.setupUi(self)
        self.setWindowTitle(title)
        self.change: Change | None = None
        ui.errorLabel.setObjectName("error")
        ui.ruleLabel.setObjectName("hint")
        ui.headingLabel.setText(heading)
        ui.ruleLabel.setText(rule)
        ui.ruleLabel.setVisible(bool(rule))
        ui.dateLabel.setText(date_label)
        today = clock.today()
        ui.dateEdit.setDate(qdate(default_day or today))
        ui.dateEdit.setMaximumDate(qdate(today))
        self.fields = list(fields)
        self.inputs: dict[str, QWidget] = {}
        self.typed: set[str] = set()   # the inputs the clerk has typed into
        for f in fields:
            widget = self._input(f)
            self.inputs[f.key] = widget
            ui.fieldsLayout.addRow(QLabel(f.label), widget)
        ui.dateEdit.day_changed.connect(self.update_preview)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self.update_preview()

    def _input(self, f: Field) -> QWidget:
        if f.kind == "combo":
            widget = QComboBox(self)
            widget.addItems(f.choices)
            if f.default:
                widget.setCurrentText(str(f.default))
            widget.currentIndexChanged.connect(self.update_preview)
            widget.setEditable(False)
            return widget
        if f.kind == "days":
            widget = QSpinBox(self)
            widget.setRange(1, 60)
            widget.setValue(int(f.default or 20))
            widget.setSuffix(" 个工作日")
            widget.valueChanged.connect(self.update_preview)
            return widget
        if f.kind == "text":
            widget = QPlainTextEdit(self)
            widget.setPlaceholderText(f.placeholder)
            widget.setPlainText(str(f.default or ""))
            widget.setMaximumHeight(80)
            widget.textChanged.connect(lambda: self.typed.add(f.key))
            widget.textChanged.connect(self.update_preview)
            return widget
        widget = QLineEdit(self)
        widget.setPlaceholderText(f.placeholder)
        widget.setText(str(f.default or ""))
        widget.textEdited.connect(lambda _text: self.typed.add(f.key))
        widget.textChanged.connect(self.update_preview)
        return widget

    def values(self) -> dict:
        out: dict = {"day": self.ui.dateEdit.day()}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentText()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            else:
                out[key] = widget.text()
        return out

    def still_to_fill(self) -> bool:
        """Whether a field to fill in is still empty and untouched (the clerk has not got to it yet)."""
        return any(not f.optional and f.key not in self.typed and not _text_of(self.inputs[f.key]).strip()
                   for f in self.fields if f.kind in ("line", "text"))

    def update_preview(self) -> None:
        """The state and due day after the step, or why it would be refused (nothing is kept). While the form is
        still being filled in, a refusal is the hint of what is missing (grey), not an error (red)."""
        if self.ui.dateEdit.typing():
            self._show_preview(f"办理后的状态和答复期限{self.ui.dateEdit.pending_hint()}", GREY)
            return
        session = self.ctx.db.session()
        try:
            session.begin()
            self.apply(session, self.request_id, **self.values())
            session.flush()
            request = rq.get_request(session, self.request_id)
            status = rq.status_of(session, request)
            due = f"，答复期限{format_cn(status.due)}" if status.due and status.answer is None else ""
            text, colour = f"办理后：{status.state}{due}（{status.clock.describe()}）", GREY
        except USER_ERRORS as exc:
            text, colour = (str(exc), GREY) if self.still_to_fill() else (f"不能办理：{exc}", RED)
        finally:
            session.rollback()
            session.close()
        self._show_preview(text, colour)

    def _show_preview(self, text: str, colour: str) -> None:
        self.ui.previewLabel.setText(text)
        self.ui.previewLabel.setStyleSheet(f"color: {colour};")

    def accept(self) -> None:
        try:
            with self.ctx.db.transaction() as s:
                before = rq.request_rows(s, self.request_id)
                self.apply(s, self.request_id, **self.values())
                self.change = (self.request_id, before, rq.request_rows(s, self.request_id))
        except USER_ERRORS as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            return
        super().accept()


def _text_of(widget: QWidget) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
