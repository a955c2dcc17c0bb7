"""导入名单: choose the file, program, village and period → confirm or correct the column mapping with a preview
→ check every row on a worker thread (progress after ~0.5 s, 取消 works) → the data beside its problems, each
problem jumping to its row → 导入 (only without errors). Reading, checking and writing are the services'; this
dialog only shows them, with its own models for the file's grid and the problems.

The village is proposed from the file's name when it names one, and a title naming another village than the one
chosen is asked about; 检查名单 reads the file again when it changed (the clerk fixed it in Excel meanwhile);
rows hidden, filtered out or struck through in the file can be left out; warnings that need it (such rows, a zero
amount) are confirmed before 导入."""
from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableView,
    QWidget,
)

from gkdesk import clock
from gkdesk.domain.money import format_fen
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error
from gkdesk.gui.forms.ui_subsidy_import import Ui_ImportDialog
from gkdesk.gui.subsidy.dialogs import fill_programs, fill_villages
from gkdesk.gui.subsidy.models import BACKGROUND, DISPLAY, FOREGROUND, RED, ROOT, TOOLTIP
from gkdesk.gui.tasks import run_task
from gkdesk.gui.widgets.files import ask_open_path
from gkdesk.io.sheets import cell_text
from gkdesk.services import subsidy_import as importing
from gkdesk.services.subsidy_import import Problem
from gkdesk.store.models import SubsidyProgram

FILE, MAPPING, RESULT = range(3)
STEP_TITLES = ("第1步，共3步：选择名单文件", "第2步，共3步：核对各列的对应关系", "第3步，共3步：检查结果")
NEXT_TEXTS = ("下一步", "检查名单", "导入")
NOT_IMPORTED = "（不导入）"
PREVIEW_ROWS = 20
FONT = Qt.ItemDataRole.FontRole
ERROR_RED = "#c62828"
WARNING_AMBER = "#a66300"
ERROR_BG = QColor("#fde2e1")
WARNING_BG = QColor("#fff3cd")
WARNING_FG = QColor("#a66300")


class GridModel(QAbstractTableModel):
    """Cells of an imported file as Excel shows them (the preview, and the data beside the problems). Rows are
    numbered as in the file; rows with an error are red, rows with a warning amber."""

    def __init__(self, headers: list[str], rows: Sequence[Sequence], numbers: Sequence[int], parent=None):
        super().__init__(parent)
        self.headers, self.rows, self.numbers = headers, rows, list(numbers)
        self.marks: dict[int, str] = {}  # file row number → "error" | "warning"
        self.struck: set[tuple[int, int]] = set()  # (file row number, column) struck through in the file
        self._index_of = {n: i for i, n in enumerate(self.numbers)}

    def row_of_number(self, number: int) -> int | None:
        return self._index_of.get(number)

    def set_marks(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self.marks = {}
        for p in problems:
            if p.is_error:
                self.marks[p.row] = "error"
            else:
                self.marks.setdefault(p.row, "warning")
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=DISPLAY):
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else ""
        return f"第{self.numbers[section]}行"

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        if role == DISPLAY:
            row = self.rows[index.row()]
            return cell_text(row[index.column()]) if index.column() < len(row) else ""
        if role == BACKGROUND:
            mark = self.marks.get(self.numbers[index.row()])
            return ERROR_BG if mark == "error" else WARNING_BG if mark == "warning" else None
        if role == FONT and (self.numbers[index.row()], index.column()) in self.struck:
            font = QFont()
            font.setStrikeOut(True)  # as the clerk sees it in Excel
            return font
        return None


