"""Table models of the 惠民补贴公示 page: the batch list and the recipient list (lazy: ids plus a row cache, the
pattern of Anki's browser)."""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from gkdesk.domain.lifecycle import NOT_STARTED, REVIEWED_WAITING
from gkdesk.domain.vocab import ARCHIVED, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
from gkdesk.services.notice import quantity_title, standard_title
from gkdesk.services.subsidy import BatchRow, RecipientRow

ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)

RED = QColor("#c62828")
ORANGE = QColor("#e65100")
GREEN = QColor("#2e7d32")
GREY = QColor("#6b7785")

STATE_COLOURS = {DRAFT: "#6b7785", PENDING_REVIEW: "#a66300", PUBLISHING: "#2e7d32", ENDED: "#c62828",
                 ARCHIVED: "#1b3a5c", SUPERSEDED: "#9aa5b1", REVIEWED_WAITING: "#1565c0", NOT_STARTED: "#4a7a9a"}


def state_colour(row: BatchRow) -> str:
    return STATE_COLOURS.get(row.state_text, STATE_COLOURS.get(row.state, "#6b7785"))


def countdown(row: BatchRow) -> str:
    """剩余天数 of the batch list: running ones count down (a correction posted from a later day counts to its
    start), ended ones wait for the archive."""
    if row.state == PUBLISHING and row.days_left is not None:
        return row.countdown
    if row.state == ENDED:
        return "已期满，待归档"
    return ""


def corrects_text(row: BatchRow) -> str:
    """Which batch corrects which, for the list's tooltip."""
    if row.replaces_id and row.replaced_by_id:
        return "这是一次更正公示，它本身也已被更正。"
    if row.replaces_id:
        return "这是一次更正公示：原公示已改为“已更正”，保留备查。"
    if row.replaced_by_id:
        return "已被更正：更正后的公示见列表中同村同项目的“（更正）”一行。"
    return ""


