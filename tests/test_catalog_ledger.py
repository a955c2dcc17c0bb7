"""公开台账: records, their deadlines on the working-day calendar and their status; reminders; the publicity of a
linked program entering the ledger by itself; areas; the command line."""
from __future__ import annotations

import datetime as dt
import json

import external
import openpyxl
import pytest

from gkdesk.domain.workcal import WorkCalendar
from gkdesk.paths import DataFolder
from gkdesk.services import catalog, reminders, settings, subsidy
from gkdesk.services.errors import UserError
from gkdesk.store.db import open_database
from gkdesk.store.models import DisclosureRecord, Recipient
from tests.commands import run

D = dt.date
CAL = WorkCalendar()


@pytest.fixture
def db(tmp_path):
    database = open_database(DataFolder(tmp_path / "data").ensure(), start_backup=False)
    with database.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县")
        settings.set_setting(s, "clerk_name", "李明")
        catalog.install_reference(s)
    yield database
    database.close()


def item(s, text):
    return catalog.find_item(s, text)


def test_status_of_records_on_the_working_day_calendar(db):
    with db.transaction() as s:
        housing = item(s, "农村危房改造/任务分配/")  # 分配结果确定后20个工作日内
        budget = item(s, "财政预决算/乡镇预决算/部门预算")  # 批复后20日内
        jobs = item(s, "就业/就业服务/招聘信息")  # 实时更新: no deadline
        add = lambda it, title, formed, published=None: catalog.add_record(
            s, it, title=title, formed_on=formed, published_on=published)
        on_time = add(housing, "第一批", D(2026, 9, 25), D(2026, 10, 29))
        late = add(housing, "第二批", D(2026, 9, 25), D(2026, 11, 2))
        pending = add(housing, "第三批", D(2026, 11, 20))
        overdue = add(housing, "第四批", D(2026, 9, 25))
        natural = add(budget, "部门预算", D(2026, 9, 25))
        untimed = add(jobs, "招聘岗位", D(2026, 9, 1))
        today = D(2026, 11, 23)
        st = {r.title: catalog.record_status(r.item, r, CAL, today) for r in
              (on_time, late, pending, overdue, natural, untimed)}
    assert st["第一批"].status == catalog.ON_TIME and st["第一批"].deadline == D(2026, 10, 29)
    assert st["第二批"].status == catalog.LATE and st["第二批"].late_days == 2  # 30 Oct, 2 Nov
    assert st["第二批"].label == "逾期公开（晚2个工作日）"
    assert st["第三批"].status == catalog.PENDING and st["第三批"].deadline == D(2026, 12, 18)
    assert st["第三批"].label == "待公开（还剩25天）"
    assert st["第四批"].status == catalog.OVERDUE and st["第四批"].label == "已逾期25天"
    assert st["部门预算"].deadline == D(2026, 10, 15) and st["部门预算"].status == catalog.OVERDUE
    assert st["招聘岗位"].deadline is None and st["招聘岗位"].status == catalog.PENDING


def test_home_reminders_list_due_and_overdue_disclosures(db):
    with db.transaction() as s:
        housing = item(s, "农村危房改造/任务分配/")
        catalog.add_record(s, housing, title="补助农户名单", formed_on=D(2026, 9, 25))
        catalog.add_record(s, housing, title="已公开的名单", formed_on=D(2026, 9, 25), published_on=D(2026, 10, 9))
        catalog.add_record(s, item(s, "就业/就业服务/招聘信息"), title="招聘岗位", formed_on=D(2026, 9, 1))
        farm = item(s, "涉农补贴/农业生产发展资金/耕地地力保护")
        catalog.add_record(s, farm, title="申请指南", formed_on=D(2026, 10, 26))  # deadline 23 Nov: today
        catalog.add_record(s, farm, title="补贴结果", formed_on=D(2026, 11, 20))  # deadline 18 Dec: not yet
    with db.session() as s:
        found = [r for r in reminders.due(s, D(2026, 11, 23)) if r.kind == "disclosure"]
    by_title = {r.title: r for r in found}
    assert set(by_title) == {"农村危房改造/任务分配：补助农户名单", "农业生产发展资金/耕地地力保护：申请指南"}
    overdue = by_title["农村危房改造/任务分配：补助农户名单"]
    assert overdue.date == D(2026, 10, 29) and overdue.days_left == -25 and overdue.severity == reminders.OVERDUE
    assert overdue.countdown == "已逾期25天" and overdue.ref[0] == "disclosure"
    assert by_title["农业生产发展资金/耕地地力保护：申请指南"].severity == reminders.TODAY


