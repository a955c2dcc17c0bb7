"""The guard on public output: no full ID or account number may reach a notice or an export."""
from __future__ import annotations

import pytest

from gkdesk.domain.idnumber import MaskPattern, mask_account, mask_id_number, mask_phone
from gkdesk.domain.privacy import (
    PrivacyError,
    check_masked_account,
    check_masked_id,
    check_public_texts,
    find_full_numbers,
)

FULL_IDS = ["11010519491231002X", "110101199003071233", "440106198506152311", "65010219661231004X"]
FULL_ACCOUNTS = ["6228480012345678901", "6217000010012345678", "622202100012345", "100012345678"]


@pytest.mark.parametrize(
    "text, hits",
    [
        ("11010519491231002X", ["11010519491231002X"]),
        ("11010119900307123x", ["11010119900307123x"]),
        ("身份证号：110101199003071233，户主", ["110101199003071233"]),
        ("１１０１０１１９９００３０７１２３３", ["１１０１０１１９９００３０７１２３３"]),
        ("１１０１０５１９４９１２３１００２Ｘ", ["１１０１０５１９４９１２３１００２Ｘ"]),
        ("110101900307123", ["110101900307123"]),  # old 15-digit ID
        ("110101 19900307 1233", ["110101 19900307 1233"]),
        ("110101-19900307-1233", ["110101-19900307-1233"]),
        ("6228480012345678901", ["6228480012345678901"]),
        ("6228 4800 1234 5678 901", ["6228 4800 1234 5678 901"]),
        ("6228\u30004800\u30001234\u30005678\u3000901", ["6228\u30004800\u30001234\u30005678\u3000901"]),
        ("6228-4800-1234-5678-901", ["6228-4800-1234-5678-901"]),
        ("卡号6228  4800  1234  5678", ["6228  4800  1234  5678"]),
        ("100012345678", ["100012345678"]),  # 12 digits: a social-security account
        ("账号6228480012345678901，身份证110101199003071233",
         ["6228480012345678901", "110101199003071233"]),
        ("0483-8222222 6228 4800 1234 5678", ["6228 4800 1234 5678"]),
    ],
)
def test_find_full_numbers(text, hits):
    assert find_full_numbers(text) == hits


@pytest.mark.parametrize(
    "text",
    [
        "110101********1233",
        "****8901",
        "138****5678",
        "1234567.89",  # money: fewer than 12 digits in a row
        "12,345,678,901.00",
        "2026-06-26",
        "2026年6月26日至2026年6月30日",
        "2026-06-26-2026-06-30",
        "0483-8222222",
        "0483-8222222 0483-8222333",  # two township phone numbers in one line
        "0371-12345678",  # 4-digit area code and 8-digit number: 12 digits, still a phone
        "监督电话：0371-12345678、010-87654321",
        "0371-12345678 0371-87654321",
        "13812345678",
        "138 1234 5678",
        "13812345678 13912345678",
        "12345678901",  # 11 digits
        "鄂财农〔2026〕12号",
        "合计 1234 户 5678 亩",  # short numbers joined by words
        "",
    ],
)
def test_find_full_numbers_lets_ordinary_figures_pass(text):
    assert find_full_numbers(text) == []


@pytest.mark.parametrize("number", FULL_IDS)
def test_masked_ids_pass_every_check(number):
    masked = mask_id_number(number)
    check_public_texts([masked])
    check_masked_id(masked)


@pytest.mark.parametrize("number", FULL_ACCOUNTS)
def test_masked_accounts_pass_every_check(number):
    masked = mask_account(number)
    check_public_texts([masked])
    check_masked_account(masked)


@pytest.mark.parametrize("phone", ["13812345678", "0483-8222222"])
def test_masked_phones_pass(phone):
    check_public_texts([mask_phone(phone), f"监督举报电话：{phone}"])


@pytest.mark.parametrize(
    "texts, where, index, shown, what",
    [
        (["张三", "11010119900307123x", "1200.00"], "第2行", 1, "1101**********123X", "完整的身份证号"),
        (["张三", "110101********1233", "6228 4800 1234 5678 901"], "公示名单", 2, "6228***********8901",
         "完整的银行卡号或账号"),
        (["关于××村2026年耕地地力保护补贴发放情况的公示", "户主李四（110101199003071233）"], "正文", 1,
         "1101**********1233", "完整的身份证号"),
        (["１１０１０５１９４９１２３１００２Ｘ"], "", 0, "1101**********002X", "完整的身份证号"),
    ],
)
def test_check_public_texts_refuses_full_numbers(texts, where, index, shown, what):
    with pytest.raises(PrivacyError) as caught:
        check_public_texts(texts, where=where)
    error = caught.value
    place = f"{where}中的" if where else ""
    assert str(error) == f"{place}“{shown}”像是{what}，已拒绝输出；请先脱敏（如 110101********1234、****1234）后再打印或导出"
    assert error.index == index and error.where == where
    assert error.hit and error.hit not in str(error)  # the full number is never in the message


