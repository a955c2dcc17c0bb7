"""The 2026 report of a township with a year of requests, through the service and its three outputs: tables 三
and 四 exactly as worked out by hand below, the identity, the drafted text quoting the tables, the checks, and
the year's lifecycle (定稿, locked, 重新打开 with a reason, last year's report carried into this one)."""
from __future__ import annotations

import datetime as dt
import json

import docx
import openpyxl
import pytest
from sqlalchemy import select

from gkdesk.cli import main
from gkdesk.domain import annual_report as ar
from gkdesk.domain.privacy import PrivacyError
from gkdesk.services import annual_report as report
from gkdesk.services import reminders, settings
from gkdesk.services import requests as rq
from gkdesk.services.errors import UserError
from gkdesk.store.db import open_database
from gkdesk.store.models import AuditEntry, InfoRequest, InfoRequestEvent

TODAY = dt.date(2027, 1, 20)
NEW, CARRIED_IN, TOTAL, CARRIED_OUT = ("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量",
                                       "（七）总计", "四、结转下年度继续办理")
COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
FREE_PARTS = {"政府信息管理": "严格落实公开属性源头认定和保密审查。", "平台建设": "维护政府网站专栏和村务公开栏。",
              "监督保障": "将政务公开纳入年度考核。", "五": "公开内容还不够全面，下一步加强培训。",
              "六": "人大代表建议和政协提案办理结果已全部公开。"}


@pytest.fixture
def db(data_folder):
    db = open_database(data_folder, start_backup=False)
    with db.transaction() as s:
        unit = settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456")
        unit.created_at = dt.datetime(2025, 1, 1, 9)   # in use since before its first request (2025-11-20)
        settings.set_setting(s, "clerk_name", "李明")
    yield db
    db.close()


def add(s, received: str, kind: str = "自然人", name: str = "张三"):
    return rq.add_request(s, received_on=received, channel="当面", applicant_name=name, applicant_type=kind,
                          content="东风村道路硬化工程招标文件", today=TODAY)


