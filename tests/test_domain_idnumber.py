"""ID numbers: normalising, validating, Excel damage, age, and masking for public lists."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from gkdesk.domain.idnumber import (
    DEFAULT_ACCOUNT_MASK,
    DEFAULT_ID_MASK,
    DEFAULT_PHONE_MASK,
    IdCheck,
    MaskPattern,
    age_on,
    check_char,
    is_scientific_mangled,
    mask,
    mask_account,
    mask_id_number,
    mask_phone,
    normalize_id,
    upgrade_old15,
    validate_id,
)

# Valid 18-character numbers. The first three check characters were verified by hand with the
# MOD 11-2 weights (sums 167 → X, 174 → 3, 286 → 1); the others come from check_char.
VALID_IDS = [
    # number, birth, sex
    ("11010519491231002X", dt.date(1949, 12, 31), "女"),
    ("110101199003071233", dt.date(1990, 3, 7), "男"),
    ("440106198506152311", dt.date(1985, 6, 15), "男"),
    ("110101199003071671", dt.date(1990, 3, 7), "男"),
    ("110101200002290026", dt.date(2000, 2, 29), "女"),
    ("440304197710110016", dt.date(1977, 10, 11), "男"),
    ("320582198808081230", dt.date(1988, 8, 8), "男"),
    ("150428199501010621", dt.date(1995, 1, 1), "女"),
    ("510107201011300051", dt.date(2010, 11, 30), "男"),
    ("65010219661231004X", dt.date(1966, 12, 31), "女"),
    ("370283199205051132", dt.date(1992, 5, 5), "男"),
]


@pytest.mark.parametrize("number, birth, sex", VALID_IDS)
def test_valid_ids_give_birth_and_sex(number, birth, sex):
    result = validate_id(number)
    assert result == IdCheck(normalized=number, ok=True, error=None, birth=birth, sex=sex, is_old15=False)


@pytest.mark.parametrize("number, birth, sex", VALID_IDS)
def test_check_char_reproduces_the_last_character(number, birth, sex):
    assert check_char(number[:17]) == number[17]


@pytest.mark.parametrize(
    "first17, expected",
    [
        ("11010519491231002", "X"),  # sum 167, 167 % 11 = 2 → X
        ("11010119900307123", "3"),  # sum 174, 174 % 11 = 9 → 3
        ("44010619850615231", "1"),  # sum 286, 286 % 11 = 0 → 1
        ("00000000000000000", "1"),  # sum 0 → 1
    ],
)
def test_check_char_by_hand(first17, expected):
    assert check_char(first17) == expected


@pytest.mark.parametrize("bad", ["1101051949123100", "1101051949123100X2", "110105194912310O2", ""])
def test_check_char_needs_17_digits(bad):
    with pytest.raises(ValueError):
        check_char(bad)


@pytest.mark.parametrize(
    "typed, normalized",
    [
        ("11010519491231002x", "11010519491231002X"),
        (" 110101 19900307 1233 ", "110101199003071233"),
        ("１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X"),
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
        ("\u3000110101199003071233\u3000", "110101199003071233"),
        ("110101\u00a0199003071233", "110101199003071233"),
        ("\t110101199003071233\n", "110101199003071233"),
        ("'110101199003071233", "110101199003071233"),  # Excel text marker
        ("\ufeff110101199003071233\u200b", "110101199003071233"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_id(typed, normalized):
    assert normalize_id(typed) == normalized


@pytest.mark.parametrize(
    "value, mangled",
    [
        ("1.10101E+17", True),
        ("1.10101199003071E+17", True),
        ("4.40106E17", True),
        ("4.40106e+17", True),
        ("１．１０１０１Ｅ＋１７", True),
        (" 1.10101E+17 ", True),
        (1.1010119900307e17, True),
        (110101199003071233.0, True),  # a float of 18 digits cannot be trusted
        (110101199003071000, True),  # int with zeros after the 15th digit: Excel's trace
        (110101199003071233, False),  # a Python int is exact
        ("110101199003071233", False),
        ("11010519491231002X", False),
        (110101900307123.0, False),  # 15 digits fit in a float exactly
        ("", False),
        (None, False),
        (True, False),
        (float("nan"), False),
    ],
)
def test_is_scientific_mangled(value, mangled):
    assert is_scientific_mangled(value) is mangled


MANGLED = "身份证号被Excel改成了科学计数法，后几位已丢失，请在原表中把该列设为文本后重新录入"


@pytest.mark.parametrize(
    "value, error",
    [
        ("11010519491231002Y", "身份证号只能由数字和末位的X组成，请核对原件"),
        ("110105194912310X2X", "身份证号只能由数字和末位的X组成，请核对原件"),
        ("110101-1990-0307-1233", "身份证号只能由数字和末位的X组成，请核对原件"),
        ("110101199003071234", "身份证号校验位错误，应为3，请核对原件"),
        ("110101199003071230", "身份证号校验位错误，应为3，请核对原件"),
        ("110105194912310021", "身份证号校验位错误，应为X，请核对原件"),
        ("110101199002301233", "身份证号出生日期无效（19900230），请核对原件"),
        ("110101199013071233", "身份证号出生日期无效（19901307），请核对原件"),
        ("110101180003071233", "身份证号出生日期无效（18000307），请核对原件"),
        ("110101190002290026", "身份证号出生日期无效（19000229），请核对原件"),
        ("11010119900307123", "身份证号位数不对（应为18位，现为17位），请核对原件"),
        ("1101011990030712333", "身份证号位数不对（应为18位，现为19位），请核对原件"),
        ("123", "身份证号位数不对（应为18位，现为3位），请核对原件"),
        ("", "身份证号为空，请填写18位身份证号"),
        ("   ", "身份证号为空，请填写18位身份证号"),
        (None, "身份证号为空，请填写18位身份证号"),
        ("1.10101E+17", MANGLED),
        ("1.10101199003071E+17", MANGLED),
        ("4.40106E17", MANGLED),
        (1.1010119900307e17, MANGLED),
        (110101199003071000, MANGLED),
    ],
)
def test_invalid_ids_say_why(value, error):
    result = validate_id(value)
    assert (result.ok, result.error, result.birth, result.sex) == (False, error, None, None)


@pytest.mark.parametrize(
    "value, normalized",
    [
        (110101199003071233, "110101199003071233"),  # exact int from a numeric cell
        (440106198506152311, "440106198506152311"),
        (" 110101 19900307 1233", "110101199003071233"),
        ("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X"),
    ],
)
def test_numbers_and_sloppy_text_are_accepted(value, normalized):
    result = validate_id(value)
    assert result.ok and result.normalized == normalized


@pytest.mark.parametrize(
    "value, birth, sex",
    [
        ("110101900307123", dt.date(1990, 3, 7), "男"),
        ("440106850615232", dt.date(1985, 6, 15), "女"),
        ("110105491231002", dt.date(1949, 12, 31), "女"),
        (110101900307123, dt.date(1990, 3, 7), "男"),
        (110101900307123.0, dt.date(1990, 3, 7), "男"),
    ],
)
def test_old_15_digit_numbers(value, birth, sex):
    result = validate_id(value)
    assert (result.ok, result.is_old15, result.birth, result.sex) == (True, True, birth, sex)


@pytest.mark.parametrize(
    "value, error",
    [
        ("110101900230123", "身份证号出生日期无效（19900230），请核对原件"),
        ("11010190030712X", "身份证号只能由数字和末位的X组成，请核对原件"),
    ],
)
def test_bad_old_15_digit_numbers(value, error):
    result = validate_id(value)
    assert (result.ok, result.error) == (False, error)
    assert result.is_old15 == value.isdigit()


def test_birth_after_today_is_refused_when_today_is_given():
    number = "110101202612310011"
    assert check_char(number[:17]) == number[17]
    assert validate_id(number).ok
    late = validate_id(number, today=dt.date(2026, 6, 1))
    assert (late.ok, late.error) == (False, "身份证号出生日期在今天之后（20261231），请核对原件")


@pytest.mark.parametrize(
    "old, new",
    [
        ("110101900307123", "11010119900307123" + check_char("11010119900307123")),
        ("110105491231002", "11010519491231002X"),
    ],
)
def test_upgrade_old15(old, new):
    assert upgrade_old15(old) == new
    assert validate_id(new).ok


def test_upgrade_old15_refuses_other_numbers():
    with pytest.raises(ValueError, match="不是15位的老身份证号"):
        upgrade_old15("110101199003071233")


@pytest.mark.parametrize(
    "birth, day, age",
    [
        (dt.date(1990, 3, 7), dt.date(2026, 3, 6), 35),
        (dt.date(1990, 3, 7), dt.date(2026, 3, 7), 36),
        (dt.date(1990, 3, 7), dt.date(2026, 12, 31), 36),
        (dt.date(2000, 2, 29), dt.date(2026, 2, 28), 25),
        (dt.date(2000, 2, 29), dt.date(2026, 3, 1), 26),
        (dt.date(2000, 2, 29), dt.date(2024, 2, 29), 24),
        (dt.date(1946, 6, 26), dt.date(2026, 6, 26), 80),  # 高龄津贴 threshold
        (dt.date(1946, 6, 27), dt.date(2026, 6, 26), 79),
        (dt.date(2026, 1, 5), dt.date(2026, 1, 5), 0),
    ],
)
def test_age_on(birth, day, age):
    assert age_on(birth, day) == age


# ---- masking --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number, masked",
    [
        ("110101199003071233", "110101********1233"),
        ("11010519491231002x", "110105********002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "110105********002X"),
        (" 110101 19900307 1233 ", "110101********1233"),
        ("110101900307123", "110101*****7123"),
        (110101199003071233, "110101********1233"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_id_number_default(number, masked):
    assert mask_id_number(number) == masked


@pytest.mark.parametrize(
    "account, masked",
    [
        ("6228480012345678901", "****8901"),
        ("6228 4800 1234 5678 901", "****8901"),
        ("6228-4800-1234-5678", "****5678"),
        ("６２２８４８００１２３４５６７８", "****5678"),
        ("12345678", "****5678"),
        ("12345", "****2345"),
        ("1234", "****34"),  # too short: at most half is shown
        ("123", "****3"),
        ("1", "****"),
        ("", ""),
        (None, ""),
    ],
)
def test_mask_account_hides_the_length(account, masked):
    assert mask_account(account) == masked


@pytest.mark.parametrize(
    "phone, masked",
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("１３８１２３４５６７８", "138****5678"),
        ("0483-8222222", "048*****2222"),
        ("1234567", "****567"),  # 7 <= 3 + 4: no head, at most half (3) at the tail
        ("", ""),
    ],
)
def test_mask_phone(phone, masked):
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    "text, pattern, masked",
    [
        ("110101199003071233", MaskPattern(6, 4), "110101********1233"),
        ("110101199003071233", MaskPattern(3, 4), "110***********1233"),
        ("110101199003071233", MaskPattern(0, 4), "**************1233"),
        ("110101199003071233", MaskPattern(1, 1, "×"), "1××××××××××××××××3"),
        ("110101199003071233", MaskPattern(0, 0), "******************"),
        ("张三丰", MaskPattern(1, 0), "张**"),
        ("abcdefghij", MaskPattern(6, 4), "******ghij"),  # len == 6 + 4
        ("abcde", MaskPattern(6, 4), "***de"),
        ("ab", MaskPattern(6, 4), "*b"),
        ("a", MaskPattern(6, 4), "*"),
        ("", MaskPattern(6, 4), ""),
    ],
)
def test_mask_never_shows_a_short_value_whole(text, pattern, masked):
    assert mask(text, pattern) == masked
    if text:
        assert mask(text, pattern) != text


def test_mask_with_hidden_width():
    assert mask("6228480012345678901", MaskPattern(0, 4), hidden_width=4) == "****8901"
    assert mask("6228480012345678901", MaskPattern(2, 2), hidden_width=3) == "62***01"


def test_default_patterns():
    assert (DEFAULT_ID_MASK, DEFAULT_ACCOUNT_MASK, DEFAULT_PHONE_MASK) == (
        MaskPattern(6, 4),
        MaskPattern(0, 4),
        MaskPattern(3, 4),
    )


@pytest.mark.parametrize(
    "text, pattern",
    [
        ("6+4", MaskPattern(6, 4)),
        ("0+4", MaskPattern(0, 4)),
        ("3+4", MaskPattern(3, 4)),
        (" 6 + 4 ", MaskPattern(6, 4)),
        ("６＋４", MaskPattern(6, 4)),
        ("10+0", MaskPattern(10, 0)),
    ],
)
def test_mask_pattern_from_text(text, pattern):
    assert MaskPattern.from_text(text) == pattern
    assert MaskPattern.from_text(pattern.to_text()) == pattern


@pytest.mark.parametrize("text", ["", "6", "6-4", "6+", "+4", "a+b", "6+4+1", "-1+4", "123+4", "6，4"])
def test_mask_pattern_from_bad_text(text):
    with pytest.raises(ValueError, match="脱敏规则.*格式不对，请写成“前几位\\+后几位”，如 6\\+4"):
        MaskPattern.from_text(text)


@pytest.mark.parametrize("args", [(-1, 4), (6, -1), (6, 4, ""), (6, 4, "**")])
def test_mask_pattern_refuses_nonsense(args):
    with pytest.raises(ValueError, match="脱敏规则"):
        MaskPattern(*args)


def test_mask_pattern_and_idcheck_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_ID_MASK.keep_head = 18  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        validate_id("110101199003071233").ok = False  # type: ignore[misc]