class BatchTableModel(QAbstractTableModel):
    COLUMNS = ("村", "项目", "期间", "状态", "人数", "金额(元)", "公示时间", "剩余天数")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[BatchRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[BatchRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if self._sort:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def batch(self, row: int) -> BatchRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, batch_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == batch_id), None)

    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self.COLUMNS[section]
        return None

    def _text(self, r: BatchRow, col: int) -> str:
        program = f"{r.program_name}（更正）" if r.replaces_id else r.program_name
        return (r.village_name, program, r.period, r.state_text, str(r.people), r.amount_text, r.dates_text,
                countdown(r))[col]

    def data(self, index, role=DISPLAY):
        r = self.batch(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        if role == DISPLAY:
            return self._text(r, col)
        if role == ALIGN and col in (4, 5):
            return RIGHT
        if role == FOREGROUND:
            if col == 3:
                return QColor(state_colour(r))
            if col == 7:
                if r.not_started:
                    return GREY
                if r.state == ENDED or (r.days_left is not None and r.days_left < 0):
                    return RED
                if r.days_left == 0:
                    return ORANGE
                return GREEN
        if role == TOOLTIP:
            lines = [r.title, corrects_text(r), f"有{r.open_objections}条异议待处理" if r.open_objections else ""]
            return "\n".join(line for line in lines if line)
        return None

    def _key(self, r: BatchRow, col: int):
        if col == 4:
            return r.people
        if col == 5:
            return r.amount_fen
        if col == 6:
            return (r.start_date is None, r.start_date or 0)
        if col == 7:
            return (r.days_left is None, r.days_left or 0)
        return self._text(r, col)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self.rows.sort(key=lambda r: self._key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:  # no sort column: the services' order, newest first
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_rows(column, order)
        self.layoutChanged.emit()


# (header, attribute shown, field name for update_recipient or None when not editable)
RECIPIENT_COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("序号", "seq", None),
    ("村民小组", "group_name", "group_name"),
    ("姓名", "name", "name"),
    ("身份证号", "id_number", "id_number"),
    ("家庭人口", "household_size", "household_size"),
    ("数量", "quantity_text", "quantity"),
    ("补贴标准", "standard_text", "standard"),
    ("补贴金额(元)", "amount_text", "amount"),
    ("发放方式", "pay_method", "pay_method"),
    ("账号", "account", "account"),
    ("联系电话", "phone", "phone"),
    ("发放时间", "pay_date", "pay_date"),
    ("备注", "remark", "remark"),
)
_NUMERIC = {"household_size", "quantity_text", "standard_text", "amount_text"}
QUANTITY_COLUMN = next(i for i, c in enumerate(RECIPIENT_COLUMNS) if c[1] == "quantity_text")
STANDARD_COLUMN = next(i for i, c in enumerate(RECIPIENT_COLUMNS) if c[1] == "standard_text")


def recipient_text(row: RecipientRow, attr: str) -> str:
    value = getattr(row, attr)
    if value is None:
        return ""
    if attr == "pay_date":
        return value.isoformat()
    return str(value)


class RecipientTableModel(QAbstractTableModel):
    """The list of one batch: all ids (from list_recipient_ids) and rows loaded in chunks when the view asks for
    them. Only the chunks near what is on screen are kept, so 20,000 rows cost 20,000 ints and a few hundred
    rows of objects."""

    CHUNK = 200
    MAX_CHUNKS = 20

    def __init__(self, loader: Callable[[Sequence[int]], list[RecipientRow]], parent=None):
        super().__init__(parent)
        self._load = loader
        self.ids: list[int] = []
        self._cache: dict[int, RecipientRow] = {}
        self._chunks: OrderedDict[int, list[int]] = OrderedDict()  # chunk number → ids it loaded (LRU order)
        self.fetches = 0  # how many times the loader ran (tests check laziness with it)
        self.editable = False
        self.on_edit: Callable[[RecipientRow, str, str], bool] | None = None  # (row, field, text) → accepted
        self.titles = [c[0] for c in RECIPIENT_COLUMNS]

    # ---- ids and cache ------------------------------------------------------------------------------
    def set_ids(self, ids: list[int]) -> None:
        """A new id list (search, add, delete)."""
        self.beginResetModel()
        self.ids = list(ids)
        self._cache.clear()
        self._chunks.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """The same ids, values changed elsewhere: drop the cache and let the view ask again."""
        self._cache.clear()
        self._chunks.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, self.columnCount() - 1))

    def invalidate(self, ids: Sequence[int]) -> None:
        """These rows changed: load them again when shown."""
        wanted = set(ids)
        for rid in wanted:
            self._cache.pop(rid, None)
        for i, rid in enumerate(self.ids):
            if rid in wanted:
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    @property
    def cached_rows(self) -> int:
        return len(self._cache)

    def row(self, row: int) -> RecipientRow | None:
        if not 0 <= row < len(self.ids):
            return None
        rid = self.ids[row]
        found = self._cache.get(rid)
        if found is None:
            self._fetch(row // self.CHUNK)
            found = self._cache.get(rid)
        return found

    def _fetch(self, chunk: int) -> None:
        ids = self.ids[chunk * self.CHUNK:(chunk + 1) * self.CHUNK]
        self.fetches += 1
        for r in self._load(ids):
            self._cache[r.id] = r
        self._chunks[chunk] = ids
        self._chunks.move_to_end(chunk)
        while len(self._chunks) > self.MAX_CHUNKS:
            _, old = self._chunks.popitem(last=False)
            for rid in old:
                self._cache.pop(rid, None)

    # ---- Qt -----------------------------------------------------------------------------------------
    def rowCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=ROOT) -> int:
        return 0 if parent.isValid() else len(RECIPIENT_COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

    def set_unit(self, unit: str) -> None:
        """Head the quantity and standard columns as the villages' lists do (面积(亩), 补贴标准(元/亩))."""
        titles = [c[0] for c in RECIPIENT_COLUMNS]
        titles[QUANTITY_COLUMN], titles[STANDARD_COLUMN] = quantity_title(unit), standard_title(unit)
        if titles != self.titles:
            self.titles = titles
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(titles) - 1)

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        attr = RECIPIENT_COLUMNS[index.column()][1]
        if role == ALIGN:
            return RIGHT if attr in _NUMERIC else None
        if role not in (DISPLAY, EDIT, TOOLTIP):
            return None
        r = self.row(index.row())
        if r is None:
            return None
        if role == TOOLTIP:
            if attr == "id_number" and r.id_masked:
                return f"公示时显示为 {r.id_masked}"
            if attr == "account" and r.account_masked:
                return f"公示时显示为 {r.account_masked}"
            return None
        return recipient_text(r, attr)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and RECIPIENT_COLUMNS[index.column()][2]:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=EDIT) -> bool:
        field = RECIPIENT_COLUMNS[index.column()][2]
        r = self.row(index.row())
        if role != EDIT or not field or r is None or self.on_edit is None:
            return False
        text = str(value).strip()
        if text == recipient_text(r, RECIPIENT_COLUMNS[index.column()][1]):
            return False
        return self.on_edit(r, field, text)
