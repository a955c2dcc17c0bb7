"""依申请公开 (domain.md §6, §7): the words of the 2021 annual-report format and the statutory clock. Pure, no I/O.

Vocabularies — one place, importable by the annual report (issue 15), worded exactly as 国办公开办函〔2021〕30号
counts them:
- channels and the day each counts as received (条例 第三十一条): ``CHANNELS``, ``RECEIPT_RULES``;
- applicant types: ``NATURAL_PERSON`` and the five ``ORGANIZATION_TYPES`` (``APPLICANT_TYPES``);
- outcomes: ``CATEGORIES`` and their numbered reasons, all 21 in report order in ``OUTCOMES`` (``parse_outcome``
  reads a result by its wording, its number or a unique part of it);
- 行政复议/行政诉讼: ``CASE_KINDS`` and ``CASE_RESULTS``.

The clock (条例 第三十条、第三十二条、第三十三条; the start day is never counted, domain.md §4):
- the answer is due on the 20th working day after the day the request was received, or after the day the 补正
  arrived when one was asked for (the period restarts);
- 补正 is asked once, within 7 working days of receipt (later is allowed, but is a late notice: 逾期告知);
- an extension adds at most 20 working days, once;
- working days inside a consultation (third party, other organ) or between a fee notice and its payment are not
  counted (国办函〔2020〕109号 for the fee).
``answer_clock`` gives the due date and the rule in one Chinese line:
"收到之日起20个工作日，已延长20个工作日，征求第三方意见2026-10-13至2026-10-20不计".
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from gkdesk.domain.errors import UserFacingError
from gkdesk.domain.workcal import WorkCalendar

REGULATION = "《中华人民共和国政府信息公开条例》"


class RequestError(UserFacingError, ValueError):
    """A value or step the rules refuse; the message is one Chinese sentence for the clerk."""


# ---- channels and the receipt day (第三十一条) ------------------------------------------------------------

IN_PERSON, BY_POST, ORDINARY_LETTER, ONLINE, BY_FAX = "当面", "邮寄", "平常信函", "网络", "传真"
CHANNELS: tuple[str, ...] = (IN_PERSON, BY_POST, ORDINARY_LETTER, ONLINE, BY_FAX)

# What date to enter as 收到申请之日, per channel (shown beside the date in the window, and on the receipt).
RECEIPT_RULES: dict[str, str] = {
    IN_PERSON: "当面提交的，以提交之日为收到申请之日（第三十一条第一项）",
    BY_POST: "以邮寄方式提交的，以本机关签收之日为收到申请之日（第三十一条第二项）",
    ORDINARY_LETTER: "以平常信函等无需签收的方式提交的，以本机关与申请人确认之日为收到申请之日（第三十一条第二项）",
    ONLINE: "通过互联网渠道提交的，以双方确认之日为收到申请之日（第三十一条第三项）",
    BY_FAX: "通过传真提交的，以双方确认之日为收到申请之日（第三十一条第三项）",
}
# How a letter names the way the request came in: 您于2026年9月25日以{当面提交}方式提出的…
CHANNEL_WORDS: dict[str, str] = {IN_PERSON: "当面提交", BY_POST: "邮寄", ORDINARY_LETTER: "平常信函",
                                 ONLINE: "互联网", BY_FAX: "传真"}
_CHANNEL_ALIASES = {
    "当面提交": IN_PERSON, "现场": IN_PERSON, "现场提交": IN_PERSON, "窗口": IN_PERSON, "面交": IN_PERSON,
    "邮递": BY_POST, "挂号信": BY_POST, "快递": BY_POST, "ems": BY_POST, "邮政": BY_POST,
    "信函": ORDINARY_LETTER, "平信": ORDINARY_LETTER, "普通信函": ORDINARY_LETTER,
    "互联网": ONLINE, "在线": ONLINE, "网上": ONLINE, "网上申请": ONLINE, "电子邮件": ONLINE, "邮箱": ONLINE,
    "政府网站": ONLINE, "在线申请": ONLINE,
}


def normalize_channel(value: object) -> str:
    text = _key(value)
    if text in CHANNELS:
        return text
    found = _CHANNEL_ALIASES.get(text.lower())
    if found is None:
        raise RequestError(f"提交方式“{value}”无法识别，请填写{'、'.join(CHANNELS)}之一")
    return found


# ---- applicants (the columns of the report's table 三) -----------------------------------------------------

NATURAL_PERSON = "自然人"
ORGANIZATION = "法人或其他组织"
BUSINESS, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER_ORGANIZATION = "商业企业", "科研机构", "社会公益组织", \
    "法律服务机构", "其他"
ORGANIZATION_TYPES: tuple[str, ...] = (BUSINESS, RESEARCH, NONPROFIT, LEGAL_SERVICE, OTHER_ORGANIZATION)
APPLICANT_TYPES: tuple[str, ...] = (NATURAL_PERSON, *ORGANIZATION_TYPES)
_APPLICANT_ALIASES = {
    "个人": NATURAL_PERSON, "公民": NATURAL_PERSON, "群众": NATURAL_PERSON,
    "企业": BUSINESS, "公司": BUSINESS, "商业": BUSINESS,
    "科研": RESEARCH, "高校": RESEARCH, "研究机构": RESEARCH,
    "公益组织": NONPROFIT, "社会组织": NONPROFIT, "公益": NONPROFIT,
    "律师事务所": LEGAL_SERVICE, "律所": LEGAL_SERVICE, "法律服务": LEGAL_SERVICE,
    "其他组织": OTHER_ORGANIZATION, "其它": OTHER_ORGANIZATION, "其它组织": OTHER_ORGANIZATION,
    "法人或其他组织": OTHER_ORGANIZATION,
}


def is_organization(applicant_type: str) -> bool:
    return applicant_type in ORGANIZATION_TYPES


def applicant_type_label(applicant_type: str) -> str:
    """自然人, or 法人或其他组织（商业企业）: the type as a reader understands it on its own."""
    return applicant_type if applicant_type == NATURAL_PERSON else f"{ORGANIZATION}（{applicant_type}）"


def normalize_applicant_type(value: object) -> str:
    text = _key(value)
    for prefix in (ORGANIZATION, "法人或者其他组织", "法人"):
        if text.startswith(prefix) and text[len(prefix):].strip("（）()·-—:："):
            text = text[len(prefix):].strip("（）()·-—:：")
            break
    if text in APPLICANT_TYPES:
        return text
    found = _APPLICANT_ALIASES.get(text)
    if found is None:
        raise RequestError(f"申请人类型“{value}”无法识别，请填写{'、'.join(APPLICANT_TYPES)}之一"
                           "（后五种属于法人或其他组织）")
    return found


# ---- outcomes (条例 第三十六条; the report's rows 三（一）–（六）) ------------------------------------------------

DISCLOSED, PARTLY_DISCLOSED, WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER = (
    "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理")
CATEGORIES: tuple[str, ...] = (DISCLOSED, PARTLY_DISCLOSED, WITHHELD, UNAVAILABLE, NOT_PROCESSED, OTHER)
# The row headings of the report, in its words.
CATEGORY_ROWS: dict[str, str] = {
    DISCLOSED: "（一）予以公开",
    PARTLY_DISCLOSED: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    WITHHELD: "（三）不予公开",
    UNAVAILABLE: "（四）无法提供",
    NOT_PROCESSED: "（五）不予处理",
    OTHER: "（六）其他处理",
}
REASONS: dict[str, tuple[str, ...]] = {
    WITHHELD: ("属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
               "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"),
    UNAVAILABLE: ("本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"),
    NOT_PROCESSED: ("信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
                    "要求行政机关确认或重新出具已获取信息"),
    OTHER: ("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"),
}

# The articles of the 条例 a letter cites for each outcome (category, reason number) → basis. Reviewed against the
# 2019 text: 第十四条 (secrets, the three safeties), 第十五条 (third parties), 第十六条 (internal and process
# information; 行政执法案卷 is the second paragraph's), 第三十条 (补正), 第三十五条 (too many requests), 第三十六条
# (the seven answers), 第三十七条 (separable parts), 第三十八条 (no new information made), 第三十九条 (信访 and
# publications), 第四十二条 (fees, with 国办函〔2020〕109号).
_BASIS: dict[tuple[str, int | None], str] = {
    (DISCLOSED, None): "第三十六条第二项",
    (PARTLY_DISCLOSED, None): "第三十七条、第三十六条第二项和第三项",
    (WITHHELD, 1): "第十四条、第三十六条第三项",
    (WITHHELD, 2): "第十四条、第三十六条第三项",
    (WITHHELD, 3): "第十四条、第三十六条第三项",
    (WITHHELD, 4): "第十五条、第三十六条第三项",   # with 第三十二条 when a third party was consulted
    (WITHHELD, 5): "第十六条第一款、第三十六条第三项",
    (WITHHELD, 6): "第十六条第二款、第三十六条第三项",
    (WITHHELD, 7): "第十六条第二款、第三十六条第三项",
    (WITHHELD, 8): "第三十六条第七项",
    (UNAVAILABLE, 1): "第三十六条第四项、第五项",
    (UNAVAILABLE, 2): "第三十八条",
    (UNAVAILABLE, 3): "第三十条",
    (NOT_PROCESSED, 1): "第三十九条第一款",
    (NOT_PROCESSED, 2): "第三十六条第六项",
    (NOT_PROCESSED, 3): "第三十九条第二款",
    (NOT_PROCESSED, 4): "第三十五条",
    (NOT_PROCESSED, 5): "第二条、第三十六条",
    (OTHER, 1): "第三十条",
    (OTHER, 2): "第四十二条",
    (OTHER, 3): "",
}


@dataclass(frozen=True)
class Outcome:
    """One way a request ends, as the report counts it: a category, and for four of them a numbered reason."""

    category: str
    number: int | None = None
    reason: str = ""

    @property
    def key(self) -> str:
        """What the register stores: 予以公开, 不予公开:4."""
        return self.category if self.number is None else f"{self.category}:{self.number}"

    @property
    def label(self) -> str:
        """不予公开：保护第三方合法权益 (予以公开 alone)."""
        return self.category if self.number is None else f"{self.category}：{self.reason}"

    @property
    def report_row(self) -> str:
        """The report's row: （一）予以公开, or 4.保护第三方合法权益 under （三）不予公开."""
        return CATEGORY_ROWS[self.category] if self.number is None else f"{self.number}.{self.reason}"

    @property
    def basis(self) -> str:
        """The articles of the 条例 an answer of this kind rests on (第十五条、第三十六条第三项)."""
        return _BASIS[(self.category, self.number)]

    @property
    def abandons(self) -> bool:
        """The request is treated as given up (视为放弃): no 补正, or the fee unpaid, in the time given."""
        return self.category == OTHER and self.number in (1, 2)


