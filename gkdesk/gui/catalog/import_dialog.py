"""导入标准目录: the preview of an ImportPlan before anything is saved, row by row with its problems."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from gkdesk.gui.catalog.dialogs import GREEN, GREY, ORANGE
from gkdesk.gui.forms.ui_catalog_import_dialog import Ui_CatalogImportDialog
from gkdesk.io.catalog_reader import GROUP_SEP
from gkdesk.services import catalog

PREVIEW_COLUMNS = ["位置", "处理", "领域", "一级事项", "二级事项", "公开内容", "公开时限", "期限计算", "公开渠道",
                   "对象·方式·层级", "其他列", "变化"]


class PreviewModel(QAbstractTableModel):
    """Each row of the file as the program understood it."""

    def __init__(self, plan: catalog.ImportPlan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.flagged = {(p.sheet, p.row) for p in plan.problems}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.plan.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(PREVIEW_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return PREVIEW_COLUMNS[section]
        return None

    def text(self, row: int, col: int) -> str:
        p = self.plan.items[row]
        r = p.row
        channels = "、".join(r.channels) + (f"（其他：{r.channel_other}）" if r.channel_other else "")
        options = " / ".join("、".join(x) or "—" for x in (r.audience, r.modes, r.levels))
        notes = "；".join(f"{k.replace(GROUP_SEP, '·')}：{v}" for k, v in r.notes.items())
        return [r.where, p.action, r.area, r.level1, r.level2, r.content, r.time_limit, p.rule_text, channels,
                options, notes, "、".join(p.changes)][col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            p = self.plan.items[row]
            problems = self.plan.problems_at(p.row.sheet, p.row.row)
            text = self.text(row, col)
            return "\n".join([*(x.message for x in problems), text if len(text) > 14 else ""]).strip() or None
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            action = self.plan.items[row].action
            return QColor(GREEN if action == catalog.ADD else ORANGE if action == catalog.UPDATE else GREY)
        if role == Qt.ItemDataRole.BackgroundRole:
            p = self.plan.items[row]
            if (p.row.sheet, p.row.row) in self.flagged:
                return QColor("#fff6d6")
        return None


class ImportDialog(QDialog):
    """Shows an ImportPlan before anything is saved: every row as understood, the problems by row, and whether
    the reference template is to be replaced."""

    def __init__(self, plan: catalog.ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.ui = Ui_CatalogImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        title = f"“{plan.title}”" if plan.title else ""
        ui.summaryLabel.setText(f"文件“{plan.path.name}”{title}：{plan.summary()}\n"
                                "请核对每一行的识别结果（黄色行有需要注意的问题），确认无误后点“导入”。")
        self.model = PreviewModel(plan, self)
        ui.previewTable.setModel(self.model)
        header = ui.previewTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((150, 50, 90, 130, 130, 200, 200, 200, 220, 160, 140, 160)):
            ui.previewTable.setColumnWidth(col, width)
        ui.previewTable.verticalHeader().setDefaultSectionSize(26)
        for problem in plan.problems:
            ui.problemList.addItem(str(problem))
        ui.problemsLabel.setText(f"需要注意的问题（{len(plan.problems)}处）" if plan.problems else "没有发现问题。")
        ui.problemList.setVisible(bool(plan.problems))
        ui.replaceReferenceCheck.setVisible(plan.reference_items > 0)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("导入")
        ok.setEnabled(bool(plan.items))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText("取消")
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    @property
    def replace_reference(self) -> bool:
        return self.ui.replaceReferenceCheck.isChecked()
