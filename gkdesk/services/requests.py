"""依申请公开: the register of information requests (domain.md §6, issue 14).

A request (`InfoRequest`) is registered with its 编号 (东政依申〔2026〕3号, numbered per year of receipt), the day it
counts as received (第三十一条) and the applicant. Every later step is one `InfoRequestEvent` row (补正告知, 收到补正,
征求意见, 收到意见, 延期答复, 答复); fees and 复议/诉讼 cases have their own rows. Nothing derived is stored: the
state (待补正 → 办理中 → 征求意见/待缴费 → 已答复/视为放弃), the due date and its rule come from the steps through
`request_status` and the domain's clock, on the program's working-day calendar.

Each action checks the step against the rules first and refuses with one Chinese sentence, writing nothing: an
answer before the receipt, a second 补正, an extension beyond 20 working days or a second one, a second answer, a
result outside the report's categories. A 补正 asked after its 7 working days is allowed and marked 逾期告知. The audit
log (store/audit.py) records every row written.

The applicant's name, ID or 统一社会信用代码, contact and address are private: `request_json(..., private=False)`
and `register_document` (the list for anyone else) mask the name and leave the rest out.

No Qt, docx or openpyxl here (``gkdesk request list`` stays quick); letters are in services/request_letters.py.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain import requests as rules
from gkdesk.domain.dates import DateError, format_cn, parse_record_date
from gkdesk.domain.idnumber import validate_id
from gkdesk.domain.money import MoneyError, format_fen, parse_fen
from gkdesk.domain.requests import (
    ANSWERED,
    CONSULT_KINDS,
    CONSULT_ORGAN,
    CONSULT_THIRD_PARTY,
    FEE_NOTICE,
    OPEN_STATES,
    WAITING_SUPPLEMENT,
    Outcome,
    Pause,
    RequestClock,
    RequestError,
)
from gkdesk.domain.workcal import WorkCalendar
from gkdesk.io.document import Column, Document, PageSetup, Table
from gkdesk.services import settings
from gkdesk.services.calendar import load_calendar
from gkdesk.services.errors import UserError
from gkdesk.services.reminders import INFO, OPEN, OVERDUE, SOON, TODAY, Reminder, ReminderContext, provider
from gkdesk.store.models import (
    InfoRequest,
    InfoRequestCase,
    InfoRequestEvent,
    InfoRequestFee,
    InfoRequestLetter,
)

# Step kinds (InfoRequestEvent.kind); the consultations use the domain's words 征求第三方意见 / 征求其他机关意见.
SUPPLEMENT_ASKED = "补正告知"
SUPPLEMENT_RECEIVED = "收到补正"
CONSULT_REPLIED = "收到意见"
EXTENDED = "延期答复"
ANSWER = "答复"
EVENT_KINDS = (SUPPLEMENT_ASKED, SUPPLEMENT_RECEIVED, *CONSULT_KINDS, CONSULT_REPLIED, EXTENDED, ANSWER)

FORMS_WANTED: tuple[str, ...] = ("纸质", "电子", "邮寄", "电子邮件", "自行领取", "当场查阅")
MAX_FEE_FEN = 100_000_000  # 100万元: anything above is a typing error
_LIMITS = {"applicant_name": 100, "applicant_id": 30, "contact": 100, "address": 200, "form_wanted": 60,
           "handler": 60, "party": 200, "person": 60}
_TEXT_LIMIT = 2000


# ---- settings (each a setting with a default that follows the unit) -----------------------------------------------

def setting_defaults(session: Session) -> dict[str, str]:
    """What the empty text settings stand for, from the unit: 东政依申, 示范县人民政府, 示范县人民法院 (a township's
    复议机关 is the county government)."""
    unit = settings.get_unit(session)
    county = (unit.county or "").strip() if unit else ""
    return {"request_number_prefix": rules.default_number_prefix(unit.name if unit else "",
                                                                 unit.kind if unit else "乡镇"),
            "request_review_organ": f"{county}人民政府" if county else "县（区）人民政府",
            "request_court": f"{county}人民法院" if county else "有管辖权的人民法院"}


def _text_setting(session: Session, key: str) -> str:
    return (settings.get_setting(session, key) or "").strip() or setting_defaults(session)[key]


def number_prefix(session: Session) -> str:
    """The 编号's prefix (东政依申〔2026〕3号)."""
    return _text_setting(session, "request_number_prefix")


def review_organ(session: Session) -> str:
    """Where the applicant may apply for 行政复议."""
    return _text_setting(session, "request_review_organ")


def court(session: Session) -> str:
    """Where the applicant may bring a 行政诉讼."""
    return _text_setting(session, "request_court")


def supplement_days(session: Session) -> int:
    return int(settings.get_setting(session, "request_supplement_days") or 15)


# ---- cleaning what the clerk typed -------------------------------------------------------------------------------------

def step_day(value: object, what: str, today: dt.date) -> dt.date:
    """The date of a step as typed: required, a real date, not after today."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise UserError(f"请填写{what}。")
    try:
        day = parse_record_date(value)
    except DateError as exc:
        raise UserError(f"{what}：{exc}。") from None
    if day > today:
        raise UserError(f"{what}（{format_cn(day)}）晚于今天，请填写实际发生的日期。")
    return day


def _text(value: object, what: str, limit: int = _TEXT_LIMIT, required: bool = False) -> str:
    text = " ".join(str(value or "").split()) if limit < _TEXT_LIMIT else str(value or "").strip()
    if required and not text:
        raise UserError(f"请填写{what}。")
    if len(text) > limit:
        raise UserError(f"{what}太长（{len(text)}字，最多{limit}字），请精简。")
    return text


def _rule(fn, *args):
    """Call a domain check; its RequestError becomes the clerk's sentence."""
    try:
        return fn(*args)
    except RequestError as exc:
        raise UserError(f"{exc}。") from None


_CREDIT_CODE = re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}")


