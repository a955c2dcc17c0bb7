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
    check_public_texts([mask_phone(phone), phone])


@pytest.mark.parametrize(
    "texts, where, index, shown",
    [
        (["张三", "11010119900307123x", "1200.00"], "第2行", 1, "1101**********123X"),
        (["张三", "110101********1233", "6228 4800 1234 5678 901"], "公示名单", 2, "6228***********8901"),
        (["关于××村2026年耕地地力保护补贴发放情况的公示", "户主李四（110101199003071233）"], "正文", 1,
         "1101**********1233"),
        (["１１０１０５１９４９１２３１００２Ｘ"], "", 0, "1101**********002X"),
    ],
)
def test_check_public_texts_refuses_full_numbers(texts, where, index, shown):
    with pytest.raises(PrivacyError) as caught:
        check_public_texts(texts, where=where)
    error = caught.value
    place = f"{where}中的" if where else ""
    assert str(error) == f"{place}“{shown}”像是完整的身份证号或账号，已拒绝输出，请先脱敏后再打印或导出"
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
