"""Privacy drills (issue 12, findings 5 and 6): a full ID, card or mobile number hidden in any column or text of a
real notice — written with dots, slashes, underscores, em dashes, full-width stops, 2-digit groups, uneven
splits or Chinese numerals — is refused by every renderer (Word, Excel, PDF) before a byte is written, naming the
column and the row; and where a clerk types such a number into a text that reaches the notice (the period, the
program's basis), it is refused there."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from sqlalchemy import update

from gkdesk.domain import fields
from gkdesk.domain.idnumber import check_char
from gkdesk.domain.privacy import PrivacyError
from gkdesk.io.docx_writer import write_docx
from gkdesk.io.xlsx_writer import write_xlsx
from gkdesk.paths import DataFolder
from gkdesk.services import notice, settings, subsidy
from gkdesk.services import subsidy_import as si
from gkdesk.services.errors import UserError
from gkdesk.store.db import open_database
from gkdesk.store.models import PublicityBatch, Recipient, SubsidyProgram

ID = "110101199003071233"
COLUMNS = "序号,村民小组,姓名,身份证号,面积,补贴标准,金额,发放方式,账号,联系电话,备注"

# The leaks of the attack, as a clerk's list would carry them.
LEAKS = {
    "dots": "110101.19900307.1233",
    "slashes": "110101/19900307/1233",
    "underscores": "110101_19900307_1233",
    "em dashes": "110101—19900307—1233",
    "full-width stops": "110101。19900307。1233",
    "two-digit groups": "11 01 01 19 90 03 07 12 33",
    "9+9": "110101199 003071233",
    "7+11": "1101011 99003071233",
    "Chinese numerals": "一一〇一〇一一九九〇〇三〇七一二三三",
    "card with slashes": "6228/4800/1234/5678/901",
    "card in pairs": "62 28 48 00 12 34 56 78 90 1",
    "mobile": "电话13812345678",
    "spaced mobile": "138 1234 5678",
}
# Recipient column → the notice column's title
TARGETS = {"remark": "备注", "name": "姓名", "group_name": "村民小组", "pay_method": "发放方式"}


def make_id(i: int) -> str:
    body = f"130123195{i}0615{i:03d}"
    return body + check_char(body)


@pytest.fixture
def db(tmp_path):
    db = open_database(DataFolder(tmp_path / "data"))
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", phone="0311-8123456", supervision_phone="13912345678")
        settings.save_villages(s, [("东风村", ["一组"])])
        subsidy.add_program(s, name="耕地地力保护补贴", quantity_unit="亩", standard="105.60", notice_columns=COLUMNS)
    yield db
    db.close()


@pytest.fixture
def batch_id(db, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "组别", "姓名", "身份证号", "面积(亩)", "补贴金额", "发放方式", "银行账号", "联系电话", "备注"])
    for i in range(4):
        ws.append([i + 1, "一组", f"村民{i}", make_id(i), "10", "1056.00", "一卡通", f"621700001{i}45678901",
                   f"1381234000{i}", ""])
    wb.save(tmp_path / "l.xlsx")
    bid, result = si.import_file(db, tmp_path / "l.xlsx", "耕地地力保护补贴", "东风村", "2026年度",
                                 today=dt.date(2026, 9, 20))
    assert bid is not None, result.problems
    with db.transaction() as s:
        subsidy.review(s, bid, "王强", dt.date(2026, 9, 25))
    return bid


def leak(db, batch_id, column: str, text: str, row: int = 3) -> None:
    """Put `text` into the stored list behind the entry checks, as an old database or a bug would."""
    with db.transaction() as s:
        s.execute(update(Recipient).where(Recipient.batch_id == batch_id, Recipient.seq == row)
                  .values({column: text}))


def renderers(qapp, tmp_path):
    from gkdesk.gui.printing import print_to_pdf

    return {"docx": write_docx, "xlsx": write_xlsx, "pdf": print_to_pdf}


@pytest.mark.parametrize("column", list(TARGETS))
@pytest.mark.parametrize("how", list(LEAKS))
def test_a_number_in_any_column_is_refused_by_every_renderer(qapp, db, batch_id, tmp_path, column, how):
    leak(db, batch_id, column, f"户{LEAKS[how]}")
    with db.session() as s:
        docs = [notice.build_notice(s, batch_id), notice.list_document(s, batch_id)]
    for doc in docs:
        for fmt, write in renderers(qapp, tmp_path).items():
            path = tmp_path / f"out.{fmt}"
            with pytest.raises(PrivacyError) as caught:
                write(doc, path)
            message = str(caught.value)
            assert f"表格第3行“{TARGETS[column]}”列" in message, message
            assert "已拒绝输出" in message
            assert not path.exists()
            assert not list(tmp_path.glob(".~out*"))


def test_the_clean_list_is_written(qapp, db, batch_id, tmp_path):
    with db.session() as s:
        doc = notice.build_notice(s, batch_id)
    for fmt, write in renderers(qapp, tmp_path).items():
        write(doc, tmp_path / f"ok.{fmt}")
        assert (tmp_path / f"ok.{fmt}").stat().st_size > 0


def test_the_offices_mobile_in_the_phone_line_is_public(db, batch_id, tmp_path):
    """The unit's supervision phone is a mobile here: the 监督举报电话 line may show it in full."""
    with db.session() as s:
        doc = notice.build_notice(s, batch_id)
    assert any(p.startswith("监督举报电话：") and "13912345678" in p for p in doc.paragraphs_after)
    write_docx(doc, tmp_path / "n.docx")


