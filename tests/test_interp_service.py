"""政策解读报备 through the service layer: 三同步 across holidays, the month's 报备表 read back from .xlsx and .docx,
the nil month, 已报送 and its lock, the due reminder, import of an old spreadsheet, yearly targets."""
from __future__ import annotations

import datetime as dt

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from gkdesk import clock
from gkdesk.domain.workcal import WorkCalendar
from gkdesk.io.document import FORM_GAP
from gkdesk.services import interp, reminders, settings
from gkdesk.services.errors import UserError
from gkdesk.store.db import open_database
from gkdesk.store.models import AuditEntry, MonthlyFiling, PolicyInterpretation

D = dt.date
TODAY = D(2026, 11, 23)
COLUMNS = ["序号", "政策文件名称", "文号", "起草单位", "文件发布日期", "解读标题", "解读形式", "解读人", "职务",
           "解读发布日期", "是否同步发布", "发布渠道", "链接", "备注"]


SET_UP = D(2026, 10, 8)   # the day the township set the program up


def set_up(data_folder, day: dt.date = SET_UP):
    clock.set_today(day)
    database = open_database(data_folder)
    with database.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456")
        settings.set_setting(s, "clerk_name", "李明")
    clock.set_today(TODAY)
    return database


@pytest.fixture
def db(data_folder):
    database = set_up(data_folder)
    yield database
    database.close()


def add(db, **values):
    base = dict(policy_title="东风镇人居环境整治实施方案", title="《东风镇人居环境整治实施方案》政策解读",
                form="文字解读", published_on=D(2026, 10, 9))
    base.update(values)
    with db.transaction() as s:
        return interp.add_record(s, **base).id


def due_kinds(db, today=TODAY):
    with db.session() as s:
        return [(r.kind, r.title, r.severity) for r in reminders.due(s, today)]


# ---- 三同步 --------------------------------------------------------------------------------------------------

def test_interpretation_after_the_national_day_holiday_is_still_synchronous():
    cal = WorkCalendar()
    # Policy on Wed 30 Sep 2026; 1–7 Oct are holidays; Thu 8 and Fri 9 Oct are the first working days.
    status = interp.sync_status(D(2026, 9, 30), D(2026, 10, 9), cal, 3)
    assert (status.state, status.working_days, status.label) == (interp.IN_TIME, 2, "是")
    late = interp.sync_status(D(2026, 9, 30), D(2026, 10, 14), cal, 3)
    # 8, 9, 10 (a 调休 Saturday), 12, 13, 14 October
    assert (late.state, late.working_days, late.label) == (interp.LATE, 6, "否（晚6个工作日）")
    assert interp.sync_status(D(2026, 10, 9), D(2026, 10, 9), cal, 3).label == "是"
    assert interp.sync_status(None, D(2026, 10, 9), cal, 3).state == interp.UNKNOWN


def test_same_day_is_only_the_same_date_and_other_days_count_working_days_after():
    cal = WorkCalendar()
    # Policy on Fri 4 Dec 2026; the interpretation on Sun 6 Dec: two days later, no working day between
    weekend = interp.sync_status(D(2026, 12, 4), D(2026, 12, 6), cal, 3)
    assert (weekend.state, weekend.working_days) == (interp.IN_TIME, 0)
    assert weekend.short == "是（0个工作日后，休息日发布）" and "同日" not in weekend.explanation
    assert "第0个" not in weekend.explanation and "其间没有工作日" in weekend.explanation
    monday = interp.sync_status(D(2026, 12, 4), D(2026, 12, 7), cal, 3)
    assert (monday.working_days, monday.short) == (1, "是（1个工作日后）")
    assert monday.explanation == "在文件发布1个工作日后发布，未超过3个工作日，视为同步。"
    same = interp.sync_status(D(2026, 12, 4), D(2026, 12, 4), cal, 3)
    assert (same.state, same.short, same.explanation) == (interp.SAME_DAY, "是（同日）", "与政策文件同日发布。")
    late = interp.sync_status(D(2026, 12, 4), D(2026, 12, 11), cal, 3)
    assert (late.short, late.label) == ("否（5个工作日后）", "否（晚5个工作日）")
    early = interp.sync_status(D(2026, 12, 4), D(2026, 12, 1), cal, 3)
    assert early.state == interp.EARLY and "填反" in early.explanation


