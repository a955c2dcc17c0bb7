"""Data-safety drills (issue 12, the storage side): no path loses the clerk's data.

Each finding of the issue has its drill here, named by its number:
 1  outputs aimed at the data folder's own files are refused, whatever the command or the spelling of the path;
 2  one program per data folder: a second writer waits, then is refused naming the holder (real processes, the real
    window); a killed holder leaves nothing in the way; a restore while the window is open is refused;
 3  backups are ordered by their sequence, not by the clock's date in the name; a wrong clock is flagged;
 4  an absent or empty database is never silently replaced by an empty one; an absent data folder is created only
    by init, demo and the first run; a restore that fails puts the previous database back;
 7  attachments are photos or scans by their content, within a size limit, never a file of the data folder;
 8  start-up backups of processes starting together do not trample each other;
10  a full disk, a read-only file or folder and damage each have their own sentence; an unwritable backups/ does
    not stop the program;
11  dates that overflow, an unreal GKDESK_TODAY, a --data-dir naming a file, an empty --today: sentences, not
    tracebacks; a backup missing a table is refused; check compares the structure and the references;
16  a failed archive --photo stores nothing; archiving again says the stored date;
17  backups and restores are in the audit log and the log file.
Full disks and read-only files are simulated at the depth where the program meets them (SQLite's own limit on the
database's size, OSError from the file system calls), since the tests run as root, where permissions do not bite.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import hashlib
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, insert, select

from gkdesk import clock
from gkdesk.cli import main
from gkdesk.domain.idnumber import check_char
from gkdesk.paths import DataFolder
from gkdesk.store import backup, db as db_module, lock
from gkdesk.store.db import check_database, open_database, restore_database
from gkdesk.store.errors import StoreError
from gkdesk.store.models import Attachment, AuditEntry, Recipient

TODAY = "2026-09-20"
PROGRAM = "耕地地力保护补贴（县）"
POSIX_KILL = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX only")


# ---- helpers -----------------------------------------------------------------------------------------------------

def make_id(i: int) -> str:
    body = f"13012319{50 + i % 40:02d}0303{100 + i % 900:03d}"
    return body + check_char(body)


def write_list(path: Path, rows: int = 3) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["序号", "村民小组", "户主姓名", "公民身份号码", "计税面积", "补贴金额(元)"])
        for i in range(rows):
            w.writerow([i + 1, "一组", f"村民{i}", make_id(i), 10, "1056.00"])
    return path


def run(data: Path, *argv, today: str | None = TODAY) -> tuple[int, str, str]:
    """`gkdesk …` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    head = ["--data-dir", str(data)] + (["--today", today] if today is not None else [])
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*head, *map(str, argv)])
    except SystemExit as exc:   # argparse's refusal of an argument
        code = exc.code
    finally:
        clock.set_today(None)
    return code, out.getvalue(), err.getvalue()


