"""政府信息公开工作年度报告 (issue 15): the year's report drafted from the year's own data.

- Table 三 is counted from the 依申请公开 register and table 四 from its 复议/诉讼 cases (domain/annual_report.py
  says how); table 二 is what the clerk enters, its 现行有效件数 prefilled from last year's report.
- The text: 一（一）主动公开 is drafted from the ledger (services/catalog.py), the 公示 lists reviewed and posted and
  the 政策解读 against the year's targets (services/interp.py); 一（二）依申请公开 from tables 三 and 四; 六 from the
  information-processing fees. The other parts start from last year's text (never invented) with a prompt. An
  edited part keeps the sentences it was drafted from, so its figures follow the data (domain/report_draft.py).
- Checks: the identity 新收 + 上年结转 = 办理结果总计 + 结转下年度 per column with the requests that break it, last
  year's 结转下年度 against this year's 上年结转, requests left open, texts that quote old figures or repeat last
  year's. An error blocks 定稿.
- Lifecycle: 草稿 → 已定稿 (the whole report frozen in ``snapshot``, audited) → 重新打开 only with a reason. A
  reminder runs from 1 January until the previous year's report is 定稿.

No Qt, python-docx or openpyxl here: ``gkdesk report annual --json`` stays light; the files are written by
io/docx_writer.py and io/xlsx_writer.py from :func:`report_document`.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from gkdesk import clock
from gkdesk.domain import annual_report as ar
from gkdesk.domain import privacy
from gkdesk.domain import report_draft as rd
from gkdesk.domain import requests as rules
from gkdesk.domain.annual_report import Check, Counts, ReportError
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import ARCHIVED, ENDED, INTERP_FORMS, PUBLISHING
from gkdesk.domain.workcal import WorkCalendar
from gkdesk.io.document import FormCell, FormTable, Heading, ReportDocument, report_privacy_problems
from gkdesk.services import catalog, interp, settings
from gkdesk.services import requests as register
from gkdesk.services.calendar import load_calendar
from gkdesk.services.errors import UserError
from gkdesk.services.reminders import Reminder, ReminderContext, provider, severity_for
from gkdesk.store.audit import current_who
from gkdesk.store.models import (
    AnnualReport,
    InfoRequest,
    InfoRequestFee,
    PublicityBatch,
    Recipient,
)

SETTING_COUNTY_DEADLINE = "annual_report_county_deadline"   # "01-15"
PREFACE = "前言"
TEXT_PARTS: tuple[str, ...] = (PREFACE, *ar.OVERVIEW_PARTS, ar.PROBLEMS, ar.OTHERS)
DRAFTED_PARTS = (PREFACE, ar.ACTIVE, ar.REQUESTS, ar.OTHERS)   # parts with sentences written from the data
REQUIRED_PARTS = (ar.MANAGEMENT, ar.PLATFORM, ar.SUPERVISION, ar.PROBLEMS, ar.OTHERS)

# What each part should say: shown beside the editor, and in a draft's .docx where the part is still empty.
PROMPTS: dict[str, str] = {
    PREFACE: "报告的编制依据和统计期限（已起草，一般不需修改）。",
    ar.ACTIVE: "已按公开台账、公示名单、政策解读和表二起草，可补充重点领域信息公开的做法。",
    ar.REQUESTS: "已按表三、表四起草，可补充依申请公开工作的做法（如办理流程、答复规范）。",
    ar.MANAGEMENT: "请写本年度政府信息管理情况：公开属性源头认定、保密审查、政策文件清理、信息发布审核等。",
    ar.PLATFORM: "请写政府网站专栏、政务新媒体、村务公开栏、政务公开专区等平台的建设和维护情况。",
    ar.SUPERVISION: "请写工作考核、社会评议和责任追究结果情况（条例第五十条第四项），以及培训、制度建设等。",
    ar.PROBLEMS: "请写本年度存在的主要问题和改进措施，以及上年报告所列问题的整改情况。",
    ar.OTHERS: "已写信息处理费；请补充人大代表建议和政协提案办理结果公开情况、上级年度政务公开工作要点落实情况等县里要求报告的事项。",
}
# What a draft's .docx shows where a part is still empty; a finalized report never contains it (an error check).
PLACEHOLDER = "【待填写"


def placeholder(part: str) -> str:
    return f"{PLACEHOLDER}：{PROMPTS[part]}】"


def unfilled(text: str) -> bool:
    """A part that would be written as (or still holds) a 【待填写：…】 mark."""
    return not text.strip() or PLACEHOLDER in text


_PART_ALIASES = {"前言": PREFACE, "主动公开": ar.ACTIVE, "依申请公开": ar.REQUESTS, "政府信息管理": ar.MANAGEMENT,
                 "平台建设": ar.PLATFORM, "政府信息公开平台建设": ar.PLATFORM, "监督保障": ar.SUPERVISION,
                 "五": ar.PROBLEMS, "存在的主要问题及改进情况": ar.PROBLEMS, "问题": ar.PROBLEMS,
                 "六": ar.OTHERS, "其他需要报告的事项": ar.OTHERS, "其他": ar.OTHERS}


def _user(fn, *args):
    """Call a domain check; its ReportError becomes the clerk's sentence."""
    try:
        return fn(*args)
    except ReportError as exc:
        raise UserError(f"{exc}。") from None


def part_of(name: object) -> str:
    """A part of the text by its heading (（五）监督保障), its words (监督保障) or 五 / 六."""
    text = "".join(str(name or "").split())
    if text in TEXT_PARTS:
        return text
    for part in TEXT_PARTS:
        if part.endswith(text) and len(text) >= 2:
            return part
    found = _PART_ALIASES.get(text.strip("、一二三四五六（）()"), _PART_ALIASES.get(text))
    if found is None:
        raise UserError(f"报告没有“{name}”这一部分，可写：{'、'.join(TEXT_PARTS)}。")
    return found


# ---- settings ------------------------------------------------------------------------------------------------------

def county_deadline(session: Session) -> tuple[int, int]:
    value = settings.get_setting(session, SETTING_COUNTY_DEADLINE)
    return _user(ar.parse_month_day, value) if value else ar.COUNTY_DEADLINE_DEFAULT