def _applicant_id(value: object, applicant_type: str) -> str:
    """An ID number for a person, a 统一社会信用代码 for an organisation; checked when given."""
    text = "".join(str(value or "").split()).upper()
    if not text:
        return ""
    if applicant_type == rules.NATURAL_PERSON:
        check = validate_id(text)
        if not check.ok:
            raise UserError(f"申请人{check.error}。")
        return check.normalized
    if not _CREDIT_CODE.fullmatch(text):
        raise UserError(f"统一社会信用代码“{text[:4]}…”应为18位数字或大写字母，请核对营业执照或登记证书。")
    return text


# ---- the register ------------------------------------------------------------------------------------------------------

def _next_seq(session: Session, year: int) -> int:
    return (session.scalar(select(func.max(InfoRequest.seq)).where(InfoRequest.year == year)) or 0) + 1


def add_request(session: Session, *, received_on: object, channel: object, applicant_name: object,
                applicant_type: object, content: object, applicant_id: object = "", contact: object = "",
                address: object = "", form_wanted: object = "", handler: object = "", note: object = "",
                today: dt.date | None = None) -> InfoRequest:
    """Register a request: its number is the next of the year it was received in."""
    today = today or clock.today()
    channel = _rule(rules.normalize_channel, channel)
    kind = _rule(rules.normalize_applicant_type, applicant_type)
    day = step_day(received_on, "收到申请日期", today)
    name = _text(applicant_name, "申请人姓名或名称", _LIMITS["applicant_name"], required=True)
    body = _text(content, "申请公开的政府信息（内容描述）", required=True)
    seq = _next_seq(session, day.year)
    request = InfoRequest(
        year=day.year, seq=seq, number=rules.request_number(number_prefix(session), day.year, seq),
        received_on=day, channel=channel, applicant_name=name, applicant_type=kind,
        applicant_id=_applicant_id(applicant_id, kind),
        applicant_contact=_text(contact, "联系方式", _LIMITS["contact"]),
        applicant_address=_text(address, "通信地址", _LIMITS["address"]),
        content=body, form_wanted=_text(form_wanted, "所需信息的形式", _LIMITS["form_wanted"]),
        handler=_text(handler, "经办人", _LIMITS["handler"]) or (settings.get_setting(session, "clerk_name") or ""),
        note=_text(note, "备注"), created_at=clock.now())
    if session.scalar(select(InfoRequest.id).where(InfoRequest.number == request.number)):
        raise UserError(f"编号“{request.number}”已被使用（编号前缀改过？），请在设置中核对依申请公开编号前缀。")
    session.add(request)
    session.flush()
    return request


_NUMBER_REF = re.compile(r"(\d{4})\D+(\d+)号?$")


def get_request(session: Session, ref: object) -> InfoRequest:
    """A request by its id (3) or its 编号 (东政依申〔2026〕3号, or 2026-3)."""
    text = str(ref).strip()
    request = None
    if text.isdigit():
        request = session.get(InfoRequest, int(text))
    else:
        request = session.scalar(select(InfoRequest).where(InfoRequest.number == text))
        match = _NUMBER_REF.search(text)
        if request is None and match:
            request = session.scalar(select(InfoRequest).where(InfoRequest.year == int(match.group(1)),
                                                               InfoRequest.seq == int(match.group(2))))
    if request is None:
        raise UserError(f"没有找到申请“{text}”，请用“gkdesk request list”查看编号后重试。")
    return request


# ---- what the steps add up to ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Supplement:
    event_id: int
    asked_on: dt.date
    content: str
    reply_by: dt.date | None
    limit: dt.date            # the last day it could be asked on time (7 working days)
    received_on: dt.date | None = None
    received_event_id: int | None = None

    @property
    def late_notice(self) -> bool:
        """逾期告知: asked after the 7 working days of 第三十条."""
        return self.asked_on > self.limit

    @property
    def late_reply(self) -> bool:
        return bool(self.received_on and self.reply_by and self.received_on > self.reply_by)


@dataclass(frozen=True)
class Consult:
    event_id: int
    kind: str
    party: str
    sent_on: dt.date
    limit: dt.date | None     # third parties: the last of their 15 working days
    replied_on: dt.date | None = None
    opinion: str = ""
    reply_event_id: int | None = None


@dataclass(frozen=True)
class Extension:
    event_id: int
    day: dt.date
    days: int
    approved_by: str
    reason: str


@dataclass(frozen=True)
class Answer:
    event_id: int
    day: dt.date
    outcome: Outcome
    text: str
    person: str
    late: bool


@dataclass(frozen=True)
class RequestStatus:
    state: str
    clock: RequestClock
    supplement: Supplement | None
    consults: tuple[Consult, ...]
    extension: Extension | None
    answer: Answer | None
    unpaid_fees: tuple[InfoRequestFee, ...]
    working_days_left: int | None     # while open and counting: to the due day (negative: overdue)

    @property
    def due(self) -> dt.date | None:
        return self.clock.due

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def overdue(self) -> bool:
        return self.working_days_left is not None and self.working_days_left < 0

    @property
    def open_consults(self) -> tuple[Consult, ...]:
        return tuple(c for c in self.consults if c.replied_on is None)

    @property
    def countdown(self) -> str:
        """还剩3个工作日 / 今天到期 / 已逾期2个工作日 / 期限暂停 / 补正期限2026-12-23 — or the answer's day."""
        if self.answer is not None:
            return f"{self.answer.day.isoformat()}{'答复' if self.state == ANSWERED else '终止'}"
        if self.state == WAITING_SUPPLEMENT:  # the state says 待补正 already: say until when
            by = self.supplement.reply_by if self.supplement else None
            return f"补正期限{by.isoformat()}" if by else "等待补正"
        if self.clock.provisional:
            return "期限暂停"
        left = self.working_days_left
        if left is None:
            return ""
        if left > 0:
            return f"还剩{left}个工作日"
        return "今天到期" if left == 0 else f"已逾期{-left}个工作日"


