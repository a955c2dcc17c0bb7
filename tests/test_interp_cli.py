"""`gkdesk interp …` as a clerk or a script uses it, on the demo township (today 2026-11-23: the demo's
interpretations of the month before are October's)."""
from __future__ import annotations

import datetime as dt
import json
from functools import partial

import docx
import openpyxl
import pytest

from gkdesk.domain.dates import format_cn
from tests import commands

TODAY = "2026-11-23"
run = partial(commands.run, today=TODAY)


@pytest.fixture
def demo(capsys):
    assert run(capsys, "demo")[0] == 0


def october_json(capsys):
    code, out, _ = run(capsys, "interp", "list", "--month", "2026-10", "--json")
    assert code == 0
    return json.loads(out)


def test_report_on_the_demo_has_the_october_records(demo, capsys, tmp_path):
    records = october_json(capsys)
    assert len(records) == 3
    out = tmp_path / "f.xlsx"
    code, text, _ = run(capsys, "interp", "report", "--month", "2026-10", "--format", "xlsx", "-o", str(out))
    assert code == 0 and "3条解读" in text
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "政策解读情况报备表" and "报送月份：2026年10月" in ws["A2"].value
    body = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_row=7)]
    assert [r[0] for r in body] == [1, 2, 3]
    assert [(r[1], r[5], r[6], r[9]) for r in body] == [
        (d["policy_title"], d["title"], d["form"], format_cn(dt.date.fromisoformat(d["published_on"])))
        for d in records]
    assert [r[10] for r in body] == [d["sync"] for d in records]
    assert ws["A8"].value is None   # no fourth record


def test_a_month_without_records_gives_the_nil_filing(demo, capsys, tmp_path):
    out = tmp_path / "aug.docx"
    code, text, _ = run(capsys, "interp", "report", "--month", "2026-08", "-o", str(out))
    assert code == 0 and "本月无政策解读" in text
    table = docx.Document(str(out)).tables[0]
    assert [c.text for c in table.rows[1].cells][:3] == ["", "本月无政策解读", ""]


def test_due_lists_octobers_filing_until_it_is_submitted(demo, capsys):
    code, out, _ = run(capsys, "due")
    assert code == 0 and "2026年10月政策解读报备表未报送" in out and "[已逾期18天]" in out
    code, out, _ = run(capsys, "interp", "submit", "--month", "2026-10")
    assert code == 0 and "已报送" in out and "2026年11月23日" in out
    code, out, _ = run(capsys, "due")
    assert "2026年10月政策解读报备表" not in out
    # Locked: a new October record is refused with the sentence that says what to do.
    code, _, err = run(capsys, "interp", "add", "--policy", "某方案", "--title", "某方案解读", "--form", "视频",
                       "--published", "2026-10-30")
    assert code == 1 and "请先在“政策解读报备”中重新打开2026年10月" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, "interp", "reopen", "--month", "2026-10")
    assert code == 0
    assert "2026年10月政策解读报备表未报送" in run(capsys, "due")[1]


def test_add_list_and_targets(demo, capsys):
    code, out, _ = run(capsys, "interp", "add", "--policy", "东风镇防汛应急预案", "--title", "防汛应急预案视频解读",
                       "--form", "短视频", "--published", "2026-11-20", "--policy-date", "2026-11-20", "--role", "镇长",
                       "--interpreter", "张华", "--channels", "政府网站,微信公众号", "--json")
    data = json.loads(out)
    assert code == 0 and (data["form"], data["role"], data["sync"]) == ("视频", "主要负责人", "是")
    assert data["channels"] == ["政府网站", "两微一端"]
    code, out, _ = run(capsys, "interp", "targets", "--json")
    progress = {t["name"]: (t["done"], t["minimum"]) for t in json.loads(out)["targets"]}
    assert progress == {"在线访谈": (0, 1), "视频": (1, 1), "音频": (0, 1), "图解": (1, 1), "主要负责人": (2, 1)}
    code, out, _ = run(capsys, "interp", "targets", "--year", "2027", "--set", "视频=2", "--set", "主要负责人解读=2")
    assert code == 0 and "视频 0/2" in out and "主要负责人解读 0/2" in out and "在线访谈 0/1" in out
    code, _, err = run(capsys, "interp", "targets", "--set", "快板=1")
    assert code == 1 and "不在规定的形式中" in err


def test_import_command_reports_rows_and_refuses_bad_files(demo, capsys, tmp_path):
    path = tmp_path / "old.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "政策文件名称", "文号", "解读标题", "解读形式", "解读发布日期"])
    ws.append([1, "甲方案", "东政发〔2026〕30号", "甲方案解读", "音频", "2026-11-03"])
    ws.append([2, "乙方案", "", "乙方案解读", "快板", "2026-11-04"])
    wb.save(path)
    code, out, err = run(capsys, "interp", "import", str(path))
    assert code == 1 and "第3行 解读形式" in err and "没有导入任何记录" in err
    ws.delete_rows(3)
    wb.save(path)
    code, out, _ = run(capsys, "interp", "import", str(path))
    assert code == 0 and "已导入 1 条" in out
    code, _, err = run(capsys, "interp", "import", str(tmp_path / "missing.xlsx"))
    assert code == 1 and "找不到文件" in err


def test_user_mistakes_are_one_sentence(demo, capsys, tmp_path):
    code, _, err = run(capsys, "interp", "report", "--month", "2026-13", "-o", str(tmp_path / "x.xlsx"))
    assert code == 1 and "月份“2026-13”无法识别" in err
    code, _, err = run(capsys, "interp", "submit", "--month", "2026-12")
    assert code == 1 and "还没有到" in err
    code, _, err = run(capsys, "interp", "add", "--policy", "x", "--title", "y", "--form", "视频", "--published",
                       "昨天")
    assert code == 1 and "解读发布日期" in err and "Traceback" not in err


def test_report_format_and_file_name_must_agree(demo, capsys, tmp_path, monkeypatch):
    code, _, err = run(capsys, "interp", "report", "--month", "2026-10", "--format", "docx", "-o",
                       str(tmp_path / "f.xlsx"))
    assert code == 1 and "扩展名与格式 docx 不一致" in err
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "interp", "report", "--month", "2026-10", "--format", "docx")
    assert code == 0 and (tmp_path / "东风镇2026年10月政策解读报备表.docx").exists()


def test_filing_a_month_before_it_has_ended_says_so(demo, capsys, tmp_path):
    """On 11-23 November is not over: the 报备表 is written but the clerk is told it only holds what is recorded
    so far, and marking it 已报送 says what that locks out; October (over) draws no such note."""
    code, _, err = run(capsys, "interp", "report", "--month", "2026-11", "-o", str(tmp_path / "nov.xlsx"))
    assert code == 0 and "2026年11月还没有结束（到2026年11月30日）" in err and "月底后请重新生成" in err
    code, _, err = run(capsys, "interp", "report", "--month", "2026-10", "-o", str(tmp_path / "oct.xlsx"))
    assert code == 0 and "还没有结束" not in err
    code, _, err = run(capsys, "interp", "submit", "--month", "2026-11", "--date", TODAY)
    assert code == 0 and "2026年11月还没有结束" in err and "interp reopen" in err
