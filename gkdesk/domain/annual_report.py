"""政府信息公开工作年度报告 (条例 第四十九、五十条; domain.md §7): the tables of the 2021 format and how a year is
counted into them. Pure, no I/O.

The words, order and nesting below are those of 《中华人民共和国政府信息公开工作年度报告格式》 (国办公开办函〔2021〕30号),
checked against published copies of the format and of 2022–2025 township reports that reproduce its tables (the
list is in the issue-15 report). The outcome rows and applicant columns are the vocabulary of the 依申请公开 register
(`gkdesk.domain.requests`), not a copy of it.

- ``TABLE2_GROUPS``: table 二 (主动公开), entered by the clerk; ``in_force`` prefills 现行有效件数.
- ``TABLE3_COLUMNS``/``TABLE3_ROWS``: table 三 (申请), counted by ``count_requests`` from each request's receipt
  day, answer day and outcome; ``identity_gaps`` and ``unbalanced`` check 新收 + 上年结转 = 办理结果总计 + 结转下年度.
- ``TABLE4_COLUMNS``/``TABLE4_ROWS``: table 四 (复议、诉讼), counted by ``count_cases``.

How a year is counted (a request belongs to the year of each event that falls in it):
- 本年新收: received in the year;
- 上年结转: received before 1 January and not answered before it;
- 本年度办理结果: answered (or ended, 视为放弃) in the year, in the row of its outcome — a request given up because
  the 补正 or the fee did not come is counted under （六）其他处理 1 or 2 in the year the office recorded it; until
  then it is carried over like any request still open;
- 结转下年度: received by 31 December and not answered by then.
A case (行政复议, 诉讼) is counted in the year it was filed, with its result as of 31 December (尚未审结 when decided
later).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from gkdesk.domain import requests as rq
from gkdesk.domain.money import QuantityError, parse_decimal

FORMAT_NAME = "《中华人民共和国政府信息公开工作年度报告格式》"
FORMAT_NUMBER = "国办公开办函〔2021〕30号"
REGULATION = rq.REGULATION

LEGAL_DEADLINE = (1, 31)          # 条例 第四十九条: published by 31 January
COUNTY_DEADLINE_DEFAULT = (1, 15)  # counties usually want townships' reports by mid-January (a setting)

DRAFT, FINAL = "草稿", "已定稿"
STATES = (DRAFT, FINAL)

# ---- the report's parts, in order ------------------------------------------------------------------------------

OVERVIEW = "一、总体情况"
TABLE2_TITLE = "二、主动公开政府信息情况"
TABLE3_TITLE = "三、收到和处理政府信息公开申请情况"
TABLE4_TITLE = "四、政府信息公开行政复议、行政诉讼情况"
PROBLEMS = "五、存在的主要问题及改进情况"
OTHERS = "六、其他需要报告的事项"
SECTIONS: tuple[str, ...] = (OVERVIEW, TABLE2_TITLE, TABLE3_TITLE, TABLE4_TITLE, PROBLEMS, OTHERS)

# 一、总体情况 reports these five (format, 一（一）): 主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障.
ACTIVE, REQUESTS, MANAGEMENT, PLATFORM, SUPERVISION = (
    "（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障")
OVERVIEW_PARTS: tuple[str, ...] = (ACTIVE, REQUESTS, MANAGEMENT, PLATFORM, SUPERVISION)

# ---- table 二 ------------------------------------------------------------------------------------------------------

CONTENT_HEAD = "信息内容"
ISSUED, REPEALED, IN_FORCE = "本年制发件数", "本年废止件数", "现行有效件数"
DECISIONS = "本年处理决定数量"
FEES_WAN = "本年收费金额（单位：万元）"
RULES, NORMATIVE = "规章", "行政规范性文件"
LICENSING, PENALTY, COERCION, CHARGES = "行政许可", "行政处罚", "行政强制", "行政事业性收费"


@dataclass(frozen=True)
class Table2Group:
    """One block of table 二: the article heading row, a 信息内容 row with the columns, the rows of values."""

    article: str
    columns: tuple[str, ...]
    rows: tuple[str, ...]


TABLE2_GROUPS: tuple[Table2Group, ...] = (
    Table2Group("第二十条第（一）项", (ISSUED, REPEALED, IN_FORCE), (RULES, NORMATIVE)),
    Table2Group("第二十条第（五）项", (DECISIONS,), (LICENSING,)),
    Table2Group("第二十条第（六）项", (DECISIONS,), (PENALTY, COERCION)),
    Table2Group("第二十条第（八）项", (FEES_WAN,), (CHARGES,)),
)
MONEY_CELL = (CHARGES, FEES_WAN)   # held in 分, shown in 万元


def table2_cells() -> list[tuple[str, str]]:
    """Every (row, column) of table 二, in the format's order."""
    return [(row, col) for g in TABLE2_GROUPS for row in g.rows for col in g.columns]