def year_of_requests(s) -> None:
    """The year worked out by hand (2026):

    id  received     applicant       what happens                                   counted in 2026
    1   2025-11-20   自然人          予以公开 2025-12-10                            nothing (last year's)
    2   2025-12-15   自然人          予以公开 2026-01-09                            上年结转, （一）予以公开
    3   2025-12-22   商业企业        不予公开:4 2026-01-16; 行政复议 2026-02-10,    上年结转, 4.保护第三方合法权益;
                                     纠正 2027-01-05                                 复议 尚未审结 (on 31 December)
    4   2026-02-03   自然人          部分公开 2026-02-20; 直接起诉 2026-11-30       新收, （二）部分公开; 诉讼 尚未审结
    5   2026-03-10   法律服务机构    无法提供:1 2026-03-25                          新收, 无法提供 1
    6   2026-04-01   自然人          补正 2026-04-03 (by 04-17), 视为放弃 04-20     新收, 其他处理 1
    7   2026-06-08   自然人          不予处理:重复申请 2026-06-19                   新收, 不予处理 2
    8   2026-09-01   社会公益组织    予以公开 2026-09-15; 行政复议 2026-10-20,      新收, （一）予以公开;
                                     维持 2026-12-10                                 复议 结果维持
    9   2026-12-21   自然人          still open on 31 December (answered 2027-01-08) 新收, 结转下年度

    新收 6 (自然人 4, 社会公益组织 1, 法律服务机构 1); 上年结转 2 (自然人 1, 商业企业 1);
    办理结果 7 (自然人 4, 商业企业 1, 社会公益组织 1, 法律服务机构 1); 结转下年度 1 (自然人).
    6 + 2 = 7 + 1.  Table 四: 行政复议 维持 1, 尚未审结 1, 总计 2; 未经复议直接起诉 尚未审结 1."""
    r = [add(s, "2025-11-20"), add(s, "2025-12-15"), add(s, "2025-12-22", "商业企业", "东风农机有限公司"),
         add(s, "2026-02-03"), add(s, "2026-03-10", "法律服务机构", "明理律师事务所"), add(s, "2026-04-01"),
         add(s, "2026-06-08"), add(s, "2026-09-01", "社会公益组织", "乡村发展协会"), add(s, "2026-12-21")]
    ids = [x.id for x in r]
    rq.answer(s, ids[0], day="2025-12-10", result="予以公开", today=TODAY)
    rq.answer(s, ids[1], day="2026-01-09", result="予以公开", today=TODAY)
    rq.answer(s, ids[2], day="2026-01-16", result="不予公开:保护第三方合法权益", today=TODAY)
    rq.record_case(s, ids[2], kind="行政复议", result="尚未审结", day="2026-02-10", today=TODAY)
    rq.record_case(s, ids[2], kind="行政复议", result="纠正", day="2027-01-05", today=TODAY)
    rq.answer(s, ids[3], day="2026-02-20", result="部分公开", today=TODAY)
    rq.record_case(s, ids[3], kind="未经复议直接起诉", result="尚未审结", day="2026-11-30", today=TODAY)
    rq.answer(s, ids[4], day="2026-03-25", result="无法提供:1", today=TODAY)
    rq.ask_supplement(s, ids[5], asked_on="2026-04-03", content="请写明文件名称", reply_by="2026-04-17", today=TODAY)
    rq.abandon(s, ids[5], day="2026-04-20", today=TODAY)
    rq.answer(s, ids[6], day="2026-06-19", result="重复申请", today=TODAY)
    rq.answer(s, ids[7], day="2026-09-15", result="予以公开", today=TODAY)
    rq.record_case(s, ids[7], kind="行政复议", result="尚未审结", day="2026-10-20", today=TODAY)
    rq.record_case(s, ids[7], kind="行政复议", result="维持", day="2026-12-10", today=TODAY)
    rq.answer(s, ids[8], day="2027-01-08", result="予以公开", today=TODAY)


def expected_table3() -> dict[str, list[int]]:
    """Worked out by hand from the docstring above, columns as COLUMNS."""
    zero = [0] * 7
    rows = {label.key: list(zero) for label in ar.TABLE3_ROWS}
    rows[NEW] = [4, 0, 0, 1, 1, 0, 6]
    rows[CARRIED_IN] = [1, 1, 0, 0, 0, 0, 2]
    rows["（一）予以公开"] = [1, 0, 0, 1, 0, 0, 2]
    rows["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"] = [1, 0, 0, 0, 0, 0, 1]
    rows["4.保护第三方合法权益"] = [0, 1, 0, 0, 0, 0, 1]
    rows["1.本机关不掌握相关政府信息"] = [0, 0, 0, 0, 1, 0, 1]
    rows["2.重复申请"] = [1, 0, 0, 0, 0, 0, 1]
    rows["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"] = [1, 0, 0, 0, 0, 0, 1]
    rows[TOTAL] = [4, 1, 0, 1, 1, 0, 7]
    rows[CARRIED_OUT] = [1, 0, 0, 0, 0, 0, 1]
    return rows


EXPECTED_TABLE4 = [1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]


@pytest.fixture
def year(db):
    with db.transaction() as s:
        year_of_requests(s)
    return db


def as_rows(table3: dict) -> dict[str, list[int]]:
    return {row: [cols[c] for c in COLUMNS] for row, cols in table3.items()}


# ---- the tables, exactly, through --json, the .docx and the .xlsx ---------------------------------------------------

