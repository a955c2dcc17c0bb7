"""年度报告: the year's 政府信息公开工作年度报告 — its three tables (table 二 typed in, tables 三 and 四 counted from the
register with the requests behind each figure on hover), its texts (drafted paragraphs the clerk edits, parts that
start from last year's words), the checks with links to the requests, export, 定稿 and 重新打开.

The tables are the very FormTables the .docx and .xlsx are written from (services/annual_report.py), shown with
their merged cells. All writes go through the service; files are written on a worker thread."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from gkdesk import clock
from gkdesk.domain import annual_report as ar
from gkdesk.domain.dates import format_cn
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import USER_ERRORS, UserError, report_error, show_user_error, written
from gkdesk.gui.forms.ui_report_page import Ui_ReportPage
from gkdesk.gui.pages import Page
from gkdesk.gui.tasks import run_task
from gkdesk.gui.widgets.files import ask_save_path, show_saved
from gkdesk.io.document import FormTable
from gkdesk.services import annual_report as report

KeyRole = Qt.ItemDataRole.UserRole + 1
RefRole = Qt.ItemDataRole.UserRole + 2
HEAD_BRUSH = QBrush(QColor("#eef2f6"))
COMPUTED_BRUSH = QBrush(QColor("#f7f7f7"))
LEVEL_COLOURS = {ar.ERROR: "#c62828", ar.WARNING: "#a67c00", ar.INFO: "#4a5a68"}
PART_STATES = {"edited": "已修改", "last": "沿用上年", "draft": "起草稿", "empty": "待填写", "final": "已定稿"}
FINAL_CHECKS_HINT = "报告已定稿：以下是定稿时的检查，定稿后数据变动带来的问题标为“定稿后”，需要更正时请写明原因重新打开。"
CELL_PADDING_PX = 22   # across: the stylesheet's cell padding and the grid line, with room to spare
CELL_PADDING_V_PX = 12


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the column's current width (QTreeView itself sizes rows on one
    line and elides the rest)."""

    def __init__(self, tree):
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        width = self.tree.header().sectionSize(index.column())
        if index.column() == 0 or width <= 0:
            return hint
        if index.parent().isValid():
            width -= self.tree.indentation()
        text = index.data() or ""
        rect = option.fontMetrics.boundingRect(QRect(0, 0, max(width - 12, 40), 100_000),
                                               int(Qt.TextFlag.TextWordWrap), text)
        hint.setHeight(max(hint.height(), rect.height() + 6))
        return hint


class ReportPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_ReportPage()
        ui.setupUi(self)
        ui.titleLabel.setObjectName("pageTitle")
        for label in (ui.hintLabel, ui.deadlineLabel, ui.promptLabel, ui.checksHint, ui.textStatusLabel):
            label.setObjectName("hint")
        ui.stateLabel.setStyleSheet("font-weight: 600;")
        self._checks_hint = ui.checksHint.text()
        ui.staleLabel.setStyleSheet(f"color: {LEVEL_COLOURS[ar.ERROR]};")
        ui.partTitleLabel.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.view: report.AnnualReportView | None = None
        self._loading = False
        self.task = None
        for table in self._tables():
            table.horizontalHeader().hide()
            table.verticalHeader().hide()
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.itemChanged.connect(self._cell_edited)
        header = ui.checkTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.checkTree.setTextElideMode(Qt.TextElideMode.ElideNone)
        ui.checkTree.setItemDelegate(WrappingDelegate(ui.checkTree))
        header.sectionResized.connect(lambda *_: ui.checkTree.doItemsLayout())
        ui.partList.setMinimumWidth(300)
        ui.partList.setMaximumWidth(320)

        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.load())
        ui.partList.currentRowChanged.connect(lambda _r: self._show_part())
        ui.saveTextButton.clicked.connect(self.save_text)
        ui.redraftButton.clicked.connect(self.redraft)
        ui.confirmButton.clicked.connect(self.confirm_figures)
        ui.compareButton.clicked.connect(self.add_comparison)
        ui.checkTree.itemDoubleClicked.connect(self._open_check)
        ui.exportDocxButton.clicked.connect(lambda: self.export("docx"))
        ui.exportXlsxButton.clicked.connect(lambda: self.export("xlsx"))
        ui.finalizeButton.clicked.connect(self.finalize)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.deadlineButton.clicked.connect(self.change_deadline)
        for part in report.TEXT_PARTS:
            ui.partList.addItem(QListWidgetItem(part))
        self._fill_years(report.default_year())
        ui.partList.setCurrentRow(1)
        self.load()

    def _tables(self) -> tuple[QTableWidget, QTableWidget, QTableWidget]:
        return self.ui.table2View, self.ui.table3View, self.ui.table4View

    # ---- loading --------------------------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return int(self.ui.yearCombo.currentData() or report.default_year())

    def _fill_years(self, select: int | None = None) -> None:
        combo = self.ui.yearCombo
        keep = select or combo.currentData()
        with self.ctx.db.session() as s:
            years = report.years(s)
        combo.blockSignals(True)
        combo.clear()
        for y in years:
            combo.addItem(f"{y}年度", y)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.blockSignals(False)

    def refresh(self) -> None:
        self._fill_years()
        self.load()

    def changed(self) -> None:
        """After a write: reload and tell the other pages (首页 shows the report's reminder)."""
        self.load()
        self.ctx.data_changed.emit()

    def load(self) -> None:
        with self.ctx.db.session() as s:
            self.view = report.build(s, self.year)
        self._show_header()
        self._show_tables()
        self._show_part()
        self._show_checks()

    def _show_header(self) -> None:
        ui, v = self.ui, self.view
        final = v.final
        ui.stateLabel.setText(f"已定稿（{format_cn(v.finalized_on)}）" if final else "草稿")
        ui.stateLabel.setStyleSheet(f"font-weight: 600; color: {'#2e7d32' if final else '#4a5a68'};")
        county, legal = v.deadlines.county, v.deadlines.legal
        ui.deadlineLabel.setText(f"报送：县里{county.month}月{county.day}日前，法定{legal.month}月{legal.day}日前")
        ui.deadlineLabel.setToolTip(f"县里要求{format_cn(county)}前报送，条例规定{format_cn(legal)}前向社会公布")
        ui.finalizeButton.setEnabled(not final)
        ui.reopenButton.setEnabled(final)
        errors = len(v.errors)
        warnings = sum(1 for c in v.checks if c.level == ar.WARNING)
        identity = ("表三勾稽关系成立（新收 + 上年结转 = 办理结果总计 + 结转下年度）" if v.identity_holds
                    else "表三勾稽关系不成立，见“检查”")
        todo = "，".join(([f"须改正{errors}处（改正后才能定稿）"] if errors else [])
                        + ([f"请核对{warnings}处"] if warnings else [])) or "没有发现问题"
        ui.summaryLabel.setText(f"{identity}；检查：{todo}。")
        ui.checksHint.setText(FINAL_CHECKS_HINT if final else self._checks_hint)
        ui.summaryLabel.setStyleSheet(f"color: {LEVEL_COLOURS[ar.ERROR] if not v.identity_holds else '#2e7d32'};")
        ui.tabs.setTabText(2, f"检查（{errors}）" if errors else "检查")

    # ---- tables ---------------------------------------------------------------------------------------------
    def _show_tables(self) -> None:
        v = self.view
        forms = (report.table2_form(v.table2), report.table3_form(v.table3), report.table4_form(v.table4))
        self._loading = True
        try:
            for widget, form in zip(self._tables(), forms):
                self._fill_table(widget, form)
        finally:
            self._loading = False

    def _fill_table(self, widget: QTableWidget, form: FormTable) -> None:
        widget.clear()
        widget.clearSpans()
        widget.setRowCount(len(form.rows))
        widget.setColumnCount(form.ncols)
        editable = widget is self.ui.table2View and not self.view.final
        bold = QFont(widget.font())
        bold.setBold(True)
        for p in form.placed():
            cell = p.cell
            item = QTableWidgetItem(cell.text)
            align = {"left": Qt.AlignmentFlag.AlignLeft, "right": Qt.AlignmentFlag.AlignRight}.get(
                cell.align, Qt.AlignmentFlag.AlignHCenter)
            item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if cell.head:
                item.setFont(bold)
                item.setBackground(HEAD_BRUSH)
            if cell.key is not None:
                item.setData(KeyRole, list(cell.key))
                item.setToolTip(self._source(widget, cell.key))
                if editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                else:
                    item.setBackground(COMPUTED_BRUSH)
            item.setFlags(flags)
            widget.setItem(p.row, p.col, item)
            if cell.rowspan > 1 or cell.colspan > 1:
                widget.setSpan(p.row, p.col, cell.rowspan, cell.colspan)
        self._size_table(widget, form)

    def _size_table(self, widget: QTableWidget, form: FormTable) -> None:
        """Column widths from the form's own rule (every unbroken line whole); row heights from the cells that
        stand in one row, then the merged cells' needs spread over their rows (Qt's resizeRowsToContents would
        give a merged cell's whole height to its first row)."""
        bold = QFont(widget.font())
        bold.setBold(True)
        em = QFontMetrics(bold).horizontalAdvance("国")
        pad = CELL_PADDING_PX
        widths = [int(w) for w in form.column_widths(max(600, self.width() - 120), em, pad, bold_em=0.25)]
        for c, w in enumerate(widths):
            widget.setColumnWidth(c, w)
        line = QFontMetrics(bold).lineSpacing()
        vpad = CELL_PADDING_V_PX
        heights = [line + vpad] * len(form.rows)
        placed = sorted(form.placed(), key=lambda p: p.cell.rowspan)
        for p in placed:
            width = sum(widths[p.col:p.col + p.cell.colspan]) - pad
            fm = QFontMetrics(bold if p.cell.head else widget.font())
            text_height = fm.boundingRect(QRect(0, 0, max(width, em), 100_000),
                                          int(Qt.TextFlag.TextWordWrap), p.cell.text).height()
            rows = range(p.row, p.row + p.cell.rowspan)
            short = text_height + vpad - sum(heights[r] for r in rows)
            if short > 0:
                heights[rows[-1]] += short
        for r, h in enumerate(heights):
            widget.setRowHeight(r, h)
        widget.setFixedHeight(sum(heights) + 2 * widget.frameWidth())
        widget.setFixedWidth(sum(widths) + 2 * widget.frameWidth())

    def _source(self, widget: QTableWidget, key: tuple[str, str]) -> str:
        """Where the figure comes from, and last year's figure when last year's report is finalized."""
        v = self.view
        title = {self.ui.table2View: ar.TABLE2_TITLE, self.ui.table3View: ar.TABLE3_TITLE}.get(widget, ar.TABLE4_TITLE)
        last = ""
        if v.last_year:
            before = v.last_year["tables"].get(title, {}).get(key[0], {}).get(key[1])
            if before is not None:
                shown = f"{ar.wan_yuan(before)}万元" if tuple(key) == ar.MONEY_CELL else before
                last = f"\n{v.year - 1}年度报告：{shown}"
        if widget is self.ui.table2View:
            source = v.table2_sources.get(tuple(key), "")
            return f"{source}。{'' if v.final else '双击修改。'}{last}"
        sources = v.table3_sources if widget is self.ui.table3View else v.table4_sources
        refs = sources.get(tuple(key), [])
        where = "依申请公开登记簿" if widget is self.ui.table3View else "登记的复议、诉讼"
        shown = "、".join(n for _i, n in refs[:12]) + ("等" if len(refs) > 12 else "") if refs else "0件"
        return f"按{where}统计：{shown}。{last}"

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        key = item.data(KeyRole)
        if self._loading or key is None or self.view is None:
            return
        row, column = key
        try:
            with self.ctx.db.transaction() as s:
                report.set_values(s, self.year, {f"{row}.{column}": item.text()})
        except USER_ERRORS as exc:
            show_user_error(exc, self)
        self.changed()

    # ---- texts ------------------------------------------------------------------------------------------------
    def current_part(self) -> str:
        row = self.ui.partList.currentRow()
        return report.TEXT_PARTS[row] if 0 <= row < len(report.TEXT_PARTS) else report.TEXT_PARTS[0]

    def _show_part(self) -> None:
        if self.view is None:
            return
        ui = self.ui
        part = self.view.texts[self.current_part()]
        for i, name in enumerate(report.TEXT_PARTS):
            t = self.view.texts[name]
            state = ("final" if self.view.final else "edited" if t.edited else "last" if t.from_last_year
                     else "draft" if t.text.strip() else "empty")
            mark = "⚠ " if t.stale or report.unfilled(t.text) else ""
            ui.partList.item(i).setText(f"{mark}{name}  [{PART_STATES[state]}]")
        ui.partTitleLabel.setText(part.part)
        ui.promptLabel.setText(part.prompt)
        ui.staleLabel.setText("；".join(f"按现在的数据应为：“{s.new}”" + (f"（原句：“{s.old}”）" if s.old else "")
                                       for s in part.stale))
        ui.staleLabel.setVisible(bool(part.stale))
        ui.textEdit.setPlainText(part.text)
        ui.textEdit.setPlaceholderText(part.prompt)
        final = self.view.final
        ui.textEdit.setReadOnly(final)
        ui.saveTextButton.setEnabled(not final)
        ui.redraftButton.setEnabled(not final and part.edited)
        ui.confirmButton.setEnabled(not final and bool(part.stale))
        ui.compareButton.setVisible(part.part == ar.REQUESTS)
        ui.compareButton.setEnabled(not final and bool(part.optional) and part.optional["compare"] not in part.text)
        status = ("已修改：数字随数据更新" if part.edited and part.draft else "已修改" if part.edited
                  else "沿用上年的文字，请按本年情况修改" if part.from_last_year
                  else "按数据起草，随数据更新" if part.draft else "尚未填写")
        ui.textStatusLabel.setText("已定稿，不能修改" if final else status)

    def _text_action(self, action) -> None:
        part = self.current_part()
        if not written(self.ctx.db, self, lambda s: action(s, part)):
            return
        self.changed()

    def save_text(self) -> None:
        text = self.ui.textEdit.toPlainText()
        self._text_action(lambda s, part: report.set_text(s, self.year, part, text))

    def redraft(self) -> None:
        if confirm(self, "恢复起草稿", f"放弃对“{self.current_part()}”的修改，恢复起草的文字吗？"):
            self._text_action(lambda s, part: report.redraft(s, self.year, part))

    def confirm_figures(self) -> None:
        text = self.ui.textEdit.toPlainText()
        self._text_action(lambda s, part: report.confirm_text(s, self.year, part, text))

    def add_comparison(self) -> None:
        self._text_action(lambda s, _part: report.insert_comparison(s, self.year))

    # ---- checks ----------------------------------------------------------------------------------------------
    def _show_checks(self) -> None:
        tree = self.ui.checkTree
        tree.clear()
        order = {ar.ERROR: 0, ar.WARNING: 1, ar.INFO: 2}
        for check in sorted(self.view.checks, key=lambda c: order[c.level]):
            item = QTreeWidgetItem([ar.CHECK_LEVELS[check.level], check.text])
            item.setForeground(0, QBrush(QColor(LEVEL_COLOURS[check.level])))
            item.setToolTip(1, check.text)
            for entity, ref_id, label in check.refs:
                child = QTreeWidgetItem(["", f"{label}（双击打开）"])
                child.setData(1, RefRole, [entity, ref_id])
                item.addChild(child)
            tree.addTopLevelItem(item)
            item.setExpanded(len(check.refs) <= 5)
        if not self.view.checks:
            tree.addTopLevelItem(QTreeWidgetItem(["", "没有发现问题。"]))

    def _open_check(self, item: QTreeWidgetItem, _column: int) -> None:
        ref = item.data(1, RefRole)
        if ref:
            self.ctx.open_ref(ref[0], int(ref[1]))

    def open_ref(self, entity: str, ref_id: int) -> None:
        if entity == "annual_report":
            self._fill_years(int(ref_id))
            self.load()

    # ---- export and the lifecycle -------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        view = self.view
        caption = "导出年度报告（Word）" if fmt == "docx" else "导出年度报告三张表（Excel）"
        path = ask_save_path(self, caption, report.file_name(view, fmt),
                             "Word 文档 (*.docx)" if fmt == "docx" else "Excel 工作簿 (*.xlsx)")
        if path is None:
            return
        doc = report.report_document(view, clock.today())
        # a draft with parts to fill is exported all the same (for the county to look at), and says so
        warning = report.draft_warning(view)
        title, text = ("已导出草稿", f"已保存到：\n{path}\n\n{warning}") if warning else ("已保存", "")
        self.task = run_task(self, "正在导出年度报告…", lambda: report.write_document(doc, path),
                             lambda _r: show_saved(self, path, title, text),
                             lambda exc: report_error(exc, self, self.ctx.folder.log_file))

    def finalize(self) -> None:
        errors = self.view.errors
        if errors:
            self.ui.tabs.setCurrentWidget(self.ui.checksTab)
            show_user_error(UserError(f"还有{len(errors)}处须改正，不能定稿：{errors[0].text}"), self)
            return
        if not confirm(self, "定稿", f"{self.year}年度报告定稿后将锁定，表格和文字不再随数据变化，"
                                     "需要修改时须写明原因重新打开。现在定稿吗？"):
            return
        if not written(self.ctx.db, self, lambda s: report.finalize(s, self.year)):
            return
        self.changed()

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(self, "重新打开", "重新打开已定稿的报告，请写明原因（如“县政务公开办退回修改表三”）：")
        if not ok:
            return
        if not written(self.ctx.db, self, lambda s: report.reopen(s, self.year, reason)):
            return
        self.changed()

    def change_deadline(self) -> None:
        current = self.view.deadlines.county
        text, ok = QInputDialog.getText(self, "县里要求的报送期限", "每年几月几日前向县里报送年度报告（如 1月15日）：",
                                        text=f"{current.month}月{current.day}日")
        if not ok:
            return
        if not written(self.ctx.db, self, lambda s: report.set_county_deadline(s, text)):
            return
        self.changed()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.view is not None:
            self._show_tables()


PAGE = Page(title="年度报告", icon="report.svg", factory=ReportPage, order=40, handles=("annual_report",))