def test_check_public_texts_accepts_a_whole_masked_notice():
    check_public_texts(
        [
            "关于××村2026年耕地地力保护补贴发放情况的公示",
            "公示时间：2026年6月26日至2026年6月30日",
            "监督举报电话：0483-8222222",
            mask_id_number("110101199003071233"),
            mask_account("6228480012345678901"),
            "1234567.89",
            None,
            12345,
        ],
        where="公示",
    )


def test_check_public_texts_reads_non_strings():
    with pytest.raises(PrivacyError):
        check_public_texts([110101199003071233])


@pytest.mark.parametrize(
    "value, ok",
    [
        ("****8901", True),
        ("****", True),
        ("", True),
        (None, True),
        ("6228********8901", False),
        ("****78901", False),
        ("6228480012345678901", False),
        ("6228 4800 1234 5678 901", False),
        ("＊＊＊＊８９０１", True),
        ("６２２８＊＊＊＊８９０１", False),
    ],
)
def test_check_masked_account(value, ok):
    if ok:
        check_masked_account(value)
    else:
        with pytest.raises(PrivacyError, match="账号.*已拒绝输出"):
            check_masked_account(value, where="第3行“账号”列")


@pytest.mark.parametrize(
    "value, ok",
    [
        ("110101********1233", True),
        ("110105********002X", True),
        ("110101*****7123", True),
        ("", True),
        ("1101011*******1233", False),  # 11 characters shown
        ("110105*******1002X", False),
        ("11010519491231002X", False),
        ("110101199003071233", False),
    ],
)
def test_check_masked_id(value, ok):
    if ok:
        check_masked_id(value)
    else:
        with pytest.raises(PrivacyError, match="身份证号.*已拒绝输出"):
            check_masked_id(value)


def test_masked_checks_follow_the_configured_pattern():
    pattern = MaskPattern(3, 4)
    masked = mask_id_number("110101199003071233", pattern)
    check_masked_id(masked, max_digits=pattern.keep_head + pattern.keep_tail)
    with pytest.raises(PrivacyError):
        check_masked_id(mask_id_number("110101199003071233"), max_digits=7)


def test_masked_check_message():
    with pytest.raises(PrivacyError) as caught:
        check_masked_account("6228********8901", where="第3行")
    assert str(caught.value) == (
        "第3行中账号“6228********8901”显示了8位，超过允许的4位，已拒绝输出，请按脱敏规则处理后再输出"
    )


# --- issue 12, findings 5 and 6: the guard judges digits, not formatting -----------------------------------------

import datetime as _dt  # noqa: E402
import random  # noqa: E402

from gkdesk.domain.idnumber import check_char  # noqa: E402
from gkdesk.domain.privacy import (  # noqa: E402
    CARD,
    ID,
    MOBILE,
    find_personal_numbers,
    is_office_phone_line,
)

ID18 = "110101199003071233"
SEPARATORS = [" ", "  ", "\u3000", "\u00a0", "-", "－", "—", "–", "‐", "−", ".", "．", "。", "·", "・", "/", "／", "_", "＿",
              ",", "，", "、", " - ", " / "]


def _kinds(text: str, **kw) -> list[str]:
    return [found.what for found in find_personal_numbers(text, **kw)]


def _split(number: str, sizes) -> list[str]:
    out, at = [], 0
    for size in sizes:
        out.append(number[at:at + size])
        at += size
    return out


@pytest.mark.parametrize("sep", SEPARATORS)
@pytest.mark.parametrize("sizes", [(6, 8, 4), (9, 9), (7, 11), (2,) * 9, (3, 3, 4, 4, 4), (1,) * 18, (17, 1)])
def test_an_id_is_found_however_it_is_grouped_and_separated(sep, sizes):
    text = sep.join(_split(ID18, sizes))
    assert _kinds(f"备注：{text}") == [ID], text