def _outcomes() -> tuple[Outcome, ...]:
    out = []
    for category in CATEGORIES:
        reasons = REASONS.get(category)
        if not reasons:
            out.append(Outcome(category))
        else:
            out.extend(Outcome(category, n, r) for n, r in enumerate(reasons, 1))
    return tuple(out)


OUTCOMES: tuple[Outcome, ...] = _outcomes()
NO_SUPPLEMENT = Outcome(OTHER, 1, REASONS[OTHER][0])
FEE_UNPAID = Outcome(OTHER, 2, REASONS[OTHER][1])

_QUOTES = str.maketrans({'"': "", "“": "", "”": "", "'": "", "‘": "", "’": "", "「": "", "」": ""})
_NUMBER = re.compile(r"^(?:第)?[（(]?(\d{1,2})[)）]?(?:项|\.|．)?$")


def _key(value: object) -> str:
    return "".join(unicodedata.normalize("NFKC", str(value or "")).split())


def _plain(text: str) -> str:
    """For matching a result: no spaces, no quotes (“三安全一稳定” or "三安全一稳定"), full-width folded."""
    return _key(text).translate(_QUOTES)


def outcome_of(key: str) -> Outcome:
    """The outcome a register row stores (予以公开, 不予公开:4)."""
    for outcome in OUTCOMES:
        if outcome.key == key:
            return outcome
    raise RequestError(f"答复结果“{key}”不在年度报告的办理结果分类中")


