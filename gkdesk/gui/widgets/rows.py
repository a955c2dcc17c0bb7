"""A read-only table of plain rows fetched once per refresh (a township has tens of records a year): a subclass
gives the column titles and says what each cell shows."""
from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    columns: ClassVar[list[str]] = []

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        return None


def fit_columns(view: QTableView, caps: dict[int, int]) -> None:
    """Each column as wide as its widest cell or title, those in `caps` at most that many characters wide (what is
    cut shows whole in its tooltip); the last one takes what is left."""
    view.resizeColumnsToContents()
    char = view.fontMetrics().horizontalAdvance("中")
    for col, chars in caps.items():
        view.setColumnWidth(col, min(view.columnWidth(col), chars * char + 16))


def clear_filters(combos: tuple[QComboBox, ...], search: QLineEdit) -> None:
    """Every filter back to 全部 and the search emptied, without a reload for each (the caller loads once): a row
    the clerk is sent to must not stay hidden by a filter."""
    for widget in (*combos, search):
        widget.blockSignals(True)
    for combo in combos:
        combo.setCurrentIndex(0)
    search.clear()
    for widget in (*combos, search):
        widget.blockSignals(False)