class _Steps:
    """A request's steps as they stood at the end of ``as_of`` (all of them when None): what a letter dated that
    day knew."""

    def __init__(self, request: InfoRequest, as_of: dt.date | None):
        self.events = [e for e in request.events if as_of is None or e.day <= as_of]
        fees = [f for f in request.fees if not f.with_answer and (as_of is None or f.notice_on <= as_of)]
        self.fees = [(f, f.paid_on if as_of is None or (f.paid_on and f.paid_on <= as_of) else None) for f in fees]

    def of(self, kind: str | tuple[str, ...]) -> list[InfoRequestEvent]:
        kinds = (kind,) if isinstance(kind, str) else kind
        return [e for e in self.events if e.kind in kinds]


def _supplement(request: InfoRequest, steps: _Steps, cal: WorkCalendar) -> Supplement | None:
    asked = steps.of(SUPPLEMENT_ASKED)
    if not asked:
        return None
    first = asked[0]
    received = next((e for e in steps.of(SUPPLEMENT_RECEIVED) if e.ref_id == first.id), None)
    return Supplement(first.id, first.day, first.text, first.deadline, rules.supplement_limit(cal, request.received_on),
                      received.day if received else None, received.id if received else None)


def _consults(steps: _Steps, cal: WorkCalendar) -> tuple[Consult, ...]:
    replies = {e.ref_id: e for e in steps.of(CONSULT_REPLIED)}
    out = []
    for e in steps.of(CONSULT_KINDS):
        reply = replies.get(e.id)
        limit = rules.third_party_limit(cal, e.day) if e.kind == CONSULT_THIRD_PARTY else None
        out.append(Consult(e.id, e.kind, e.party, e.day, limit, reply.day if reply else None,
                           reply.text if reply else "", reply.id if reply else None))
    return tuple(out)


def request_status(request: InfoRequest, cal: WorkCalendar, today: dt.date | None = None,
                   as_of: dt.date | None = None) -> RequestStatus:
    """The request after its steps; with ``as_of``, after the steps taken by the end of that day only (``today``
    is then that day)."""
    today = as_of or today or clock.today()
    steps = _Steps(request, as_of)
    supplement = _supplement(request, steps, cal)
    consults = _consults(steps, cal)
    ext_event = next(iter(steps.of(EXTENDED)), None)
    extension = (Extension(ext_event.id, ext_event.day, ext_event.days or 0, ext_event.person, ext_event.text)
                 if ext_event else None)
    pauses = tuple(sorted([Pause(c.kind, c.sent_on, c.replied_on) for c in consults]
                          + [Pause(FEE_NOTICE, f.notice_on, paid) for f, paid in steps.fees], key=lambda p: p.start))
    answered = next(iter(steps.of(ANSWER)), None)
    # Once answered, a pause still open counts to the answer's day (its end was never recorded).
    at = answered.day if answered else today
    clock_ = rules.answer_clock(cal, request.received_on, today=at, supplement_asked=supplement is not None,
                                supplement_received_on=supplement.received_on if supplement else None,
                                extension_days=extension.days if extension else 0, pauses=pauses)
    answer = None
    if answered is not None:
        outcome = rules.outcome_of(answered.result)
        late = clock_.due is not None and answered.day > clock_.due
        answer = Answer(answered.id, answered.day, outcome, answered.text, answered.person, late)
    state = rules.request_state(answer.outcome if answer else None,
                                supplement is not None and supplement.received_on is None, pauses)
    left = None
    if state in OPEN_STATES and clock_.due is not None:
        left = rules.working_days_left(cal, today, clock_.due)
    return RequestStatus(state, clock_, supplement, consults, extension, answer,
                         tuple(f for f, paid in steps.fees if paid is None), left)


def status_of(session: Session, request: InfoRequest, today: dt.date | None = None) -> RequestStatus:
    return request_status(request, load_calendar(session), today)


# ---- steps ------------------------------------------------------------------------------------------------------------

def _closed(status: RequestStatus, doing: str) -> None:
    if status.answer is not None:
        what = "答复" if status.state == ANSWERED else "终止办理（视为放弃）"
        raise UserError(f"该申请已于{format_cn(status.answer.day)}{what}，不能再{doing}。")


def _not_before(day: dt.date, first: dt.date, what: str, first_what: str) -> None:
    if day < first:
        raise UserError(f"{what}（{format_cn(day)}）早于{first_what}（{format_cn(first)}），请核对日期。")


def _step(session: Session, request: InfoRequest, kind: str, day: dt.date, **values: Any) -> InfoRequestEvent:
    event = InfoRequestEvent(kind=kind, day=day, recorded_by=settings.get_setting(session, "clerk_name") or "",
                             recorded_at=clock.now(), **values)
    request.events.append(event)
    session.flush()
    return event


def _begin(session: Session, ref: object, today: dt.date | None) -> tuple[InfoRequest, RequestStatus, dt.date]:
    today = today or clock.today()
    request = get_request(session, ref)
    return request, status_of(session, request, today), today


def ask_supplement(session: Session, ref: object, *, asked_on: object, content: object, reply_by: object = None,
                   today: dt.date | None = None) -> InfoRequestEvent:
    """补正告知 (第三十条): once; after its 7 working days it is still recorded, marked 逾期告知."""
    request, status, today = _begin(session, ref, today)
    _closed(status, "告知补正")
    if status.supplement is not None:
        raise UserError(f"补正只能一次性告知，本申请已于{format_cn(status.supplement.asked_on)}告知过补正，"
                        "不能再次告知。")
    day = step_day(asked_on, "补正告知日期", today)
    _not_before(day, request.received_on, "补正告知日期", "收到申请日期")
    what = _text(content, "需要补正的事项", required=True)
    cal = load_calendar(session)
    if reply_by is None or (isinstance(reply_by, str) and not reply_by.strip()):
        by = cal.working_days_after(day, supplement_days(session))
    else:
        try:
            by = parse_record_date(reply_by)
        except DateError as exc:
            raise UserError(f"补正期限：{exc}。") from None
        if by <= day:
            raise UserError(f"补正期限（{format_cn(by)}）应晚于告知日期（{format_cn(day)}），请给申请人合理的补正时间。")
    return _step(session, request, SUPPLEMENT_ASKED, day, text=what, deadline=by)