class ProblemListModel(QAbstractListModel):
    """The problems of a validation: errors first (red), then warnings (amber)."""

    def __init__(self, problems: Sequence[Problem] = (), parent=None):
        super().__init__(parent)
        self.problems = sorted(problems, key=lambda p: (not p.is_error, p.row))

    def problem(self, row: int) -> Problem | None:
        return self.problems[row] if 0 <= row < len(self.problems) else None

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def data(self, index, role=DISPLAY):
        p = self.problem(index.row()) if index.isValid() else None
        if p is None:
            return None
        if role == DISPLAY:
            return f"{'✖' if p.is_error else '⚠'} {p.text()}"
        if role == FOREGROUND:
            return RED if p.is_error else WARNING_FG
        if role == TOOLTIP:
            return p.text()
        return None


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.ui.stepLabel.setObjectName("pageTitle")
        self.ui.mappingWarning.setObjectName("error")
        self.plan: importing.ImportPlan | None = None
        self.mapping = None
        self.result: importing.ImportResult | None = None
        self.batch_id: int | None = None
        self.task = None
        self.combos: dict[str, QComboBox] = {}
        self._syncing = False
        with ctx.db.session() as s:
            fill_programs(self.ui.programCombo, s)
            fill_villages(self.ui.villageCombo, s)
        self.ui.periodEdit.setText(f"{clock.today().year}年度")
        # Shown only for a file with rows hidden, filtered out or struck through (a dynamic part of the form).
        self.leave_out_box = QCheckBox("原表中被隐藏、被筛选掉或划了删除线的行不导入（这些行常表示已取消资格）")
        self.ui.mappingStepLayout.addWidget(self.leave_out_box)
        self.leave_out_box.hide()
        self.ui.browseButton.clicked.connect(self.choose_file)
        self.ui.nextButton.clicked.connect(self.next_step)
        self.ui.backButton.clicked.connect(self.go_back)
        self.ui.sheetCombo.activated.connect(self.read_sheet)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.problemList.clicked.connect(self.jump_to_problem)
        self.ui.problemList.activated.connect(self.jump_to_problem)
        self.ui.dataTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sticky_name = StickyColumn(self.ui.dataTable)
        self.ui.resultSplitter.setSizes([620, 360])
        self.show_step(FILE)

    @property
    def step(self) -> int:
        return self.ui.steps.currentIndex()

    def show_step(self, step: int) -> None:
        self.ui.steps.setCurrentIndex(step)
        self.ui.stepLabel.setText(STEP_TITLES[step])
        self.ui.backButton.setEnabled(step > FILE)
        self.ui.nextButton.setText(NEXT_TEXTS[step])
        self.ui.nextButton.setEnabled(step != RESULT or bool(self.result and self.result.ok))
        self.ui.nextButton.setDefault(True)

    def busy(self, on: bool) -> None:
        self.ui.nextButton.setEnabled(not on)
        self.ui.backButton.setEnabled(not on and self.step > FILE)

    def choose_file(self) -> None:
        path = ask_open_path(self, "选择名单文件", "名单表格 (*.xlsx *.xls *.csv);;所有文件 (*)")
        if path is not None:
            self.ui.fileEdit.setText(str(path))
            self.propose_village(path.stem)

    def propose_village(self, text: str) -> None:
        """Choose the village a file's name names (the longest name that fits), as a proposal the clerk can change."""
        combo = self.ui.villageCombo
        named = [combo.itemText(i) for i in range(combo.count()) if combo.itemText(i) in text]
        if named:
            combo.setCurrentText(max(named, key=len))

    def next_step(self) -> None:
        (self.read_file, self.check, self.commit)[self.step]()

    def go_back(self) -> None:
        """上一步. Back to the columns, the file is read again when it changed meanwhile (the clerk fixed it in
        Excel): what step 2 shows is the file as it is now."""
        if self.step != RESULT or self.plan is None:
            self.show_step(self.step - 1)
            return
        before = self.plan
        self.busy(True)
        self.task = run_task(self, "正在读取文件…", lambda: with_sheets(before.reread()),
                             lambda fresh: self.on_reread(before, fresh), self.failed)

    def on_reread(self, before: importing.ImportPlan, fresh: importing.ImportPlan) -> None:
        self.busy(False)
        if fresh is before:
            self.show_step(MAPPING)
            return
        self.on_plan(fresh, changed_note(before, fresh), keep_mapping=not fresh.changed_from(before))

    def failed(self, exc: BaseException) -> None:
        self.busy(False)
        if isinstance(exc, importing.ImportCancelled):
            self.ui.mappingWarning.setText("已取消检查，没有导入任何数据。")
            return
        report_error(exc, self, self.ctx.folder.log_file)

    # ---- step 1 → 2: read the file and propose the mapping ---------------------------------------------
    def read_file(self) -> None:
        path = self.ui.fileEdit.text().strip()
        problem = ("请先选择名单文件。" if not path else
                   "还没有补贴项目，请先在“补贴项目…”中添加。" if self.ui.programCombo.currentData() is None else
                   "还没有村，请先在“设置 → 村和村民小组”中添加。" if self.ui.villageCombo.currentData() is None else "")
        if problem:
            QMessageBox.warning(self, "导入名单", problem)
            return
        self.program_id = self.ui.programCombo.currentData()
        self.village_id = self.ui.villageCombo.currentData()
        self.period = self.ui.periodEdit.text().strip() or f"{clock.today().year}年度"
        self.busy(True)
        self.task = run_task(self, "正在读取文件…", lambda: with_sheets(importing.prepare_import(path)), self.on_plan,
                             self.failed)

    def read_sheet(self, index: int) -> None:
        """Another sheet chosen: read it and propose its columns."""
        name = self.ui.sheetCombo.itemText(index)
        if self.plan is None or name == self.plan.sheet_name:
            return
        path = self.plan.path
        self.busy(True)
        self.task = run_task(self, "正在读取工作表…", lambda: with_sheets(importing.prepare_import(path, name)),
                             lambda plan: self.on_plan(plan, f"已改为读取工作表“{name}”。"), self.sheet_failed)

    def sheet_failed(self, exc: BaseException) -> None:
        self.show_sheets(self.plan)
        self.failed(exc)

    def show_sheets(self, plan: importing.ImportPlan) -> None:
        """The sheet chooser beside the preview, for a workbook of more than one sheet."""
        combo = self.ui.sheetCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(plan.sheets)
        combo.setCurrentText(plan.sheet_name)
        combo.blockSignals(False)
        several = len(plan.sheets) > 1
        self.ui.sheetLabel.setVisible(several)
        combo.setVisible(several)

    def on_plan(self, plan: importing.ImportPlan, note: str = "", keep_mapping: bool = False) -> None:
        self.busy(False)
        self.mapping = self.mapping if keep_mapping and self.mapping is not None else plan.mapping
        self.plan, self.result = plan, None
        self.show_sheets(plan)
        self.build_mapping()
        self.show_step(MAPPING)
        sheet = f"工作表“{plan.sheet_name}”" if plan.sheet_name else ""
        self.ui.mappingIntro.setText(
            f"{note}文件“{plan.path.name}”{sheet}，表头在第{plan.header_row}行，下面有{plan.data_row_count}行。"
            "程序已按表头把各列对应到名单的各项，请逐项核对（标 * 的必须有）；对错了或没找到的，请在下拉框中选择正确的列。")
        self.leave_out_box.setVisible(plan.has_marked_rows)
        if not note:
            self.check_village(plan)

    def check_village(self, plan: importing.ImportPlan) -> None:
        """A file whose title (or name) names another village than the one chosen: ask which is meant."""
        combo = self.ui.villageCombo
        villages = [combo.itemText(i) for i in range(combo.count())]
        named = importing.village_named(plan, villages)
        chosen = combo.itemText(combo.findData(self.village_id))
        if named is None or named[0] == chosen:
            return
        village, where = named
        if confirm(self, "导入名单", f"文件“{plan.path.name}”的{where}写的是“{village}”，而您选择的是“{chosen}”。"
                                     f"改为导入到{village}吗？（选“否”仍导入到{chosen}）"):
            combo.setCurrentText(village)
            self.village_id = combo.currentData()

    def build_mapping(self) -> None:
        form = self.ui.mappingForm
        while form.rowCount():
            form.removeRow(0)
        self.combos = {}
        choices = [NOT_IMPORTED, *self.plan.column_labels()]
        for spec in self.plan.fields:
            combo = QComboBox()
            combo.setMinimumWidth(190)
            combo.addItems(choices)
            combo.currentIndexChanged.connect(partial(self.remap, spec.key))
            form.addRow(f"{spec.label} *" if spec.required else spec.label, combo)
            self.combos[spec.key] = combo
        preview = self.plan.preview(PREVIEW_ROWS)
        self.preview_model = GridModel(self.plan.column_labels(), [r.cells for r in preview],
                                       [r.number for r in preview], self)
        self.ui.previewTable.setModel(self.preview_model)
        self.sync_mapping()
        self.ui.previewTable.resizeColumnsToContents()

    def remap(self, key: str, index: int) -> None:
        if not self._syncing:
            self.mapping = self.mapping.with_override(key, index - 1 if index > 0 else None)
            self.sync_mapping()

    def sync_mapping(self) -> None:
        """Combos and preview headers follow the mapping (taking a column away from another field shows)."""
        self._syncing = True
        for key, combo in self.combos.items():
            col = self.mapping.column_of(key)
            combo.setCurrentIndex(0 if col is None else col + 1)
        self._syncing = False
        labels = self.plan.column_labels()
        for j in range(len(labels)):
            spec = self.mapping.field_of(j)
            if spec is not None:
                labels[j] += f"\n→ {spec.label}"
        self.preview_model.headers = labels
        self.preview_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(labels) - 1))
        missing = self.mapping.missing_required()
        self.ui.mappingWarning.setText(
            f"还没有指定“{'”“'.join(f.label for f in missing)}”对应的列，请在左边选择。" if missing else "")

    # ---- step 2 → 3: check every row on a worker ---------------------------------------------------------
    def check(self) -> None:
        missing = self.mapping.missing_required()
        if missing:
            QMessageBox.warning(self, "导入名单", f"请先为“{missing[0].label}”选择文件中对应的列。")
            return
        db, plan, mapping = self.ctx.db, self.plan, self.mapping
        program_id, period, today = self.program_id, self.period, clock.today()
        leave_out = not self.leave_out_box.isHidden() and self.leave_out_box.isChecked()

        def work(cancelled, progress):
            fresh = with_sheets(plan.reread())  # the clerk may have fixed the file since it was read
            if fresh.changed_from(plan):
                return fresh, None
            with db.session() as s:
                return fresh, importing.validate(fresh, mapping, s.get(SubsidyProgram, program_id), s, today=today,
                                                 period=period, progress=progress, cancelled=cancelled.is_set,
                                                 leave_out_marked=leave_out)

        self.busy(True)
        self.task = run_task(self, "正在逐行检查名单…", work, self.on_result, self.failed, cancellable=True)

    def on_result(self, checked: tuple[importing.ImportPlan, importing.ImportResult | None]) -> None:
        fresh, result = checked
        if result is None:  # the file was changed: another sheet, or another header: its columns again
            self.on_plan(fresh, changed_note(self.plan, fresh))
            return
        self.busy(False)
        self.plan, self.result = fresh, result
        plan = fresh
        start = plan.header.data_start
        self.data_model = GridModel(plan.column_labels(), plan.grid.rows[start:],
                                    [plan.grid.row_number(i) for i in range(start, len(plan.grid.rows))], self)
        self.data_model.set_marks(result.problems)
        self.data_model.struck = {(plan.grid.row_number(i), j) for i, j in plan.grid.struck}
        self.ui.dataTable.setModel(self.data_model)
        self.ui.dataTable.resizeColumnsToContents()  # Qt measures the first rows only
        self.sticky_name.stick(result.mapping.column_of("name"))
        self.problem_model = ProblemListModel(result.problems, self)
        self.ui.problemList.setModel(self.problem_model)
        errors, warnings = len(result.errors), len(result.warnings)
        self.ui.resultSummary.setText(
            f"{rows_read_text(result)}<br>{total_row_text(result)}"
            f'<span style="color:{ERROR_RED}">错误 {errors} 处</span>，'
            f'<span style="color:{WARNING_AMBER}">警告 {warnings} 处</span>。')
        if errors:
            hint = f'<span style="color:{ERROR_RED}">有{errors}处错误，请在原表中改正后重新导入。</span>本次不会导入任何数据。'
        elif result.to_confirm:
            hint = (f"有{warnings}处警告，其中{len(result.to_confirm)}处需要确认（原表中隐藏、划了删除线的行或金额为0）；"
                    "请逐条核对，点“导入”时会请您确认。")
        elif warnings:
            hint = f"有{warnings}处警告，不影响导入；请逐条核对，确认无误后点“导入”。"
        else:
            hint = "没有发现问题，可以导入。"
        self.ui.resultHint.setText(hint)
        self.ui.problemsTitle.setVisible(bool(result.problems))
        self.ui.problemList.setVisible(bool(result.problems))
        self.show_step(RESULT)

    def jump_to_problem(self, index) -> None:
        """Select the problem's row and cell: the row in the middle, its column in view beside the 姓名."""
        p = self.problem_model.problem(index.row())
        row = self.data_model.row_of_number(p.row) if p else None
        if row is None:
            return
        columns = self.plan.columns
        col = columns.index(p.column) if p.column in columns else 0
        target = self.data_model.index(row, col)
        table = self.ui.dataTable
        table.selectionModel().setCurrentIndex(
            target, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        sideways = table.horizontalScrollBar().value()
        table.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)
        table.horizontalScrollBar().setValue(sideways)
        self.sticky_name.reveal(col)

    # ---- step 3: import ------------------------------------------------------------------------------------
    def commit(self) -> None:
        if not (self.result and self.result.ok):
            return
        db, plan, result = self.ctx.db, self.plan, self.result
        program_id, village_id, period = self.program_id, self.village_id, self.period
        pending = result.to_confirm
        if pending:
            listed = "\n".join(p.text() for p in pending[:5]) + ("\n……" if len(pending) > 5 else "")
            if not confirm(self, "导入名单", f"以下{len(pending)}处需要您确认：\n{listed}\n\n"
                                             "这些行都应当公示并导入吗？（不应导入的请选“否”，在原表中删去，"
                                             "或返回上一步选择不导入隐藏和划了删除线的行）"):
                return
        self.busy(True)
        self.task = run_task(self, "正在导入…",
                             lambda: importing.commit_import(db, plan, result, program_id, village_id, period,
                                                             confirmed=bool(pending)),
                             self.on_committed, self.failed, writes=True)

    def on_committed(self, batch_id: int) -> None:
        self.batch_id = batch_id
        self.accept()


