"""The drafted text of the annual report: sentences written from the year's figures, and how a text the clerk has
edited follows the figures when they change. Pure, no I/O.

Each part of the text that quotes figures is drafted as numbered sentences (``Draft``: sentence id → sentence). The
clerk may edit the part; what was drafted at that time is kept with the text as its *basis*. When the figures
change, ``follow`` puts each new sentence where the old one still stands word for word; a sentence the clerk
rewrote cannot be followed and is reported (``Stale``), so that no text quotes a figure the tables no longer
show. Optional sentences (the comparison with last year) are followed only where the clerk put them in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gkdesk.domain import annual_report as ar
from gkdesk.domain import requests as rq

Draft = dict[str, str]


def join(sentences: Draft) -> str:
    """The sentences as one paragraph (Chinese sentences need no space between them)."""
    return "".join(s for s in sentences.values() if s)


@dataclass(frozen=True)
class Stale:
    """A drafted sentence whose figures changed, and that no longer stands as drafted in the clerk's text."""

    sentence_id: str
    old: str
    new: str


@dataclass(frozen=True)
class Followed:
    text: str
    stale: tuple[Stale, ...] = ()
    edited: bool = False


def follow(text: str | None, basis: Draft | None, draft: Draft, optional: Draft | None = None) -> Followed:
    """The clerk's ``text`` (None: not edited, the draft itself) brought up to the figures of ``draft``."""
    optional = optional or {}
    if text is None:
        return Followed(join(draft))
    basis = basis or {}
    out = text
    stale: list[Stale] = []
    wanted = dict(draft)
    wanted.update({sid: s for sid, s in optional.items() if sid in basis})
    for sid, new in wanted.items():
        old = basis.get(sid, "")
        if old == new:
            continue
        if old and old in out:
            out = out.replace(old, new)
        elif old or new:
            stale.append(Stale(sid, old, new))
    return Followed(out, tuple(stale), edited=True)


def basis_for(text: str, draft: Draft, optional: Draft | None = None) -> Draft:
    """What to keep with an edited text: every drafted sentence, and the optional ones the text contains."""
    basis = dict(draft)
    basis.update({sid: s for sid, s in (optional or {}).items() if s and s in text})
    return basis


# ---- the figures ---------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Publicity:
    """惠民惠农财政补贴 lists reviewed and posted in the year (corrected lists counted once, as corrected)."""

    villages: int = 0
    lists: int = 0
    people: int = 0
    amount_fen: int = 0
    archived: int = 0
    corrected: int = 0


@dataclass(frozen=True)
class ActiveFacts:
    year: int
    unit_self: str                                       # 我镇
    disclosed: tuple[tuple[str, int], ...] = ()          # (catalog area, records published in the year)
    publicity: Publicity = field(default_factory=Publicity)
    interp_total: int = 0
    interp_by_form: tuple[tuple[str, int], ...] = ()     # forms used, in the vocabulary's order
    targets: tuple[tuple[str, int, int], ...] = ()       # (目标名称, done, minimum)
    table2: ar.Counts = field(default_factory=dict)      # table 二 as reported (money in 分)


@dataclass(frozen=True)
class RequestFacts:
    year: int
    table3: ar.Counts
    table4: ar.Counts
    late: int = 0                                        # answered this year after the due day
    last_year_new: int | None = None                     # 新收 of last year's report, for the comparison


@dataclass(frozen=True)
class FeeFacts:
    charged: int = 0
    charged_fen: int = 0
    unpaid: int = 0


def _yuan(fen: int) -> str:
    """An amount as a report writes it: 12.50元, 3.46万元 from 1万元 up."""
    if fen >= 1_000_000:
        return f"{fen / 1_000_000:.2f}万元"
    yuan, cents = divmod(fen, 100)
    return f"{yuan}元" if cents == 0 else f"{yuan}.{cents:02d}元"


def _listing(pairs, unit: str) -> str:
    return "、".join(f"{name}{n}{unit}" for name, n in pairs if n)


# ---- 一（一）主动公开 --------------------------------------------------------------------------------------------------

