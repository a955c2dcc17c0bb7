"""The phones on a notice: every number printed with whose it is — the township's 监督举报电话 from 设置 as its
supervision number, its 党政办电话 as the 咨询电话, the county departments' numbers from the program — and the clerk
told when the objection sentence names a county department whose number the program does not give."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

from gkdesk.domain import office_phones
from gkdesk.domain.idnumber import check_char
from gkdesk.domain.office_phones import OfficePhone, Township
from gkdesk.paths import DataFolder
from gkdesk.services import notice, settings, subsidy
from gkdesk.services import subsidy_import as si
from gkdesk.store.db import open_database


def test_a_phones_text_is_read_as_numbers_with_their_offices():
    assert office_phones.parse("镇党政办 0311-8123456；示范县民政局电话：0311-8000002、0311-8000012") == [
        OfficePhone("镇党政办", "0311-8123456"), OfficePhone("示范县民政局", "0311-8000002"),
        OfficePhone("示范县民政局", "0311-8000012")]
    assert office_phones.parse("0311-7012345；0311-7019999") == [OfficePhone("", "0311-7012345"),
                                                               OfficePhone("", "0311-7019999")]
    assert office_phones.parse("监督举报电话：12345") == [OfficePhone("", "12345")]
    assert office_phones.parse("") == [] and office_phones.parse("见村务公开栏") == []


def township(**kw) -> Township:
    base = {"authority": "青石镇人民政府", "office": "青石镇党政办", "office_phone": "0311-7012345",
            "supervision_phone": "0311-7019999", "program_phones": "", "county_offices": ("平山县农业农村局",)}
    return Township(**{**base, **kw})


@pytest.mark.parametrize("program_phones", ["", "0311-7012345；0311-7019999", "镇党政办 0311-7012345"])
def test_the_townships_own_numbers_are_labelled_as_the_townships_wherever_they_were_typed(program_phones):
    lines, missing = office_phones.notice_lines(township(program_phones=program_phones))
    assert lines == ["监督举报电话：青石镇人民政府 0311-7019999", "咨询电话：青石镇党政办 0311-7012345"]
    assert missing == ["平山县农业农村局"]


def test_without_a_supervision_number_the_office_number_is_the_townships_supervision_number():
    lines, _ = office_phones.notice_lines(township(supervision_phone="",
                                                   program_phones="平山县农业农村局 0311-6000001"))
    assert lines == ["监督举报电话：青石镇党政办 0311-7012345；平山县农业农村局 0311-6000001"]


def test_a_county_number_typed_without_its_office_gets_the_offices_the_program_names():
    lines, missing = office_phones.notice_lines(township(
        program_phones="0311-7012345；0311-6000003", county_offices=("平山县残联", "平山县民政局")))
    assert lines[0] == "监督举报电话：青石镇人民政府 0311-7019999；平山县残联、民政局 0311-6000003"
    assert missing == []
    lines, _ = office_phones.notice_lines(township(program_phones="0311-6000003", county_offices=()))
    assert lines[0].endswith("；县主管部门 0311-6000003")
    for line in lines:   # nothing unlabelled
        for part in line.split("：", 1)[1].split("；"):
            assert office_phones.parse(part)[0].office, line


def test_one_department_of_two_without_a_number_is_named_for_the_clerk():
    lines, missing = office_phones.notice_lines(township(
        program_phones="平山县民政局 0311-6000002", county_offices=("平山县残联", "平山县民政局")))
    assert lines[0] == "监督举报电话：青石镇人民政府 0311-7019999；平山县民政局 0311-6000002"
    assert missing == ["平山县残联"]


# --- through the notice service, as the wizard and the demo set a township up ----------------------------------------

@pytest.fixture
def db(tmp_path):
    db = open_database(DataFolder(tmp_path / "data"), start_backup=False)
    yield db
    db.close()


def posted_batch(db, tmp_path, program: str, phones: str) -> int:
    """A township set up as the wizard does (党政办 and 监督举报 numbers, both copied into the programs' phones),
    with the program's phones then set to ``phones``, and a 3-row list of ``program`` reviewed."""
    with db.transaction() as s:
        settings.save_unit(s, "青石镇", county="平山县", phone="0311-7012345", supervision_phone="0311-7019999")
        settings.save_villages(s, [("青石村", ["1组"])])
        subsidy.ensure_default_programs(s)
        for program_ in subsidy.programs(s):   # numbers of its own, as a clerk may type
            program_.phones = "0311-7012345；0311-7019999"
        subsidy.update_program(s, program, phones=phones)
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村民小组", "姓名", "身份证号", "补贴金额"])
    for i, name in enumerate(("张三", "李四", "王五"), 1):
        body = f"13013119650506{i:03d}1"[:17]
        ws.append([i, "1组", name, body + check_char(body), "100.00"])
    wb.save(tmp_path / "l.xlsx")
    bid, result = si.import_file(db, tmp_path / "l.xlsx", program, "青石村", "2026年度", today=dt.date(2026, 9, 20))
    assert bid is not None, result.problems
    with db.transaction() as s:
        subsidy.review(s, bid, "王强", dt.date(2026, 9, 24))
    return bid


def test_a_wizard_township_prints_its_numbers_labelled_and_is_told_the_county_number_is_missing(db, tmp_path):
    bid = posted_batch(db, tmp_path, "耕地地力保护补贴", "0311-7012345；0311-7019999")
    with db.session() as s:
        doc = notice.build_notice(s, bid)
    assert doc.paragraphs_after[1:] == ["如有异议，请于公示期内向村民委员会、青石镇人民政府或平山县农业农村局反映。",
                                        "监督举报电话：青石镇人民政府 0311-7019999",
                                        "咨询电话：青石镇党政办 0311-7012345"]
    assert any(a.startswith("公示的异议反映方式提到平山县农业农村局，但没有它的电话") for a in doc.advice)


def test_the_county_departments_numbers_typed_into_the_program_follow_the_townships(db, tmp_path):
    bid = posted_batch(db, tmp_path, "残疾人两项补贴", "镇党政办 0311-7012345；平山县残联 0311-6000003；"
                                                    "平山县民政局 0311-6000002")
    with db.transaction() as s:
        subsidy.publish(s, bid, dt.date(2026, 9, 25))
    with db.session() as s:
        doc = notice.build_notice(s, bid)
    assert doc.paragraphs_after[-2:] == [
        "监督举报电话：青石镇人民政府 0311-7019999；平山县残联 0311-6000003；平山县民政局 0311-6000002",
        "咨询电话：青石镇党政办 0311-7012345"]
    assert not [a for a in doc.advice if "电话" in a]
    # posted: the lines stay as posted when the settings change
    with db.transaction() as s:
        settings.save_unit(s, "青石镇", county="平山县", phone="0311-7000000", supervision_phone="")
        subsidy.update_program(s, "残疾人两项补贴", phones="")
    with db.session() as s:
        assert notice.build_notice(s, bid).paragraphs_after == doc.paragraphs_after