def test_tables_3_and_4_come_out_exactly_through_json(year, capsys):
    code = main(["--today", TODAY.isoformat(), "report", "annual", "--year", "2026", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert as_rows(data["tables"]["三、收到和处理政府信息公开申请情况"]) == expected_table3()
    t4 = data["tables"]["四、政府信息公开行政复议、行政诉讼情况"]
    assert t4 == {"行政复议": {"结果维持": 1, "结果纠正": 0, "其他结果": 0, "尚未审结": 1, "总计": 2},
                  "未经复议直接起诉": {"结果维持": 0, "结果纠正": 0, "其他结果": 0, "尚未审结": 1, "总计": 1},
                  "复议后起诉": {"结果维持": 0, "结果纠正": 0, "其他结果": 0, "尚未审结": 0, "总计": 0}}
    assert data["identity"] == {"holds": True, "gaps": []}
    new, carried, total, out = (data["tables"]["三、收到和处理政府信息公开申请情况"][k]["总计"]
                                for k in (NEW, CARRIED_IN, TOTAL, CARRIED_OUT))
    assert new + carried == total + out == 8


def _docx_rows(path, index: int) -> list[list[str]]:
    """The rows of the index-th table as a reader sees them (a merged cell's text in each grid slot)."""
    table = docx.Document(str(path)).tables[index]
    return [[c.text for c in row.cells] for row in table.rows]


def test_tables_3_and_4_come_out_exactly_in_the_docx(year, tmp_path):
    path = tmp_path / "报告.docx"
    with year.session() as s:
        report.write(s, 2026, path, TODAY)
    rows = _docx_rows(path, 1)
    assert rows[0][0] == ar.TABLE3_NOTE and rows[0][3] == "申请人情况"
    assert rows[1][3:] == ["自然人", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织",
                           "法人或其他组织", "总计"]
    assert [t.replace("\n", "") for t in rows[2][4:9]] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    found = {}
    for row in rows[3:]:
        label = row[2].replace("\n", "")
        found[label] = [int(v) for v in row[3:]]
    expected = expected_table3()
    for label in ar.TABLE3_ROWS:
        assert found[label.key] == expected[label.key], label.key
    assert [r[0].replace("\n", "") for r in rows[5:27]] == ["三、本年度办理结果"] * 22   # one merged cell
    t4 = _docx_rows(path, 2)
    assert t4[0][0] == "行政复议" and t4[0][5] == "行政诉讼" and t4[1][5] == "未经复议直接起诉"
    assert t4[1][0] == t4[2][0] == "结果\n维持" and t4[2][14] == "总计"   # 复议's results two rows deep
    assert [int(v) for v in t4[3]] == EXPECTED_TABLE4
    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "全年新收政府信息公开申请6件（自然人申请4件、法人或其他组织申请2件），上年结转2件。" in body
    assert "结转下年度继续办理1件。" in body
    headings = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name in ("一级标题", "二级标题")]
    assert headings == ["一、总体情况", "（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设",
                        "（五）监督保障", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def test_tables_3_and_4_come_out_exactly_in_the_xlsx_one_sheet_each(year, tmp_path):
    path = tmp_path / "报告.xlsx"
    with year.session() as s:
        report.write(s, 2026, path, TODAY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                             "四、政府信息公开行政复议、行政诉讼情况"]
    ws = wb["三、收到和处理政府信息公开申请情况"]
    found = {}
    for row in ws.iter_rows(min_row=6, values_only=True):
        label = next((str(v).replace("\n", "") for v in reversed(row[:3]) if v), None)
        found[label] = list(row[3:10])
    expected = expected_table3()
    for label in ar.TABLE3_ROWS:
        assert found[label.key] == expected[label.key], label.key
    assert all(isinstance(v, int) for v in found[NEW]), "figures are numbers the county can add up"
    t4 = [list(r) for r in wb["四、政府信息公开行政复议、行政诉讼情况"].iter_rows(values_only=True)]
    assert t4[-1] == EXPECTED_TABLE4


# ---- the drafted text --------------------------------------------------------------------------------------------

def test_the_overview_quotes_the_tables_and_changes_with_the_data(year):
    with year.session() as s:
        text = report.build(s, 2026, TODAY).texts[ar.REQUESTS].text
    assert "全年新收政府信息公开申请6件（自然人申请4件、法人或其他组织申请2件），上年结转2件。" in text
    assert "本年度办结7件，其中予以公开2件、部分公开1件、不予公开1件、无法提供1件、不予处理1件、其他处理1件；结转下年度继续办理1件。" in text
    assert "因政府信息公开工作被申请行政复议2件（结果维持1件、尚未审结1件），被提起行政诉讼1件（尚未审结1件）。" in text
    with year.transaction() as s:
        report.set_text(s, 2026, ar.REQUESTS, "我镇严格按照条例办理申请。" + text, TODAY)
        add(s, "2026-12-30", "科研机构", "农业科学研究所")
    with year.session() as s:
        view = report.build(s, 2026, TODAY)
    edited = view.texts[ar.REQUESTS]
    assert edited.edited and edited.text.startswith("我镇严格按照条例办理申请。")
    assert "全年新收政府信息公开申请7件（自然人申请4件、法人或其他组织申请3件）" in edited.text
    assert "结转下年度继续办理2件" in edited.text
    assert view.table3[NEW]["总计"] == 7 and view.table3[CARRIED_OUT]["总计"] == 2


def test_a_rewritten_sentence_with_old_figures_blocks_finalizing_until_checked(year):
    with year.transaction() as s:
        for part, text in FREE_PARTS.items():
            report.set_text(s, 2026, part, text, TODAY)
        report.set_text(s, 2026, ar.REQUESTS, "全年共受理申请6件，均依法答复。", TODAY)
        add(s, "2026-12-30")
    with year.session() as s:
        view = report.build(s, 2026, TODAY)
        assert any("按旧数据改写" in c.text and c.level == ar.ERROR for c in view.checks)
    with year.transaction() as s:
        with pytest.raises(UserError, match="还不能定稿：“（二）依申请公开”是按旧数据改写的"):
            report.finalize(s, 2026, TODAY)
        report.set_text(s, 2026, ar.REQUESTS, "全年共受理申请7件，均依法答复。", TODAY)
        report.confirm_text(s, 2026, ar.REQUESTS, TODAY)
        assert report.finalize(s, 2026, TODAY).final


def test_active_disclosure_is_drafted_from_table_2_and_last_year_carries_in_force(year):
    with year.transaction() as s:
        report.set_values(s, 2026, ["行政规范性文件.本年制发件数=2", "行政规范性文件.废止=1",
                                    "行政规范性文件.现行有效件数=5", "行政处罚=5", "行政事业性收费=0.35"])
        view = report.build(s, 2026, TODAY)
        assert view.table2["行政规范性文件"] == {"本年制发件数": 2, "本年废止件数": 1, "现行有效件数": 5}
        assert view.table2["行政事业性收费"]["本年收费金额（单位：万元）"] == 350_000
        assert ("本年制发行政规范性文件2件、废止1件；现行有效行政规范性文件5件；作出并公开行政处罚决定5件；"
                "收取行政事业性收费0.35万元") in view.texts[ar.ACTIVE].text
        report.set_values(s, 2027, ["行政规范性文件.本年制发件数=3"])
        next_year = report.build(s, 2027, dt.date(2027, 12, 1))
    assert next_year.table2["行政规范性文件"]["现行有效件数"] == 8
    assert next_year.table2_sources[("行政规范性文件", "现行有效件数")] == \
        "上年现行有效5件 + 本年制发3件 − 本年废止0件 = 8件"
    with year.transaction() as s:
        report.set_values(s, 2027, ["行政规范性文件.现行有效件数=9"])
        typed = report.build(s, 2027, dt.date(2027, 12, 1))
    assert typed.table2["行政规范性文件"]["现行有效件数"] == 9
    assert any(c.level == ar.WARNING and "手工填写9件（按上年推算应为：上年现行有效5件 + 本年制发3件 − 本年废止0件 = 8件）"
               in c.text for c in typed.checks)


# ---- checks ------------------------------------------------------------------------------------------------------------

def test_given_up_requests_and_open_ones_are_explained_with_links(year):
    with year.transaction() as s:
        late = add(s, "2026-12-01")
        rq.ask_supplement(s, late.id, asked_on="2026-12-03", content="请写明文号", reply_by="2026-12-17", today=TODAY)
        view = report.build(s, 2026, TODAY)
        texts = {c.text: c for c in view.checks}
        given_up = next(c for t, c in texts.items() if "视为放弃" in t and c.level == ar.INFO)
        assert "计入“（六）其他处理”" in given_up.text and given_up.refs[0][0] == "info_request"
        lapsed = next(c for t, c in texts.items() if "补正期限在年内已过" in t)
        assert lapsed.level == ar.WARNING and [r[2] for r in lapsed.refs] == [late.number]
        assert view.table3[CARRIED_OUT]["总计"] == 2
        rq.abandon(s, late.id, day="2026-12-18", today=TODAY)
        after = report.build(s, 2026, TODAY)
    assert after.table3[CARRIED_OUT]["总计"] == 1
    assert after.table3["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]["总计"] == 2
    assert after.identity_holds


def test_an_answer_dated_before_its_receipt_breaks_the_identity_and_is_named(year):
    with year.transaction() as s:
        bad = add(s, "2026-05-10", "其他", "某合作社")
        s.add(InfoRequestEvent(request_id=bad.id, kind=rq.ANSWER, day=dt.date(2025, 12, 30), result="予以公开",
                               recorded_at=dt.datetime(2026, 5, 10)))   # as an old import or a hand edit left it
        s.flush()
        s.expire_all()
        view = report.build(s, 2026, TODAY)
    assert not view.identity_holds
    error = next(c for c in view.checks if c.level == ar.ERROR and "勾稽关系不成立" in c.text)
    assert "“其他”列：新收与上年结转合计1件，办理结果总计与结转下年度合计0件" in error.text
    assert f"{bad.number}：答复日期2025-12-30早于收到申请日期2026-05-10" in error.text
    assert error.refs == (("info_request", bad.id, bad.number),)


# ---- the lifecycle ---------------------------------------------------------------------------------------------------

def _fill(s, year=2026):
    for part, text in FREE_PARTS.items():
        report.set_text(s, year, part, text, TODAY)


def test_finalizing_freezes_the_report_and_locks_it_until_reopened_with_a_reason(year):
    with year.transaction() as s:
        with pytest.raises(UserError, match="2026年尚未结束"):
            report.finalize(s, 2026, dt.date(2026, 12, 31))
        with pytest.raises(UserError, match="还不能定稿：“（三）政府信息管理”还没有内容"):
            report.finalize(s, 2026, TODAY)
        _fill(s)
        final = report.finalize(s, 2026, TODAY)
        assert final.state == "已定稿" and final.finalized_on == TODAY
        with pytest.raises(UserError, match="已定稿，不能修改"):
            report.set_values(s, 2026, ["行政处罚=3"])
        with pytest.raises(UserError, match="已定稿，不能修改"):
            report.set_text(s, 2026, "五", "改写", TODAY)
        add(s, "2026-12-30")                                    # registered late, after 定稿
        frozen = report.build(s, 2026, TODAY)
        assert frozen.table3[NEW]["总计"] == 6, "a finalized report keeps its figures"
        assert any("定稿后登记的数据有变动" in c.text and "6变为7" in c.text for c in frozen.checks)
        with pytest.raises(UserError, match="须写明原因"):
            report.reopen(s, 2026, "")
        reopened = report.reopen(s, 2026, "补登一件年底收到的申请", TODAY)
        assert reopened.state == "草稿" and reopened.table3[NEW]["总计"] == 7
        assert [h["action"] for h in reopened.history] == ["定稿", "重新打开"]
        assert reopened.history[1]["reason"] == "补登一件年底收到的申请" and reopened.history[1]["who"] == "李明"
        audited = s.scalars(select(AuditEntry).where(AuditEntry.entity == "annual_report")).all()
    assert any((e.after or {}).get("state") == "已定稿" for e in audited)
    assert any((e.after or {}).get("state") == "草稿" and (e.before or {}).get("state") == "已定稿" for e in audited)


def test_a_full_number_the_export_would_refuse_blocks_finalizing_and_is_named_by_part(year, tmp_path):
    with year.transaction() as s:
        _fill(s)
        report.set_text(s, 2026, "政府信息管理", "严格落实保密审查，联系电话13812345678。", TODAY)
        report.set_text(s, 2026, "六", "建议提案办理结果已公开（经办人身份证号130123199003071235）。", TODAY)
        errors = [c.text for c in report.build(s, 2026, TODAY).errors]
        assert errors == [
            ("“（三）政府信息管理”中的“138****5678”像是完整的手机号码，导出时会被拒绝；个人手机号不能公开，"
             "请删去或脱敏（如 138****5678），单位的电话请写在“监督举报电话”中。"),
            ("“六、其他需要报告的事项”中的“1301**********1235”像是完整的身份证号，导出时会被拒绝；"
             "请先脱敏（如 110101********1234、****1234）后再打印或导出。")]
        with pytest.raises(UserError) as refused:
            report.finalize(s, 2026, TODAY)
        assert str(refused.value) == f"还不能定稿：{errors[0].rstrip('。')}（另有1处）。"
        with pytest.raises(PrivacyError) as export:
            report.write(s, 2026, tmp_path / "草稿.docx", TODAY)
        assert str(export.value).startswith("东风镇人民政府2026年政府信息公开工作年度报告“（三）政府信息管理”中的"
                                            "“138****5678”像是完整的手机号码，已拒绝输出")
        report.set_text(s, 2026, "政府信息管理", "严格落实保密审查，联系电话：0311-8123456。", TODAY)
        report.set_text(s, 2026, "六", FREE_PARTS["六"], TODAY)
        report.finalize(s, 2026, TODAY)
        report.write(s, 2026, tmp_path / "定稿.docx", TODAY)
    assert "0311-8123456" in "\n".join(p.text for p in docx.Document(str(tmp_path / "定稿.docx")).paragraphs)


def test_the_checks_stay_after_finalizing_and_later_changes_come_as_warnings(year):
    with year.transaction() as s:
        _fill(s)
        late = add(s, "2026-11-02")              # still unanswered on 31 December, past its due day
        before = report.build(s, 2026, TODAY).checks
        overdue = next(c for c in before if "已超过答复期限仍未答复" in c.text)
        assert overdue.level == ar.WARNING and overdue.refs == (("info_request", late.id, late.number),)
        final = report.finalize(s, 2026, TODAY)
        assert final.checks == before, "the checks as they stood at 定稿, with their links"
        rq.answer(s, late.id, day="2026-12-28", result="予以公开", today=TODAY)   # an answer entered late
        later = report.build(s, 2026, TODAY).checks
    assert later[:len(before)] == before
    added = later[len(before):]
    assert [c.level for c in added] == [ar.WARNING] * len(added)
    assert "定稿后出现：本年办结的申请中有1件超过法定期限答复，总体情况中已如实写明。" in [c.text for c in added]
    assert any(c.text.startswith("定稿后登记的数据有变动") and "“四、结转下年度继续办理”总计由2变为1" in c.text
               for c in added)


@pytest.mark.parametrize("part, text, said", [
    ("监督保障", "", "“（五）监督保障”还没有内容"),
    ("主动公开", "", "“（一）主动公开”还没有内容，导出时只有“待填写”标记"),
    ("前言", "  ", "“前言”还没有内容"),
    ("五", "【待填写：请写本年度存在的主要问题】下一步加强培训。", "“五、存在的主要问题及改进情况”中还有“【待填写……】”标记"),
], ids=["a part to write left empty", "a drafted part emptied", "the preface blanked", "a pasted placeholder"])
def test_a_finalized_report_never_holds_a_part_to_fill(year, tmp_path, part, text, said):
    with year.transaction() as s:
        _fill(s)
        report.set_text(s, 2026, part, text, TODAY)
        view = report.build(s, 2026, TODAY)
        assert any(c.level == ar.ERROR and c.text.startswith(said) for c in view.checks)
        assert report.unfilled_parts(view) == [report.part_of(part)]
        with pytest.raises(UserError, match=f"还不能定稿：{said}"):
            report.finalize(s, 2026, TODAY)
        report.set_text(s, 2026, part, "本部分已按本年情况写好。", TODAY)
        assert report.finalize(s, 2026, TODAY).state == "已定稿"
        report.write(s, 2026, tmp_path / "定稿.docx", TODAY)
    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "定稿.docx")).paragraphs)
    assert "本部分已按本年情况写好。" in body and "待填写" not in body


