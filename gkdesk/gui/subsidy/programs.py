"""补贴项目: the programs with their standard, publicity length, notice columns, basis text, objection channel and
phones. Changes are saved with 保存, and also when another program is chosen or the dialog is closed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListView, QListWidgetItem, QWidget

from gkdesk.domain.money import format_fen
from gkdesk.domain.vocab import AREAS_26, PERIOD_UNITS
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import show_user_error, written
from gkdesk.gui.forms.ui_subsidy_programs import Ui_ProgramDialog
from gkdesk.services import subsidy
from gkdesk.services.errors import USER_ERRORS
from gkdesk.services.subsidy import NOTICE_COLUMNS, ProgramRow

ID_ROLE = Qt.ItemDataRole.UserRole


def standard_text(p: ProgramRow) -> str:
    return format_fen(p.standard_fen) if p.standard_fen is not None else ""


class ProgramDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False  # something was saved: the page reloads its filters
        self.ui = Ui_ProgramDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.categoryCombo.addItems(AREAS_26)
        ui.periodUnitCombo.addItems(PERIOD_UNITS)
        ui.columnList.setFlow(QListView.Flow.LeftToRight)
        ui.columnList.setWrapping(True)
        ui.columnList.setResizeMode(QListView.ResizeMode.Adjust)
        for name in NOTICE_COLUMNS:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.columnList.addItem(item)
        self.current: ProgramRow | None = None
        self.programs: list[ProgramRow] = []
        ui.addButton.setAutoDefault(False)
        ui.saveButton.setDefault(True)
        ui.programList.currentRowChanged.connect(self._switch)
        ui.addButton.clicked.connect(self.add)
        ui.saveButton.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.load()

    def load(self, select_id: int | None = None) -> None:
        with self.ctx.db.session() as s:
            self.programs = subsidy.list_programs(s)
        ui = self.ui
        ui.programList.blockSignals(True)
        ui.programList.clear()
        for p in self.programs:
            item = QListWidgetItem(p.name if p.active else f"{p.name}（停用）")
            item.setData(ID_ROLE, p.id)
            ui.programList.addItem(item)
        ids = [p.id for p in self.programs]
        row = ids.index(select_id) if select_id in ids else 0 if ids else -1
        ui.programList.setCurrentRow(row)
        ui.programList.blockSignals(False)
        self.show_program(self.programs[row] if row >= 0 else None)

    def show_program(self, p: ProgramRow | None) -> None:
        ui = self.ui
        self.current = p
        for w in (ui.nameEdit, ui.categoryCombo, ui.unitEdit, ui.standardEdit, ui.periodSpin, ui.periodUnitCombo,
                  ui.columnList, ui.basisEdit, ui.channelEdit, ui.phonesEdit, ui.activeCheck, ui.saveButton):
            w.setEnabled(p is not None)
        if p is None:
            return
        ui.nameEdit.setText(p.name)
        ui.categoryCombo.setCurrentText(p.category)
        ui.unitEdit.setText(p.quantity_unit)
        ui.standardEdit.setText(standard_text(p))
        ui.periodSpin.setValue(p.period_days)
        ui.periodUnitCombo.setCurrentText(p.period_unit)
        for i in range(ui.columnList.count()):
            item = ui.columnList.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in p.notice_columns else Qt.CheckState.Unchecked)
        ui.basisEdit.setPlainText(p.basis_text)
        ui.channelEdit.setPlainText(p.objection_channel)
        ui.phonesEdit.setText(p.phones)
        ui.activeCheck.setChecked(p.active)
        ui.statusLabel.setText(f"已有{p.batch_count}个公示批次使用这个项目。" if p.batch_count else "")

    def form_values(self) -> dict:
        ui = self.ui
        columns = [ui.columnList.item(i).text() for i in range(ui.columnList.count())
                   if ui.columnList.item(i).checkState() == Qt.CheckState.Checked]
        return {"name": ui.nameEdit.text(), "category": ui.categoryCombo.currentText(),
                "quantity_unit": ui.unitEdit.text(), "standard": ui.standardEdit.text(),
                "period_days": ui.periodSpin.value(), "period_unit": ui.periodUnitCombo.currentText(),
                "notice_columns": columns, "basis_text": ui.basisEdit.toPlainText(),
                "objection_channel": ui.channelEdit.toPlainText(), "phones": ui.phonesEdit.text(),
                "active": ui.activeCheck.isChecked()}

    def _unsaved(self) -> bool:
        p = self.current
        if p is None:
            return False
        saved = {"name": p.name, "category": p.category, "quantity_unit": p.quantity_unit,
                 "standard": standard_text(p), "period_days": p.period_days, "period_unit": p.period_unit,
                 "notice_columns": [c for c in NOTICE_COLUMNS if c in p.notice_columns],
                 "basis_text": p.basis_text, "objection_channel": p.objection_channel, "phones": p.phones,
                 "active": p.active}
        now = self.form_values()
        return any(str(now[k]).strip() != str(saved[k]).strip() for k in saved)

    def save(self, then_show: int | None = None) -> bool:
        """Save the form when it differs from the stored program; then show `then_show` (default: the same)."""
        if not self._unsaved():
            return True
        if not written(self.ctx.db, self, lambda s: subsidy.update_program(s, self.current.id, **self.form_values())):
            return False
        self.changed = True
        saved = self.current.id
        self.load(saved if then_show is None else then_show)
        self.ui.statusLabel.setText(f"已保存“{next(p.name for p in self.programs if p.id == saved)}”。")
        return True

    def _switch(self, row: int) -> None:
        target = self.programs[row] if 0 <= row < len(self.programs) else None
        if self._unsaved():
            if not self.save(target.id if target else None):
                self.ui.programList.blockSignals(True)
                self.ui.programList.setCurrentRow([p.id for p in self.programs].index(self.current.id))
                self.ui.programList.blockSignals(False)
            return
        self.show_program(target)

    def add(self) -> None:
        if not self.save():
            return
        taken = {p.name for p in self.programs}
        name = next(n for n in (f"新补贴项目{i or ''}" for i in range(100)) if n not in taken)
        try:
            with self.ctx.db.transaction() as s:
                new_id = subsidy.add_program(s, name=name).id
        except USER_ERRORS as exc:
            show_user_error(exc, self)
            return
        self.changed = True
        self.load(new_id)
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def reject(self) -> None:
        if self.save():
            super().reject()