def _choices() -> str:
    parts = []
    for category in CATEGORIES:
        reasons = REASONS.get(category)
        parts.append(category if not reasons else
                     f"{category}（{'；'.join(f'{n} {r}' for n, r in enumerate(reasons, 1))}）")
    return "，".join(parts)


def _in_category(category: str, rest: str, original: object) -> Outcome:
    reasons = REASONS.get(category, ())
    if not reasons:
        if rest:
            raise RequestError(f"“{category}”没有细分理由，请只写“{category}”")
        return Outcome(category)
    if not rest:
        listed = "；".join(f"{n} {r}" for n, r in enumerate(reasons, 1))
        raise RequestError(f"“{category}”还需写明理由，如“{category}:{reasons[0]}”，可选：{listed}")
    number = _NUMBER.match(rest)
    if number:
        n = int(number.group(1))
        if not 1 <= n <= len(reasons):
            raise RequestError(f"“{category}”的理由只有1到{len(reasons)}项，没有第{n}项，请核对")
        return Outcome(category, n, reasons[n - 1])
    hits = [(n, r) for n, r in enumerate(reasons, 1) if rest in _plain(r)]
    if len(hits) == 1:
        return Outcome(category, hits[0][0], hits[0][1])
    if not hits:
        listed = "；".join(f"{n} {r}" for n, r in enumerate(reasons, 1))
        raise RequestError(f"“{original}”不是“{category}”的理由，可选：{listed}")
    raise RequestError(f"“{rest}”同时符合{'、'.join(r for _n, r in hits)}，请写得更具体些或写序号")