def test_allowed_working_days_come_from_the_setting(db):
    rid = add(db, policy_published_on=D(2026, 9, 30), published_on=D(2026, 10, 9))
    with db.session() as s:
        assert interp.sync_statuses(s, [s.get(PolicyInterpretation, rid)])[rid].synced is True
    with db.transaction() as s:
        settings.set_setting(s, "interp_sync_days", 1)
    with db.session() as s:
        status = interp.sync_statuses(s, [s.get(PolicyInterpretation, rid)])[rid]
    assert status.synced is False and status.label == "否（晚2个工作日）"


# ---- validation -----------------------------------------------------------------------------------------------

def test_values_are_checked_and_normalised(db):
    rid = add(db, form="访谈", role="镇长", channels="政府网站、微信公众号，政府网站", policy_published_on="2026.10.8",
              published_on="2026年10月9日", doc_number=" 东政发〔2026〕21号 ")
    with db.session() as s:
        r = s.get(PolicyInterpretation, rid)
        assert (r.form, r.role, r.channels) == ("在线访谈", "主要负责人", ["政府网站", "两微一端"])
        assert (r.policy_published_on, r.published_on, r.doc_number) == (D(2026, 10, 8), D(2026, 10, 9),
                                                                          "东政发〔2026〕21号")
    with pytest.raises(UserError, match="解读形式“快板”不在规定的形式中"):
        add(db, form="快板")
    with pytest.raises(UserError, match="早于文件发布日期"):
        add(db, policy_published_on=D(2026, 10, 10), published_on=D(2026, 10, 9))
    with pytest.raises(UserError, match="请填写解读标题"):
        add(db, title="  ")
    with pytest.raises(UserError, match="解读发布日期：日期“2026-13-01”不存在（一年只有12个月，没有13月）"):
        add(db, published_on="2026-13-01")


def test_delete_then_restore_brings_the_record_back_under_its_id(db):
    rid = add(db)
    with db.transaction() as s:
        snapshot = interp.delete_record(s, rid)
    with db.session() as s:
        assert s.get(PolicyInterpretation, rid) is None
    with db.transaction() as s:
        assert interp.restore_record(s, snapshot).id == rid


# ---- the month's 报备表 ------------------------------------------------------------------------------------------

def october(db):
    """Three October records entered out of order; two share a day."""
    late = add(db, policy_title="东风镇冬春救助工作实施方案", title="冬春救助政策问答", form="简明问答",
               policy_published_on=D(2026, 9, 30), published_on=D(2026, 10, 14), interpreter="孙丽", role="科室负责人",
               channels=["社区/企事业单位/村公示栏(电子屏)"], doc_number="东政发〔2026〕24号", drafting_unit="东风镇民政办")
    first = add(db, policy_published_on=D(2026, 9, 30), published_on=D(2026, 10, 9), interpreter="张华",
                role="主要负责人", channels=["政府网站", "两微一端"], doc_number="东政发〔2026〕21号",
                drafting_unit="东风镇人民政府", link="http://www.dfz.gov.cn/jd/1.html")
    second = add(db, policy_title="东风镇耕地地力保护补贴发放工作方案", title="一图读懂耕地地力保护补贴", form="图解",
                 policy_published_on=D(2026, 10, 9), published_on=D(2026, 10, 9), interpreter="赵刚",
                 role="分管负责人", channels=["政府网站"], remark="同步发布")
    add(db, published_on=D(2026, 11, 2), title="十一月的解读")   # another month: not on the form
    with db.transaction() as s:
        interp.save_header(s, "2026-10", reviewer="王强", filled_on=D(2026, 11, 4))
    return first, second, late


