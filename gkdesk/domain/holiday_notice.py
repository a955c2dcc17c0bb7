"""The State Council's yearly holiday notice (国务院办公厅关于20XX年部分节假日安排的通知), read as published.

Each November the clerk copies the notice from 中国政府网 or a news page and pastes it whole. What is read:
- the year, from the opening sentence ("现将2026年元旦、春节……") or else the title;
- each item, e.g. "二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
  2月14日（周六）、2月28日（周六）上班。": its 放假 days (also "1月1日放假，与周末连休", "1月2日（星期一）补休")
  and its 上班 days.
What is checked, because a slip here moves every deadline of the year: the weekday in brackets against the date,
"共N天" against the range, 上班 days against the weekend, every date inside the notice's year (or the December
before it, for a 元旦 that starts early: "2022年12月31日至2023年1月2日").
Everything else is skipped: title, addressees, closing, signature and the rest of a web page. A sentence inside an
item that names a date but neither 放假 nor 上班 — 2024's "鼓励各单位……安排职工在除夕（2月9日）休息" — is an
encouragement, not a holiday: it is kept in `ignored`, so the preview can say it was not taken.
Full-width and half-width punctuation are read alike (copying from a web page often turns ：（）， into :(),).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from gkdesk.domain.workcal import MAX_RANGE_DAYS, CalendarFileError, EnteredYear

WEEKDAYS = "一二三四五六日"
_CHINESE_NUMBERS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)}


class NoticeError(CalendarFileError):
    """A notice the program will not take as it is; the message names the line and what to check."""


# ---- patterns (on text normalised to half-width punctuation) --------------------------------------

_FESTIVAL = r"元旦|春节|清明节?|劳动节|端午节?|中秋节?|国庆节?|纪念日"
# "二、春节：" / "春节 :" / "- 元旦:" / "一、元旦(1月1日星期五):" at the start of a line or sentence
_ITEM = re.compile(rf"(?:^|(?<=[\s。;]))(?P<name>[^:\n。,;]{{0,40}}?(?:{_FESTIVAL}))\s*(?:\([^()\n]*\))?\s*:",
                   re.MULTILINE)
_ITEM_NUMBER = re.compile(r"^[-·•*\s]*(?:[一二三四五六七八九十]{1,3}\s*[、.]|\(\s*[一二三四五六七八九十]{1,3}\s*\))?\s*")
_OPENING_YEAR = re.compile(r"现将\s*(\d{4})\s*年")
_FESTIVALS_YEAR = re.compile(r"(\d{4})\s*年\s*元旦\s*、\s*春节")
_TITLE_YEAR = re.compile(r"(\d{4})\s*年\s*部分\s*节假日\s*安排")


def _day(tag: str, month: str = "") -> str:
    """A date "2022年12月31日（农历除夕、周六）"; the month is optional (month="?") for the end of a range."""
    return (rf"(?:(?P<{tag}y>\d{{4}})\s*年\s*)?(?:(?P<{tag}m>\d{{1,2}})\s*月\s*){month}(?P<{tag}d>\d{{1,2}})\s*日"
            rf"(?:\s*\((?P<{tag}w>[^()]*)\))?")


_COUNT = r"\d{1,2}|[一二三四五六七八九十]{1,2}"
_TO = r"\s*(?:至|到|~|-|—+)\s*"
_OFF = re.compile(rf"{_day('a')}(?:{_TO}{_day('b', '?')})?\s*放假(?:调休)?(?:\s*(?P<n1>{_COUNT})\s*天)?"
                  rf"(?:\s*,\s*共\s*(?P<n2>{_COUNT})\s*天)?")
_MAKEUP_OFF = re.compile(rf"{_day('a')}\s*补休")  # 2015–2017: "1月2日（星期一）补休"
_ANY_DAY = re.compile(_day("x"))
_PLAIN_DAY = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\([^()]*\))?"
_ON = re.compile(rf"(?P<days>{_PLAIN_DAY}(?:\s*[、,和及]\s*{_PLAIN_DAY})*)\s*(?:上班|补班)")
_DATE_MENTION = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")
_ARRANGEMENT_WORDS = re.compile(r"放假|上班|补休|补班")
_WEEKDAY_NOTE = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_SENTENCE_END = re.compile(r"[。;!\n]")


# ---- the result ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Festival:
    """One item of the notice: its name, the line it starts on, its days off (as ranges) and 上班 days."""

    name: str
    line: int
    holidays: tuple[tuple[dt.date, dt.date], ...] = ()
    workdays: tuple[dt.date, ...] = ()

    def days_off(self) -> set[dt.date]:
        return {first + dt.timedelta(days=i) for first, last in self.holidays for i in range((last - first).days + 1)}


@dataclass(frozen=True)
class HolidayNotice:
    year: int
    festivals: tuple[Festival, ...]
    ignored: tuple[str, ...] = ()  # sentences with a date that arrange nothing, e.g. the 除夕 encouragement

    @property
    def holidays(self) -> frozenset[dt.date]:
        return frozenset(d for f in self.festivals for d in f.days_off())

    @property
    def workdays(self) -> frozenset[dt.date]:
        return frozenset(d for f in self.festivals for d in f.workdays)

    def entered_years(self) -> list[EnteredYear]:
        """The days by calendar year: the notice's year, and the December before it when 元旦 starts there."""
        years = sorted({d.year for d in self.holidays | self.workdays})
        return [EnteredYear(y, frozenset(d for d in self.holidays if d.year == y),
                            frozenset(d for d in self.workdays if d.year == y)) for y in years]