def receive_supplement(session: Session, ref: object, *, received_on: object,
                       today: dt.date | None = None) -> InfoRequestEvent:
    """收到补正: the 20 working days start again from this day."""
    request, status, today = _begin(session, ref, today)
    _closed(status, "登记收到补正")
    supplement = status.supplement
    if supplement is None:
        raise UserError("本申请没有告知过补正，不能登记收到补正；如需补正，请先登记补正告知。")
    if supplement.received_on is not None:
        raise UserError(f"已于{format_cn(supplement.received_on)}登记收到补正，不能重复登记。")
    day = step_day(received_on, "收到补正日期", today)
    _not_before(day, supplement.asked_on, "收到补正日期", "补正告知日期")
    return _step(session, request, SUPPLEMENT_RECEIVED, day, ref_id=supplement.event_id)


def _consult_kind(value: object) -> str:
    text = "".join(str(value or "").split())
    if not text or text in ("第三方", CONSULT_THIRD_PARTY):
        return CONSULT_THIRD_PARTY
    if text in ("其他机关", "机关", "其他行政机关", CONSULT_ORGAN):
        return CONSULT_ORGAN
    raise UserError(f"征求意见的对象类型“{value}”无法识别，请填写“第三方”或“其他机关”。")


def send_consult(session: Session, ref: object, *, sent_on: object, party: object, kind: object = "",
                 replied_on: object = None, opinion: object = "",
                 today: dt.date | None = None) -> InfoRequestEvent:
    """征求意见 (第三十二条 third parties, or another organ): the days until the reply are not counted."""
    request, status, today = _begin(session, ref, today)
    _closed(status, "征求意见")
    if status.state == WAITING_SUPPLEMENT:
        raise UserError("申请正在等待补正，答复期限尚未起算；请在收到补正后再征求意见。")
    kind = _consult_kind(kind)
    day = step_day(sent_on, "征求意见日期", today)
    _not_before(day, status.clock.start or request.received_on, "征求意见日期",
                "收到补正日期" if status.clock.restarted else "收到申请日期")
    who = _text(party, "征求意见的对象（第三方或机关名称）", _LIMITS["party"], required=True)
    if any(c.party == who for c in status.open_consults):
        raise UserError(f"已向“{who}”征求意见且尚未回复，请先登记其回复。")
    event = _step(session, request, kind, day, party=who)
    if replied_on is not None and not (isinstance(replied_on, str) and not replied_on.strip()):
        record_consult_reply(session, request.id, replied_on=replied_on, party=who, opinion=opinion, today=today)
    return event


def record_consult_reply(session: Session, ref: object, *, replied_on: object, party: object = "",
                         opinion: object = "", today: dt.date | None = None) -> InfoRequestEvent:
    """The opinion came back (or the third party's 15 working days ran out: enter that day)."""
    request, status, today = _begin(session, ref, today)
    _closed(status, "登记意见回复")
    waiting = status.open_consults
    who = _text(party, "征求意见的对象", _LIMITS["party"])
    if who:
        waiting = tuple(c for c in waiting if c.party == who)
    if not waiting:
        raise UserError(f"没有{'向“' + who + '”' if who else ''}征求意见且尚未回复的记录，请先登记征求意见。")
    if len(waiting) > 1:
        raise UserError(f"有{len(waiting)}处征求意见尚未回复（{'、'.join(c.party for c in waiting)}），"
                        "请注明是哪一方的回复。")
    consult = waiting[0]
    day = step_day(replied_on, "收到意见日期", today)
    _not_before(day, consult.sent_on, "收到意见日期", "征求意见日期")
    return _step(session, request, CONSULT_REPLIED, day, ref_id=consult.event_id, party=consult.party,
                 text=_text(opinion, "意见内容"))


def extend(session: Session, ref: object, *, day: object, approved_by: object, reason: object, days: int = 20,
           today: dt.date | None = None) -> InfoRequestEvent:
    """延期答复 (第三十三条第二款): once, at most 20 working days, approved by the 负责人, before the period ends."""
    request, status, today = _begin(session, ref, today)
    _closed(status, "延期")
    _rule(rules.check_extension_days, int(days), status.extension.days if status.extension else 0)
    if status.state == WAITING_SUPPLEMENT:
        raise UserError("申请正在等待补正，答复期限尚未起算，不需要延期。")
    when = step_day(day, "延期决定日期", today)
    _not_before(when, status.clock.start, "延期决定日期", "答复期限的起算日")
    if status.clock.due is not None and when > status.clock.due:
        raise UserError(f"答复期限已于{format_cn(status.clock.due)}届满，届满后不能再延期，请尽快答复。")
    who = _text(approved_by, "批准延期的负责人", _LIMITS["person"], required=True)
    why = _text(reason, "延期理由", required=True)
    return _step(session, request, EXTENDED, when, days=int(days), person=who, text=why)