def test_exporting_a_draft_with_parts_to_fill_says_so(year):
    with year.transaction() as s:
        view = report.build(s, 2026, TODAY)
        assert report.draft_warning(view) == (
            "导出的是草稿，还有4部分待填写：“（三）政府信息管理”、“（四）政府信息公开平台建设”、“（五）监督保障”、"
            "“五、存在的主要问题及改进情况”；定稿前请补全。")
        _fill(s)
        report.set_text(s, 2026, "监督保障", "", TODAY)
        report.set_text(s, 2026, "平台建设", "维护专栏，联系电话13812345678。", TODAY)
        assert report.draft_warning(report.build(s, 2026, TODAY)) == (
            "导出的是草稿，还有2处须改正，其中1部分待填写：“（五）监督保障”；定稿前请补全、改正。")
        _fill(s)
        draft = report.build(s, 2026, TODAY)
        assert report.draft_warning(draft) == ""
        assert report.report_document(draft, TODAY).blocks[0] == report.DRAFT_MARK   # said inside, not only by name
        final = report.finalize(s, 2026, TODAY)
        assert report.draft_warning(final) == ""
        assert report.DRAFT_MARK not in report.report_document(final, TODAY).blocks


def test_last_years_report_is_kept_and_its_carried_out_checked_against_this_year(year):
    with year.transaction() as s:
        _fill(s, 2025)
        report.finalize(s, 2025, TODAY)
        last = report.build(s, 2025, TODAY)
        assert last.table3[CARRIED_OUT]["总计"] == 2
        assert report.build(s, 2026, TODAY).last_year["tables"]["三、收到和处理政府信息公开申请情况"][CARRIED_OUT]
        assert not any("与2025年度报告" in c.text for c in report.build(s, 2026, TODAY).checks)
        # A request of December 2025 entered after last year's report was finalized.
        missed = add(s, "2025-12-29", "其他", "某合作社")
        check = next(c for c in report.build(s, 2026, TODAY).checks if "与2025年度报告" in c.text)
    assert "本年“上年结转”3件，与2025年度报告的“结转下年度”2件不一致" in check.text
    assert check.refs == (("info_request", missed.id, missed.number),)