def parse_outcome(value: object) -> Outcome:
    """A result as the clerk writes it: "予以公开", "不予公开:保护第三方合法权益", "不予公开：4", "不予公开第三方", or a
    unique part of a reason alone ("重复申请", "逾期不补正"). Raises RequestError naming the choices."""
    text = _plain(value)
    if not text:
        raise RequestError(f"请填写答复结果，可选：{_choices()}")
    for category in sorted(CATEGORIES, key=len, reverse=True):
        if text.startswith(category):
            rest = text[len(category):].lstrip(":：·-—/、")
            return _in_category(category, rest, value)
    hits = [o for o in OUTCOMES if o.number is not None and text in _plain(o.reason)]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise RequestError(f"“{value}”同时符合{'、'.join(o.label for o in hits)}，请写得更具体些")
    raise RequestError(f"答复结果“{value}”不在年度报告的办理结果分类中，可选：{_choices()}")


# ---- 行政复议 and 行政诉讼 (the report's table 四) ----------------------------------------------------------------

REVIEW, SUIT_DIRECT, SUIT_AFTER_REVIEW = "行政复议", "未经复议直接起诉", "复议后起诉"
CASE_KINDS: tuple[str, ...] = (REVIEW, SUIT_DIRECT, SUIT_AFTER_REVIEW)
UPHELD, CORRECTED, OTHER_RESULT, PENDING = "维持", "纠正", "其他结果", "尚未审结"
CASE_RESULTS: tuple[str, ...] = (UPHELD, CORRECTED, OTHER_RESULT, PENDING)
CASE_RESULT_COLUMNS: dict[str, str] = {UPHELD: "结果维持", CORRECTED: "结果纠正", OTHER_RESULT: "其他结果",
                                       PENDING: "尚未审结"}


def normalize_case_kind(value: object) -> str:
    text = _key(value)
    aliases = {"复议": REVIEW, "直接起诉": SUIT_DIRECT, "行政诉讼": SUIT_DIRECT, "诉讼": SUIT_DIRECT,
               "复议后诉讼": SUIT_AFTER_REVIEW}
    found = text if text in CASE_KINDS else aliases.get(text)
    if found is None:
        raise RequestError(f"案件类型“{value}”无法识别，请填写{'、'.join(CASE_KINDS)}之一")
    return found


def normalize_case_result(value: object) -> str:
    text = _key(value)
    found = text if text in CASE_RESULTS else {v: k for k, v in CASE_RESULT_COLUMNS.items()}.get(text)
    if found is None:
        raise RequestError(f"案件结果“{value}”无法识别，请填写{'、'.join(CASE_RESULTS)}之一")
    return found


# ---- the register's states (derived from the steps) --------------------------------------------------------------