def _check_outcome(session: Session, status: RequestStatus, outcome: Outcome, day: dt.date) -> None:
    supplement = status.supplement
    if outcome == rules.NO_SUPPLEMENT:
        if supplement is None or supplement.received_on is not None:
            raise UserError("“逾期不补正”只适用于告知补正后申请人未补正的申请，本申请没有待补正的事项。")
        if supplement.reply_by and day <= supplement.reply_by:
            raise UserError(f"补正期限到{format_cn(supplement.reply_by)}才届满，届满后申请人仍未补正的，"
                            "才能视为放弃申请。")
        return
    if status.state == WAITING_SUPPLEMENT:
        raise UserError("申请正在等待补正，请先登记收到补正；申请人逾期未补正的，请选择“视为放弃”。")
    if outcome == rules.FEE_UNPAID:
        if not status.unpaid_fees:
            raise UserError("本申请没有未缴纳的信息处理费，不能按“逾期未缴费”处理。")
        limit = rules.fee_limit(load_calendar(session), status.unpaid_fees[0].notice_on)
        if day <= limit:
            raise UserError(f"缴费期限到{format_cn(limit)}才届满（收费通知之日起20个工作日），届满后仍未缴费的，"
                            "才能不再处理。")
        return
    if outcome.category == rules.UNAVAILABLE and outcome.number == 3 and (supplement is None
                                                                          or supplement.received_on is None):
        raise UserError("“补正后申请内容仍不明确”只适用于已告知补正并收到补正的申请。")
    if status.open_consults:
        c = status.open_consults[0]
        raise UserError(f"向“{c.party}”征求的意见尚未登记回复，请先登记回复日期（第三方逾期未提出意见的，"
                        "登记其期限届满之日）再答复。")


def answer(session: Session, ref: object, *, day: object, result: object, text: object = "", person: object = "",
           fee: object = None, today: dt.date | None = None) -> InfoRequestEvent:
    """答复: the result in the report's categories; once. `fee` (元): an information-processing fee charged with it."""
    request, status, today = _begin(session, ref, today)
    _closed(status, "答复")
    when = step_day(day, "答复日期", today)
    _not_before(when, request.received_on, "答复日期", "收到申请日期")
    outcome = _rule(rules.parse_outcome, result)
    _check_outcome(session, status, outcome, when)
    detail = _text(text, "答复说明")
    if outcome == Outcome(rules.OTHER, 3, rules.REASONS[rules.OTHER][2]) and not detail:
        raise UserError("“其他处理：其他”需要写明处理情况，请在答复说明中填写。")
    event = _step(session, request, ANSWER, when, result=outcome.key, text=detail,
                  person=_text(person, "经办人", _LIMITS["person"]))
    if fee is not None and str(fee).strip():
        request.fees.append(InfoRequestFee(amount_fen=_fee_fen(fee), notice_on=when, paid_on=None, with_answer=True,
                                           note="随答复收取"))
        session.flush()
    return event


def abandon(session: Session, ref: object, *, day: object, fee_unpaid: bool = False, text: object = "",
            today: dt.date | None = None) -> InfoRequestEvent:
    """视为放弃: the 补正 (or the fee) did not come in the time given; recorded as 其他处理 1 (or 2)."""
    outcome = rules.FEE_UNPAID if fee_unpaid else rules.NO_SUPPLEMENT
    return answer(session, ref, day=day, result=outcome.label, text=text, today=today)


def abandon_refusal(session: Session, status: RequestStatus, today: dt.date) -> str | None:
    """Why the request cannot be recorded 视为放弃 today (the sentence `abandon` would raise), or None when it can."""
    if status.answer is not None:
        return "本申请已办结。"
    outcome = rules.FEE_UNPAID if status.unpaid_fees and status.state != WAITING_SUPPLEMENT else rules.NO_SUPPLEMENT
    try:
        _check_outcome(session, status, outcome, today)
    except UserError as exc:
        return str(exc)
    return None


def _fee_fen(value: object) -> int:
    try:
        fen = parse_fen(value)
    except MoneyError as exc:
        raise UserError(f"信息处理费：{exc}。") from None
    if fen <= 0:
        raise UserError("信息处理费应大于0元，请核对金额。")
    if fen > MAX_FEE_FEN:
        raise UserError(f"信息处理费{format_fen(fen)}元过大，请核对金额。")
    return fen


def fee_notice(session: Session, ref: object, *, notice_on: object, amount: object,
               today: dt.date | None = None) -> InfoRequestFee:
    """收费通知 (国办函〔2020〕109号): the days until payment are not counted; unpaid in 20 working days → 其他处理."""
    request, status, today = _begin(session, ref, today)
    _closed(status, "发出收费通知")
    if status.state == WAITING_SUPPLEMENT:
        raise UserError("申请正在等待补正，请在收到补正后再发收费通知。")
    if status.unpaid_fees:
        raise UserError(f"已于{format_cn(status.unpaid_fees[0].notice_on)}发出收费通知且尚未缴费，请先登记缴费。")
    day = step_day(notice_on, "收费通知日期", today)
    _not_before(day, status.clock.start, "收费通知日期", "答复期限的起算日")
    fee = InfoRequestFee(amount_fen=_fee_fen(amount), notice_on=day, paid_on=None, with_answer=False, note="")
    request.fees.append(fee)
    session.flush()
    return fee


def fee_paid(session: Session, ref: object, *, paid_on: object, today: dt.date | None = None) -> InfoRequestFee:
    request = get_request(session, ref)
    today = today or clock.today()
    unpaid = [f for f in request.fees if f.paid_on is None]
    if not unpaid:
        raise UserError("本申请没有未缴纳的信息处理费，不需要登记缴费。")
    fee = unpaid[0]
    day = step_day(paid_on, "缴费日期", today)
    _not_before(day, fee.notice_on, "缴费日期", "收费通知日期")
    fee.paid_on = day
    session.flush()
    return fee