def test_last_years_words_start_this_years_parts_and_must_not_stand_unchanged(year):
    with year.transaction() as s:
        _fill(s, 2025)
        report.finalize(s, 2025, TODAY)
        view = report.build(s, 2026, TODAY)
        problems = view.texts[ar.PROBLEMS]
        assert problems.from_last_year and problems.text == FREE_PARTS["五"]
        assert any(c.level == ar.ERROR and "与上年报告一字不差" in c.text and "五、" in c.text for c in view.checks)
        assert view.texts[ar.OTHERS].text == FREE_PARTS["六"]
        assert any(c.level == ar.WARNING and "与上年报告一字不差" in c.text and "六、" in c.text for c in view.checks)


def test_the_comparison_with_last_year_is_added_only_by_the_clerk(year, tmp_path):
    with year.transaction() as s:
        _fill(s, 2025)
        report.finalize(s, 2025, TODAY)
        before = report.build(s, 2026, TODAY).texts[ar.REQUESTS].text
        assert "与上年" not in before
        added = report.insert_comparison(s, 2026, TODAY)
    assert added.text.endswith("与上年（3件）相比，新收申请增加3件。")


def test_reminder_from_1_january_until_finalized(year):
    with year.transaction() as s:
        report.set_county_deadline(s, "1月15日")
        found = [r for r in reminders.due(s, dt.date(2027, 1, 10)) if r.kind == "annual_report"]
        assert [(r.title, r.date, r.severity) for r in found] == [
            ("2026年政府信息公开工作年度报告尚未定稿（县里要求的报送期限）", dt.date(2027, 1, 15), "soon")]
        after_county = next(r for r in reminders.due(s, TODAY) if r.kind == "annual_report")
        assert (after_county.date, after_county.ref) == (dt.date(2027, 1, 31), ("annual_report", 2026))
        assert "法定公开期限" in after_county.title
        assert not [r for r in reminders.due(s, dt.date(2026, 12, 31)) if r.kind == "annual_report"
                    and r.extra["year"] == 2026]
        _fill(s)
        report.finalize(s, 2026, TODAY)
        assert not [r for r in reminders.due(s, TODAY) if r.kind == "annual_report"]


