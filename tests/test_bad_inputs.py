"""Bad-input drills: broken, odd and hostile files — generated here at run time, none committed — fed to the three
importers (recipient lists, interpretation records, the county catalog).

Each drill checks what the clerk is told: one Chinese sentence, without a traceback, English exception text or a
Python repr, naming the file and, for a problem in a row, the file's own row number and the column's header title.
And each checks that the database is exactly as it was: a recipient list and an interpretation file are taken
whole or not at all; a catalog is only previewed (rows with problems are left out of the plan and nothing is
saved until the clerk confirms)."""
from __future__ import annotations

import io
import re
import shutil
import time
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from gkdesk.domain.idnumber import check_char
from gkdesk.paths import DataFolder
from gkdesk.services import catalog, interp, settings, subsidy
from gkdesk.services import subsidy_import as si
from gkdesk.services.errors import USER_ERRORS
from gkdesk.store.db import open_database
from gkdesk.store.models import (
    AuditEntry,
    CatalogArea,
    CatalogItem,
    PolicyInterpretation,
    PublicityBatch,
    Recipient,
    Setting,
)

TODAY = date(2026, 9, 20)
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 container: what Excel writes for an encrypted workbook
BLANK_ROWS = 10_000
NO_RESULT = "是公式，但文件里没有保存计算结果（表格可能由其他软件生成），请用Excel或WPS打开该文件、保存一次后重新导入"
NOT_A_DATE = "不是有效的日期（Excel表格中1900年以前的日期存不下），请填写如 2026-01-05 的日期"


def make_id(birth: str, seq: str) -> str:
    body = "110101" + birth + seq
    return body + check_char(body)


ID_ZHANG = make_id("19900307", "123")
ID_LI = make_id("19700101", "011")


# ---- the corpus: writers ------------------------------------------------------------------------------------------

def write_xlsx(path: Path, rows: list[list], *, sheet: str = "Sheet", before: str | None = None) -> Path:
    """A workbook with `rows` on sheet `sheet`; with `before`, a 说明 sheet of that name comes first."""
    wb = openpyxl.Workbook(write_only=True)
    if before is not None:
        wb.create_sheet(before).append(["填表说明：名单请填在后面的工作表中，不要改动表头。"])
    ws = wb.create_sheet(sheet)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(",".join(str(v) for v in row) for row in rows).encode(encoding))
    return path