def test_a_mobile_in_the_basis_paragraph_is_refused_at_output(db, batch_id, tmp_path):
    with db.transaction() as s:
        s.execute(update(SubsidyProgram).values(basis_text="根据有关规定，联系人张三13812345678。"))
    with db.session() as s:
        doc = notice.build_notice(s, batch_id)
    with pytest.raises(PrivacyError, match="正文第1段中的“138\\*\\*\\*\\*5678”像是完整的手机号码"):
        write_docx(doc, tmp_path / "n.docx")


@pytest.mark.parametrize("how", ["dots", "Chinese numerals", "9+9"])
def test_an_id_in_the_programs_basis_text_is_refused_at_output(db, batch_id, tmp_path, how):
    with db.transaction() as s:
        s.execute(update(SubsidyProgram).values(basis_text=f"根据（户主{LEAKS[how]}）的申请，{{village}}公示如下"))
    with db.session() as s:
        doc = notice.build_notice(s, batch_id)
    with pytest.raises(PrivacyError, match="正文第1段中的.*像是完整的身份证号"):
        write_xlsx(doc, tmp_path / "n.xlsx")


def test_a_number_in_the_period_reaches_neither_the_title_nor_the_pdf_metadata(qapp, db, batch_id, tmp_path):
    from gkdesk.gui.printing import print_to_pdf

    with db.transaction() as s:  # an old database: the period was typed before it was checked
        s.execute(update(PublicityBatch).values(period="2026年度（联系人13912345678）",
                                                title="关于东风村2026年度（联系人13912345678）耕地地力保护补贴发放情况的公示"))
    with db.session() as s:
        doc = notice.build_notice(s, batch_id)
    for write in (write_docx, write_xlsx, print_to_pdf):
        with pytest.raises(PrivacyError, match="标题中的“139\\*\\*\\*\\*5678”像是完整的手机号码"):
            write(doc, tmp_path / "n.out")
    assert not (tmp_path / "n.out").exists()


def test_the_sheet_name_and_file_properties_are_guarded(db, batch_id, tmp_path):
    with db.session() as s:
        doc = notice.list_document(s, batch_id)
    with pytest.raises(PrivacyError, match="工作表名称中的.*像是完整的身份证号"):
        write_xlsx(doc, tmp_path / "名单.xlsx", sheet_title=f"名单{ID}")
    assert not (tmp_path / "名单.xlsx").exists()


def test_masked_phone_column_shows_no_more_than_its_mask(db, batch_id, tmp_path):
    with db.transaction() as s:
        settings.set_setting(s, "mask_phone", "3+4")
    with db.session() as s:
        doc = notice.build_notice(s, batch_id)
    j = [c.title for c in doc.table.columns].index("联系电话")
    doc.table.rows[1][j] = "13812340001"
    with pytest.raises(PrivacyError, match="表格第2行“联系电话”列"):
        write_docx(doc, tmp_path / "n.docx")


# --- refused where it is typed --------------------------------------------------------------------------------

def test_a_period_with_a_mobile_is_refused_when_a_list_is_imported(db, tmp_path):
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "金额"])
    wb.active.append(["张三", make_id(1), "100.00"])
    wb.save(tmp_path / "p.xlsx")
    bid, result = si.import_file(db, tmp_path / "p.xlsx", "耕地地力保护补贴", "东风村", "2026年度（联系人13912345678）",
                                 today=dt.date(2026, 9, 20))
    assert bid is None
    assert [p.message for p in result.errors][0].startswith("期间“2026年度（联系人139****5678）”中有完整的手机号码")
    with db.transaction() as s:
        program = subsidy.find_program(s, "耕地地力保护补贴")
        village = subsidy.find_village(s, "东风村")
        with pytest.raises(UserError, match="期间会印在公示标题上"):
            subsidy.create_batch(s, program, village, "2026年度 13912345678")


@pytest.mark.parametrize("key, text", [("basis_text", f"户主{LEAKS['dots']}"), ("objection_channel", "请拨打13912345678"),
                                       ("phones", f"0311-8123456；{LEAKS['card with slashes']}")])
def test_program_texts_with_a_personal_number_are_refused_where_typed(db, key, text):
    with db.transaction() as s:
        with pytest.raises(UserError, match="它会印在公示上"):
            subsidy.update_program(s, "耕地地力保护补贴", **{key: text})


def test_the_offices_mobile_may_be_typed_into_the_phones(db):
    with db.transaction() as s:
        subsidy.update_program(s, "耕地地力保护补贴", phones="镇党政办 13912345678")


def test_an_import_warns_of_a_number_in_a_free_text_column(db, tmp_path):
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "金额", "备注"])
    wb.active.append(["张三", make_id(1), "100.00", f"代领人{LEAKS['7+11']}"])
    wb.active.append(["李四", make_id(2), "100.00", "代领人电话 138 1234 5678"])
    wb.save(tmp_path / "r.xlsx")
    with db.session() as s:
        program = subsidy.find_program(s, "耕地地力保护补贴")
        result = si.validate(si.prepare_import(tmp_path / "r.xlsx"), None, program, s, today=dt.date(2026, 9, 20))
    assert [(p.row, p.column, p.message.split("（")[0]) for p in result.warnings] == [
        (2, "备注", "该格中有完整的身份证号"), (3, "备注", "该格中有完整的手机号码")]
    assert fields.clean_text(f"代领人{LEAKS['7+11']}")  # the list may keep it; the notice may not show it
