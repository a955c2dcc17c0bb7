"""惠民补贴公示: programs, batches and their life cycle 草稿 → 待审核 → 公示中 → 公示期满 → 已归档."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain import lifecycle
from gkdesk.domain.dates import format_cn
from gkdesk.domain.vocab import ARCHIVED, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
from gkdesk.domain.workcal import WorkCalendar
from gkdesk.services.errors import UserError
from gkdesk.services.reminders import INFO, OPEN, Reminder, ReminderContext, provider, severity_for
from gkdesk.store.models import Objection, PublicityBatch, Recipient, SubsidyProgram, Village

STANDARD_COLUMNS = ["序号", "村民小组", "姓名", "身份证号", "数量", "补贴标准", "补贴金额", "账号", "备注"]

_BASIS = "根据{policy}有关规定，经村民小组申报、村委会审核、镇（乡）人民政府审查，现将{village}{period}{program}发放情况予以公示，接受群众监督。"

# Editable defaults; lengths from domain.md § 2 where known, else the common 7 days.
DEFAULT_PROGRAMS = [
    dict(name="耕地地力保护补贴", category="涉农补贴", quantity_unit="亩", standard_fen=None, period_days=7,
         period_unit="自然日", policy="耕地地力保护补贴政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "数量", "补贴标准", "补贴金额", "账号", "备注"]),
    dict(name="最低生活保障", category="社会救助", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="《最低生活保障审核确认办法》（民发〔2021〕57号）",
         columns=["序号", "村民小组", "姓名", "身份证号", "家庭人口", "补贴金额", "备注"]),
    dict(name="特困人员救助供养", category="社会救助", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="特困人员救助供养政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "补贴金额", "备注"]),
    dict(name="临时救助", category="社会救助", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="临时救助政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "家庭人口", "补贴金额", "备注"]),
    dict(name="农村危房改造补助", category="农村危房改造", quantity_unit="户", standard_fen=None, period_days=7,
         period_unit="自然日", policy="农村危房改造政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "补贴金额", "备注"]),
    dict(name="高龄津贴", category="养老服务", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="高龄津贴政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "补贴金额", "发放方式", "账号", "备注"]),
    dict(name="残疾人两项补贴", category="社会救助", quantity_unit="人", standard_fen=None, period_days=7,
         period_unit="自然日", policy="困难残疾人生活补贴和重度残疾人护理补贴政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "补贴金额", "账号", "备注"]),
    dict(name="草原生态保护补助奖励", category="涉农补贴", quantity_unit="亩", standard_fen=None, period_days=7,
         period_unit="自然日", policy="草原生态保护补助奖励政策",
         columns=["序号", "村民小组", "姓名", "身份证号", "数量", "补贴标准", "补贴金额", "账号", "备注"]),
]


def ensure_default_programs(session: Session, phones: str = "") -> int:
    """Add the default programs that are missing (by name). Returns how many were added."""
    have = set(session.scalars(select(SubsidyProgram.name)))
    added = 0
    for spec in DEFAULT_PROGRAMS:
        if spec["name"] in have:
            continue
        session.add(SubsidyProgram(
            name=spec["name"], category=spec["category"], quantity_unit=spec["quantity_unit"],
            standard_fen=spec["standard_fen"], period_days=spec["period_days"], period_unit=spec["period_unit"],
            notice_columns=list(spec["columns"]),
            basis_text=_BASIS.replace("{policy}", spec["policy"]).replace("{program}", spec["name"]),
            objection_channel="如有异议，请于公示期内向村委会或镇（乡）人民政府反映，也可拨打监督电话。",
            phones=phones,
        ))
        added += 1
    return added


def programs(session: Session, active_only: bool = False) -> list[SubsidyProgram]:
    stmt = select(SubsidyProgram).order_by(SubsidyProgram.id)
    if active_only:
        stmt = stmt.where(SubsidyProgram.active.is_(True))
    return list(session.scalars(stmt))


def find_program(session: Session, name: str) -> SubsidyProgram:
    program = session.scalar(select(SubsidyProgram).where(SubsidyProgram.name == name.strip()))
    if program is None:
        names = "、".join(p.name for p in programs(session)) or "（无）"
        raise UserError(f"没有名为“{name}”的补贴项目，现有项目：{names}。")
    return program


def find_village(session: Session, name: str) -> Village:
    village = session.scalar(select(Village).where(Village.name == name.strip()))
    if village is None:
        names = "、".join(session.scalars(select(Village.name).order_by(Village.sort_order))) or "（无）"
        raise UserError(f"没有名为“{name}”的村，现有：{names}；可在“设置 → 村和村民小组”中添加。")
    return village


def get_batch(session: Session, batch_id: int) -> PublicityBatch:
    batch = session.get(PublicityBatch, batch_id)
    if batch is None:
        raise UserError(f"没有编号为 {batch_id} 的公示批次，请用“gkdesk subsidy list”查看现有批次。")
    return batch


def batch_title(village: str, period: str, program: str) -> str:
    return f"关于{village}{period}{program}发放情况的公示"


def create_batch(session: Session, program: SubsidyProgram, village: Village, period: str,
                 source_file: str = "") -> PublicityBatch:
    period = period.strip() or f"{clock.today().year}年度"
    batch = PublicityBatch(program=program, village=village, period=period, state=DRAFT,
                           title=batch_title(village.name, period, program.name), source_file=source_file,
                           created_at=clock.now())
    session.add(batch)
    session.flush()
    return batch


def _move(batch: PublicityBatch, action: str) -> None:
    try:
        batch.state = lifecycle.check_transition(batch.state, action, reviewed=bool(batch.reviewer))
    except lifecycle.TransitionError as exc:
        raise UserError(f"“{batch.title}”：{exc}") from None


def submit(session: Session, batch: PublicityBatch) -> None:
    if not session.scalar(select(func.count()).where(Recipient.batch_id == batch.id)):
        raise UserError(f"“{batch.title}”的名单是空的，请先导入或录入名单再送审。")
    _move(batch, "submit")


def review(session: Session, batch: PublicityBatch, reviewer: str, day: dt.date, opinion: str = "") -> None:
    """保密审查: records who reviewed, when and the opinion (先审后发)."""
    if not reviewer.strip():
        raise UserError("请填写保密审查人的姓名。")
    if batch.state == DRAFT:
        submit(session, batch)
    _move(batch, "review")
    batch.reviewer, batch.review_date = reviewer.strip(), day
    batch.review_opinion = opinion.strip() or "经审查，名单不含应去标识化以外的个人敏感信息，同意公示。"


def publish(session: Session, batch: PublicityBatch, start: dt.date, calendar: WorkCalendar) -> None:
    """Start the publicity: fixes the period from the program's length on the working-day calendar."""
    if start < (batch.review_date or start):
        raise UserError(f"公示开始日期 {format_cn(start)} 早于保密审查日期 {format_cn(batch.review_date)}，请先审后发。")
    _move(batch, "publish")
    program = batch.program
    batch.start_date = start
    batch.end_date = calendar.publicity_end(start, program.period_days, program.period_unit)
    _on_publish(session, batch)


