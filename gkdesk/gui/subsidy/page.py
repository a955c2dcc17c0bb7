"""惠民补贴公示: the list of publicity batches (filters, countdowns) and one batch at a time, with the life-cycle
actions enabled for the batch's state. The services decide; a refusal is shown as their sentence."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QToolBar, QWidget

from gkdesk import clock
from gkdesk.domain import lifecycle
from gkdesk.domain.vocab import ARCHIVED, BATCH_STATES, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error, show_user_error, written
from gkdesk.gui.forms.ui_subsidy_page import Ui_SubsidyPage
from gkdesk.gui.pages import Page
from gkdesk.gui.subsidy.archive import ArchiveDialog
from gkdesk.gui.subsidy.batch_view import BatchView, next_step
from gkdesk.gui.subsidy.dialogs import NewBatchDialog, ObjectionDialog, PublishDialog, ReviewDialog
from gkdesk.gui.subsidy.import_dialog import ImportDialog
from gkdesk.gui.subsidy.models import BatchTableModel
from gkdesk.gui.subsidy.notice import NoticeDialog
from gkdesk.gui.subsidy.programs import ProgramDialog
from gkdesk.gui.subsidy.summary import SummaryDialog
from gkdesk.gui.tasks import run_task
from gkdesk.gui.widgets.files import default_folder, remember_folder, show_saved
from gkdesk.services import archive, settings, subsidy
from gkdesk.services.errors import USER_ERRORS
from gkdesk.services.subsidy import BatchDetail

BATCH_COLUMN_WIDTHS = (90, 220, 90, 80, 60, 110, 250, 110)
ALL = None

# key → (text, tooltip)
ACTIONS = {
    "import": ("导入名单…", "从村里报来的 Excel 或 CSV 名单新建一个公示批次"),
    "new": ("新建空白名单", "新建一个空白名单，逐行录入"),
    "programs": ("补贴项目…", "补贴项目的标准、公示期、公示列和监督电话"),
    "summary": ("上报汇总表…", "按村和项目汇总人数和金额，导出 Excel 上报"),
    "open": ("打开", "打开所选批次（Enter）"),
    "submit": ("送审", "名单核对无误后提交保密审查"),
    "review": ("保密审查…", "记录保密审查人、日期和意见（先审后发）"),
    "reopen": ("退回修改", "把待审核的名单退回草稿修改（会清除审查记录）"),
    "publish": ("开始公示…", "确定张贴日期，程序按公示期算出结束日期"),
    "objection": ("登记异议…", "公示期内群众反映的问题"),
    "correct": ("更正重新公示", "异议核实成立后，复制名单改正，重新审查并公示"),
    "notice": ("打印预览/导出公示…", "打印公示或导出 PDF、Word、Excel（需先保密审查）"),
    "archive": ("上传照片并归档…", "上传张贴照片和签字名单，期满后归档"),
    "package": ("导出归档包…", "把公示、名单、异议记录和照片存为一个文件夹或压缩包"),
    "delete": ("删除草稿", "删除尚未送审的草稿（Delete）"),
}
GENERAL = ("import", "new", None, "programs", "summary")
LIFE = ("submit", "review", "publish", "objection", "correct", None, "notice", "archive", "package")
TOOLBAR_STYLE = ("QToolButton { padding: 5px 9px; border: 1px solid transparent; border-radius: 4px; }"
                 "QToolButton:hover { background: #e2e9f1; border-color: #c7d0da; }"
                 "QToolButton:disabled { color: #a9b3bd; }")


class SubsidyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_SubsidyPage()
        ui.setupUi(self)
        ui.titleLabel.setObjectName("pageTitle")
        ui.hintLabel.setObjectName("hint")
        self.detail: BatchDetail | None = None
        self.task = None
        self.undo = QUndoStack(self)

        self.view = BatchView(ctx, self.undo, self)
        ui.stack.addWidget(self.view)
        self.view.back.connect(self.show_list)
        self.view.open_batch.connect(self.open_batch)
        self.view.changed.connect(self._changed)
        self.view.ui.addObjectionButton.clicked.connect(self.register_objection)
        self.view.ui.correctButton.clicked.connect(self.start_correction)
        self.view.ui.archiveButton.clicked.connect(self.attach_and_archive)

        self.model = BatchTableModel(self)
        table = ui.batchTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        for col, width in enumerate(BATCH_COLUMN_WIDTHS):
            table.setColumnWidth(col, width)
        states = (*BATCH_STATES, lifecycle.REVIEWED_WAITING, lifecycle.NOT_STARTED)  # 状态, whole in any font
        table.setColumnWidth(3, max(BATCH_COLUMN_WIDTHS[3],
                                    max(table.fontMetrics().horizontalAdvance(s) for s in states) + 24))
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.activated.connect(lambda index: self.open_batch(self.model.batch(index.row()).id))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table, self.delete_draft,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.batch_actions = self._make_actions()
        self._build_toolbars()
        for combo in (ui.stateCombo, ui.villageCombo, ui.programCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        ui.searchEdit.textChanged.connect(lambda _t: self.refresh_list())
        ui.toArchiveCheck.toggled.connect(lambda _c: self.refresh_list())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_action = self.undo.createUndoAction(self, "撤销")
        undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo_action = self.undo.createRedoAction(self, "重做")
        redo_keys = [QKeySequence("Ctrl+Y")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        redo_action.setShortcuts(redo_keys)
        for action in (undo_action, redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        # The countdowns change at midnight even when nothing else happens.
        self._day = clock.today()
        self.day_timer = QTimer(self, interval=60_000)
        self.day_timer.timeout.connect(  # not while background work runs (a restore has the database closed)
            lambda: clock.today() != self._day and not ctx.tasks.busy and self.refresh())
        self.day_timer.start()
        self.refresh()

    # ---- actions and toolbars ---------------------------------------------------------------------------
    def _make_actions(self) -> dict[str, QAction]:
        slots = {"import": self.import_list, "new": self.new_list, "programs": self.edit_programs,
                 "summary": self.export_summary, "open": self.open_selected, "submit": self.submit,
                 "review": self.review, "reopen": self.reopen, "publish": self.publish,
                 "objection": self.register_objection, "correct": self.start_correction,
                 "notice": self.print_notice, "archive": self.attach_and_archive,
                 "package": self.export_package, "delete": self.delete_draft}
        actions = {}
        for key, (text, tip) in ACTIONS.items():
            action = QAction(text, self)
            action.setToolTip(tip)
            action.triggered.connect(slots[key])
            actions[key] = action
        return actions

    def _build_toolbars(self) -> None:
        for name, keys, layout in (("generalBar", GENERAL, self.ui.generalBarLayout),
                                   ("lifeBar", LIFE, self.ui.toolbarLayout)):
            bar = QToolBar(self)
            bar.setObjectName(name)
            bar.setStyleSheet(TOOLBAR_STYLE)
            for key in keys:
                bar.addAction(self.batch_actions[key]) if key else bar.addSeparator()
            layout.addWidget(bar)
        self.ui.toolbarLayout.addStretch(1)

    def _context_menu(self, pos) -> None:
        if self.model.batch(self.ui.batchTable.indexAt(pos).row()) is None:
            return
        menu = QMenu(self)
        for key in ("open", None, "submit", "review", "reopen", "publish", "objection", "correct", None,
                    "notice", "archive", "package", None, "delete"):
            menu.addAction(self.batch_actions[key]) if key else menu.addSeparator()
        menu.exec(self.ui.batchTable.viewport().mapToGlobal(pos))

    def _update_actions(self) -> None:
        d = self.detail
        state = d.state if d else None
        enabled = {
            "open": d is not None and not self.in_batch_view,
            "submit": state == DRAFT,
            "review": state in (DRAFT, PENDING_REVIEW),
            "reopen": state == PENDING_REVIEW,
            "publish": bool(d and "publish" in d.actions),
            "objection": bool(d and d.can_object),
            "correct": bool(d and d.can_correct),
            "notice": d is not None and d.notice_refusal is None,  # 先审后发: the services say when
            "archive": state in (PUBLISHING, ENDED),
            "package": state in (PUBLISHING, ENDED, ARCHIVED, SUPERSEDED),
            "delete": state == DRAFT,
        }
        for key, on in enabled.items():
            self.batch_actions[key].setEnabled(on)
        self.batch_actions["notice"].setToolTip((d and d.notice_refusal) or ACTIONS["notice"][1])

    # ---- list, filters and selection ------------------------------------------------------------------
    @property
    def in_batch_view(self) -> bool:
        return self.ui.stack.currentWidget() is self.view

    def current_batch_id(self) -> int | None:
        if self.in_batch_view:
            return self.view.batch_id
        row = self.model.batch(self.ui.batchTable.currentIndex().row())
        return row.id if row else None

    def refresh(self) -> None:
        """Filters, list and the open batch again (F5, another page's change, a new day)."""
        self._day = clock.today()
        self._fill_filters()
        self.refresh_list()
        if self.in_batch_view:
            try:
                self.view.reload()
            except USER_ERRORS:  # the batch is gone (a restore, say)
                self.show_list()
        self._selection_changed()

    def _fill_filters(self) -> None:
        with self.ctx.db.session() as s:
            villages = [(v.name, v.id) for v in settings.villages(s)]
            programs = [(p.name, p.id) for p in subsidy.list_programs(s)]
        for combo, first, items in ((self.ui.stateCombo, "全部状态", [(st, st) for st in BATCH_STATES]),
                                    (self.ui.villageCombo, "全部村", villages),
                                    (self.ui.programCombo, "全部项目", programs)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, ALL)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep is not None else 0)
            combo.blockSignals(False)

    def refresh_list(self) -> None:
        keep = self.current_batch_id()
        with self.ctx.db.session() as s:
            rows = subsidy.list_batches(s, state=self.ui.stateCombo.currentData(),
                                        village_id=self.ui.villageCombo.currentData(),
                                        program_id=self.ui.programCombo.currentData(), today=clock.today())
        words = self.ui.searchEdit.text().split()
        if words:
            rows = [r for r in rows if all(w in f"{r.title}{r.state_text}{r.period}" for w in words)]
        if self.ui.toArchiveCheck.isChecked():
            rows = [r for r in rows if r.state == ENDED]
        self.model.set_rows(rows)
        self.select_batch(keep)
        running = sum(r.state == PUBLISHING and not r.not_started for r in rows)
        ended = sum(r.state == ENDED for r in rows)
        self.ui.countLabel.setText(f"共 {len(rows)} 个批次；公示中 {running} 个，期满待归档 {ended} 个。双击或按 Enter 打开。")

    def select_batch(self, batch_id: int | None) -> None:
        row = self.model.row_of(batch_id) if batch_id is not None else None
        if row is None:
            row = 0 if self.model.rows else None
        if row is not None:
            self.ui.batchTable.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        if self.in_batch_view:
            self.detail = self.view.detail
        else:
            batch_id = self.current_batch_id()
            self.detail = None
            if batch_id is not None:
                with self.ctx.db.session() as s:
                    self.detail = subsidy.batch_detail(s, batch_id)
            self.ui.hintLabel.setText(next_step(self.detail))
        self._update_actions()

    def focus_search(self) -> None:
        if self.in_batch_view:
            self.view.focus_search()
        else:
            self.ui.searchEdit.setFocus()
            self.ui.searchEdit.selectAll()

    # ---- opening ---------------------------------------------------------------------------------------
    def open_batch(self, batch_id: int) -> None:
        try:
            self.view.show_batch(batch_id)
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        self.ui.stack.setCurrentWidget(self.view)
        self._selection_changed()

    def open_ref(self, entity: str, ref_id: int) -> None:
        if entity == "batch":
            self.open_batch(ref_id)

    def open_selected(self) -> None:
        batch_id = self.current_batch_id()
        if batch_id is not None:
            self.open_batch(batch_id)

    def show_list(self) -> None:
        batch_id = self.view.batch_id
        self.ui.stack.setCurrentIndex(0)
        self.refresh_list()
        self.select_batch(batch_id)
        self.ui.batchTable.setFocus()

    def _changed(self) -> None:
        """Something was written: this page and the others show it."""
        self.refresh_list()
        self._selection_changed()
        self.ctx.data_changed.emit()

    # ---- life cycle ------------------------------------------------------------------------------------
    def _write(self, fn) -> bool:
        """Run one service call in a transaction; a refusal is shown."""
        if not written(self.ctx.db, self, fn):
            return False
        if self.in_batch_view:
            self.view.reload()
        self._changed()
        return True

    def _run_dialog(self, dialog: QDialog) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if self.in_batch_view:
            self.view.reload()
        self._changed()
        return True

    def _target(self) -> tuple[int, str] | None:
        if self.detail is None:
            return None
        return self.detail.id, self.detail.row.title

    def submit(self) -> None:
        if target := self._target():
            self._write(lambda s: subsidy.submit(s, target[0]))

    def reopen(self) -> None:
        target = self._target()
        if target and confirm(self, "退回修改",
                              f"把“{target[1]}”退回草稿修改吗？\n已记录的保密审查会被清除，改好后需要重新审查。"):
            self._write(lambda s: subsidy.reopen(s, target[0]))

    def review(self) -> None:
        if target := self._target():
            self._run_dialog(ReviewDialog(self.ctx, *target, self))

    def publish(self) -> None:
        target = self._target()
        if target and self._run_dialog(PublishDialog(self.ctx, target[0], self)):
            title, text = subsidy.published_message(self.detail)
            QMessageBox.information(self, title, text)

    def register_objection(self) -> None:
        target = self._target()
        if target and self._run_dialog(ObjectionDialog(self.ctx, *target, self)) and self.in_batch_view:
            self.view.ui.tabs.setCurrentIndex(1)

    def start_correction(self) -> None:
        target = self._target()
        if not target or not confirm(
                self, "更正重新公示", f"为“{target[1]}”发起更正吗？\n\n程序会把名单复制为一个新的草稿，请在其中改正，"
                "再保密审查并重新公示；新公示开始后，原公示改为“已更正”并保留备查。"):
            return
        created = {}
        if self._write(lambda s: created.setdefault("id", subsidy.start_correction(s, target[0]).id)):
            self.open_batch(created["id"])
            self.view.set_status("已复制名单为更正草稿：请改正名单，再保密审查并开始公示。", warn=True)

    def print_notice(self) -> None:
        target = self._target()
        if not target:
            return
        dialog = NoticeDialog(self.ctx, *target, self)
        if dialog.document() is not None:  # refused before the review: the services' reason was shown
            dialog.exec()

    def attach_and_archive(self) -> None:
        target = self._target()
        if not target:
            return
        dialog = ArchiveDialog(self.ctx, target[0], self)
        dialog.exec()
        if dialog.changed:
            if self.in_batch_view:
                self.view.reload()
            self._changed()

    def export_package(self) -> None:
        from gkdesk.gui.printing import print_to_pdf

        target = self._target()
        if not target:
            return
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, "导出归档包", str(default_folder() / f"{target[1]}（归档材料）.zip"), "压缩包 (*.zip);;文件夹 (*)")
        if not chosen:
            return
        path = remember_folder(Path(chosen))
        if chosen_filter.startswith("文件夹"):
            path = path.with_suffix("") if path.suffix.lower() == ".zip" else path
        elif path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        db, batch_id = self.ctx.db, target[0]

        def done(result) -> None:
            show_saved(self, result.path, "已导出归档包", f"已保存到：\n{result.path}\n\n内含公示（PDF、Word）、名单、"
                       f"异议及处理情况、照片和校验清单，共{len(result.files)}个文件。")

        self.task = run_task(self, "正在生成归档包…",
                             lambda: archive.write_archive_package(db, batch_id, path, print_to_pdf),
                             done, lambda exc: report_error(exc, self, self.ctx.folder.log_file))

    def delete_draft(self) -> None:
        d = self.detail
        if d is None or not self.batch_actions["delete"].isEnabled():
            return
        if not confirm(self, "删除草稿", f"删除草稿“{d.row.title}”和其中的{d.row.people}行名单吗？\n删除后不能撤销。"):
            return
        if not written(self.ctx.db, self, lambda s: subsidy.delete_batch(s, d.id)):
            return
        if self.in_batch_view:
            self.view.forget()
            self.ui.stack.setCurrentIndex(0)
        self._changed()

    # ---- making lists --------------------------------------------------------------------------------
    def import_list(self) -> None:
        dialog = ImportDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.batch_id is not None:
            self._changed()
            self.open_batch(dialog.batch_id)
            self.view.set_status(f"已导入 {dialog.result.people} 人。请核对名单，无误后点“送审”。")

    def new_list(self) -> None:
        dialog = NewBatchDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.batch_id is not None:
            self._changed()
            self.open_batch(dialog.batch_id)

    def edit_programs(self) -> None:
        dialog = ProgramDialog(self.ctx, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()
            self.ctx.data_changed.emit()

    def export_summary(self) -> None:
        SummaryDialog(self.ctx, self).exec()


PAGE = Page(title="惠民补贴公示", icon="subsidy.svg", factory=SubsidyPage, order=10, handles=("batch",))
