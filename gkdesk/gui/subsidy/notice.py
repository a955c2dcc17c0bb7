"""The notice of one batch: 纸张, 横向, 大字版 → 打印预览, PDF, Word, and the list as Excel."""
from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from gkdesk import clock
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error, show_user_error
from gkdesk.gui.forms.ui_subsidy_notice import Ui_NoticeDialog
from gkdesk.gui.widgets.files import ask_save_path, write_in_background
from gkdesk.io import layout
from gkdesk.io.document import Document, PageSetup
from gkdesk.services import notice, settings, subsidy
from gkdesk.services.errors import USER_ERRORS


class NoticeDialog(QDialog):
    """纸张, 横向, 大字版 → 打印预览, PDF, Word, and the list as Excel. Opens with the layout the notice was posted
    in (else the unit's, oriented for the list) and says, before anything is written, what the layout leaves out
    (an empty column) and when large print does not fit the paper, with the paper that will do."""

    def __init__(self, ctx: AppContext, batch_id: int, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.batch_id, self.title = ctx, batch_id, title
        self.ui = Ui_NoticeDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(f"<b>{title}</b>")
        self.ui.paperCombo.addItems(["A4", "A3"])
        self.task = None
        self.suggestion: PageSetup | None = None
        self._notice: Document | None = None
        proposed = self._proposed_layout()
        self.ui.paperCombo.setCurrentText(proposed.paper)
        self.ui.landscapeCheck.setChecked(proposed.landscape)
        self.ui.largeCheck.setChecked(proposed.large_print)
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.pdfButton.clicked.connect(self.export_pdf)
        self.ui.docxButton.clicked.connect(self.export_docx)
        self.ui.xlsxButton.clicked.connect(self.export_xlsx)
        self.ui.suggestButton.clicked.connect(self.use_suggestion)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.paperCombo.currentTextChanged.connect(self.check_layout)
        self.ui.landscapeCheck.toggled.connect(self.check_layout)
        self.ui.largeCheck.toggled.connect(self.check_layout)
        self.check_layout()

    def _proposed_layout(self) -> notice.NoticeLayout:
        with self.ctx.db.session() as s:
            try:
                return notice.proposed_layout(s, self.batch_id)
            except USER_ERRORS:   # not reviewed yet: the unit's paper; the refusal is shown on output
                return notice.NoticeLayout(settings.get_setting(s, "notice_paper") or "A4",
                                           bool(settings.get_setting(s, "notice_landscape")), False)

    def options(self) -> dict:
        return {"paper": self.ui.paperCombo.currentText(), "landscape": self.ui.landscapeCheck.isChecked(),
                "large_print": self.ui.largeCheck.isChecked()}

    def check_layout(self) -> None:
        """What the chosen layout means for this list, said before anything is written: columns left out, and
        large print that the paper cannot hold (then nothing can be output until the paper changes)."""
        if self._notice is None:
            try:
                with self.ctx.db.session() as s:
                    self._notice = notice.build_notice(s, self.batch_id, today=clock.today())
            except USER_ERRORS:
                self._notice = None
        lines: list[str] = []
        self.suggestion = None
        blocked = False
        if self._notice is not None:
            lines += [html.escape(line) for line in self._notice.advice]
            page = PageSetup(**self.options())
            asked = replace(self._notice, page=page)
            if page.large_print and not layout.fits_on(asked):
                self.suggestion = layout.suggest_page(asked)
                problem = html.escape(layout.large_print_problem(page, self.suggestion))
                lines.append(f'<span style="color: #b00020">{problem}</span>')
                blocked = True
        self.ui.layoutLabel.setText("<br>".join(lines))
        self.ui.layoutLabel.setVisible(bool(lines))
        self.ui.suggestButton.setVisible(self.suggestion is not None)
        if self.suggestion is not None:
            self.ui.suggestButton.setText(f"改用{layout.page_name(self.suggestion)}")
        for button in (self.ui.previewButton, self.ui.pdfButton, self.ui.docxButton, self.ui.xlsxButton):
            button.setEnabled(not blocked)

    def use_suggestion(self) -> None:
        if self.suggestion is not None:
            page = self.suggestion
            self.ui.paperCombo.setCurrentText(page.paper)
            self.ui.landscapeCheck.setChecked(page.landscape)

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

        self._export(".xlsx", "Excel 表格 (*.xlsx)", write_xlsx, notice.list_document, subsidy.list_title(self.title))
