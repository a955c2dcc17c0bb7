"""A county's catalog as counties publish it: imported with every field in its place, previewed before saving,
exported back in the same layout, and imported again without duplicates."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from openpyxl.styles import Alignment

from gkdesk.paths import DataFolder
from gkdesk.services import catalog, settings
from gkdesk.services.errors import UserError
from gkdesk.store.db import open_database

ALL_13 = ["政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心",
          "便民服务站", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "精准推送", "其他"]


def marks(checked: set[str], other: str = "") -> str:
    """A channel cell as counties fill it: ■ checked, □ not, full-width brackets as typed in Excel."""
    parts = []
    for c in ALL_13:
        on = c in checked or (c == "其他" and other)
        parts.append(("■" if on else "□") + (f"{c}（{other}）" if c == "其他" and other else c))
    return " ".join(parts)


BOARD = "社区/企事业单位/村公示栏（电子屏）"
HEADER_TOP = ["领域", "序号", "公开事项", None, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
              "公开对象", None, "公开方式", None, "公开层级", None, "咨询电话"]
HEADER_LOW = [None, None, "一级事项", "二级事项", None, None, None, None, None, "全社会", "特定群体", "主动", "依申请",
              "县级", "乡、村级", None]

# Data rows (columns B..P); the area column (A) is written separately as merged cells.
ROWS = [
    # 涉农补贴 (A4:A5 merged)
    ["1", "农业生产发展资金", "耕地地力保护", "政策依据；申请指南；补贴结果；监督渠道", "《中华人民共和国政府信息公开条例》",
     "信息形成或者变更之日起20个工作日内", "乡镇人民政府、行政村村民委员会", marks({BOARD}),
     "√", "", "√", "", "", "√", "0311-8000001"],
    ["2", "农业生产发展资金", "农机购置补贴", "补贴对象、机具、金额", "", "信息形成或变更之日起二十个工作日内",
     "乡镇人民政府", marks({"政府网站", BOARD}, other="12345政务服务热线"), "√", "", "√", "", "√", "√", ""],
    # 社会救助 (A6:A8 merged), 最低生活保障 merged C6:C7
    ["3", "最低生活保障", "审核信息", "初审对象名单及相关信息", "《社会救助暂行办法》",
     "制定或获取信息之日起10个工作日内，公示7个工作日", "乡镇人民政府", "政府网站、村务公开栏", "√", "", "√", "", "", "√",
     "0311-8123456"],
    ["4", None, "办理指南", "申请条件、材料、流程", "", "实时", "乡镇人民政府", marks({"便民服务站"}),
     "", "√", "√", "√", "", "√", ""],
    ["5", "临时救助", "救助结果", "救助对象、金额", "", "按上级要求", "乡镇人民政府", marks({BOARD}),
     "√", "", "√", "", "", "是的", ""],
]
SECTION_ROWS = [
    ["1", "任务分配", "", "补助农户名单", "", "分配结果确定后20个工作日内", "乡镇人民政府",
     marks({"政府网站", BOARD}), "√", "", "√", "", "", "√", ""],
    ["2", "", "", "缺少一级事项的一行", "", "", "", "", "", "", "", "", "", "", ""],
]


def county_workbook(path: Path, changed: bool = False) -> Path:
    """The published two-row layout: title, merged header cells, area names merged down column A, then a
    section row for an area whose rows leave column A empty, a note line, and a local column 咨询电话."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目录"
    ws.append(["示范县东风镇基层政务公开事项标准目录"])
    ws.merge_cells("A1:P1")
    ws.append(HEADER_TOP)
    ws.append(HEADER_LOW)
    for rng in ("A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:I3", "J2:K2", "L2:M2", "N2:O2",
                "P2:P3"):
        ws.merge_cells(rng)
    rows = [list(r) for r in ROWS]
    if changed:
        rows[0][3] = "政策依据；申请指南；补贴结果；监督渠道；举报电话"
        rows[1][5] = "信息形成或变更之日起10个工作日内"
    for r in rows:
        ws.append([None] + r)
    ws["A4"] = "涉农补贴"
    ws.merge_cells("A4:A5")
    ws["A6"] = "社会救助领域"
    ws.merge_cells("A6:A8")
    ws.merge_cells("C6:C7")
    ws.append(["三、农村危房改造"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=16)
    for r in SECTION_ROWS:
        ws.append([None] + r)
    ws.append(["注：本目录由县政务公开办统一编制，各乡镇可结合实际补充。"])
    ws["A2"].alignment = Alignment(vertical="center")
    wb.save(path)
    return path


@pytest.fixture
def db(tmp_path):
    database = open_database(DataFolder(tmp_path / "data").ensure(), start_backup=False)
    with database.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县")
    yield database
    database.close()


def items_by_key(s):
    return {(i.area.name, i.level1, i.level2): i for a in catalog.areas(s) for i in a.items}


def test_preview_shows_each_row_as_understood_and_names_the_problem_rows(db, tmp_path):
    path = county_workbook(tmp_path / "县目录.xlsx")
    with db.session() as s:
        plan = catalog.plan_import(s, path)
        assert plan.title == "示范县东风镇基层政务公开事项标准目录"
        assert [(p.row.row, p.row.area, p.row.level1, p.row.level2) for p in plan.items] == [
            (4, "涉农补贴", "农业生产发展资金", "耕地地力保护"),
            (5, "涉农补贴", "农业生产发展资金", "农机购置补贴"),
            (6, "社会救助", "最低生活保障", "审核信息"),
            (7, "社会救助", "最低生活保障", "办理指南"),  # 一级事项 merged down from row 6
            (8, "社会救助", "临时救助", "救助结果"),
            (10, "农村危房改造", "任务分配", ""),  # after the section row 三、农村危房改造
        ]
        assert all(p.action == catalog.ADD for p in plan.items)
        first, second, low, guide, _temp, _housing = (p.row for p in plan.items)
        assert first.channels == ["社区/企事业单位/村公示栏(电子屏)"]
        assert second.channels == ["政府网站", "社区/企事业单位/村公示栏(电子屏)", "其他"]
        assert second.channel_other == "12345政务服务热线"
        assert low.channels == ["政府网站", "社区/企事业单位/村公示栏(电子屏)"]  # free text understood
        assert first.audience == ["全社会"] and first.modes == ["主动"] and first.levels == ["乡、村级"]
        assert guide.audience == ["特定群体"] and guide.modes == ["主动", "依申请"]
        assert second.levels == ["县级", "乡、村级"]
        assert first.notes == {"咨询电话": "0311-8000001"} and second.notes == {}
        assert plan.items[2].rule.publicity_days == 7
        assert not plan.items[3].rule.computable  # 实时
        problems = {(p.row, p.message.split("，")[0]) for p in plan.problems}
        assert (11, "没有一级事项") in problems
        assert any(p.row == 8 and "按上级要求" in p.message for p in plan.problems)
        assert any(p.row == 8 and "是的" in p.message and "O列" in p.message for p in plan.problems)
        assert all("工作表“目录”" in p.where for p in plan.problems)
        assert "新增6个" in plan.summary() and "问题3处" in plan.summary()
        assert plan.new_areas == ["涉农补贴", "社会救助", "农村危房改造"]
    with db.session() as s:  # nothing was saved by the preview
        assert catalog.areas(s) == []


def test_import_saves_every_field_and_export_reads_back_the_same(db, tmp_path):
    path = county_workbook(tmp_path / "县目录.xlsx")
    with db.transaction() as s:
        _plan, result = catalog.import_catalog(s, path)
        assert (result.added, result.updated) == (6, 0)
    with db.session() as s:
        got = items_by_key(s)
        low = got[("社会救助", "最低生活保障", "审核信息")]
        assert (low.rule_event, low.rule_days, low.rule_unit, low.rule_publicity_days) == (
            "制定或获取信息之日", 10, "工作日", 7)
        assert low.basis == "《社会救助暂行办法》" and low.subject == "乡镇人民政府" and not low.is_reference
        assert low.notes == {"咨询电话": "0311-8123456"}
        assert got[("农村危房改造", "任务分配", "")].rule_days == 20
        before = {k: _fields(i) for k, i in got.items()}
        out_xlsx = catalog.export_catalog(s, tmp_path / "导出.xlsx")
        out_docx = catalog.export_catalog(s, tmp_path / "导出.docx")

    # The exported workbook: merged two-row header, √ and ■/□ marks, section rows, landscape print setup.
    wb = openpyxl.load_workbook(out_xlsx)
    ws = wb.active
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A2:A3", "B2:C2", "I2:J2", "K2:L2", "M2:N2", "O2:O3"} <= merged
    # the titles break between words only (特定 / 群体, never 全社 / 会 or 依申 / 请)
    options = [ws.cell(3, c).value for c in range(9, 15)]
    assert [t.replace("\n", "") for t in options] == ["全社会", "特定群体", "主动", "依申请", "县级", "乡、村级"]
    assert options[0] == "全社会" and options[3] == "依申请"
    assert ws["A4"].value == "一、涉农补贴" and "A4:O4" in merged
    assert ws["H5"].value.startswith("□政府网站 □政府公报") and "■社区/企事业单位/村公示栏(电子屏)" in ws["H5"].value
    assert ws["I5"].value == "√" and ws["J5"].value is None
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.print_title_rows == "$2:$3" and ws.freeze_panes == "A4"

    # Read back into a fresh database: every field survives.
    fresh = open_database(DataFolder(tmp_path / "fresh").ensure(), start_backup=False)
    try:
        with fresh.transaction() as s:
            catalog.import_catalog(s, out_xlsx)
        with fresh.session() as s:
            after = {k: _fields(i) for k, i in items_by_key(s).items()}
    finally:
        fresh.close()
    assert after == before

    # The .docx: A4 landscape, East-Asian fonts, the header merged over two rows, sections spanning the table.
    d = docx.Document(str(out_docx))
    sec = d.sections[0]
    assert sec.page_width > sec.page_height and abs(sec.page_width.mm - 297) < 1
    xml = zipfile.ZipFile(out_docx).read("word/document.xml").decode("utf-8")
    assert 'w:eastAsia="' in zipfile.ZipFile(out_docx).read("word/styles.xml").decode("utf-8")
    assert '<w:gridSpan w:val="15"/>' in xml and "一、涉农补贴" in xml
    table = d.tables[0]
    assert table.cell(0, 1).text == "公开事项" and table.cell(1, 1).text.replace("\n", "") == "一级事项"
    cells = "".join(d.tables[0]._tbl.itertext())   # the text of every cell, its lines joined
    assert "■社区/企事业单位/村公示栏(电子屏)" in cells and "√" in xml


def _fields(item):
    return dict(content=item.content, basis=item.basis, time_limit=item.time_limit, subject=item.subject,
                channels=item.channels, channel_other=item.channel_other, audience=item.audience, modes=item.modes,
                levels=item.levels, notes=item.notes, rule=(item.rule_event, item.rule_days, item.rule_unit,
                                                            item.rule_publicity_days))


def test_reimport_updates_instead_of_duplicating(db, tmp_path):
    with db.transaction() as s:
        catalog.import_catalog(s, county_workbook(tmp_path / "v1.xlsx"))
    with db.transaction() as s:
        item = items_by_key(s)[("涉农补贴", "农业生产发展资金", "耕地地力保护")]
        catalog.add_record(s, item, title="申请指南", formed_on=__import__("datetime").date(2026, 3, 2))
        # The clerk corrected a rule; the text stays the same in the new file, so the correction stays.
        housing = items_by_key(s)[("农村危房改造", "任务分配", "")]
        catalog.set_rule(s, housing, "分配结果确定之日", 15, "工作日")
    with db.transaction() as s:
        plan = catalog.plan_import(s, county_workbook(tmp_path / "v2.xlsx", changed=True))
        changed = {p.row.level2: p.changes for p in plan.items if p.action == catalog.UPDATE}
        assert changed == {"耕地地力保护": ["公开内容"], "农机购置补贴": ["公开时限"]}
        assert plan.count(catalog.ADD) == 0 and plan.count(catalog.SAME) == 4
        result = catalog.apply_import(s, plan)
        assert (result.added, result.updated, result.unchanged) == (0, 2, 4)
    with db.session() as s:
        got = items_by_key(s)
        assert len(got) == 6
        farm = got[("涉农补贴", "农业生产发展资金", "耕地地力保护")]
        assert farm.content.endswith("举报电话") and len(farm.records) == 1
        assert got[("涉农补贴", "农业生产发展资金", "农机购置补贴")].rule_days == 10
        housing = got[("农村危房改造", "任务分配", "")]
        assert housing.rule_days == 15 and housing.rule_edited


def test_import_replaces_the_reference_template_but_keeps_items_with_records(db, tmp_path):
    import datetime as dt

    with db.transaction() as s:
        assert catalog.install_reference(s) == 27
        assert "参考模板" in catalog.reference_notice(s)
        kept = catalog.find_item(s, "公共法律服务/法律援助/服务指南")
        catalog.add_record(s, kept, title="法律援助服务指南", formed_on=dt.date(2026, 2, 1),
                           published_on=dt.date(2026, 2, 3))
    with db.transaction() as s:
        plan = catalog.plan_import(s, county_workbook(tmp_path / "县目录.xlsx"))
        # The county's 耕地地力保护 row matches the reference item and takes it over.
        farm = next(p for p in plan.items if p.row.level2 == "耕地地力保护")
        assert farm.action == catalog.UPDATE and "由参考模板转为本县目录" in farm.changes
        result = catalog.apply_import(s, plan)
        assert result.reference_kept == 1 and result.reference_removed == 27 - 1 - 5  # 5 taken over by the county rows
    with db.session() as s:
        assert catalog.reference_count(s) == 1
        visible = [a.name for a in catalog.areas(s, include_hidden=False)]
        assert visible[:3] == ["涉农补贴", "社会救助", "农村危房改造"] and "公共法律服务" in visible
        assert "税收管理" not in visible  # emptied areas are hidden, not deleted
        assert "税收管理" in [a.name for a in catalog.areas(s)]


def test_area_names_as_sections_only_and_one_sheet_per_area(db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "涉农补贴"
    ws.append(["涉农补贴领域基层政务公开标准目录"])
    ws.append(["序号", "一级事项", "二级事项", "公开内容", "公开时限", "公开渠道", "全社会", "特定群体"])
    ws.append([1, "惠民惠农财政补贴", "一卡通发放", "发放情况", "信息形成或者变更之日起20个工作日内", "门户网站；公示栏", "√", ""])
    ws2 = wb.create_sheet("说明")
    ws2.append(["本表说明"])
    ws3 = wb.create_sheet("Sheet3")
    ws3.append(["序号", "一级事项", "二级事项", "公开内容"])
    ws3.append([1, "没有领域的事项", "", "内容"])
    path = tmp_path / "分领域.xlsx"
    wb.save(path)
    with db.session() as s:
        plan = catalog.plan_import(s, path)
    assert plan.sheets == ["涉农补贴", "Sheet3"]
    assert [(p.row.area, p.row.level1) for p in plan.items] == [("涉农补贴", "惠民惠农财政补贴")]
    assert plan.items[0].row.channels == ["政府网站", "社区/企事业单位/村公示栏(电子屏)"]
    assert any(p.sheet == "Sheet3" and p.row == 2 and "领域" in p.message for p in plan.problems)


def test_a_file_without_a_catalog_header_is_one_sentence(db, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.active.append(["张三", "1"])
    path = tmp_path / "名单.xlsx"
    wb.save(path)
    with db.session() as s, pytest.raises(UserError, match="找不到标准目录的表头"):
        catalog.plan_import(s, path)
