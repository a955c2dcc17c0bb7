"""The small dialogs of the 惠民补贴公示 page: new list, review, publish, objection and its result, a list row.

A dialog that writes does it when 确定 is pressed, through the services in one transaction; a refusal (a
UserError) is shown and the dialog stays open so the clerk can correct it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import LIST_REMARKS, NATURAL_DAYS
from gkdesk.gui.confirm import AsksBeforeDiscarding
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import show_user_error
from gkdesk.gui.forms.ui_subsidy_new_batch import Ui_NewBatchDialog
from gkdesk.gui.forms.ui_subsidy_objection import Ui_ObjectionDialog
from gkdesk.gui.forms.ui_subsidy_publish import Ui_PublishDialog
from gkdesk.gui.forms.ui_subsidy_recipient import Ui_RecipientDialog
from gkdesk.gui.forms.ui_subsidy_resolve import Ui_ResolveDialog
from gkdesk.gui.forms.ui_subsidy_review import Ui_ReviewDialog
from gkdesk.gui.subsidy.models import recipient_text
from gkdesk.gui.widgets.dates import DateEdit, qdate
from gkdesk.gui.widgets.names import offer_names
from gkdesk.services import calendar as calendar_service
from gkdesk.services import names, settings, subsidy
from gkdesk.services.errors import USER_ERRORS, UserError
from gkdesk.services.subsidy import OBJECTION_REJECTED, OBJECTION_UPHELD, ObjectionRow, RecipientRow
from gkdesk.store.models import SubsidyProgram, Village

WEEKDAYS = "一二三四五六日"


def fill_programs(combo, session) -> None:
    combo.clear()
    for p in subsidy.list_programs(session, active_only=True):
        combo.addItem(p.name, p.id)


def fill_villages(combo, session) -> None:
    combo.clear()
    for v in settings.villages(session):
        combo.addItem(v.name, v.id)


class ServiceDialog(AsksBeforeDiscarding, QDialog):
    """A form whose 确定 writes through the services; `save(session)` does the writing."""

    form: type

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = self.form()
        self.ui.setupUi(self)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self, session) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            with self.ctx.db.transaction() as session:
                self.save(session)
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        super().accept()


class NewBatchDialog(ServiceDialog):
    form = Ui_NewBatchDialog

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.batch_id: int | None = None
        with ctx.db.session() as s:
            fill_programs(self.ui.programCombo, s)
            fill_villages(self.ui.villageCombo, s)
        self.ui.periodEdit.setText(f"{clock.today().year}年度")

    def save(self, session) -> None:
        program_id, village_id = self.ui.programCombo.currentData(), self.ui.villageCombo.currentData()
        if program_id is None:
            raise UserError("还没有补贴项目，请先点“补贴项目…”添加。")
        if village_id is None:
            raise UserError("还没有村，请先在“设置 → 村和村民小组”中添加。")
        batch = subsidy.create_batch(session, session.get(SubsidyProgram, program_id),
                                     session.get(Village, village_id), self.ui.periodEdit.text())
        self.batch_id = batch.id


class ReviewDialog(ServiceDialog):
    form = Ui_ReviewDialog

    def __init__(self, ctx: AppContext, batch_id: int, title: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.batch_id = batch_id
        self.ui.titleLabel.setText(f"<b>{title}</b>")
        self.ui.dateEdit.setDate(qdate(clock.today()))
        self.ui.opinionEdit.setPlainText(subsidy.DEFAULT_REVIEW_OPINION)
        with ctx.db.session() as s:
            offer_names(self.ui.reviewerEdit, names.remembered_names(s, names.REVIEWER))

    def save(self, session) -> None:
        subsidy.review(session, self.batch_id, self.ui.reviewerEdit.text(), self.ui.dateEdit.day(),
                       self.ui.opinionEdit.toPlainText())


class PublishDialog(ServiceDialog):
    """开始日期 → the end date computed live on the working-day calendar, with a warning for a year whose
    holidays are not known."""

    form = Ui_PublishDialog

    def __init__(self, ctx: AppContext, batch_id: int, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.batch_id = batch_id
        self.ui.calendarWarning.setObjectName("warningBanner")
        with ctx.db.session() as s:
            detail = subsidy.batch_detail(s, batch_id)
            self.calendar = calendar_service.load_calendar(s)
        self.program = detail.program
        self.ui.titleLabel.setText(f"<b>{detail.row.title}</b>")
        self.ui.lengthValue.setText(f"{self.program.period_text}（开始和结束当天都算）")
        self.ui.startDateEdit.day_changed.connect(self.update_end)
        self.ui.startDateEdit.setDate(qdate(clock.today()))
        self.update_end()

    def end_date(self) -> dt.date:
        return self.calendar.publicity_end(self.ui.startDateEdit.day(), self.program.period_days,
                                           self.program.period_unit)

    def update_end(self) -> None:
        if self.ui.startDateEdit.typing():  # not a whole date yet: no end date from half of one
            self.ui.endValue.setText(self.ui.startDateEdit.pending_hint())
            self.ui.calendarWarning.hide()
            return
        end = self.end_date()
        self.ui.endValue.setText(f"<b>{format_cn(end)}</b>（星期{WEEKDAYS[end.weekday()]}）")
        start = self.ui.startDateEdit.day()
        unofficial = [] if self.program.period_unit == NATURAL_DAYS else self.calendar.fallback_years(start, end)
        self.ui.calendarWarning.setVisible(bool(unofficial))
        if unofficial:
            years = "、".join(f"{y}年" for y in unofficial)
            self.ui.calendarWarningLabel.setText(
                f"⚠ {years}的节假日安排还没有录入，工作日暂按周一至周五推算，结束日期可能不准。"
                "请先在“设置 → 工作日历”中录入当年的放假和调休安排。")

    def save(self, session) -> None:
        subsidy.publish(session, self.batch_id, self.ui.startDateEdit.day(), calendar=self.calendar)


class ObjectionDialog(ServiceDialog):
    form = Ui_ObjectionDialog

    def __init__(self, ctx: AppContext, batch_id: int, title: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.batch_id = batch_id
        self.ui.titleLabel.setText(f"<b>{title}</b>")
        self.ui.dateEdit.setDate(qdate(clock.today()))

    def save(self, session) -> None:
        subsidy.add_objection(session, self.batch_id, self.ui.dateEdit.day(), self.ui.personEdit.text(),
                              self.ui.contactEdit.text(), self.ui.contentEdit.toPlainText())


class ResolveDialog(ServiceDialog):
    form = Ui_ResolveDialog

    def __init__(self, ctx: AppContext, objection: ObjectionRow, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.objection = objection
        self.ui.objectionLabel.setText(
            f"{format_cn(objection.received_on)} 收到{objection.person}反映：{objection.content}")
        self.ui.resultCombo.addItems([OBJECTION_UPHELD, OBJECTION_REJECTED])
        self.ui.resultCombo.setPlaceholderText("请选择")
        self.ui.resultCombo.setCurrentIndex(-1)
        self.reasonEdit: QLineEdit | None = None
        if objection.closed_on:
            self.ui.handlingEdit.setPlainText(objection.handling)
            self.ui.resultCombo.setCurrentText(objection.result)
            # An objection already resolved changes only with a reason, which the audit log keeps.
            self.reasonEdit = QLineEdit()
            self.reasonEdit.setPlaceholderText("已办结的异议，修改须写明原因，如：镇纪委复核后改判")
            self.ui.resolveForm.addRow("修改原因", self.reasonEdit)
            self.setWindowTitle("修改已办结的异议")
        self.ui.closedDateEdit.setDate(qdate(objection.closed_on or clock.today()))

    def save(self, session) -> None:
        subsidy.resolve_objection(session, self.objection.id, self.ui.handlingEdit.toPlainText(),
                                  self.ui.resultCombo.currentText(), self.ui.closedDateEdit.day(),
                                  reason=self.reasonEdit.text() if self.reasonEdit is not None else "")


# Dialog fields of a list row → the field names of add_recipient / update_recipient.
RECIPIENT_FIELDS = (("groupCombo", "group_name"), ("nameEdit", "name"), ("idEdit", "id_number"),
                    ("householdEdit", "household_size"), ("quantityEdit", "quantity"), ("standardEdit", "standard"),
                    ("amountEdit", "amount"), ("payMethodEdit", "pay_method"), ("accountEdit", "account"),
                    ("phoneEdit", "phone"), ("payDateEdit", "pay_date"), ("remarkCombo", "remark"))
ROW_TEXT = {"group_name": "group_name", "name": "name", "id_number": "id_number", "household_size": "household_size",
            "quantity": "quantity_text", "standard": "standard_text", "amount": "amount_text",
            "pay_method": "pay_method", "account": "account", "phone": "phone", "pay_date": "pay_date",
            "remark": "remark"}


def row_texts(row: RecipientRow) -> dict[str, str]:
    return {field: recipient_text(row, attr) for field, attr in ROW_TEXT.items()}


class RecipientDialog(AsksBeforeDiscarding, QDialog):
    """Add or change one row. `submit(fields)` writes it (through an undoable command); a refusal is shown
    in the dialog, which stays open."""

    def __init__(self, groups: list[str], row: RecipientRow | None, submit: Callable[[dict[str, str]], None],
                 parent: QWidget | None = None, titles: tuple[str, str] | None = None):
        """`titles`: the quantity's and the standard's, as the list heads them (面积(亩), 补贴标准(元/亩))."""
        super().__init__(parent)
        self.ui = Ui_RecipientDialog()
        self.ui.setupUi(self)
        if titles:
            self.ui.quantityLabel.setText(titles[0])
            self.ui.standardLabel.setText(titles[1])
        self.ui.errorLabel.setObjectName("error")
        self.submit = submit
        self.ui.groupCombo.addItems(groups)
        self.ui.remarkCombo.addItems(["", *LIST_REMARKS])
        self.ui.payDateEdit.set_optional()
        self.setWindowTitle("修改名单中的一行" if row else "添加一行")
        self.before = row_texts(row) if row else {}
        for widget, field in RECIPIENT_FIELDS:
            self._set(widget, self.before.get(field, ""))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _set(self, widget: str, text: str) -> None:
        w = getattr(self.ui, widget)
        if isinstance(w, DateEdit):
            w.set_day(dt.date.fromisoformat(text) if text else None)
            return
        (w.setCurrentText if widget.endswith("Combo") else w.setText)(text)

    def fields(self) -> dict[str, str]:
        out = {}
        for widget, field in RECIPIENT_FIELDS:
            w = getattr(self.ui, widget)
            if isinstance(w, DateEdit):
                day = w.day()
                out[field] = day.isoformat() if day else ""
                continue
            out[field] = (w.currentText() if widget.endswith("Combo") else w.text()).strip()
        return out

    def changed_fields(self) -> dict[str, str]:
        return {k: v for k, v in self.fields().items() if v != self.before.get(k, "")}

    def accept(self) -> None:
        try:
            self.submit(self.changed_fields() if self.before else self.fields())
        except USER_ERRORS as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        super().accept()