def set_county_deadline(session: Session, value: object) -> tuple[int, int]:
    month, day = _user(ar.parse_month_day, value)
    settings.set_setting(session, SETTING_COUNTY_DEADLINE, f"{month:02d}-{day:02d}")
    return month, day


# ---- the view: everything one year's report shows ----------------------------------------------------------------

@dataclass
class TextPart:
    part: str
    text: str
    prompt: str
    edited: bool = False                  # the clerk's own text (else the draft, or last year's)
    from_last_year: bool = False          # started from last year's text and not yet changed
    stale: tuple[rd.Stale, ...] = ()      # drafted sentences whose figures changed under an edited text
    draft: rd.Draft = field(default_factory=dict)
    optional: rd.Draft = field(default_factory=dict)


@dataclass
class AnnualReportView:
    year: int
    state: str
    authority: str
    table2: Counts
    table3: Counts
    table4: Counts
    texts: dict[str, TextPart]
    checks: list[Check]
    deadlines: ar.Deadlines
    table2_sources: dict[tuple[str, str], str] = field(default_factory=dict)
    table2_entered: set[tuple[str, str]] = field(default_factory=set)
    table3_sources: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    table4_sources: dict[tuple[str, str], list[tuple[int, str]]] = field(default_factory=dict)
    carried_out: list[tuple[int, str]] = field(default_factory=list)
    last_year: dict | None = None         # last year's finalized report (its JSON), for comparison
    finalized_on: dt.date | None = None
    history: list[dict] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{self.authority}{self.year}年政府信息公开工作年度报告"

    @property
    def final(self) -> bool:
        return self.state == ar.FINAL

    @property
    def errors(self) -> list[Check]:
        return [c for c in self.checks if c.level == ar.ERROR]

    @property
    def identity_holds(self) -> bool:
        return not ar.identity_gaps(self.table3)


def _row(session: Session, year: int) -> AnnualReport | None:
    return session.scalar(select(AnnualReport).where(AnnualReport.year == int(year)))


def _row_for_update(session: Session, year: int) -> AnnualReport:
    row = _row(session, year)
    if row is None:
        row = AnnualReport(year=int(year), state=ar.DRAFT, entered={}, texts={}, basis={}, history=[],
                           updated_at=clock.now())
        session.add(row)
        session.flush()
    return row


def build(session: Session, year: int, today: dt.date | None = None) -> AnnualReportView:
    """The report of ``year``: counted now (a draft), or as finalized with any later change of the data listed."""
    today = today or clock.today()
    year = int(year)
    row = _row(session, year)
    live = _live(session, year, row, today)
    if row is None or row.state != ar.FINAL or not row.snapshot:
        return live
    frozen = _from_snapshot(session, row, today)
    frozen.checks = [*frozen.checks, *_changed_since(frozen.checks, live.checks), *_drift(frozen, live)]
    return frozen


# ---- counting from the register -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Counted:
    records: list[ar.RequestRecord]
    late: set[int]                      # requests answered after their due day
    year_end: dict[int, register.RequestStatus]   # open at 31 December: their status then


def _requests(session: Session, year: int, cal: WorkCalendar, today: dt.date) -> _Counted:
    rows = session.scalars(select(InfoRequest).where(InfoRequest.received_on <= dt.date(year, 12, 31))
                           .options(selectinload(InfoRequest.events), selectinload(InfoRequest.fees))
                           .order_by(InfoRequest.received_on, InfoRequest.id))
    records, late, year_end = [], set(), {}
    last = dt.date(year, 12, 31)
    for r in rows:
        status = register.request_status(r, cal, today)
        answer = status.answer
        if answer is not None and answer.day < dt.date(year, 1, 1) and answer.day >= r.received_on:
            continue   # answered in an earlier year: not in this report
        records.append(ar.RequestRecord(r.id, r.number, r.applicant_type, r.received_on,
                                        answer.day if answer else None, answer.outcome if answer else None))
        if answer is not None and answer.late:
            late.add(r.id)
        if answer is None or answer.day > last:
            year_end[r.id] = register.request_status(r, cal, as_of=last)
    return _Counted(records, late, year_end)


def _cases(session: Session, year: int) -> list[ar.CaseRecord]:
    rows = session.scalars(select(InfoRequest).where(InfoRequest.cases.any())
                           .options(selectinload(InfoRequest.cases)))
    return [ar.CaseRecord(c.id, r.id, r.number, c.kind, c.filed_on, c.result, c.decided_on)
            for r in rows for c in r.cases if c.filed_on.year <= year]


def _table3_sources(records: list[ar.RequestRecord], year: int) -> dict[tuple[str, str], list[tuple[int, str]]]:
    out: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for rec in records:
        place = ar.year_place(rec, year)
        ref = (rec.id, rec.number)
        for flag, row in ((place.new, ar.ROW_NEW), (place.carried_in, ar.ROW_CARRIED_IN),
                          (place.carried_out, ar.ROW_CARRIED_OUT)):
            if flag:
                out[(row, rec.applicant_type)].append(ref)
                out[(row, ar.TOTAL)].append(ref)
        if place.answered and rec.outcome is not None:
            for row in (rec.outcome.report_row, ar.ROW_RESULTS_TOTAL):
                out[(row, rec.applicant_type)].append(ref)
                out[(row, ar.TOTAL)].append(ref)
    return dict(out)


def _table4_sources(cases: list[ar.CaseRecord], year: int) -> dict[tuple[str, str], list[tuple[int, str]]]:
    out: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    last = dt.date(year, 12, 31)
    for case in cases:
        if case.filed_on.year != year:
            continue
        column = rules.CASE_RESULT_COLUMNS[ar.case_result_at(case, last)]
        for col in (column, ar.TOTAL):
            out[(case.kind, col)].append((case.request_id, case.number))
    return dict(out)


# ---- table 二 --------------------------------------------------------------------------------------------------------

def _entered(row: AnnualReport | None) -> dict[tuple[str, str], int]:
    if row is None:
        return {}
    return {(r, c): int(v) for r, cols in (row.entered or {}).items() for c, v in cols.items()}


def _last_in_force(session: Session, year: int, depth: int = 0) -> dict[str, int] | None:
    """现行有效件数 of 规章 and 行政规范性文件 as last reported for ``year``; None when there is no report."""
    row = _row(session, year)
    if row is None or depth > 50:
        return None
    if row.state == ar.FINAL and row.snapshot:
        table = row.snapshot["tables"][ar.TABLE2_TITLE]
        return {r: int(table[r][ar.IN_FORCE]) for r in (ar.RULES, ar.NORMATIVE)}
    return {r: f.value for r, f in _table2(session, year, row, depth + 1).in_force.items()}