def test_month_report_xlsx_read_back_cell_by_cell(db, tmp_path):
    october(db)
    out = tmp_path / "f.xlsx"
    with db.session() as s:
        interp.write_report(s, "2026-10", out)
        assert interp.report_file_name(s, "2026-10") == "东风镇2026年10月政策解读报备表.xlsx"
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "政策解读情况报备表"
    assert ws["A2"].value.split(FORM_GAP) == ["填报单位（盖章）：东风镇人民政府", "报送月份：2026年10月"]
    assert ws["A3"].value.split(FORM_GAP) == ["填报人：李明", "联系电话：0311-8123456", "审核人：王强",
                                              "填报日期：2026年11月4日"]
    assert [c.value.replace("\n", "") for c in ws[4]] == COLUMNS   # titles broken between words only
    body = [[c.value for c in ws[r]] for r in (5, 6, 7)]
    # dates as in the header block (年月日), not 2026-09-30
    assert body[0] == [1, "东风镇人居环境整治实施方案", "东政发〔2026〕21号", "东风镇人民政府", "2026年9月30日",
                       "《东风镇人居环境整治实施方案》政策解读", "文字解读", "张华", "主要负责人", "2026年10月9日", "是",
                       "政府网站、两微一端", "http://www.dfz.gov.cn/jd/1.html", None]
    assert body[1][:2] == [2, "东风镇耕地地力保护补贴发放工作方案"] and body[1][10] == "是" and body[1][13] == "同步发布"
    assert body[2][:2] == [3, "东风镇冬春救助工作实施方案"] and body[2][10] == "否（晚6个工作日）"
    assert ws["A8"].value is None and ws["A9"].value.startswith("注：")
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.print_title_rows == "$4:$4"


def test_month_report_docx_paragraphs_and_table(db, tmp_path):
    october(db)
    out = tmp_path / "f.docx"
    with db.session() as s:
        interp.write_report(s, "2026-10", out, "docx")
    d = docx.Document(str(out))
    texts = [p.text for p in d.paragraphs if p.text]
    assert texts[0] == "政策解读情况报备表"
    assert "报送月份：2026年10月" in texts[1] and "填报单位（盖章）：东风镇人民政府" in texts[1]
    assert "填报人：李明" in texts[2] and "审核人：王强" in texts[2] and "填报日期：2026年11月4日" in texts[2]
    (table,) = d.tables
    lines = [[c.text for c in row.cells] for row in table.rows][:-1]   # (the last row holds the note under it)
    rows = [[t.replace("\n", "") for t in row] for row in lines]   # the cells' lines joined
    assert rows[0] == COLUMNS
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert [r[5] for r in rows[1:]] == ["《东风镇人居环境整治实施方案》政策解读", "一图读懂耕地地力保护补贴", "冬春救助政策问答"]
    assert rows[3][10] == "否（晚6个工作日）" and rows[3][9] == "2026年10月14日"
    # A document number and a date break only between their parts: 东政发 / 〔2026〕21号, 2026年 / 10月14日
    assert lines[1][2] in ("东政发〔2026〕21号", "东政发\n〔2026〕21号")
    for row in lines[1:]:
        for date in (row[4], row[9]):
            assert date.replace("\n", "") == date or date.split("\n")[0].endswith("年"), date
    header_tr = table.rows[0]._tr
    assert header_tr.trPr.find(qn("w:tblHeader")) is not None   # repeated on every page
    section = d.sections[0]
    assert section.page_width > section.page_height              # A4 landscape
    assert round(section.page_width.mm) == 297


def test_a_short_month_is_set_as_large_as_its_one_page_allows(db):
    """Three interpretations on A4 landscape: the table is set at 小五 or more on its one page (it came out at
    7.5–8.5 pt under 14 pt header lines, two thirds of the page empty), the link breaking after its slashes; the
    numbers and dates still break only between their parts (the test above)."""
    from gkdesk.io.layout import plan_page

    october(db)
    with db.session() as s:
        plan = plan_page(interp.month_report(s, "2026-10"))
    assert plan.one_page and plan.sizes.table_pt >= 9.0


