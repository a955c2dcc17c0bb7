"""Photos of the posted notice and the signed list of one batch (a preview of the selected one, a double click
opens it), and 归档 once its period is over: what stops it is said before the clerk is asked to confirm."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import ENDED, PUBLISHING
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error, show_user_error, written
from gkdesk.gui.forms.ui_subsidy_archive import Ui_ArchiveDialog
from gkdesk.gui.tasks import run_task
from gkdesk.gui.widgets.files import ask_open_paths, open_path
from gkdesk.services import archive, subsidy
from gkdesk.services.errors import USER_ERRORS, UserError
from gkdesk.services.subsidy import AttachmentRow

ATTACHMENT_COLUMNS = ("类型", "文件名", "大小", "上传时间")


def fill_attachment_table(table: QTableWidget, attachments: tuple[AttachmentRow, ...]) -> None:
    """The photos and scans of a batch: the file name takes the width and wraps onto a second line rather than
    being cut (a phone names its photos at length)."""
    if table.columnCount() != len(ATTACHMENT_COLUMNS):
        table.setColumnCount(len(ATTACHMENT_COLUMNS))
        table.setHorizontalHeaderLabels(ATTACHMENT_COLUMNS)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(len(ATTACHMENT_COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
    table.setRowCount(len(attachments))
    for i, a in enumerate(attachments):
        for j, text in enumerate((a.kind, a.original_name, f"{max(1, a.size // 1024)} KB",
                                  a.added_at.strftime("%Y-%m-%d %H:%M"))):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(i, j, item)
    table.resizeRowsToContents()


class ArchiveDialog(QDialog):
    """Photos of the posted notice and the signed list, then 归档 once the period is over."""

    def __init__(self, ctx: AppContext, batch_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.batch_id = ctx, batch_id
        self.changed = False
        self.task = None
        self.ui = Ui_ArchiveDialog()
        self.ui.setupUi(self)
        self.ui.attachmentTable.itemSelectionChanged.connect(self.show_preview)
        self.ui.attachmentTable.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.ui.addPhotoButton.clicked.connect(lambda: self.add(archive.PHOTO))
        self.ui.addSignedButton.clicked.connect(lambda: self.add(archive.SIGNED_LIST))
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.archiveButton.clicked.connect(self.archive)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        with self.ctx.db.session() as s:
            self.detail = subsidy.batch_detail(s, self.batch_id)
        d = self.detail
        self.ui.titleLabel.setText(f"<b>{d.row.title}</b>")
        fill_attachment_table(self.ui.attachmentTable, d.attachments)
        if d.attachments:
            self.ui.attachmentTable.selectRow(len(d.attachments) - 1)  # the one just added
        self.show_preview()
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
        names = ask_open_paths(self, f"选择{kind}", "图片和扫描件 (*.jpg *.jpeg *.png *.bmp *.heic *.pdf);;所有文件 (*)")
        if not names:
            return
        db, batch_id = self.ctx.db, self.batch_id

        def work(cancelled, progress) -> tuple[int, BaseException | None]:
            """Copy the files in (photos can be large); stop at the first that cannot be taken."""
            for n, name in enumerate(names):
                if cancelled.is_set():
                    return n, None
                progress(n, len(names), Path(name).name)
                try:
                    archive.attach(db, batch_id, name, kind)
                except Exception as exc:  # noqa: BLE001 — shown after the files before it were kept
                    return n, exc
            return len(names), None

        self.task = run_task(self, f"正在保存{kind}…", work, self.attached,
                             lambda exc: report_error(exc, self, self.ctx.folder.log_file), cancellable=True,
                             writes=True)

    def attached(self, outcome: tuple[int, BaseException | None]) -> None:
        added, error = outcome
        self.changed = self.changed or added > 0
        self.load()
        if error is not None:
            report_error(error, self, self.ctx.folder.log_file)

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

    def selected(self) -> AttachmentRow | None:
        row = self.ui.attachmentTable.currentRow()
        return self.detail.attachments[row] if 0 <= row < len(self.detail.attachments) else None

    def show_preview(self) -> None:
        label, att = self.ui.previewLabel, self.selected()
        picture = QPixmap(str(self.ctx.folder.root / att.stored_path)) if att is not None else QPixmap()
        if picture.isNull():
            label.setPixmap(QPixmap())
            label.setText("选中一张照片，在这里查看" if att is None else
                          f"“{att.original_name}”不能在这里预览，双击用电脑上的程序打开。")
            return
        label.setPixmap(picture.scaled(label.width() - 8, max(label.height() - 8, 120),
                                       Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation))

    def open_selected(self) -> None:
        if (att := self.selected()) is not None:
            open_path(self.ctx.folder.root / att.stored_path)

    def archive(self) -> None:
        with self.ctx.db.session() as s:
            refusal = archive.archive_refusal(s, self.batch_id)
        if refusal:  # said before asking "归档…吗？", not after
            show_user_error(UserError(refusal), self, "还不能归档")
            return
        if not confirm(self, "确认归档", f"归档“{self.detail.row.title}”吗？\n归档后名单、异议记录和照片都将锁定，"
                       "不能再修改。"):
            return
        if not written(self.ctx.db, self, lambda s: archive.archive_batch(s, self.batch_id, clock.today())):
            return
        self.changed = True
        QMessageBox.information(self, "已归档", f"“{self.detail.row.title}”已归档，名单和附件已锁定。\n"
                                "可以点“导出归档包…”把公示、名单、异议记录和照片存到U盘交村委会留存。")
        self.accept()