# ---- reading ---------------------------------------------------------------------------------------

def normalise(text: str) -> str:
    """Half-width punctuation and digits, one kind of line break (NFKC leaves Chinese characters as they are)."""
    text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\ufeff", "").replace("\u200b", "")


def looks_like_notice(text: str) -> bool:
    """Whether the text is (part of) a notice rather than the program's own "休 2027-01-01" lines."""
    body = "\n".join(line.split("#", 1)[0] for line in normalise(text).split("\n"))  # "#": a file's comment
    return bool(_ITEM.search(body) or _OPENING_YEAR.search(body) or _TITLE_YEAR.search(body))


def parse_holiday_notice(text: str) -> HolidayNotice:
    """Read a pasted notice; NoticeError names the line and what to check when it cannot be taken as it is."""
    text = normalise(text)
    year = notice_year(text)
    festivals, ignored = [], []
    for name, line, body in _items(text):
        festival, loose = _read_item(name, line, body, year)
        ignored += [f"{name}：{sentence}" for sentence in loose]
        if festival.holidays or festival.workdays:
            festivals.append(festival)
    if not festivals:
        raise NoticeError(f"没有在{year}年的通知中读到放假安排；请把“一、元旦：……放假……”等各条连同标题一起复制进来。")
    _refuse_clashes(festivals)
    return HolidayNotice(year, tuple(festivals), tuple(ignored))


def notice_year(text: str) -> int:
    """The year the notice arranges: from "现将2026年……", else "2026年元旦、春节", else the title."""
    for pattern in (_OPENING_YEAR, _FESTIVALS_YEAR, _TITLE_YEAR):
        years = sorted({int(m[1]) for m in pattern.finditer(text)})
        if len(years) == 1:
            return years[0]
        if years:
            raise NoticeError(f"粘贴的内容里同时有{years[0]}年和{years[-1]}年的节假日安排，"
                              "请只粘贴一年的通知后重试。")
    raise NoticeError("没有找到通知所属的年份；请把标题“国务院办公厅关于20XX年部分节假日安排的通知”"
                      "或“现将20XX年元旦、春节……”一句一并复制进来。")


def _items(text: str) -> Iterator[tuple[str, int, str]]:
    """(festival name, line number, text of the item) for each "二、春节：……" of the notice."""
    found = list(_ITEM.finditer(text))
    for i, match in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        name = _ITEM_NUMBER.sub("", match["name"]).strip()
        yield name, text.count("\n", 0, match.start()) + 1, _item_text(text[match.end():end])