def test_nil_month_is_filed_as_本月无政策解读(db, tmp_path):
    with db.session() as s:
        interp.write_report(s, "2026-08", tmp_path / "nil.xlsx")
        interp.write_report(s, "2026-08", tmp_path / "nil.docx")
    ws = openpyxl.load_workbook(tmp_path / "nil.xlsx").active
    assert [c.value.replace("\n", "") for c in ws[4]] == COLUMNS
    assert [c.value for c in ws[5]] == [None, interp.NIL_TEXT] + [None] * 12
    assert ws["A6"].value is None and "报送月份：2026年8月" in ws["A2"].value
    (table,) = docx.Document(str(tmp_path / "nil.docx")).tables
    assert len(table.rows) == 2 and table.rows[1].cells[1].text == "本月无政策解读"


def test_report_refuses_an_unknown_format(db, tmp_path):
    with db.session() as s, pytest.raises(UserError, match="只能导出为 .xlsx 或 .docx"):
        interp.write_report(s, "2026-10", tmp_path / "f.pdf")


# ---- 已报送, the lock and the reminder ---------------------------------------------------------------------------

def test_filing_reminder_until_submitted_then_locked_until_reopened(db):
    first, _second, _late = october(db)
    found = [r for r in due_kinds(db) if r[0] == "interp_filing"]
    assert found == [("interp_filing", "2026年10月政策解读报备表未报送", reminders.OVERDUE)]
    # Before the due day (5 November) it is coming up, on the day it is due today.
    assert ("interp_filing", "2026年10月政策解读报备表未报送", reminders.SOON) in due_kinds(db, D(2026, 11, 2))
    assert ("interp_filing", "2026年10月政策解读报备表未报送", reminders.TODAY) in due_kinds(db, D(2026, 11, 5))

    with db.transaction() as s:
        interp.submit_month(s, "2026-10", D(2026, 11, 20))
    assert not [r for r in due_kinds(db) if r[0] == "interp_filing"]
    with db.session() as s:
        assert interp.filing_header(s, "2026-10").submitted_on == D(2026, 11, 20)

    with db.transaction() as s, pytest.raises(UserError, match="已锁定.*请先.*重新打开2026年10月"):
        interp.update_record(s, first, **(interp.record_values(s.get(PolicyInterpretation, first)) | {"remark": "x"}))
    with db.transaction() as s, pytest.raises(UserError, match="不能删除"):
        interp.delete_record(s, first)
    with pytest.raises(UserError, match="不能新增"):
        add(db, published_on=D(2026, 10, 30))
    nov = add(db, published_on=D(2026, 11, 3), title="十一月第二条")
    with db.transaction() as s, pytest.raises(UserError, match="不能移入"):   # moving a record into October
        interp.update_record(s, nov, **(interp.record_values(s.get(PolicyInterpretation, nov))
                                        | {"published_on": D(2026, 10, 30)}))
    with db.transaction() as s, pytest.raises(UserError, match="表头信息已锁定"):
        interp.save_header(s, "2026-10", reviewer="别人")
    with db.transaction() as s, pytest.raises(UserError, match="无需重复标记"):
        interp.submit_month(s, "2026-10")

    with db.transaction() as s:
        interp.reopen_month(s, "2026-10")
    assert [r for r in due_kinds(db) if r[0] == "interp_filing"]
    with db.transaction() as s:
        rec = interp.update_record(s, first, **(interp.record_values(s.get(PolicyInterpretation, first))
                                                | {"remark": "已更正"}))
        assert rec.remark == "已更正"
    with db.session() as s:   # reopening is in the audit log as a change of the filing
        changes = [(e.before, e.after) for e in s.query(AuditEntry).filter_by(entity="monthly_filing", action="update")]
    assert ({"submitted_on": "2026-11-20"}, {"submitted_on": None}) in changes