WAITING_SUPPLEMENT, IN_PROGRESS, CONSULTING, AWAITING_FEE, ANSWERED, ABANDONED = (
    "待补正", "办理中", "征求意见", "待缴费", "已答复", "视为放弃")
STATES: tuple[str, ...] = (WAITING_SUPPLEMENT, IN_PROGRESS, CONSULTING, AWAITING_FEE, ANSWERED, ABANDONED)
OPEN_STATES: tuple[str, ...] = (WAITING_SUPPLEMENT, IN_PROGRESS, CONSULTING, AWAITING_FEE)


def request_state(outcome: Outcome | None, waiting_supplement: bool, pauses: tuple[Pause, ...] = ()) -> str:
    """待补正 → 办理中 → (征求意见 / 待缴费: the clock paused) → 已答复 / 视为放弃."""
    if outcome is not None:
        return ABANDONED if outcome.abandons else ANSWERED
    if waiting_supplement:
        return WAITING_SUPPLEMENT
    running = [p for p in pauses if p.end is None]
    if any(p.kind in (CONSULT_THIRD_PARTY, CONSULT_ORGAN) for p in running):
        return CONSULTING
    if running:
        return AWAITING_FEE
    return IN_PROGRESS


# ---- the clock ------------------------------------------------------------------------------------------------------

ANSWER_DAYS = 20           # 第三十三条第二款
EXTENSION_MAX_DAYS = 20    # 第三十三条第二款
SUPPLEMENT_ASK_DAYS = 7    # 第三十条
THIRD_PARTY_DAYS = 15      # 第三十二条
FEE_PAYMENT_DAYS = 20      # 国办函〔2020〕109号

CONSULT_THIRD_PARTY, CONSULT_ORGAN, FEE_NOTICE = "征求第三方意见", "征求其他机关意见", "缴纳信息处理费"
CONSULT_KINDS: tuple[str, ...] = (CONSULT_THIRD_PARTY, CONSULT_ORGAN)


@dataclass(frozen=True)
class Pause:
    """Days the answer period does not count: from ``start`` to ``end``, both included (a consultation from the
    day the letter was sent to the day the opinion came back; a fee from the notice to the payment). ``end`` is
    None while it runs."""

    kind: str
    start: dt.date
    end: dt.date | None = None

    def last_day(self, today: dt.date) -> dt.date:
        """The last day not counted; a running pause is assumed to end today (the earliest it can)."""
        return self.end if self.end is not None else max(today, self.start)

    def describe(self) -> str:
        if self.end is None:
            return f"{self.kind}自{self.start.isoformat()}起暂停计算（尚未{'缴费' if self.kind == FEE_NOTICE else '回复'}）"
        return f"{self.kind}{self.start.isoformat()}至{self.end.isoformat()}不计"


def supplement_limit(cal: WorkCalendar, received_on: dt.date) -> dt.date:
    """The last day to ask for 补正: the 7th working day after the request was received."""
    return cal.working_days_after(received_on, SUPPLEMENT_ASK_DAYS)


def third_party_limit(cal: WorkCalendar, sent_on: dt.date) -> dt.date:
    """The last day of the third party's 15 working days (counted from the day the letter was sent)."""
    return cal.working_days_after(sent_on, THIRD_PARTY_DAYS)


def fee_limit(cal: WorkCalendar, notice_on: dt.date) -> dt.date:
    """The last day to pay an information-processing fee: 20 working days after the notice."""
    return cal.working_days_after(notice_on, FEE_PAYMENT_DAYS)


def counted_day(cal: WorkCalendar, start: dt.date, n: int, pauses: tuple[Pause, ...], today: dt.date) -> dt.date:
    """The n-th working day after ``start`` that no pause covers (``start`` itself never counts)."""
    spans = [(p.start, p.last_day(today)) for p in pauses]
    day, counted = start, 0
    while counted < n:
        day = cal.next_working_day(day)
        if not any(first <= day <= last for first, last in spans):
            counted += 1
    return day