def patch_xml(path: Path, placeholder: str, raw: str) -> Path:
    """Put `raw` where `placeholder` is in the workbook's XML: openpyxl refuses control characters, which Excel
    stores escaped as _x0007_."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith(".xml"):
                data = data.replace(placeholder.encode(), raw.encode())
            dst.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


def raw(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def truncated(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def with_blank_rows(rows: list[list]) -> list[list]:
    """The header and first data row, BLANK_ROWS rows holding only a space, the other rows, and BLANK_ROWS more."""
    blank = [[" "]] * BLANK_ROWS
    return [rows[0], rows[1], *blank, *rows[2:], *blank]


# ---- the database and what the clerk sees -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def township(tmp_path_factory) -> Path:
    """A closed database of a township with its villages, subsidy programs and the reference catalog, made once
    and copied for each drill."""
    folder = DataFolder(tmp_path_factory.mktemp("township"))
    database = open_database(folder, start_backup=False)
    with database.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456")
        settings.save_villages(s, [("东风村", ["一组"])])
        subsidy.ensure_default_programs(s)
        catalog.install_reference(s)
    database.close()
    return folder.db_path


@pytest.fixture
def db(data_folder, township):
    shutil.copyfile(township, data_folder.ensure().db_path)
    database = open_database(data_folder, start_backup=False)
    yield database
    database.close()


STORED = {"批次": PublicityBatch, "名单行": Recipient, "解读记录": PolicyInterpretation, "目录事项": CatalogItem,
          "目录领域": CatalogArea, "设置": Setting, "操作日志": AuditEntry}


def stored(db) -> dict[str, int]:
    with db.session() as s:
        return {name: s.scalar(select(func.count()).select_from(model)) for name, model in STORED.items()}


# Latin words a sentence may hold outside the quoted cell values and file names.
_WORDS_ALLOWED = {"Excel", "WPS", "CSV", "UTF", "GBK", "xlsx", "csv", "Word", "MB", "ROUND"}


def assert_clerk_sentence(text: str, file_name: str | None = None) -> None:
    """One Chinese sentence: no traceback, no exception name, no repr, no line break; names the file."""
    assert "\n" not in text and "Traceback" not in text, text
    assert not re.search(r"Error|Exception|\\x|\\u|<class|'|None\b", text), text
    assert re.search(r"[\u4e00-\u9fff]", text), text
    assert "。" not in text.rstrip("。"), f"more than one sentence: {text}"
    outside_quotes = re.sub(r"“[^”]*”|第[A-Z]{1,3}列", "", text)  # quoted cells and column letters (第XFD列)
    assert set(re.findall(r"[A-Za-z]{2,}", outside_quotes)) <= _WORDS_ALLOWED, text
    if file_name is not None:
        assert f"“{file_name}”" in text, text


def refused(call: Callable[[], object]) -> str:
    """The sentence of the user error `call` raises."""
    with pytest.raises(USER_ERRORS) as caught:
        call()
    return str(caught.value)


# ---- recipient lists: files that cannot be read at all -------------------------------------------------------------

HEADER = ["序号", "姓名", "身份证号", "金额", "备注"]
GOOD = [1, "张三", ID_ZHANG, 100, ""]


def _docx_named_xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    return path


def _merged_cells_only(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.merge_cells("A1:E6")
    wb.save(path)
    return path


def _no_header_on_any_sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表用于汇总"])
    wb.create_sheet("统计").append(["村", "户数"])
    wb.save(path)
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


def _csv_with_nul(path: Path) -> Path:
    path.write_bytes("姓名,身份证号,金额\r\n张\x00三,".encode() + ID_ZHANG.encode() + b",100\r\n")
    return path


LIST_FILE_DRILLS = [
    pytest.param("名单.xlsx", lambda p: raw(p, b""),
                 "文件“名单.xlsx”是空文件（0字节），请确认选对了文件", id="empty-xlsx-0-bytes"),
    pytest.param("名单.csv", lambda p: raw(p, b""),
                 "文件“名单.csv”是空的，请确认选对了文件", id="empty-csv-0-bytes"),
    pytest.param("名单.xlsx", lambda p: write_csv(p, [HEADER, GOOD]),
                 "文件“名单.xlsx”实际是文本文件，无法作为Excel表格打开；如果它是CSV表格，请把扩展名改为.csv后再导入",
                 id="text-file-renamed-xlsx"),
    pytest.param("名单.xlsx", lambda p: truncated(write_xlsx(p, [HEADER, GOOD])),
                 "文件“名单.xlsx”已损坏（可能没有下载或复制完整），无法作为Excel表格打开；"
                 "请重新获取该文件，或用Excel或WPS打开修复后另存为.xlsx再导入", id="truncated-zip-xlsx"),
    pytest.param("名单.xlsx", lambda p: raw(p, CFB_MAGIC + bytes(range(256)) * 16),
                 "文件“名单.xlsx”设置了打开密码（已加密），请在Excel或WPS中取消密码、另存为不加密的.xlsx后再导入",
                 id="encrypted-xlsx-cfb-container"),
    pytest.param("名单.xlsx", _docx_named_xlsx,
                 "文件“名单.xlsx”是压缩包或Word等其他文档，不是Excel表格，请重新选择文件",
                 id="word-document-renamed-xlsx"),
    pytest.param("名单.xls", lambda p: raw(p, "<html><body><table><tr><td>姓名</td></tr></table></body></html>".encode()),
                 "文件“名单.xls”实际是网页格式而不是真正的Excel表格，请用Excel或WPS打开后另存为.xlsx再导入",
                 id="html-saved-as-xls"),
    pytest.param("名单.xlsx", _merged_cells_only,
                 "文件“名单.xlsx”的工作表“Sheet”是空的，请确认选对了文件和工作表", id="merged-cells-only"),
    pytest.param("名单.xlsx", _no_header_on_any_sheet,
                 "文件“名单.xlsx”的2个工作表（“说明”、“统计”）中都找不到表头（应含“姓名”“身份证号”“金额”等列名），"
                 "请确认选对了文件，或在表头行填写列名后重试", id="no-header-on-any-sheet"),
    pytest.param("名单.xlsx", _directory,
                 "“名单.xlsx”是文件夹而不是表格文件，请重新选择文件", id="directory-not-file"),
    pytest.param("名单.xlsx", lambda p: p,
                 "找不到文件“名单.xlsx”，请确认文件仍在原来的位置后重新选择", id="missing-file"),
    pytest.param("名单.csv", _csv_with_nul,
                 "文件“名单.csv”不是纯文本表格（CSV），请用Excel或WPS打开后另存为.xlsx或.csv再导入",
                 id="csv-with-nul-byte"),
    pytest.param("名单.csv", lambda p: write_csv(p, [["序號", "姓名", "身份證號碼", "金額"], [1, "陳大文", ID_ZHANG, 100]],
                                               "big5"),
                 "文件“名单.csv”的文字编码无法识别（既不是UTF-8也不是GBK），请用Excel或WPS另存为.xlsx后重试",
                 id="csv-big5"),
    pytest.param("名单.csv", lambda p: write_csv(p, [["番号", "氏名", "金額"], [1, "山田太郎", 100]], "shift_jis"),
                 "文件“名单.csv”的文字编码无法识别（既不是UTF-8也不是GBK），请用Excel或WPS另存为.xlsx后重试",
                 id="csv-shift-jis"),
    pytest.param("名单.csv", lambda p: write_csv(p, [["Name", "Betrag"], ["Müller", 100], ["José", 50]], "latin-1"),
                 "文件“名单.csv”的文字编码无法识别（既不是UTF-8也不是GBK），请用Excel或WPS另存为.xlsx后重试",
                 id="csv-latin-1"),
]


@pytest.mark.parametrize("name, build, sentence", LIST_FILE_DRILLS)
def test_a_list_file_that_cannot_be_read_is_one_sentence_naming_it(db, tmp_path, name, build, sentence):
    path = build(tmp_path / name)
    before = stored(db)
    text = refused(lambda: si.import_file(db, path, "临时救助", "东风村", "2026年度", today=TODAY))
    assert text == sentence
    assert_clerk_sentence(text, name)
    assert stored(db) == before


def test_a_list_file_that_cannot_be_read_is_one_sentence(db, tmp_path, monkeypatch):
    """Excel on Windows holds its open files locked; elsewhere the permission is missing (root reads any file,
    so the refusal is simulated)."""
    from gkdesk.io import sheets

    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, GOOD])

    def locked(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return open(file, *args, **kwargs)

    monkeypatch.setattr(sheets, "open", locked, raising=False)
    before = stored(db)
    text = refused(lambda: si.import_file(db, path, "临时救助", "东风村", "2026年度", today=TODAY))
    assert text == "文件“名单.xlsx”无法读取（可能正被其他程序占用或没有权限），请关闭打开它的程序后重试"
    assert stored(db) == before


# ---- recipient lists: a bad row refuses the whole file ------------------------------------------------------------

def _list(rows: list[list], header: list[str] = HEADER) -> Callable[[Path], Path]:
    return lambda path: write_xlsx(path, [header, *rows])


def _bad(name: str = "李四", id_number: object = ID_LI, amount: object = 200, remark: str = "", *more) -> list:
    return [2, name, id_number, amount, remark, *more]


def _control_character_in_name(path: Path) -> Path:
    return patch_xml(write_xlsx(path, [HEADER, GOOD, _bad(name="李BEL四")]), "BEL", "_x0007_")


def _nul_deep_in_csv(path: Path) -> Path:
    # far past the first 8 KB, where the file was judged to be text
    rows = [HEADER, GOOD] + [[i, f"王{i}", make_id("19800101", f"{i:03d}"), 10, ""] for i in range(2, 402)]
    return write_csv(path, [*rows, [402, "李\x00四", ID_LI, 200, ""]])


def _utf16_csv(path: Path) -> Path:
    return write_csv(path, [HEADER, GOOD, _bad(amount=-200)], "utf-16")


def _wide_sheet(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (HEADER, GOOD, _bad(amount=-200)):
        ws.append(row)
    ws.cell(1, 16_384, "附注")
    ws.cell(3, 16_384, "最后一列")
    wb.save(path)
    return path


def _blank_rows_xlsx(path: Path) -> Path:
    return write_xlsx(path, with_blank_rows([HEADER, GOOD, [2, "李四", ID_LI, -200, ""]]))


def _blank_rows_csv(path: Path) -> Path:
    return write_csv(path, with_blank_rows([HEADER, GOOD, [2, "李四", ID_LI, -200, ""]]))


def _big_csv_cell(path: Path) -> Path:
    return write_csv(path, [HEADER, GOOD, _bad(name="李" * (5 << 20))])


AFTER_BLANKS = 3 + BLANK_ROWS
WITH_DATE = [*HEADER, "发放时间"]
WITH_HOUSEHOLD = [*HEADER, "家庭人口"]

LIST_ROW_DRILLS = [
    pytest.param("名单.xlsx", _list([]), (1, "", "表头下面没有名单数据，请确认选对了文件和工作表"),
                 id="header-only-xlsx"),
    pytest.param("名单.csv", lambda p: write_csv(p, [HEADER]), (1, "", "表头下面没有名单数据，请确认选对了文件和工作表"),
                 id="header-only-csv"),
    pytest.param("名单.xlsx", _list([GOOD[:3]], HEADER[:3]),
                 (1, "金额", "表头中找不到“金额”列，请在表头填写“金额”或在导入时指定对应的列"),
                 id="missing-required-column"),
    pytest.param("名单.xlsx", _list([[1, "张三", ID_ZHANG, 100, 120]], [*HEADER[:4], "金额"]),
                 (1, "金额", "表头中有2列都叫“金额”（D、E列），无法确定用哪一列，请把不用的列改名或删去后重新导入"),
                 id="duplicated-header-names"),
    pytest.param("名单.xlsx", _blank_rows_xlsx, (AFTER_BLANKS, "金额", "金额不能为负数（-200.00），请核对"),
                 id="10000-blank-rows-xlsx"),
    pytest.param("名单.csv", _blank_rows_csv, (AFTER_BLANKS, "金额", "金额不能为负数（-200.00），请核对"),
                 id="10000-blank-rows-csv"),
    pytest.param("名单.csv", _big_csv_cell, (3, "姓名", "姓名太长（5242880个字，最多60个字），请核对是否填错了列"),
                 id="5MB-cell-csv"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(name="李" * 32_767)]),
                 (3, "姓名", "姓名太长（32767个字，最多60个字），请核对是否填错了列"), id="32767-char-name-xlsx"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(remark="备" * 32_767)]),
                 (3, "备注", "备注太长（32767个字，最多200个字），请精简或核对是否填错了列"), id="32767-char-remark-xlsx"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(amount="=100*2")]),
                 (3, "金额", NO_RESULT), id="formula-without-cached-value"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(amount="#DIV/0!")]),
                 (3, "金额", "是Excel错误值“#DIV/0!”，请在原表中改正后重新导入"), id="excel-error-value"),
    pytest.param("名单.xlsx", _list([[*GOOD, "2026-09-01"], _bad("李四", ID_LI, 200, "", "1899-12-31")], WITH_DATE),
                 (3, "发放时间", "1899-12-31早于1949年10月1日，请核对年份"), id="date-before-1900-as-text"),
    pytest.param("名单.xlsx", _list([[*GOOD, "2026-09-01"], _bad("李四", ID_LI, 200, "", datetime(1850, 1, 1))],
                                    WITH_DATE),
                 (3, "发放时间", NOT_A_DATE),
                 id="date-before-1900-as-serial"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(amount=-200)]), (3, "金额", "金额不能为负数（-200.00），请核对"),
                 id="negative-amount"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(amount=1e15)]),
                 (3, "金额", "金额1000000000000000.00元大得不合理（超过1亿元），请核对是否多写了位数"), id="amount-1e15"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(amount="9" * 30)]),
                 (3, "金额", "金额“99999999999999999999…（共30个字）”大得不合理（超过1亿元），请核对是否多写了位数"),
                 id="amount-30-nines"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(amount="NaN")]),
                 (3, "金额", "金额“NaN”不是数字，请填写如 1234.50 的数"), id="amount-nan-text"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(amount="inf")]),
                 (3, "金额", "金额“inf”不是数字，请填写如 1234.50 的数"), id="amount-inf-text"),
    pytest.param("名单.xlsx", _list([[*GOOD, 3], _bad("李四", ID_LI, 200, "", "9" * 30)], WITH_HOUSEHOLD),
                 (3, "家庭人口", "家庭人口“99999999999999999999…（共30个字）”大得不合理，请核对是否多写了位数"), id="household-30-nines"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(name="李四😀")]),
                 (3, "姓名", "姓名“李四😀”中有表情或符号“😀”，请改为身份证上的姓名"), id="emoji-in-name"),
    pytest.param("名单.xlsx", _control_character_in_name,
                 (3, "姓名", "姓名的第2个字符是看不见的控制字符，请在原表中删掉该姓名后重新输入"), id="bel-in-name"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(name="\u202e四李")]),
                 (3, "姓名", "姓名的第1个字符是看不见的控制字符，请在原表中删掉该姓名后重新输入"), id="rtl-override-in-name"),
    pytest.param("名单.csv", _nul_deep_in_csv,
                 (403, "姓名", "姓名的第2个字符是看不见的控制字符，请在原表中删掉该姓名后重新输入"), id="nul-in-name-csv"),
    pytest.param("名单.xlsx", _list([GOOD, _bad(id_number=1.10101199003071e17)]),
                 (3, "身份证号", "身份证号被Excel改成了科学计数法，后几位已丢失，请在原表中把该列设为文本后重新录入"),
                 id="id-number-as-float"),
    pytest.param("名单.csv", _utf16_csv, (3, "金额", "金额不能为负数（-200.00），请核对"), id="csv-utf16-with-bom"),
    pytest.param("名单.xlsx", _wide_sheet, (3, "金额", "金额不能为负数（-200.00），请核对"), id="16384-columns"),
]


@pytest.mark.parametrize("name, build, problem", LIST_ROW_DRILLS)
def test_a_bad_row_is_named_and_the_whole_list_is_refused(db, tmp_path, name, build, problem):
    path = build(tmp_path / name)
    before = stored(db)
    started = time.perf_counter()
    plan = si.prepare_import(path)
    with db.session() as s:
        result = si.validate(plan, None, subsidy.find_program(s, "临时救助"), s, today=TODAY, period="2026年度")
    assert time.perf_counter() - started < 5, "an import must not crawl through blank rows or huge cells"
    assert [(p.row, p.column, p.message) for p in result.errors] == [problem]
    assert not result.ok and stored(db) == before
    # the commit step refuses the file as a whole, naming it, the row and the column
    text = refused(lambda: si.commit_import(db, plan, result, "临时救助", "东风村", "2026年度"))
    row, column, message = problem
    where = f"第{row}行" + (f" {column}" if column else "")
    assert text == f"文件“{name}”有1处错误（如{where}：{message}），请改正后重新导入；本次没有导入任何数据。"
    assert_clerk_sentence(text, name)
    assert stored(db) == before


# ---- recipient lists: what is quietly put right -------------------------------------------------------------------

def test_zero_width_spaces_are_dropped_from_a_name_and_nothing_is_written_before_the_commit(db, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, GOOD, _bad(name="李\u200b四\ufeff")])
    before = stored(db)
    plan = si.prepare_import(path)
    with db.session() as s:
        result = si.validate(plan, None, subsidy.find_program(s, "临时救助"), s, today=TODAY)
    assert result.ok and [r["name"] for r in result.rows] == ["张三", "李四"]
    assert stored(db) == before
    batch_id = si.commit_import(db, plan, result, "临时救助", "东风村", "2026年度")
    with db.session() as s:
        names = s.scalars(select(Recipient.name).where(Recipient.batch_id == batch_id).order_by(Recipient.seq))
        assert list(names) == ["张三", "李四"]


def test_a_formula_whose_saved_result_is_empty_text_is_not_taken_for_a_missing_result(db, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, [*GOOD[:4], '=IF(D2>0,"","无")']])
    patch_xml(path, '<c r="E2"><f>', '<c r="E2" t="str"><f>')  # how Excel saves a formula that gives ""
    plan = si.prepare_import(path)
    with db.session() as s:
        result = si.validate(plan, None, subsidy.find_program(s, "临时救助"), s, today=TODAY)
    assert result.ok and result.rows[0]["remark"] == ""


def test_the_list_on_the_second_sheet_is_found_behind_an_instructions_sheet(db, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, GOOD], sheet="名单", before="说明")
    plan = si.prepare_import(path)
    assert (plan.sheet_name, plan.header_row, plan.source_label()) == ("名单", 1, "名单.xlsx（名单）")
    batch_id, result = si.import_file(db, path, "临时救助", "东风村", "2026年度", today=TODAY)
    assert batch_id is not None and result.problems == []


# ---- interpretation records ---------------------------------------------------------------------------------------

INTERP_HEADER = ["序号", "政策文件名称", "解读标题", "解读形式", "解读发布日期", "备注"]
INTERP_GOOD = [1, "东风镇人居环境整治实施方案", "人居环境整治解读", "文字解读", "2026-10-09", ""]


def _record(title: str = "冬春救助问答", day: object = "2026-10-13", remark: str = "") -> list:
    return [2, "东风镇冬春救助工作实施方案", title, "简明问答", day, remark]


def _records(*rows: list, header: list[str] = INTERP_HEADER) -> Callable[[Path], Path]:
    return lambda path: write_xlsx(path, [header, INTERP_GOOD, *rows])


INTERP_FILE_DRILLS = [
    pytest.param("报备表.xlsx", lambda p: raw(p, b""),
                 "文件“报备表.xlsx”是空文件（0字节），请确认选对了文件。", id="empty-xlsx-0-bytes"),
    pytest.param("报备表.xlsx", lambda p: raw(p, CFB_MAGIC + bytes(range(256)) * 16),
                 "文件“报备表.xlsx”设置了打开密码（已加密），请在Excel或WPS中取消密码、另存为不加密的.xlsx后再导入。",
                 id="encrypted-xlsx-cfb-container"),
    pytest.param("报备表.xlsx", lambda p: truncated(write_xlsx(p, [INTERP_HEADER, INTERP_GOOD])),
                 "文件“报备表.xlsx”已损坏（可能没有下载或复制完整），无法作为Excel表格打开；"
                 "请重新获取该文件，或用Excel或WPS打开修复后另存为.xlsx再导入。", id="truncated-zip-xlsx"),
    pytest.param("报备表.csv", lambda p: write_csv(p, [["序號", "政策文件名稱", "解讀標題", "解讀形式", "解讀發布日期"],
                                                 [1, "人居環境整治實施方案", "解讀", "文字解讀", "2026-10-09"]], "big5"),
                 "文件“报备表.csv”的文字编码无法识别（既不是UTF-8也不是GBK），请用Excel或WPS另存为.xlsx后重试。",
                 id="csv-big5"),
]


@pytest.mark.parametrize("name, build, sentence", INTERP_FILE_DRILLS)
def test_an_interpretation_file_that_cannot_be_read_is_one_sentence_naming_it(db, tmp_path, name, build, sentence):
    path = build(tmp_path / name)
    before = stored(db)
    text = refused(lambda: interp.import_file(db, path))
    assert text == sentence
    assert_clerk_sentence(text, name)
    assert stored(db) == before


INTERP_ROW_DRILLS = [
    pytest.param(lambda p: write_xlsx(p, [INTERP_HEADER]),
                 (1, "", "表头下面没有解读记录，请确认选对了文件和工作表"), id="header-only"),
    pytest.param(lambda p: write_xlsx(p, [INTERP_HEADER[:4], INTERP_GOOD[:4]]),
                 (1, "解读发布日期", "表头中找不到“解读发布日期”列，请在表头填写“解读发布日期”后重新导入"),
                 id="missing-required-column"),
    pytest.param(lambda p: write_xlsx(p, [[*INTERP_HEADER, "解读标题"], [*INTERP_GOOD, "另一个标题"]]),
                 (1, "解读标题", "表头中有2列都叫“解读标题”（C、G列），无法确定用哪一列，请把不用的列改名或删去后重新导入"),
                 id="duplicated-header-names"),
    pytest.param(lambda p: write_xlsx(p, with_blank_rows([INTERP_HEADER, INTERP_GOOD, _record(day="10月下旬")])),
                 (AFTER_BLANKS, "解读发布日期", "解读发布日期：日期“10月下旬”无法识别，请写成 2026-01-05 这样的格式"),
                 id="10000-blank-rows"),
    pytest.param(_records(_record(day="=DATE(2026,10,13)")),
                 (3, "解读发布日期", NO_RESULT), id="formula-without-cached-value"),
    pytest.param(_records(_record(day="1899-12-31")),
                 (3, "解读发布日期", "解读发布日期：1899-12-31早于1949年10月1日，请核对年份"), id="date-before-1900-as-text"),
    pytest.param(_records(_record(day=datetime(1850, 1, 1))),
                 (3, "解读发布日期", "解读发布日期：" + NOT_A_DATE), id="date-before-1900-as-serial"),
    pytest.param(_records(_record(title="解" * 32_767)),
                 (3, "解读标题", "解读标题太长（32767字，最多200字），请精简"), id="32767-char-title-xlsx"),
    pytest.param(lambda p: write_csv(p.with_suffix(".csv"), [INTERP_HEADER, INTERP_GOOD, _record(remark="备" * (5 << 20))]),
                 (3, "备注", "备注太长（5242880字，最多500字），请精简"), id="5MB-cell-csv"),
]


@pytest.mark.parametrize("build, problem", INTERP_ROW_DRILLS)
def test_a_bad_interpretation_row_is_named_and_the_whole_file_is_refused(db, tmp_path, build, problem):
    path = build(tmp_path / "报备表.xlsx")
    before = stored(db)
    started = time.perf_counter()
    added, result = interp.import_file(db, path)
    assert time.perf_counter() - started < 5
    assert added is None and [(p.row, p.column, p.message) for p in result.errors] == [problem]
    assert stored(db) == before
    with db.session() as s:
        text = refused(lambda: interp.commit_import(s, result, path.name))
    row, column, message = problem
    where = f"第{row}行" + (f" {column}" if column else "")
    assert text == f"文件“{path.name}”有1处错误（如{where}：{message}），请改正后重新导入；本次没有导入任何记录。"
    assert_clerk_sentence(text, path.name)
    assert stored(db) == before


def test_invisible_characters_are_dropped_from_interpretation_texts_and_the_right_sheet_is_found(db, tmp_path):
    path = patch_xml(write_xlsx(tmp_path / "报备表.xlsx", [INTERP_HEADER, INTERP_GOOD,
                                                         _record(title="\u202e冬春救助BEL问答", remark="见\u200b附件")],
                                sheet="报备", before="说明"), "BEL", "_x0007_")
    before = stored(db)
    plan = interp.prepare_import(path)
    with db.session() as s:
        result = interp.validate_import(s, plan)
    assert plan.grid.sheet_name == "报备" and result.ok
    assert [(r["title"], r["remark"]) for r in result.rows] == [("人居环境整治解读", ""), ("冬春救助问答", "见附件")]
    assert stored(db) == before


# ---- the county catalog -------------------------------------------------------------------------------------------

CATALOG_HEADER = ["序号", "领域", "一级事项", "二级事项", "公开内容", "公开时限"]
CATALOG_GOOD = [1, "涉农补贴", "农业生产发展资金", "耕地地力保护", "补贴对象名单", "信息形成之日起20个工作日内"]


def _item(level1: str = "农业生产发展资金", level2: str = "农机购置补贴") -> list:
    return [2, "涉农补贴", level1, level2, "补贴对象、机具、金额", "信息形成之日起20个工作日内"]


CATALOG_FILE_DRILLS = [
    pytest.param(lambda p: raw(p, b""),
                 "文件“目录.xlsx”是空文件（0字节），请确认选对了文件", id="empty-xlsx-0-bytes"),
    pytest.param(lambda p: truncated(write_xlsx(p, [CATALOG_HEADER, CATALOG_GOOD])),
                 "文件“目录.xlsx”已损坏（可能没有下载或复制完整），无法作为Excel表格打开；"
                 "请重新获取该文件，或用Excel或WPS打开修复后另存为.xlsx再导入", id="truncated-zip-xlsx"),
    pytest.param(lambda p: raw(p, CFB_MAGIC + bytes(range(256)) * 16),
                 "文件“目录.xlsx”设置了打开密码（已加密），请在Excel或WPS中取消密码、另存为不加密的.xlsx后再导入",
                 id="encrypted-xlsx-cfb-container"),
    pytest.param(lambda p: write_csv(p, [CATALOG_HEADER, CATALOG_GOOD]),
                 "文件“目录.xlsx”实际是文本文件，无法作为Excel表格打开；如果它是CSV表格，请把扩展名改为.csv后再导入",
                 id="text-file-renamed-xlsx"),
    pytest.param(lambda p: write_xlsx(p, [CATALOG_HEADER]),
                 "文件“目录.xlsx”的表头下面没有事项，请确认选对了文件和工作表。", id="header-only"),
    pytest.param(lambda p: write_xlsx(p, [CATALOG_HEADER, _item(level2="=B1")]),
                 "文件“目录.xlsx”中没有可导入的事项，有1处问题（如工作表“Sheet”第2行：D列（二级事项）是公式，"
                 "但文件里没有保存计算结果（表格可能由其他软件生成），请用Excel或WPS打开该文件、保存一次后重新导入"
                 "（本行未导入）），请改正后重新导入；本次没有导入任何事项。", id="only-row-is-a-formula"),
]


@pytest.mark.parametrize("build, sentence", CATALOG_FILE_DRILLS)
def test_a_catalog_file_that_cannot_be_used_is_one_sentence_and_the_reference_stays(db, tmp_path, build, sentence):
    path = build(tmp_path / "目录.xlsx")
    before = stored(db)
    with db.transaction() as s:
        text = refused(lambda: catalog.import_catalog(s, path))
    assert text == sentence
    assert_clerk_sentence(text, "目录.xlsx")
    assert stored(db) == before


CATALOG_ROW_DRILLS = [
    pytest.param([CATALOG_HEADER, CATALOG_GOOD, _item(level2="=C2")],
                 "工作表“Sheet”第3行：D列（二级事项）是公式，但文件里没有保存计算结果（表格可能由其他软件生成），"
                 "请用Excel或WPS打开该文件、保存一次后重新导入（本行未导入）", id="formula-without-cached-value"),
    pytest.param([CATALOG_HEADER, CATALOG_GOOD, _item(level2="#REF!")],
                 "工作表“Sheet”第3行：D列（二级事项）是Excel错误值“#REF!”，请在原表中改正后重新导入（本行未导入）",
                 id="excel-error-value"),
    pytest.param([CATALOG_HEADER, CATALOG_GOOD, _item(level2="补" * 32_767)],
                 "工作表“Sheet”第3行：一级或二级事项超过100个字，未导入；请核对是否把公开内容填进了事项列",
                 id="32767-char-cell"),
    pytest.param(with_blank_rows([CATALOG_HEADER, CATALOG_GOOD, [2, "", "", "", "只有内容的一行", ""]]),
                 f"工作表“Sheet”第{AFTER_BLANKS}行：没有一级事项，未导入；请填写一级事项", id="10000-blank-rows"),
]


@pytest.mark.parametrize("rows, sentence", CATALOG_ROW_DRILLS)
def test_a_bad_catalog_row_is_left_out_of_the_preview_and_nothing_is_saved(db, tmp_path, rows, sentence):
    path = write_xlsx(tmp_path / "目录.xlsx", rows)
    before = stored(db)
    started = time.perf_counter()
    with db.session() as s:
        plan = catalog.plan_import(s, path)
    assert time.perf_counter() - started < 5
    assert [str(p) for p in plan.problems] == [sentence]
    assert_clerk_sentence(sentence)
    assert [(p.row.row, p.row.level2) for p in plan.items] == [(2, "耕地地力保护")]
    assert stored(db) == before


def test_control_characters_are_dropped_from_catalog_cells_on_a_very_wide_sheet(db, tmp_path):
    wb = openpyxl.Workbook()
    for row in (CATALOG_HEADER, _item(level1="农业生产BEL发展资金", level2="\u202e农机购置补贴")):
        wb.active.append(row)
    wb.active.cell(1, 16_384, "备用")
    wb.save(tmp_path / "目录.xlsx")
    path = patch_xml(tmp_path / "目录.xlsx", "BEL", "_x0007_")
    before = stored(db)
    with db.session() as s:
        plan = catalog.plan_import(s, path)
    assert [(p.row.level1, p.row.level2) for p in plan.items] == [("农业生产发展资金", "农机购置补贴")]
    assert stored(db) == before


# ---- issue 12, finding 9: files too big for a village list are refused before they are parsed ---------------------

import struct  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from gkdesk.io import xlsx_inspect  # noqa: E402


HUGE_PART = "xl/worksheets/sheet1.xml"


def _huge_cell_xlsx(path: Path, size: int = 300 * 1024 * 1024) -> Path:
    """A workbook whose one cell (an inline string in HUGE_PART) holds `size` characters: 0.3 MB on disk, 300 MB
    inflated."""
    write_xlsx(path, [HEADER, [1, "张三", ID_ZHANG, 100, "PLACEHOLDER"]])
    out = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename != HUGE_PART:
                dst.writestr(item, src.read(item.filename))
                continue
            head, tail = src.read(item.filename).decode().split("PLACEHOLDER")
            with dst.open(zipfile.ZipInfo(item.filename), "w") as fh:
                fh.write(head.encode())
                block = b"A" * (1 << 20)
                for _ in range(size >> 20):
                    fh.write(block)
                fh.write(tail.encode())
    out.replace(path)
    return path


def _declared_size(path: Path, member: str, declared: int) -> Path:
    """Rewrite the uncompressed size the zip's directory and local header declare for `member`."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, size_at, name_at in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        at = data.find(signature)
        while at >= 0:
            length = struct.unpack_from("<H", data, at + (28 if signature == b"PK\x01\x02" else 26))[0]
            if data[at + name_at: at + name_at + length] == name:
                struct.pack_into("<I", data, at + size_at, declared)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


