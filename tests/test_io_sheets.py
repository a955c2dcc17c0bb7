"""The spreadsheet reader: real-world recipient lists read with the row numbers the clerk sees in Excel."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from gkdesk.io.sheets import (
    RECIPIENT_FIELDS,
    FieldSpec,
    Grid,
    SheetError,
    cell_text,
    column_letter,
    data_rows,
    find_header,
    is_note_row,
    is_total_row,
    match_columns,
    read_workbook,
    sheet_names,
)

DATA = Path(__file__).parent / "data"
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 container: .xls, or an encrypted .xlsx
TITLE = "关于××村2026年耕地地力保护补贴发放情况的公示"


def _rows(grid: Grid, **kwargs):
    header = find_header(grid, RECIPIENT_FIELDS)
    mapping = match_columns(header, RECIPIENT_FIELDS)
    return header, mapping, list(data_rows(grid, header, mapping, **kwargs))


def _texts(row) -> dict[str, str]:
    return {k: cell_text(v) for k, v in row.values.items()}


@pytest.fixture
def village_xlsx(tmp_path: Path) -> Path:
    """A list as a village sends it: title, unit line, two-row merged header, merged group cells, full-width
    digits and spaces, IDs as numbers, a blank row, a 合计 row and signature lines."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "耕地地力"
    ws["A1"] = TITLE
    ws.merge_cells("A1:H1")
    ws["A2"] = "单位：元"
    ws["A3"], ws["B3"], ws["C3"] = "序号", "村民小组", "补贴对象"
    ws["E3"], ws["F3"], ws["G3"], ws["H3"] = "补贴面积\n(亩)", "补贴标准（元/亩）", "补贴金额(元)", "备 注"
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:H4"):
        ws.merge_cells(rng)
    ws["C4"], ws["D4"] = "姓名", "身份证号"
    ws.append([1, "一组", "张\u3000三", "11010119900307123X", "１２.５", 100, "１２５０.００", ""])  # row 5
    ws.append([2, None, " 李四 ", 110101199003071234, 3.5, 100, 350, None])  # row 6, ID typed as a number
    ws.merge_cells("B5:B6")
    ws.append([None] * 8)  # row 7, blank
    ws.append([3, "二组", "王五", 1.10101199003071e17, 2, 100, 200, "新增"])  # row 8
    ws.append(["合 计", None, None, None, 18, None, 1800, None])  # row 9
    ws.append(["制表人：赵六", None, None, "审核人：钱七"])  # row 10
    ws.append(["注：身份证号已按规定脱敏"])  # row 11
    path = tmp_path / "名单.xlsx"
    wb.save(path)
    return path


def test_village_list_rows_carry_excel_row_numbers(village_xlsx: Path):
    grid = read_workbook(village_xlsx)
    assert grid.sheet_name == "耕地地力"
    header, mapping, rows = _rows(grid, fill_merged=("group",))

    assert grid.row_number(header.first_row_index) == 3 and grid.row_number(header.row_index) == 4
    assert header.columns == [
        "序号", "村民小组", "姓名", "身份证号", "补贴面积(亩)", "补贴标准(元/亩)", "补贴金额(元)", "备注",
    ]
    assert mapping.field_to_column == {
        "seq": 0, "group": 1, "name": 2, "id_number": 3, "household": None, "quantity": 4, "standard": 5,
        "amount": 6, "pay_method": None, "account": None, "phone": None, "pay_date": None, "remark": 7,
    }
    assert mapping.missing_required() == []

    assert [r.number for r in rows] == [5, 6, 8]  # blank row 7, 合计 row 9 and notes 10–11 skipped
    first, second, third = (_texts(r) for r in rows)
    assert first["name"] == "张\u3000三"  # inner full-width space kept for the name rules; outer stripped
    assert (first["quantity"], first["amount"]) == ("１２.５", "１２５０.００")  # raw: domain parsers normalise
    assert second["name"] == "李四"
    assert second["group"] == "一组"  # merged B5:B6 filled down
    # An 18-digit ID stored as a number has lost digits; the text says so in Excel's E+ form.
    assert second["id_number"] == "1.10101199003071E+17"
    assert third["id_number"] == "1.10101199003071E+17"
    assert (third["quantity"], third["amount"], third["remark"]) == ("2", "200", "新增")


