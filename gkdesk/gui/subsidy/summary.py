"""上报汇总表 for a period or a year, exported as .xlsx: the posted lists, the others on request in a block of their
own, with the 报备表's header block (填报人, 联系电话, 审核人)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gkdesk import clock
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error
from gkdesk.gui.forms.ui_subsidy_summary import Ui_SummaryDialog
from gkdesk.gui.widgets.files import ask_save_path, write_in_background
from gkdesk.services import settings, subsidy, summary


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
            unit = settings.get_unit(s)
            self.ui.fillerEdit.setText(settings.get_setting(s, "clerk_name") or "")
            self.ui.phoneEdit.setText(unit.phone if unit else "")
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
                doc = summary.build_summary(s, period=period, year=year,
                                            include_unposted=self.ui.unpostedCheck.isChecked(),
                                            filler=self.ui.fillerEdit.text().strip(),
                                            phone=self.ui.phoneEdit.text().strip(),
                                            reviewer=self.ui.reviewerEdit.text().strip(), today=clock.today())
        except Exception as exc:  # noqa: BLE001
            report_error(exc, self, self.ctx.folder.log_file)
            return
        path = ask_save_path(self, "导出汇总表", f"{doc.title}.xlsx", "Excel 表格 (*.xlsx)")
        if path is not None:
            self.task = write_in_background(self, self.ctx, "正在导出…", lambda: write_xlsx(doc, path), path,
                                            done=self.accept)
