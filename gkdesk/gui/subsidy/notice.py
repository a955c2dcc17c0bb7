"""The notice of one batch: 纸张, 横向, 大字版 → 打印预览, PDF, Word, and the list as Excel."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from gkdesk import clock
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error, show_user_error
from gkdesk.gui.forms.ui_subsidy_notice import Ui_NoticeDialog
from gkdesk.gui.widgets.files import ask_save_path, write_in_background
from gkdesk.services import notice, settings, subsidy
from gkdesk.services.errors import USER_ERRORS


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