def test_merged_group_not_filled_unless_asked(village_xlsx: Path):
    _, _, rows = _rows(read_workbook(village_xlsx))
    assert cell_text(rows[1].values["group"]) == ""


def test_total_row_is_offered_when_asked(village_xlsx: Path):
    _, _, rows = _rows(read_workbook(village_xlsx), include_totals=True)
    totals = [r for r in rows if r.kind == "total"]
    assert [(t.number, cell_text(t.values["amount"])) for t in totals] == [(9, "1800")]


def test_merged_ranges_in_grid_coordinates(village_xlsx: Path):
    grid = read_workbook(village_xlsx)
    assert grid.first_row_number == 1
    assert (2, 2, 2, 3) in grid.merged  # C3:D3 "补贴对象"
    assert (4, 1, 5, 1) in grid.merged  # B5:B6 "一组"


def test_table_not_starting_at_a1_keeps_excel_rows_and_columns(tmp_path: Path):
    # calamine drops the empty rows/columns above and left of the data; rows and columns must still match
    # Excel.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C4"], ws["D4"], ws["E4"] = "姓名", "身份证号", "金额"
    ws["C5"], ws["D5"], ws["E5"] = "张三", "11010119900307123X", 100
    ws["C7"], ws["D7"], ws["E7"] = "李四", "110101199003071234", 50.5
    ws["K30"] = "   "  # stray whitespace far away must not widen or lengthen the grid
    path = tmp_path / "offset.xlsx"
    wb.save(path)

    grid = read_workbook(path)
    assert grid.first_row_number == 4
    assert grid.width == 5 and len(grid.rows) == 4
    header, mapping, rows = _rows(grid)
    assert mapping.column_of("name") == 2 and column_letter(mapping.column_of("name")) == "C"
    assert header.column_label(3) == "D列（身份证号）"
    assert [r.number for r in rows] == [5, 7]
    assert grid.where(rows[1].number, mapping.column_of("amount")) == "文件“offset.xlsx”工作表“Sheet”第7行E列"


def test_header_only_file_has_no_rows(tmp_path: Path):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号", "补贴金额"])
    path = tmp_path / "空名单.xlsx"
    wb.save(path)
    _, mapping, rows = _rows(read_workbook(path))
    assert rows == [] and mapping.missing_required() == []


def test_gbk_csv_with_synonyms(tmp_path: Path):
    text = (
        "2026年耕地地力保护补贴名单\n"
        "户主姓名,公民身份号码,计税面积,补贴标准,补贴金额(元)\n"
        "张三,11010119900307123X,12.5,100,1250.00\n"
        "\n"
        "李四,110101199003071234,3,100,300\n"
        "合计,,15.5,,1550\n"
    )
    path = tmp_path / "名单.csv"
    path.write_bytes(text.encode("gbk"))
    grid = read_workbook(path)
    assert grid.sheet_name == "" and sheet_names(path) == []
    header, mapping, rows = _rows(grid)
    assert grid.row_number(header.row_index) == 2
    keys = ("name", "id_number", "quantity", "standard", "amount")
    assert [mapping.column_of(k) for k in keys] == [0, 1, 2, 3, 4]
    assert [(r.number, r.values["name"], r.values["amount"]) for r in rows] == [
        (3, "张三", "1250.00"),
        (5, "李四", "300"),
    ]


def test_utf8_bom_tab_separated_text(tmp_path: Path):
    text = "户主姓名\t公民身份号码\t计税面积\t补贴金额(元)\r\n王五\t11010119900307123X\t2\t200\r\n"
    path = tmp_path / "名单.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    grid = read_workbook(path)
    assert grid.rows[0][0] == "户主姓名"  # no BOM left in the first header
    _, _, rows = _rows(grid)
    assert [(r.number, r.values) for r in rows] == [
        (2, {"name": "王五", "id_number": "11010119900307123X", "quantity": "2", "amount": "200"})
    ]