def _item_text(rest: str) -> str:
    """The item's own line and the lines after it that still give dates; a line without a date ends it."""
    lines = rest.split("\n")
    kept = lines[:1]
    for line in lines[1:]:
        if line.strip() and not _DATE_MENTION.search(line):
            break
        kept.append(line)
    return "\n".join(kept)


def _read_item(name: str, line: int, body: str, year: int) -> tuple[Festival, list[str]]:
    where = f"第{line}行（{name}）"
    holidays: list[tuple[dt.date, dt.date]] = []
    workdays: list[dt.date] = []
    loose: list[str] = []
    for sentence in filter(None, (s.strip() for s in _SENTENCE_END.split(body))):
        offs = [*_OFF.finditer(sentence), *_MAKEUP_OFF.finditer(sentence)]
        ons = list(_ON.finditer(sentence))
        holidays += [_holiday_range(m, year, where) for m in offs]
        workdays += [_workday(m, year, where) for on in ons for m in _ANY_DAY.finditer(on["days"])]
        if _has_loose_date(sentence, [m.span() for m in offs + ons]):
            if _ARRANGEMENT_WORDS.search(sentence):
                raise NoticeError(f"{where}的“{sentence}”读不出放假或上班的日期；请对照通知原文核对这一句，"
                                  "应写成“2月15日至23日放假”“2月14日（周六）上班”这样。")
            loose.append(sentence)
    return Festival(name, line, tuple(holidays), tuple(workdays)), loose


def _has_loose_date(sentence: str, spans: list[tuple[int, int]]) -> bool:
    return any(not any(a <= m.start() < b for a, b in spans) for m in _DATE_MENTION.finditer(sentence))


# ---- dates and what the notice states about them ---------------------------------------------------

def _holiday_range(m: re.Match, year: int, where: str) -> tuple[dt.date, dt.date]:
    groups = m.groupdict()
    a_month, b_day = int(groups["am"]), groups.get("bd")
    if b_day is None:
        first = _date(int(groups["ay"] or year), a_month, int(groups["ad"]), where)
        last = first
    else:
        b_month = int(groups["bm"] or a_month)
        a_year = _start_year(groups["ay"], groups["by"], a_month, b_month, year)
        first = _date(a_year, a_month, int(groups["ad"]), where)
        last = _date(int(groups["by"] or a_year + (b_month < a_month)), b_month, int(b_day), where)
    _check_range(first, last, year, where)
    _check_weekday(first, groups["aw"], year, where)
    _check_weekday(last, groups.get("bw"), year, where)
    stated = groups.get("n1") or groups.get("n2")
    days = (last - first).days + 1
    if stated and _count(stated) != days:
        raise NoticeError(f"{where}写“共{_count(stated)}天”，但{_span_text(first, last, year)}是{days}天；"
                          "请对照通知原文核对起止日期和天数。")
    return first, last


def _start_year(a_year: str | None, b_year: str | None, a_month: int, b_month: int, year: int) -> int:
    """"12月31日至1月2日" starts in the year before the one it ends in."""
    if a_year:
        return int(a_year)
    return int(b_year or year) - (a_month > b_month)


def _workday(m: re.Match, year: int, where: str) -> dt.date:
    day = _date(int(m["xy"] or year), int(m["xm"]), int(m["xd"]), where)
    _check_weekday(day, m["xw"], year, where)
    _check_in_year(day, year, where)
    if day.weekday() < 5:
        raise NoticeError(f"{where}把{_day_text(day, year)}列为上班日，但这一天本来就是工作日；"
                          "调休上班的应是周六或周日，请对照通知原文核对日期。")
    return day


