"""The small dialogs of the 惠民补贴公示 page: new list, review, publish, objection and its result, a list row,
the notice (print and export), photos and archiving, the upward summary.

A dialog that writes does it when 确定 is pressed, through the services in one transaction; a refusal (a
UserError) is shown and the dialog stays open so the clerk can correct it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import ENDED, LIST_REMARKS, NATURAL_DAYS, PUBLISHING
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error, show_user_error
from gkdesk.gui.forms.ui_subsidy_archive import Ui_ArchiveDialog
from gkdesk.gui.forms.ui_subsidy_new_batch import Ui_NewBatchDialog
from gkdesk.gui.forms.ui_subsidy_notice import Ui_NoticeDialog
from gkdesk.gui.forms.ui_subsidy_objection import Ui_ObjectionDialog
from gkdesk.gui.forms.ui_subsidy_publish import Ui_PublishDialog
from gkdesk.gui.forms.ui_subsidy_recipient import Ui_RecipientDialog
from gkdesk.gui.forms.ui_subsidy_resolve import Ui_ResolveDialog
from gkdesk.gui.forms.ui_subsidy_review import Ui_ReviewDialog
from gkdesk.gui.forms.ui_subsidy_summary import Ui_SummaryDialog
from gkdesk.gui.subsidy_models import recipient_text
from gkdesk.gui.widgets.dates import pydate, qdate
from gkdesk.gui.widgets.files import ask_save_path, write_in_background
from gkdesk.services import archive, notice, settings, subsidy, summary
from gkdesk.services import calendar as calendar_service
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


class ServiceDialog(QDialog):
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

    def save(self, session) -> None:
        subsidy.review(session, self.batch_id, self.ui.reviewerEdit.text(), pydate(self.ui.dateEdit.date()),
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
        self.ui.startDateEdit.dateChanged.connect(self.update_end)
        self.ui.startDateEdit.setDate(qdate(clock.today()))
        self.update_end()

    def end_date(self) -> dt.date:
        return self.calendar.publicity_end(pydate(self.ui.startDateEdit.date()), self.program.period_days,
                                           self.program.period_unit)

    def update_end(self) -> None:
        end = self.end_date()
        self.ui.endValue.setText(f"<b>{format_cn(end)}</b>（星期{WEEKDAYS[end.weekday()]}）")
        start = pydate(self.ui.startDateEdit.date())
        unofficial = [] if self.program.period_unit == NATURAL_DAYS else self.calendar.fallback_years(start, end)
        self.ui.calendarWarning.setVisible(bool(unofficial))
        if unofficial:
            years = "、".join(f"{y}年" for y in unofficial)
            self.ui.calendarWarningLabel.setText(
                f"⚠ {years}的节假日安排还没有录入，工作日暂按周一至周五推算，结束日期可能不准。"
                "请先在“设置 → 工作日历”中录入当年的放假和调休安排。")

    def save(self, session) -> None:
        subsidy.publish(session, self.batch_id, pydate(self.ui.startDateEdit.date()), calendar=self.calendar)


class ObjectionDialog(ServiceDialog):
    form = Ui_ObjectionDialog

    def __init__(self, ctx: AppContext, batch_id: int, title: str, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.batch_id = batch_id
        self.ui.titleLabel.setText(f"<b>{title}</b>")
        self.ui.dateEdit.setDate(qdate(clock.today()))

    def save(self, session) -> None:
        subsidy.add_objection(session, self.batch_id, pydate(self.ui.dateEdit.date()), self.ui.personEdit.text(),
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
        if objection.closed_on:
            self.ui.handlingEdit.setPlainText(objection.handling)
            self.ui.resultCombo.setCurrentText(objection.result)
        self.ui.closedDateEdit.setDate(qdate(objection.closed_on or clock.today()))

    def save(self, session) -> None:
        subsidy.resolve_objection(session, self.objection.id, self.ui.handlingEdit.toPlainText(),
                                  self.ui.resultCombo.currentText(), pydate(self.ui.closedDateEdit.date()))


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


class RecipientDialog(QDialog):
    """Add or change one row. `submit(fields)` writes it (through an undoable command); a refusal is shown
    in the dialog, which stays open."""

    def __init__(self, groups: list[str], row: RecipientRow | None, submit: Callable[[dict[str, str]], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RecipientDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setObjectName("error")
        self.submit = submit
        self.ui.groupCombo.addItems(groups)
        self.ui.remarkCombo.addItems(["", *LIST_REMARKS])
        self.setWindowTitle("修改名单中的一行" if row else "添加一行")
        self.before = row_texts(row) if row else {}
        for widget, field in RECIPIENT_FIELDS:
            self._set(widget, self.before.get(field, ""))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _set(self, widget: str, text: str) -> None:
        w = getattr(self.ui, widget)
        (w.setCurrentText if widget.endswith("Combo") else w.setText)(text)

    def fields(self) -> dict[str, str]:
        out = {}
        for widget, field in RECIPIENT_FIELDS:
            w = getattr(self.ui, widget)
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


class NoticeDialog(QDialog):
    """纸张, 横向, 大字版 → 打印预览, PDF, Word, and the list as Excel."""

    def __init__(self, ctx: AppContext, batch_id: int, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.batch_id, self.title = ctx, batch_id, title
        self.ui = Ui_NoticeDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(f"<b>{title}</b>")
        self.ui.paperCombo.addItems(["A4", "A3"])
        with ctx.db.session() as s:
            self.ui.paperCombo.setCurrentText(settings.get_setting(s, "notice_paper") or "A4")
            wide = notice.suggests_landscape(subsidy.get_batch(s, batch_id).program)
            self.ui.landscapeCheck.setChecked(wide or bool(settings.get_setting(s, "notice_landscape")))
        if wide:
            self.ui.landscapeCheck.setToolTip("这份名单列数较多，已默认横向：纵向时表格字号会很小。")
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.pdfButton.clicked.connect(self.export_pdf)
        self.ui.docxButton.clicked.connect(self.export_docx)
        self.ui.xlsxButton.clicked.connect(self.export_xlsx)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.task = None

    def options(self) -> dict:
        return {"paper": self.ui.paperCombo.currentText(), "landscape": self.ui.landscapeCheck.isChecked(),
                "large_print": self.ui.largeCheck.isChecked()}

    def document(self, builder=None):
        """The notice (or the list) as the services build it; None after showing why it cannot be printed."""
        try:
            with self.ctx.db.session() as s:
                if builder is None:
                    return notice.build_notice(s, self.batch_id, today=clock.today(), **self.options())
                return builder(s, self.batch_id, **self.options())
        except Exception as exc:  # noqa: BLE001 — shown: a refusal as its sentence, a bug logged
            report_error(exc, self, self.ctx.folder.log_file)
            return None

    def preview(self) -> None:
        from gkdesk.gui.printing import show_print_preview

        doc = self.document()
        if doc is not None:
            try:
                show_print_preview(doc, self)
            except USER_ERRORS as exc:
                show_user_error(exc, self)

    def _export(self, suffix: str, file_filter: str, write, builder=None, name: str | None = None) -> None:
        doc = self.document(builder)
        if doc is None:
            return
        path = ask_save_path(self, "导出", f"{name or self.title}{suffix}", file_filter)
        if path is not None:
            self.task = write_in_background(self, self.ctx, "正在导出…", lambda: write(doc, path), path)

    def export_pdf(self) -> None:
        from gkdesk.gui.printing import print_to_pdf

        self._export(".pdf", "PDF 文件 (*.pdf)", print_to_pdf)

    def export_docx(self) -> None:
        from gkdesk.io.docx_writer import write_docx

        self._export(".docx", "Word 文档 (*.docx)", write_docx)

    def export_xlsx(self) -> None:
        from gkdesk.io.xlsx_writer import write_xlsx

        name = self.title[:-3] + "名单" if self.title.endswith("的公示") else f"{self.title}名单"
        self._export(".xlsx", "Excel 表格 (*.xlsx)", write_xlsx, notice.list_document, name)


class ArchiveDialog(QDialog):
    """Photos of the posted notice and the signed list, then 归档 once the period is over."""

    def __init__(self, ctx: AppContext, batch_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.batch_id = ctx, batch_id
        self.changed = False
        self.ui = Ui_ArchiveDialog()
        self.ui.setupUi(self)
        self.ui.attachmentTable.setColumnCount(4)
        self.ui.attachmentTable.setHorizontalHeaderLabels(["类型", "文件名", "大小", "上传时间"])
        self.ui.attachmentTable.horizontalHeader().setStretchLastSection(True)
        self.ui.addPhotoButton.clicked.connect(lambda: self.add(archive.PHOTO))
        self.ui.addSignedButton.clicked.connect(lambda: self.add(archive.SIGNED_LIST))
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.archiveButton.clicked.connect(self.archive)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        with self.ctx.db.session() as s:
            self.detail = subsidy.batch_detail(s, self.batch_id)
        d, table = self.detail, self.ui.attachmentTable
        self.ui.titleLabel.setText(f"<b>{d.row.title}</b>")
        table.setRowCount(len(d.attachments))
        for i, a in enumerate(d.attachments):
            for j, text in enumerate((a.kind, a.original_name, f"{max(1, a.size // 1024)} KB",
                                      a.added_at.strftime("%Y-%m-%d %H:%M"))):
                table.setItem(i, j, QTableWidgetItem(text))
        photos = sum(a.kind == archive.PHOTO for a in d.attachments)
        self.ui.archiveButton.setEnabled(d.state == ENDED)
        if d.state == PUBLISHING:
            state = f"公示中，{format_cn(d.row.end_date)}期满后才能归档；照片可以现在上传。"
        elif d.state == ENDED:
            state = "公示期已满，可以归档。" if photos else "公示期已满；请先上传至少一张张贴公示的照片，再归档。"
        else:
            state = f"当前状态：{d.state}。"
        self.ui.stateLabel.setText(state)

    def add(self, kind: str) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, f"选择{kind}", str(Path.home()),
                                                "图片和扫描件 (*.jpg *.jpeg *.png *.bmp *.heic *.pdf);;所有文件 (*)")
        for name in names:
            try:
                archive.attach(self.ctx.db, self.batch_id, name, kind)
            except Exception as exc:  # noqa: BLE001
                report_error(exc, self, self.ctx.folder.log_file)
                break
            self.changed = True
        self.load()

    def remove(self) -> None:
        row = self.ui.attachmentTable.currentRow()
        if row < 0:
            return
        att = self.detail.attachments[row]
        if not confirm(self, "删除附件", f"删除附件“{att.original_name}”吗？"):
            return
        try:
            archive.remove_attachment(self.ctx.db, att.id)
            self.changed = True
        except USER_ERRORS as exc:
            show_user_error(exc, self)
        self.load()

    def archive(self) -> None:
        if not confirm(self, "确认归档", f"归档“{self.detail.row.title}”吗？\n归档后名单、异议记录和照片都将锁定，"
                       "不能再修改。"):
            return
        try:
            with self.ctx.db.transaction() as s:
                archive.archive_batch(s, self.batch_id, clock.today())
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        self.changed = True
        QMessageBox.information(self, "已归档", f"“{self.detail.row.title}”已归档，名单和附件已锁定。\n"
                                "可以点“导出归档包…”把公示、名单、异议记录和照片存到U盘交村委会留存。")
        self.accept()


class SummaryDialog(QDialog):
    """上报汇总表 for a period or a year → .xlsx."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SummaryDialog()
        self.ui.setupUi(self)
        self.task = None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText("导出…")
        self.ui.buttonBox.accepted.connect(self.export)
        self.ui.buttonBox.rejected.connect(self.reject)
        with ctx.db.session() as s:
            periods = sorted({b.period for b in subsidy.list_batches(s)}, reverse=True)
        self.ui.periodCombo.addItems(periods or [f"{clock.today().year}年度"])
        self.ui.yearSpin.setValue(clock.today().year)
        self.ui.yearSpin.setEnabled(False)
        self.ui.periodRadio.toggled.connect(self.ui.periodCombo.setEnabled)
        self.ui.yearRadio.toggled.connect(self.ui.yearSpin.setEnabled)

    def scope(self) -> tuple[str | None, int | None]:
        if self.ui.yearRadio.isChecked():
            return None, self.ui.yearSpin.value()
        return self.ui.periodCombo.currentText().strip() or None, None

    def export(self) -> None:
        from gkdesk.io.xlsx_writer import write_xlsx

        period, year = self.scope()
        try:
            with self.ctx.db.session() as s:
                doc = summary.build_summary(s, period=period, year=year, today=clock.today())
        except Exception as exc:  # noqa: BLE001
            report_error(exc, self, self.ctx.folder.log_file)
            return
        path = ask_save_path(self, "导出汇总表", f"{doc.title}.xlsx", "Excel 表格 (*.xlsx)")
        if path is not None:
            self.task = write_in_background(self, self.ctx, "正在导出…", lambda: write_xlsx(doc, path), path,
                                            done=self.accept)
