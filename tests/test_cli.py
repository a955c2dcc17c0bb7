"""The command line as a user or a script meets it: exit codes, Chinese one-sentence errors, --today."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from tests.commands import run


def test_init_then_check(tmp_path, capsys):
    d = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", d, "init", "--unit", "东风镇", "--villages", "东村,西村")
    assert code == 0 and "东风镇" in out
    code, out, _ = run(capsys, "--data-dir", d, "check")
    assert code == 0 and "完好" in out


def test_data_dir_also_after_the_subcommand_and_from_env(tmp_path, capsys, monkeypatch):
    d = tmp_path / "after"
    assert run(capsys, "init", "--data-dir", str(d), "--unit", "西风镇")[0] == 0
    assert (d / "gkdesk.sqlite3").exists()
    monkeypatch.setenv("GKDESK_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, "init", "--unit", "南风镇")[0] == 0
    assert (tmp_path / "env" / "gkdesk.sqlite3").exists()


def test_demo_then_due_json_lists_reminders(tmp_path, capsys):
    d = str(tmp_path / "demo")
    assert run(capsys, "--data-dir", d, "--today", "2026-11-23", "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", d, "due", "--today", "2026-11-23", "--json")
    items = json.loads(out)
    assert code == 0 and items
    assert {"kind", "title", "date", "days_left"} <= set(items[0])
    running = [i for i in items if i["kind"] == "publicity_running"]
    assert running and all(i["days_left"] >= 0 for i in running)


def test_demo_refuses_to_overwrite_real_data(tmp_path, capsys):
    d = str(tmp_path / "real")
    run(capsys, "--data-dir", d, "init", "--unit", "东风镇")
    code, _, err = run(capsys, "--data-dir", d, "demo")
    assert code == 1 and "已有数据" in err and "Traceback" not in err


def test_user_mistakes_are_one_chinese_sentence(tmp_path, capsys):
    d = str(tmp_path / "x")
    code, _, err = run(capsys, "--data-dir", d, "--today", "2026/13/01", "due")
    assert code == 1 and "--today" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", d, "restore", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and "不存在" in err
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "empty"), "check")
    assert code == 1


def test_backup_and_restore_commands(tmp_path, capsys):
    d = str(tmp_path / "b")
    run(capsys, "--data-dir", d, "init", "--unit", "东风镇")
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--data-dir", d, "backup", "-o", str(target))
    assert code == 0 and target.exists()
    run(capsys, "--data-dir", d, "init", "--unit", "改名镇")
    code, out, _ = run(capsys, "--data-dir", d, "restore", str(target))
    assert code == 0 and "恢复前的数据库已备份" in out
    from gkdesk.paths import DataFolder
    from gkdesk.services.settings import get_unit
    from gkdesk.store.db import open_database

    with open_database(DataFolder(tmp_path / "b")).session() as s:
        assert get_unit(s).name == "东风镇"


def test_calendar_status_and_import(tmp_path, capsys):
    d = str(tmp_path / "c")
    assert run(capsys, "--data-dir", d, "init", "--unit", "东风镇")[0] == 0
    code, out, _ = run(capsys, "--data-dir", d, "--today", "2026-11-23", "calendar", "status", "--json")
    status = {r["year"]: r["source"] for r in json.loads(out)}
    assert status[2026] == "official" and status[2027] == "fallback"
    f = tmp_path / "2027.txt"
    f.write_text("# 2027年节假日安排\n休 2027-01-01 至 2027-01-03\n班 2027-02-07\n", encoding="utf-8")
    assert run(capsys, "--data-dir", d, "calendar", "import", str(f))[0] == 0
    code, out, _ = run(capsys, "--data-dir", d, "--today", "2026-11-23", "calendar", "status", "--json")
    assert {r["year"]: r["source"] for r in json.loads(out)}[2027] == "entered"
    bad = tmp_path / "bad.txt"
    bad.write_text("休 2027-01-01\n放假 明天\n", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", d, "calendar", "import", str(bad))
    assert code == 1 and "2" in err and "Traceback" not in err


NOTICE_2028 = """国务院办公厅关于2028年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2028年元旦、春节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周六）至3日（周一）放假，共3天。
二、春节：1月25日（农历除夕、周二）至2月1日（农历正月初七、周二）放假调休，共8天。1月23日（周日）、2月5日（周六）上班。
国务院办公厅
2027年11月4日
来源：新华社
"""


def test_calendar_import_reads_the_notice_as_published_in_gbk(tmp_path, capsys):
    d = str(tmp_path / "n")
    assert run(capsys, "--data-dir", d, "init", "--unit", "东风镇")[0] == 0
    f = tmp_path / "通知.txt"
    f.write_text(NOTICE_2028, encoding="gbk")
    code, out, err = run(capsys, "--data-dir", d, "calendar", "import", str(f))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "2028年节假日安排，读出2项：",
        "元旦：1月1日（周六）至1月3日（周一）放假，共3天",
        "春节：1月25日（周二）至2月1日（周二）放假，共8天；1月23日（周日）、2月5日（周六）上班",
        "合计放假11天（其中周一至周五7天），调休上班2天。",
        "已导入 2028 年的节假日安排。",
    ]
    code, out, _ = run(capsys, "--data-dir", d, "--today", "2027-11-23", "calendar", "status", "--json")
    assert {r["year"]: r["source"] for r in json.loads(out)}[2028] == "entered"
    f.write_text(NOTICE_2028.replace("共8天", "共7天"), encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", d, "calendar", "import", str(f))
    assert code == 1 and "第5行（春节）写“共7天”，但1月25日（周二）至2月1日（周二）是8天" in err


def test_demo_killed_halfway_leaves_a_database_check_accepts(tmp_path):
    cmd = [sys.executable, "-m", "gkdesk", "demo"]
    for n, delay in enumerate((0.35, 0.5, 0.65, 0.8)):
        d = tmp_path / f"killed{n}"
        env = dict(os.environ, GKDESK_DATA_DIR=str(d))
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if not (d / "gkdesk.sqlite3").exists():
            continue
        check = subprocess.run([sys.executable, "-m", "gkdesk", "check"], env=env, capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
        # the demo is all or nothing: a rerun either completes it or finds it complete
        again = subprocess.run(cmd, env=env, capture_output=True, text=True)
        assert again.returncode == 0 or "已有数据" in again.stderr


def test_a_mask_that_would_show_too_many_digits_is_refused(tmp_path):
    import pytest

    from gkdesk.paths import DataFolder
    from gkdesk.services import settings
    from gkdesk.services.errors import UserError
    from gkdesk.store.db import open_database

    db = open_database(DataFolder(tmp_path / "m"))
    with db.transaction() as s:
        settings.set_setting(s, "mask_id", "4+4")
        with pytest.raises(UserError, match="最多只能显示10位"):
            settings.set_setting(s, "mask_id", "12+0")
        with pytest.raises(UserError, match="账号最多只能显示4位"):
            settings.set_setting(s, "mask_account", "0+6")


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`gkdesk due --json | head -1`: the command stops quietly when its reader goes away, buffered or not.
    The pipe is shrunk to one page so that the 6 KB the command prints cannot all fit before the reader leaves."""
    import fcntl
    import os
    import subprocess
    import sys

    data = tmp_path / "d"
    gkdesk = [sys.executable, "-m", "gkdesk", "--data-dir", str(data), "--today", "2026-11-23"]
    subprocess.run([*gkdesk, "demo"], check=True, capture_output=True)
    for unbuffered in ("", "1"):
        read_end, write_end = os.pipe()
        fcntl.fcntl(write_end, 1031, 4096)  # F_SETPIPE_SZ
        proc = subprocess.Popen([*gkdesk, "due", "--json"], stdout=write_end, stderr=subprocess.PIPE,
                                env={**os.environ, "PYTHONUNBUFFERED": unbuffered})
        os.close(write_end)
        with os.fdopen(read_end, "rb") as out:
            out.readline()
        err = proc.stderr.read().decode()
        proc.wait()
        assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_every_commands_help_has_one_heading_for_its_options():
    """Each help text lists its options under one 选项 heading (the shared --data-dir/--today included), for every
    command and subcommand there is."""
    import argparse

    from gkdesk.cli import build_parser

    def walk(parser, path):
        yield path, parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    yield from walk(child, [*path, name])

    seen = 0
    for path, parser in walk(build_parser(), ["gkdesk"]):
        text = parser.format_help()
        assert text.count("\n选项:") == 1, " ".join(path)
        assert "options:" not in text and "positional arguments" not in text, " ".join(path)
        seen += 1
    assert seen > 40