# ---- table 三 ------------------------------------------------------------------------------------------------------

TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
APPLICANTS_HEAD = "申请人情况"
TOTAL = "总计"
ROW_NEW = "一、本年新收政府信息公开申请数量"
ROW_CARRIED_IN = "二、上年结转政府信息公开申请数量"
ROW_RESULTS = "三、本年度办理结果"
ROW_RESULTS_TOTAL = "（七）总计"
ROW_CARRIED_OUT = "四、结转下年度继续办理"


@dataclass(frozen=True)
class Label:
    """A row or column of a form table: ``key`` is its own label in the format (the JSON key), ``path`` the
    labels from the outermost group down to it (the nesting the header or the stub shows)."""

    key: str
    path: tuple[str, ...]


TABLE3_COLUMNS: tuple[Label, ...] = (
    Label(rq.NATURAL_PERSON, (APPLICANTS_HEAD, rq.NATURAL_PERSON)),
    *(Label(t, (APPLICANTS_HEAD, rq.ORGANIZATION, t)) for t in rq.ORGANIZATION_TYPES),
    Label(TOTAL, (APPLICANTS_HEAD, TOTAL)),
)


def _outcome_rows() -> tuple[Label, ...]:
    out = []
    for outcome in rq.OUTCOMES:
        category = rq.CATEGORY_ROWS[outcome.category]
        path = (ROW_RESULTS, category) if outcome.number is None else (ROW_RESULTS, category, outcome.report_row)
        out.append(Label(outcome.report_row, path))
    return tuple(out)


OUTCOME_ROWS: tuple[Label, ...] = _outcome_rows()
TABLE3_ROWS: tuple[Label, ...] = (
    Label(ROW_NEW, (ROW_NEW,)),
    Label(ROW_CARRIED_IN, (ROW_CARRIED_IN,)),
    *OUTCOME_ROWS,
    Label(ROW_RESULTS_TOTAL, (ROW_RESULTS, ROW_RESULTS_TOTAL)),
    Label(ROW_CARRIED_OUT, (ROW_CARRIED_OUT,)),
)

# ---- table 四 ------------------------------------------------------------------------------------------------------

REVIEW_HEAD, SUIT_HEAD = "行政复议", "行政诉讼"
CASE_COLUMNS: tuple[str, ...] = (*(rq.CASE_RESULT_COLUMNS[r] for r in rq.CASE_RESULTS), TOTAL)
TABLE4_ROWS: tuple[Label, ...] = (
    Label(rq.REVIEW, (REVIEW_HEAD,)),
    Label(rq.SUIT_DIRECT, (SUIT_HEAD, rq.SUIT_DIRECT)),
    Label(rq.SUIT_AFTER_REVIEW, (SUIT_HEAD, rq.SUIT_AFTER_REVIEW)),
)
# The format lays table 四 out as one row of numbers under a three-level header.
TABLE4_COLUMNS: tuple[Label, ...] = tuple(Label(col, (*kind.path, col)) for kind in TABLE4_ROWS
                                          for col in CASE_COLUMNS)

Counts = dict[str, dict[str, int]]   # {row label: {column label: number}}


def empty_counts(rows: Iterable[Label], columns: Iterable[str]) -> Counts:
    columns = list(columns)
    return {r.key: {c: 0 for c in columns} for r in rows}


# ---- counting requests ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RequestRecord:
    """What the count needs to know of one request of the register."""

    id: int
    number: str
    applicant_type: str
    received_on: dt.date
    answered_on: dt.date | None = None   # the answer, or the day it was treated as given up
    outcome: rq.Outcome | None = None