def _rows_at_the_millionth_row(path: Path) -> Path:
    wb = openpyxl.Workbook()
    for row in (HEADER, GOOD):
        wb.active.append(row)
    wb.active.cell(1_000_000, 2, "张三")
    wb.save(path)
    return path


def _stray_cell_far_right(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for i in range(400):
        wb.active.append([i + 1, "张三", ID_ZHANG, 100, ""])
    wb.active.cell(2, 16_384, "x")
    wb.save(path)
    return path


def _dimension_a1_z1000000(path: Path) -> Path:
    write_xlsx(path, [HEADER, GOOD])
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb"<dimension ref=\"[^\"]*\"/>", b"", data)
                data = data.replace(b"<sheetData", b'<dimension ref="A1:Z1000000"/><sheetData', 1)
            dst.writestr(item, data)
    path.write_bytes(out.getvalue())
    return path


def _ods_with_a_row_repeated(path: Path, times: int) -> Path:
    row = ('<table:table-row table:number-rows-repeated="{n}"><table:table-cell office:value-type="string">'
           "<text:p>张三</text:p></table:table-cell></table:table-row>")
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
               '<table:table table:name="名单">' + row.format(n=times) + "</table:table></office:spreadsheet>"
               "</office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


def _sparse(path: Path, size: int, head: bytes = b"") -> Path:
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)
    return path