def with_sheets(plan: importing.ImportPlan) -> importing.ImportPlan:
    """The plan with its workbook's sheet names read (on the worker, with the file)."""
    _ = plan.sheets
    return plan


def changed_note(before: importing.ImportPlan, fresh: importing.ImportPlan) -> str:
    """What changed in a file read again, said before the columns are shown again."""
    if fresh.sheet_name != before.sheet_name:
        choose = "如果名单在另一个工作表中，请在右边的“工作表”中选择。" if len(fresh.sheets) > 1 else ""
        return (f"文件已改动：原来的工作表“{before.sheet_name}”已不在，现在读的是工作表“{fresh.sheet_name}”，"
                f"请重新核对各列。{choose}")
    if fresh.columns != before.columns:
        return "文件已改动，表头与原来不同，请重新核对各列。"
    return "文件已改动，已重新读取。"


def rows_read_text(result: importing.ImportResult) -> str:
    """Every person of the file and the sum of the amounts that could be read (to hold against the village's own
    合计), then those without errors when they differ."""
    text = f"文件中共 <b>{result.file_people}</b> 人，"
    if result.unread_amounts:
        read = result.file_people - result.unread_amounts
        text += (f"其中 {read} 人的金额合计 <b>{format_fen(result.file_amount_fen)}</b> 元"
                 f"（{result.unread_amounts} 人的金额无法读取，未计入）")
    else:
        text += f"金额合计 <b>{format_fen(result.file_amount_fen)}</b> 元"
    if (result.people, result.amount_fen, result.unread_amounts) == (result.file_people, result.file_amount_fen, 0):
        return text + "。"
    return text + (f"；其中没有错误的 <b>{result.people}</b> 人，"
                   f"金额合计 <b>{format_fen(result.amount_fen)}</b> 元。")


