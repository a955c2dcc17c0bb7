"""The upward summary: publicity lists by village and program for a period or a year (人数, 金额).

    summary_rows(session, period=None, year=None, states=POSTED) -> list[SummaryLine]
    build_summary(session, period=None, year=None, *, include_unposted=False, filler=None, phone=None,
                  reviewer=None, today=None) -> Document   (.xlsx through write_xlsx)

What goes upward is what was reviewed and posted: lists 公示中, 公示期满 and 已归档, as they stand on the boards
``today``. Their lines, a bold 小计 per village and the 合计 come first; drafts, lists awaiting review and lists
dated to be posted later (待开始公示) are left out, or, asked for, listed after the 合计 in a block of their own that
no total counts. Batches replaced by a correction (已更正) are left out once the correction is posted: the corrected
batch stands for them; until its posting day the original still stands; of several lists for the same program, village and period one is counted (the
one on record first). So nobody is counted twice. Sums are exact (SQL integer sums of 分). The
header block is the 报备表's: 填报单位, 统计范围, 填报人, 联系电话, 审核人, 填报日期. No personal data: the
document is public.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.lifecycle import NOT_STARTED
from gkdesk.domain.money import format_fen
from gkdesk.domain.vocab import ARCHIVED, BATCH_STATES, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
from gkdesk.io.document import Column, Document, PageSetup, Table, header_line
from gkdesk.services import settings
from gkdesk.store.models import PublicityBatch, Recipient, SubsidyProgram, Village

POSTED: tuple[str, ...] = (PUBLISHING, ENDED, ARCHIVED)
UNPOSTED: tuple[str, ...] = (DRAFT, PENDING_REVIEW, NOT_STARTED)
UNPOSTED_HEADING = "以下为未公示的名单（草稿、待审核、待开始公示），仅供参考，不计入合计"
STATE_ORDER: tuple[str, ...] = (*BATCH_STATES, NOT_STARTED)


@dataclass(frozen=True)
class SummaryLine:
    village: str
    program: str
    batches: int
    states: dict[str, int]    # state -> number of batches
    people: int
    amount_fen: int

    @property
    def states_text(self) -> str:
        """“公示中”, “已归档2批”, “公示期满、已归档”: each state, with its count when more than one batch."""
        return "、".join(s if self.states[s] == 1 else f"{s}{self.states[s]}批"
                        for s in STATE_ORDER if self.states.get(s))


def _batches(session: Session, period: str | None, year: int | None, today: dt.date) -> list:
    """(id, program id, village id, period, state, village, program, people, amount) of every batch in scope but
    those replaced by a posted correction; the state as of ``today``, as the boards show it: a period that has
    ended is 公示期满 even before the stored state says so, a list dated to be posted later is 待开始公示, and the
    list a correction replaces still stands until the correction's posting day — and not after it, even before
    refresh_states has stored it as 已更正 (as subsidy's batch rows read it)."""
    sums = (select(Recipient.batch_id.label("batch_id"), func.count(Recipient.id).label("people"),
                   func.coalesce(func.sum(Recipient.amount_fen), 0).label("amount"))
            .group_by(Recipient.batch_id).subquery())
    correction = aliased(PublicityBatch)
    running = case((PublicityBatch.end_date < today, ENDED), else_=PUBLISHING)
    replaced_now = and_(PublicityBatch.state.in_((PUBLISHING, ENDED)), correction.state.in_(POSTED),
                        correction.start_date <= today)
    state = case((replaced_now, SUPERSEDED),
                 (and_(PublicityBatch.state == PUBLISHING, PublicityBatch.start_date > today), NOT_STARTED),
                 (PublicityBatch.state == PUBLISHING, running),
                 (and_(PublicityBatch.state == SUPERSEDED, correction.start_date > today), running),
                 else_=PublicityBatch.state)
    stmt = (select(PublicityBatch.id, SubsidyProgram.id, Village.id, PublicityBatch.period, state,
                   Village.name, SubsidyProgram.name, func.coalesce(sums.c.people, 0),
                   func.coalesce(sums.c.amount, 0))
            .join(Village, PublicityBatch.village_id == Village.id)
            .join(SubsidyProgram, PublicityBatch.program_id == SubsidyProgram.id)
            .outerjoin(sums, sums.c.batch_id == PublicityBatch.id)
            .outerjoin(correction, correction.replaces_id == PublicityBatch.id)
            .where(state != SUPERSEDED)
            .order_by(Village.sort_order, Village.id, SubsidyProgram.id, PublicityBatch.id))
    if period:
        stmt = stmt.where(PublicityBatch.period == period.strip())
    if year:
        stmt = stmt.where(or_(PublicityBatch.period.like(f"{int(year)}%"),
                              func.strftime("%Y", PublicityBatch.start_date) == str(int(year))))
    return session.execute(stmt).all()


# Which of several lists of one program, village and period stands for them: the one on record, then the one
# furthest along, then the newest.
_STANDING = {ARCHIVED: 0, ENDED: 1, PUBLISHING: 2, NOT_STARTED: 3, PENDING_REVIEW: 4, DRAFT: 5}


def _counted(batches: list) -> set[int]:
    """Ids of the batches a summary counts: one per program, village and period."""
    best: dict[tuple, tuple[int, int]] = {}
    for batch_id, program_id, village_id, period, state, *_rest in batches:
        key, rank = (program_id, village_id, period), (_STANDING.get(state, 9), -batch_id)
        if key not in best or rank < best[key]:
            best[key] = rank
    return {-rank[1] for rank in best.values()}


def _in_states(session: Session, period: str | None, year: int | None, states: tuple[str, ...],
               today: dt.date | None) -> list:
    return [b for b in _batches(session, period, year, today or clock.today()) if b[4] in states]


def summary_rows(session: Session, period: str | None = None, year: int | None = None,
                 states: tuple[str, ...] = POSTED, today: dt.date | None = None) -> list[SummaryLine]:
    """One line per village × program with batch counts by state as of ``today``, people and amount, over the
    batches in ``states``. Of several lists for the same program, village and period only one is counted, so
    that nobody is counted twice."""
    batches = _in_states(session, period, year, states, today)
    counted = _counted(batches)
    lines: dict[tuple[str, str], list] = {}
    for batch_id, _p, _v, _period, state, village, program, people, amount in batches:
        if batch_id not in counted:
            continue
        line = lines.setdefault((village, program), [0, {}, 0, 0])
        line[0] += 1
        line[1][state] = line[1].get(state, 0) + 1
        line[2] += int(people)
        line[3] += int(amount)
    return [SummaryLine(v, p, n, states, people, amount) for (v, p), (n, states, people, amount) in lines.items()]


def left_out_count(session: Session, period: str | None = None, year: int | None = None,
                   states: tuple[str, ...] = POSTED, today: dt.date | None = None) -> int:
    """How many lists in ``states`` the summary leaves out as duplicates of another list of the same program,
    village and period (a second import, posted twice)."""
    batches = _in_states(session, period, year, states, today)
    return len(batches) - len(_counted(batches))


def scope_text(period: str | None, year: int | None) -> str:
    if period:
        return period.strip()
    if year:
        return f"{int(year)}年"
    return "全部"


COLUMNS = [Column("seq", "序号", 0.6, "center", "number"), Column("village", "村", 1.2, "center"),
           Column("program", "项目", 2.0), Column("batches", "批次数", 0.7, "center", "number"),
           Column("states", "状态", 1.8), Column("people", "人数", 0.8, "right", "number"),
           Column("amount", "金额(元)", 1.3, "right", "money")]


@dataclass
class _Block:
    """Rows of one block of the table: lines, a bold 小计 per village, and the block's sums."""

    rows: list[list[str]]
    bold: list[int]
    batches: int = 0
    people: int = 0
    amount_fen: int = 0


def _block(lines: list[SummaryLine], first_row: int, start_seq: int = 1) -> _Block:
    block = _Block([], [])
    seq = start_seq
    village, sub = None, [0, 0, 0]

    def close_village() -> None:
        if village is not None:
            block.bold.append(first_row + len(block.rows))
            block.rows.append(["", f"{village}小计", "", str(sub[0]), "", str(sub[1]), format_fen(sub[2])])

    for line in lines:
        if line.village != village:
            close_village()
            village, sub = line.village, [0, 0, 0]
        block.rows.append([str(seq), line.village, line.program, str(line.batches), line.states_text,
                           str(line.people), format_fen(line.amount_fen)])
        seq += 1
        sub[0] += line.batches
        sub[1] += line.people
        sub[2] += line.amount_fen
        block.batches += line.batches
        block.people += line.people
        block.amount_fen += line.amount_fen
    close_village()
    return block


def build_summary(session: Session, period: str | None = None, year: int | None = None, *,
                  include_unposted: bool = False, filler: str | None = None, phone: str | None = None,
                  reviewer: str | None = None, today: dt.date | None = None) -> Document:
    """序号, 村, 项目, 批次数, 状态, 人数, 金额(元) of the posted lists, a bold 小计 per village and the 合计; with
    ``include_unposted``, then the drafts, lists awaiting review and lists not yet posted under a heading of
    their own, with their own 小计 and outside the 合计. Landscape, header repeated, the 报备表's header block (填报人 defaults to the
    clerk, 联系电话 to the unit's phone; 审核人 is left for the form to be signed when not given)."""
    today = today or clock.today()
    unit = settings.get_unit(session)
    unit_name = unit.name if unit else ""
    authority = settings.authority_name(unit)
    posted = _block(summary_rows(session, period, year, POSTED, today), 0)
    rows, bold, sections = list(posted.rows), list(posted.bold), []
    bold.append(len(rows))
    rows.append(["合计", "", "", str(posted.batches), "", str(posted.people), format_fen(posted.amount_fen)])
    unposted_lines = summary_rows(session, period, year, UNPOSTED, today) if include_unposted else []
    if unposted_lines:
        sections.append(len(rows))
        rows.append([UNPOSTED_HEADING] + [""] * (len(COLUMNS) - 1))
        other = _block(unposted_lines, len(rows))
        rows += other.rows
        bold += other.bold
        bold.append(len(rows))
        rows.append(["未公示小计", "", "", str(other.batches), "", str(other.people), format_fen(other.amount_fen)])
    scope = scope_text(period, year)
    notes = ["注：统计已公示（公示中、公示期满、已归档）的名单；已被更正公示取代的批次不计入，以更正后的名单为准。"]
    duplicates = left_out_count(session, period, year, POSTED, today)
    if duplicates:
        notes.append(f"同一项目、同一村、同一期间有多份已公示名单的，只计一份（已归档的优先），另有{duplicates}份未计入。")
    if not posted.rows:
        notes.insert(0, "所选范围内没有已公示的名单。")
    if filler is None:
        filler = settings.get_setting(session, "clerk_name") or ""
    if phone is None:
        phone = unit.phone if unit else ""
    return Document(
        title=f"{unit_name}惠民惠农补贴公示汇总表（{scope}）",
        subtitle_lines=[header_line(("填报单位（盖章）", authority), ("统计范围", scope)),
                        header_line(("填报人", filler), ("联系电话", phone), ("审核人", reviewer or ""),
                                    ("填报日期", format_cn(today)))],
        table=Table(columns=list(COLUMNS), rows=rows, bold_rows=bold, section_rows=sections),
        paragraphs_after=notes,
        page=PageSetup(paper="A4", landscape=True),
        footer_page_numbers=True,
        footer_left=f"{authority}  {format_cn(today)}",
        public=True,
    )
