"""One publicity batch: its header (state, dates, review, links to the batch it corrects or that corrects it),
the list with lazy loading, search, editing in place or in a dialog with undo and redo, the totals, its
objections and its photos.

Every edit goes through the services; the undo stack holds commands that call them again (a delete is undone
with restore_recipients). A list that can no longer change says why instead of offering to edit."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTableWidgetItem, QWidget

from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import ARCHIVED, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import show_user_error
from gkdesk.gui.forms.ui_subsidy_batch import Ui_BatchView
from gkdesk.gui.subsidy.archive import fill_attachment_table
from gkdesk.gui.subsidy.dialogs import RecipientDialog, ResolveDialog
from gkdesk.gui.subsidy.models import (
    QUANTITY_COLUMN,
    STANDARD_COLUMN,
    RecipientTableModel,
    countdown,
    state_colour,
)
from gkdesk.services import settings, subsidy
from gkdesk.services.errors import USER_ERRORS, ConfirmationNeeded, UserError
from gkdesk.services.notice import quantity_title
from gkdesk.services.subsidy import BatchDetail, EditResult, RecipientRow

RAW_FIELDS = ("group_name", "name", "id_number", "household_size", "quantity_e4", "standard_fen", "amount_fen",
              "pay_method", "account", "phone", "pay_date", "remark")
COLUMN_WIDTHS = (48, 72, 80, 170, 70, 80, 80, 100, 80, 170, 110, 96)
SEARCH_DELAY_MS = 250


def next_step(d: BatchDetail | None) -> str:
    """What the clerk does next with a batch in its present state (the footer under the list and the batch)."""
    if d is None:
        return "流程：导入名单 → 核对 → 送审 → 保密审查 → 开始公示 → 打印张贴 → 期满后上传照片并归档"
    r = d.row
    if r.state == DRAFT:
        return "下一步：核对名单，无误后点“送审”。" if r.people else "下一步：导入或逐行录入名单。"
    if r.state == PENDING_REVIEW:
        return "下一步：点“开始公示…”定下张贴日期，再打印公示张贴。" if d.reviewed else \
            "下一步：点“保密审查…”记录审查人、日期和意见（先审后发）。"
    if r.not_started:
        return f"将于{format_cn(r.start_date)}开始公示：请在这天张贴，并拍照留存。"
    if r.state == PUBLISHING:
        return "公示中：群众反映问题请点“登记异议…”；期满后上传照片并归档。"
    if r.state == ENDED:
        return "公示期已满：请点“上传照片并归档…”上传张贴照片后归档。"
    if r.state == ARCHIVED:
        return "已归档：可点“导出归档包…”存到U盘交村委会留存。"
    return "已被更正公示取代，请在更正后的公示上办理。"


class ServiceCommand(QUndoCommand):
    """An edit already made through the services; undo and redo call them again."""

    def __init__(self, view: BatchView, text: str, redo, undo):
        super().__init__(text)
        self.view, self._redo, self._undo = view, redo, undo
        self._done = True  # QUndoStack.push calls redo(): the first time the edit is already made

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.view.run_command(self._redo, f"已重做：{self.text()}")

    def undo(self) -> None:
        self.view.run_command(self._undo, f"已撤销：{self.text()}")


def raw_changes(before: RecipientRow, after: RecipientRow) -> tuple[dict, dict]:
    """The stored values an edit changed, before and after (what undo and redo write back)."""
    changed = [f for f in RAW_FIELDS if getattr(before, f) != getattr(after, f)]
    return {f: getattr(before, f) for f in changed}, {f: getattr(after, f) for f in changed}


class BatchView(QWidget):
    back = Signal()
    open_batch = Signal(int)  # a linked batch was clicked
    changed = Signal()  # something was written

    def __init__(self, ctx: AppContext, undo: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.undo = ctx, undo
        self.batch_id: int | None = None
        self.detail: BatchDetail | None = None
        self._status_for: tuple[str, bool] | None = None  # the state the status message was about
        self.ui = ui = Ui_BatchView()
        ui.setupUi(self)
        ui.titleLabel.setObjectName("pageTitle")
        ui.readOnlyBanner.setObjectName("warningBanner")
        ui.totalsRow.setStretch(2, 1)  # the status takes the width beside the totals: it wraps only when it must

        self.model = RecipientTableModel(self._load_rows, self)
        self.model.on_edit = self.edit_cell
        table = ui.recipientTable
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(28)
        for col, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(col, width)
        table.horizontalHeader().setStretchLastSection(True)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        ui.searchEdit.textChanged.connect(lambda _t: self.search_timer.start())
        ui.backButton.clicked.connect(self.back)
        ui.linksLabel.linkActivated.connect(lambda href: self.open_batch.emit(int(href.split(":")[1])))
        ui.addButton.clicked.connect(self.add_row_dialog)
        ui.editButton.clicked.connect(self.edit_row_dialog)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.undoButton.clicked.connect(undo.undo)
        ui.redoButton.clicked.connect(undo.redo)
        undo.indexChanged.connect(self._show_undo_state)
        undo.cleanChanged.connect(self._show_undo_state)
        self._show_undo_state()
        ui.resolveButton.clicked.connect(self.resolve_objection)

        ui.objectionTable.setColumnCount(7)
        ui.objectionTable.setHorizontalHeaderLabels(["收到日期", "反映人", "联系方式", "异议内容", "核实及处理情况",
                                                     "结果", "办结日期"])
        ui.objectionTable.verticalHeader().setVisible(False)
        header = ui.objectionTable.horizontalHeader()  # the two texts share the width; the rest fit their content
        header.setStretchLastSection(False)
        for col in range(7):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col in (3, 4)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        ui.objectionTable.itemSelectionChanged.connect(self._update_buttons)

    def _load_rows(self, ids):
        with self.ctx.db.session() as s:
            return subsidy.load_recipients(s, ids)

    # ---- showing ---------------------------------------------------------------------------------------
    def show_batch(self, batch_id: int) -> None:
        if batch_id != self.batch_id:
            self.undo.clear()
            self.ui.searchEdit.blockSignals(True)
            self.ui.searchEdit.clear()
            self.ui.searchEdit.blockSignals(False)
            self._status_for = None
            self.set_status("")
            self.ui.tabs.setCurrentIndex(0)
            self.batch_id = batch_id
            self.model.set_ids([])
        self.reload()

    def forget(self) -> None:
        """The batch was deleted."""
        self.batch_id = self.detail = None
        self.undo.clear()
        self.model.set_ids([])

    def reload(self) -> None:
        """Header, list and totals again from the database (after an edit, a refresh, a search)."""
        if self.batch_id is None:
            return
        with self.ctx.db.session() as s:
            self.detail = d = subsidy.batch_detail(s, self.batch_id)
            ids = subsidy.list_recipient_ids(s, self.batch_id, self.ui.searchEdit.text())
            totals = subsidy.totals(s, self.batch_id)
            village = next((v for v in settings.villages(s) if v.id == d.row.village_id), None)
            self.groups = [g.name for g in village.groups] if village else []
        self._show_header(d)
        if self._status_for != (d.row.state_text, d.row.people > 0):  # a message about an earlier state is stale
            self.set_status(next_step(d))
        self.model.editable = not d.read_only
        if d.read_only:
            self.undo.clear()
        if ids == self.model.ids:
            self.model.refresh_rows()
        else:
            self.model.set_ids(ids)
        unit = d.program.quantity_unit
        self.model.set_unit(unit)
        self._fit_titles((QUANTITY_COLUMN, STANDARD_COLUMN))
        word = quantity_title(unit).split("(")[0]
        quantity = f"　{word} <b>{totals.quantity_text}</b>{unit}" if totals.quantity_e4 else ""
        shown = f"　（搜索到 {len(ids)} 行）" if self.ui.searchEdit.text().strip() else ""
        self.ui.totalsLabel.setText(f"合计 <b>{totals.people}</b> 人{quantity}　金额 <b>{totals.amount_text}</b> 元"
                                    f"{shown}")
        self._show_objections(d)
        self._show_attachments(d)
        self._update_buttons()

    def _fit_titles(self, columns) -> None:
        """Widen columns whose title (面积(亩), 补贴标准(元/亩)) would be cut."""
        table = self.ui.recipientTable
        metrics = table.horizontalHeader().fontMetrics()
        for col in columns:
            need = metrics.horizontalAdvance(self.model.titles[col]) + 16
            if table.columnWidth(col) < need:
                table.setColumnWidth(col, need)

    def _show_header(self, d: BatchDetail) -> None:
        r, ui = d.row, self.ui
        ui.titleLabel.setText(r.title)
        ui.stateLabel.setText(r.state_text)
        ui.stateLabel.setStyleSheet(f"background:{state_colour(r)}; color:#ffffff; "
                                    "border-radius:4px; padding:3px 12px; font-weight:600;")
        gap = "&nbsp;" * 5
        lines = [gap.join((f"补贴项目：{escape(r.program_name)}", f"村：{escape(r.village_name)}",
                           f"期间：{escape(r.period)}", f"公示期：{d.program.period_text}"))]
        if r.start_date and r.end_date:
            left = countdown(r)
            lines.append(f"公示时间：{r.dates_text}" + (f"（<b>{left}</b>）" if left else ""))
        if d.reviewed:
            lines.append(f"保密审查：{escape(r.reviewer)}，{format_cn(r.review_date)}；{escape(d.review_opinion)}")
        elif not d.read_only:
            lines.append('<span style="color:#a66300">尚未保密审查：审查后才能打印公示和开始公示（先审后发）。</span>')
        if r.archived_on:
            lines.append(f"归档日期：{format_cn(r.archived_on)}")
        if d.source_file:
            lines.append(f'<span style="color:#6b7785">来源：{escape(d.source_file)}</span>')
        if d.calendar_fallback_years:
            years = "、".join(f"{y}年" for y in d.calendar_fallback_years)
            lines.append(f'<span style="color:#a66300">⚠ {years}的节假日安排未录入，工作日按周一至周五推算。</span>')
        ui.infoLabel.setText("<br>".join(lines))
        links = []
        if r.replaces_id:
            links.append(f'本公示是对<a href="batch:{r.replaces_id}">{escape(d.replaces_title)}</a>的更正。')
        if r.replaced_by_id:
            links.append(f'本公示已被更正，更正后的公示：<a href="batch:{r.replaced_by_id}">'
                         f'{escape(d.replaced_by_title)}</a>')
        ui.linksLabel.setText("<br>".join(links))
        ui.linksLabel.setVisible(bool(links))
        reason = subsidy.edit_refusal(r.state)
        ui.readOnlyBanner.setVisible(bool(reason))
        ui.readOnlyLabel.setText(f"名单只读：{reason}。" if reason else "")

    def _show_objections(self, d: BatchDetail) -> None:
        table = self.ui.objectionTable
        table.setRowCount(len(d.objections))
        for i, o in enumerate(d.objections):
            values = (format_cn(o.received_on), o.person, o.contact, o.content, o.handling, o.result,
                      format_cn(o.closed_on) if o.closed_on else "")
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(i, j, item)
        pending = sum(o.open for o in d.objections)
        title = f"异议（{len(d.objections)}）" if d.objections else "异议"
        self.ui.tabs.setTabText(1, title + (f"·{pending}条待处理" if pending else ""))

    def _show_attachments(self, d: BatchDetail) -> None:
        fill_attachment_table(self.ui.attachmentTable, d.attachments)
        self.ui.tabs.setTabText(2, f"照片和附件（{len(d.attachments)}）" if d.attachments else "照片和附件")

    def _update_buttons(self) -> None:
        d, ui = self.detail, self.ui
        editable = d is not None and not d.read_only
        for button in (ui.addButton, ui.editButton, ui.deleteButton):
            button.setEnabled(editable)
        ui.addObjectionButton.setEnabled(bool(d and d.can_object))
        ui.correctButton.setEnabled(bool(d and d.can_correct))
        ui.resolveButton.setEnabled(bool(d and d.state not in (ARCHIVED, SUPERSEDED)
                                         and ui.objectionTable.currentRow() >= 0))

    def _show_undo_state(self, *_args) -> None:
        ui, undo = self.ui, self.undo
        ui.undoButton.setEnabled(undo.canUndo())
        ui.redoButton.setEnabled(undo.canRedo())
        ui.undoButton.setToolTip(f"撤销：{undo.undoText()}（Ctrl+Z）" if undo.canUndo() else "")
        ui.redoButton.setToolTip(f"重做：{undo.redoText()}（Ctrl+Y）" if undo.canRedo() else "")

    def set_status(self, text: str, warn: bool = False) -> None:
        """A message under the list; it gives way to the next step once the batch's state changes."""
        d = self.detail
        self._status_for = (d.row.state_text, d.row.people > 0) if d is not None else None
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet("color:#c62828; font-weight:600;" if warn else "color:#4a5a68;")

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # ---- editing -----------------------------------------------------------------------------------------
    def _after_edit(self, result: EditResult, message: str) -> None:
        self.reload()
        if result.review_reset:
            self.set_status(result.message, warn=True)
        else:
            extra = "（金额已按数量×标准重新计算）" if result.amount_recomputed else ""
            self.set_status(message + extra)
        self.changed.emit()

    def run_command(self, fn, message: str) -> None:
        """Undo or redo: call the services again. When they refuse (the list was published meanwhile, say), the
        history no longer matches the list and is dropped."""
        try:
            with self.ctx.db.transaction() as s:
                result = fn(s)
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            QTimer.singleShot(0, self.undo.clear)  # not while the stack is running this command
            self.reload()
            return
        self._after_edit(result, message)

    def ask_zero(self, question: ConfirmationNeeded) -> None:
        """A zero amount is printed on the notice: the clerk says so first (raises UserError on 否)."""
        if not confirm(self, "补贴金额为0", str(question)):
            raise UserError("没有保存：补贴金额不能不经确认就改为0.00元；请填写发放的金额，不发放的请删去这一行。")

    def update_row(self, before: RecipientRow, fields: dict, zero_confirmed: bool = False, ask: bool = True) -> None:
        """Change one row (raises the services' refusal) and record it for undo; a zero amount is asked first (or,
        without `ask`, raises ConfirmationNeeded for the caller to ask later)."""
        try:
            with self.ctx.db.transaction() as s:
                result = subsidy.update_recipient(s, before.id, zero_confirmed=zero_confirmed, **fields)
                after = subsidy.load_recipients(s, [before.id])[0]
        except ConfirmationNeeded as question:
            if zero_confirmed or not ask:
                raise
            self.ask_zero(question)
            return self.update_row(before, fields, zero_confirmed=True)
        old, new = raw_changes(before, after)
        if not new:
            return
        rid = before.id
        self.undo.push(ServiceCommand(self, f"修改“{after.name}”",
                                      lambda s: subsidy.update_recipient(s, rid, **new),
                                      lambda s: subsidy.update_recipient(s, rid, **old)))
        self._after_edit(result, f"已修改“{after.name}”。")

    def edit_cell(self, before: RecipientRow, field: str, text: str) -> bool:
        try:
            self.update_row(before, {field: text}, ask=False)
        except ConfirmationNeeded:
            # asked after the editor has closed, not inside the model's setData
            QTimer.singleShot(0, lambda: self._edit_after_asking(before, field, text))
            return False
        except USER_ERRORS as exc:
            self.set_status(str(exc), warn=True)
            # after the editor has closed, not inside the model's setData
            QTimer.singleShot(0, lambda error=exc: show_user_error(error, self, "不能这样修改"))
            return False
        return True

    def _edit_after_asking(self, before: RecipientRow, field: str, text: str) -> None:
        try:
            self.update_row(before, {field: text})
        except USER_ERRORS as exc:
            self.set_status(str(exc), warn=True)

    def add_row(self, fields: dict, zero_confirmed: bool = False) -> None:
        try:
            with self.ctx.db.transaction() as s:
                result = subsidy.add_recipient(s, self.batch_id, zero_confirmed=zero_confirmed, **fields)
        except ConfirmationNeeded as question:
            if zero_confirmed:
                raise
            self.ask_zero(question)
            return self.add_row(fields, zero_confirmed=True)
        rid, deleted = result.ids[0], {}

        def undo(s):
            done = subsidy.delete_recipients(s, [rid])
            deleted["rows"] = done.rows
            return done

        self.undo.push(ServiceCommand(self, f"添加“{fields.get('name', '')}”", lambda s: subsidy.restore_recipients(
            s, deleted["rows"]), undo))
        self._after_edit(result, "已添加一行。")
        if rid in self.model.ids:
            index = self.model.index(self.model.ids.index(rid), 2)
            self.ui.recipientTable.setCurrentIndex(index)
            self.ui.recipientTable.scrollTo(index)

    def selected_positions(self) -> list[int]:
        """The selected rows' positions, from the selection's ranges (a selection of thousands of rows is a few
        ranges; asking for its indexes or its rows would build and load every one of them)."""
        positions: set[int] = set()
        for span in self.ui.recipientTable.selectionModel().selection():
            positions.update(range(span.top(), span.bottom() + 1))
        return sorted(p for p in positions if p < len(self.model.ids))

    def selected_rows(self) -> list[RecipientRow]:
        return [r for r in (self.model.row(i) for i in self.selected_positions()) if r is not None]

    def delete_selected(self) -> None:
        positions = self.selected_positions()
        if not positions or self.detail is None or self.detail.read_only:
            return
        ids = [self.model.ids[i] for i in positions]
        try:
            with self.ctx.db.transaction() as s:
                result = subsidy.delete_recipients(s, ids)
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        deleted = {"rows": result.rows}

        def redo(s):
            done = subsidy.delete_recipients(s, ids)
            deleted["rows"] = done.rows
            return done

        what = f"“{result.rows[0]['name']}”" if len(ids) == 1 else f"{len(ids)}行"
        self.undo.push(ServiceCommand(self, f"删除{what}", redo,
                                      lambda s: subsidy.restore_recipients(s, deleted["rows"])))
        self._after_edit(result, f"已删除{what}，可按 Ctrl+Z 撤销。")

    def row_titles(self) -> tuple[str, str]:
        """The quantity's and the standard's titles as the list shows them, for the row editor."""
        return self.model.titles[QUANTITY_COLUMN], self.model.titles[STANDARD_COLUMN]

    def add_row_dialog(self) -> None:
        if self.detail is None or self.detail.read_only:
            return
        RecipientDialog(self.groups, None, self.add_row, self, self.row_titles()).exec()

    def edit_row_dialog(self) -> None:
        rows = self.selected_rows()
        if not rows or self.detail is None or self.detail.read_only:
            return
        before = rows[0]
        RecipientDialog(self.groups, before, lambda fields: self.update_row(before, fields), self,
                        self.row_titles()).exec()

    def resolve_objection(self) -> None:
        row = self.ui.objectionTable.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.objections):
            return
        if ResolveDialog(self.ctx, self.detail.objections[row], self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.changed.emit()