def test_submit_refuses_a_future_month_or_date(db):
    with db.transaction() as s, pytest.raises(UserError, match="还没有到"):
        interp.submit_month(s, "2026-12")
    with db.transaction() as s, pytest.raises(UserError, match="晚于今天"):
        interp.submit_month(s, "2026-10", D(2026, 11, 24))
    with db.transaction() as s, pytest.raises(UserError, match="尚未标记为已报送"):
        interp.reopen_month(s, "2026-10")


def test_due_day_follows_the_setting_and_every_month_since_the_set_up_is_due(data_folder):
    db = set_up(data_folder, D(2026, 9, 20))
    add(db, published_on=D(2026, 9, 12))
    with db.transaction() as s:
        settings.set_setting(s, "interp_due_day", 10)
    with db.session() as s:
        assert interp.due_date(s, "2026-10") == D(2026, 11, 10)
        assert interp.due_date(s, "2026-12") == D(2027, 1, 10)
        found = {r.extra["month"]: r for r in reminders.due(s, TODAY) if r.kind == "interp_filing"}
    db.close()
    assert set(found) == {"2026-09", "2026-10"}
    assert found["2026-09"].detail.startswith("1条解读") and found["2026-10"].detail.startswith("本月无政策解读")
    assert found["2026-10"].ref == ("interp_month", 202610)


def month_list(db, today=TODAY) -> list[tuple[str, str, int]]:
    with db.session() as s:
        return [(m.month, m.status, m.records) for m in interp.filing_months(s, today)]


def filing_reminders(db, today=TODAY) -> list[str]:
    with db.session() as s:
        return [r.title for r in reminders.due(s, today) if r.kind == "interp_filing"]


def test_the_month_list_starts_in_the_month_the_program_was_set_up(data_folder):
    db = set_up(data_folder, D(2026, 9, 14))
    assert month_list(db) == [("2026-11", "未报送", 0), ("2026-10", "未报送", 0), ("2026-09", "未报送", 0)]
    assert filing_reminders(db) == ["2026年9月政策解读报备表未报送", "2026年10月政策解读报备表未报送"]
    with db.session() as s:
        assert interp.first_month(s) == "2026-09"
        assert [m.label for m in interp.filing_months(s)][-1] == "2026年9月（未报送）"
    db.close()


def test_a_township_set_up_this_month_has_no_filing_due_yet(data_folder):
    db = set_up(data_folder, D(2026, 11, 2))   # October lies before the set-up, though its form is due on 5 November
    assert month_list(db) == [("2026-11", "未报送", 0)]
    assert filing_reminders(db) == []
    db.close()


def test_an_old_record_brings_its_month_in_without_the_months_between(data_folder, tmp_path):
    db = set_up(data_folder, D(2026, 9, 14))
    path = tmp_path / "2025年3月报备表.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(COLUMNS)
    for n in range(1, 4):
        wb.active.append([n, f"东风镇第{n}号工作方案", f"东政发〔2025〕{n}号", "东风镇人民政府", "2025-03-02",
                          f"第{n}号方案解读", "文字解读", "刘洋", "分管负责人", f"2025-03-{n + 8:02d}", "", "政府网站", "",
                          ""])
    wb.save(path)
    assert interp.import_file(db, path)[0] == 3
    assert month_list(db) == [("2026-11", "未报送", 0), ("2026-10", "未报送", 0), ("2026-09", "未报送", 0),
                              ("2025-03", "启用前", 3)]
    # Marking the old month 已报送 on its real date keeps the start where it was.
    with db.transaction() as s:
        interp.submit_month(s, "2025-03", D(2025, 4, 3))
        interp.save_header(s, "2025-08", filler="李明")   # a header saved when printing an old month's form
    assert month_list(db)[-2:] == [("2025-08", "启用前", 0), ("2025-03", "已报送", 3)]
    assert filing_reminders(db) == ["2026年9月政策解读报备表未报送", "2026年10月政策解读报备表未报送"]
    # A year on, the reminders still start at the set-up month (and reach back at most a year).
    assert filing_reminders(db, D(2027, 2, 1))[0] == "2026年9月政策解读报备表未报送"
    db.close()