def test_utf8_semicolon_csv_with_quoted_comma(tmp_path: Path):
    path = tmp_path / "list.csv"
    path.write_text('姓名;身份证号;金额;备注\n张三;11010119900307123X;100;"代领,其子"\n', encoding="utf-8")
    _, _, rows = _rows(read_workbook(path))
    assert rows[0].values["remark"] == "代领,其子"


def test_excel_unicode_text_export(tmp_path: Path):
    # Excel's "Unicode 文本" is UTF-16 with a BOM, tab-separated.
    path = tmp_path / "导出.txt"
    path.write_bytes("姓名\t身份证号\t金额\r\n张三\t11010119900307123X\t100\r\n".encode("utf-16"))
    _, _, rows = _rows(read_workbook(path))
    assert [(r.number, r.values["name"]) for r in rows] == [(2, "张三")]


def test_csv_in_unknown_encoding_is_refused(tmp_path: Path):
    path = tmp_path / "乱码.csv"
    path.write_bytes("姓名,金额\n".encode() + b"\x81\x20\xff\xfe,1\n")
    with pytest.raises(SheetError, match="乱码.csv.*编码"):
        read_workbook(path)


def test_xls_fixture(tmp_path: Path):
    path = DATA / "recipients.xls"
    assert sheet_names(path) == ["名单", "说明"]
    grid = read_workbook(path)
    assert grid.sheet_name == "名单" and grid.first_row_number == 2
    header, mapping, rows = _rows(grid, fill_merged=("group",), include_totals=True)
    assert grid.row_number(header.row_index) == 3
    assert column_letter(mapping.column_of("group")) == "B"
    assert [(r.number, r.kind) for r in rows] == [(4, "data"), (5, "data"), (6, "total")]
    assert _texts(rows[0]) == {
        "group": "一组", "name": "张三", "id_number": "11010119900307123X", "quantity": "12.5", "amount": "1250",
    }
    assert _texts(rows[1])["group"] == "一组"
    assert _texts(rows[1])["id_number"] == "1.10101199003071E+17"
    assert read_workbook(path, sheet="说明").rows == [["本表由测试生成"]]
    assert read_workbook(path, sheet=1).sheet_name == "说明"


def test_tab_separated_text_saved_as_xls_is_read(tmp_path: Path):
    path = tmp_path / "系统导出.xls"
    path.write_bytes("姓名\t身份证号\t金额\n张三\t11010119900307123X\t100\n".encode("gbk"))
    _, _, rows = _rows(read_workbook(path))
    assert rows[0].values["name"] == "张三"


def test_real_xlsx_named_xls_is_read(village_xlsx: Path, tmp_path: Path):
    path = tmp_path / "名单.xls"
    path.write_bytes(village_xlsx.read_bytes())
    _, _, rows = _rows(read_workbook(path))
    assert [r.number for r in rows] == [5, 6, 8]


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("名单.xlsx", "姓名,身份证号\n张三,1\n".encode(), "无法作为Excel表格打开"),
        ("名单.xlsx", b"", "空文件"),
        ("名单.xlsx", b"PK\x03\x04" + b"\x00" * 100, "无法作为Excel表格打开"),
        ("名单.xls", b"<html><body><table><tr><td>x</td></tr></table></body></html>", "网页格式"),
        ("名单.xlsx", CFB_MAGIC + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"), "密码"),
    ],
)
def test_unreadable_files_are_refused_naming_the_file(tmp_path: Path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SheetError, match=expected) as err:
        read_workbook(path)
    assert f"“{name}”" in str(err.value)