@dataclass(frozen=True)
class YearPlace:
    """Where one request stands in a year's table 三 (each 0 or 1)."""

    new: int
    carried_in: int
    answered: int
    carried_out: int

    @property
    def balanced(self) -> bool:
        """Counted in as often as counted out: 新收 + 上年结转 = 办理结果 + 结转下年度 for this request."""
        return self.new + self.carried_in == self.answered + self.carried_out

    @property
    def counted(self) -> bool:
        return bool(self.new or self.carried_in or self.answered or self.carried_out)


def year_place(record: RequestRecord, year: int) -> YearPlace:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    answered = record.answered_on
    return YearPlace(
        new=int(first <= record.received_on <= last),
        carried_in=int(record.received_on < first and (answered is None or answered >= first)),
        answered=int(answered is not None and first <= answered <= last),
        carried_out=int(record.received_on <= last and (answered is None or answered > last)),
    )


def count_requests(records: Iterable[RequestRecord], year: int) -> Counts:
    """Table 三 of ``year``: every row and column, 总计 and （七）总计 included."""
    columns = [c.key for c in TABLE3_COLUMNS]
    counts = empty_counts(TABLE3_ROWS, columns)
    for record in records:
        place = year_place(record, year)
        column = record.applicant_type
        if column not in counts[ROW_NEW]:
            raise ValueError(f"unknown applicant type {column!r} of request {record.number}")
        counts[ROW_NEW][column] += place.new
        counts[ROW_CARRIED_IN][column] += place.carried_in
        counts[ROW_CARRIED_OUT][column] += place.carried_out
        if place.answered:
            if record.outcome is None:
                raise ValueError(f"request {record.number} is answered without an outcome")
            counts[record.outcome.report_row][column] += 1
    for label in OUTCOME_ROWS:
        for column in columns[:-1]:
            counts[ROW_RESULTS_TOTAL][column] += counts[label.key][column]
    for row in counts.values():
        row[TOTAL] = sum(v for c, v in row.items() if c != TOTAL)
    return counts


@dataclass(frozen=True)
class IdentityGap:
    """A column of table 三 where 一 + 二 ≠ 三（七） + 四."""

    column: str
    received: int      # 新收 + 上年结转
    accounted: int     # 办理结果总计 + 结转下年度

    def describe(self) -> str:
        return (f"“{self.column}”列：新收与上年结转合计{self.received}件，办理结果总计与结转下年度合计"
                f"{self.accounted}件，相差{abs(self.received - self.accounted)}件")


def identity_gaps(counts: Counts) -> list[IdentityGap]:
    gaps = []
    for column in counts[ROW_NEW]:
        received = counts[ROW_NEW][column] + counts[ROW_CARRIED_IN][column]
        accounted = counts[ROW_RESULTS_TOTAL][column] + counts[ROW_CARRIED_OUT][column]
        if received != accounted:
            gaps.append(IdentityGap(column, received, accounted))
    return gaps


def unbalanced(records: Iterable[RequestRecord], year: int) -> list[tuple[RequestRecord, YearPlace]]:
    """The requests that make a gap: counted in and out a different number of times. With one receipt day and
    one answer day per request this happens only when the answer is dated before the receipt (in another year);
    the check stays general so that any new way of ending a request is caught the same way."""
    out = []
    for record in records:
        place = year_place(record, year)
        if not place.balanced:
            out.append((record, place))
    return out


def why_unbalanced(record: RequestRecord, place: YearPlace) -> str:
    """One clause saying what is wrong with the request's dates."""
    if record.answered_on is not None and record.answered_on < record.received_on:
        return (f"答复日期{record.answered_on.isoformat()}早于收到申请日期{record.received_on.isoformat()}")
    if place.answered:
        return f"在本年办结（{record.answered_on}），但既不是本年新收也不是上年结转"
    return f"计入本年（收到{record.received_on.isoformat()}），但既未在本年办结也未结转下年度"


# ---- counting cases -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseRecord:
    id: int
    request_id: int
    number: str           # the request's 编号
    kind: str             # 行政复议 | 未经复议直接起诉 | 复议后起诉
    filed_on: dt.date
    result: str           # 维持 | 纠正 | 其他结果 | 尚未审结
    decided_on: dt.date | None = None


