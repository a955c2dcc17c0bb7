"""Importing recipient lists as villages send them: title rows, two-row merged headers, 合计 and note rows, blank
rows, GBK CSV, full-width digits, IDs stored as numbers or mangled into scientific notation, .xls — and the rule that
a file is imported whole or not at all."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from gkdesk.domain.idnumber import check_char
from gkdesk.io.sheets import SheetError
from gkdesk.paths import DataFolder
from gkdesk.services import settings, subsidy
from gkdesk.services import subsidy_import as si
from gkdesk.services.errors import UserError
from gkdesk.store.db import open_database
from gkdesk.store.models import AuditEntry, PublicityBatch, Recipient

TODAY = dt.date(2026, 9, 20)
DATA = Path(__file__).resolve().parent / "data"


def make_id(birth: str = "19900307", seq: str = "123", region: str = "110101") -> str:
    body = region + birth + seq
    return body + check_char(body)


def wrong_check(number: str) -> tuple[str, str]:
    """The number with a wrong last character, and the right one."""
    right = number[-1]
    wrong = "0" if right != "0" else "1"
    return number[:-1] + wrong, right


@pytest.fixture
def db(tmp_path):
    db = open_database(DataFolder(tmp_path / "data"))
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", phone="0311-8123456")
        settings.save_villages(s, [("东风村", ["一组", "二组"]), ("红旗村", ["一组"])])
        subsidy.ensure_default_programs(s)
        subsidy.add_program(s, name="耕地地力保护补贴2", quantity_unit="亩", standard="105.60", period_days=7,
                            period_unit="工作日")
    yield db
    db.close()


def counts(db) -> tuple[int, int]:
    with db.session() as s:
        return (s.scalar(select(func.count(PublicityBatch.id))), s.scalar(select(func.count(Recipient.id))))


def program(db, name="耕地地力保护补贴2"):
    with db.session() as s:
        return subsidy.find_program(s, name)


def validate(db, path, name="耕地地力保护补贴2", period="2026年度", **kw):
    plan = si.prepare_import(path, **kw)
    with db.session() as s:
        return plan, si.validate(plan, None, subsidy.find_program(s, name), s, today=TODAY, period=period)


# ---- a messy .xlsx ------------------------------------------------------------------------------------------------

ID_ZHANG = make_id("19900307", "123")
def _id_with_x() -> str:
    for seq in range(100, 999):
        body = f"11010119851111{seq:03d}"
        if check_char(body) == "X":
            return body + "X"
    raise AssertionError


ID_X = _id_with_x()
ID_WANG = make_id("19700101", "011")
ID_BAD, ID_BAD_RIGHT = wrong_check(make_id("19660606", "022"))
ID_QIAN = make_id("19720202", "033")
ID_SUN = make_id("19800808", "044")
BODY_BAD_BIRTH = "110101" + "19901340" + "055"
ID_BAD_BIRTH = BODY_BAD_BIRTH + check_char(BODY_BAD_BIRTH)
ID_NONAME = make_id("19910101", "066")


def messy_xlsx(path: Path, rows: list[list] | None = None) -> Path:
    """Title row, a 单位 line, a two-row header with merged cells, data with a blank row, a 合计 row, a note."""
    wb = Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(["关于东风村2026年度耕地地力保护补贴发放情况的公示"])
    ws.merge_cells("A1:H1")
    ws.append(["", "", "", "", "", "", "单位：亩、元"])
    ws.append(["序号", "村民小组", "补贴对象", None, "补贴面积(亩)", "补贴标准(元/亩)", "补贴金额(元)", "备注"])
    ws.append([None, None, "户主姓名", "身份证号码", None, None, None, None])
    ws.merge_cells("C3:D3")
    for col in "ABEFGH":
        ws.merge_cells(f"{col}3:{col}4")
    for row in rows if rows is not None else MESSY_ROWS:
        ws.append(row)
    wb.save(path)
    return path


MESSY_ROWS = [
    [1, "一组", "张三", ID_ZHANG, 12.5, 105.6, 1320, ""],                                   # row 5
    [2, "一组", "李　四", ID_X.lower(), "３.５", "105.60", "３６９.６０", "新增"],            # row 6: full-width
    [3, "二组", "王五", 1.10101199003071e17, 2, 105.6, 211.2, ""],                          # row 7: ID as a float
    [4, "二组", "赵六", ID_BAD, 1, 105.6, 105.6, ""],                                       # row 8: check char
    [None, None, None, None, None, None, None, None],                                         # row 9: blank
    [5, "二组", "", ID_NONAME, 1, 105.6, 105.6, ""],                                        # row 10: no name
    [6, "二组", "钱七", ID_QIAN, 2, 105.6, "两百元", ""],                                   # row 11: amount text
    [7, "二组", "孙八", ID_SUN, 10, 105.6, 1000, ""],                                       # row 12: ≠ 10 × 105.6
    [8, "二组", "周九", ID_BAD_BIRTH, 1, 105.6, 105.6, ""],                                 # row 13: birth 13th month
    [9, "二组", "吴十", ID_ZHANG, 1, 105.6, 105.6, ""],                                     # row 14: same ID as row 5
    ["合计", None, None, None, 34.5, None, 3643.1, None],                                     # row 15
    ["制表人：李明", None, None, None, None, None, None, None],                               # row 16
]


def test_the_header_is_found_below_title_rows_and_the_mapping_is_proposed(db, tmp_path):
    plan = si.prepare_import(messy_xlsx(tmp_path / "名单.xlsx"))
    assert plan.sheet_name == "名单" and plan.sheets == ["名单"]
    assert (plan.first_header_row, plan.header_row) == (3, 4)
    m = plan.mapping
    assert plan.columns[m.column_of("name")] == "户主姓名"
    assert plan.columns[m.column_of("id_number")] == "身份证号码"
    assert plan.columns[m.column_of("amount")] == "补贴金额(元)"
    assert plan.columns[m.column_of("quantity")] == "补贴面积(亩)"
    assert plan.columns[m.column_of("standard")] == "补贴标准(元/亩)"
    preview = plan.preview(3)
    assert [p.number for p in preview] == [5, 6, 7]
    assert preview[0].cells[2] == "张三"
    assert plan.column_labels()[3] == "D列（身份证号码）"


def test_errors_name_the_rows_and_block_the_whole_file(db, tmp_path):
    before = counts(db)
    path = messy_xlsx(tmp_path / "名单.xlsx")
    plan, result = validate(db, path)
    errors = [(p.row, p.column, p.message) for p in result.errors]
    assert errors == [
        (7, "身份证号码", "身份证号被Excel改成了科学计数法，后几位已丢失，请在原表中把该列设为文本后重新录入"),
        (8, "身份证号码", f"身份证号校验位错误，应为{ID_BAD_RIGHT}，请核对原件"),
        (10, "户主姓名", "姓名为空，请填写补贴对象的姓名"),
        (11, "补贴金额(元)", "金额“两百元”不是数字，请填写如 1234.50 的数"),
        (12, "补贴金额(元)", "金额1000.00元与数量10×标准105.60元=1056.00元不符（相差超过1分），请核对"),
        (13, "身份证号码", "身份证号出生日期无效（19901340），请核对原件"),
    ]
    warnings = [(p.row, p.message) for p in result.warnings]
    assert warnings == [(14, "身份证号与第5行（张三）重复，请确认是否重复申报")]
    assert not result.ok
    with pytest.raises(UserError, match="有6处错误.*没有导入任何数据"):
        si.commit_import(db, plan, result, "耕地地力保护补贴2", "东风村", "2026年度")
    assert counts(db) == before


def test_a_corrected_file_imports_with_cleaned_values_and_warnings_do_not_block(db, tmp_path):
    rows = [r for r in MESSY_ROWS if r[0] in (1, 2, 9, "合计", "制表人：李明") or r[0] is None]
    path = messy_xlsx(tmp_path / "名单.xlsx", rows)
    plan, result = validate(db, path)
    assert result.errors == []
    # row 7 is blank, row 8 repeats 张三's ID, row 9 is the 合计 row
    assert [(p.row, p.severity) for p in result.problems] == [(8, "警告"), (9, "警告")]
    # the 合计 row: 34.5 亩 / 3643.10 元 stated, the rows hold 1320 + 369.60 + 105.60
    assert "合计行金额3643.10元与各行之和1795.20元不一致" in result.problems[1].message
    batch_id = si.commit_import(db, plan, result, "耕地地力保护补贴2", "东风村", "2026年度")
    with db.session() as s:
        recs = s.scalars(select(Recipient).where(Recipient.batch_id == batch_id).order_by(Recipient.seq)).all()
        assert [(r.seq, r.name, r.group_name, r.source_row) for r in recs] == [
            (1, "张三", "一组", 5), (2, "李四", "一组", 6), (3, "吴十", "二组", 8)]
        li = recs[1]
        assert li.id_number == ID_X and li.id_number.endswith("X")
        assert (li.quantity_e4, li.standard_fen, li.amount_fen, li.remark) == (35000, 10560, 36960, "新增")
        assert recs[0].quantity_e4 == 125000 and recs[0].amount_fen == 132000
        batch = s.get(PublicityBatch, batch_id)
        assert batch.state == "草稿" and batch.source_file == "名单.xlsx（名单）"
        assert subsidy.totals(s, batch_id) == subsidy.Totals(3, 125000 + 35000 + 10000, 132000 + 36960 + 10560)
        # one audit entry for the bulk insert, naming the row count
        bulk = s.scalars(select(AuditEntry).where(AuditEntry.action == "bulk", AuditEntry.entity == "recipient")).all()
        assert bulk[-1].after["rows"] == 3


def test_same_id_in_another_villages_batch_of_the_same_program_and_period_warns(db, tmp_path):
    first = messy_xlsx(tmp_path / "a.xlsx", [[1, "一组", "张三", ID_ZHANG, 12.5, 105.6, 1320, ""]])
    plan, result = validate(db, first)
    first_id = si.commit_import(db, plan, result, "耕地地力保护补贴2", "东风村", "2026年度")
    second = messy_xlsx(tmp_path / "b.xlsx", [[1, "一组", "张三", ID_ZHANG, 12.5, 105.6, 1320, ""],
                                              [2, "一组", "王五", ID_WANG, 1, 105.6, 105.6, ""]])
    plan, result = validate(db, second)
    assert result.ok
    assert [(p.row, p.severity, p.message) for p in result.problems] == [
        (5, "警告", (f"该身份证号已在东风村的“关于东风村2026年度耕地地力保护补贴2发放情况的公示”（批次{first_id}）中，"
                    "请确认是否重复享受同一补贴"))]
    assert si.commit_import(db, plan, result, "耕地地力保护补贴2", "红旗村", "2026年度") > first_id
    # another period: no warning
    plan, result = validate(db, second, period="2027年度")
    assert result.problems == []


def test_ages_and_a_quantity_without_any_standard_are_warnings(db, tmp_path):
    old = make_id("19100101", "077")
    unborn = make_id("20270101", "088")
    path = messy_xlsx(tmp_path / "a.xlsx", [[1, "一组", "老人", old, 1, None, 100, ""],
                                            [2, "一组", "婴儿", unborn, 1, None, 100, ""]])
    _plan, result = validate(db, path, name="临时救助")  # no standard in the program
    assert result.ok
    msgs = [(p.row, p.message) for p in result.problems]
    assert (5, "按身份证号计算年龄为116岁，请核对是否录错") in msgs
    assert (6, "身份证号中的出生日期 2027-01-01 在今天之后，请核对原件") in msgs
    assert sum("有数量但没有补贴标准" in m for _, m in msgs) == 2


def test_the_program_standard_applies_when_the_file_has_none(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "面积", "金额"])
    ws.append(["张三", ID_ZHANG, 10, 1056])
    ws.append(["李四", ID_WANG, 10, 1000])
    wb.save(tmp_path / "a.xlsx")
    _plan, result = validate(db, tmp_path / "a.xlsx")
    assert [(p.row, p.column) for p in result.errors] == [(3, "金额")]
    assert result.rows[0]["standard_fen"] == 10560


def test_missing_required_column_is_reported_on_the_header_row(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["东风村名单"])
    ws.append(["序号", "姓名", "身份证号", "备注"])
    ws.append([1, "张三", ID_ZHANG, ""])
    wb.save(tmp_path / "a.xlsx")
    plan, result = validate(db, tmp_path / "a.xlsx")
    assert [(p.row, p.column, p.severity) for p in result.problems] == [(2, "金额", "错误")]
    assert "找不到“金额”列" in result.problems[0].message
    # the clerk points the amount at a column in the mapping dialog: then the rows are checked
    mapping = plan.mapping.with_override("amount", 3)
    with db.session() as s:
        result = si.validate(plan, mapping, subsidy.find_program(s, "临时救助"), s, today=TODAY)
    assert [(p.row, p.message) for p in result.errors] == [(3, "金额为空，请填写如 1234.50 的数")]


def test_gbk_csv_with_a_title_line_full_width_digits_and_a_mangled_id(db, tmp_path):
    text = "\n".join([
        "东风村2026年临时救助名单,,,",
        "姓名,身份证号码,家庭人口,救助金额",
        f"张三,{ID_ZHANG},３,１，２００.５",
        "李四,1.10101E+17,2,800",               # Excel saved the CSV after turning the ID into a number
        f"王五,{ID_QIAN},２,６００",
        "合计,,,2600.5",
    ])
    path = tmp_path / "名单.csv"
    path.write_bytes(text.encode("gbk"))
    plan, result = validate(db, path, name="临时救助")
    assert plan.sheets == [] and plan.header_row == 2
    assert [(p.row, p.column, p.severity) for p in result.problems] == [(4, "身份证号码", "错误")]
    assert "科学计数法" in result.problems[0].message
    ok_rows = {r["name"]: r for r in result.rows}
    assert ok_rows["张三"]["amount_fen"] == 120050 and ok_rows["张三"]["household_size"] == 3
    assert ok_rows["王五"]["amount_fen"] == 60000 and ok_rows["王五"]["household_size"] == 2


def test_csv_amounts_in_full_width_and_the_whole_story_of_a_clean_csv(db, tmp_path):
    text = f"姓名,身份证号,金额\n张三,{ID_ZHANG},１０００\n李四,{ID_X.lower()},５００.５\n"
    path = tmp_path / "a.csv"
    path.write_bytes(text.encode("gbk"))
    batch_id, result = si.import_file(db, path, "临时救助", "东风村", "2026年度", today=TODAY)
    assert batch_id is not None and result.problems == []
    with db.session() as s:
        assert subsidy.totals(s, batch_id).amount_fen == 150050


def test_xls_fixture_names_the_mangled_and_the_wrong_ids(db):
    before = counts(db)
    batch_id, result = si.import_file(db, DATA / "recipients.xls", "耕地地力保护补贴", "东风村", "2026年度",
                                      today=TODAY)
    assert batch_id is None
    assert [(p.row, p.column, p.severity) for p in result.errors] == [(4, "身份证号码", "错误"), (5, "身份证号码", "错误")]
    assert "应为3" in result.errors[0].message
    assert "科学计数法" in result.errors[1].message
    assert counts(db) == before


def test_progress_is_reported_and_cancel_writes_nothing(db, tmp_path):
    rows = [[i, "一组", f"张{i}", make_id(f"19{50 + i // 1000}0307", f"{i % 1000:03d}"), 1, 105.6, 105.6, ""] for i in range(1, 1201)]
    path = messy_xlsx(tmp_path / "big.xlsx", rows)
    plan = si.prepare_import(path)
    seen = []
    with db.session() as s:
        prog = subsidy.find_program(s, "耕地地力保护补贴2")
        result = si.validate(plan, None, prog, s, today=TODAY, progress=lambda d, t: seen.append((d, t)))
        assert result.ok and len(result.rows) == 1200
        assert seen[-1] == (1200, 1200) and len(seen) >= 3
        calls = []

        def cancelled():
            calls.append(1)
            return len(calls) >= 2

        with pytest.raises(si.ImportCancelled):
            si.validate(plan, None, prog, s, today=TODAY, cancelled=cancelled)
    assert counts(db)[1] == 0


def test_unreadable_files_are_one_sentence_naming_the_file(db, tmp_path):
    with pytest.raises(SheetError, match="找不到文件“nope.xlsx”"):
        si.prepare_import(tmp_path / "nope.xlsx")
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SheetError, match="坏.xlsx"):
        si.prepare_import(bad)
    wb = Workbook()
    wb.active.append(["随便", "什么"])
    wb.save(tmp_path / "无表头.xlsx")
    with pytest.raises(SheetError, match="找不到表头"):
        si.prepare_import(tmp_path / "无表头.xlsx")