@pytest.mark.parametrize(
    "text",
    [
        "一一〇一〇一一九九〇〇三〇七一二三三",        # Chinese numerals, 〇 for zero
        "一一零一零一一九九零零三零七一二三三",        # 零
        "一一○一○一一九九○○三○七一二三三",          # ○ (U+25CB), as in 二○二六年
        "壹壹零壹零壹壹玖玖零零叁零柒壹贰叁叁",      # financial numerals
        "一一〇一〇一 一九九〇〇三〇七 一二三三",      # grouped
        "１１０１０１－１９９００３０７－１２３３",      # full-width digits and hyphens
        "110101一九九〇〇三〇七1233",                 # mixed scripts
        "11010119900307123Ｘ".replace("123Ｘ", "1233"),
        "\u0661\u0661\u0660\u0661\u0660\u0661\u0661\u0669\u0669\u0660\u0660\u0663\u0660\u0667\u0661\u0662\u0663\u0663",
    ],
)
def test_an_id_written_in_other_digits_is_found(text):
    assert _kinds(text) == [ID]


def test_the_check_character_x_is_part_of_the_number():
    for text in ("11010519491231002X", "110105 19491231 002x", "110105-19491231-002Ｘ", "11.01.05.19.49.12.31.00.2X"):
        found = find_personal_numbers(text)
        assert [f.what for f in found] == [ID] and text[found[0].end - 1] in "XxＸｘ", text


def _random_id(rng: random.Random) -> str:
    province = rng.choice(["11", "13", "32", "41", "44", "51", "62", "65"])
    birth = _dt.date(1930, 1, 1) + _dt.timedelta(days=rng.randrange(365 * 90))
    body = f"{province}{rng.randrange(10000):04d}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    return body + check_char(body)


def _random_grouping(rng: random.Random, length: int, min_size: int = 1) -> list[int]:
    sizes, left = [], length
    while left:
        size = min(left, rng.randint(min_size, 9))
        sizes.append(size)
        left -= size
    return sizes


NOT_DOTS = [sep for sep in SEPARATORS if sep not in (".", "．", "。", "·", "・")]


@pytest.mark.parametrize("seed", range(40))
def test_property_random_groupings_and_separators_of_ids_are_found(seed):
    """Any grouping with one kind of separator; any grouping with mixed separators as long as no dot makes a part
    look like an amount (1990.03 …) — such a mix is taken for figures side by side (see the module's rule)."""
    rng = random.Random(seed)
    for _ in range(25):
        number = _random_id(rng)
        parts = _split(number, _random_grouping(rng, 18))
        uniform = rng.random() < 0.5
        sep = rng.choice(SEPARATORS)
        text = parts[0]
        for part in parts[1:]:
            text += (sep if uniform else rng.choice(NOT_DOTS)) + part
        if rng.random() < 0.3:
            text = text.replace("X", "x")
        context = rng.choice(["", "备注：", "户主", "代领人身份证", "（", "张三 "])
        assert ID in _kinds(f"{context}{text}{rng.choice(['', '。', '）', ' 已核实'])}"), text


UNIFORM = [" ", "  ", "\u3000", "-", "—", ".", "．", "。", "/", "_", "·"]


