"""`gkdesk report annual` as the clerk uses it: table 二 entered with --set, texts, 定稿 and 重新打开, the files, and
a --json that never loads Qt."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import partial

import pytest

from gkdesk.cli import main
from tests import commands

TODAY = "2027-01-12"
run = partial(commands.run, today=TODAY)
ok = partial(commands.ok, today=TODAY)


@pytest.fixture
def unit(capsys):
    """A township using the program since February 2026, which registers a request of March."""
    assert main(["--today", "2026-02-01", "init", "--unit", "东风镇", "--county", "示范县", "--phone", "0311-8123456"]) == 0
    ok(capsys, "request", "add", "--received", "2026-03-02", "--channel", "当面", "--applicant", "张三",
       "--applicant-type", "自然人", "--content", "道路硬化工程招标文件")


def annual(capsys, *argv) -> dict:
    return json.loads(ok(capsys, "report", "annual", "--year", "2026", *argv, "--json"))


def test_table_2_is_entered_with_set_and_a_bad_cell_is_one_sentence(unit, capsys):
    out = ok(capsys, "report", "annual", "--year", "2026", "--set", "行政规范性文件.本年制发件数=2", "行政处罚=5",
             "行政事业性收费=1.2")
    assert "表二“行政规范性文件”本年制发件数：2件" in out and "表二“行政事业性收费”本年收费金额（单位：万元）：1.2万元" in out
    table2 = annual(capsys)["tables"]["二、主动公开政府信息情况"]
    assert table2["行政规范性文件"] == {"本年制发件数": 2, "本年废止件数": 0, "现行有效件数": 2}
    assert table2["行政处罚"] == {"本年处理决定数量": 5}
    assert table2["行政事业性收费"] == {"本年收费金额（单位：万元）": 1.2}
    code, _out, err = run(capsys, "report", "annual", "--year", "2026", "--set", "行政处罚=2.5")
    assert code == 1 and err.strip() == "“行政处罚”的本年处理决定数量应为整数件数，请核对。"
    code, _out, err = run(capsys, "report", "annual", "--year", "2026", "--set", "行政处罚")
    assert code == 1 and "应写成“行政规范性文件.本年制发件数=2”的样子" in err
    assert annual(capsys)["tables"]["二、主动公开政府信息情况"]["行政处罚"] == {"本年处理决定数量": 5}


def test_texts_finalize_reopen_and_the_files(unit, capsys, tmp_path):
    problems = tmp_path / "问题.txt"
    problems.write_text("信息更新不够及时，下一步加强培训。", encoding="utf-8")
    code, _out, err = run(capsys, "report", "annual", "--year", "2026", "--finalize")
    assert code == 1 and err.startswith("还不能定稿：“（三）政府信息管理”还没有内容")
    ok(capsys, "report", "annual", "--year", "2026", "--text", "政府信息管理", "落实保密审查。",
       "--text", "平台建设", "维护政府网站专栏。", "--text", "监督保障", "纳入年度考核。",
       "--text", "五", f"@{problems}", "--text", "六", "建议提案办理结果已公开。")
    out = ok(capsys, "report", "annual", "--year", "2026", "--finalize")
    assert "2026年度报告已定稿" in out
    data = annual(capsys)
    assert data["state"] == "已定稿" and data["finalized_on"] == TODAY
    assert data["texts"]["五、存在的主要问题及改进情况"] == "信息更新不够及时，下一步加强培训。"
    code, _out, err = run(capsys, "report", "annual", "--year", "2026", "--set", "行政处罚=1")
    assert code == 1 and "已定稿，不能修改" in err
    docx_path, xlsx_path = tmp_path / "年报.docx", tmp_path / "年报.xlsx"
    assert "已导出" in ok(capsys, "report", "annual", "--year", "2026", "-o", str(docx_path))
    ok(capsys, "report", "annual", "--year", "2026", "-o", str(xlsx_path))
    assert docx_path.stat().st_size > 10_000 and xlsx_path.stat().st_size > 5_000
    code, _out, err = run(capsys, "report", "annual", "--year", "2026", "-o", str(tmp_path / "年报.pdf"))
    assert code == 1 and "只能导出为 .docx 或 .xlsx" in err
    out = ok(capsys, "report", "annual", "--year", "2026", "--reopen", "县政务公开办退回修改表二")
    assert "已重新打开2026年度报告（原因：县政务公开办退回修改表二）" in out
    assert annual(capsys)["history"][-1]["action"] == "重新打开"


FILLED = ["--text", "平台建设", "维护政府网站专栏。", "--text", "监督保障", "纳入年度考核。",
          "--text", "五", "信息更新不够及时。", "--text", "六", "建议提案办理结果已公开。"]


def test_finalize_runs_the_export_guard_first_and_the_checks_stay_after(unit, capsys, tmp_path):
    ok(capsys, "report", "annual", "--year", "2026", *FILLED, "--text", "政府信息管理", "落实保密审查，联系电话13812345678。")
    code, _out, err = run(capsys, "report", "annual", "--year", "2026", "--finalize")
    assert code == 1 and err.strip() == (
        "还不能定稿：“（三）政府信息管理”中的“138****5678”像是完整的手机号码，导出时会被拒绝；个人手机号不能公开，"
        "请删去或脱敏（如 138****5678），单位的电话请写在“监督举报电话”中。")
    shown = ok(capsys, "report", "annual", "--year", "2026")
    assert "    [须改正] “（三）政府信息管理”中的“138****5678”像是完整的手机号码，导出时会被拒绝" in shown
    ok(capsys, "report", "annual", "--year", "2026", "--text", "政府信息管理", "落实保密审查。")
    before = ok(capsys, "report", "annual", "--year", "2026").split("  检查：\n")[1]
    assert "[请核对] 1件申请截至12月31日已超过答复期限仍未答复" in before
    ok(capsys, "report", "annual", "--year", "2026", "--finalize")
    after = ok(capsys, "report", "annual", "--year", "2026")
    assert "（已定稿，2027-01-12）" in after and after.split("  检查：\n")[1] == before
    code, out, err = run(capsys, "report", "annual", "--year", "2026", "-o", str(tmp_path / "年报.docx"))
    assert code == 0 and "已导出" in out and err == ""


def test_a_draft_exports_with_a_warning_naming_the_parts_to_fill(unit, capsys, tmp_path):
    path = tmp_path / "草稿.docx"
    code, out, err = run(capsys, "report", "annual", "--year", "2026", "-o", str(path))
    assert code == 0 and f"已导出：{path}" in out
    assert err == ("注意：导出的是草稿，还有4部分待填写：“（三）政府信息管理”、“（四）政府信息公开平台建设”、“（五）监督保障”、"
                   "“五、存在的主要问题及改进情况”；定稿前请补全。\n")
    import docx

    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "【待填写：请写本年度政府信息管理情况" in body
    ok(capsys, "report", "annual", "--year", "2026", *FILLED, "--text", "政府信息管理", "落实保密审查。")
    code, _out, err = run(capsys, "report", "annual", "--year", "2026", "-o", str(tmp_path / "无待填写.xlsx"))
    assert code == 0 and err == ""


def test_the_deadline_setting_moves_the_reminder(unit, capsys):
    ok(capsys, "report", "annual", "--deadline", "1月20日", "--year", "2026")
    assert annual(capsys)["deadlines"] == {"county": "2027-01-20", "legal": "2027-01-31"}
    due = json.loads(ok(capsys, "due", "--json"))
    found = [r for r in due if r["kind"] == "annual_report"]
    assert found and found[0]["date"] == "2027-01-20" and found[0]["ref"] == {"entity": "annual_report", "id": 2026}


def test_report_json_never_imports_qt_or_the_writers(unit, data_folder):
    code = ("import sys, io, contextlib\n"
            "from gkdesk.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    rc = main(['--today', '2027-01-12', 'report', 'annual', '--year', '2026', '--json'])\n"
            "loaded = [m for m in ('PySide6', 'docx', 'openpyxl') if m in sys.modules]\n"
            "print(rc, loaded)\n")
    env = dict(os.environ, GKDESK_DATA_DIR=str(data_folder.root))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "0 []"


# ---- the reminder: only for a year the program holds ---------------------------------------------------------------

def annual_due(capsys, today: str, *data_dir) -> list[dict]:
    capsys.readouterr()
    code = main([*data_dir, "--today", today, "due", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    return [r for r in json.loads(out) if r["kind"] == "annual_report"]


def test_a_township_set_up_in_september_is_first_reminded_of_that_year_in_january(capsys):
    assert main(["--today", "2026-09-25", "init", "--unit", "青石镇", "--county", "平山县"]) == 0
    assert annual_due(capsys, "2026-09-25") == []
    assert main(["--today", "2026-09-25", "due"]) == 0
    assert "2025年政府信息公开工作年度报告" not in capsys.readouterr().out
    found = annual_due(capsys, "2027-01-02")
    assert [(r["title"], r["date"]) for r in found] == [("2026年政府信息公开工作年度报告尚未定稿（县里要求的报送期限）",
                                                          "2027-01-15")]
    assert "本程序自2026年9月25日启用" in found[0]["detail"]
    assert main(["--today", "2027-01-02", "report", "annual", "--year", "2026"]) == 0
    assert "[说明] 本程序自2026年9月25日启用，表格和起草的文字只统计程序中登记的事项" in capsys.readouterr().out
    assert [r["extra"]["year"] for r in annual_due(capsys, "2028-01-03")] == [2027]


def test_the_demo_made_in_september_is_not_told_its_2025_report_is_overdue(capsys, tmp_path):
    d = ["--data-dir", str(tmp_path / "demo")]
    assert main([*d, "--today", "2026-09-25", "demo"]) == 0
    capsys.readouterr()
    assert annual_due(capsys, "2026-09-25", *d) == []
    assert [r["extra"]["year"] for r in annual_due(capsys, "2027-01-02", *d)] == [2026]


def test_a_township_set_up_in_2025_is_still_reminded_of_its_2025_report(capsys):
    assert main(["--today", "2025-12-10", "init", "--unit", "东风镇"]) == 0
    found = annual_due(capsys, "2026-01-05")
    assert [(r["extra"]["year"], r["severity"]) for r in found] == [(2025, "open")]
    assert main(["--today", "2026-02-03", "due"]) == 0
    assert "2025年政府信息公开工作年度报告尚未定稿（法定公开期限）  2026-01-31" in capsys.readouterr().out


def test_a_report_begun_here_for_a_year_before_set_up_is_reminded_until_finalized(capsys):
    assert main(["--today", "2026-01-06", "init", "--unit", "东风镇"]) == 0
    assert annual_due(capsys, "2026-01-06") == []
    ok(capsys, "report", "annual", "--year", "2025", "--set", "行政处罚=3")
    assert [r["extra"]["year"] for r in annual_due(capsys, "2026-01-07")] == [2025]