@dataclass(frozen=True)
class _Table2:
    table: Counts
    sources: dict[tuple[str, str], str]
    entered: set[tuple[str, str]]
    in_force: dict[str, ar.InForce]     # 规章, 行政规范性文件


def _table2(session: Session, year: int, row: AnnualReport | None, depth: int = 0) -> _Table2:
    entered = _entered(row)
    table: Counts = {r: {} for g in ar.TABLE2_GROUPS for r in g.rows}
    sources: dict[tuple[str, str], str] = {}
    for r, c in ar.table2_cells():
        if c != ar.IN_FORCE:
            table[r][c] = entered.get((r, c), 0)
            sources[(r, c)] = "手工填写" if (r, c) in entered else "尚未填写（按0计）"
    last = _last_in_force(session, year - 1, depth)
    in_force = {}
    for r in (ar.RULES, ar.NORMATIVE):
        issued, repealed = table[r][ar.ISSUED], table[r][ar.REPEALED]
        value = ar.in_force(last[r] if last else None, issued, repealed, entered.get((r, ar.IN_FORCE)))
        table[r][ar.IN_FORCE] = value.value
        sources[(r, ar.IN_FORCE)] = value.source(r, issued, repealed)
        in_force[r] = value
    return _Table2(table, sources, set(entered), in_force)


def set_values(session: Session, year: int, assignments: list[str] | dict[str, object],
               today: dt.date | None = None) -> list[tuple[str, str, int]]:
    """Enter table 二: ``["行政规范性文件.本年制发件数=2", …]`` or {cell: value}. An empty value removes an entry
    (现行有效件数 then follows last year's again). Returns what was set as (row, column, value in 分 or 件)."""
    row = _row_for_update(session, year)
    _user(ar.check_editable, year, row.state)
    pairs = assignments.items() if isinstance(assignments, dict) else [_split(a) for a in assignments]
    entered = {r: dict(cols) for r, cols in (row.entered or {}).items()}
    done = []
    for cell, value in pairs:
        r, c = _user(ar.parse_cell, cell)
        if value is None or str(value).strip() == "":
            entered.get(r, {}).pop(c, None)
            continue
        number = _user(ar.parse_cell_value, r, c, value)
        entered.setdefault(r, {})[c] = number
        done.append((r, c, number))
    row.entered = {r: cols for r, cols in entered.items() if cols}
    row.updated_at = clock.now()
    session.flush()
    return done


def _split(assignment: str) -> tuple[str, str]:
    cell, sep, value = str(assignment).partition("=")
    if not sep:
        raise UserError(f"“{assignment}”应写成“行政规范性文件.本年制发件数=2”的样子。")
    return cell, value


# ---- the figures the text is drafted from -------------------------------------------------------------------------

def _publicity(session: Session, year: int) -> rd.Publicity:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    batches = list(session.scalars(select(PublicityBatch).where(
        PublicityBatch.start_date.between(first, last), PublicityBatch.state.in_((PUBLISHING, ENDED, ARCHIVED)))))
    if not batches:
        return rd.Publicity()
    ids = [b.id for b in batches]
    people = amount = 0
    for batch_id, fen in session.execute(select(Recipient.batch_id, Recipient.amount_fen)
                                         .where(Recipient.batch_id.in_(ids))):
        people += 1
        amount += fen
    return rd.Publicity(villages=len({b.village_id for b in batches}), lists=len(batches), people=people,
                        amount_fen=amount, archived=sum(1 for b in batches if b.state == ARCHIVED),
                        corrected=sum(1 for b in batches if b.replaces_id is not None))


def _active_facts(session: Session, year: int, cal: WorkCalendar, today: dt.date, table2: Counts) -> rd.ActiveFacts:
    unit = settings.get_unit(session)
    disclosed = tuple((a.name, a.disclosed_this_year)
                      for a in catalog.overview(session, year, cal, today, include_hidden=True)
                      if a.disclosed_this_year)
    stats = interp.year_stats(session, year)
    forms = dict(stats.by_form)
    by_form = tuple((f, forms[f]) for f in (*INTERP_FORMS, *sorted(set(forms) - set(INTERP_FORMS))) if forms.get(f))
    targets = tuple((p.name + ("解读" if p.dimension == "role" else ""), p.done, p.minimum) for p in stats.progress)
    return rd.ActiveFacts(year, rd.unit_self(unit.name if unit else "", unit.kind if unit else "乡镇"), disclosed,
                          _publicity(session, year), stats.total, by_form, targets, table2)


