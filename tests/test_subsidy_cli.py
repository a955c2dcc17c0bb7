"""`gkdesk subsidy …` as a clerk or a script meets it: the whole story from import to archive and summary, exit
codes, problems with row numbers, refusals as one Chinese sentence, and --today moving the timers."""
from __future__ import annotations

import html
import json
import re
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from gkdesk.domain.idnumber import check_char
from gkdesk.services import archive
from tests.commands import run


def make_id(birth: str, seq: str) -> str:
    body = "130123" + birth + seq
    return body + check_char(body)


IDS = [make_id(f"19{55 + i}0303", f"{i:03d}") for i in range(4)]
ACCOUNT = "6217000012345678901"


def list_file(path, bad_row: bool = False):
    wb = Workbook()
    ws = wb.active
    ws.append(["东风村2026年度耕地地力保护补贴发放名单"])
    ws.append(["序号", "村民小组", "户主姓名", "公民身份号码", "计税面积", "补贴金额(元)", "银行账号"])
    ws.append([1, "一组", "张三", IDS[0], 10, 1056, ACCOUNT])
    ws.append([2, "一组", "李四", IDS[1] if not bad_row else IDS[1][:-1] + "Y", 5, 528, ""])
    ws.append([3, "二组", "王五", IDS[2], 2.5, 264, ""])
    ws.append(["合计", None, None, None, 17.5, 1848, None])
    wb.save(path)
    return path


@pytest.fixture
def d(tmp_path, capsys):
    d = tmp_path / "data"
    assert run(capsys, "--data-dir", d, "init", "--unit", "东风镇", "--villages", "东风村,红旗村",
               "--phone", "0311-8123456")[0] == 0
    code, _, err = run(capsys, "subsidy", "program", "add", "--data-dir", d, "--name", "耕地地力保护补贴（县）",
                         "--category", "涉农补贴", "--unit", "亩", "--standard", "105.60", "--days", "7",
                         "--working-days", "--columns", "序号,村民小组,姓名,身份证号,面积,补贴标准,金额,账号,备注",
                         "--phones", "镇党政办 0311-8123456")
    assert code == 0, err
    return d


def sub(capsys, d, *argv, today="2026-09-20"):
    return run(capsys, "--data-dir", d, "--today", today, "subsidy", *argv)


def test_program_list_json(d, capsys):
    code, out, _ = sub(capsys, d, "program", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)}
    p = rows["耕地地力保护补贴（县）"]
    assert code == 0 and p["standard"] == "105.60元/亩" and p["period_unit"] == "工作日"
    assert p["notice_columns"][4:7] == ["数量", "补贴标准", "补贴金额"]
    assert "耕地地力保护补贴" in rows  # the defaults from init
    code, _, err = sub(capsys, d, "program", "add", "--name", "x", "--columns", "姓名,住址")
    assert code == 1 and "住址" in err and len(err.strip().splitlines()) == 1


def test_a_rejected_file_prints_the_rows_and_imports_nothing(d, tmp_path, capsys):
    path = list_file(tmp_path / "bad.xlsx", bad_row=True)
    code, out, err = sub(capsys, d, "import", path, "--program", "耕地地力保护补贴（县）", "--village", "东风村")
    assert code == 1
    assert "[错误] 第4行 公民身份号码：身份证号只能由数字和末位的X组成，请核对原件" in out
    assert "未导入任何数据" in err
    code, out, _ = sub(capsys, d, "list", "--json")
    assert json.loads(out) == []
    code, out, _ = sub(capsys, d, "import", path, "--program", "耕地地力保护补贴（县）", "--village", "东风村", "--json")
    data = json.loads(out)
    assert code == 1 and data["imported"] is False and data["problems"][0]["row"] == 4


def test_unknown_program_village_and_file_are_one_sentence(d, tmp_path, capsys):
    path = list_file(tmp_path / "ok.xlsx")
    for argv, word in (((path, "--program", "无此项目", "--village", "东风村"), "无此项目"),
                       ((path, "--program", "耕地地力保护补贴（县）", "--village", "无此村"), "无此村"),
                       ((tmp_path / "none.xlsx", "--program", "耕地地力保护补贴（县）", "--village", "东风村"),
                        "none.xlsx")):
        code, _, err = sub(capsys, d, "import", *argv)
        assert code == 1 and word in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def _office_text(path) -> str:
    with zipfile.ZipFile(path) as zf:
        xml = "\n".join(zf.read(n).decode("utf-8", "replace") for n in zf.namelist() if n.endswith(".xml"))
    return html.unescape(re.sub(r"<[^>]+>", " ", xml))


