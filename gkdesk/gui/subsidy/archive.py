"""Photos of the posted notice and the signed list of one batch, and 归档 once its period is over."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import ENDED, PUBLISHING
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error, show_user_error
from gkdesk.gui.forms.ui_subsidy_archive import Ui_ArchiveDialog
from gkdesk.services import archive, subsidy
from gkdesk.services.errors import USER_ERRORS


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
