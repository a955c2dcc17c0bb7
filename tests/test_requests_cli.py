"""`gkdesk request …` as the clerk uses it: the four 2026 checks of issue 14 through the commands, refusals as one
sentence with nothing written, the letters as .docx listed on the request, and a quick `request list`."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import partial

import docx
import pytest

from tests import commands

TODAY = "2026-12-31"
run = partial(commands.run, today=TODAY)
ok = partial(commands.ok, today=TODAY)


def show(capsys, ref) -> dict:
    return json.loads(ok(capsys, "request", "show", str(ref), "--json"))


@pytest.fixture
def unit(capsys):
    ok(capsys, "init", "--unit", "东风镇", "--county", "示范县", "--phone", "0311-8123456")


def add(capsys, applicant="张三", kind="自然人", received="2026-09-25", channel="当面",
        content="东风村道路硬化工程招标文件", *extra) -> dict:
    return json.loads(ok(capsys, "request", "add", "--received", received, "--channel", channel, "--applicant",
                         applicant, "--applicant-type", kind, "--content", content, "--json", *extra))


def test_the_four_2026_checks_through_the_commands(unit, capsys):
    first = add(capsys)
    assert first["number"] == "东政依申〔2026〕1号"
    assert (first["due_date"], first["supplement_deadline"], first["state"], first["result"]) == \
        ("2026-10-29", "2026-10-12", "办理中", None)

    ok(capsys, "request", "extend", "1", "--date", "2026-10-28", "--approved-by", "王强", "--reason", "需调取档案核实")
    assert show(capsys, 1)["due_date"] == "2026-11-26"

    add(capsys, "李四")
    out = ok(capsys, "request", "supplement", "2", "--asked", "2026-10-12", "--content", "请写明文件名称或文号")
    assert "补正期限2026-11-02" in out and "逾期告知" not in out
    assert show(capsys, 2)["state"] == "待补正" and show(capsys, 2)["due_date"] is None
    ok(capsys, "request", "supplement", "东政依申〔2026〕2号", "--received", "2026-10-12")
    data = show(capsys, 2)
    assert (data["due_date"], data["state"]) == ("2026-11-09", "办理中")
    assert data["due_rule"] == "收到补正之日（2026-10-12）起20个工作日"


def test_the_rule_line_of_the_issue(unit, capsys):
    add(capsys)
    ok(capsys, "request", "consult", "1", "--sent", "2026-10-13", "--party", "宏达建筑公司", "--replied",
       "2026-10-20", "--opinion", "不同意公开")
    ok(capsys, "request", "extend", "1", "--date", "2026-10-28", "--approved-by", "王强", "--reason", "需调取档案")
    data = show(capsys, 1)
    assert data["due_rule"] == "收到之日起20个工作日，已延长20个工作日，征求第三方意见2026-10-13至2026-10-20不计"
    assert data["due_date"] == "2026-12-04"


@pytest.mark.parametrize("argv, message", [
    (("answer", "1", "--date", "2026-09-20", "--result", "予以公开"), "早于收到申请日期"),
    (("answer", "1", "--date", "2026-10-20", "--result", "准予公开"), "不在年度报告的办理结果分类中"),
    (("extend", "1", "--date", "2026-10-20", "--approved-by", "王强", "--reason", "x", "--days", "30"),
     "最长不得超过20个工作日"),
    (("answer", "9", "--date", "2026-10-20", "--result", "予以公开"), "没有找到申请“9”"),
])
def test_bad_steps_are_one_sentence_and_write_nothing(unit, capsys, argv, message):
    add(capsys)
    before = show(capsys, 1)
    code, out, err = run(capsys, "request", *argv)
    assert code == 1 and out == "" and message in err and err.strip().count("。") == 1
    assert show(capsys, 1) == before


def test_a_second_supplement_extension_and_answer_are_refused(unit, capsys):
    add(capsys)
    ok(capsys, "request", "supplement", "1", "--asked", "2026-10-13", "--content", "请写明文件名称")
    data = show(capsys, 1)
    assert data["supplement"]["late_notice"] is True
    assert data["timeline"][1]["title"] == "告知补正（逾期告知：应于2026年10月12日前告知）"
    code, _, err = run(capsys, "request", "supplement", "1", "--asked", "2026-10-14", "--content", "再补")
    assert code == 1 and "补正只能一次性告知" in err
    ok(capsys, "request", "supplement", "1", "--received", "2026-10-15")
    ok(capsys, "request", "extend", "1", "--date", "2026-10-20", "--approved-by", "王强", "--reason", "需调取档案")
    code, _, err = run(capsys, "request", "extend", "1", "--date", "2026-10-21", "--approved-by", "王强",
                       "--reason", "x")
    assert code == 1 and "只允许延长一次" in err
    ok(capsys, "request", "answer", "1", "--date", "2026-11-20", "--result", "无法提供:补正后申请内容仍不明确")
    code, _, err = run(capsys, "request", "answer", "1", "--date", "2026-11-21", "--result", "予以公开")
    assert code == 1 and "不能再答复" in err
    data = show(capsys, 1)
    assert (data["result"], data["result_category"], data["result_reason_number"]) == \
        ("无法提供：补正后申请内容仍不明确", "无法提供", 3)


def test_answer_with_a_fee_and_a_review_case(unit, capsys):
    add(capsys, "宏达建筑公司", "商业企业")
    data = json.loads(ok(capsys, "request", "answer", "1", "--date", "2026-10-20", "--result", "部分公开",
                         "--fee", "200", "--json"))
    assert data["state"] == "已答复" and data["fees"][0]["amount_fen"] == 20000 and not data["fees"][0]["paid"]
    ok(capsys, "request", "case", "1", "--kind", "行政复议", "--result", "尚未审结", "--date", "2026-11-10")
    ok(capsys, "request", "case", "1", "--kind", "行政复议", "--result", "纠正", "--date", "2026-12-20")
    assert show(capsys, 1)["cases"] == [{"kind": "行政复议", "filed_on": "2026-11-10", "result": "纠正",
                                          "decided_on": "2026-12-20", "organ": ""}]


def test_list_masks_the_applicant_and_due_lists_the_request(unit, capsys):
    add(capsys, "王建国", "自然人", "2026-12-15", "网络", "补贴发放明细", "--contact", "13812345678",
        "--id-number", "130123199003071235")
    out = ok(capsys, "request", "list")
    assert "王**（自然人）" in out and "王建国" not in out and "13812345678" not in out
    items = json.loads(ok(capsys, "request", "list", "--json"))
    assert items[0]["applicant"] == {"name": "王**", "type": "自然人", "type_label": "自然人"}
    out = ok(capsys, "due")
    assert "[还剩8个工作日] 东政依申〔2026〕1号：8个工作日内应答复  2027-01-12" in out


def test_the_register_export_has_no_applicant(unit, capsys, tmp_path):
    add(capsys, "王建国", "自然人", "2026-10-15", "网络", "补贴发放明细", "--contact", "13812345678")
    out = tmp_path / "台账.docx"
    assert "不含申请人信息" in ok(capsys, "request", "list", "--year", "2026", "-o", str(out))
    text = "\n".join(c.text for row in docx.Document(str(out)).tables[0].rows for c in row.cells)
    assert "东政依申〔2026〕1号" in text and "补贴发放明细" in text
    assert "王" not in text and "13812345678" not in text


LETTERS = [
    ("登记回执", "政府信息公开申请登记回执", "即2026年10月29日前"),
    ("补正告知书", "政府信息公开申请补正告知书", "请您于2026年11月2日前将补正后的申请提交本机关"),
    ("延期答复告知书", "政府信息公开申请延期答复告知书", "本机关将于"),
    ("征求第三方意见书", "政府信息公开征求第三方意见书", "15个工作日内"),
    ("答复书", "政府信息不予公开告知书", "60日内向示范县人民政府申请行政复议"),
]


def _text(path) -> str:
    """Every paragraph, with those of the 落款 table (the unit, the date and the 附注 under it)."""
    d = docx.Document(str(path))
    cells = [p.text for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def test_each_letter_is_written_and_listed_with_its_sending_day(unit, capsys, tmp_path):
    add(capsys, "张三", "自然人", "2026-09-25", "当面", "东风村道路硬化工程招标文件", "--contact", "13812345678",
        "--id-number", "130123199003071235")
    ok(capsys, "request", "supplement", "1", "--asked", "2026-10-12", "--content", "请写明招标文件的项目名称")
    ok(capsys, "request", "supplement", "1", "--received", "2026-10-14")
    ok(capsys, "request", "consult", "1", "--sent", "2026-10-15", "--party", "宏达建筑公司")
    ok(capsys, "request", "consult", "1", "--replied", "2026-10-22", "--opinion", "不同意公开")
    ok(capsys, "request", "extend", "1", "--date", "2026-11-05", "--approved-by", "王强", "--reason", "需调取档案核实")
    ok(capsys, "request", "answer", "1", "--date", "2026-11-20", "--result", "不予公开:保护第三方")
    for kind, title, phrase in LETTERS:
        path = tmp_path / f"{kind}.docx"
        out = ok(capsys, "request", "letter", "1", "--kind", kind, "-o", str(path))
        assert title in out
        text = _text(path)
        assert text.startswith(title) and "东政依申〔2026〕1号" in text and phrase in text, (kind, text)
        assert "东风镇人民政府\n" in text and text.endswith("（联系电话：0311-8123456）")   # 附注 under the date
        assert "130123199003071235" not in text and "13812345678" not in text
    third = _text(tmp_path / "征求第三方意见书.docx")
    assert "宏达建筑公司：" in third and "张三" not in third         # the third party is not told who asked
    answer = _text(tmp_path / "答复书.docx")
    assert "第十五条、第三十二条、第三十六条第三项" in answer and "张三：" in answer
    # GB/T 9704: the addressee flush left, a line below the 编号 under the title
    paragraphs = docx.Document(str(tmp_path / "答复书.docx")).paragraphs
    assert [p.text for p in paragraphs[:3]] == ["政府信息不予公开告知书", "东政依申〔2026〕1号", "张三："]
    assert paragraphs[2].paragraph_format.first_line_indent == 0
    assert paragraphs[2].paragraph_format.space_before.pt == 28
    ok(capsys, "request", "letter", "1", "--kind", "答复书", "--sent", "2026-11-21")
    letters = show(capsys, 1)["letters"]
    assert [(le["kind"], le["generated_on"], le["sent_on"]) for le in letters] == [
        ("登记回执", TODAY, None), ("补正告知书", TODAY, None), ("延期答复告知书", TODAY, None),
        ("征求第三方意见书", TODAY, None), ("答复书", TODAY, "2026-11-21")]
    assert show(capsys, 1)["timeline"][-1]["title"] == "送达政府信息不予公开告知书"


def test_a_letter_needs_its_step(unit, capsys, tmp_path):
    add(capsys)
    code, _, err = run(capsys, "request", "letter", "1", "--kind", "延期答复告知书", "-o", str(tmp_path / "x.docx"))
    assert code == 1 and "没有延期答复的记录" in err and not (tmp_path / "x.docx").exists()
    code, _, err = run(capsys, "request", "letter", "1", "--kind", "批复", "-o", str(tmp_path / "x.docx"))
    assert code == 1 and "文书种类“批复”无法识别" in err


@pytest.mark.parametrize("result, title, phrase", [
    ("予以公开", "政府信息公开申请答复书", "第三十六条第二项"),
    ("无法提供:1", "政府信息无法提供告知书", "6个月内向示范县人民法院提起行政诉讼"),
    ("不予处理:信访", "政府信息公开申请不予处理告知书", "第三十九条第一款"),
    ("其他处理:3", "政府信息公开申请处理告知书", "申请人撤回申请"),
])
def test_the_answer_letter_follows_the_outcome(unit, capsys, tmp_path, result, title, phrase):
    add(capsys)
    ok(capsys, "request", "answer", "1", "--date", "2026-10-20", "--result", result, "--text", "申请人撤回申请")
    path = tmp_path / "a.docx"
    ok(capsys, "request", "letter", "1", "--kind", "答复书", "-o", str(path))
    text = _text(path)
    assert text.startswith(title) and phrase in text
    assert "60日内向示范县人民政府申请行政复议" in text


def test_request_list_starts_without_qt_docx_or_openpyxl(unit, capsys, data_folder):
    add(capsys)
    probe = ("import sys; from gkdesk.cli import main; main(['request', 'list']); "
             "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'docx', 'openpyxl'}))")
    env = dict(os.environ, GKDESK_DATA_DIR=str(data_folder.root))
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True).stdout
    assert "东政依申〔2026〕1号" in out and out.strip().endswith("[]")