def total_row_text(result: importing.ImportResult) -> str:
    """Whether the file's own 合计 row matches the sum of its rows ("" without one)."""
    stated = result.stated_total_fen
    if stated is None:
        return ""
    said = f"第{result.stated_total_row}行合计金额 <b>{format_fen(stated)}</b> 元"
    gap = stated - result.file_amount_fen
    if gap == 0:
        return f"{said}，与文件各行之和一致；"
    return (f'<span style="color:{ERROR_RED}">{said}，与文件各行之和相差 {format_fen(abs(gap))} 元，'
            "请与村里核对</span>；")


class StickyColumn(QObject):
    """A column (姓名) that sticks to the table's left edge once it is scrolled past, so that every row keeps its
    name in view however far right the clerk looks: a second view over the same model and selection, laid over
    the table's left edge. It steps aside when the table is too narrow to leave room beside it."""

    ROOM = 120  # pixels that must stay free beside it for the other columns

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table, self.column = table, None
        self.view = QTableView(table)
        for v in (table, self.view):
            v.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            v.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._dress_view()
        table.viewport().stackUnder(self.view)
        table.verticalScrollBar().valueChanged.connect(self.view.verticalScrollBar().setValue)
        self.view.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.horizontalScrollBar().valueChanged.connect(self.place)
        table.horizontalHeader().sectionResized.connect(self.follow_width)
        table.verticalHeader().sectionResized.connect(lambda row, _old, height: self.view.setRowHeight(row, height))
        table.viewport().installEventFilter(self)
        self.view.hide()

    def _dress_view(self) -> None:
        """The laid-over view looks and behaves like the table, without headers at the side or scroll bars."""
        table, view = self.table, self.view
        view.setObjectName("stickyColumn")
        view.setStyleSheet("QTableView#stickyColumn { border: none; border-right: 1px solid #9fb6cf;"
                           " border-radius: 0; }")
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setEditTriggers(table.editTriggers())
        view.setWordWrap(table.wordWrap())
        view.setAlternatingRowColors(table.alternatingRowColors())
        view.setSelectionBehavior(table.selectionBehavior())

    def stick(self, column: int | None) -> None:
        """Make `column` sticky (None: none); after the table got its model and sized its columns."""
        table, view = self.table, self.view
        self.column = column
        view.setModel(table.model())
        view.setSelectionModel(table.selectionModel())
        view.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        for col in range(table.model().columnCount()):
            view.setColumnHidden(col, col != column)
        if column is not None:
            view.setColumnWidth(column, table.columnWidth(column))
        self.place()

    def has_room(self) -> bool:
        return self.column is not None and \
            self.table.viewport().width() >= self.table.columnWidth(self.column) + self.ROOM

    def sticks(self, scrolled: int) -> bool:
        """Whether the column is held at the left edge with the table scrolled sideways by `scrolled` pixels."""
        return self.has_room() and scrolled > self.table.horizontalHeader().sectionPosition(self.column)

    def place(self) -> None:
        table = self.table
        self.view.setVisible(self.sticks(table.horizontalScrollBar().value()))
        if self.view.isHidden():
            return
        header, frame = table.horizontalHeader(), table.frameWidth()
        self.view.horizontalHeader().setFixedHeight(header.height())
        self.view.setGeometry(table.verticalHeader().width() + frame, frame, table.columnWidth(self.column),
                              header.height() + table.viewport().height())

    def follow_width(self, col: int, _old: int, width: int) -> None:
        if col == self.column:
            self.view.setColumnWidth(col, width)
            self.place()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def reveal(self, col: int) -> None:
        """Scroll sideways, as little as needed, so that column `col` shows, right of the sticky column when it
        lies right of it."""
        bar, header = self.table.horizontalScrollBar(), self.table.horizontalHeader()
        if col == self.column and self.sticks(bar.value()):
            return
        cover = self.table.columnWidth(self.column) if self.has_room() and col > self.column else 0
        left = header.sectionPosition(col)
        right = left + header.sectionSize(col)
        bar.setValue(min(max(bar.value(), right - self.table.viewport().width()), left - cover))