def _date(year: int, month: int, day: int, where: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise NoticeError(f"{where}的“{month}月{day}日”不是{year}年的有效日期，请对照通知原文核对。") from None


def _check_weekday(day: dt.date, note: str | None, year: int, where: str) -> None:
    stated = _WEEKDAY_NOTE.search(note or "")
    if stated and WEEKDAYS.index(stated[1].replace("天", "日")) != day.weekday():
        raise NoticeError(f"{where}写{_date_text(day, year)}是“{stated[0]}”，但{day.year}年{day.month}月{day.day}日"
                          f"是周{WEEKDAYS[day.weekday()]}；请核对粘贴的是不是{year}年的通知、日期有没有抄错。")


def _check_range(first: dt.date, last: dt.date, year: int, where: str) -> None:
    _check_in_year(first, year, where)
    _check_in_year(last, year, where)
    if last < first:
        raise NoticeError(f"{where}的放假日期起止颠倒（{_span_text(first, last, year)}），请对照通知原文核对。")
    if (last - first).days >= MAX_RANGE_DAYS:
        raise NoticeError(f"{where}的放假日期超过{MAX_RANGE_DAYS}天（{_span_text(first, last, year)}），"
                          "请对照通知原文核对。")


def _check_in_year(day: dt.date, year: int, where: str) -> None:
    if day.year != year and not (day.year == year - 1 and day.month == 12):
        raise NoticeError(f"{where}的{day.year}年{day.month}月{day.day}日不在{year}年内；请核对通知的年份"
                          f"（标题和“现将{year}年……”一句）和这一天的日期。")


def _refuse_clashes(festivals: list[Festival]) -> None:
    off = {d: f for f in festivals for d in f.days_off()}
    for festival in festivals:
        for day in festival.workdays:
            if day in off:
                raise NoticeError(f"第{festival.line}行（{festival.name}）的上班日{day.month}月{day.day}日"
                                  f"又在第{off[day].line}行（{off[day].name}）的放假日期内，请对照通知原文核对。")


def _count(text: str) -> int:
    """"9" / "九" / "十一" / "二十"."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CHINESE_NUMBERS[text]
    tens, ones = text.split("十")
    return _CHINESE_NUMBERS.get(tens, 1) * 10 + _CHINESE_NUMBERS.get(ones, 0)


# ---- the preview -----------------------------------------------------------------------------------

_FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})


def _date_text(day: dt.date, year: int) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day.year != year else f"{day.month}月{day.day}日"


def _day_text(day: dt.date, year: int) -> str:
    return f"{_date_text(day, year)}（周{WEEKDAYS[day.weekday()]}）"


def _span_text(first: dt.date, last: dt.date, year: int) -> str:
    if first == last:
        return _day_text(first, year)
    return f"{_day_text(first, year)}至{_day_text(last, year)}"


def _merged(days: set[dt.date]) -> list[tuple[dt.date, dt.date]]:
    spans: list[tuple[dt.date, dt.date]] = []
    for day in sorted(days):
        if spans and spans[-1][1] + dt.timedelta(days=1) == day:
            spans[-1] = (spans[-1][0], day)
        else:
            spans.append((day, day))
    return spans


def festival_text(festival: Festival, year: int) -> str:
    """"春节：2月15日（周日）至2月23日（周一）放假，共9天；2月14日（周六）、2月28日（周六）上班"."""
    parts = []
    off = festival.days_off()
    if off:
        spans = "、".join(_span_text(a, b, year) for a, b in _merged(off))
        parts.append(f"{spans}放假，共{len(off)}天")
    if festival.workdays:
        parts.append("、".join(_day_text(d, year) for d in sorted(festival.workdays)) + "上班")
    return f"{festival.name}：" + "；".join(parts)


def describe_year(entered: EnteredYear) -> str:
    """"2027年：放假1月1日（周五）至1月3日（周日），共3天；2月7日（周日）上班" for the "休/班" lines."""
    return festival_text(Festival(f"{entered.year}年", 0, tuple(_merged(set(entered.holidays))),
                                  tuple(sorted(entered.workdays))), entered.year)


def describe_notice(notice: HolidayNotice) -> list[str]:
    """What was understood, one line per festival, in the words of the notice."""
    weekday_off = sum(1 for d in notice.holidays if d.weekday() < 5)
    lines = [f"{notice.year}年节假日安排，读出{len(notice.festivals)}项："]
    lines += [festival_text(f, notice.year) for f in notice.festivals]
    lines.append(f"合计放假{len(notice.holidays)}天（其中周一至周五{weekday_off}天），"
                 f"调休上班{len(notice.workdays)}天。")
    lines += [f"未当作放假或上班：{sentence.translate(_FULL_WIDTH)}" for sentence in notice.ignored]
    return lines