def test_a_month_before_the_set_up_is_never_overdue_even_with_records(db):
    add(db, published_on=D(2026, 9, 25))
    assert month_list(db) == [("2026-11", "未报送", 0), ("2026-10", "未报送", 0), ("2026-09", "启用前", 1)]
    assert filing_reminders(db) == ["2026年10月政策解读报备表未报送"]


# ---- targets ------------------------------------------------------------------------------------------------

def test_targets_default_to_seed_001_and_progress_counts_the_year(db):
    with db.transaction() as s:
        rows = interp.ensure_targets(s, 2026)
    assert [(t.dimension, t.name, t.minimum) for t in rows] == [
        ("form", "在线访谈", 1), ("form", "视频", 1), ("form", "音频", 1), ("form", "图解", 1), ("role", "主要负责人", 1)]
    add(db, form="视频", role="主要负责人")
    add(db, form="图解", published_on=D(2025, 12, 30), title="去年的")   # another year: not counted
    with db.session() as s:
        labels = [(p.label, p.met) for p in interp.target_progress(s, 2026)]
        target = next(r for r in reminders.due(s, TODAY) if r.kind == "interp_target")
    assert labels == [("在线访谈 0/1", False), ("视频 1/1", True), ("音频 0/1", False), ("图解 0/1", False),
                      ("主要负责人解读 1/1", True)]
    assert target.title == "2026年政策解读目标尚未完成：在线访谈 0/1、音频 0/1、图解 0/1"
    assert target.severity == reminders.OPEN   # the last quarter
    with db.transaction() as s:
        interp.set_target(s, 2026, "role", "主要负责人", 2)
        interp.set_target(s, 2026, "form", "音频", 0)   # no target this year
    with db.session() as s:
        labels = [p.label for p in interp.target_progress(s, 2026)]
    assert labels == ["在线访谈 0/1", "视频 1/1", "图解 0/1", "主要负责人解读 1/2"]
    for form in ("在线访谈", "图解"):
        add(db, form=form, role="主要负责人", title=form)
    with db.session() as s:
        assert not [r for r in reminders.due(s, TODAY) if r.kind == "interp_target"]
        stats = interp.year_stats(s, 2026)
    assert stats.total == 3 and dict(stats.by_role)["主要负责人"] == 3 and dict(stats.by_form)["音频"] == 0
    assert dict(stats.by_month)["2026-10"] == 3


def test_year_stats_count_forms_channels_roles_and_sync(db):
    october(db)
    with db.session() as s:
        stats = interp.year_stats(s, 2026)
    assert stats.total == 4
    assert dict(stats.by_form)["文字解读"] == 2 and dict(stats.by_form)["图解"] == 1
    assert stats.by_channel[0] == ("政府网站", 2)
    assert dict(stats.by_role) == {"主要负责人": 1, "分管负责人": 1, "科室负责人": 1, "专家": 0, "其他": 1}
    assert (stats.synced, stats.late, stats.unknown) == (2, 1, 1)


# ---- import ---------------------------------------------------------------------------------------------------

def old_sheet(path, bad_row: bool = False):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "10月"
    ws.append(["东风镇政策解读情况报备表"])
    ws.merge_cells("A1:N1")
    ws.append(["填报单位：东风镇人民政府", None, None, None, "报送月份：2026年10月"])
    ws.append(["序号", "政策文件名称", "发文字号", "起草单位", "文件发布时间", "解读稿标题", "解读方式", "解读人", "职务",
               "解读时间", "是否同步", "发布平台", "链接地址", "备注"])
    ws.append([1, "东风镇人居环境整治实施方案", "东政发〔2026〕21号", "东风镇人民政府", "2026.9.30", "人居环境整治解读",
               "文字", "张华", "镇长", dt.datetime(2026, 10, 9), "是", "政府网站、微信公众号", "", ""])
    ws.append([2, "东风镇耕地地力保护补贴发放工作方案", "东政办发〔2026〕8号", "东风镇人民政府", 20261015,
               "一图读懂补贴发放", "图解", "赵刚", "分管领导", "2026-10-16", "是", "政府网站", "", "二次解读"])
    ws.append([3, "东风镇冬春救助工作实施方案", "", "东风镇民政办", "", "冬春救助问答", "问答",
               "孙丽", "", "2026/10/13" if not bad_row else "10月下旬", "", "村务公开栏", "", ""])
    ws.append(["填表人：李明", None, None, "审核人：王强"])
    wb.save(path)