def case_result_at(case: CaseRecord, day: dt.date) -> str:
    """The case's result as known on ``day``: 尚未审结 until it is decided."""
    if case.result == rq.PENDING or case.decided_on is None or case.decided_on > day:
        return rq.PENDING
    return case.result


def count_cases(cases: Iterable[CaseRecord], year: int) -> Counts:
    """Table 四 of ``year`` as {案件类型: {结果维持 … 总计}}: cases filed in the year, results as of 31 December."""
    counts = empty_counts(TABLE4_ROWS, CASE_COLUMNS)
    last = dt.date(year, 12, 31)
    for case in cases:
        if case.filed_on.year != year:
            continue
        column = rq.CASE_RESULT_COLUMNS[case_result_at(case, last)]
        counts[case.kind][column] += 1
        counts[case.kind][TOTAL] += 1
    return counts


def table4_row(counts: Counts) -> list[int]:
    """Table 四 as the format prints it: one row of fifteen numbers."""
    return [counts[kind.key][col] for kind in TABLE4_ROWS for col in CASE_COLUMNS]


# ---- table 二: entered values and the 现行有效 prefill -----------------------------------------------------------------

class ReportError(ValueError):
    """A value or step the report refuses; the message is one Chinese sentence."""


def cell_key(row: str, column: str) -> str:
    return f"{row}.{column}"


_COLUMN_ALIASES = {"制发": ISSUED, "本年制发": ISSUED, "废止": REPEALED, "本年废止": REPEALED,
                   "现行有效": IN_FORCE, "处理决定": DECISIONS, "处理决定数量": DECISIONS, "决定": DECISIONS,
                   "收费金额": FEES_WAN, "本年收费金额": FEES_WAN, "金额": FEES_WAN}


def parse_cell(text: str) -> tuple[str, str]:
    """"行政规范性文件.本年制发件数" → (row, column) of table 二; the column may be shortened (制发, 废止, 现行有效,
    处理决定, 收费金额) and left out where the row has one column (行政处罚)."""
    text = "".join(str(text).split()).replace("．", ".")
    row, _, column = text.partition(".")
    group = next((g for g in TABLE2_GROUPS if row in g.rows), None)
    if group is None:
        rows = "、".join(r for g in TABLE2_GROUPS for r in g.rows)
        raise ReportError(f"表二没有“{row}”这一行，可填：{rows}")
    if not column and len(group.columns) == 1:
        return row, group.columns[0]
    column = column if column in group.columns else _COLUMN_ALIASES.get(column, column)
    if column not in group.columns:
        raise ReportError(f"表二“{row}”一行的栏目只有{'、'.join(group.columns)}，没有“{column or '（未写）'}”")
    return row, column


def parse_cell_value(row: str, column: str, value: object) -> int:
    """A count (whole number, 0 or more), or for 行政事业性收费 an amount in 万元 returned in 分."""
    what = f"“{row}”的{column}"
    try:
        number = parse_decimal(value, places=None) if not isinstance(value, (int, Decimal)) else Decimal(value)
    except (QuantityError, InvalidOperation):
        raise ReportError(f"{what}“{value}”不是数字，请填写数字") from None
    if number < 0:
        raise ReportError(f"{what}不能是负数，请核对")
    if (row, column) == MONEY_CELL:
        fen = number * 1_000_000
        if fen != fen.to_integral_value():
            raise ReportError(f"{what}以万元为单位，最多保留六位小数（精确到分），请核对")
        return int(fen)
    if number != number.to_integral_value():
        raise ReportError(f"{what}应为整数件数，请核对")
    if number > 10_000_000:
        raise ReportError(f"{what}{number}过大，请核对")
    return int(number)