def draft_active(f: ActiveFacts) -> Draft:
    out: Draft = {}
    total = sum(n for _a, n in f.disclosed)
    if total:
        areas = _listing(f.disclosed, "条")
        out["ledger"] = (f"{f.year}年，{f.unit_self}按照基层政务公开标准目录主动公开政府信息{total}条，"
                         f"其中{areas}。")
    else:
        out["ledger"] = f"{f.year}年，{f.unit_self}公开台账中未登记主动公开的政府信息。"
    p = f.publicity
    if p.lists:
        corrected = f"，其中更正后重新公示{p.corrected}批次" if p.corrected else ""
        out["publicity"] = (f"在{p.villages}个村（社区）的村务公开栏公示惠民惠农财政补贴名单{p.lists}批次{corrected}，"
                            f"涉及补贴对象{p.people}人次、补贴资金{_yuan(p.amount_fen)}，"
                            f"公示期满后已建档留存{p.archived}批次。")
    else:
        out["publicity"] = "全年未公示惠民惠农财政补贴名单。"
    if f.interp_total:
        forms = _listing(((_form_name(n), k) for n, k in f.interp_by_form), "条")
        out["interp"] = f"全年发布政策解读{f.interp_total}条，其中{forms}。"
    else:
        out["interp"] = "全年未发布政策解读。"
    out["targets"] = _targets(f.targets)
    out["table2"] = _table2(f.table2)
    return out


def _form_name(form: str) -> str:
    """视频 → 视频解读 (a form named by its medium reads as a kind of interpretation)."""
    return f"{form}解读" if form in ("音频", "视频") else form


def _targets(targets) -> str:
    if not targets:
        return ""
    met = [(n, d, m) for n, d, m in targets if d >= m]
    unmet = [(n, d, m) for n, d, m in targets if d < m]
    if not unmet:
        return f"县级年度工作要点确定的{len(targets)}项政策解读目标均已完成。"
    missing = "、".join(f"{_form_name(n)}{d}次（目标{m}次）" for n, d, m in unmet)
    return (f"县级年度工作要点确定的{len(targets)}项政策解读目标中，已完成{len(met)}项，"
            f"未完成{len(unmet)}项：{missing}。")


def _table2(t: ar.Counts) -> str:
    if not t:
        return ""
    normative = t[ar.NORMATIVE]
    parts = []
    if normative[ar.ISSUED] or normative[ar.REPEALED]:
        parts.append(f"本年制发行政规范性文件{normative[ar.ISSUED]}件、废止{normative[ar.REPEALED]}件")
    if normative[ar.IN_FORCE]:
        parts.append(f"现行有效行政规范性文件{normative[ar.IN_FORCE]}件")
    decisions = [(row, t[row][ar.DECISIONS]) for row in (ar.LICENSING, ar.PENALTY, ar.COERCION)]
    made = "、".join(f"{row}决定{n}件" for row, n in decisions if n)
    if made:
        parts.append(f"作出并公开{made}")
    fees = t[ar.CHARGES][ar.FEES_WAN]
    if fees:
        parts.append(f"收取行政事业性收费{ar.wan_yuan(fees)}万元")
    if not parts:
        return "本年度未制发行政规范性文件，未作出行政许可、行政处罚、行政强制决定。"
    return "；".join(parts) + "，相关信息均已按规定公开（详见第二部分）。"


# ---- 一（二）依申请公开 ------------------------------------------------------------------------------------------------