def gkdesk(data: Path, *argv, timeout: float = 60, env: dict | None = None) -> subprocess.CompletedProcess:
    """`gkdesk …` as a process of its own."""
    return subprocess.run([sys.executable, "-m", "gkdesk", "--data-dir", str(data), "--today", TODAY,
                           *map(str, argv)], capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unit_name(data: Path) -> str:
    con = sqlite3.connect(f"file:{DataFolder(data).db_path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT name FROM unit").fetchone()[0]
    finally:
        con.close()


def one_sentence(err: str) -> bool:
    return "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """Once per module: 东风镇 with one published list (批次 1, 2026-09-21 to 2026-09-29) and a draft (批次 2)."""
    root = tmp_path_factory.mktemp("township")
    data = root / "data"
    assert run(data, "init", "--unit", "东风镇", "--villages", "东风村,西风村")[0] == 0
    assert run(data, "subsidy", "program", "add", "--name", PROGRAM, "--unit", "亩", "--standard", "105.60")[0] == 0
    for village in ("东风村", "西风村"):
        code, _out, err = run(data, "subsidy", "import", write_list(root / f"{village}.csv"), "--program", PROGRAM,
                              "--village", village)
        assert code == 0, err
    assert run(data, "subsidy", "review", 1, "--by", "李审查")[0] == 0
    assert run(data, "subsidy", "publish", 1, "--start", "2026-09-21")[0] == 0
    return data


@pytest.fixture
def data(template, tmp_path) -> Path:
    """A fresh copy of the template township, with one manual backup in backups/."""
    target = tmp_path / "data"
    folder = DataFolder(target)
    backup.copy_database(DataFolder(template).db_path, folder.db_path)
    assert run(target, "backup")[0] == 0
    return target


@pytest.fixture
def holder(tmp_path):
    """Start a process that takes a data folder's lock as `what` and holds it until killed."""
    started = []

    def start(data: Path, what: str) -> subprocess.Popen:
        code = ("import sys, time; from pathlib import Path; from gkdesk.store import lock; "
                "h = lock.hold(Path(sys.argv[1]), sys.argv[2]); print('held', flush=True); time.sleep(120)")
        proc = subprocess.Popen([sys.executable, "-c", code, str(data), what], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "held"
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


# ---- 1. outputs never land on the data folder's own files ----------------------------------------------------------

def _protected_targets(data: Path) -> dict[str, Path]:
    folder = DataFolder(data)
    newest = backup.list_backups(folder.backups)[0].path
    damaged = data / "gkdesk-damaged-20260101-000000.sqlite3"
    damaged.write_bytes(b"kept for the support staff")
    (data / "链接.docx").symlink_to(folder.db_path)
    return {"database": folder.db_path, "wal": Path(f"{folder.db_path}-wal"), "new": Path(f"{folder.db_path}.new"),
            "damaged copy": damaged, "a backup": newest, "new file in backups": folder.backups / "公示.docx",
            "attachments": folder.attachments / "1" / "公示.xlsx",
            "another spelling": data / "backups" / ".." / "gkdesk.sqlite3", "a link to the database": data / "链接.docx"}


@pytest.mark.parametrize("command, suffix", [
    (("subsidy", "notice", 1, "--format", "docx", "-o"), ".docx"),
    (("subsidy", "notice", 1, "--format", "xlsx", "-o"), ".xlsx"),
    (("subsidy", "summary", "-o"), ".xlsx"),
    (("backup", "-o"), ".sqlite3"),
])
def test_1_no_output_is_written_over_the_database_a_backup_or_an_attachment(data, command, suffix):
    folder = DataFolder(data)
    targets = _protected_targets(data)
    kept = [folder.db_path, backup.list_backups(folder.backups)[0].path]
    before = {p: sha(p) for p in kept}
    for name, target in targets.items():
        code, out, err = run(data, *command, target)
        assert code == 1 and "不能写到" in err and "另选一个保存位置" in err and one_sentence(err), (name, out, err)
    assert {p: sha(p) for p in kept} == before
    assert check_database(folder) == []
    assert not (folder.backups / "公示.docx").exists() and not (folder.attachments / "1").exists()
    elsewhere = data.parent / "导出" / f"输出{suffix}"   # anywhere else is fine
    elsewhere.parent.mkdir()
    code, _out, err = run(data, *command, elsewhere)
    assert code == 0 and elsewhere.stat().st_size > 0, err


def test_1_the_windows_save_dialogs_go_through_the_same_guard(data):
    from gkdesk.io.docx_writer import write_docx
    from gkdesk.io.xlsx_writer import write_xlsx
    from gkdesk.services import notice

    db = open_database(DataFolder(data))
    try:
        with db.session() as s:
            doc = notice.build_notice(s, 1)
        for write in (write_docx, write_xlsx):
            with pytest.raises(StoreError, match="不能写到"):
                write(doc, db.folder.db_path)
    finally:
        db.close()
    assert check_database(DataFolder(data)) == []


def test_1_the_other_writers_refuse_the_data_folder_too(data):
    backups = DataFolder(data).backups
    assert run(data, "catalog", "reference")[0] == 0
    for argv in (("subsidy", "archive", 1, "--package", backups / "存档包.zip"),
                 ("catalog", "ledger", "-o", backups / "台账.xlsx"),
                 ("catalog", "export", "-o", data / "gkdesk.sqlite3-shm.xlsx"),
                 ("interp", "report", "--month", "2026-08", "-o", backups / "报备表.xlsx")):
        code, _out, err = run(data, *argv, today="2026-10-09")
        assert code == 1 and "不能写到" in err, (argv, err)
    assert [p.name for p in backups.iterdir() if p.suffix != ".sqlite3"] == []


# ---- 2. one program per data folder at a time --------------------------------------------------------------------

def test_2_a_second_writer_waits_then_is_refused_naming_the_command_and_its_pid(data, holder):
    proc = holder(data, "命令“gkdesk subsidy import”")
    started = time.monotonic()
    done = gkdesk(data, "init", "--unit", "西风镇")
    waited = time.monotonic() - started
    assert done.returncode == 1 and one_sentence(done.stderr), done.stderr
    assert "命令“gkdesk subsidy import”" in done.stderr and f"进程 {proc.pid}" in done.stderr and "起" in done.stderr
    assert waited >= lock.WAIT_SECONDS
    assert unit_name(data) == "东风镇"
    # reading commands run beside it
    for argv in (("subsidy", "list", "--json"), ("due", "--json"), ("check",), ("subsidy", "show", 1, "--json")):
        seen = gkdesk(data, *argv)
        assert seen.returncode == 0, (argv, seen.stderr)
    assert json.loads(gkdesk(data, "subsidy", "list", "--json").stdout)[0]["people"] == 3


@POSIX_KILL
def test_2_a_killed_holder_leaves_no_lock_behind(data, holder):
    proc = holder(data, "命令“gkdesk subsidy import”")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert lock.read_holder(data).pid == proc.pid   # its description is still in the file: it does not matter
    started = time.monotonic()
    done = gkdesk(data, "init", "--unit", "西风镇")
    assert done.returncode == 0, done.stderr
    assert time.monotonic() - started < lock.WAIT_SECONDS + 5 and unit_name(data) == "西风镇"


def test_2_a_restore_is_refused_while_the_window_is_open_and_the_window_keeps_its_saves(data, holder):
    folder = DataFolder(data)
    saved = backup.list_backups(folder.backups)[0].path
    holder(data, lock.WINDOW)
    before = sha(folder.db_path)
    done = gkdesk(data, "restore", saved)
    assert done.returncode == 1 and "另一个工作台窗口" in done.stderr and one_sentence(done.stderr)
    assert sha(folder.db_path) == before and not [b for b in backup.list_backups(folder.backups) if b.reason == "restore"]


def while_the_window_runs(monkeypatch, then) -> None:
    """run_gui's event loop is replaced by `then()` (a real exec() and quit() would end the application that the
    rest of the test session shares); the windows run_gui made are deleted afterwards, as the end of the process
    would, so that no timer of theirs fires into a later test."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    def run(*_args):
        try:
            then()
        finally:
            QApplication.processEvents()   # what the window queued for itself runs while it is there
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QMainWindow):
                    widget.close()
                    widget.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return 0
    monkeypatch.setattr(QApplication, "exec", run)


def test_2_the_window_holds_the_folder_for_its_whole_life(data, qtbot, dialogs, monkeypatch):
    """The real window (run_gui, offscreen): a writing command in another process is refused naming the window, a
    restore from the command line too, a reading command runs; the window's own restore works."""
    import argparse

    from PySide6.QtWidgets import QApplication

    from gkdesk.gui import app as gui_app
    from gkdesk.gui.main_window import MainWindow

    seen: dict[str, subprocess.CompletedProcess] = {}
    saved = backup.list_backups(DataFolder(data).backups)[0].path

    def while_open():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["write"] = gkdesk(data, "subsidy", "program", "add", "--name", "新项目")
        seen["restore"] = gkdesk(data, "restore", saved)
        seen["read"] = gkdesk(data, "subsidy", "list", "--json")
        window.restore(saved)    # the window's own restore: it holds the lock already
        qtbot.waitUntil(lambda: any("已恢复为" in t for t in dialogs.texts("information")), timeout=20_000)  # (a task)
        window.close()

    while_the_window_runs(monkeypatch, while_open)
    assert gui_app.run_gui(argparse.Namespace(data_dir=str(data), today=None, smoke=False)) == 0
    for what in ("write", "restore"):
        assert seen[what].returncode == 1 and "另一个工作台窗口" in seen[what].stderr, seen[what].stderr
        assert f"进程 {os.getpid()}" in seen[what].stderr
    assert seen["read"].returncode == 0 and json.loads(seen["read"].stdout)
    assert any("已恢复为" in t for t in dialogs.texts("information")), dialogs.shown
    # closed: the lock is free again
    assert gkdesk(data, "subsidy", "program", "add", "--name", "新项目").returncode == 0


def test_2_a_window_cannot_start_while_a_command_holds_the_folder(data, holder, dialogs):
    import argparse

    from gkdesk.gui import app as gui_app

    proc = holder(data, "命令“gkdesk restore”")
    assert gui_app.run_gui(argparse.Namespace(data_dir=str(data), today=None, smoke=False)) == 1
    assert "命令“gkdesk restore”" in dialogs.texts("critical")[0] and str(proc.pid) in dialogs.texts("critical")[0]


# ---- 3. backups in the order they were taken -----------------------------------------------------------------------

def machine_clock(monkeypatch, day: dt.date) -> None:
    """The computer's own clock set to `day` (a flat CMOS battery, a clock once set to 2099)."""
    monkeypatch.setattr(clock, "system_now", lambda: dt.datetime.combine(day, dt.datetime.now().time()))


def test_3_a_clock_in_the_past_neither_rotates_the_newest_backup_away_nor_hides_it(data, monkeypatch):
    folder = DataFolder(data)
    for _ in range(backup.KEEP + 2):
        backup.take_backup(folder.db_path, folder.backups, "manual")
    assert len(backup.list_backups(folder.backups)) == backup.KEEP
    chosen = backup.list_backups(folder.backups)[-1].path
    with monkeypatch.context() as m:
        machine_clock(m, dt.date(2020, 1, 1))   # a flat CMOS battery
        safety = restore_database(folder, chosen)
    listed = backup.list_backups(folder.backups)
    assert safety.exists() and listed[0].path == safety and "20200101" in safety.name
    assert listed[0].clock_behind and "时钟" in listed[0].label
    assert not any(b.clock_behind for b in listed[1:])
    code, out, _err = run(data, "check")
    assert code == 0 and safety.name in out and "时钟" in out


def test_3_a_backup_once_named_2099_is_not_offered_as_the_newest(data, monkeypatch):
    folder = DataFolder(data)
    with monkeypatch.context() as m:
        machine_clock(m, dt.date(2099, 12, 31))
        future = backup.take_backup(folder.db_path, folder.backups, "manual")
        machine_clock(m, dt.date(2026, 9, 21))
        later = backup.take_backup(folder.db_path, folder.backups, "manual")
    assert backup.newest_good_backup(folder.backups).path == later
    listed = backup.list_backups(folder.backups)
    assert [b.path for b in listed[:2]] == [later, future] and listed[0].clock_behind
    # a backup named before the numbers (0.1.0) ranks below every numbered one
    legacy = folder.backups / "gkdesk-20991231-235959-manual.sqlite3"
    backup.copy_database(folder.db_path, legacy)
    assert backup.list_backups(folder.backups)[-1].path == legacy


def test_3_checking_deadlines_as_of_another_day_leaves_the_backups_on_the_real_clock(data):
    """--today moves the program's "today", not the computer's clock: a support person who looked at January's
    deadlines must not leave backups dated January behind, nor a `check` that then blames the computer's
    clock."""
    for _ in range(2):
        assert run(data, "backup", today="2027-01-10")[0] == 0
    names = [b.path.name for b in backup.list_backups(DataFolder(data).backups)]
    assert names and not any("20270110" in n for n in names), names
    code, out, _err = run(data, "check")
    assert code == 0 and "时钟" not in out and "时间" not in out, out


# ---- 4. never start empty by accident ------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["deleted", "emptied"])
def test_4_a_missing_or_empty_database_with_backups_is_not_replaced_by_an_empty_one(data, how):
    folder = DataFolder(data)
    newest = backup.newest_good_backup(folder.backups)
    if how == "deleted":
        folder.db_path.unlink()
    else:
        folder.db_path.write_bytes(b"")
    for argv in (("subsidy", "program", "add", "--name", "新项目"), ("subsidy", "list"), ("init", "--unit", "新镇")):
        code, _out, err = run(data, *argv)
        assert code == 1 and "没有新建数据库" in err and str(newest.path) in err and "gkdesk restore" in err, err
        assert one_sentence(err)
    assert (not folder.db_path.exists()) if how == "deleted" else folder.db_path.stat().st_size == 0
    code, out, err = run(data, "restore", newest.path)
    assert code == 0, err
    assert unit_name(data) == "东风镇"


def test_4_a_database_moved_aside_by_an_unfinished_restore_also_counts(tmp_path):
    data = tmp_path / "d"
    assert run(data, "init", "--unit", "东风镇")[0] == 0
    folder = DataFolder(data)
    folder.db_path.replace(data / "gkdesk-before-restore-20260920-101010-ab12.sqlite3")
    code, _out, err = run(data, "subsidy", "program", "list")
    assert code == 1 and "恢复时移开的数据库" in err


def test_4_an_absent_data_folder_is_created_only_by_init_and_demo(tmp_path):
    usb = tmp_path / "U盘" / "gkdesk-data"
    for argv in (("subsidy", "list"), ("subsidy", "program", "add", "--name", "x"), ("due",), ("backup",),
                 ("calendar", "status")):
        code, _out, err = run(usb, *argv)
        assert code == 1 and "不存在" in err and "U盘" in err and one_sentence(err), (argv, err)
        assert not usb.exists() and not usb.parent.exists()
    code, _out, err = run(usb, "restore", tmp_path / "none.sqlite3")
    assert code == 1 and not usb.exists()
    assert run(usb, "init", "--unit", "东风镇")[0] == 0 and DataFolder(usb).db_path.exists()
    other = tmp_path / "演示"
    assert run(other, "demo")[0] == 0 and DataFolder(other).db_path.exists()


def test_4_the_window_asks_before_making_a_named_folder_and_makes_the_default_one(tmp_path, monkeypatch, dialogs):
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from gkdesk.gui import app as gui_app

    usb = tmp_path / "U盘" / "gkdesk-data"
    asked = []

    def quit_(box):
        asked.append(box.text())
        return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    monkeypatch.setattr(gui_app, "ask", quit_)
    assert gui_app.run_gui(argparse.Namespace(data_dir=str(usb), today=None, smoke=False)) == 1
    assert "不存在" in asked[0] and "U盘" in asked[0] and not usb.exists()
    # the very first start of a new install (no folder named): made without a question, then the wizard
    default = tmp_path / "用户数据"
    monkeypatch.delenv("GKDESK_DATA_DIR")
    monkeypatch.setattr(gui_app, "data_dir", lambda _override=None: default)
    monkeypatch.setattr("gkdesk.gui.wizard.FirstRunWizard.exec", lambda self: 0)
    assert gui_app.run_gui(argparse.Namespace(data_dir=None, today=None, smoke=False)) == 0
    assert len(asked) == 1 and DataFolder(default).db_path.exists()


def test_4_a_folder_just_set_up_has_its_first_backup(tmp_path, monkeypatch, qtbot, dialogs):
    """The first start: nothing to back up before the wizard; what the wizard set up is backed up when it is done,
    so the status bar does not say "还没有备份" for the whole first day."""
    import argparse

    from PySide6.QtWidgets import QApplication, QDialog

    from gkdesk.gui import app as gui_app
    from gkdesk.gui.main_window import MainWindow
    from gkdesk.services import settings

    data = tmp_path / "新装"
    data.mkdir()

    def set_up(wizard):
        with wizard.ctx.db.transaction() as s:
            settings.save_unit(s, "甲镇", county="示范县")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr("gkdesk.gui.wizard.FirstRunWizard.exec", set_up)
    status = []
    while_the_window_runs(monkeypatch, lambda: status.extend(
        w.backup_label.text() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)))
    assert gui_app.run_gui(argparse.Namespace(data_dir=str(data), today=None, smoke=False)) == 0
    taken = backup.list_backups(DataFolder(data).backups)
    assert [b.reason for b in taken] == ["setup"]
    assert status and status[0].startswith("最近备份：") and "设置完成时" in status[0]


@pytest.mark.parametrize("damaged", [False, True])
def test_4_a_restore_that_fails_on_a_full_disk_puts_the_previous_database_back(data, monkeypatch, damaged):
    folder = DataFolder(data)
    good = backup.list_backups(folder.backups)[0].path
    if damaged:
        raw = bytearray(folder.db_path.read_bytes())
        raw[100:4096] = b"\xff" * (4096 - 100)
        folder.db_path.write_bytes(bytes(raw))
    else:
        assert run(data, "init", "--unit", "改过的镇")[0] == 0
    before = sha(folder.db_path)
    real_copy = backup.copy_to_part

    def copy_until_the_disk_is_full(source, target, progress=None):
        part = real_copy(source, target, progress)
        with open(part, "r+b") as fh:
            fh.truncate(part.stat().st_size // 2)
        backup.remove_part(part)
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(backup, "copy_to_part", copy_until_the_disk_is_full)
    code, _out, err = run(data, "restore", good)
    assert code == 1 and "磁盘空间已满" in err and "已损坏" not in err and one_sentence(err), err
    assert folder.db_path.exists() and sha(folder.db_path) == before
    assert not list(data.glob("*.part")) and not list(data.glob("gkdesk-before-restore-*"))
    monkeypatch.undo()
    if not damaged:
        assert unit_name(data) == "改过的镇" and check_database(folder) == []


def test_4_a_restore_that_fails_at_the_last_step_moves_the_database_back(data, monkeypatch):
    folder = DataFolder(data)
    assert run(data, "init", "--unit", "改过的镇")[0] == 0
    good = backup.list_backups(folder.backups)[0].path
    real_replace = Path.replace

    def held_by_another_program(self, target):
        if Path(target) == folder.db_path and self.name.endswith(".part"):
            raise PermissionError(errno.EACCES, "Access is denied", str(target))
        return real_replace(self, target)
    monkeypatch.setattr(Path, "replace", held_by_another_program)
    code, _out, err = run(data, "restore", good)
    monkeypatch.undo()
    assert code == 1 and "恢复失败" in err
    assert unit_name(data) == "改过的镇" and check_database(folder) == []
    assert not list(data.glob("gkdesk-before-restore-*")) and not list(data.glob("*.part"))


# ---- 7. attachments: photos and scans only -------------------------------------------------------------------------

def test_7_a_database_or_anything_but_a_photo_or_scan_is_refused_as_an_attachment(data, tmp_path):
    folder = DataFolder(data)
    copy_of_db = tmp_path / "照片.jpg"
    backup.copy_database(folder.db_path, copy_of_db)
    text = tmp_path / "说明.jpg"
    text.write_text("这不是照片", encoding="utf-8")
    huge = tmp_path / "大照片.jpg"
    with open(huge, "wb") as fh:
        fh.write(b"\xff\xd8\xff\xe0")
        fh.truncate(20 * 1024 * 1024 + 1)
    cases = {folder.db_path: "数据文件夹中的文件", backup.list_backups(folder.backups)[0].path: "数据文件夹中的文件",
             copy_of_db: "不是照片或PDF", text: "不是照片或PDF", huge: "超过了附件上限 20 MB"}
    for path, said in cases.items():
        code, _out, err = run(data, "subsidy", "archive", 1, "--photo", path, today="2026-10-09")
        assert code == 1 and said in err and one_sentence(err), (path, err)
    db = open_database(folder)
    try:
        with db.session() as s:
            assert s.scalar(select(Attachment.id)) is None
    finally:
        db.close()
    assert not list(folder.attachments.rglob("*.*"))


def test_7_images_and_pdf_are_taken_by_content_whatever_their_name(data, tmp_path):
    from gkdesk.services import archive

    heads = {"a.jpg": b"\xff\xd8\xff\xe1", "b.png": b"\x89PNG\r\n\x1a\n", "c.pdf": b"%PDF-1.7\n",
             "d.webp": b"RIFF\x00\x00\x00\x00WEBPVP8 ", "e.heic": b"\x00\x00\x00\x18ftypheic", "扫描件.dat": b"%PDF-1.4"}
    db = open_database(DataFolder(data))
    try:
        for name, head in heads.items():
            path = tmp_path / name
            path.write_bytes(head + name.encode() * 50)
            assert archive.attach(db, 1, path).original_name == name
    finally:
        db.close()


# ---- 8. start-up backups of processes starting together -------------------------------------------------------------

@pytest.fixture(scope="module")
def big_data(tmp_path_factory) -> Path:
    """A township with 100 000 recipients: its backup takes long enough for two to overlap."""
    from gkdesk.services import settings, subsidy
    from gkdesk.store.models import SubsidyProgram, Village

    data = tmp_path_factory.mktemp("big") / "data"
    db = open_database(DataFolder(data))
    try:
        with db.transaction() as s:
            settings.save_unit(s, "东风镇")
            settings.save_villages(s, [("东风村", [])])
            subsidy.ensure_default_programs(s)
            batch = subsidy.create_batch(s, s.query(SubsidyProgram).first(), s.query(Village).one(), "2026年度")
            batch_id = batch.id
        with db.engine.begin() as conn:
            conn.execute(insert(Recipient), [
                {"batch_id": batch_id, "seq": i + 1, "group_name": "一组", "name": f"村民{i}",
                 "id_number": f"13012319{i:09d}X", "quantity_e4": 10_000, "standard_fen": 10560, "amount_fen": 10560,
                 "source_row": i + 2} for i in range(100_000)])
    finally:
        db.close()
    return data


def _recipients(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM recipient").fetchone()[0]
    finally:
        con.close()


def test_8_two_copies_to_one_name_at_once_do_not_share_a_part_file(big_data, tmp_path):
    source = DataFolder(big_data).db_path
    target = tmp_path / "同一个名字.sqlite3"
    errors, barrier = [], threading.Barrier(2)

    def copy():
        barrier.wait()
        try:
            backup.copy_database(source, target)
        except Exception as exc:  # noqa: BLE001 - the drill reports it
            errors.append(exc)
    threads = [threading.Thread(target=copy) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and backup.integrity_problems(target) == [] and _recipients(target) == 100_000
    assert not list(tmp_path.glob("*.part*"))


def test_8_processes_starting_together_on_a_new_day_make_one_whole_start_up_backup(big_data, tmp_path):
    data = tmp_path / "data"
    backup.copy_database(DataFolder(big_data).db_path, DataFolder(data).db_path)
    argv = [sys.executable, "-m", "gkdesk", "--data-dir", str(data), "--today", TODAY, "init", "--unit", "东风镇"]
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [p.communicate(timeout=120) + (p.returncode,) for p in procs]
    for out, err, code in results:
        # each either ran (after waiting its turn) or was refused with the sentence naming the one running
        assert (code == 0 and "已设置本单位" in out) or (code == 1 and "正由命令“gkdesk init”修改" in err), err
    assert any(code == 0 for *_rest, code in results)
    starts = [b for b in backup.list_backups(DataFolder(data).backups) if b.reason == "start"]
    assert len(starts) == 1 and backup.integrity_problems(starts[0].path) == []
    assert _recipients(starts[0].path) == 100_000
    assert not list(DataFolder(data).backups.glob("*.part*"))


# ---- 10. full, read-only, locked and damaged told apart ------------------------------------------------------------

@pytest.fixture
def disk_fills(monkeypatch):
    """The disk is full for the database: SQLite refuses to grow it by more than a few pages (SQLITE_FULL, the very
    error a full disk gives)."""
    real = db_module.make_engine

    def make_engine(path):
        engine = real(path)

        @event.listens_for(engine, "connect")
        def limit(dbapi_connection, _record):
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")
        return engine
    monkeypatch.setattr(db_module, "make_engine", make_engine)


def test_10_an_import_on_a_full_disk_is_a_sentence_not_a_traceback(data, tmp_path, disk_fills):
    code, _out, err = run(data, "subsidy", "import", write_list(tmp_path / "大名单.csv", 2000), "--program", PROGRAM,
                          "--village", "东风村")
    assert code == 1 and "磁盘空间已满" in err and "已损坏" not in err and "不需要从备份恢复" in err, err
    assert one_sentence(err)
    assert check_database(DataFolder(data)) == [] and len(json.loads(run(data, "subsidy", "list", "--json")[1])) == 2


@pytest.mark.parametrize("error, said", [
    (errno.EROFS, "是只读的"), (errno.EACCES, "是只读的"), (errno.ENOSPC, "磁盘空间已满")])
def test_10_a_folder_sqlite_cannot_open_in_is_not_called_damaged(data, monkeypatch, error, said):
    """SQLite says only “unable to open database file”; the program asks the file system why."""
    real_connect = sqlite3.connect

    def cannot_open(target, *args, **kwargs):   # the database, where SQLite would put its -shm; not the backups
        if "mode=ro" in str(target) and "backups" not in str(target):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(target, *args, **kwargs)

    def cannot_write(self, *_args, **_kwargs):
        raise OSError(error, os.strerror(error), str(self))
    monkeypatch.setattr(backup.sqlite3, "connect", cannot_open)
    monkeypatch.setattr(Path, "write_bytes", cannot_write)
    code, _out, err = run(data, "subsidy", "program", "add", "--name", "新项目")
    assert code == 1 and said in err and "已损坏" not in err and one_sentence(err), err
    assert "gkdesk restore" in err   # and, should it not be solved, which backup would do


def test_10_a_read_only_database_is_said_at_opening_and_can_still_be_read(data, monkeypatch):
    folder = DataFolder(data)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if (Path(path) == folder.db_path and
                                                                        mode == os.W_OK) else real_access(path, mode))
    code, _out, err = run(data, "subsidy", "program", "add", "--name", "新项目")
    assert code == 1 and "是只读的" in err and "已损坏" not in err and one_sentence(err), err
    code, out, err = run(data, "subsidy", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 2, err
    code, out, _err = run(data, "check")
    assert code == 1 and "只读" in out


def test_10_a_write_refused_by_a_read_only_database_is_said_at_the_first_write(data, monkeypatch):
    real_create = db_module.create_engine
    monkeypatch.setattr(db_module, "create_engine", lambda url, **kw: real_create(
        url.replace("sqlite:///", "sqlite:///file:") + "?mode=ro&uri=true", **kw))
    monkeypatch.setattr(os, "access", lambda *a, **k: True)
    code, _out, err = run(data, "subsidy", "program", "add", "--name", "新项目")
    assert code == 1 and "是只读的" in err and "读写数据库失败" in err and one_sentence(err), err


def test_10_an_unwritable_backups_folder_does_not_stop_the_program(data):
    folder = DataFolder(data)
    for b in folder.backups.iterdir():
        b.unlink()
    folder.backups.rmdir()
    folder.backups.write_text("not a folder")    # as unwritable as a folder can be, even for root
    code, out, err = run(data, "subsidy", "program", "add", "--name", "新项目")
    assert code == 0 and "已新增补贴项目" in out, err
    assert "注意：" in err and "启动时的自动备份没有做成" in err
    code, _out, err = run(data, "backup")
    assert code == 1 and "备份失败" in err and "同名的文件" in err and "Traceback" not in err, err


def test_10_the_window_warns_of_an_unwritable_backups_folder_and_opens(data, dialogs, monkeypatch):
    import argparse

    from gkdesk.gui import app as gui_app

    folder = DataFolder(data)
    for b in folder.backups.iterdir():
        b.unlink()
    folder.backups.rmdir()
    folder.backups.write_text("not a folder")
    while_the_window_runs(monkeypatch, lambda: None)
    assert gui_app.run_gui(argparse.Namespace(data_dir=str(data), today=None, smoke=False)) == 0
    assert any("自动备份没有做成" in t for t in dialogs.texts("warning"))


def test_10_a_backup_on_a_full_disk_says_so(data, monkeypatch):
    def full(source, target, progress=None):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(backup, "copy_database", full)
    code, _out, err = run(data, "backup")
    assert code == 1 and "磁盘空间已满" in err and "已损坏" not in err


def test_10_damage_is_still_damage(data):
    folder = DataFolder(data)
    raw = bytearray(folder.db_path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    folder.db_path.write_bytes(bytes(raw))
    code, _out, err = run(data, "subsidy", "program", "add", "--name", "新项目")
    assert code == 1 and "已损坏" in err


# ---- 11. tracebacks become sentences; the structure is checked ------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ("--today", "9999-12-31", "due"),
    ("--today", "9999-12-31", "subsidy", "publish", 2),
    ("--today", "", "due"),
    ("--today", "2026-02-30", "subsidy", "list"),
    ("subsidy", "publish", 2, "--start", "9999-12-30"),
    ("subsidy", "review", 2, "--by", "李审查", "--date", "0001-01-01"),
    ("subsidy", "archive", 1, "--date", "9999-12-31"),
    ("interp", "submit", "--month", "2026-08", "--date", "9999-12-31"),
])
def test_11_a_date_the_program_cannot_count_from_is_a_sentence(data, argv):
    code, _out, err = run(data, *argv, today=None)
    assert code == 1 and one_sentence(err) and ("范围" in err or "无法识别" in err or "是空的" in err
                                                or "不存在" in err), err   # 2026-02-30: the day does not exist


def test_11_a_catalog_date_out_of_range_is_a_sentence(data):
    assert run(data, "catalog", "reference")[0] == 0
    code, _out, err = run(data, "catalog", "record", "1", "--title", "x", "--formed", "9999-12-31")
    assert code == 1 and "形成日期" in err and "范围" in err and one_sentence(err), err


def test_11_a_year_out_of_range_is_refused_in_chinese(data):
    code, _out, err = run(data, "subsidy", "summary", "--year", "99999", "-o", data.parent / "汇总.xlsx")
    assert code == 2 and "参数 --year" in err and "范围" in err and "Traceback" not in err


def test_11_an_unreal_gkdesk_today_is_a_sentence(data):
    done = subprocess.run([sys.executable, "-m", "gkdesk", "--data-dir", str(data), "due"], capture_output=True,
                          text=True, env=dict(os.environ, GKDESK_TODAY="2026-02-30"), timeout=60)
    assert done.returncode == 1 and "GKDESK_TODAY" in done.stderr and one_sentence(done.stderr), done.stderr


def test_11_a_data_dir_naming_a_file_is_a_sentence(data):
    named = data.parent / "gkdesk.sqlite3"
    named.write_bytes(b"")
    for argv in (("subsidy", "list"), ("init", "--unit", "x"), ("check",), ("restore", named)):
        code, out, err = run(named, *argv)
        assert code == 1 and "是一个文件，不是文件夹" in (err + out), (argv, out, err)


def _drop_table(path: Path, table: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute(f"DROP TABLE {table}")
        con.commit()
    finally:
        con.close()


def test_11_a_backup_missing_a_table_is_refused_and_check_compares_the_structure(data, tmp_path):
    folder = DataFolder(data)
    partial = tmp_path / "少了一张表.sqlite3"
    backup.copy_database(folder.db_path, partial)
    _drop_table(partial, "objection")
    before = sha(folder.db_path)
    code, _out, err = run(data, "restore", partial)
    assert code == 1 and "不完整" in err and "缺少数据表 objection" in err and one_sentence(err), err
    assert sha(folder.db_path) == before
    # check: the live database with a table missing, and with a broken reference
    _drop_table(folder.db_path, "objection")
    code, out, _err = run(data, "check")
    assert code == 1 and "缺少数据表 objection" in out and "最近的完好备份" in out
    backup.copy_database(backup.list_backups(folder.backups)[0].path, folder.db_path)
    con = sqlite3.connect(folder.db_path)
    con.execute("UPDATE recipient SET batch_id = 999 WHERE id = 1")
    con.commit()
    con.close()
    code, out, _err = run(data, "check")
    assert code == 1 and "recipient" in out and "不存在的记录" in out


# ---- 16. archiving with photos: all or nothing -----------------------------------------------------------------------

def test_16_a_failed_archive_with_a_photo_stores_nothing_and_archiving_again_says_the_stored_date(data, tmp_path):
    folder = DataFolder(data)
    photo = tmp_path / "张贴.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"photo" * 100)
    code, _out, err = run(data, "subsidy", "archive", 1, "--photo", photo, today="2026-09-25")   # still publishing
    assert code == 1, err
    db = open_database(folder, holder=None)
    try:
        with db.session() as s:
            assert s.scalar(select(Attachment.id)) is None
    finally:
        db.close()
    assert not [p for p in folder.attachments.rglob("*") if p.is_file()]
    code, out, err = run(data, "subsidy", "archive", 1, "--photo", photo, "--date", "2026-10-08", today="2026-10-09")
    assert code == 0 and "2026年10月8日" in out, err
    code, out, err = run(data, "subsidy", "archive", 1, today="2026-11-30")
    assert code == 0 and "已于2026年10月8日归档" in out and "11月30日" not in out
    code, _out, err = run(data, "subsidy", "archive", 1, "--photo", photo, today="2026-11-30")
    assert code == 1 and "已于2026年10月8日归档" in err
    db = open_database(folder, holder=None)
    try:
        with db.session() as s:
            assert len(s.scalars(select(Attachment)).all()) == 1
    finally:
        db.close()


# ---- 17. backups and restores are recorded ---------------------------------------------------------------------------

def test_17_backups_and_restores_are_in_the_audit_log_and_the_log_file(data, tmp_path):
    folder = DataFolder(data)
    out_file = tmp_path / "U盘备份.sqlite3"
    assert run(data, "backup", "-o", out_file)[0] == 0
    size, digest = out_file.stat().st_size, sha(out_file)
    assert run(data, "restore", out_file)[0] == 0
    db = open_database(folder, holder=None)
    try:
        with db.session() as s:
            entries = {e.action: e for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "database"))}
    finally:
        db.close()
    restored = entries["restore"].after
    assert restored["file"] == str(out_file.resolve()) and restored["size"] == size and restored["sha256"] == digest
    assert restored["safety_backup"] and entries["restore"].who
    logged = folder.log_file.read_text(encoding="utf-8")
    assert digest in logged and "restore" in logged and str(out_file.resolve()) in logged


@pytest.mark.parametrize("exc, kind", [
    (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间已满"),
    (OSError(errno.EROFS, "Read-only file system"), "是只读的"),
    (PermissionError(errno.EACCES, "Permission denied"), "是只读的"),
    (OSError(errno.EBUSY, "Device or resource busy"), "正被另一个程序占用"),
    (sqlite3.OperationalError("database or disk is full"), "磁盘空间已满"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "是只读的"),
    (sqlite3.OperationalError("database is locked"), "正被另一个程序占用"),
    (sqlite3.DatabaseError("database disk image is malformed"), "已损坏，请从最近的完好备份恢复"),
    (sqlite3.DatabaseError("file is not a database"), "已损坏，请从最近的完好备份恢复"),
])
def test_10_each_kind_of_trouble_has_its_own_sentence(exc, kind):
    from gkdesk.store import diagnosis

    said = str(diagnosis.diagnose(exc, "/U盘/gkdesk-data/gkdesk.sqlite3", "保存"))
    assert said.startswith("保存失败：") and kind in said and "/U盘/gkdesk-data/gkdesk.sqlite3" in said
    others = {"磁盘空间已满", "是只读的", "正被另一个程序占用", "已损坏，请从最近的完好备份恢复"} - {kind}
    assert not [o for o in others if o in said]


def test_10_a_windows_sharing_violation_is_a_file_held_by_another_program():
    from gkdesk.store import diagnosis

    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = 32
    assert "正被另一个程序占用" in str(diagnosis.from_os_error(exc, "D:/gkdesk-data/gkdesk.sqlite3", "恢复"))
