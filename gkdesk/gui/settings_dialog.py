"""设置: unit, villages and 村民小组, masking of personal numbers, working-day calendar. 确定 saves everything in
one transaction; an error is shown and the dialog stays open.

工作日历: the clerk pastes the State Council's notice (or reads a file into the same box); what was understood is
shown beside it as it is typed, or the one sentence that says why it cannot be taken; 采用这份安排 adds the years to
the table, and 确定 saves them."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from gkdesk import clock
from gkdesk.domain.idnumber import MaskPattern, mask_account, mask_id_number, mask_phone
from gkdesk.domain.workcal import ENTERED, FALLBACK, EnteredYear, WorkCalendar
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import USER_ERRORS
from gkdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from gkdesk.gui.widgets.files import ask_open_path
from gkdesk.services import calendar, settings

TABS = ("unit", "villages", "masks", "calendar", "requests")
SAMPLES = {"mask_id": ("110101199003071234", mask_id_number),
           "mask_account": ("6228480012345678901", mask_account),
           "mask_phone": ("13812345678", mask_phone)}
GROUPS_ROLE = Qt.ItemDataRole.UserRole


class ListEditor:
    """添加 / 改名 / 删除 / 上移 / 下移 for one QListWidget of editable names."""

    def __init__(self, widget: QListWidget, buttons: dict[str, QPushButton], new_name: str,
                 changed: Callable[[], None]):
        self.widget, self.new_name, self.changed = widget, new_name, changed
        buttons["add"].clicked.connect(self.add)
        buttons["rename"].clicked.connect(lambda: self.widget.currentItem() and
                                          self.widget.editItem(self.widget.currentItem()))
        buttons["remove"].clicked.connect(self.remove)
        buttons["up"].clicked.connect(lambda: self.move(-1))
        buttons["down"].clicked.connect(lambda: self.move(1))
        widget.itemChanged.connect(lambda _item: self.changed())

    def names(self) -> list[str]:
        return [self.widget.item(i).text().strip() for i in range(self.widget.count())]

    def make_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def add(self) -> None:
        taken, n = set(self.names()), 1
        name = self.new_name
        while name in taken:
            n += 1
            name = f"{self.new_name}{n}"
        item = self.make_item(name)
        self.widget.addItem(item)
        self.widget.setCurrentItem(item)
        self.widget.editItem(item)
        self.changed()

    def remove(self) -> None:
        row = self.widget.currentRow()
        if row >= 0:
            self.widget.takeItem(row)
            self.changed()

    def move(self, step: int) -> None:
        row = self.widget.currentRow()
        if row < 0 or not 0 <= row + step < self.widget.count():
            return
        item = self.widget.takeItem(row)
        self.widget.insertItem(row + step, item)
        self.widget.setCurrentRow(row + step)
        self.changed()


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for hint in (ui.clerkHint, ui.villageHint, ui.groupHint, ui.maskIntro, ui.calendarIntro, ui.requestsIntro):
            hint.setObjectName("hint")
        ui.calendarError.setObjectName("error")
        ui.calendarError.hide()
        self.villages = ListEditor(ui.villageList, self._buttons("village"), "新村", self._village_changed)
        self.groups = ListEditor(ui.groupList, self._buttons("group"), "新小组", self._store_groups)
        ui.villageList.currentItemChanged.connect(self._show_groups)
        self.masks: dict[str, tuple[QSpinBox, QSpinBox]] = {
            "mask_id": (ui.maskIdHead, ui.maskIdTail),
            "mask_account": (ui.maskAccountHead, ui.maskAccountTail),
            "mask_phone": (ui.maskPhoneHead, ui.maskPhoneTail)}
        self._calendar_read: calendar.CalendarImport | None = None
        ui.calendarPaste.textChanged.connect(self.read_pasted_calendar)
        ui.calendarImport.clicked.connect(self.import_calendar)
        ui.calendarApply.clicked.connect(self.adopt_calendar)
        ui.calendarRemove.clicked.connect(self.remove_calendar_year)
        ui.calendarTable.itemSelectionChanged.connect(self._update_calendar_buttons)
        self._load()

    def _buttons(self, prefix: str) -> dict[str, QPushButton]:
        return {key: getattr(self.ui, f"{prefix}{key.capitalize()}") for key in ("add", "rename", "remove", "up", "down")}

    def show_tab(self, name: str) -> None:
        self.ui.tabs.setCurrentIndex(TABS.index(name))

    # ---- loading ------------------------------------------------------------------------------
    def _load(self) -> None:
        ui = self.ui
        with self.ctx.db.session() as s:
            unit = settings.get_unit(s)
            values = settings.all_settings(s)
            villages = [(v.name, [g.name for g in v.groups]) for v in settings.villages(s)]
            self._entered_before = {y.year: y for y in calendar.entered_years(s)}
        if unit:
            ui.unitName.setText(unit.name)
            ui.unitKind.setCurrentText(unit.kind or "乡镇")
            ui.unitCounty.setText(unit.county)
            ui.unitPhone.setText(unit.phone)
            ui.unitSupervision.setText(unit.supervision_phone)
            ui.unitAddress.setText(unit.address)
        ui.clerkName.setText(values.get("clerk_name") or "")
        for name, groups in villages:
            item = self.villages.make_item(name)
            item.setData(GROUPS_ROLE, groups)
            ui.villageList.addItem(item)
        ui.villageList.setCurrentRow(0)
        self._show_groups()
        for key, (head, tail) in self.masks.items():
            pattern = MaskPattern.from_text(values[key])
            head.setValue(pattern.keep_head)
            tail.setValue(pattern.keep_tail)
            head.valueChanged.connect(self._update_previews)
            tail.valueChanged.connect(self._update_previews)
        self._update_previews()
        self._entered = dict(self._entered_before)
        self._fill_calendar()
        self._load_requests(values)

    def _load_requests(self, values: dict) -> None:
        """依申请公开: an empty text follows the unit; what it becomes is its placeholder."""
        from gkdesk.services import requests as info_requests

        with self.ctx.db.session() as s:
            defaults = info_requests.setting_defaults(s)
        for key, edit in self._request_edits().items():
            edit.setText(values.get(key) or "")
            edit.setPlaceholderText(defaults[key])
        self.ui.requestSupplementDays.setValue(int(values.get("request_supplement_days") or 15))

    def _request_edits(self) -> dict:
        ui = self.ui
        return {"request_number_prefix": ui.requestPrefix, "request_review_organ": ui.requestReviewOrgan,
                "request_court": ui.requestCourt}

    # ---- villages -----------------------------------------------------------------------------
    def _show_groups(self, *_args) -> None:
        item = self.ui.villageList.currentItem()
        self.ui.groupList.blockSignals(True)
        self.ui.groupList.clear()
        for name in (item.data(GROUPS_ROLE) or []) if item else []:
            self.ui.groupList.addItem(self.groups.make_item(name))
        self.ui.groupList.blockSignals(False)
        self.ui.groupBox.setTitle(f"{item.text()}的村民小组" if item else "村民小组")
        self.ui.groupBox.setEnabled(item is not None)

    def _store_groups(self) -> None:
        item = self.ui.villageList.currentItem()
        if item is not None:
            item.setData(GROUPS_ROLE, [g for g in self.groups.names() if g])

    def _village_changed(self) -> None:
        item = self.ui.villageList.currentItem()
        self.ui.groupBox.setTitle(f"{item.text()}的村民小组" if item else "村民小组")

    def village_data(self) -> list[tuple[str, list[str]]]:
        lst = self.ui.villageList
        return [(lst.item(i).text().strip(), list(lst.item(i).data(GROUPS_ROLE) or [])) for i in range(lst.count())]

    # ---- masks --------------------------------------------------------------------------------
    def _pattern(self, key: str) -> MaskPattern:
        head, tail = self.masks[key]
        return MaskPattern(head.value(), tail.value())

    def _update_previews(self) -> None:
        previews = {"mask_id": self.ui.maskIdPreview, "mask_account": self.ui.maskAccountPreview,
                    "mask_phone": self.ui.maskPhonePreview}
        for key, (sample, fn) in SAMPLES.items():
            previews[key].setText(f"示例：{fn(sample, self._pattern(key))}")

    # ---- calendar -----------------------------------------------------------------------------
    def calendar_years(self) -> list[int]:
        this = clock.today().year
        return sorted(set(range(this - 1, this + 3)) | set(self._entered))

    def _fill_calendar(self) -> None:
        table = self.ui.calendarTable
        cal = WorkCalendar(self._entered.values())
        years = self.calendar_years()
        table.clear()
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["年份", "节假日安排"])
        table.setRowCount(len(years))
        for row, year in enumerate(years):
            source = cal.year_source(year)
            text = calendar.SOURCE_LABELS[source]
            if source == ENTERED:
                e = self._entered[year]
                text += f"：放假 {len(e.holidays)} 天，调休上班 {len(e.workdays)} 天"
            year_item = QTableWidgetItem(f"{year}年")
            year_item.setData(Qt.ItemDataRole.UserRole, (year, source))
            source_item = QTableWidgetItem(text)
            if source == FALLBACK:
                source_item.setForeground(QColor("#a15c00"))
            table.setItem(row, 0, year_item)
            table.setItem(row, 1, source_item)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        self._update_calendar_buttons()

    def _selected_year(self) -> tuple[int, str] | None:
        rows = self.ui.calendarTable.selectionModel().selectedRows()
        return self.ui.calendarTable.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def _update_calendar_buttons(self) -> None:
        selected = self._selected_year()
        self.ui.calendarRemove.setEnabled(bool(selected and selected[1] == ENTERED))

    def import_calendar(self) -> None:
        path = ask_open_path(self, "选择节假日安排文件", "文本文件 (*.txt);;所有文件 (*)")
        if path is not None:
            self.import_calendar_file(path)

    def import_calendar_file(self, path: Path) -> None:
        """The file goes into the paste box, to be read and checked like pasted text."""
        try:
            text = calendar.decode_calendar_file(path.read_bytes())
        except OSError:
            QMessageBox.warning(self, "无法读取", f"无法读取“{path.name}”，请检查文件是否还在、是否被别的程序占用，"
                                "或直接把通知粘贴进来。")
            return
        self.ui.calendarPaste.setPlainText(text)

    def read_pasted_calendar(self) -> None:
        text = self.ui.calendarPaste.toPlainText()
        self._calendar_read, error = None, ""
        if text.strip():
            try:
                self._calendar_read = calendar.read_calendar_text(text, self._entered.values())
            except (*USER_ERRORS, ValueError) as exc:
                error = str(exc)
        self._show_calendar_read(error)

    def _show_calendar_read(self, error: str) -> None:
        ui, read = self.ui, self._calendar_read
        ui.calendarError.setText(error)
        ui.calendarError.setVisible(bool(error))
        ui.calendarPreview.setPlainText("\n".join(read.summary) if read else "")
        ui.calendarApply.setEnabled(read is not None)

    def adopt_calendar(self) -> None:
        read = self._calendar_read
        if read is None:
            return
        for year in read.years:
            self._entered[year.year] = year
        self._fill_calendar()
        years = "、".join(f"{y}年" for y in read.year_numbers)
        self.ui.calendarPaste.clear()
        self.ui.calendarPreview.setPlainText(f"已采用{years}的节假日安排，点“确定”后保存。")

    def _take_pasted_calendar(self) -> bool:
        """确定 with a notice still in the paste box adopts it when it reads, and stops when it does not."""
        if not self.ui.calendarPaste.toPlainText().strip():
            return True
        if self._calendar_read is None:
            self.show_tab("calendar")
            QMessageBox.warning(self, "无法保存", f"粘贴框里的节假日安排读不进来：{self.ui.calendarError.text()}"
                                "不需要它的话，请清空粘贴框再点“确定”。")
            return False
        self.adopt_calendar()
        return True

    def remove_calendar_year(self) -> None:
        selected = self._selected_year()
        if selected and selected[1] == ENTERED:
            self._entered.pop(selected[0], None)
            self._fill_calendar()
            self.read_pasted_calendar()  # a notice reaching into that year reads differently now

    def _save_calendar(self, s) -> None:
        for year in set(self._entered_before) | set(self._entered):
            now: EnteredYear | None = self._entered.get(year)
            if now is None:
                calendar.remove_year(s, year)
            elif now != self._entered_before.get(year):
                calendar.save_year(s, now)

    # ---- saving -------------------------------------------------------------------------------
    def accept(self) -> None:
        ui = self.ui
        if not self._take_pasted_calendar():
            return
        try:
            with self.ctx.db.transaction() as s:
                settings.save_unit(s, ui.unitName.text(), county=ui.unitCounty.text(), phone=ui.unitPhone.text(),
                                   kind=ui.unitKind.currentText(), address=ui.unitAddress.text(),
                                   supervision_phone=ui.unitSupervision.text())
                settings.set_setting(s, "clerk_name", ui.clerkName.text().strip())
                settings.save_villages(s, self.village_data())
                for key in self.masks:
                    settings.set_setting(s, key, self._pattern(key).to_text())
                for key, edit in self._request_edits().items():
                    settings.set_setting(s, key, edit.text().strip())
                settings.set_setting(s, "request_supplement_days", ui.requestSupplementDays.value())
                self._save_calendar(s)
        except (*USER_ERRORS, ValueError) as exc:
            QMessageBox.warning(self, "无法保存", str(exc))
            return
        super().accept()
