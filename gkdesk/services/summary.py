"""The upward summary: publicity batches by village and program for a period or a year (人数, 金额).

    summary_rows(session, period=None, year=None) -> list[SummaryLine]
    build_summary(session, period=None, year=None, *, today=None) -> Document   (.xlsx through write_xlsx)

Batches replaced by a correction (已更正) are left out: the corrected batch stands for them; of several lists for
the same program, village and period one is counted (the one on record first). So nobody is
counted twice. Sums are exact (SQL integer sums of 分). No personal data: the document is public.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain.dates import format_cn
from gkdesk.domain.money import format_fen
from gkdesk.domain.vocab import ARCHIVED, BATCH_STATES, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
from gkdesk.io.document import Column, Document, PageSetup, Table
from gkdesk.services import settings
from gkdesk.store.models import PublicityBatch, Recipient, SubsidyProgram, Village


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
        """“公示中1、已归档2”."""
        return "、".join(f"{s}{self.states[s]}" for s in BATCH_STATES if self.states.get(s))


def _batches(session: Session, period: str | None, year: int | None) -> list:
    """(id, program id, village id, period, state, village, program, people, amount) of every batch in scope but
    those replaced by a correction."""
    sums = (select(Recipient.batch_id.label("batch_id"), func.count(Recipient.id).label("people"),
                   func.coalesce(func.sum(Recipient.amount_fen), 0).label("amount"))
            .group_by(Recipient.batch_id).subquery())
    stmt = (select(PublicityBatch.id, SubsidyProgram.id, Village.id, PublicityBatch.period, PublicityBatch.state,
                   Village.name, SubsidyProgram.name, func.coalesce(sums.c.people, 0),
                   func.coalesce(sums.c.amount, 0))
            .join(Village, PublicityBatch.village_id == Village.id)
            .join(SubsidyProgram, PublicityBatch.program_id == SubsidyProgram.id)
            .outerjoin(sums, sums.c.batch_id == PublicityBatch.id)
            .where(PublicityBatch.state != SUPERSEDED)
            .order_by(Village.sort_order, Village.id, SubsidyProgram.id, PublicityBatch.id))
    if period:
        stmt = stmt.where(PublicityBatch.period == period.strip())
    if year:
        stmt = stmt.where(or_(PublicityBatch.period.like(f"{int(year)}%"),
                              func.strftime("%Y", PublicityBatch.start_date) == str(int(year))))
    return session.execute(stmt).all()


# Which of several lists of one program, village and period stands for them: the one on record, then the one
# furthest along, then the newest.
_STANDING = {ARCHIVED: 0, ENDED: 1, PUBLISHING: 2, PENDING_REVIEW: 3, DRAFT: 4}


def _counted(batches: list) -> set[int]:
    """Ids of the batches a summary counts: one per program, village and period."""
    best: dict[tuple, tuple[int, int]] = {}
    for batch_id, program_id, village_id, period, state, *_rest in batches:
        key, rank = (program_id, village_id, period), (_STANDING.get(state, 9), -batch_id)
        if key not in best or rank < best[key]:
            best[key] = rank
    return {-rank[1] for rank in best.values()}


def summary_rows(session: Session, period: str | None = None, year: int | None = None) -> list[SummaryLine]:
    """One line per village × program with batch counts by state, people and amount. Of several lists for the same
    program, village and period only one is counted, so that nobody is counted twice."""
    batches = _batches(session, period, year)
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


def left_out_count(session: Session, period: str | None = None, year: int | None = None) -> int:
    """How many lists the summary leaves out as duplicates of another list of the same program, village and
    period (a second import, a correction still in draft)."""
    batches = _batches(session, period, year)
    return len(batches) - len(_counted(batches))


def scope_text(period: str | None, year: int | None) -> str:
    if period:
        return period.strip()
    if year:
        return f"{int(year)}年"
    return "全部"


def build_summary(session: Session, period: str | None = None, year: int | None = None, *,
                  today: dt.date | None = None) -> Document:
    """村, 项目, 批次数, 状态, 人数, 金额(元), with a 小计 per village and a 合计; landscape, fit to width, header
    repeated, unit and date in the footer."""
    today = today or clock.today()
    unit = settings.get_unit(session)
    unit_name = unit.name if unit else ""
    lines = summary_rows(session, period, year)
    columns = [Column("village", "村", 1.2, "center"), Column("program", "项目", 2.0),
               Column("batches", "批次数", 0.7, "center", "number"), Column("states", "状态", 1.8),
               Column("people", "人数", 0.8, "right", "number"), Column("amount", "金额(元)", 1.3, "right", "money")]
    rows: list[list[str]] = []
    grand = [0, 0, 0]
    village = None
    sub = [0, 0, 0]

    def close_village() -> None:
        if village is not None:
            rows.append([f"{village}小计", "", str(sub[0]), "", str(sub[1]), format_fen(sub[2])])

    for line in lines:
        if line.village != village:
            close_village()
            village, sub = line.village, [0, 0, 0]
        rows.append([line.village, line.program, str(line.batches), line.states_text, str(line.people),
                     format_fen(line.amount_fen)])
        for acc in (sub, grand):
            acc[0] += line.batches
            acc[1] += line.people
            acc[2] += line.amount_fen
    close_village()
    total = ["合计", "", str(grand[0]), "", str(grand[1]), format_fen(grand[2])]
    scope = scope_text(period, year)
    title = f"{unit_name}惠民惠农补贴公示汇总表（{scope}）"
    notes = ["注：已被更正公示取代的批次不计入，以更正后的名单为准。"]
    duplicates = left_out_count(session, period, year)
    if duplicates:
        notes.append(f"同一项目、同一村、同一期间有多份名单的，只计一份（已归档、已公示的优先），"
                     f"另有{duplicates}份未计入。")
    if not lines:
        notes.insert(0, "所选范围内没有公示批次。")
    return Document(
        title=title,
        subtitle_lines=[f"填报单位：{settings.authority_name(unit)}    统计范围：{scope}    填报日期：{format_cn(today)}"],
        table=Table(columns=columns, rows=rows, total_row=total),
        paragraphs_after=notes,
        page=PageSetup(paper="A4", landscape=True),
        footer_page_numbers=True,
        footer_left=f"{unit_name}  {format_cn(today)}",
        public=True,
    )