def _on_publish(session: Session, batch: PublicityBatch) -> None:
    """Hook for the catalog ledger: a started publicity of a linked program appears there by itself."""
    for hook in PUBLISH_HOOKS:
        hook(session, batch)


PUBLISH_HOOKS: list = []


def refresh_states(session: Session, today: dt.date) -> list[PublicityBatch]:
    """Publicities whose period is over become 公示期满; returns those that just ended."""
    ended = list(session.scalars(select(PublicityBatch).where(
        PublicityBatch.state == PUBLISHING, PublicityBatch.end_date < today)))
    for batch in ended:
        _move(batch, "expire")
    return ended


def archive(session: Session, batch: PublicityBatch, day: dt.date) -> None:
    _move(batch, "archive")
    batch.archived_on = day


@dataclass(frozen=True)
class Totals:
    people: int
    quantity_e4: int
    amount_fen: int


def totals(session: Session, batch_id: int) -> Totals:
    people, qty, amount = session.execute(
        select(func.count(Recipient.id), func.coalesce(func.sum(Recipient.quantity_e4), 0),
               func.coalesce(func.sum(Recipient.amount_fen), 0)).where(Recipient.batch_id == batch_id)).one()
    return Totals(people, qty, amount)


def days_left(batch: PublicityBatch, today: dt.date) -> int | None:
    return (batch.end_date - today).days if batch.state == PUBLISHING and batch.end_date else None


@provider
def publicity_reminders(ctx: ReminderContext) -> list[Reminder]:
    out = []
    rows = ctx.session.execute(
        select(PublicityBatch.id, PublicityBatch.title, PublicityBatch.state, PublicityBatch.start_date,
               PublicityBatch.end_date)
        .where(PublicityBatch.state.in_([PUBLISHING, ENDED, PENDING_REVIEW])).order_by(PublicityBatch.end_date))
    for batch_id, title, state, start, end in rows:
        if state == PUBLISHING and end is not None:
            left = (end - ctx.today).days
            if left < 0:  # not yet refreshed: ended
                out.append(Reminder("publicity_ended", f"{title}：公示期已满，待建档留存", end, left, OPEN,
                                    detail="请上传公示照片和签字名单后归档。", ref=("batch", batch_id)))
                continue
            sev = severity_for(left, ctx.soon_days)
            detail = f"公示时间 {format_cn(start)} 至 {format_cn(end)}"
            label = "今天公示期满" if left == 0 else f"公示中，还剩{left}天"
            out.append(Reminder("publicity_running", f"{title}：{label}", end, left,
                                sev if sev != OPEN else INFO, detail=detail, ref=("batch", batch_id)))
        elif state == ENDED:
            out.append(Reminder("publicity_ended", f"{title}：公示期已满，待建档留存", end,
                                (end - ctx.today).days if end else None, OPEN,
                                detail="请上传公示照片和签字名单后归档。", ref=("batch", batch_id)))
    waiting = ctx.session.execute(
        select(Objection.id, Objection.received_on, PublicityBatch.id, PublicityBatch.title)
        .join(PublicityBatch).where(Objection.closed_on.is_(None), PublicityBatch.state.not_in([SUPERSEDED, ARCHIVED])))
    for obj_id, received, batch_id, title in waiting:
        out.append(Reminder("objection", f"{title}：有异议待处理", received, (received - ctx.today).days, OPEN,
                            detail=f"{format_cn(received)} 收到，请核实并记录处理结果。", ref=("batch", batch_id)))
    return out