def wan_yuan(fen: int) -> str:
    """分 as 万元 without trailing zeros: 1234500 → 1.2345, 0 → 0."""
    text = format(Decimal(fen) / Decimal(1_000_000), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def wan_yuan_number(fen: int) -> int | float:
    """分 as 万元 for a spreadsheet or JSON: an int when whole."""
    return fen // 1_000_000 if fen % 1_000_000 == 0 else float(Decimal(fen) / Decimal(1_000_000))


@dataclass(frozen=True)
class InForce:
    """现行有效件数 of one row: entered, or last year's plus this year's issued minus repealed."""

    value: int
    computed: int
    entered: bool
    last_year: int | None   # None: no report of last year

    def source(self, row: str, issued: int, repealed: int) -> str:
        base = (f"上年现行有效{self.last_year}件" if self.last_year is not None else "上年无报告，按0件起算")
        computed = f"{base} + 本年制发{issued}件 − 本年废止{repealed}件 = {self.computed}件"
        return f"手工填写{self.value}件（按上年推算应为：{computed}）" if self.entered else computed


def in_force(last_year: int | None, issued: int, repealed: int, entered: int | None) -> InForce:
    computed = max(0, (last_year or 0) + issued - repealed)
    if entered is not None:
        return InForce(entered, computed, True, last_year)
    return InForce(computed, computed, False, last_year)


# ---- deadlines --------------------------------------------------------------------------------------------------------

def parse_month_day(text: object) -> tuple[int, int]:
    """"01-15", "1月15日", "1-15" → (1, 15) (the county's deadline setting)."""
    raw = "".join(str(text or "").split())
    cleaned = raw.replace("月", "-").replace("日", "").replace("/", "-").replace(".", "-")
    try:
        month, day = (int(p) for p in cleaned.split("-"))
        dt.date(2024, month, day)   # a leap year: 2月29日 stays possible
    except ValueError:
        raise ReportError(f"报送期限“{raw}”应写成如 1月15日 或 01-15") from None
    return month, day


def deadline(year: int, month_day: tuple[int, int]) -> dt.date:
    """The day in the year after the report's ``year`` (2月29日 falls back to 28日 in a common year)."""
    month, day = month_day
    try:
        return dt.date(year + 1, month, day)
    except ValueError:
        return dt.date(year + 1, month, day - 1)


@dataclass(frozen=True)
class Deadlines:
    county: dt.date
    legal: dt.date

    def next_after(self, today: dt.date) -> dt.date:
        """The county's date until it passes, then the legal one."""
        return self.county if today <= self.county else self.legal


def deadlines(year: int, county: tuple[int, int] = COUNTY_DEADLINE_DEFAULT) -> Deadlines:
    legal = deadline(year, LEGAL_DEADLINE)
    return Deadlines(min(deadline(year, county), legal), legal)


# ---- the lifecycle ------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HistoryEntry:
    at: str        # ISO timestamp
    who: str
    action: str    # 定稿 | 重新打开
    reason: str = ""

    def to_json(self) -> dict:
        return {"at": self.at, "who": self.who, "action": self.action, "reason": self.reason}


def check_can_finalize(year: int, today: dt.date, state: str) -> None:
    if state == FINAL:
        raise ReportError(f"{year}年度报告已经定稿，不需要再次定稿")
    if today <= dt.date(year, 12, 31):
        raise ReportError(f"{year}年尚未结束，统计期限到12月31日止，{year + 1}年1月1日起才能定稿")


def check_can_reopen(year: int, state: str, reason: str) -> str:
    if state != FINAL:
        raise ReportError(f"{year}年度报告还是草稿，可以直接修改，不需要重新打开")
    reason = " ".join(str(reason or "").split())
    if len(reason) < 4:
        raise ReportError("重新打开已定稿的报告须写明原因（至少4个字），如“县政务公开办退回修改表三”")
    return reason


def check_editable(year: int, state: str) -> None:
    if state == FINAL:
        raise ReportError(f"{year}年度报告已定稿，不能修改；确需修改的，请先写明原因重新打开")


@dataclass(frozen=True)
class Check:
    """A finding on the report: ``level`` error (blocks 定稿), warning, or info; ``refs`` the records behind it as
    (entity, id, label)."""

    level: str
    text: str
    refs: tuple[tuple[str, int, str], ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        return {"level": self.level, "text": self.text,
                "refs": [{"entity": e, "id": i, "label": label} for e, i, label in self.refs]}

    @classmethod
    def from_json(cls, data: dict) -> Check:
        """A check as :meth:`to_json` wrote it (a finalized report keeps its checks)."""
        return cls(data["level"], data["text"],
                   tuple((r["entity"], int(r["id"]), r["label"]) for r in data.get("refs", [])))


ERROR, WARNING, INFO = "error", "warning", "info"
CHECK_LEVELS = {ERROR: "须改正", WARNING: "请核对", INFO: "说明"}
