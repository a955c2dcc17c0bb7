"""The records table of the 政策解读报备 page, and the colours the page, its chart and its dialog share."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from gkdesk.services import interp

IdRole = Qt.ItemDataRole.UserRole + 1
RED, GREEN, ORANGE, GREY, BLUE = "#c62828", "#2e7d32", "#e65100", "#6b7785", "#3d7cc9"


@dataclass(frozen=True)
class RecordRow:
    id: int
    values: dict
    sync: interp.SyncStatus
    locked: bool


COLUMNS = ["解读发布日期", "解读标题", "政策文件名称", "文号", "解读形式", "解读人", "职务", "是否同步发布", "发布渠道", "状态"]
# Widest a column is fitted to, in characters (what is cut shows whole in its tooltip)
FITTED_CAPS = {COLUMNS.index("解读标题"): 14, COLUMNS.index("政策文件名称"): 12, COLUMNS.index("是否同步发布"): 8,
               COLUMNS.index("发布渠道"): 10}


class RecordTableModel(QAbstractTableModel):
    """Interpretation records as rows (plain data fetched once per refresh; a township has tens a year)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RecordRow] = []

    def set_rows(self, rows: list[RecordRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), None)

    def _text(self, r: RecordRow, col: int) -> str:
        v = r.values
        return [
            v["published_on"].isoformat(), v["title"], v["policy_title"], v["doc_number"], v["form"], v["interpreter"],
            v["role"], r.sync.short, "、".join(v["channels"]), "已报送（锁定）" if r.locked else "",
        ][col]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == IdRole:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 7:
                return r.sync.explanation
            if col == 9 and r.locked:
                return "该月报备表已标记为已报送，记录已锁定；如需修改，请先在“月度报备表”中重新打开该月。"
            text = self._text(r, col)
            return text if len(text) > 8 else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 7 and r.sync.synced is False:
                return QColor(RED)
            if col == 7 and r.sync.synced is None or col == 9:
                return QColor(GREY)
        return None