def record_case(session: Session, ref: object, *, kind: object, result: object, day: object, organ: object = "",
                note: object = "", today: dt.date | None = None) -> InfoRequestCase:
    """行政复议 / 行政诉讼: a new case on `day` (filed), or the result of the one of that kind still 尚未审结."""
    request = get_request(session, ref)
    today = today or clock.today()
    kind = _rule(rules.normalize_case_kind, kind)
    outcome = _rule(rules.normalize_case_result, result)
    when = step_day(day, "日期", today)
    _not_before(when, request.received_on, "案件日期", "收到申请日期")
    pending = next((c for c in request.cases if c.kind == kind and c.result == rules.PENDING), None)
    if pending is not None and outcome != rules.PENDING:
        _not_before(when, pending.filed_on, "审结日期", f"{kind}的立案日期")
        pending.result, pending.decided_on = outcome, when
        if organ:
            pending.organ = _text(organ, "复议机关或法院", 100)
        session.flush()
        return pending
    if pending is not None:
        raise UserError(f"本申请已有一件{kind}（{format_cn(pending.filed_on)}）尚未审结，请登记其结果。")
    case = InfoRequestCase(kind=kind, filed_on=when, result=outcome,
                           decided_on=None if outcome == rules.PENDING else when,
                           organ=_text(organ, "复议机关或法院", 100), note=_text(note, "备注"))
    request.cases.append(case)
    session.flush()
    return case


# ---- undo: the window keeps a request's rows before and after an action and puts either back ----------------

_MODELS = {m.__tablename__: m for m in (InfoRequest, InfoRequestEvent, InfoRequestFee, InfoRequestCase,
                                        InfoRequestLetter)}
# Parents before children when rows come back; the reverse when they go (a reply's ref_id names an earlier step).
_ORDER = ("info_request", "info_request_event", "info_request_fee", "info_request_case", "info_request_letter")

RequestRows = dict[tuple[str, int], dict]


def _values(obj) -> dict:
    return {a.key: getattr(obj, a.key) for a in inspect(obj).mapper.column_attrs}


def request_rows(session: Session, request_id: int) -> RequestRows:
    """Every row of a request (itself, its steps, fees, cases and letters) by (table, id): what an action changed
    is the difference between this before and after it. Empty when the request does not exist."""
    request = session.get(InfoRequest, request_id)
    if request is None:
        return {}
    rows = {("info_request", request.id): _values(request)}
    for child in (*request.events, *request.fees, *request.cases, *request.letters):
        rows[(type(child).__tablename__, child.id)] = _values(child)
    return rows


def _sort_key(key: tuple[str, int]) -> tuple[int, int]:
    return _ORDER.index(key[0]), key[1]


def restore_request_rows(session: Session, request_id: int, wanted: RequestRows) -> None:
    """Make a request's rows exactly ``wanted`` (from `request_rows`): rows added since go, rows removed come back
    under their ids, changed columns return. Undo is ``restore(before)``, redo ``restore(after)``; the audit log
    records each row as it changes."""
    current = request_rows(session, request_id)
    for key in sorted(set(current) - set(wanted), key=_sort_key, reverse=True):
        obj = session.get(_MODELS[key[0]], key[1])
        if isinstance(obj, InfoRequest):   # its steps went first: let it not cascade to them again
            session.expire(obj, ["events", "fees", "cases", "letters"])
        session.delete(obj)
        session.flush()   # one at a time: the ORM does not know the order ref_id sets
    request = session.get(InfoRequest, request_id)
    if request is not None:
        session.expire(request, ["events", "fees", "cases", "letters"])
    for key in sorted(set(wanted) - set(current), key=_sort_key):
        session.add(_MODELS[key[0]](**wanted[key]))
        session.flush()
    for key in set(wanted) & set(current):
        if wanted[key] != current[key]:
            obj = session.get(_MODELS[key[0]], key[1])
            for column, value in wanted[key].items():
                if getattr(obj, column) != value:
                    setattr(obj, column, value)
    session.flush()


# ---- lists ------------------------------------------------------------------------------------------------------------

def list_requests(session: Session, *, year: int | None = None, state: str | None = None, text: str = "",
                  applicant_type: str | None = None, today: dt.date | None = None,
                  cal: WorkCalendar | None = None) -> list[tuple[InfoRequest, RequestStatus]]:
    """Requests (newest first) with their status, filtered by year of receipt, state, applicant type and a text
    in the 编号, the content or the applicant's name."""
    today = today or clock.today()
    cal = cal or load_calendar(session)
    stmt = select(InfoRequest)
    if year:
        stmt = stmt.where(InfoRequest.year == int(year))
    if applicant_type:
        stmt = stmt.where(InfoRequest.applicant_type == applicant_type)
    if text.strip():
        like = f"%{text.strip()}%"
        stmt = stmt.where(or_(InfoRequest.number.like(like), InfoRequest.content.like(like),
                              InfoRequest.applicant_name.like(like)))
    rows = session.scalars(stmt.order_by(InfoRequest.received_on.desc(), InfoRequest.id.desc())).all()
    out = [(r, request_status(r, cal, today)) for r in rows]
    if state:
        wanted = {"未办结": set(OPEN_STATES)}.get(state, {state})
        out = [(r, s) for r, s in out if s.state in wanted]
    return out


