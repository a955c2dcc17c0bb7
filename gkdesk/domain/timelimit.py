"""公开时限: the catalog's deadline text parsed into a rule (domain.md § 1, § 4). Pure, no I/O.

A rule is {start event, N, 工作日 | 自然日, optional publicity days}: "信息形成或者变更之日起20个工作日内" is the 20th
working day after the day the information was formed (the event day itself does not count). Phrasings without a
computable deadline (实时, 及时, 长期, 每季度, 每年 …) give a rule with ``computable=False`` that keeps the text and
says why; text the parser does not understand gives None.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from gkdesk.domain.vocab import NATURAL_DAYS, WORKING_DAYS

DEFAULT_EVENT = "信息形成或者变更之日"  # 《政府信息公开条例》第二十六条

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
_CN_UNITS = {"十": 10, "百": 100}
_NUM = r"(?:\d+|[零〇一二两三四五六七八九十百]+)"
# N (个)? 工作日|自然日|日|天, optionally followed by 内/以内/之内.
_PERIOD = re.compile(rf"(?<![年月\d零〇一二两三四五六七八九十百])(?P<n>{_NUM})\s*(?:个)?\s*(?P<unit>工作日|自然日|日|天)")
_PUBLICITY = re.compile(
    rf"公示(?:期|时间)?(?:为|不少于|不得少于|不低于|至少)?\s*(?P<n>{_NUM})\s*(?:个)?\s*(?P<unit>工作日|自然日|日|天)")
# Words that close the start event just before N: "…之日起", "…后", "…起".
_EVENT_END = re.compile(r"(?:之日起|之日后|之日|当日起|日起|起|后|以后|之后)$")
_LEADING = re.compile(r"^(?:应当|应|须|需|在|于|自|从|由|经)+")

# Texts without a computable deadline, with what to show instead.
_PERIODIC = (
    ("实时", "实时公开"), ("即时", "即时公开"), ("及时", "及时公开"), ("长期", "长期公开"), ("常态", "常态化公开"),
    ("动态", "动态更新"), ("每月", "按月公开"), ("按月", "按月公开"), ("每季度", "按季度公开"), ("按季度", "按季度公开"),
    ("每季", "按季度公开"), ("每半年", "每半年公开"), ("每年", "按年度公开"), ("按年", "按年度公开"),
    ("年度", "按年度公开"), ("定期", "定期公开"), ("随时", "随时公开"), ("持续", "持续公开"),
    ("法定时限", "按法定时限"), ("规定时限", "按规定时限"), ("有关规定", "按有关规定"),
)


class TimeLimitError(ValueError):
    """A corrected rule the clerk entered that cannot be used; one Chinese sentence."""


@dataclass(frozen=True)
class TimeLimitRule:
    """The rule of one 公开时限 text.

    computable: a deadline follows from a start date (event, days and unit are set);
    otherwise ``kind`` says how the text reads (实时公开, 按季度公开 …) and event/days are empty.
    """

    text: str
    event: str = ""
    days: int | None = None
    unit: str = ""  # 工作日 | 自然日
    publicity_days: int | None = None
    publicity_unit: str = ""
    kind: str = ""  # for non-computable texts: 实时公开, 长期公开, 按季度公开 …
    assumed_event: bool = False  # the text gave N without a start event; the 条例's default event is used

    @property
    def computable(self) -> bool:
        return bool(self.event) and self.days is not None and self.unit in (WORKING_DAYS, NATURAL_DAYS)

    def describe(self) -> str:
        """One line for the screen: 信息形成或者变更之日起20个工作日内（公示7个工作日）, or 实时公开（无固定期限）."""
        if not self.computable:
            return f"{self.kind or '无固定期限'}（不计算期限）"
        unit = "个工作日" if self.unit == WORKING_DAYS else "日"
        text = f"{self.event}起{self.days}{unit}内"
        if self.publicity_days:
            text += f"，公示{self.publicity_days}{'个工作日' if self.publicity_unit == WORKING_DAYS else '日'}"
        return text

    def deadline(self, event_day: dt.date, working_days_after) -> dt.date | None:
        """The last day to disclose information whose start event fell on ``event_day``.

        ``working_days_after(day, n)`` is the calendar's counting (the event day does not count)."""
        if not self.computable:
            return None
        if self.unit == WORKING_DAYS:
            return working_days_after(event_day, self.days)
        return event_day + dt.timedelta(days=self.days)