def test_a_record_must_make_sense(db):
    with db.transaction() as s:
        farm = item(s, "耕地地力保护")
        with pytest.raises(UserError, match="早于信息形成日期"):
            catalog.add_record(s, farm, title="x", formed_on=D(2026, 5, 6), published_on=D(2026, 5, 1))
        with pytest.raises(UserError, match="先审后发"):
            catalog.add_record(s, farm, title="x", formed_on=D(2026, 5, 6), published_on=D(2026, 5, 8),
                               reviewer="王强", reviewed_on=D(2026, 5, 9))
        with pytest.raises(UserError, match="审查日期"):
            catalog.add_record(s, farm, title="x", formed_on=D(2026, 5, 6), reviewer="王强")
        with pytest.raises(UserError, match="标题"):
            catalog.add_record(s, farm, title="  ", formed_on=D(2026, 5, 6))
        r = catalog.add_record(s, farm, title="申请指南", formed_on=D(2026, 5, 6))
        assert r.handler == "李明"  # the clerk by default
        assert r.channels == ["社区/企事业单位/村公示栏(电子屏)"]  # the item's channels by default
        catalog.update_record(s, r, published_on=D(2026, 5, 7), reviewer="王强", reviewed_on=D(2026, 5, 7))
        assert catalog.record_status(farm, r, CAL, D(2026, 6, 1)).status == catalog.ON_TIME
        catalog.delete_record(s, r)
        s.flush()
        assert s.get(DisclosureRecord, r.id) is None


def test_the_clerk_corrects_a_parsed_rule(db):
    with db.transaction() as s:
        guide = item(s, "就业/就业服务/招聘信息")
        assert catalog.deadline_for(guide, D(2026, 9, 25), CAL) is None
        catalog.set_rule(s, guide, "岗位信息收到之日", 5, "工作日")
        assert guide.rule_edited and catalog.deadline_for(guide, D(2026, 9, 25), CAL) == D(2026, 10, 9)
        assert "已手工更正" in catalog.rule_text(guide)
        with pytest.raises(UserError, match="单位"):
            catalog.set_rule(s, guide, "x", 5, "周")
        catalog.reset_rule(s, guide)
        assert not guide.rule_edited and catalog.deadline_for(guide, D(2026, 9, 25), CAL) is None
        catalog.update_item(s, guide, time_limit="信息形成之日起3个工作日内")
        assert guide.rule_days == 3


def _started_batch(s, program_name: str, start: dt.date):
    subsidy.ensure_default_programs(s)
    settings.save_villages(s, [("东风村", ["一组"])])
    s.flush()
    program = subsidy.find_program(s, program_name)
    village = subsidy.find_village(s, "东风村")
    batch = subsidy.create_batch(s, program, village, "2026年度")
    s.add(Recipient(batch_id=batch.id, seq=1, name="张三", amount_fen=100))
    s.flush()
    subsidy.review(s, batch, "王强", start - dt.timedelta(days=1))
    subsidy.publish(s, batch, start, CAL)
    return program, batch


def test_a_started_publicity_of_a_linked_program_enters_the_ledger_by_itself(db):
    with db.transaction() as s:
        farm = item(s, "耕地地力保护")
        subsidy.ensure_default_programs(s)
        s.flush()
        catalog.link_program(s, subsidy.find_program(s, "耕地地力保护补贴"), farm)
        _program, batch = _started_batch(s, "耕地地力保护补贴", D(2026, 6, 26))
        records = list(farm.records)
        assert len(records) == 1
        r = records[0]
        assert (r.title, r.formed_on, r.published_on, r.batch_id) == (batch.title, D(2026, 6, 25), D(2026, 6, 26),
                                                                      batch.id)
        assert r.channels == ["社区/企事业单位/村公示栏(电子屏)"] and r.reviewer == "王强"
        assert r.place == "东风村村务公开栏"
        # A program that is not linked leaves the ledger alone.
        _p, _b = _started_batch(s, "高龄津贴", D(2026, 6, 26))
        assert s.query(DisclosureRecord).count() == 1


def test_linking_a_program_later_brings_its_past_publicities_in(db):
    with db.transaction() as s:
        program, batch = _started_batch(s, "最低生活保障", D(2026, 3, 2))
        low = item(s, "社会救助/最低生活保障/审核信息")
        assert catalog.link_program(s, program, low) == 1
        assert catalog.link_program(s, program, low) == 0  # not twice
        assert [r.batch_id for r in low.records] == [batch.id]
        assert catalog.linked_programs(s, low) == ["最低生活保障"]