def _many_csv_lines(path: Path, lines: int = 150_000) -> Path:
    path.write_bytes(("姓名,身份证号,金额\n" + "张三,1,2\n" * lines).encode())
    return path


SIZE_DRILLS = [
    pytest.param("名单.xlsx", _huge_cell_xlsx, "解压后有300MB，超过程序能读的200MB", id="one-300MB-cell"),
    pytest.param("名单.xlsx", lambda p: _declared_size(write_xlsx(p, [HEADER, GOOD]), "xl/worksheets/sheet1.xml",
                                                       1 << 30),
                 "解压后有1024MB，超过程序能读的200MB", id="declared-1GB"),
    pytest.param("名单.xlsx", lambda p: _declared_size(_stray_cell_far_right(p), "xl/worksheets/sheet1.xml", 100),
                 "已损坏（可能没有下载或复制完整）", id="inflates-beyond-its-declared-size"),
    pytest.param("名单.xlsx", _rows_at_the_millionth_row, "有1000000行，一个村的名单不会超过100000行",
                 id="row-1000000"),
    pytest.param("名单.xlsx", _stray_cell_far_right, "的内容一直延伸到第XFD列（401行×16384列）", id="stray-cell-at-XFD"),
    pytest.param("名单.ods", lambda p: _ods_with_a_row_repeated(p, 1_000_000), "有1000000行",
                 id="ods-row-repeated-a-million-times"),
    pytest.param("名单.csv", _many_csv_lines, "有150002行，一个村的名单不会超过100000行", id="csv-150000-lines"),
    pytest.param("名单.csv", lambda p: _sparse(p, 300 * 1024 * 1024, "姓名,身份证号,金额\n".encode()),
                 "有300MB，超过程序能读的200MB", id="csv-300MB"),
    pytest.param("名单.xls", lambda p: _sparse(p, 300 * 1024 * 1024, CFB_MAGIC), "有300MB，超过程序能读的200MB",
                 id="xls-300MB"),
]


