"""What a notice says: its words (no placeholder on the page, texts for the program's category), the correction's
更正说明, and a posted notice that stays as it was posted whatever the settings become."""
from __future__ import annotations

import datetime as dt
import re
import zipfile

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from gkdesk.domain.idnumber import check_char
from gkdesk.io.docx_writer import write_docx
from gkdesk.paths import DataFolder
from gkdesk.services import archive, demo, notice, settings, subsidy
from gkdesk.services import subsidy_import as si
from gkdesk.store.db import open_database
from gkdesk.store.models import PublicityBatch


def make_id(n: int) -> str:
    body = f"13012319{50 + n % 40}0615{n:03d}"
    return body + check_char(body)


@pytest.fixture
def db(tmp_path):
    db = open_database(DataFolder(tmp_path / "data"))
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456")
        settings.save_villages(s, [("东风村", ["一组", "二组"])])
        subsidy.ensure_default_programs(s)
        for program_ in subsidy.programs(s):   # numbers of its own, as a clerk may type
            program_.phones = "东风镇党政办 0311-8123456；示范县农业农村局 0311-8000001"
    yield db
    db.close()


def import_list(db, tmp_path, program="耕地地力保护补贴", groups=True, n=5, name="l.xlsx") -> int:
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "组别", "姓名", "身份证号", "面积(亩)", "补贴金额", "银行账号", "备注"])
    for i in range(n):
        ws.append([i + 1, ("一组" if i < 3 else "二组") if groups else "", f"村民{i}", make_id(i), "2.5", "264.00",
                   f"62170000{i:03d}45678901", ""])
    wb.save(tmp_path / name)
    bid, result = si.import_file(db, tmp_path / name, program, "东风村", "2026年度", today=dt.date(2026, 9, 20))
    assert bid is not None, result.problems
    return bid


def post(db, batch_id, start=dt.date(2026, 9, 28)) -> None:
    with db.transaction() as s:
        subsidy.review(s, batch_id, "王强", start - dt.timedelta(days=2))
        subsidy.publish(s, batch_id, start)


def docx_text(path) -> str:
    with zipfile.ZipFile(path) as zf:
        return re.sub(r"<[^>]+>", "", zf.read("word/document.xml").decode("utf-8"))


# --- words ------------------------------------------------------------------------------------------------------

def test_no_placeholder_reaches_the_page_and_the_basis_is_one_paragraph(db, tmp_path):
    bid = import_list(db, tmp_path)
    with db.transaction() as s:
        # texts as older releases stored them, and as a clerk may type them
        subsidy.update_program(s, "耕地地力保护补贴",
                               basis_text="根据有关规定，经镇（乡）人民政府审查，现将{village}{period}{program}发放情况予以公示。",
                               objection_channel="如有异议，请向{unit}或〔村名〕村民委员会反映；镇（乡）党委监督。")
        row = next(p for p in subsidy.list_programs(s) if p.name == "耕地地力保护补贴")
        # the program settings show the placeholders in Chinese
        assert "〔村名〕〔期间〕〔项目〕" in row.basis_text and "{" not in row.basis_text + row.objection_channel
    post(db, bid)
    with db.session() as s:
        doc = notice.build_notice(s, bid)
    text = "".join(doc.paragraphs_before + doc.paragraphs_after)
    for leftover in ("{", "}", "〔村名〕", "〔期间〕", "〔单位〕", "〔项目〕", "镇（乡）"):
        assert leftover not in text
    assert doc.paragraphs_before == [("根据有关规定，经东风镇人民政府审查，现将东风村2026年度耕地地力保护补贴发放情况予以公示。"
                                      "具体名单如下：")]
    assert "如有异议，请向东风镇人民政府或东风村村民委员会反映；东风镇党委监督。" in doc.paragraphs_after


def test_default_texts_fit_the_programs_category(db, tmp_path):
    with db.session() as s:
        programs = {p.name: p for p in subsidy.programs(s)}
        columns = {name: [c.title for c in notice.notice_columns(p)] for name, p in programs.items()}
    # the county office that supervises each program is named; the money is called by the program's word
    assert "示范县农业农村局" in programs["耕地地力保护补贴"].objection_channel
    for name in ("临时救助", "特困人员救助供养", "最低生活保障", "高龄津贴"):
        assert "示范县民政局" in programs[name].objection_channel and "农业农村" not in programs[name].objection_channel
    assert "示范县残联、民政局" in programs["残疾人两项补贴"].objection_channel
    assert "救助金额(元)" in columns["临时救助"] and "救助金额(元)" in columns["特困人员救助供养"]
    assert "补助金额(元)" in columns["农村危房改造补助"] and "津贴金额(元)" in columns["高龄津贴"]
    assert "补贴金额(元)" in columns["残疾人两项补贴"] and "补贴标准(元/亩)" in columns["耕地地力保护补贴"]
    for p in programs.values():
        assert "现将〔村名〕〔期间〕" in p.basis_text and "镇（乡）" not in p.basis_text + p.objection_channel
    # a new program gets the texts of its category too
    with db.transaction() as s:
        new = subsidy.add_program(s, name="困难群众取暖补助", category="社会救助")
        assert "示范县民政局" in new.objection_channel


def test_a_column_empty_in_every_row_is_left_out_with_a_note(db, tmp_path):
    bid = import_list(db, tmp_path, groups=False)
    post(db, bid)
    with db.session() as s:
        doc = notice.build_notice(s, bid)
        sheet = notice.list_document(s, bid)
    titles = [c.title for c in doc.table.columns]
    assert "村民小组" not in titles and "备注" not in titles and "姓名" in titles
    # (补贴标准 too: this program's standard varies and the file gave none)
    assert doc.advice == ["名单中“村民小组”、“补贴标准(元/亩)”、“备注”这3列全部为空，公示中不列出。"] == sheet.advice