def test_areas_renamed_merged_hidden_added(db):
    with db.transaction() as s:
        catalog.rename_area(s, catalog.find_area(s, "扶贫"), "乡村振兴")
        with pytest.raises(UserError, match="已有名为"):
            catalog.rename_area(s, catalog.find_area(s, "救灾"), "乡村振兴")
        merged = catalog.merge_areas(s, [catalog.find_area(s, "征地补偿"), catalog.find_area(s, "城乡规划")], "自然资源")
        s.flush()
        assert sorted(i.level1 for i in merged.items) == ["乡村规划", "征地补偿费用"]
        assert {a.name for a in catalog.areas(s)} >= {"乡村振兴", "自然资源"}
        assert "城乡规划" not in {a.name for a in catalog.areas(s)}
        catalog.set_area_hidden(s, catalog.find_area(s, "税收管理"), True)
        assert "税收管理" not in {a.name for a in catalog.areas(s, include_hidden=False)}
        new = catalog.add_area(s, "人大代表选举")
        assert catalog.areas(s)[-1].id == new.id
        catalog.move_area(s, new, -100)
        assert catalog.areas(s)[0].id == new.id
        with pytest.raises(UserError, match="不能删除"):
            catalog.delete_area(s, catalog.find_area(s, "社会救助"))
        # Two areas holding the same item (救灾 has 灾害救助/救助款物发放 too) cannot be merged silently.
        other = catalog.add_area(s, "应急管理")
        catalog.add_item(s, other, "灾害救助", "救助款物发放")
        with pytest.raises(UserError, match="已有同名事项"):
            catalog.merge_areas(s, [other], "救灾")


def test_overview_counts_disclosures_this_year_and_marks_items_without(db):
    with db.transaction() as s:
        farm = item(s, "耕地地力保护")
        catalog.add_record(s, farm, title="a", formed_on=D(2026, 3, 1), published_on=D(2026, 3, 3))
        catalog.add_record(s, farm, title="b", formed_on=D(2025, 12, 1), published_on=D(2025, 12, 3))
        catalog.set_applicable(s, item(s, "行政处罚"), False)
    with db.session() as s:
        tree = catalog.overview(s, 2026, CAL, D(2026, 11, 23))
    items = {i.label: i for a in tree for i in a.items}
    assert items["农业生产发展资金/耕地地力保护"].disclosed_this_year == 1
    assert not items["农业生产发展资金/耕地地力保护"].none_this_year
    assert items["乡镇预决算/部门预算"].none_this_year
    assert not items["行政执法/行政处罚"].none_this_year  # not applicable: does not stand out


def test_find_item_by_id_path_or_unique_name(db):
    with db.session() as s:
        farm = item(s, "涉农补贴/农业生产发展资金/耕地地力保护")
        assert item(s, str(farm.id)) is farm
        assert item(s, "农业生产发展资金/耕地地力保护") is farm
        assert item(s, "耕地地力保护") is farm
        with pytest.raises(UserError, match="多个事项"):
            item(s, "审核信息")
        with pytest.raises(UserError, match="没有事项"):
            item(s, "不存在的事项")


def test_ledger_export_for_a_year(db, tmp_path):
    with db.transaction() as s:
        housing = item(s, "农村危房改造/任务分配/")
        catalog.add_record(s, housing, title="第一批名单", formed_on=D(2026, 9, 25), published_on=D(2026, 11, 2),
                           place="https://example.gov.cn/1", reviewer="王强", reviewed_on=D(2026, 10, 30))
        catalog.add_record(s, housing, title="去年的名单", formed_on=D(2025, 3, 1), published_on=D(2025, 3, 2))
        path = catalog.export_ledger(s, 2026, tmp_path / "台账.xlsx", CAL, D(2026, 11, 23))
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "东风镇2026年政务公开台账"
    # the unit's full name and the day the statuses are counted to
    assert "填报单位：东风镇人民政府" in ws["A2"].value and "统计截至：2026年11月23日" in ws["A2"].value
    header = [c.value for c in ws[3]]
    assert header[:4] == ["序号", "领域", "公开事项", "信息标题"]
    row = [c.value for c in ws[4]]
    assert row[0] == 1   # a number, not text
    assert row[3] == "第一批名单" and row[5] == "2026年10月29日" and row[-1] == "逾期公开（晚2个工作日）"
    assert ws.max_row == 4  # last year's record is not in this year's ledger
    # 状态 is wide enough for its longest status on one line
    status_mm = (ws.column_dimensions["M"].width * 7 + 5) * 25.4 / 96
    assert status_mm >= len("逾期公开（晚2个工作日）") * ws["M4"].font.sz * 25.4 / 72 * 0.95

    # Last year's ledger is counted to the last day of last year, not to today.
    with db.session() as s:
        path = catalog.export_ledger(s, 2025, tmp_path / "台账2025.xlsx", CAL, D(2026, 11, 23))
    ws = openpyxl.load_workbook(path).active
    assert "统计截至：2025年12月31日" in ws["A2"].value