def test_import_of_an_old_spreadsheet(db, tmp_path):
    path = tmp_path / "旧报备表.xlsx"
    old_sheet(path)
    added, result = interp.import_file(db, path)
    assert added == 3 and result.ok and not result.problems
    with db.session() as s:
        records = interp.list_records(s, month="2026-10")
        got = [(r.policy_title, r.form, r.role, r.policy_published_on, r.published_on, r.channels, r.remark)
               for r in records]
    assert got == [
        ("东风镇人居环境整治实施方案", "文字解读", "主要负责人", D(2026, 9, 30), D(2026, 10, 9), ["政府网站", "两微一端"], ""),
        ("东风镇冬春救助工作实施方案", "简明问答", "其他", None, D(2026, 10, 13), ["社区/企事业单位/村公示栏(电子屏)"], ""),
        ("东风镇耕地地力保护补贴发放工作方案", "图解", "分管负责人", D(2026, 10, 15), D(2026, 10, 16), ["政府网站"],
         "二次解读"),
    ]
    # The same file again: nothing new, each row reported as already there.
    added, result = interp.import_file(db, path)
    assert added == 0 and result.ok and result.skipped == 3
    assert [p.text() for p in result.warnings][0] == "第4行：这条解读已经录入过，本次跳过"


def test_import_with_a_bad_row_names_its_excel_row_and_imports_nothing(db, tmp_path):
    path = tmp_path / "旧报备表.xlsx"
    old_sheet(path, bad_row=True)
    added, result = interp.import_file(db, path)
    assert added is None and not result.ok
    (error,) = result.errors
    assert (error.row, error.column) == (6, "解读时间")
    assert "10月下旬" in error.message and "无法识别" in error.message
    with db.session() as s:
        assert interp.list_records(s) == []


def test_import_refuses_rows_of_a_submitted_month_and_a_file_without_the_columns(db, tmp_path):
    path = tmp_path / "旧报备表.xlsx"
    old_sheet(path)
    with db.transaction() as s:
        interp.submit_month(s, "2026-10", D(2026, 11, 5))
    added, result = interp.import_file(db, path)
    assert added is None and {p.row for p in result.errors} == {4, 5, 6}
    assert "已报送" in result.errors[0].message
    other = tmp_path / "别的表.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号", "金额"])
    wb.active.append(["张三", "x", 1])
    wb.save(other)
    with pytest.raises(UserError, match="找不到表头"):
        interp.import_file(db, other)


def test_monthly_filing_row_is_created_only_when_needed(db):
    with db.session() as s:
        head = interp.filing_header(s, "2026-10")
        assert (head.unit, head.filler, head.phone, head.filled_on) == ("东风镇人民政府", "李明", "0311-8123456", TODAY)
        assert s.query(MonthlyFiling).count() == 0


def test_chinese_punctuation_in_titles_is_kept_as_typed(tmp_path):
    from gkdesk.paths import DataFolder
    from gkdesk.services import interp
    from gkdesk.store.db import open_database

    db = open_database(DataFolder(tmp_path / "p"))
    with db.transaction() as s:
        rec = interp.add_record(s, policy_title="关于印发《东风镇救助办法（试行）》的通知", title="图解：救助办法",
                                form="图解", published_on="２０２６-10-09", doc_number="东政发〔2026〕21号")
        assert rec.policy_title == "关于印发《东风镇救助办法（试行）》的通知"
        assert rec.title == "图解：救助办法"
        assert rec.published_on.isoformat() == "2026-10-09"