def request_years(session: Session) -> list[int]:
    return list(session.scalars(select(InfoRequest.year).distinct().order_by(InfoRequest.year.desc())))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def request_json(request: InfoRequest, status: RequestStatus, *, private: bool = True, steps: bool = True) -> dict:
    """The request as data (`gkdesk request show --json`). ``private=False``: the applicant masked, no ID, contact
    or address (a list for anyone else)."""
    supplement = status.supplement
    applicant = {"name": request.applicant_name if private else rules.masked_name(request.applicant_name),
                 "type": request.applicant_type, "type_label": rules.applicant_type_label(request.applicant_type)}
    if private:
        applicant.update(id=request.applicant_id, contact=request.applicant_contact,
                         address=request.applicant_address)
    data = {
        "id": request.id, "number": request.number, "received_on": _iso(request.received_on),
        "channel": request.channel, "receipt_rule": rules.RECEIPT_RULES[request.channel],
        "applicant": applicant, "content": request.content, "form_wanted": request.form_wanted,
        "handler": request.handler,
        "state": status.state, "due_date": _iso(status.due), "due_rule": status.clock.describe(),
        "provisional": status.clock.provisional, "estimated": status.clock.estimated,
        "working_days_left": status.working_days_left, "countdown": status.countdown,
        "supplement_deadline": _iso(status.clock.supplement_limit),
        "supplement": None if supplement is None else {
            "asked_on": _iso(supplement.asked_on), "content": supplement.content,
            "reply_by": _iso(supplement.reply_by), "received_on": _iso(supplement.received_on),
            "late_notice": supplement.late_notice, "late_reply": supplement.late_reply},
        "extension": None if status.extension is None else {
            "day": _iso(status.extension.day), "days": status.extension.days,
            "approved_by": status.extension.approved_by, "reason": status.extension.reason},
        "consults": [{"kind": c.kind, "party": c.party, "sent_on": _iso(c.sent_on), "replied_on": _iso(c.replied_on),
                      "third_party_limit": _iso(c.limit)} for c in status.consults],
        "result": status.answer.outcome.label if status.answer else None,
        "result_category": status.answer.outcome.category if status.answer else None,
        "result_reason_number": status.answer.outcome.number if status.answer else None,
        "answered_on": _iso(status.answer.day) if status.answer else None,
        "answered_late": status.answer.late if status.answer else None,
        "fees": [{"amount_fen": f.amount_fen, "amount": format_fen(f.amount_fen), "notice_on": _iso(f.notice_on),
                  "paid_on": _iso(f.paid_on), "paid": f.paid_on is not None, "with_answer": f.with_answer}
                 for f in request.fees],
        "cases": [{"kind": c.kind, "filed_on": _iso(c.filed_on), "result": c.result, "decided_on": _iso(c.decided_on),
                   "organ": c.organ} for c in request.cases],
        "letters": [{"kind": le.kind, "title": le.title, "generated_on": _iso(le.generated_on),
                     "sent_on": _iso(le.sent_on)} for le in request.letters],
    }
    if private:
        data["note"] = request.note
    if steps:
        data["timeline"] = [{"day": _iso(s.day), "title": s.title, "detail": s.detail}
                            for s in timeline(request, status)]
    return data


# ---- the timeline ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Step:
    day: dt.date
    title: str
    detail: str = ""
    ref: tuple[str, int] | None = None   # (table, id) of the row behind the step


def timeline(request: InfoRequest, status: RequestStatus) -> list[Step]:
    """Every step in date order: the receipt, 补正, consultations, the extension, fees, the answer, cases, letters."""
    steps = [Step(request.received_on, f"收到申请（{rules.CHANNEL_WORDS[request.channel]}），登记为{request.number}",
                  rules.RECEIPT_RULES[request.channel], ("info_request", request.id))]
    s = status.supplement
    if s is not None:
        late = f"（逾期告知：应于{format_cn(s.limit)}前告知）" if s.late_notice else ""
        steps.append(Step(s.asked_on, f"告知补正{late}", f"补正事项：{s.content}；补正期限：{format_cn(s.reply_by)}"
                          if s.reply_by else f"补正事项：{s.content}", ("info_request_event", s.event_id)))
        if s.received_on:
            late = "（超过补正期限）" if s.late_reply else ""
            steps.append(Step(s.received_on, f"收到补正{late}，答复期限重新起算", "",
                              ("info_request_event", s.received_event_id)))
    for c in status.consults:
        limit = f"第三方应于{format_cn(c.limit)}前提出意见" if c.limit else ""
        steps.append(Step(c.sent_on, f"{c.kind}：{c.party}", limit, ("info_request_event", c.event_id)))
        if c.replied_on:
            steps.append(Step(c.replied_on, f"收到{c.party}的意见", c.opinion,
                              ("info_request_event", c.reply_event_id)))
    e = status.extension
    if e is not None:
        steps.append(Step(e.day, f"延期答复{e.days}个工作日（{e.approved_by}批准）", e.reason,
                          ("info_request_event", e.event_id)))
    for f in request.fees:
        what = "随答复收取信息处理费" if f.with_answer else "发出收费通知"
        steps.append(Step(f.notice_on, f"{what}{format_fen(f.amount_fen)}元", "", ("info_request_fee", f.id)))
        if f.paid_on:
            steps.append(Step(f.paid_on, f"收到信息处理费{format_fen(f.amount_fen)}元", "", ("info_request_fee", f.id)))
    a = status.answer
    if a is not None:
        title = f"{'视为放弃申请' if a.outcome.abandons else '答复'}：{a.outcome.label}"
        steps.append(Step(a.day, title + ("（逾期答复）" if a.late else ""), a.text, ("info_request_event", a.event_id)))
    for c in request.cases:
        steps.append(Step(c.filed_on, f"{'申请' if c.kind == rules.REVIEW else ''}{c.kind}" +
                          (f"（{c.organ}）" if c.organ else ""), "", ("info_request_case", c.id)))
        if c.decided_on and c.result != rules.PENDING:
            steps.append(Step(c.decided_on, f"{c.kind}结果：{c.result}", "", ("info_request_case", c.id)))
    for letter in request.letters:
        if letter.sent_on:
            steps.append(Step(letter.sent_on, f"送达{letter.title or letter.kind}", "",
                              ("info_request_letter", letter.id)))
    order = {id(step): n for n, step in enumerate(steps)}
    return sorted(steps, key=lambda st: (st.day, order[id(st)]))


# ---- the register for anyone else (public-safe) ---------------------------------------------------------------------

REGISTER_COLUMNS = [Column("n", "序号", 0.5, "center"), Column("number", "编号", 1.6, "center"),
                    Column("received", "收到日期", 1.1, "center", "date"), Column("channel", "提交方式", 0.8, "center"),
                    Column("type", "申请人类型", 1.2, "center"), Column("content", "申请内容", 3.0),
                    Column("due", "答复期限", 1.1, "center", "date"), Column("state", "状态", 0.9, "center"),
                    Column("answered", "答复日期", 1.1, "center", "date"), Column("result", "办理结果", 2.0)]


