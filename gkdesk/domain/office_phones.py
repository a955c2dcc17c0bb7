"""The office phones a notice prints, each with whose it is.

    parse(text) -> list[OfficePhone]        "示范县民政局 0311-8000002；0311-8123456" as (office, number) pairs
    notice_lines(township) -> (lines, offices without a phone)

A notice for the village board says whom to call: the township, and the county departments its objection sentence
names (domain.md § 2: 监督举报电话, township and county departments). Where the numbers come from:

- the township's 监督举报电话 (设置 → 本单位) is its supervision number, printed as “东风镇人民政府 0311-8123400”;
  without one, its 党政办电话 stands in for it (“东风镇党政办 0311-8123456”);
- with both, the 党政办电话 is the 咨询电话 (“咨询电话：东风镇党政办 0311-8123456”), a line of its own;
- the program's 监督举报电话 (补贴项目) hold the county departments' numbers, as the clerk types them
  (“示范县农业农村局 0311-8000001”). A number typed there that is one of the township's is the township's (printed
  once, with the township's label); a number typed without whose it is belongs to the departments the program
  names (“示范县残联、民政局 0311-8000003”).

No number is printed without its office.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SUPERVISION = "监督举报电话"
ENQUIRIES = "咨询电话"

# A phone number as offices write them: 0311-8123456, (0311)8123456, 0311-8123456转8001, 12345, 13812345678.
_NUMBER = re.compile(r"[（(]?\d[\d（）()\-－—– ]{3,}\d(?:\s*(?:转|-|－)\s*\d{1,5})?")
_SEPARATORS = re.compile(r"[；;，,\n]+")   # between entries; 、 and / join numbers of one office
_LABEL_NOISE = re.compile(r"(?:监督举报|监督|举报|咨询|联系)?(?:电话|热线)?\s*[：:]?\s*$")


@dataclass(frozen=True)
class OfficePhone:
    office: str     # whose number it is: 东风镇人民政府, 东风镇党政办, 示范县民政局; "" when the text does not say
    number: str

    def text(self) -> str:
        return f"{self.office} {self.number}" if self.office else self.number


def digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def parse(text: str) -> list[OfficePhone]:
    """The numbers of a phones text, each with the words before it as its office (镇党政办 0311-8123456；示范县民政局
    0311-8000002 → two), "" where a number stands alone. A text that holds no number gives nothing."""
    out: list[OfficePhone] = []
    office = ""
    for part in _SEPARATORS.split(text or ""):
        pos = 0
        for m in _NUMBER.finditer(part):
            words = _LABEL_NOISE.sub("", part[pos:m.start()]).strip(" ：:（()）、/／")
            office = words or (office if pos else "")
            out.append(OfficePhone(office, m.group(0).strip()))
            pos = m.end()
    return out


@dataclass(frozen=True)
class Township:
    """What a notice's phone lines are made of."""

    authority: str                  # 东风镇人民政府
    office: str                     # whose the 党政办电话 is: 东风镇党政办
    office_phone: str               # 设置 → 党政办电话
    supervision_phone: str          # 设置 → 监督举报电话
    program_phones: str             # the program's 监督举报电话, as typed
    county_offices: tuple[str, ...]  # the county departments the program names: 示范县残联, 示范县民政局


def notice_lines(t: Township) -> tuple[list[str], list[str]]:
    """The notice's phone lines (监督举报电话：…, and 咨询电话：… when the township has both numbers), and the county
    departments the program names for which no number is known (to tell the clerk)."""
    own = {digits(p): p for p in (t.supervision_phone, t.office_phone) if p.strip()}
    township: list[OfficePhone] = []
    if t.supervision_phone.strip():
        township.append(OfficePhone(t.authority, t.supervision_phone.strip()))
    elif t.office_phone.strip():
        township.append(OfficePhone(t.office, t.office_phone.strip()))
    county: list[OfficePhone] = []
    unnamed = "、".join(_short_list(t.county_offices)) or "县主管部门"
    for phone in parse(t.program_phones):
        if digits(phone.number) in own:
            continue   # the township's: printed with the township's label
        office = phone.office or unnamed
        if all(digits(p.number) != digits(phone.number) for p in county):
            county.append(OfficePhone(office, phone.number))
    lines = []
    supervision = township + county
    if supervision:
        lines.append(f"{SUPERVISION}：{'；'.join(p.text() for p in supervision)}")
    office_phone = t.office_phone.strip()
    if t.supervision_phone.strip() and office_phone and digits(office_phone) != digits(t.supervision_phone):
        lines.append(f"{ENQUIRIES}：{OfficePhone(t.office, office_phone).text()}")
    named = " ".join(p.office for p in county)
    missing = [o for o in t.county_offices if not named_in(o, named)]
    return lines, missing


def _short_list(offices: tuple[str, ...]) -> list[str]:
    """示范县残联, 示范县民政局 → 示范县残联, 民政局 (the county named once)."""
    if len(offices) < 2:
        return list(offices)
    county = _county_of(offices[0])
    if county and all(o.startswith(county) for o in offices):
        return [offices[0]] + [o[len(county):] for o in offices[1:]]
    return list(offices)


def _county_of(office: str) -> str:
    m = re.match(r"^(.+?[县市区旗])", office)
    return m.group(1) if m else ""


def named_in(office: str, labels: str) -> bool:
    """Whether ``labels`` name the office: in full (示范县民政局), without its county (民政局), or in a list
    (示范县残联、民政局)."""
    county = _county_of(office)
    short = office[len(county):] if county else office
    return bool(short) and short in labels