def test_corrupt_sheet_names_the_sheet(village_xlsx: Path, tmp_path: Path):
    path = tmp_path / "坏表.xlsx"
    with zipfile.ZipFile(village_xlsx) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, data[: len(data) // 2] if item.filename.endswith("sheet1.xml") else data)
    with pytest.raises(SheetError, match="坏表.xlsx.*“耕地地力”.*损坏"):
        read_workbook(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(SheetError, match="找不到文件“不存在.xlsx”"):
        read_workbook(tmp_path / "不存在.xlsx")


def test_empty_workbook_is_refused(tmp_path: Path):
    path = tmp_path / "空表.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(SheetError, match="空表.xlsx.*Sheet.*空的"):
        read_workbook(path)


def test_wrong_sheet_lists_the_sheets(village_xlsx: Path):
    with pytest.raises(SheetError, match="没有名为“低保”的工作表.*“耕地地力”"):
        read_workbook(village_xlsx, sheet="低保")
    with pytest.raises(SheetError, match="只有1个工作表"):
        read_workbook(village_xlsx, sheet=3)


def test_first_visible_sheet_is_default(tmp_path: Path):
    wb = openpyxl.Workbook()
    wb.active.title = "旧表"
    wb.active.sheet_state = "hidden"
    wb.create_sheet("新表")["A1"] = "姓名"
    path = tmp_path / "multi.xlsx"
    wb.save(path)
    assert read_workbook(path).sheet_name == "新表"


# --- Column matching ------------------------------------------------------------------------------------


def _grid(*rows) -> Grid:
    width = max(len(r) for r in rows)
    return Grid(Path("名单.xlsx"), "Sheet1", [list(r) + [""] * (width - len(r)) for r in rows])


def test_ambiguous_headers_map_to_the_right_fields():
    grid = _grid(
        ["补贴对象", "公民身份号码", "补贴标准", "补贴面积(亩)", "补贴金额(元)", "一卡通账号", "发放方式", "发放日期"],
        ["张三", "11010119900307123X", 100, 2, 200, "6217000012345678", "一卡通", "2026.1.5"],
    )
    mapping = match_columns(find_header(grid, RECIPIENT_FIELDS), RECIPIENT_FIELDS)
    got = {k: v for k, v in mapping.field_to_column.items() if v is not None}
    assert got == {
        "name": 0, "id_number": 1, "standard": 2, "quantity": 3, "amount": 4, "account": 5, "pay_method": 6,
        "pay_date": 7,
    }


def test_contained_synonym_loses_to_exact_one():
    # "与户主关系" contains the synonym 户主 but 姓名 is the exact name column; "实发金额" contains 金额.
    grid = _grid(["户主", "与户主关系", "姓名", "身份证", "实发金额", "家庭人口数"], ["x"] * 6)
    mapping = match_columns(find_header(grid, RECIPIENT_FIELDS), RECIPIENT_FIELDS)
    assert mapping.column_of("name") in (0, 2) and mapping.column_of("name") != 1
    assert mapping.column_of("amount") == 4
    assert mapping.column_of("household") == 5 and mapping.column_of("quantity") is None


def test_two_row_header_with_split_money_columns():
    # Upper 补贴情况 over three lower cells: 标准 must go to standard, 金额 to amount.
    grid = _grid(
        ["姓名", "身份证号码", "补贴情况", "", ""],
        ["", "", "面积(亩)", "标准(元/亩)", "金额(元)"],
        ["张三", "11010119900307123X", 2, 100, 200],
    )
    header = find_header(grid, RECIPIENT_FIELDS)
    assert (header.first_row_index, header.row_index, header.data_start) == (0, 1, 2)
    assert header.columns == ["姓名", "身份证号码", "面积(亩)", "标准(元/亩)", "金额(元)"]
    mapping = match_columns(header, RECIPIENT_FIELDS)
    keys = ("name", "id_number", "quantity", "standard", "amount")
    assert [mapping.column_of(k) for k in keys] == [0, 1, 2, 3, 4]


def test_missing_required_column_and_override():
    grid = _grid(["序号", "姓名", "补贴金额", "证件"], [1, "张三", 100, "11010119900307123X"])
    mapping = match_columns(find_header(grid, RECIPIENT_FIELDS), RECIPIENT_FIELDS)
    assert [f.label for f in mapping.missing_required()] == ["身份证号"]
    fixed = mapping.with_override("id_number", 3)
    assert fixed.missing_required() == [] and fixed.column_of("id_number") == 3
    assert mapping.column_of("id_number") is None  # the original is unchanged
    # Giving a column already used by another field takes it from that field.
    moved = fixed.with_override("remark", 3)
    assert moved.column_of("remark") == 3 and moved.column_of("id_number") is None
    assert [f.key for f in moved.missing_required()] == ["id_number"]
    with pytest.raises(KeyError):
        mapping.with_override("nonsense", 0)


def test_no_header_found():
    grid = _grid(["张三", "100"], ["李四", "200"])
    with pytest.raises(SheetError, match="名单.xlsx.*Sheet1.*找不到表头"):
        find_header(grid, RECIPIENT_FIELDS)


def test_custom_fields_for_other_importers():
    fields = (FieldSpec("title", "政策名称", ("文件名称",), True), FieldSpec("doc_no", "文号", ("发文字号",)))
    grid = _grid(["2026年政策解读登记"], ["序号", "文件名称", "发文字号"], [1, "关于…的通知", "×政发〔2026〕1号"])
    header = find_header(grid, fields)
    rows = list(data_rows(grid, header, match_columns(header, fields)))
    assert [(r.number, r.values["doc_no"]) for r in rows] == [(3, "×政发〔2026〕1号")]


def test_units_row_under_header_is_not_data():
    grid = _grid(
        ["姓名", "身份证号", "补贴面积", "补贴金额"],
        ["", "", "（亩）", "(元)"],
        ["张三", "11010119900307123X", 2, 200],
    )
    _, _, rows = _rows(grid)
    assert [r.number for r in rows] == [3]


def test_column_number_row_and_repeated_header_are_skipped():
    grid = _grid(
        ["姓名", "身份证号", "金额"],
        [1, 2, 3],
        ["张三", "11010119900307123X", 100],
        ["姓 名", "身份证号", "金额"],
        ["李四", "110101199003071234", 50],
    )
    _, _, rows = _rows(grid)
    assert [r.number for r in rows] == [3, 5]


# --- Cells and row kinds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, text",
    [
        (None, ""),
        ("\u3000张三\u00a0 ", "张三"),
        (3.0, "3"),
        (1250.5, "1250.5"),
        (0.1 + 0.2, "0.3"),
        (1234.5600000000002, "1234.56"),
        (1e-05, "0.00001"),
        (13800138000.0, "13800138000"),
        (110101199003071234, "110101199003071234"),
        (1.101011990030712e17, "1.10101199003071E+17"),
        (1.1e17, "1.1E+17"),
        (6.217000012345678e18, "6.21700001234568E+18"),
        (True, "TRUE"),
        (dt.date(2026, 1, 5), "2026-01-05"),
        (dt.datetime(2026, 1, 5), "2026-01-05"),
        (dt.datetime(2026, 1, 5, 8, 30), "2026-01-05 08:30:00"),
    ],
)
def test_cell_text(value, text):
    assert cell_text(value) == text


@pytest.mark.parametrize(
    "cells, total",
    [
        (["合计", "", 1800], True),
        (["合 计", "", 1800], True),
        (["", "合\u3000计：", 1800], True),
        ([21, "总计", 1800], True),
        (["本页小计", 100], True),
        ([1, "张三", 100], False),
        ({"name": "小计"}, True),
    ],
)
def test_is_total_row(cells, total):
    assert is_total_row(cells) is total


@pytest.mark.parametrize(
    "cells, note",
    [
        (["制表人：赵六", "", "审核人：钱七"], True),
        (["审核人", "钱七"], True),
        (["注：身份证号已脱敏"], True),
        (["", "联系电话：0000-1234567"], True),
        (["公示时间：2026年6月26日至2026年6月30日"], True),
        (["××村民委员会（盖章）"], True),
        ([1, "张三", 100], False),
        (["", "注明", 100], False),
    ],
)
def test_is_note_row(cells, note):
    assert is_note_row(cells) is note


def test_numbered_total_row_in_csv_is_skipped(tmp_path: Path):
    path = tmp_path / "numbered.csv"
    path.write_text("序号,姓名,身份证号,金额\n1,张三,11010119900307123X,100\n2,合计,,100\n", encoding="utf-8")
    _, _, rows = _rows(read_workbook(path))
    assert [r.number for r in rows] == [2]