def register_document(session: Session, year: int, today: dt.date | None = None) -> Document:
    """依申请公开登记台账 of a year, for anyone but the applicant: no name, ID, contact or address (public, so the
    privacy guard checks the content for full numbers too)."""
    rows = []
    pairs = list_requests(session, year=year, today=today)
    for n, (r, s) in enumerate(sorted(pairs, key=lambda p: (p[0].seq, p[0].id)), 1):
        rows.append([str(n), r.number, format_cn(r.received_on), r.channel,
                     rules.applicant_type_label(r.applicant_type), r.content,
                     format_cn(s.due) if s.due else "—", s.state,
                     format_cn(s.answer.day) if s.answer else "", s.answer.outcome.label if s.answer else ""])
    unit = settings.get_unit(session)
    return Document(title=f"{year}年政府信息公开申请登记台账",
                    subtitle_lines=[f"填报单位：{settings.authority_name(unit)}    共{len(rows)}件"],
                    table=Table(REGISTER_COLUMNS, rows), page=PageSetup(landscape=True), public=True)


# ---- reminders (首页 and `gkdesk due`) --------------------------------------------------------------------------------

def _estimated_note(status: RequestStatus) -> str:
    years = "、".join(f"{y}年" for y in status.clock.fallback_years)
    return f"（{years}节假日安排尚未录入，按周一至周五推算）" if years else ""


def _reminder(kind: str, request: InfoRequest, title: str, day: dt.date | None, severity: str, today: dt.date,
              detail: str, countdown: str = "") -> Reminder:
    extra = {"number": request.number}
    if countdown:
        extra["countdown"] = countdown
    return Reminder(kind, f"{request.number}：{title}", day, (day - today).days if day else None, severity,
                    detail=detail, ref=("info_request", request.id), extra=extra)


def _due_reminder(r: InfoRequest, s: RequestStatus, today: dt.date, soon: int) -> Reminder | None:
    if s.due is None or s.clock.provisional or s.working_days_left is None:
        return None
    left = s.working_days_left
    severity = OVERDUE if left < 0 else TODAY if left == 0 else SOON if left <= soon else INFO
    title = ("答复已逾期" if left < 0 else "今天是答复期限" if left == 0 else f"{left}个工作日内应答复")
    detail = f"{s.clock.describe()}，应于{format_cn(s.due)}前答复{_estimated_note(s)}"
    limit = s.clock.supplement_limit
    if s.supplement is None and today <= limit:
        detail += f"；如需补正，须在{format_cn(limit)}前一次性告知"
    return _reminder("request_due", r, title, s.due, severity, today, detail, s.countdown)


def _supplement_reminder(r: InfoRequest, s: RequestStatus, today: dt.date, cal: WorkCalendar,
                         soon: int) -> Reminder | None:
    sup = s.supplement
    if s.state != WAITING_SUPPLEMENT or sup is None or sup.reply_by is None:
        return None
    if today > sup.reply_by:
        return _reminder("request_abandon", r, "补正期限已过，申请人未补正，可视为放弃申请", sup.reply_by, OPEN, today,
                         f"补正期限{format_cn(sup.reply_by)}已届满；申请人无正当理由逾期不补正的，视为放弃申请"
                         "（第三十条），请登记“视为放弃”。", "待处理")
    left = rules.working_days_left(cal, today, sup.reply_by)
    severity = TODAY if left == 0 else SOON if left <= soon else INFO
    return _reminder("request_supplement", r, "等待申请人补正", sup.reply_by, severity, today,
                     f"已于{format_cn(sup.asked_on)}告知补正，补正期限{format_cn(sup.reply_by)}；收到补正后答复期限重新起算。",
                     "今天到期" if left == 0 else f"还剩{left}个工作日")


def _pause_reminders(r: InfoRequest, s: RequestStatus, today: dt.date, cal: WorkCalendar) -> list[Reminder]:
    out = []
    for c in s.open_consults:
        if c.limit is not None and today > c.limit:
            out.append(_reminder("request_consult", r, f"{c.party}逾期未提出意见", c.limit, OPEN, today,
                                 f"第三方应于{format_cn(c.limit)}前提出意见（第三十二条）；逾期未提出的，由本机关依法决定"
                                 "是否公开，请登记回复日期后继续办理。", "待处理"))
        else:
            out.append(_reminder("request_consult", r, f"{c.kind}中，期限暂停计算", c.limit or c.sent_on, INFO,
                                 today, f"{c.sent_on.isoformat()}起向{c.party}征求意见，所需时间不计入答复期限。",
                                 "期限暂停"))
    for fee in s.unpaid_fees:
        limit = rules.fee_limit(cal, fee.notice_on)
        if today > limit:
            out.append(_reminder("request_fee", r, "逾期未缴纳信息处理费，可不再处理", limit, OPEN, today,
                                 f"收费通知{format_cn(fee.notice_on)}发出，缴费期限{format_cn(limit)}已届满；"
                                 "可按“其他处理：逾期未缴费”终止办理。", "待处理"))
    return out


@provider
def request_reminders(ctx: ReminderContext) -> list[Reminder]:
    rows = ctx.session.scalars(select(InfoRequest).where(~InfoRequest.events.any(InfoRequestEvent.kind == ANSWER)))
    out: list[Reminder] = []
    for r in rows:
        s = request_status(r, ctx.calendar, ctx.today)
        found = [_due_reminder(r, s, ctx.today, ctx.soon_days),
                 _supplement_reminder(r, s, ctx.today, ctx.calendar, ctx.soon_days),
                 *_pause_reminders(r, s, ctx.today, ctx.calendar)]
        out.extend(f for f in found if f is not None)
    return out


# For the window's filters and the command line.
STATE_FILTERS: tuple[str, ...] = ("未办结", *rules.STATES)