def chinese_number(text: str) -> int:
    """"20" → 20, "二十" → 20, "十五" → 15, "一百二十" → 120, "两" → 2. Raises ValueError otherwise."""
    text = unicodedata.normalize("NFKC", text).strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        raise ValueError(f"不是数字：{text!r}")
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
    return total + (digit or 0)


def _unit(word: str) -> str:
    return WORKING_DAYS if word == "工作日" else NATURAL_DAYS


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", "", text)


def _event(before: str) -> tuple[str, bool]:
    """The start event from the text before N: "信息形成或者变更之日起" → 信息形成或者变更之日;
    "分配结果确定后" → 分配结果确定之日; "" → the 条例's default event (assumed)."""
    # Only the clause that holds N: cut at the last separator.
    clause = re.split(r"[，,；;。、:：]", before)[-1]
    clause = re.sub(r"^(?:行政许可|行政处罚|行政许可和行政处罚)+", "", clause)
    clause = _LEADING.sub("", clause)
    core = _EVENT_END.sub("", clause)
    core = _LEADING.sub("", core)
    if core.count("(") != core.count(")"):
        core = core.strip("()")
    if not core:
        return DEFAULT_EVENT, True
    if core.endswith("日"):  # 之日, 当日, or a day already named
        return core, False
    return core + "之日", False


def _periodic_kind(text: str) -> str:
    for word, kind in _PERIODIC:
        if word in text:
            return kind
    return ""


def parse_time_limit(text: str) -> TimeLimitRule | None:
    """Parse a 公开时限 text.

    Returns a computable rule for "…之日起N个工作日内", "…后N日内", "N个工作日内" (event assumed), with
    "公示N个工作日" as publicity days; a non-computable rule for 实时/及时/长期/每季度/每年 …; None for empty
    text and for text that says neither.
    """
    original = (text or "").strip()
    clean = _clean(original)
    if not clean:
        return None
    publicity = _PUBLICITY.search(clean)
    pub_days = pub_unit = None
    rest = clean
    if publicity:
        pub_days = chinese_number(publicity["n"])
        pub_unit = _unit(publicity["unit"])
        rest = clean[:publicity.start()] + clean[publicity.end():]
    period = _PERIOD.search(rest)
    if period is not None:
        try:
            days = chinese_number(period["n"])
        except ValueError:  # pragma: no cover - the pattern only lets numerals through
            days = None
        if days is not None:
            event, assumed = _event(rest[:period.start()])
            return TimeLimitRule(original, event=event, days=days, unit=_unit(period["unit"]),
                                 publicity_days=pub_days, publicity_unit=pub_unit or "", assumed_event=assumed)
    kind = _periodic_kind(clean)
    if kind or pub_days:
        return TimeLimitRule(original, kind=kind or "仅规定公示期", publicity_days=pub_days,
                             publicity_unit=pub_unit or "")
    return None


def make_rule(text: str, event: str, days: int | None, unit: str, publicity_days: int | None = None) -> TimeLimitRule:
    """A rule the clerk corrected by hand; checks it and raises TimeLimitError with a Chinese sentence."""
    event = (event or "").strip()
    if not event and days is None:
        return TimeLimitRule(text, kind="无固定期限", publicity_days=publicity_days)
    if not event:
        raise TimeLimitError("请填写期限的起算事件，例如“信息形成或者变更之日”。")
    if days is None or days < 0:
        raise TimeLimitError("请填写期限的天数（0或正整数）。")
    if days > 3650:
        raise TimeLimitError(f"期限{days}天过长，请核对天数。")
    if unit not in (WORKING_DAYS, NATURAL_DAYS):
        raise TimeLimitError(f"期限单位“{unit}”无法识别，应为“工作日”或“自然日”。")
    if publicity_days is not None and publicity_days < 0:
        raise TimeLimitError("公示天数不能为负数。")
    return TimeLimitRule(text, event=event, days=days, unit=unit, publicity_days=publicity_days or None,
                         publicity_unit=WORKING_DAYS if publicity_days else "")