def test_the_whole_story_on_the_command_line(d, tmp_path, capsys):
    code, out, err = sub(capsys, d, "import", list_file(tmp_path / "名单.xlsx"), "--program", "耕地地力保护补贴（县）",
                         "--village", "东风村", "--period", "2026年度")
    assert code == 0, err
    assert "已导入为批次 1：3人，金额1848.00元" in out
    # the same list for another village: a warning, still imported
    code, out, _ = sub(capsys, d, "import", list_file(tmp_path / "红旗.xlsx"), "--program", "耕地地力保护补贴（县）",
                       "--village", "红旗村", "--period", "2026年度")
    assert code == 0 and "[警告] 第3行 公民身份号码：该身份证号已在东风村的" in out and "批次 2" in out

    code, _, err = sub(capsys, d, "notice", 1, "--format", "docx", "-o", tmp_path / "n.docx")
    assert code == 1 and err.strip() == "“关于东风村2026年度耕地地力保护补贴（县）发放情况的公示”尚未完成保密审查，不能打印公示（先审后发）。"
    code, _, err = sub(capsys, d, "publish", 1, "--start", "2026-09-28")
    assert code == 1 and "先审后发" in err
    code, _, err = sub(capsys, d, "review", 1, "--by", "王强", "--date", "2026-09-25", "--opinion", "同意")
    assert code == 1 and "保密审查日期2026年9月25日在今天（2026年9月20日）之后" in err   # issue 12, finding 13
    assert sub(capsys, d, "review", 1, "--by", "王强", "--date", "2026-09-25", "--opinion", "同意",
               today="2026-09-25")[0] == 0
    code, out, _ = sub(capsys, d, "publish", 1, "--start", "2026-09-28")
    assert code == 0 and "2026年9月28日至2026年10月12日" in out

    code, out, _ = sub(capsys, d, "show", 1, "--json", today="2026-10-09")
    data = json.loads(out)
    assert (data["state"], data["days_left"], data["people"], data["amount"]) == ("公示中", 3, 3, "1848.00")
    assert (data["start_date"], data["end_date"]) == ("2026-09-28", "2026-10-12")
    code, out, _ = sub(capsys, d, "objection", 1, "--date", "2026-09-30", "--person", "村民甲", "--contact", "电话",
                       "--content", "王五已迁出", today="2026-09-30")
    assert code == 0 and "已登记异议（编号1）" in out

    for fmt in ("docx", "xlsx"):
        code, _, err = sub(capsys, d, "notice", 1, "--format", fmt, "-o", tmp_path / f"公示.{fmt}", "--landscape")
        assert code == 0, err
        text = _office_text(tmp_path / f"公示.{fmt}")
        assert "****8901" in text and "张三" in text
        assert not [n for n in IDS + [ACCOUNT] if n in text]
        assert not re.search(r"(?<!\d)\d{17}[\dX](?!\d)", text)
    assert "公示时间：2026年9月28日至2026年10月12日" in _office_text(tmp_path / "公示.docx")

    code, out, _ = sub(capsys, d, "list", today="2026-10-13")
    assert code == 0 and "   1  公示期满" in out
    code, out, _ = sub(capsys, d, "list", "--json", today="2026-10-13")
    assert {r["id"]: r["state"] for r in json.loads(out)} == {1: "公示期满", 2: "草稿"}
    code, _, err = sub(capsys, d, "objection", 1, "--date", "2026-10-13", "--content", "晚了", today="2026-10-13")
    assert code == 1 and "公示期已满" in err

    code, _, err = sub(capsys, d, "correct", 1, today="2026-10-13")
    assert code == 1 and "没有核实成立的异议" in err
    code, out, _ = sub(capsys, d, "objection-resolve", 1, "--result", "成立", "--handling", "经核实属实，删除后重新公示",
                       "--date", "2026-10-13", today="2026-10-13")
    assert code == 0 and "subsidy correct 1" in out
    code, out, _ = sub(capsys, d, "correct", 1, today="2026-10-13")
    assert code == 0 and "已生成更正批次 3" in out
    assert sub(capsys, d, "review", 3, "--by", "王强", "--date", "2026-10-13", today="2026-10-13")[0] == 0
    code, out, _ = sub(capsys, d, "publish", 3, "--start", "2026-10-14", today="2026-10-14")
    assert code == 0 and "原公示（批次1）已标记为已更正" in out
    code, out, _ = sub(capsys, d, "show", 1, "--json", today="2026-10-14")
    old = json.loads(out)
    assert old["state"] == "已更正" and old["replaced_by_id"] == 3 and old["read_only"]
    code, out, _ = sub(capsys, d, "show", 3, "--json", today="2026-10-14")
    new = json.loads(out)
    assert new["replaces_id"] == 1 and new["title"].endswith("（更正）")
    code, _, err = sub(capsys, d, "review", 1, "--by", "王强", today="2026-10-14")
    assert code == 1 and "已被更正后的新公示取代" in err

    # archive the correction after its period: photo first
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"x" * 2000)
    code, _, err = sub(capsys, d, "archive", 3, today="2026-10-23")
    assert code == 1 and "请先上传张贴公示的照片" in err
    pkg = tmp_path / "存档包.zip"
    code, out, err = sub(capsys, d, "archive", 3, "--photo", photo, "--package", pkg, today="2026-10-23")
    assert code == 0, err
    assert "已归档" in out and archive.verify_package(pkg) == []
    with zipfile.ZipFile(pkg) as zf:
        names = set(zf.namelist())
    assert {"名单.xlsx", "公示.docx", "异议及处理情况.xlsx", "manifest.txt", "manifest.json",
            "附件/公示照片_IMG_0001.jpg"} <= names
    code, out, _ = sub(capsys, d, "show", 3, today="2026-10-23")
    assert "状态：已归档" in out and "附件1：公示照片 IMG_0001.jpg" in out

    code, _, err = sub(capsys, d, "summary", "--period", "2026年度", "-o", tmp_path / "汇总.xlsx", today="2026-10-23")
    assert code == 0, err
    ws = load_workbook(tmp_path / "汇总.xlsx").active
    values = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    total = next(r for r in values if r[0] == "合计")
    # batch 1 was replaced by 3: counted once; 2 is still a draft, not counted
    assert total[3] == 1 and total[5] == 3
    assert float(total[6]) == 1848.0
    assert not any(str(r[0]).startswith("以下为未公示") for r in values)
    code, _, err = sub(capsys, d, "summary", "--period", "2026年度", "--include-unposted", "--reviewer", "王强",
                       "-o", tmp_path / "汇总2.xlsx", today="2026-10-23")
    assert code == 0, err
    values = [list(row) for row in load_workbook(tmp_path / "汇总2.xlsx").active.iter_rows(values_only=True)]
    heading = next(i for i, r in enumerate(values) if str(r[0]).startswith("以下为未公示的名单"))
    assert values[heading - 1][0] == "合计" and values[heading + 1][4] == "草稿"
    assert any("审核人：王强" in str(r[0]) for r in values[:heading])
    text = _office_text(tmp_path / "汇总.xlsx")
    assert not [n for n in IDS + [ACCOUNT] if n in text]


def test_pdf_notice_when_qt_is_available(d, tmp_path, capsys):
    pytest.importorskip("PySide6.QtGui")
    sub(capsys, d, "import", list_file(tmp_path / "l.xlsx"), "--program", "耕地地力保护补贴（县）", "--village", "东风村")
    sub(capsys, d, "review", 1, "--by", "王强")
    code, _, err = sub(capsys, d, "notice", 1, "-o", tmp_path / "公示.pdf", "--paper", "A3", "--large")
    if code != 0 and "无法生成PDF" in err:
        pytest.skip(err)
    assert code == 0, err
    assert (tmp_path / "公示.pdf").read_bytes()[:4] == b"%PDF"