@dataclass(frozen=True)
class RequestClock:
    """The answer period of one request as the steps so far leave it.

    ``start``: the day the 20 working days count from (the receipt, or the 补正's arrival: ``restarted``); None
    while a 补正 is awaited — there is no running period then. ``due``: the last day to answer (None while
    待补正). ``provisional``: a pause is still running, so ``due`` assumes it ends today and will move.
    ``estimated``: a year of the period has no holiday notice loaded (counted Monday–Friday)."""

    received_on: dt.date
    supplement_limit: dt.date
    start: dt.date | None
    restarted: bool = False
    extension_days: int = 0
    pauses: tuple[Pause, ...] = ()
    due: dt.date | None = None
    provisional: bool = False
    fallback_years: tuple[int, ...] = field(default_factory=tuple)

    @property
    def estimated(self) -> bool:
        return bool(self.fallback_years)

    def describe(self) -> str:
        """收到之日起20个工作日，已延长20个工作日，征求第三方意见2026-10-13至2026-10-20不计."""
        if self.start is None:
            return f"待补正：收到补正之日起重新计算{ANSWER_DAYS}个工作日"
        parts = [f"收到之日起{ANSWER_DAYS}个工作日" if not self.restarted
                 else f"收到补正之日（{self.start.isoformat()}）起{ANSWER_DAYS}个工作日"]
        if self.extension_days:
            parts.append(f"已延长{self.extension_days}个工作日")
        parts.extend(p.describe() for p in self.pauses)
        text = "，".join(parts)
        if self.fallback_years:
            years = "、".join(f"{y}年" for y in self.fallback_years)
            text += f"（{years}节假日安排尚未录入，按周一至周五推算）"
        return text


def answer_clock(cal: WorkCalendar, received_on: dt.date, *, today: dt.date,
                 supplement_asked: bool = False, supplement_received_on: dt.date | None = None,
                 extension_days: int = 0, pauses: tuple[Pause, ...] = ()) -> RequestClock:
    """The answer period after the steps given: a 补正 asked (and received or not), an extension, pauses."""
    limit = supplement_limit(cal, received_on)
    if supplement_asked and supplement_received_on is None:
        return RequestClock(received_on, limit, None, pauses=pauses,
                            fallback_years=tuple(cal.fallback_years(received_on, limit)))
    start = supplement_received_on or received_on
    due = counted_day(cal, start, ANSWER_DAYS + extension_days, pauses, today)
    provisional = any(p.end is None and p.start <= due for p in pauses)
    return RequestClock(received_on, limit, start, restarted=supplement_received_on is not None,
                        extension_days=extension_days, pauses=pauses, due=due, provisional=provisional,
                        fallback_years=tuple(cal.fallback_years(received_on, due)))


def check_extension_days(days: int, already: int = 0) -> None:
    """An extension is granted once, for 1 to 20 working days (第三十三条第二款)."""
    if already:
        raise RequestError(f"答复期限已延长过{already}个工作日，条例只允许延长一次，不能再次延长")
    if days < 1:
        raise RequestError("延长的天数应至少为1个工作日，请填写1到20之间的天数")
    if days > EXTENSION_MAX_DAYS:
        raise RequestError(f"延长期限最长不得超过{EXTENSION_MAX_DAYS}个工作日（第三十三条第二款），"
                           f"现填{days}个工作日，请改为{EXTENSION_MAX_DAYS}以内")


def working_days_left(cal: WorkCalendar, today: dt.date, due: dt.date) -> int:
    """Working days from today to the due day (0 on the due day, negative once it has passed)."""
    return cal.working_days_between(today, due)


# ---- numbering -----------------------------------------------------------------------------------------------------

def default_number_prefix(unit_name: str, unit_kind: str = "乡镇") -> str:
    """东风镇 → 东政依申 (the unit's one-character short name, as in 东政发); 城关街道 → 城街依申."""
    name = (unit_name or "").strip()
    short = name[:1] or "本"
    organ = "街" if unit_kind == "街道" or name.endswith("街道") else "政"
    return f"{short}{organ}依申"


def request_number(prefix: str, year: int, seq: int) -> str:
    """东政依申〔2026〕3号."""
    return f"{prefix}〔{year}〕{seq}号"


def masked_name(name: str) -> str:
    """The applicant as a list for anyone else may show them: 张三 → 张*, 欧阳明华 → 欧***, 东风农机有限公司 → 东***."""
    name = (name or "").strip()
    if not name:
        return ""
    return name[0] + "*" * min(max(len(name) - 1, 1), 3)