def draft_requests(f: RequestFacts) -> Draft:
    t = f.table3
    new = t[ar.ROW_NEW]
    carried_in = t[ar.ROW_CARRIED_IN][ar.TOTAL]
    done = t[ar.ROW_RESULTS_TOTAL][ar.TOTAL]
    carried_out = t[ar.ROW_CARRIED_OUT][ar.TOTAL]
    out: Draft = {}
    carry = f"，上年结转{carried_in}件" if carried_in else ""
    if new[ar.TOTAL]:
        natural = new[rq.NATURAL_PERSON]
        orgs = new[ar.TOTAL] - natural
        who = "、".join(p for p in (f"自然人申请{natural}件" if natural else "",
                                   f"法人或其他组织申请{orgs}件" if orgs else "") if p)
        out["received"] = f"全年新收政府信息公开申请{new[ar.TOTAL]}件（{who}）{carry}。"
    else:
        out["received"] = f"全年未收到政府信息公开申请{carry}。"
    if done or carried_out:
        by_category = []
        for category in rq.CATEGORIES:
            rows = [label.key for label in ar.OUTCOME_ROWS if label.path[1] == rq.CATEGORY_ROWS[category]]
            n = sum(t[row][ar.TOTAL] for row in rows)
            if n:
                by_category.append((category, n))
        detail = f"，其中{_listing(by_category, '件')}" if by_category else ""
        carried = f"；结转下年度继续办理{carried_out}件" if carried_out else ""
        out["results"] = f"本年度办结{done}件{detail}{carried}。"
    else:
        out["results"] = ""
    if done:
        out["timely"] = (f"办结的申请中有{f.late}件超过法定期限答复。" if f.late
                         else "办结的申请均在法定期限内答复。")
    else:
        out["timely"] = ""
    out["cases"] = _cases(f.table4)
    return out


def _cases(t4: ar.Counts) -> str:
    review = t4[rq.REVIEW][ar.TOTAL]
    suits = t4[rq.SUIT_DIRECT][ar.TOTAL] + t4[rq.SUIT_AFTER_REVIEW][ar.TOTAL]
    if not review and not suits:
        return "全年未发生因政府信息公开工作引起的行政复议、行政诉讼。"
    parts = []
    for what, rows, n in (("被申请行政复议", (rq.REVIEW,), review),
                          ("被提起行政诉讼", (rq.SUIT_DIRECT, rq.SUIT_AFTER_REVIEW), suits)):
        if not n:
            continue
        results = [(col, sum(t4[r][col] for r in rows)) for col in ar.CASE_COLUMNS[:-1]]
        parts.append(f"{what}{n}件（{_listing(results, '件')}）")
    return f"因政府信息公开工作{'，'.join(parts)}。"


def optional_requests(f: RequestFacts) -> Draft:
    """Sentences the clerk may add: the change against last year's report."""
    if f.last_year_new is None:
        return {}
    now = f.table3[ar.ROW_NEW][ar.TOTAL]
    diff = now - f.last_year_new
    change = "持平" if diff == 0 else f"{'增加' if diff > 0 else '减少'}{abs(diff)}件"
    return {"compare": f"与上年（{f.last_year_new}件）相比，新收申请{change}。"}


# ---- 六、其他需要报告的事项 ---------------------------------------------------------------------------------------------

def draft_others(f: FeeFacts) -> Draft:
    if f.charged:
        unpaid = f"；另有{f.unpaid}件次申请人逾期未缴费，未予收取" if f.unpaid else ""
        text = (f"依据《政府信息公开信息处理费管理办法》，本年度收取信息处理费{f.charged}件次，"
                f"共计{_yuan(f.charged_fen)}{unpaid}。")
    elif f.unpaid:
        text = f"本年度未收取信息处理费（{f.unpaid}件次申请人逾期未缴费，未予收取）。"
    else:
        text = "本年度未收取信息处理费。"
    return {"fees": text}


# ---- the preface --------------------------------------------------------------------------------------------------------

def preface(year: int, authority: str, office_phone: str = "") -> str:
    contact = f"如对本报告有疑问，请与{authority}联系（电话：{office_phone}）。" if office_phone else ""
    return (f"本报告根据{ar.REGULATION}（以下简称《条例》）和{ar.FORMAT_NAME}（{ar.FORMAT_NUMBER}）要求编制。"
            f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。{contact}")


def unit_self(unit_name: str, unit_kind: str = "乡镇") -> str:
    """How the report names its own organ: 东风镇 → 我镇, 红旗乡 → 我乡, 城关街道 → 我街道, 巴音苏木 → 我苏木."""
    name = (unit_name or "").strip()
    for ending in ("街道", "苏木", "镇", "乡"):
        if name.endswith(ending) or (unit_kind == ending):
            return f"我{ending}"
    return name or "本机关"


def written_on(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