@pytest.mark.parametrize("seed", range(40))
def test_property_cards_and_mobiles_written_with_one_separator_are_found(seed):
    rng = random.Random(1000 + seed)
    for _ in range(25):
        length = rng.choice([16, 17, 18, 19])
        card = "62" + "".join(str(rng.randrange(10)) for _ in range(length - 2))
        mobile = "1" + rng.choice("3456789") + "".join(str(rng.randrange(10)) for _ in range(9))
        for number, what in ((card, CARD), (mobile, MOBILE)):
            if rng.random() < 0.5:
                sizes = _random_grouping(rng, len(number), min_size=3)
            else:
                size = rng.randint(1, 5)
                sizes = [size] * (len(number) // size) + ([len(number) % size] if len(number) % size else [])
            sep = rng.choice(UNIFORM)
            text = sep.join(_split(number, sizes))
            kinds = _kinds(f"备注{text}")
            assert kinds and (what in kinds or ID in kinds), text


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("电话13812345678", [MOBILE]),
        ("138 1234 5678", [MOBILE]),
        ("138-1234-5678", [MOBILE]),
        ("联系人139 0000 1111", [MOBILE]),
        ("+86 138 1234 5678", [MOBILE]),
        ("一三八一二三四五六七八", [MOBILE]),
        ("幺三八幺二三四五六七八", [MOBILE]),
        ("2026年度（联系人13912345678）", [MOBILE]),
        ("6228 4800 1234 5678 901", [CARD]),
        ("62 28 48 00 12 34 56 78 90 1", [CARD]),
        ("6228/4800/1234/5678", [CARD]),
        ("110101 900307 123", [ID]),  # an old 15-digit ID, grouped
        ("100012345678", [CARD]),      # 12 or more digits in one run: always refused
        ("12345678901234567890123", [CARD]),
    ],
)
def test_cards_mobiles_and_long_runs(text, kinds):
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    "text",
    [
        "71329.16  2021/03/13  734.75",                 # an amount, a date and an amount
        "123456.78 2021-03-13 1234.56",
        "1234.56 7890.12",                              # two amounts: a dot and a space are two kinds of separator
        "1234.56 7890.12 3456.78 9012.34 5678.90 1234.56 7890.12",
        "1,234.56 7,890.12 13,456.78",
        "12,345,678.90、23,456,789.01、9,999,999.99",
        "12345678.90",
        "100000000.00",
        "20260105",
        "2026-06-26至2026-06-30",
        "2026-06-26-2026-06-30",
        "2026.06.26-2026.06.30",
        "2026/06/26 2026/06/30",
        "20260626-20260630",
        "2026年6月26日至2026年6月30日",
        "0371-12345678",
        "0371-12345678 0371-87654321",
        "0371-12345678、0483-8222222、010-87654321",
        "0483 8222222",
        "400-123-4567",
        "12345",
        "鄂财农〔2026〕12号",
        "青政办发〔2026〕123号",
        "第1、2、3、4、5、6、7、8组",
        "1组 2组 3组",
        "合计 1234 户 5678 亩",
        "面积12.5亩，标准105.60元/亩，金额1320.00元",
        "110101********1233",
        "****8901",
        "138****5678",
        "统一社会信用代码：91110108551385082Q",          # an organisation's code is public
        "统一社会信用代码 12410100005184125G",
        "邮编 450000，电话 0371-65905678",
        "2026年第三季度",
        "二〇二六年六月二十六日",
        "一二三四五六七八九十",
    ],
)
def test_legitimate_content_passes(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("seed", range(30))
def test_property_tables_of_amounts_dates_and_landlines_pass(seed):
    rng = random.Random(5000 + seed)
    for _ in range(30):
        items = []
        for _ in range(rng.randint(2, 12)):
            kind = rng.random()
            if kind < 0.6:
                items.append(f"{rng.randrange(0, 10_000_000) / 100:.2f}")
            elif kind < 0.75:
                items.append(f"{rng.randrange(0, 10_000_000) / 100:,.2f}")
            elif kind < 0.9:
                day = _dt.date(2020, 1, 1) + _dt.timedelta(days=rng.randrange(2500))
                items.append(rng.choice([day.isoformat(), f"{day:%Y.%m.%d}", f"{day:%Y/%m/%d}",
                                         f"{day.year}年{day.month}月{day.day}日"]))
            else:
                items.append(f"0{rng.randint(10, 999)}-{rng.randrange(10**6, 10**8)}")
        sep = rng.choice([" ", "  ", "、", "，", "；", " / ", "\u3000"])
        text = sep.join(items)
        assert _kinds(text) == [], text


def test_a_valid_credit_code_outside_its_label_is_still_refused():
    assert _kinds("账号91110108551385082Q") == [ID]


@pytest.mark.parametrize(
    "line, office",
    [
        ("监督举报电话：0483-8222222、13912345678", True),
        ("联系电话：13912345678", True),
        ("咨询电话（镇政府）：13912345678", True),
        ("举报电话:13912345678", True),
        ("如有异议，请联系张三13912345678", False),
        ("电话13812345678", False),          # a remark, not a line of the office's phones
        ("备注：联系电话：13812345678", False),
    ],
)
def test_mobiles_are_allowed_only_in_lines_of_the_offices_phones(line, office):
    assert is_office_phone_line(line) is office
    if office:
        check_public_texts([line])
    else:
        with pytest.raises(PrivacyError, match="完整的手机号码"):
            check_public_texts([line])


def test_an_id_is_refused_even_in_a_phone_line():
    with pytest.raises(PrivacyError, match="完整的身份证号"):
        check_public_texts([f"联系电话：13912345678，身份证{ID18}"])


def test_the_message_never_shows_the_number():
    for text in (f"户主 {ID18}", "电话 138 1234 5678", "卡号 6228.4800.1234.5678.901"):
        with pytest.raises(PrivacyError) as caught:
            check_public_texts([text], where="备注")
        digits = "".join(ch for ch in caught.value.hit if ch.isdigit())
        assert digits not in "".join(ch for ch in str(caught.value) if ch.isdigit())