def test_demo_due_lists_the_overdue_catalog_item_with_its_working_day_deadline(tmp_path, capsys):
    d = str(tmp_path / "demo")
    assert run(capsys, "--data-dir", d, "--today", "2026-11-23", "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", d, "--today", "2026-11-23", "due", "--json")
    items = [i for i in json.loads(out) if i["kind"] == "disclosure"]
    assert code == 0 and items
    housing = next(i for i in items if "危房改造" in i["title"])
    assert housing["date"] == "2026-10-29" and housing["days_left"] == -25
    # The linked 耕地地力保护 program's publicities are in the ledger by themselves.
    code, out, _ = run(capsys, "--data-dir", d, "--today", "2026-11-23", "catalog", "records", "耕地地力保护", "--json")
    assert code == 0 and sum(1 for r in json.loads(out) if "耕地地力保护补贴发放情况的公示" in r["title"]) == 4


def test_cli_record_list_export_import(tmp_path, capsys):
    d = str(tmp_path / "cli")
    base = ("--data-dir", d, "--today", "2026-11-23")
    assert run(capsys, *base, "init", "--unit", "东风镇")[0] == 0
    code, out, _ = run(capsys, *base, "catalog", "list")
    assert code == 0 and "catalog reference" in out
    assert run(capsys, *base, "catalog", "reference")[0] == 0
    code, out, _ = run(capsys, *base, "catalog", "record", "农村危房改造/任务分配", "--title", "第二批名单",
                       "--formed", "2026-09-25", "--channels", "政府网站,村务公开栏")
    assert code == 0 and "已逾期25天" in out and "2026-10-29" in out
    code, out, _ = run(capsys, *base, "catalog", "list", "--json")
    data = json.loads(out)
    housing = next(i for a in data["areas"] for i in a["items"] if i["level1"] == "任务分配")
    assert housing["overdue"] == 1 and data["reference_notice"]
    code, _, err = run(capsys, *base, "catalog", "record", "审核信息", "--title", "x", "--formed", "2026-11-01")
    assert code == 1 and "多个事项" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, *base, "catalog", "record", "耕地地力保护", "--title", "x", "--formed", "2026-13-01")
    assert code == 1 and "日期" in err
    out_xlsx = tmp_path / "目录.xlsx"
    assert run(capsys, *base, "catalog", "export", "--format", "xlsx", "-o", str(out_xlsx))[0] == 0
    assert run(capsys, *base, "catalog", "export", "-o", str(tmp_path / "目录.docx"))[0] == 0
    assert run(capsys, *base, "catalog", "ledger", "--year", "2026", "-o", str(tmp_path / "台账.xlsx"))[0] == 0
    code, out, _ = run(capsys, *base, "catalog", "import", str(out_xlsx), "--dry-run")
    assert code == 0 and "不变" in out and "未保存" in out
    code, _, err = run(capsys, *base, "catalog", "export", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "xlsx" in err


def test_an_xls_catalog_imports_like_the_xlsx(tmp_path, db):
    from test_catalog_import import county_workbook

    src = county_workbook(tmp_path / "county.xlsx")
    external.libreoffice_convert([src], tmp_path, "xls")   # LibreOffice makes the .xls
    with db.session() as s:
        plan = catalog.plan_import(s, tmp_path / "county.xls")
    assert [(p.row.area, p.row.level1, p.row.level2) for p in plan.items][:3] == [
        ("涉农补贴", "农业生产发展资金", "耕地地力保护"), ("涉农补贴", "农业生产发展资金", "农机购置补贴"),
        ("社会救助", "最低生活保障", "审核信息")]
    assert len(plan.items) == 6


def test_an_item_renamed_and_moved_at_once_is_checked_in_the_area_it_ends_in(db):
    with db.transaction() as s:
        here, there = catalog.add_area(s, "甲领域"), catalog.add_area(s, "乙领域")
        moving = catalog.add_item(s, here, "村务公开")
        catalog.add_item(s, here, "财务公开")       # the new name exists only in the area being left
        catalog.add_item(s, there, "党务公开")
        catalog.update_item(s, moving, area=there, level1="财务公开", time_limit="信息形成之日起5个工作日内")
        assert (moving.area.name, moving.level1, moving.rule_days) == ("乙领域", "财务公开", 5)
        with pytest.raises(UserError, match="“乙领域”中已有事项“党务公开”"):
            catalog.update_item(s, moving, level1="党务公开")
        with pytest.raises(UserError, match="“甲领域”中已有事项“财务公开”"):
            catalog.move_item(s, moving, here)