@pytest.mark.parametrize("name, build, sentence", SIZE_DRILLS)
def test_a_file_too_big_for_a_village_list_is_refused_before_it_is_read(db, tmp_path, name, build, sentence):
    path = build(tmp_path / name)
    before = stored(db)
    started = time.perf_counter()
    text = refused(lambda: si.prepare_import(path))
    assert time.perf_counter() - started < 10, "refused before it is parsed"
    assert sentence in text, text
    assert_clerk_sentence(text, name)
    assert stored(db) == before


def test_the_one_gigabyte_cell_never_reaches_the_reader(tmp_path):
    """The SIGABRT case: run the import in a process of its own and check it answers with a sentence, exits
    normally and never holds the inflated cell."""
    path = _declared_size(_huge_cell_xlsx(tmp_path / "名单.xlsx", 8 * 1024 * 1024), HUGE_PART, 1 << 30)
    code = ("import resource, sys\n"
            "from gkdesk.services import subsidy_import as si\n"
            "from gkdesk.io.sheets import SheetError\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
            "try:\n    si.prepare_import(sys.argv[1])\nexcept SheetError as exc:\n    print(exc)\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded_kb, sentence, peak_kb = done.stdout.strip().splitlines()
    assert "解压后有1024MB" in sentence
    assert int(peak_kb) - int(loaded_kb) < 50 * 1024   # the program's own modules aside: nothing was inflated


def test_a_wrong_dimension_is_no_reason_to_refuse_a_small_list(db, tmp_path):
    """A1:Z1000000 declared over two rows: the rows are counted, not believed (python-calamine allocates by the
    cells it finds)."""
    plan = si.prepare_import(_dimension_a1_z1000000(tmp_path / "名单.xlsx"))
    assert plan.data_row_count == 1


def test_the_size_limits_leave_room_for_the_largest_village(tmp_path):
    assert xlsx_inspect.MAX_ROWS >= 100_000 and xlsx_inspect.MAX_CELLS >= 100_000 * 50
    path = _many_csv_lines(tmp_path / "名单.csv", lines=20_000)
    assert si.prepare_import(path).data_row_count == 20_000


# ---- issue 12, messages: a Ctrl-Z at the end of a CSV is the end of the file --------------------------------------

@pytest.mark.parametrize("ending", [b"\x1a", b"\r\n\x1a", b"\r\n\x1a\x1a"])
def test_a_ctrl_z_at_the_end_of_a_csv_is_ignored(db, tmp_path, ending):
    path = write_csv(tmp_path / "名单.csv", [HEADER, GOOD, [2, "李四", ID_LI, 200, ""]], encoding="gbk")
    path.write_bytes(path.read_bytes() + ending)
    with db.session() as s:
        program = subsidy.find_program(s, "耕地地力保护补贴")
        result = si.validate(si.prepare_import(path), None, program, s, today=TODAY)
    assert result.problems == [] and result.people == 2


def test_a_doubled_column_name_is_gone_from_the_date_message(db, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [[*HEADER, "发放时间"], [*GOOD, "2026-02-30"]])
    batch_id, result = si.import_file(db, path, "耕地地力保护补贴", "东风村", today=TODAY)
    assert batch_id is None
    [problem] = result.errors
    assert problem.text() == "第2行 发放时间：日期“2026-02-30”不存在（2026年2月只有28天，没有30日），请核对后改正"


# ---- issue 12, finding 12: rows hidden, filtered out or struck through are not imported without a word ------------

from openpyxl.cell.rich_text import CellRichText, TextBlock  # noqa: E402
from openpyxl.cell.text import InlineFont  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

from gkdesk.cli import main as cli_main  # noqa: E402

PEOPLE = [[i + 1, name, make_id(f"19{60 + i}0101", f"{i:03d}"), 100 + i, ""]
          for i, name in enumerate(["张三", "李四", "王五", "赵六", "钱七", "孙八"])]


def _shared_strings(path: Path) -> Path:
    """Rewrite openpyxl's inline strings as Excel writes them: a sharedStrings part, cells holding its index."""
    with zipfile.ZipFile(path) as src:
        parts = {item.filename: src.read(item.filename) for item in src.infolist()}
    items: list[bytes] = []

    def share(match: re.Match) -> bytes:
        items.append(match.group(2))
        return match.group(1).replace(b' t="inlineStr"', b' t="s"') + b"<v>%d</v></c>" % (len(items) - 1)

    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'(<c [^>]*t="inlineStr"[^>]*>)<is>(.*?)</is></c>', share, parts[sheet], flags=re.DOTALL)
    parts["xl/sharedStrings.xml"] = (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
                                     b'.org/spreadsheetml/2006/main">' + b"".join(b"<si>%s</si>" % i for i in items)
                                     + b"</sst>")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                     b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                             b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    return path