def _fee_facts(session: Session, year: int) -> rd.FeeFacts:
    fees = session.scalars(select(InfoRequestFee).where(
        InfoRequestFee.notice_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
    charged = charged_fen = unpaid = 0
    for fee in fees:
        if fee.with_answer or fee.paid_on is not None:
            charged += 1
            charged_fen += fee.amount_fen
        else:
            unpaid += 1
    return rd.FeeFacts(charged, charged_fen, unpaid)


# ---- the text ----------------------------------------------------------------------------------------------------------

def _last_texts(last: dict | None) -> tuple[dict[str, str], dict[str, dict]]:
    if not last:
        return {}, {}
    return last.get("texts", {}), last.get("basis", {})


def _texts(session: Session, row: AnnualReport | None, drafts: dict[str, tuple[rd.Draft, rd.Draft]],
           last: dict | None) -> dict[str, TextPart]:
    texts = (row.texts or {}) if row else {}
    basis = (row.basis or {}) if row else {}
    last_texts, last_basis = _last_texts(last)
    out = {}
    for part in TEXT_PARTS:
        draft, optional = drafts.get(part, ({}, {}))
        if part in texts:
            followed = rd.follow(texts[part], basis.get(part), draft, optional)
            out[part] = TextPart(part, followed.text, PROMPTS[part], True, False, followed.stale, draft, optional)
        elif part in last_texts and part not in (PREFACE, ar.ACTIVE, ar.REQUESTS):
            # Last year's words, with last year's drafted sentences brought to this year's figures.
            followed = rd.follow(last_texts[part], last_basis.get(part, {}), draft)
            out[part] = TextPart(part, followed.text, PROMPTS[part], False, True, followed.stale, draft, optional)
        else:
            out[part] = TextPart(part, rd.join(draft), PROMPTS[part], False, False, (), draft, optional)
    return out


def set_text(session: Session, year: int, part: object, text: str, today: dt.date | None = None,
             accept: bool = False) -> TextPart:
    """The clerk's text of one part; the drafted sentences it quotes are kept with it so its figures follow. A
    sentence reported as quoting old figures stays reported until the text holds the new sentence or the clerk
    ``accept``s the figures as checked (数字已核对)."""
    part = part_of(part)
    row = _row_for_update(session, year)
    _user(ar.check_editable, year, row.state)
    text = str(text or "").strip()
    if len(text) > 20_000:
        raise UserError(f"“{part}”太长（{len(text)}字，最多20000字），请精简。")
    current = build(session, year, today).texts[part]
    texts, basis = dict(row.texts or {}), dict(row.basis or {})
    if not current.edited and not current.from_last_year and text == rd.join(current.draft):
        texts.pop(part, None)          # unchanged draft: it keeps following the data by itself
        basis.pop(part, None)
    else:
        kept = rd.basis_for(text, current.draft, current.optional)
        if not accept:
            kept.update({s.sentence_id: s.old for s in current.stale if not (s.new and s.new in text)})
        texts[part], basis[part] = text, kept
    row.texts, row.basis, row.updated_at = texts, basis, clock.now()
    session.flush()
    return build(session, year, today).texts[part]


def redraft(session: Session, year: int, part: object, today: dt.date | None = None) -> TextPart:
    """Drop the clerk's text of a part: it shows the draft again (or last year's text for a part without one)."""
    part = part_of(part)
    row = _row_for_update(session, year)
    _user(ar.check_editable, year, row.state)
    texts, basis = dict(row.texts or {}), dict(row.basis or {})
    texts.pop(part, None)
    basis.pop(part, None)
    row.texts, row.basis, row.updated_at = texts, basis, clock.now()
    session.flush()
    return build(session, year, today).texts[part]


def confirm_text(session: Session, year: int, part: object, text: str | None = None,
                 today: dt.date | None = None) -> TextPart:
    """数字已核对: the clerk checked the figures of a part (its current text, or ``text``) against the tables."""
    part = part_of(part)
    current = build(session, year, today).texts[part]
    return set_text(session, year, part, current.text if text is None else text, today, accept=True)


def insert_comparison(session: Session, year: int, today: dt.date | None = None) -> TextPart:
    """Add the comparison with last year's report to 一（二）; the .docx shows none until the clerk adds it."""
    current = build(session, year, today).texts[ar.REQUESTS]
    sentence = current.optional.get("compare")
    if not sentence:
        raise UserError(f"没有已定稿的{int(year) - 1}年度报告，无法与上年比较。")
    if sentence in current.text:
        return current
    return set_text(session, year, ar.REQUESTS, current.text + sentence, today)


# ---- checks ------------------------------------------------------------------------------------------------------------

def _ref(request_id: int, number: str) -> tuple[str, int, str]:
    return ("info_request", request_id, number)


def _request_checks(year: int, counted: _Counted, counts: Counts) -> list[Check]:
    out = []
    gaps = ar.identity_gaps(counts)
    culprits = ar.unbalanced(counted.records, year)
    if gaps or culprits:
        why = "；".join(f"{rec.number}：{ar.why_unbalanced(rec, place)}" for rec, place in culprits)
        text = "表三勾稽关系不成立（第一项加第二项之和应等于第三项加第四项之和）："
        text += "；".join(g.describe() for g in gaps) or "各列合计相等，但有申请的日期互相矛盾"
        out.append(Check(ar.ERROR, text + (f"。原因：{why}，请在依申请公开页核对这些申请的日期" if why else ""),
                         tuple(_ref(rec.id, rec.number) for rec, _p in culprits)))
    wrong_order = [rec for rec in counted.records if rec.answered_on and rec.answered_on < rec.received_on]
    for rec in wrong_order:
        if not any(rec.id == c.id for c, _p in culprits):
            out.append(Check(ar.ERROR, f"{rec.number}的答复日期早于收到申请日期，请核对。", (_ref(rec.id, rec.number),)))
    abandoned = [rec for rec in counted.records if ar.year_place(rec, year).answered and rec.outcome
                 and rec.outcome.abandons]
    if abandoned:
        out.append(Check(ar.INFO, f"{len(abandoned)}件申请视为放弃（逾期不补正或逾期未缴费），按年度报告格式计入"
                                  "“（六）其他处理”的第1、2项，不计入结转下年度。",
                         tuple(_ref(r.id, r.number) for r in abandoned)))
    last = dt.date(year, 12, 31)
    overdue, lapsed = [], []
    numbers = {r.id: r.number for r in counted.records}
    for request_id, status in counted.year_end.items():
        if request_id not in numbers:
            continue
        if status.state == rules.WAITING_SUPPLEMENT and status.supplement and status.supplement.reply_by \
                and status.supplement.reply_by < last:
            lapsed.append(request_id)
        elif status.overdue:
            overdue.append(request_id)
    if lapsed:
        out.append(Check(ar.WARNING, f"{len(lapsed)}件申请的补正期限在年内已过、仍登记为待补正，现计入“结转下年度”；"
                                     "如申请人确实逾期未补正，请先登记“视为放弃”（日期在年内的，计入本年“其他处理”）。",
                         tuple(_ref(i, numbers[i]) for i in lapsed)))
    if overdue:
        out.append(Check(ar.WARNING, f"{len(overdue)}件申请截至12月31日已超过答复期限仍未答复，计入“结转下年度”，"
                                     "请尽快答复。", tuple(_ref(i, numbers[i]) for i in overdue)))
    if counted.late:
        out.append(Check(ar.INFO, f"本年办结的申请中有{len(counted.late)}件超过法定期限答复，总体情况中已如实写明。",
                         tuple(_ref(i, numbers[i]) for i in sorted(counted.late) if i in numbers)))
    return out


def _carry_check(year: int, counted: _Counted, last: dict | None) -> list[Check]:
    """Last year's finalized 结转下年度 against this year's 上年结转, with the requests that differ."""
    if not last:
        return []
    before = {int(i): n for i, n in last.get("carried_out", [])}
    now = {rec.id: rec.number for rec in counted.records if ar.year_place(rec, year).carried_in}
    if set(before) == set(now):
        return []
    added = [(i, n) for i, n in now.items() if i not in before]
    gone = [(i, n) for i, n in before.items() if i not in now]
    parts = []
    if added:
        parts.append(f"{'、'.join(n for _i, n in added)}本年计入上年结转，上年报告未计入")
    if gone:
        parts.append(f"{'、'.join(n for _i, n in gone)}上年报告计入结转下年度，现已不在上年结转中"
                     "（可能上年报告定稿后改动了其收到或答复日期）")
    return [Check(ar.WARNING, f"本年“上年结转”{len(now)}件，与{year - 1}年度报告的“结转下年度”{len(before)}件不一致："
                              + "；".join(parts) + "。", tuple(_ref(i, n) for i, n in (*added, *gone)))]


def _table2_checks(session: Session, t2: _Table2) -> list[Check]:
    out = []
    unit = settings.get_unit(session)
    if any(t2.table[ar.RULES].values()) and (unit is None or unit.kind != "县级"):
        out.append(Check(ar.WARNING, "表二“规章”一行不为0：乡镇人民政府、街道办事处不制定规章，请核对是否应填在"
                                     "“行政规范性文件”一行。"))
    for r, f in t2.in_force.items():
        if f.entered and f.last_year is not None and f.value != f.computed:
            out.append(Check(ar.WARNING, f"表二“{r}”的现行有效件数{f.source(r, t2.table[r][ar.ISSUED], t2.table[r][ar.REPEALED])}，"
                                         "请核对。"))
    normative = t2.in_force[ar.NORMATIVE]
    if normative.last_year is None and not normative.entered:
        out.append(Check(ar.INFO, "没有上年度报告，“现行有效件数”按0件加本年制发减本年废止推算；如本机关已有现行有效的"
                                  "行政规范性文件，请直接填写现行有效件数。"))
    if not t2.entered:
        out.append(Check(ar.INFO, "表二尚未填写（均按0计）：乡镇一般有行政规范性文件和行政处罚、行政许可决定，请核对后填写。"))
    return out


def _text_checks(texts: dict[str, TextPart], last: dict | None) -> list[Check]:
    out = []
    last_texts = (last or {}).get("texts", {})
    for part in TEXT_PARTS:
        t = texts[part]
        for s in t.stale:
            old = f"原句“{s.old}”" if s.old else "原来没有这一句"
            out.append(Check(ar.ERROR, f"“{part}”是按旧数据改写的：{old}，按现在的数据应为“{s.new}”。请修改该句，"
                                       "或点“重新起草”，核对无误后点“数字已核对”。"))
        if part in REQUIRED_PARTS and not t.text.strip():
            out.append(Check(ar.ERROR, f"“{part}”还没有内容：{PROMPTS[part]}"))
        elif not t.text.strip():
            out.append(Check(ar.ERROR, f"“{part}”还没有内容，导出时只有“待填写”标记；请点“重新起草”恢复起草的文字，或写上这部分。"))
        elif PLACEHOLDER in t.text:
            out.append(Check(ar.ERROR, f"“{part}”中还有“{PLACEHOLDER}……】”标记，请写好这部分后删去该标记。"))
        elif part in REQUIRED_PARTS and last_texts.get(part) and t.text.strip() == last_texts[part].strip():
            level = ar.ERROR if part == ar.PROBLEMS else ar.WARNING
            out.append(Check(level, f"“{part}”与上年报告一字不差；年度报告格式要求内容不得雷同，请按本年情况修改。"))
    if not texts[ar.OTHERS].edited and not texts[ar.OTHERS].from_last_year:
        out.append(Check(ar.WARNING, f"“{ar.OTHERS}”只起草了信息处理费：{PROMPTS[ar.OTHERS]}"))
    return out


def _case_checks(cases: list[ar.CaseRecord], year: int) -> list[Check]:
    decided = [c for c in cases if c.filed_on.year < year and c.decided_on and c.decided_on.year == year
               and c.result != rules.PENDING]
    if not decided:
        return []
    return [Check(ar.INFO, f"{len(decided)}件以前年度的复议或诉讼在本年审结（已计入立案当年的表四），可在正文中说明结果。",
                  tuple(_ref(c.request_id, c.number) for c in decided))]


def _privacy_checks(view: AnnualReportView, today: dt.date) -> list[Check]:
    """The export's own privacy guard run on the report as it would be written: whatever it would refuse (a full
    mobile typed into a text, an ID number in a table label) must be put right before 定稿."""
    doc = report_document(view, today)
    return [Check(ar.ERROR, f"{problem}。")
            for problem in report_privacy_problems(doc, titled=False, outcome=privacy.WOULD_BE_REFUSED)]


def _in_use_check(session: Session, year: int) -> list[Check]:
    note = in_use_note(session, year)
    return [Check(ar.INFO, note)] if note else []


# ---- assembling a draft ------------------------------------------------------------------------------------------------

def _last_report(session: Session, year: int) -> dict | None:
    row = _row(session, year - 1)
    return row.snapshot if row is not None and row.state == ar.FINAL and row.snapshot else None


def _live(session: Session, year: int, row: AnnualReport | None, today: dt.date) -> AnnualReportView:
    cal = load_calendar(session)
    unit = settings.get_unit(session)
    counted = _requests(session, year, cal, today)
    table3 = ar.count_requests(counted.records, year)
    cases = _cases(session, year)
    table4 = ar.count_cases(cases, year)
    t2 = _table2(session, year, row)
    table2 = t2.table
    last = _last_report(session, year)
    last_new = last["tables"][ar.TABLE3_TITLE][ar.ROW_NEW][ar.TOTAL] if last else None
    request_facts = rd.RequestFacts(year, table3, table4, len(counted.late), last_new)
    authority = settings.authority_name(unit) or "本机关"
    drafts = {
        PREFACE: ({"preface": rd.preface(year, authority, unit.phone if unit else "")}, {}),
        ar.ACTIVE: (rd.draft_active(_active_facts(session, year, cal, today, table2)), {}),
        ar.REQUESTS: (rd.draft_requests(request_facts), rd.optional_requests(request_facts)),
        ar.OTHERS: (rd.draft_others(_fee_facts(session, year)), {}),
    }
    texts = _texts(session, row, drafts, last)
    checks = [*_request_checks(year, counted, table3), *_carry_check(year, counted, last), *_case_checks(cases, year),
              *_table2_checks(session, t2), *_text_checks(texts, last), *_in_use_check(session, year)]
    view = AnnualReportView(
        year=year, state=row.state if row else ar.DRAFT, authority=authority, table2=table2, table3=table3,
        table4=table4, texts=texts, checks=checks, deadlines=ar.deadlines(year, county_deadline(session)),
        table2_sources=t2.sources, table2_entered=t2.entered, table3_sources=_table3_sources(counted.records, year),
        table4_sources=_table4_sources(cases, year),
        carried_out=[(rec.id, rec.number) for rec in counted.records if ar.year_place(rec, year).carried_out],
        last_year=last, finalized_on=row.finalized_on if row else None, history=list(row.history or []) if row else [])
    view.checks.extend(_privacy_checks(view, today))
    return view


# ---- 定稿 and after -------------------------------------------------------------------------------------------------------

def _sources_json(sources: dict[tuple[str, str], list[tuple[int, str]]]) -> list:
    return [[r, c, [[i, n] for i, n in refs]] for (r, c), refs in sources.items()]


def _sources_from(data: list) -> dict[tuple[str, str], list[tuple[int, str]]]:
    return {(r, c): [(int(i), n) for i, n in refs] for r, c, refs in data}


def _snapshot(view: AnnualReportView) -> dict:
    data = report_json(view)
    data["tables"][ar.TABLE2_TITLE] = view.table2   # 分 kept exact; report_json shows 万元
    data["basis"] = {p: rd.basis_for(t.text, t.draft, t.optional) for p, t in view.texts.items() if t.draft}
    data["carried_out"] = [[i, n] for i, n in view.carried_out]
    data["sources"] = {"table2": [[r, c, s] for (r, c), s in view.table2_sources.items()],
                       "table3": _sources_json(view.table3_sources), "table4": _sources_json(view.table4_sources)}
    return data


def _from_snapshot(session: Session, row: AnnualReport, today: dt.date) -> AnnualReportView:
    snap = row.snapshot
    tables = snap["tables"]
    texts = {p: TextPart(p, snap["texts"].get(p, ""), PROMPTS[p], True) for p in TEXT_PARTS}
    sources = snap.get("sources", {})
    return AnnualReportView(
        year=row.year, state=row.state, authority=snap.get("authority", ""), table2=tables[ar.TABLE2_TITLE],
        table3=tables[ar.TABLE3_TITLE], table4=tables[ar.TABLE4_TITLE], texts=texts,
        checks=[Check.from_json(c) for c in snap.get("checks", [])],
        deadlines=ar.deadlines(row.year, county_deadline(session)),
        table2_sources={(r, c): s for r, c, s in sources.get("table2", [])},
        table3_sources=_sources_from(sources.get("table3", [])), table4_sources=_sources_from(sources.get("table4", [])),
        carried_out=[(int(i), n) for i, n in snap.get("carried_out", [])], last_year=_last_report(session, row.year),
        finalized_on=row.finalized_on, history=list(row.history or []))


def _changed_since(at_finalize: list[Check], now: list[Check]) -> list[Check]:
    """Checks the data gives now that the report did not have at 定稿: told as warnings (a finalized report is not
    blocked; to act on them the clerk reopens it)."""
    before = {c.text for c in at_finalize}
    return [Check(ar.WARNING, f"定稿后出现：{c.text}", c.refs) for c in now if c.text not in before]


def _drift(frozen: AnnualReportView, live: AnnualReportView) -> list[Check]:
    """What changed in the data since the report was finalized (the report itself stays as finalized): every
    cell of table 二, the 总计 column of tables 三 and 四."""
    changes = []
    for title, a, b in ((ar.TABLE2_TITLE, frozen.table2, live.table2), (ar.TABLE3_TITLE, frozen.table3, live.table3),
                        (ar.TABLE4_TITLE, frozen.table4, live.table4)):
        for r, cols in b.items():
            for c, v in cols.items():
                old = a.get(r, {}).get(c)
                if old is not None and old != v and (title == ar.TABLE2_TITLE or c == ar.TOTAL):
                    changes.append(f"表{title[:1]}“{r}”{c}由{old}变为{v}")
    if not changes:
        return []
    return [Check(ar.WARNING, f"定稿后登记的数据有变动，报告仍按定稿时的数字：{'；'.join(changes[:6])}"
                              f"{'等' if len(changes) > 6 else ''}。如需更正，请写明原因重新打开报告。")]


def finalize(session: Session, year: int, today: dt.date | None = None) -> AnnualReportView:
    """定稿: refused while an error stands; the report is frozen as it is now."""
    today = today or clock.today()
    row = _row_for_update(session, year)
    _user(ar.check_can_finalize, year, today, row.state)
    view = build(session, year, today)
    if view.errors:
        first = view.errors[0].text.rstrip("。")
        more = f"（另有{len(view.errors) - 1}处）" if len(view.errors) > 1 else ""
        raise UserError(f"还不能定稿：{first}{more}。")
    row.snapshot = _snapshot(view)
    row.state, row.finalized_on, row.updated_at = ar.FINAL, today, clock.now()
    row.history = [*(row.history or []), _history(session, "定稿")]
    session.flush()
    return build(session, year, today)


def reopen(session: Session, year: int, reason: object, today: dt.date | None = None) -> AnnualReportView:
    row = _row(session, year)
    reason = _user(ar.check_can_reopen, year, row.state if row else ar.DRAFT, reason)
    row.state, row.snapshot, row.finalized_on, row.updated_at = ar.DRAFT, None, None, clock.now()
    row.history = [*(row.history or []), _history(session, "重新打开", reason)]
    session.flush()
    return build(session, year, today)


def _history(session: Session, action: str, reason: str = "") -> dict:
    return {"at": clock.now().isoformat(timespec="seconds"), "who": current_who(session), "action": action,
            "reason": reason}


def years(session: Session, today: dt.date | None = None) -> list[int]:
    """Years to offer: last year and this year, every year with a report, and the years of the register."""
    today = today or clock.today()
    found = {today.year - 1, today.year, *session.scalars(select(AnnualReport.year)),
             *register.request_years(session)}
    return sorted(found, reverse=True)


def default_year(today: dt.date | None = None) -> int:
    """The report being written: last year's until the end of March, then this year's (a preview)."""
    today = today or clock.today()
    return today.year - 1 if today.month <= 3 else today.year


# ---- as data (`--json`) ----------------------------------------------------------------------------------------------

def table2_json(table2: Counts) -> dict:
    out = {}
    for r, cols in table2.items():
        out[r] = {c: (ar.wan_yuan_number(v) if (r, c) == ar.MONEY_CELL else v) for c, v in cols.items()}
    return out


def report_json(view: AnnualReportView) -> dict:
    return {
        "year": view.year, "title": view.title, "authority": view.authority, "state": view.state,
        "finalized_on": view.finalized_on.isoformat() if view.finalized_on else None,
        "format": f"{ar.FORMAT_NAME}（{ar.FORMAT_NUMBER}）",
        "tables": {ar.TABLE2_TITLE: table2_json(view.table2), ar.TABLE3_TITLE: view.table3,
                   ar.TABLE4_TITLE: view.table4},
        "identity": {"holds": view.identity_holds, "gaps": [g.describe() for g in ar.identity_gaps(view.table3)]},
        "texts": {p: t.text for p, t in view.texts.items()},
        "checks": [c.to_json() for c in view.checks],
        "deadlines": {"county": view.deadlines.county.isoformat(), "legal": view.deadlines.legal.isoformat()},
        "history": view.history,
    }


# ---- the document the renderers write -------------------------------------------------------------------------------

def _num(value: int, key: tuple[str, str] | None = None) -> FormCell:
    return FormCell(str(value), number=value, key=key)


def table2_form(table2: Counts) -> FormTable:
    rows: list[list[FormCell]] = []
    for g in ar.TABLE2_GROUPS:
        rows.append([FormCell(g.article, colspan=4, head=True)])
        span = 3 // len(g.columns)
        rows.append([FormCell(ar.CONTENT_HEAD, head=True),
                     *(FormCell(c, colspan=span if len(g.columns) == 1 else 1, head=True) for c in g.columns)])
        for r in g.rows:
            cells = [FormCell(r)]
            for c in g.columns:
                v = table2[r][c]
                if (r, c) == ar.MONEY_CELL:
                    cells.append(FormCell(ar.wan_yuan(v), colspan=3, number=ar.wan_yuan_number(v), key=(r, c)))
                else:
                    cells.append(FormCell(str(v), colspan=3 if len(g.columns) == 1 else 1, number=v, key=(r, c)))
            rows.append(cells)
    return FormTable(ar.TABLE2_TITLE, [3.0, 2.0, 2.0, 2.0], rows, 0, [(0, len(rows) - 1)])


# Where the format's narrow columns break their labels: between words, never inside one.
_BREAKS = {"商业企业": "商业\n企业", "科研机构": "科研\n机构", "社会公益组织": "社会\n公益\n组织",
           "法律服务机构": "法律\n服务\n机构", ar.ROW_RESULTS: "三、\n本年度\n办理\n结果",
           "（三）不予公开": "（三）\n不予公开", "（四）无法提供": "（四）\n无法提供", "（五）不予处理": "（五）\n不予处理",
           "（六）其他处理": "（六）\n其他处理",
           "结果维持": "结果\n维持", "结果纠正": "结果\n纠正", "其他结果": "其他\n结果", "尚未审结": "尚未\n审结"}
_LONG_LABEL = 8   # a longer row label may wrap in its cell


def table3_form(table3: Counts) -> FormTable:
    columns = ar.TABLE3_COLUMNS
    ncols = 3 + len(columns)
    rows: list[list[FormCell]] = [
        [FormCell(ar.TABLE3_NOTE, rowspan=3, colspan=3, head=True, wrap=True),
         FormCell(ar.APPLICANTS_HEAD, colspan=len(columns), head=True)],
        [FormCell(rules.NATURAL_PERSON, rowspan=2, head=True),
         FormCell(rules.ORGANIZATION, colspan=len(rules.ORGANIZATION_TYPES), head=True),
         FormCell(ar.TOTAL, rowspan=2, head=True)],
        [FormCell(_BREAKS.get(t, t), head=True) for t in rules.ORGANIZATION_TYPES],
    ]
    groups, group_start = [], None
    for i, label in enumerate(ar.TABLE3_ROWS):
        path = label.path
        cells: list[FormCell] = []
        prev = ar.TABLE3_ROWS[i - 1].path if i else ()
        if len(path) == 1:
            cells.append(FormCell(label.key, colspan=3, align="left", wrap=len(label.key) > _LONG_LABEL))
        else:
            if not prev or prev[0] != path[0]:
                span = sum(1 for lab in ar.TABLE3_ROWS if lab.path[0] == path[0])
                cells.append(FormCell(_BREAKS.get(path[0], path[0]), rowspan=span))
            if len(path) == 2:
                cells.append(FormCell(path[1], colspan=2, align="left", wrap=len(path[1]) > _LONG_LABEL))
            else:
                if prev[1:2] != path[1:2]:
                    span = sum(1 for lab in ar.TABLE3_ROWS if lab.path[:2] == path[:2])
                    cells.append(FormCell(_BREAKS.get(path[1], path[1]), rowspan=span))
                    group_start = 3 + i
                cells.append(FormCell(path[2], align="left", wrap=len(path[2]) > _LONG_LABEL))
                following = ar.TABLE3_ROWS[i + 1].path[:2] if i + 1 < len(ar.TABLE3_ROWS) else ()
                if following != path[:2] and group_start is not None:
                    groups.append((group_start, 3 + i))
        cells.extend(_num(table3[label.key][c.key], (label.key, c.key)) for c in columns)
        rows.append(cells)
    weights = [0.0, 0.0, 1.0] + [0.0] * len(columns)   # the room left goes to the reasons
    assert len(weights) == ncols
    return FormTable(ar.TABLE3_TITLE, weights, rows, header_rows=3, groups=groups)


def table4_form(table4: Counts) -> FormTable:
    """As published: 行政复议 over its five results (each two rows deep), 行政诉讼 over 未经复议直接起诉 and 复议后起诉
    with five results each, then one row of figures."""
    n = len(ar.CASE_COLUMNS)
    results = [FormCell(_BREAKS.get(c, c), head=True) for c in ar.CASE_COLUMNS]
    rows = [
        [FormCell(ar.REVIEW_HEAD, colspan=n, head=True), FormCell(ar.SUIT_HEAD, colspan=2 * n, head=True)],
        [*(FormCell(c.text, rowspan=2, head=True) for c in results),
         FormCell(rules.SUIT_DIRECT, colspan=n, head=True), FormCell(rules.SUIT_AFTER_REVIEW, colspan=n, head=True)],
        [*results, *results],
        [_num(table4[kind.key][col], (kind.key, col)) for kind in ar.TABLE4_ROWS for col in ar.CASE_COLUMNS],
    ]
    return FormTable(ar.TABLE4_TITLE, [1.0] * (3 * n), rows, header_rows=3, groups=[(0, 3)])


DRAFT_MARK = "【草稿】本报告尚未定稿，请勿报送或公开；定稿后再导出。"


def report_document(view: AnnualReportView, today: dt.date | None = None) -> ReportDocument:
    """The report as the renderers write it: the format's six parts, the three tables, the 落款."""
    blocks: list = []

    def text(part: str) -> None:
        body = view.texts[part].text.strip()
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        blocks.extend(paragraphs or [placeholder(part)])

    if not view.final:   # a draft says so inside, not only in its file's name: it may be printed or forwarded
        blocks.append(DRAFT_MARK)
    text(PREFACE)
    blocks.append(Heading(ar.OVERVIEW))
    for part in ar.OVERVIEW_PARTS:
        blocks.append(Heading(part, 2))
        text(part)
    blocks += [Heading(ar.TABLE2_TITLE), table2_form(view.table2), Heading(ar.TABLE3_TITLE), table3_form(view.table3),
               Heading(ar.TABLE4_TITLE), table4_form(view.table4), Heading(ar.PROBLEMS)]
    text(ar.PROBLEMS)
    blocks.append(Heading(ar.OTHERS))
    text(ar.OTHERS)
    day = view.finalized_on or today or clock.today()
    return ReportDocument(_title_lines(view), blocks, signature_lines=[view.authority], signature_date=rd.written_on(day))


_TITLE_LINE = 19   # characters of 2号 type on a line of the GB/T 9704 text block (156 mm), less one to spare


def _title_lines(view: AnnualReportView) -> str:
    """The title broken after the organ's name when it does not fit one line (never inside a word)."""
    if len(view.title) <= _TITLE_LINE:
        return view.title
    return f"{view.authority}\n{view.year}年政府信息公开工作年度报告"


def unfilled_parts(view: AnnualReportView) -> list[str]:
    return [p for p in TEXT_PARTS if unfilled(view.texts[p].text)]


def draft_warning(view: AnnualReportView) -> str:
    """Said when a draft is exported while it still has 须改正 items or parts to fill (the file is written all
    the same, for the county to look at); "" for a finalized report or a draft without them."""
    if view.final or not view.errors:
        return ""
    todo = unfilled_parts(view)
    named = f"{len(todo)}部分待填写：{'、'.join(f'“{p}”' for p in todo)}"
    if len(todo) == len(view.errors):
        return f"导出的是草稿，还有{named}；定稿前请补全。"
    errors = f"还有{len(view.errors)}处须改正"
    return f"导出的是草稿，{errors}{'，其中' + named if todo else ''}；定稿前请{'补全、' if todo else ''}改正。"


def file_name(view: AnnualReportView, fmt: str) -> str:
    return f"{view.title}{'（草稿）' if not view.final else ''}.{fmt}"


def write(session: Session, year: int, path: str | Path, today: dt.date | None = None) -> Path:
    """Write the report as .docx or .xlsx (by the file's suffix)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("docx", "xlsx"):
        raise UserError(f"年度报告只能导出为 .docx 或 .xlsx，不能导出为“{path.suffix or path.name}”。")
    doc = report_document(build(session, year, today), today)
    return write_document(doc, path)


def write_document(doc: ReportDocument, path: Path) -> Path:
    if path.suffix.lower() == ".docx":
        from gkdesk.io.docx_writer import write_report_docx

        write_report_docx(doc, path)
    else:
        from gkdesk.io.xlsx_writer import write_report_xlsx

        write_report_xlsx(doc, path)
    return path


# ---- reminder (首页 and `gkdesk due`) ---------------------------------------------------------------------------------

def held_in_program(session: Session, year: int) -> bool:
    """Whether the program holds ``year``: it was in use by 31 December (`settings.in_use_since`), or the clerk has
    begun that year's report in it. A township set up later never wrote that year's report here."""
    began = settings.in_use_since(session)
    return (began is not None and began.year <= year) or _row(session, year) is not None


def in_use_note(session: Session, year: int) -> str:
    """For the year the program was set up in (after 1 January): its figures count only what was entered here."""
    began = settings.in_use_since(session)
    if began is None or began.year != year or began == dt.date(year, 1, 1):
        return ""
    return (f"本程序自{format_cn(began)}启用，表格和起草的文字只统计程序中登记的事项；启用前本年的申请、公示、"
            "政策解读如未登记，请补登或在文字中补充后再定稿。")


@provider
def annual_report_reminders(ctx: ReminderContext) -> list[Reminder]:
    """From 1 January until last year's report is 定稿: the county's date, then the legal 31 January. Only for a
    year the program holds (`held_in_program`): a township set up in 2026 is first reminded in January 2027."""
    year = ctx.today.year - 1
    row = _row(ctx.session, year)
    if (row is not None and row.state == ar.FINAL) or not held_in_program(ctx.session, year):
        return []
    due = ar.deadlines(year, county_deadline(ctx.session))
    day = due.next_after(ctx.today)
    left = (day - ctx.today).days
    which = "县里要求的报送期限" if day == due.county else "法定公开期限"
    detail = (f"县里要求{format_cn(due.county)}前报送，条例规定{format_cn(due.legal)}前向社会公布；"
              f"表三、表四已按依申请公开登记簿统计，请填写表二和文字部分后定稿。{in_use_note(ctx.session, year)}")
    return [Reminder("annual_report", f"{year}年政府信息公开工作年度报告尚未定稿（{which}）", day, left,
                     severity_for(left, ctx.soon_days), detail=detail, ref=("annual_report", year),
                     extra={"year": year})]
