"""The field rules: one way to clean each kind of value, shared by every importer and every edit path."""
from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from gkdesk.domain import fields
from gkdesk.domain.fields import FieldError
from gkdesk.store.models import Recipient

ID_X = "11010519491231002X"
ROOT = Path(__file__).resolve().parent.parent / "gkdesk"


def test_cleaners():
    assert fields.clean_name("张　三 ") == "张三"
    assert fields.clean_name("Ali Khan") == "Ali Khan"
    assert fields.clean_id(" " + ID_X.lower())[0] == ID_X
    assert fields.clean_money("１，２３４.５元") == 123450
    assert fields.quantity_e4(fields.clean_quantity("12.3456亩")) == 123456
    assert fields.format_quantity(125000) == "12.5" and fields.format_quantity(30000) == "3"
    with pytest.raises(FieldError, match="科学计数法"):
        fields.clean_account(6.228480012345679e18)
    assert fields.clean_account("6228 4800-1234 5678 901") == "6228480012345678901"
    assert fields.clean_phone(13812345678.0) == "13812345678"
    assert fields.clean_count("3人") == 3
    assert fields.clean_standard("105.60元/亩") == 10560


def test_text_kinds_differ_only_where_they_must():
    assert fields.clean_text("第１组（东）") == "第1组(东)"          # a list cell: NFKC
    assert fields.clean_line("《关于ＸＸ的通知》（试行）") == "《关于XX的通知》（试行）"  # a title keeps （）《》
    assert fields.clean_multiline(" 一、内容\r\n二、\u200b要求 ") == "一、内容\n二、要求"


@pytest.mark.parametrize(
    "value, message",
    [
        ("100.005", "补贴金额“100.005”有3位小数"),
        ("0.001", "补贴金额“0.001”有3位小数"),
        ("120元/亩", "补贴金额“120元/亩”中有单位或文字"),
        ("1e3", "补贴金额“1e3”是科学计数法"),
        ("\u0661\u0662\u0660", "补贴金额“١٢٠”中有“١”这样的非常用数字字符"),
        ("-5", "补贴金额不能为负数"),
        ("100000000", "补贴金额100000000.00元大得不合理"),
    ],
)
def test_money_rules_name_the_value(value, message):
    with pytest.raises(FieldError) as caught:
        fields.clean_money(value, "补贴金额")
    assert str(caught.value).startswith(message)


def test_zero_is_an_amount_the_caller_must_have_confirmed():
    assert fields.clean_money("0") == 0 and fields.clean_money(0.0) == 0
    assert "请确认" in fields.ZERO_AMOUNT_WARNING


@pytest.mark.parametrize(
    "value, unit, message",
    [
        ("12.34567", "亩", "数量“12.34567”有5位小数，最多只能有4位"),
        ("12.5人", "亩", "数量“12.5人”中有单位或文字"),
        ("120元/亩", "亩", "数量“120元/亩”中有单位或文字"),
        ("1e2", "", "数量“1e2”是科学计数法"),
    ],
)
def test_quantity_rules(value, unit, message):
    with pytest.raises(FieldError) as caught:
        fields.clean_quantity(value, unit)
    assert str(caught.value).startswith(message)


def test_a_date_message_is_about_the_value_and_does_not_repeat_the_column():
    with pytest.raises(FieldError) as caught:
        fields.clean_date("2026-02-30", "发放时间")
    assert str(caught.value) == "日期“2026-02-30”不存在（2026年2月只有28天，没有30日），请核对后改正"
    assert fields.clean_date("2026年1月5日") == dt.date(2026, 1, 5)


@pytest.mark.parametrize("period", ["2026年度（联系人13912345678）", "2026年度 110101199003071233",
                                    "2026年度6228 4800 1234 5678 901"])
def test_a_period_carrying_a_personal_number_is_refused_where_it_is_typed(period):
    with pytest.raises(FieldError) as caught:
        fields.clean_period(period)
    assert "期间会印在公示标题上" in str(caught.value)
    digits = "".join(c for c in str(caught.value) if c.isdigit())
    assert "13912345678" not in digits and "110101199003071233" not in digits


def test_ordinary_periods_pass():
    for period in ("2026年度", "2026年第三季度", "2026年1-6月", "2025-2026学年"):
        assert fields.clean_period(period) == period


def test_the_text_limits_are_the_database_columns():
    lengths = {c.name: c.type.length for c in Recipient.__table__.columns if getattr(c.type, "length", None)}
    assert fields.TEXT_LIMITS == lengths


def test_quantities_keep_exactly_what_the_database_holds():
    assert Decimal(fields.quantity_e4(fields.clean_quantity("0.0001"))) / fields.E4 == Decimal("0.0001")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def test_the_services_no_longer_import_each_other_in_a_circle():
    """services/subsidy used to import subsidy_import's cleaners while subsidy_import imported subsidy."""
    subsidy = _imports(ROOT / "services" / "subsidy.py")
    assert not any("subsidy_import" in m for m in subsidy)


def test_every_importer_and_edit_path_cleans_with_the_field_rules():
    for relative in ("services/subsidy_import.py", "services/subsidy.py", "services/interp.py", "io/catalog_reader.py",
                     "io/sheets.py"):
        assert any(m.startswith("gkdesk.domain.fields") or m == "gkdesk.domain" for m in _imports(ROOT / relative)), \
            relative
    fields_imports = _imports(ROOT / "domain" / "fields.py")
    assert all(m.startswith(("gkdesk.domain", "__future__")) or "." not in m for m in fields_imports)