# --- the correction -----------------------------------------------------------------------------------------------

def test_the_demos_correction_notice_names_what_it_corrects_and_what_changed(tmp_path):
    db = open_database(DataFolder(tmp_path / "demo"))
    demo.create_demo(db)
    with db.session() as s:
        corrected = s.scalar(select(PublicityBatch).where(PublicityBatch.replaces_id.is_not(None)))
        original = corrected.replaces
        before, after = subsidy.totals(s, original.id), subsidy.totals(s, corrected.id)
        removed = set(s.scalars(select(subsidy.Recipient.name).where(subsidy.Recipient.batch_id == original.id))) - \
            set(s.scalars(select(subsidy.Recipient.name).where(subsidy.Recipient.batch_id == corrected.id)))
        doc = notice.build_notice(s, corrected.id)
        period = f"{original.start_date.year}年{original.start_date.month}月{original.start_date.day}日"
        objection = original.objections[0]
    text = doc.paragraphs_before[0]
    assert text.startswith("更正说明：") and f"《{original.title}》" in text and period in text
    assert f"{objection.received_on.month}月{objection.received_on.day}日收到异议" in text
    assert "外出务工" in text
    (name,) = removed
    assert f"删除1户（{name}）" in text
    assert f"更正前合计{before.people}人、{before.amount_text}元" in text
    assert f"更正后合计{after.people}人、{after.amount_text}元" in text
    assert "村民张某" not in text and "138" not in text   # the objector is not named on the board

    # its archive package holds the notice it corrects, as posted
    package = archive.write_archive_package(db, corrected.id, tmp_path / "更正.zip")
    names = {rel for rel, _, _ in package.files}
    assert {"公示.docx", "原公示.docx"} <= names
    with zipfile.ZipFile(package.path) as zf:
        zf.extract("原公示.docx", tmp_path)
    assert original.title in docx_text(tmp_path / "原公示.docx")
    db.close()


# --- frozen when posted ---------------------------------------------------------------------------------------------

def test_renaming_the_township_after_archiving_leaves_the_notice_and_its_package_as_posted(db, tmp_path):
    bid = import_list(db, tmp_path)
    post(db, bid)
    photo = tmp_path / "照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0photo")
    archive.attach(db, bid, photo)
    with db.transaction() as s:
        archive.archive_batch(s, bid, dt.date(2026, 10, 20))
    with db.session() as s:
        posted = notice.build_notice(s, bid)
        posted_list = notice.list_document(s, bid)
    archive.write_archive_package(db, bid, tmp_path / "包1")
    draft = import_list(db, tmp_path, name="l2.xlsx")

    with db.transaction() as s:   # afterwards: a new name, new texts, phones, columns and masks
        settings.save_unit(s, "东风乡", county="示范县", phone="0311-9999999")
        subsidy.update_program(s, "耕地地力保护补贴", phones="东风乡党政办 0311-9999999",
                               basis_text="新的依据〔村名〕", notice_columns="序号,姓名,补贴金额")
        settings.set_setting(s, "mask_id", "4+2")
        subsidy.review(s, draft, "王强", dt.date(2026, 10, 21))
    with db.session() as s:
        again = notice.build_notice(s, bid)
        again_list = notice.list_document(s, bid)
        fresh = notice.build_notice(s, draft)
    assert again == posted and again_list == posted_list
    assert again.signature_lines[0] == "东风镇人民政府" and "0311-8123456" in again.paragraphs_after[-1]
    assert again.table.rows[0][3] == make_id(0)[:6] + "*" * 8 + make_id(0)[-4:]
    archive.write_archive_package(db, bid, tmp_path / "包2")
    assert docx_text(tmp_path / "包2" / "公示.docx") == docx_text(tmp_path / "包1" / "公示.docx")
    assert "东风镇人民政府" in docx_text(tmp_path / "包2" / "公示.docx")
    # a draft follows today's settings
    assert fresh.signature_lines[0] == "东风乡人民政府" and fresh.paragraphs_before[0].startswith("新的依据东风村")
    assert [c.title for c in fresh.table.columns] == ["序号", "姓名", "补贴金额(元)"]


def test_the_layout_chosen_at_posting_is_the_one_later_prints_use(db, tmp_path):
    bid = import_list(db, tmp_path, n=40)
    with db.transaction() as s:
        subsidy.review(s, bid, "王强", dt.date(2026, 9, 26))
        batch = subsidy.get_batch(s, bid)
        subsidy.publish(s, batch, dt.date(2026, 9, 28))
        frozen = notice.notice_inputs(s, batch)
    assert frozen.source == "publish" and frozen.layout is not None
    with db.transaction() as s:
        settings.set_setting(s, "notice_paper", "A3")
    with db.session() as s:
        doc = notice.build_notice(s, bid)
        asked = notice.build_notice(s, bid, paper="A3", large_print=True)
    assert (doc.page.paper, doc.page.landscape) == (frozen.layout.paper, frozen.layout.landscape)
    assert asked.page.paper == "A3" and asked.page.large_print   # a reprint may ask for another paper


def test_a_posted_notice_written_to_word_is_the_same_file_whatever_the_settings_become(db, tmp_path):
    bid = import_list(db, tmp_path)
    post(db, bid)
    with db.session() as s:
        write_docx(notice.build_notice(s, bid), tmp_path / "a.docx")
    with db.transaction() as s:
        settings.save_unit(s, "新名镇")
    with db.session() as s:
        write_docx(notice.build_notice(s, bid), tmp_path / "b.docx")
    assert docx_text(tmp_path / "a.docx") == docx_text(tmp_path / "b.docx")
