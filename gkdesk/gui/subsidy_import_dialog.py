"""导入名单: choose the file, program, village and period → confirm or correct the column mapping with a preview
→ check every row on a worker thread (progress after ~0.5 s, 取消 works) → the data beside its problems, each
problem jumping to its row → 导入 (only without errors). Reading, checking and writing are the services'; this
dialog only shows them."""
from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QFileDialog, QMessageBox, QWidget

from gkdesk import clock
from gkdesk.domain.money import format_fen
from gkdesk.gui.context import AppContext
from gkdesk.gui.forms.ui_subsidy_import import Ui_ImportDialog
from gkdesk.gui.subsidy_dialogs import fill_programs, fill_villages, report
from gkdesk.gui.subsidy_models import GridModel, ProblemListModel
from gkdesk.gui.tasks import run_task
from gkdesk.services import subsidy_import as importing
from gkdesk.store.models import SubsidyProgram

FILE, MAPPING, RESULT = range(3)
STEP_TITLES = ("第1步，共3步：选择名单文件", "第2步，共3步：核对各列的对应关系", "第3步，共3步：检查结果")
NEXT_TEXTS = ("下一步", "检查名单", "导入")
NOT_IMPORTED = "（不导入）"
PREVIEW_ROWS = 20


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
        self.ui.browseButton.clicked.connect(self.choose_file)
        self.ui.nextButton.clicked.connect(self.next_step)
        self.ui.backButton.clicked.connect(lambda: self.show_step(self.step - 1))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.problemList.clicked.connect(self.jump_to_problem)
        self.ui.problemList.activated.connect(self.jump_to_problem)
        self.ui.dataTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
        name, _ = QFileDialog.getOpenFileName(self, "选择名单文件", str(Path.home()),
                                              "名单表格 (*.xlsx *.xls *.csv);;所有文件 (*)")
        if name:
            self.ui.fileEdit.setText(name)

    def next_step(self) -> None:
        (self.read_file, self.check, self.commit)[self.step]()

    def failed(self, exc: BaseException) -> None:
        self.busy(False)
        if isinstance(exc, importing.ImportCancelled):
            self.ui.mappingWarning.setText("已取消检查，没有导入任何数据。")
            return
        report(exc, self, self.ctx)

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
        self.task = run_task(self, "正在读取文件…", lambda: importing.prepare_import(path), self.on_plan, self.failed)

    def on_plan(self, plan: importing.ImportPlan) -> None:
        self.busy(False)
        self.plan, self.mapping, self.result = plan, plan.mapping, None
        self.build_mapping()
        self.show_step(MAPPING)
        sheet = f"工作表“{plan.sheet_name}”" if plan.sheet_name else ""
        self.ui.mappingIntro.setText(
            f"文件“{plan.path.name}”{sheet}，表头在第{plan.header_row}行，下面有{plan.data_row_count}行。"
            "程序已按表头把各列对应到名单的各项，请逐项核对（标 * 的必须有）；对错了或没找到的，请在下拉框中选择正确的列。")

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

        def work(cancelled):
            with db.session() as s:
                return importing.validate(plan, mapping, s.get(SubsidyProgram, program_id), s, today=today,
                                          period=period, cancelled=cancelled.is_set)

        self.busy(True)
        self.task = run_task(self, "正在逐行检查名单…", work, self.on_result, self.failed, cancellable=True)

    def on_result(self, result: importing.ImportResult) -> None:
        self.busy(False)
        self.result = result
        plan = self.plan
        start = plan.header.data_start
        self.data_model = GridModel(plan.column_labels(), plan.grid.rows[start:],
                                    [plan.grid.row_number(i) for i in range(start, len(plan.grid.rows))], self)
        self.data_model.set_marks(result.problems)
        self.ui.dataTable.setModel(self.data_model)
        self.ui.dataTable.resizeColumnsToContents()  # Qt measures the first rows only
        self.problem_model = ProblemListModel(result.problems, self)
        self.ui.problemList.setModel(self.problem_model)
        errors, warnings = len(result.errors), len(result.warnings)
        self.ui.resultSummary.setText(
            f"共 <b>{result.people}</b> 人，补贴金额合计 <b>{format_fen(result.amount_fen)}</b> 元；"
            f'<span style="color:#c62828">错误 {errors} 处</span>，'
            f'<span style="color:#a66300">警告 {warnings} 处</span>。')
        if errors:
            hint = f'<span style="color:#c62828">有{errors}处错误，请在原表中改正后重新导入。</span>本次不会导入任何数据。'
        elif warnings:
            hint = f"有{warnings}处警告，不影响导入；请逐条核对，确认无误后点“导入”。"
        else:
            hint = "没有发现问题，可以导入。"
        self.ui.resultHint.setText(hint)
        self.ui.problemsTitle.setVisible(bool(result.problems))
        self.ui.problemList.setVisible(bool(result.problems))
        self.show_step(RESULT)

    def jump_to_problem(self, index) -> None:
        p = self.problem_model.problem(index.row())
        row = self.data_model.row_of_number(p.row) if p else None
        if row is None:
            return
        columns = self.plan.columns
        col = columns.index(p.column) if p.column in columns else 0
        target = self.data_model.index(row, col)
        self.ui.dataTable.selectionModel().setCurrentIndex(
            target, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.dataTable.scrollTo(target, QAbstractItemView.ScrollHint.PositionAtCenter)

    # ---- step 3: import ------------------------------------------------------------------------------------
    def commit(self) -> None:
        if not (self.result and self.result.ok):
            return
        db, plan, result = self.ctx.db, self.plan, self.result
        program_id, village_id, period = self.program_id, self.village_id, self.period
        self.busy(True)
        self.task = run_task(self, "正在导入…",
                             lambda: importing.commit_import(db, plan, result, program_id, village_id, period),
                             self.on_committed, self.failed)

    def on_committed(self, batch_id: int) -> None:
        self.batch_id = batch_id
        self.accept()