def _marked_list(path: Path, *, shared: bool = False, filtered: bool = False) -> Path:
    """Row 3 (李四) hidden, row 4 (王五) struck through as a cell style, row 6 (钱七) struck as rich text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for row in PEOPLE:
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    for col in "BCD":
        ws[f"{col}4"].font = Font(strike=True)
    ws["B6"] = CellRichText([TextBlock(InlineFont(strike=True), "钱七")])
    if filtered:
        ws.auto_filter.ref = "A1:E7"
    wb.save(path)
    return _shared_strings(path) if shared else path


def _validate(db, path: Path, **kw):
    with db.session() as s:
        program = subsidy.find_program(s, "耕地地力保护补贴")
        return si.validate(si.prepare_import(path), None, program, s, today=TODAY, **kw)


@pytest.mark.parametrize("shared", [False, True], ids=["inline-strings", "shared-strings"])
@pytest.mark.parametrize("filtered", [False, True], ids=["hidden", "filtered"])
def test_hidden_filtered_and_struck_rows_are_warnings_to_confirm(db, tmp_path, shared, filtered):
    path = _marked_list(tmp_path / "名单.xlsx", shared=shared, filtered=filtered)
    result = _validate(db, path)
    hidden = "在原表中被筛选隐藏" if filtered else "在原表中被隐藏"
    assert [(p.row, p.message.split("（")[0]) for p in result.to_confirm] == [
        (3, f"该行{hidden}"), (4, "该行“姓名、身份证号、金额”划了删除线"), (6, "该行“姓名”划了删除线")]
    assert result.ok and result.people == 6
    before = stored(db)
    text = refused(lambda: si.commit_import(db, si.prepare_import(path), result, "耕地地力保护补贴", "东风村", "2026年度"))
    assert "有3处需要确认的情况（如第3行：该行" in text
    assert_clerk_sentence(text, "名单.xlsx")
    assert stored(db) == before
    batch_id = si.commit_import(db, si.prepare_import(path), result, "耕地地力保护补贴", "东风村", "2026年度",
                                confirmed=True)
    with db.session() as s:
        assert subsidy.totals(s, batch_id).people == 6
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "import"))
    assert len(entry.after["confirmed"]) == 3


def test_marked_rows_can_be_left_out_on_choice(db, tmp_path):
    result = _validate(db, _marked_list(tmp_path / "名单.xlsx", shared=True), leave_out_marked=True)
    assert [r["name"] for r in result.rows] == ["张三", "赵六", "孙八"] and result.left_out == 3
    assert result.to_confirm == [] and [p.row for p in result.warnings] == [3, 4, 6]
    assert all(p.message.endswith("已按选择不导入") for p in result.warnings)


def test_a_list_without_marks_costs_nothing_more(db, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, *PEOPLE])
    plan = si.prepare_import(path)
    assert plan.grid.hidden == {} and plan.grid.struck == set()


def test_the_command_line_asks_for_a_choice(db, tmp_path, capsys):
    path = _marked_list(tmp_path / "名单.xlsx")
    db.close()
    argv = ["--data-dir", str(db.folder.root), "--today", TODAY.isoformat(), "subsidy", "import", str(path),
            "--program", "耕地地力保护补贴", "--village", "东风村", "--period", "2026年度"]
    assert cli_main(argv) == 1
    out, err = capsys.readouterr()
    assert "[警告，需确认] 第3行：该行在原表中被隐藏" in out and "请加 --confirm 重新导入" in err
    assert cli_main([*argv, "--skip-hidden"]) == 0
    assert "已导入为批次 1：3人" in capsys.readouterr().out


# ---- issue 12, finding 15 in the import: money changed silently, and a zero amount --------------------------------

@pytest.mark.parametrize("amount, message", [
    ("100.005", "金额“100.005”有3位小数，金额只能精确到分"),
    (100.005, "金额“100.005”有3位小数，金额只能精确到分"),
    ("0.001", "金额“0.001”有3位小数"),
    ("120元/亩", "金额“120元/亩”中有单位或文字，这一列只能填数字"),
    ("1e3", "金额“1e3”是科学计数法，请写成完整的数"),
    ("\u0661\u0662\u0660", "金额“١٢٠”中有“١”这样的非常用数字字符，请改用0至9的数字"),
])
def test_an_amount_that_would_change_is_refused_naming_the_row(db, tmp_path, amount, message):
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, GOOD, _bad(amount=amount)])
    batch_id, result = si.import_file(db, path, "耕地地力保护补贴", "东风村", today=TODAY)
    assert batch_id is None
    [problem] = result.errors
    assert (problem.row, problem.column) == (3, "金额") and problem.message.startswith(message)


def test_a_zero_amount_must_be_confirmed(db, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, GOOD, _bad(amount=0)])
    batch_id, result = si.import_file(db, path, "耕地地力保护补贴", "东风村", today=TODAY)
    assert batch_id is None and result.ok
    [problem] = result.to_confirm
    assert (problem.row, problem.column) == (3, "金额") and "金额为0.00元" in problem.message
    batch_id, _ = si.import_file(db, path, "耕地地力保护补贴", "东风村", today=TODAY, confirmed=True)
    assert batch_id is not None


def test_an_old_15_digit_id_is_a_warning(db, tmp_path):
    path = write_xlsx(tmp_path / "名单.xlsx", [HEADER, GOOD, _bad(id_number="110101700101011")])
    result = _validate(db, path)
    assert [(p.row, p.column, p.message) for p in result.warnings] == [
        (3, "身份证号", "15位旧身份证号，请核对是否已换发18位")]
    assert result.ok and not result.to_confirm