def test_the_report_is_public_and_carries_no_applicant(year, tmp_path):
    path = tmp_path / "报告.docx"
    with year.session() as s:
        names = set(s.scalars(select(InfoRequest.applicant_name)))
        report.write(s, 2026, path, TODAY)
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "东风镇人民政府\n2026年政府信息公开工作年度报告" in text
    assert not any(name in text for name in names)


def test_saving_other_edits_keeps_a_sentence_with_old_figures_reported(year):
    with year.transaction() as s:
        report.set_text(s, 2026, ar.REQUESTS, "全年共受理申请6件。", TODAY)
        add(s, "2026-12-30")
        stale = report.build(s, 2026, TODAY).texts[ar.REQUESTS].stale
        assert [x.sentence_id for x in stale] == ["received", "results"]
        again = report.set_text(s, 2026, ar.REQUESTS, "全年共受理申请6件。另有咨询若干。", TODAY)
        assert [x.sentence_id for x in again.stale] == ["received", "results"], "a save is not a check"
        fixed = report.set_text(s, 2026, ar.REQUESTS, stale[0].new + "另有咨询若干。", TODAY)
        assert [x.sentence_id for x in fixed.stale] == ["results"]
        assert report.confirm_text(s, 2026, ar.REQUESTS, today=TODAY).stale == ()


def test_last_years_fee_sentence_is_brought_to_this_years_fees(db):
    with db.transaction() as s:
        request = add(s, "2025-03-03")
        rq.answer(s, request.id, day="2025-03-20", result="予以公开", fee="10", today=TODAY)
        draft = report.build(s, 2025, TODAY).texts[ar.OTHERS].text
        assert draft == "依据《政府信息公开信息处理费管理办法》，本年度收取信息处理费1件次，共计10元。"
        _fill(s, 2025)
        report.set_text(s, 2025, "六", draft + "人大代表建议已全部公开。", TODAY)
        report.finalize(s, 2025, TODAY)
        this_year = report.build(s, 2026, TODAY).texts[ar.OTHERS]
    assert this_year.from_last_year and this_year.stale == ()
    assert this_year.text == "本年度未收取信息处理费。人大代表建议已全部公开。"
