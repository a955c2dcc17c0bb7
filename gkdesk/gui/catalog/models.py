"""Models of the 标准目录 page: the catalog tree (areas and their items) and the selected item's ledger."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from gkdesk import clock
from gkdesk.services import catalog

ItemIdRole = Qt.ItemDataRole.UserRole + 1
AreaIdRole = Qt.ItemDataRole.UserRole + 2
StandsOutRole = Qt.ItemDataRole.UserRole + 3
RecordIdRole = Qt.ItemDataRole.UserRole + 4

RED, GREEN, ORANGE, GREY = "#c62828", "#2e7d32", "#e65100", "#6b7785"
OVERDUE_BG, NONE_BG = QColor("#fdecea"), QColor("#fff1dc")


# ---- the tree -----------------------------------------------------------------------------------------------------

class CatalogTreeModel(QAbstractItemModel):
    """Areas with their items. Internal id 0 marks an area row; n > 0 an item row of the area in row n − 1."""

    COLUMNS = ["领域 / 事项", "适用", "今年公开", "待公开", "已逾期"]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.areas: list[catalog.AreaSummary] = []
        self.year = clock.today().year

    def set_areas(self, areas: list[catalog.AreaSummary], year: int) -> None:
        self.beginResetModel()
        self.areas, self.year = areas, year
        self.endResetModel()

    # structure
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.areas)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.areas[parent.row()].items)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def area_at(self, index) -> catalog.AreaSummary:
        return self.areas[index.row() if index.internalId() == 0 else index.internalId() - 1]

    def item_at(self, index) -> catalog.ItemSummary | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.areas[index.internalId() - 1].items[index.row()]

    def index_of_item(self, item_id: int) -> QModelIndex:
        for a, area in enumerate(self.areas):
            for i, it in enumerate(area.items):
                if it.id == item_id:
                    return self.createIndex(i, 0, a + 1)
        return QModelIndex()

    # data
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = index.column()
        item = self.item_at(index)
        if item is None:
            return self._area_data(self.areas[index.row()], col, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.label  # a reference item is in italics, and says so in its tooltip
            if col == 1:
                return "适用" if item.applicable else "不适用"
            if col == 2:
                return str(item.disclosed_this_year)
            if col == 3:
                return str(item.pending) if item.pending else ""
            if col == 4:
                return str(item.overdue) if item.overdue else ""
        if role == ItemIdRole:
            return item.id
        if role == AreaIdRole:
            return item.area_id
        if role == StandsOutRole:
            return "overdue" if item.overdue else "none" if item.none_this_year else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.overdue:
                return OVERDUE_BG
            if item.none_this_year:
                return NONE_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            if not item.applicable:
                return QColor(GREY)
            if col == 4 and item.overdue:
                return QColor(RED)
            if col == 2 and item.none_this_year:
                return QColor(ORANGE)
        if role == Qt.ItemDataRole.FontRole and item.is_reference and col == 0:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = []
            if item.overdue:
                notes.append(f"有{item.overdue}条已形成的信息超过公开时限仍未公开")
            if item.none_this_year:
                notes.append(f"{self.year}年还没有公开记录")
            if not item.applicable:
                notes.append("本镇不适用")
            if item.is_reference:
                notes.append("来自参考模板，请以本县目录为准")
            return "；".join([item.label, *notes])
        return None

    def _area_data(self, area: catalog.AreaSummary, col: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{area.name}（{len(area.items)}项）" + ("（已隐藏）" if area.hidden else "")
            if col == 2:
                return str(area.disclosed_this_year)
            if col == 4:
                return str(area.overdue) if area.overdue else ""
            return ""
        if role == AreaIdRole:
            return area.id
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if area.hidden:
                return QColor(GREY)
            if col == 4 and area.overdue:
                return QColor(RED)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and area.without_disclosure:
            return f"{area.name}：{area.without_disclosure}个适用事项{self.year}年还没有公开记录"
        return None


# ---- the ledger table -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LedgerLine:
    id: int
    title: str
    formed_on: dt.date
    published_on: dt.date | None
    deadline: dt.date | None
    channels: str
    place: str
    handler: str
    review: str
    status: str
    label: str
    from_publicity: bool


class LedgerModel(QAbstractTableModel):
    COLUMNS = ["信息标题", "信息形成日期", "应公开日期", "公开日期", "状态", "公开渠道", "地点或链接", "经办人", "保密审查"]
    COLOURS = {catalog.ON_TIME: GREEN, catalog.LATE: ORANGE, catalog.PENDING: GREY, catalog.OVERDUE: RED,
               catalog.DISCLOSED: GREEN}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[LedgerLine] = []

    def set_lines(self, lines: list[LedgerLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, line in enumerate(self.lines) if line.id == record_id), None)

    def text(self, line: LedgerLine, col: int) -> str:
        iso = lambda d: d.isoformat() if d else ""
        return [line.title, iso(line.formed_on), iso(line.deadline) or "—", iso(line.published_on) or "未公开",
                line.label, line.channels, line.place, line.handler, line.review][col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(line, col)
        if role == RecordIdRole:
            return line.id
        if role == Qt.ItemDataRole.ForegroundRole and col == 4:
            return QColor(self.COLOURS.get(line.status, GREY))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 0 and line.from_publicity:
                return f"{line.title}\n（补贴公示开始时自动登记）"
            text = self.text(line, col)
            return text if len(text) > 10 else None
        return None
