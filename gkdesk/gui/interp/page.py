"""政策解读报备: the records (filters, add/edit/delete with undo, import), the month's 报备表 (header block, export,
已报送 / 重新打开) and the year (counts by form, role and channel against the targets, with a bar chart).

All writes go through `gkdesk.services.interp`; undo and redo re-apply them through the service, so a month that
was marked 已报送 in between refuses them with its usual sentence."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMessageBox, QTableView, QWidget

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import INTERP_FORMS, INTERP_ROLES
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import USER_ERRORS, report_error, show_user_error, written
from gkdesk.gui.forms.ui_interp_page import Ui_InterpPage
from gkdesk.gui.interp.chart import Bar, BarChart
from gkdesk.gui.interp.commands import AddCommand, DeleteCommand, EditCommand
from gkdesk.gui.interp.models import FITTED_CAPS, GREEN, GREY, ORANGE, RED, IdRole, RecordRow, RecordTableModel
from gkdesk.gui.interp.record_dialog import RecordDialog
from gkdesk.gui.pages import Page
from gkdesk.gui.tasks import run_task
from gkdesk.gui.widgets.dates import qdate
from gkdesk.gui.widgets.files import ask_open_path, ask_save_path, show_saved
from gkdesk.gui.widgets.names import offer_names
from gkdesk.gui.widgets.rows import clear_filters, fit_columns
from gkdesk.gui.widgets.undo import wire_undo_buttons
from gkdesk.services import interp, names


class InterpPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_InterpPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setObjectName("pageTitle")
        ui.hintLabel.setObjectName("hint")
        ui.countLabel.setObjectName("hint")
        ui.monthHintLabel.setObjectName("hint")
        ui.targetHint.setObjectName("hint")
        self.undo_stack = QUndoStack(self)
        self.last_export: Path | None = None

        self.records = RecordTableModel(self)
        ui.recordTable.setModel(self.records)
        self.month_records = RecordTableModel(self)
        ui.monthTable.setModel(self.month_records)
        for view in (ui.recordTable, ui.monthTable):
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            fit_columns(view, FITTED_CAPS)   # the titles whole while the list is empty
            view.verticalHeader().setDefaultSectionSize(30)
        self._fitted: set[QTableView] = set()   # fitted to the first rows shown, then left as the clerk sets them

        ui.formFilter.addItem("全部形式", None)
        for f in INTERP_FORMS:
            ui.formFilter.addItem(f, f)
        ui.roleFilter.addItem("全部职务", None)
        for r in INTERP_ROLES:
            ui.roleFilter.addItem(r, r)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.load_records)

        self.chart = BarChart(ui.chartHost)
        ui.chartLayout.addWidget(self.chart)
        self.targets_model = QStandardItemModel(self)
        ui.targetTable.setModel(self.targets_model)
        ui.targetTable.verticalHeader().hide()
        ui.targetTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                       | QAbstractItemView.EditTrigger.EditKeyPressed
                                       | QAbstractItemView.EditTrigger.AnyKeyPressed)
        ui.targetTable.horizontalHeader().setStretchLastSection(True)
        ui.yearSideLayout.setStretch(0, 3)
        ui.yearSideLayout.setStretch(1, 2)
        ui.yearBodyLayout.setStretch(0, 1)
        ui.yearBodyLayout.setStretch(1, 1)
        self.channels_model = QStandardItemModel(self)
        ui.channelTable.setModel(self.channels_model)
        ui.channelTable.verticalHeader().hide()
        today = clock.today()
        ui.yearSpin.setValue(today.year)
        ui.submitDateEdit.setDate(qdate(today))

        # signals
        ui.monthFilter.currentIndexChanged.connect(self.load_records)
        ui.formFilter.currentIndexChanged.connect(self.load_records)
        ui.roleFilter.currentIndexChanged.connect(self.load_records)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.addButton.clicked.connect(self.add_record)
        ui.editButton.clicked.connect(self.edit_record)
        ui.deleteButton.clicked.connect(self.delete_record)
        ui.recordTable.doubleClicked.connect(lambda _i: self.edit_record())
        ui.monthTable.doubleClicked.connect(lambda i: self.edit_record(self.month_records.rows[i.row()].id))
        ui.recordTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        wire_undo_buttons(self.undo_stack, ui.undoButton, ui.redoButton)
        ui.importButton.clicked.connect(self.import_file)
        ui.reportMonthCombo.currentIndexChanged.connect(self.load_month)
        ui.exportXlsxButton.clicked.connect(lambda: self.export("xlsx"))
        ui.exportDocxButton.clicked.connect(lambda: self.export("docx"))
        ui.submitButton.clicked.connect(self.submit_month)
        ui.reopenButton.clicked.connect(self.reopen_month)
        ui.yearSpin.valueChanged.connect(lambda _v: self.load_year())
        ui.saveTargetsButton.clicked.connect(self.save_targets)
        self._fill_months(select=interp.previous_month(f"{today:%Y-%m}"))
        self.refresh()

    # ---- loading --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_months()
        self.load_records()
        self.load_month()
        self.load_year()

    def changed(self) -> None:
        """After a write: reload and tell the other pages (首页 shows the filing and the targets)."""
        self.refresh()
        self.ctx.data_changed.emit()

    def _rows(self, s, records) -> list[RecordRow]:
        statuses = interp.sync_statuses(s, records)
        locked = {k for k, f in interp.filings(s).items() if f.submitted_on}
        return [RecordRow(r.id, interp.record_values(r), statuses[r.id], f"{r.published_on:%Y-%m}" in locked)
                for r in records]

    def _fill_months(self, select: str | None = None) -> None:
        ui = self.ui
        with self.ctx.db.session() as s:
            months = interp.filing_months(s, clock.today())
        keep_filter = ui.monthFilter.currentData()
        keep_report = select or ui.reportMonthCombo.currentData()
        for combo in (ui.monthFilter, ui.reportMonthCombo):
            combo.blockSignals(True)
            combo.clear()
        ui.monthFilter.addItem("全部月份", None)
        for month in months:
            if month.records:
                ui.monthFilter.addItem(interp.month_title(month.month), month.month)
            ui.reportMonthCombo.addItem(month.label, month.month)
        ui.monthFilter.setCurrentIndex(max(0, ui.monthFilter.findData(keep_filter)))
        ui.reportMonthCombo.setCurrentIndex(max(0, ui.reportMonthCombo.findData(keep_report)))
        for combo in (ui.monthFilter, ui.reportMonthCombo):
            combo.blockSignals(False)

    def load_records(self) -> None:
        ui = self.ui
        keep = self.current_id()
        with self.ctx.db.session() as s:
            records = interp.list_records(s, month=ui.monthFilter.currentData(), form=ui.formFilter.currentData(),
                                          role=ui.roleFilter.currentData(), text=ui.searchEdit.text())
            rows = self._rows(s, records)
        self.records.set_rows(rows)
        self._fit(self.ui.recordTable, rows)
        if keep is not None and (row := self.records.row_of(keep)) is not None:
            ui.recordTable.selectRow(row)
        late = sum(1 for r in rows if r.sync.synced is False)
        ui.countLabel.setText(f"共 {len(rows)} 条" + (f"，其中 {late} 条未同步发布（红字）" if late else "")
                              + "。双击一行修改；已报送月份的记录已锁定。")
        self._update_buttons()

    def current_id(self) -> int | None:
        index = self.ui.recordTable.currentIndex()
        rows = self.ui.recordTable.selectionModel().selectedRows() if self.ui.recordTable.selectionModel() else []
        if rows:
            index = rows[0]
        return self.records.rows[index.row()].id if index.isValid() and index.row() < len(self.records.rows) else None

    def _update_buttons(self) -> None:
        ui = self.ui
        has = self.current_id() is not None
        ui.editButton.setEnabled(has)
        ui.deleteButton.setEnabled(has)

    # ---- records --------------------------------------------------------------------------------------------
    def make_dialog(self, values: dict | None = None, locked_reason: str = "") -> RecordDialog:
        return RecordDialog(self.ctx, values, locked_reason, self)

    def add_record(self) -> None:
        dialog = self.make_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.values is None:
            return
        try:
            with self.ctx.db.transaction() as s:
                record_id = interp.add_record(s, **dialog.values).id
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        self.undo_stack.push(AddCommand(self, record_id, dialog.values["title"]))
        self.changed()
        self.select_record(record_id)

    def edit_record(self, record_id: int | None = None) -> None:
        record_id = record_id or self.current_id()
        if record_id is None:
            return
        with self.ctx.db.session() as s:
            record = interp.get_record(s, record_id)
            before = interp.record_values(record)
            key = f"{record.published_on:%Y-%m}"
            locked = interp.is_submitted(s, key)
        reason = (f"{interp.month_title(key)}的报备表已报送，该记录已锁定，只能查看；如需修改，请先在“月度报备表”中重新打开"
                  f"{interp.month_title(key)}。") if locked else ""
        dialog = self.make_dialog(before, reason)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.values is None or dialog.values == before:
            return
        if not written(self.ctx.db, self, lambda s: interp.update_record(s, record_id, **dialog.values)):
            return
        self.undo_stack.push(EditCommand(self, record_id, before, dialog.values))
        self.changed()
        self.select_record(record_id)

    def delete_record(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        try:
            with self.ctx.db.transaction() as s:
                snapshot = interp.delete_record(s, record_id)
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        self.undo_stack.push(DeleteCommand(self, snapshot))
        self.changed()

    def _fit(self, view: QTableView, rows: list) -> None:
        if rows and view not in self._fitted:
            fit_columns(view, FITTED_CAPS)
            self._fitted.add(view)

    def select_record(self, record_id: int) -> None:
        row = self.records.row_of(record_id)
        if row is None:   # hidden by a filter: show all
            ui = self.ui
            clear_filters((ui.monthFilter, ui.formFilter, ui.roleFilter), ui.searchEdit)
            self.load_records()
            row = self.records.row_of(record_id)
        if row is not None:
            self.ui.recordTable.selectRow(row)
            self.ui.recordTable.scrollTo(self.records.index(row, 0))
        self._update_buttons()

    def import_file(self) -> None:
        path = ask_open_path(self, "选择原有的政策解读报备表", "Excel 表格 (*.xlsx *.xls *.xlsm *.et);;所有文件 (*)")
        if path is None:
            return
        db = self.ctx.db

        def done(outcome) -> None:
            added, result = outcome
            if added is None:
                lines = "\n".join(p.text() for p in result.errors[:30])
                more = f"\n……共{len(result.errors)}处错误" if len(result.errors) > 30 else ""
                box = QMessageBox(QMessageBox.Icon.Warning, "没有导入",
                                  f"文件“{path.name}”有{len(result.errors)}处错误，请在原表中改正后重新导入；"
                                  "本次没有导入任何记录。", parent=self)
                box.setDetailedText(lines + more)
                box.exec()
                return
            skipped = f"，跳过已有的 {result.skipped} 条" if result.skipped else ""
            QMessageBox.information(self, "导入完成", f"已从“{path.name}”导入 {added} 条解读记录{skipped}。")
            self.undo_stack.clear()
            self.changed()

        run_task(self, "正在导入…", lambda: interp.import_file(db, path), done,
                 lambda exc: report_error(exc, self, self.ctx.folder.log_file), writes=True)

    # ---- the month's 报备表 -------------------------------------------------------------------------------------
    def current_month(self) -> str:
        return self.ui.reportMonthCombo.currentData() or interp.previous_month(f"{clock.today():%Y-%m}")

    def load_month(self) -> None:
        ui = self.ui
        key = self.current_month()
        today = clock.today()
        with self.ctx.db.session() as s:
            head = interp.filing_header(s, key, today)
            rows = self._rows(s, interp.list_records(s, month=key))
            due = interp.due_date(s, key)
            start = interp.first_month(s, today)
        self.month_records.set_rows(rows)
        self._fit(self.ui.monthTable, rows)
        ui.unitLabel.setText(head.unit or "（尚未设置本单位）")
        ui.fillerEdit.setText(head.filler)
        ui.phoneEdit.setText(head.phone)
        ui.reviewerEdit.setText(head.reviewer)
        for w in (ui.fillerEdit, ui.phoneEdit, ui.reviewerEdit):
            w.setReadOnly(head.submitted)
        with self.ctx.db.session() as s:
            # offered, not filled in: what is in the header goes onto the form sent upwards
            offer_names(ui.fillerEdit, names.remembered_names(s, names.HANDLER), fill_empty=False)
            offer_names(ui.reviewerEdit, names.remembered_names(s, names.REVIEWER), fill_empty=False)
        ui.filledOnEdit.setDate(qdate(head.filled_on))
        ui.filledOnEdit.setEnabled(not head.submitted)
        ui.submitButton.setEnabled(not head.submitted)
        ui.submitDateEdit.setEnabled(not head.submitted)
        ui.reopenButton.setEnabled(head.submitted)
        ui.submitDateEdit.setDate(qdate(today))
        if head.submitted:
            status, colour = f"已于{format_cn(head.submitted_on)}报送，记录已锁定", GREEN
        elif key < start:
            status, colour = f"本程序从{interp.month_title(start)}起使用，此前的月份不计逾期；如已报送，可标记为已报送", GREY
        elif interp.month_bounds(key)[1] >= today:
            status, colour = f"本月尚未结束，报备表应于{format_cn(due)}前报送", GREY
        else:
            left = (due - today).days
            status = (f"未报送，已逾期{-left}天" if left < 0 else "未报送，今天到期" if left == 0
                      else f"未报送，还剩{left}天（{format_cn(due)}前）")
            colour = RED if left < 0 else ORANGE
        ui.statusLabel.setText(status)
        ui.statusLabel.setStyleSheet(f"color: {colour}; font-weight: 600;")
        if rows:
            late = sum(1 for r in rows if r.sync.synced is False)
            summary = f"{interp.month_title(key)}共 {len(rows)} 条解读" + (f"，其中 {late} 条未同步发布" if late else "") + "。"
        else:
            summary = f"{interp.month_title(key)}没有解读记录，报备表将填“{interp.NIL_TEXT}”，仍需按时报送。"
        if self.last_export is not None:
            summary += f"\n已导出：{self.last_export}"
        ui.summaryLabel.setText(summary)

    def _save_header(self) -> bool:
        ui = self.ui
        key = self.current_month()
        try:
            with self.ctx.db.transaction() as s:
                if interp.is_submitted(s, key):
                    return True
                interp.save_header(s, key, filler=ui.fillerEdit.text(), phone=ui.phoneEdit.text(),
                                   reviewer=ui.reviewerEdit.text(), filled_on=ui.filledOnEdit.day())
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return False
        return True

    def export(self, fmt: str) -> None:
        key = self.current_month()
        if not self._save_header():
            return
        with self.ctx.db.session() as s:
            default = interp.report_file_name(s, key, fmt)
        label = "Excel 工作簿 (*.xlsx)" if fmt == "xlsx" else "Word 文档 (*.docx)"
        path = ask_save_path(self, f"导出{interp.month_title(key)}政策解读报备表", default, label)
        if path is None:
            return
        db = self.ctx.db

        def write() -> Path:
            with db.session() as s:
                return interp.write_report(s, key, path, fmt)

        def done(written: Path) -> None:
            self.last_export = written
            self.load_month()
            show_saved(self, written)

        run_task(self, "正在生成报备表…", write, done, lambda exc: report_error(exc, self, self.ctx.folder.log_file))

    def submit_month(self) -> None:
        key = self.current_month()
        try:
            day = self.ui.submitDateEdit.day()
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        unfinished = interp.unfinished_month(key, clock.today())
        early = (f"注意：{unfinished}。现在标记已报送，本月之后发布的解读就不能再登记到{interp.month_title(key)}了。\n\n"
                 if unfinished else "")
        if not confirm(self, "标记已报送",
                       f"{early}确认{interp.month_title(key)}的政策解读报备表已于{format_cn(day)}报送上级？\n\n"
                       "标记后该月的解读记录将锁定，不能再修改；确需修改时可“重新打开”（会记入操作日志）。"):
            return
        if not self._save_header():
            return
        if not written(self.ctx.db, self, lambda s: interp.submit_month(s, key, day)):
            return
        self.changed()

    def reopen_month(self) -> None:
        key = self.current_month()
        if not confirm(self, "重新打开", f"重新打开{interp.month_title(key)}后可以修改该月记录，首页会重新提醒报送。\n\n"
                       "修改后请重新导出报备表、报送上级并再次标记已报送。确定重新打开吗？"):
            return
        if not written(self.ctx.db, self, lambda s: interp.reopen_month(s, key)):
            return
        self.changed()

    # ---- the year ------------------------------------------------------------------------------------------------
    def load_year(self) -> None:
        ui = self.ui
        year = ui.yearSpin.value()
        with self.ctx.db.transaction() as s:
            interp.ensure_targets(s, year)   # a year's targets are created on first use
        with self.ctx.db.session() as s:
            stats = interp.year_stats(s, year)
            table = {(p.dimension, p.name): p.minimum for p in interp.target_table(s, year)}
        ui.yearSummaryLabel.setText(
            f"{year}年共 {stats.total} 条解读：同步发布 {stats.synced} 条，未同步 {stats.late} 条"
            + (f"，未填文件日期 {stats.unknown} 条" if stats.unknown else "")
            + "；目标" + ("全部完成" if all(p.met for p in stats.progress) else
                        f"未完成 {sum(1 for p in stats.progress if not p.met)} 项") + "。")
        form_bars = [Bar(f, n, table.get(("form", f), 0)) for f, n in stats.by_form
                     if n or table.get(("form", f), 0)]
        role_bars = [Bar(r + "解读" if r == "主要负责人" else r, n, table.get(("role", r), 0)) for r, n in stats.by_role]
        self.chart.set_sections([("按解读形式", form_bars), ("按解读人职务", role_bars)])

        m = self.targets_model
        m.clear()
        m.setHorizontalHeaderLabels(["类别", "名称", "本年次数", "年度目标", "完成情况"])
        for dimension, counts in (("form", stats.by_form), ("role", stats.by_role)):
            for name, count in counts:
                minimum = table.get((dimension, name), 0)
                cells = [QStandardItem(interp.DIMENSIONS[dimension]), QStandardItem(name), QStandardItem(str(count)),
                         QStandardItem(str(minimum)),
                         QStandardItem("—" if not minimum else "已完成" if count >= minimum else f"还差{minimum - count}次")]
                for j, cell in enumerate(cells):
                    cell.setEditable(j == 3)
                    if j in (2, 3):
                        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if minimum:
                    cells[4].setForeground(QColor(GREEN if count >= minimum else ORANGE))
                cells[0].setData((dimension, name), IdRole)
                m.appendRow(cells)
        ui.targetTable.resizeColumnsToContents()

        c = self.channels_model
        c.clear()
        c.setHorizontalHeaderLabels(["发布渠道", "次数"])
        for name, count in stats.by_channel:
            count_item = QStandardItem(str(count))
            count_item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            c.appendRow([QStandardItem(name), count_item])
        ui.channelTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def save_targets(self) -> None:
        year = self.ui.yearSpin.value()
        wanted = []
        m = self.targets_model
        for row in range(m.rowCount()):
            dimension, name = m.item(row, 0).data(IdRole)
            text = m.item(row, 3).text().strip()
            if not text.isdigit():
                show_user_error(ValueError(f"“{name}”的年度目标“{text}”不是整数，请填写如 1 的次数（0表示不设目标）。"), self)
                return
            wanted.append((dimension, name, int(text)))
        try:
            with self.ctx.db.transaction() as s:
                current = {(d, n): mn for d, n, mn in interp.targets(s, year)}
                interp.set_targets(s, year, [w for w in wanted if current.get((w[0], w[1]), 0) != w[2]])
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        self.changed()

    # ---- opening a reminder's record ------------------------------------------------------------------------
    def open_ref(self, entity: str, ref_id: int) -> None:
        ui = self.ui
        if entity == "interp_month":
            key = interp.month_from_ref(ref_id)
            self._fill_months(select=key)
            if ui.reportMonthCombo.findData(key) < 0:
                ui.reportMonthCombo.addItem(interp.month_title(key), key)
            ui.reportMonthCombo.setCurrentIndex(ui.reportMonthCombo.findData(key))
            self.load_month()
            ui.tabs.setCurrentWidget(ui.monthTab)
        elif entity == "interp_year":
            ui.yearSpin.setValue(ref_id)
            ui.tabs.setCurrentWidget(ui.yearTab)
        elif entity == "interp_record":
            ui.tabs.setCurrentWidget(ui.recordsTab)
            self.select_record(ref_id)


PAGE = Page(title="政策解读报备", icon="interp.svg", factory=InterpPage, order=20,
            handles=("interp_month", "interp_year", "interp_record"))
