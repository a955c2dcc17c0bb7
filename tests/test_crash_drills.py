"""Crash drills: `gkdesk` killed with SIGKILL in the middle of an import, a notice export and a backup.

Wherever the kill lands, the clerk must be able to trust the data folder afterwards: the database passes
`PRAGMA integrity_check`; a batch is there with all its rows or not at all; no file is under its final name unless
it is complete (outputs and backups are written under a temporary name and renamed); no unfinished backup is
listed; and the next start works. Each drill also checks that a kill did land mid-operation, or it proves nothing.

No hooks in the program place the kill: the test polls for evidence that the work is under way (the import's
write-ahead log receives its first pages, the temporary output or the `.part` backup has content) and sends SIGKILL
at once; the import is also killed at fractions of the measured moment its writing began. A poll can lose the race
with a fast finish, so the evidence-placed kills are retried a few times and the drill fails only when none landed.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gkdesk import clock
from gkdesk.cli import main
from gkdesk.domain.idnumber import check_char
from gkdesk.paths import DataFolder
from gkdesk.store import backup
from gkdesk.store.db import check_database, open_database
from gkdesk.store.models import PublicityBatch

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX only")

TODAY = "2026-09-20"
PROGRAM = "耕地地力保护补贴（县）"
STANDARD_FEN = 10560
N_IMPORT = 20_000      # the list whose import is killed
N_NOTICE = 5_000       # the published list exported to .docx and .xlsx
N_PDF = 600            # the published list printed to PDF (Qt's layout of a long table is slow)
N_BACKUP = 200_000     # recipients in the database whose backup is killed
ATTEMPTS = 3           # evidence-placed kills tried before the drill fails for want of a kill that landed
AN_HOUR_AGO = time.time() - 3600


# ---- helpers ---------------------------------------------------------------------------------------------------

def make_id(i: int) -> str:
    """A valid, distinct ID number for every i below 900 × 20 000."""
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=i // 900)
    body = f"130123{birth:%Y%m%d}{100 + i % 900:03d}"
    return body + check_char(body)


def write_list(path: Path, first: int, count: int) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["序号", "村民小组", "户主姓名", "公民身份号码", "计税面积", "补贴金额(元)", "银行账号"])
        for k in range(count):
            i = first + k
            area = 1 + i % 20
            w.writerow([k + 1, f"{1 + i % 9}组", f"村民{i}", make_id(i), area, f"{area * STANDARD_FEN / 100:.2f}", ""])
    return path


def list_amount_fen(first: int, count: int) -> int:
    return sum((1 + i % 20) * STANDARD_FEN for i in range(first, first + count))


def cli(data: Path, *argv) -> list[str]:
    return [sys.executable, "-m", "gkdesk", "--data-dir", str(data), "--today", TODAY, *map(str, argv)]


def env_for(data: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", GKDESK_DATA_DIR=str(data))


def in_process(data: Path, *argv) -> tuple[int, str]:
    """`gkdesk …` run in this process (cheaper than a new one); returns (exit code, what it printed)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["--data-dir", str(data), "--today", TODAY, *map(str, argv)])
    return code, out.getvalue()


def copy_township(template: Path, target: Path) -> Path:
    """A fresh data folder holding a copy of the template's database (with SQLite's backup API)."""
    backup.copy_database(DataFolder(template).db_path, DataFolder(target).db_path)
    return target


@dataclass
class Kill:
    at: float                 # seconds after the start
    killed: bool              # SIGKILL ended the process (it had not finished)
    seen: str | None          # the evidence of work under way, as seen just before the kill
    stderr: str

    @property
    def landed(self) -> bool:
        return self.killed and bool(self.seen)

    def __str__(self) -> str:
        what = "killed" if self.killed else f"had already finished ({self.stderr.strip()[-200:]!r})"
        return f"{what} at {self.at:.2f} s, evidence: {self.seen or 'none'}"


def run_and_kill(argv: list[str], env: dict, evidence: Callable[[], str | None], *, after: float | None = None,
                 stderr_file: Path, timeout: float = 60.0) -> Kill:
    """Start `argv`; SIGKILL it `after` seconds, or (without `after`) as soon as `evidence()` reports something."""
    with open(stderr_file, "wb") as err:
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        start = time.monotonic()
        seen = None
        while proc.poll() is None and time.monotonic() - start < timeout:
            if after is None:
                seen = evidence()
                if seen:
                    break
            elif time.monotonic() - start >= after:
                seen = evidence()
                break
            time.sleep(0.0005)
        at = time.monotonic() - start
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    return Kill(at, proc.returncode == -signal.SIGKILL, seen, stderr_file.read_text(errors="replace"))


def sizes(paths) -> str | None:
    """“name 1234 B, …” of the files that exist and have content; None when there is none."""
    found = []
    for p in paths:
        try:
            size = p.stat().st_size
        except OSError:
            continue
        if size > 0:
            found.append(f"{p.name} {size} B")
    return ", ".join(found) or None


def assert_sound(data: Path, lists: dict[str, tuple[int, int]]) -> None:
    """The state a killed run must leave, whenever the kill landed: the database passes integrity_check and the
    structure check, every batch holds all the rows of its file (count and amount), no recipient is without a
    batch, and the database opens for the next start."""
    folder = DataFolder(data)
    assert backup.integrity_problems(folder.db_path) == []
    assert check_database(folder) == []
    con = sqlite3.connect(f"file:{folder.db_path}?mode=ro", uri=True)
    try:
        batches = con.execute(
            "SELECT b.id, b.source_file, count(r.id), coalesce(sum(r.amount_fen), 0) "
            "FROM publicity_batch b LEFT JOIN recipient r ON r.batch_id = b.id GROUP BY b.id").fetchall()
        orphans = con.execute("SELECT count(*) FROM recipient "
                              "WHERE batch_id NOT IN (SELECT id FROM publicity_batch)").fetchone()[0]
    finally:
        con.close()
    assert orphans == 0, f"{orphans} recipients without a batch"
    for batch_id, source, count, amount in batches:
        assert (count, amount) == lists[source], f"batch {batch_id} from {source} is not whole: {count} rows"
    db = open_database(folder)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(PublicityBatch)) == len(batches)
    finally:
        db.close()
    assert in_process(data, "check") == (0, "数据库完好，结构为最新版本。\n")


# ---- the township the drills start from ------------------------------------------------------------------------

@dataclass
class Township:
    data: Path
    big_list: Path            # N_IMPORT rows
    notice_batch: int         # published, N_NOTICE rows
    pdf_batch: int            # published, N_PDF rows
    lists: dict[str, tuple[int, int]]   # file name → (rows, amount in fen) of every list imported


@pytest.fixture(scope="module")
def township(tmp_path_factory) -> Township:
    """Once per module: a township with two published batches to export, and the list whose import is killed."""
    root = tmp_path_factory.mktemp("township")
    data = root / "data"
    big = write_list(root / "大名单.csv", 0, N_IMPORT)
    notice_list = write_list(root / "公示名单.csv", 50_000, N_NOTICE)
    pdf_list = write_list(root / "打印名单.csv", 80_000, N_PDF)
    lists = {big.name: (N_IMPORT, list_amount_fen(0, N_IMPORT)),
             notice_list.name: (N_NOTICE, list_amount_fen(50_000, N_NOTICE)),
             pdf_list.name: (N_PDF, list_amount_fen(80_000, N_PDF))}
    try:
        assert in_process(data, "init", "--unit", "东风镇", "--villages", "东风村,西风村,南风村")[0] == 0
        assert in_process(data, "subsidy", "program", "add", "--name", PROGRAM, "--unit", "亩",
                          "--standard", "105.60")[0] == 0
        batches = []
        for path, village in ((notice_list, "东风村"), (pdf_list, "南风村")):
            code, out = in_process(data, "subsidy", "import", path, "--program", PROGRAM, "--village", village, "--json")
            assert code == 0, out
            batch = json.loads(out)["batch_id"]
            assert in_process(data, "subsidy", "review", batch, "--by", "李审查")[0] == 0
            assert in_process(data, "subsidy", "publish", batch)[0] == 0
            batches.append(batch)
    finally:
        clock.set_today(None)
    return Township(data, big, batches[0], batches[1], lists)


@pytest.fixture(scope="module")
def big_township(tmp_path_factory) -> Path:
    """Once per module: a database with N_BACKUP recipients (inserted with SQLAlchemy core), so that the online
    backup takes long enough to be killed halfway."""
    from sqlalchemy import insert

    from gkdesk.services import settings, subsidy
    from gkdesk.store.models import Recipient, SubsidyProgram, Village

    data = tmp_path_factory.mktemp("big") / "data"
    clock.set_today(dt.date.fromisoformat(TODAY))
    try:
        db = open_database(DataFolder(data))
        with db.transaction() as s:
            settings.save_unit(s, "东风镇")
            settings.save_villages(s, [("东风村", [])])
            subsidy.ensure_default_programs(s)
            program = s.query(SubsidyProgram).first()
            batch = subsidy.create_batch(s, program, s.query(Village).one(), "2026年度", source_file="大名单.xlsx")
            batch_id = batch.id
        with db.engine.begin() as conn:
            conn.execute(insert(Recipient), [
                {"batch_id": batch_id, "seq": i + 1, "group_name": f"{1 + i % 9}组", "name": f"村民{i}",
                 "id_number": f"13012319{i:09d}X", "quantity_e4": 10_000, "standard_fen": STANDARD_FEN,
                 "amount_fen": STANDARD_FEN, "source_row": i + 2}
                for i in range(N_BACKUP)])
        db.close()
    finally:
        clock.set_today(None)
    return data


@pytest.fixture
def today():
    clock.set_today(dt.date.fromisoformat(TODAY))   # conftest puts the real clock back afterwards


# ---- (1) import -----------------------------------------------------------------------------------------------

def test_import_killed_at_any_moment_leaves_the_batch_whole_or_absent(township, tmp_path, today):
    data = copy_township(township.data, tmp_path / "data")
    lists = township.lists
    wal = Path(f"{DataFolder(data).db_path}-wal")
    argv = cli(data, "subsidy", "import", township.big_list, "--program", PROGRAM, "--village", "西风村")
    env = env_for(data)

    def batches() -> int:
        con = sqlite3.connect(f"file:{DataFolder(data).db_path}?mode=ro", uri=True)
        try:
            return con.execute("SELECT count(*) FROM publicity_batch").fetchone()[0]
        finally:
            con.close()

    def wal_has_pages() -> str | None:   # the import's only write is its one transaction at the end
        return sizes([wal])

    drill = []

    def kill(after: float | None) -> Kill | None:
        """Kill a run of the import; return the kill when it tore the write transaction (pages written to the
        WAL, nothing committed)."""
        before = batches()
        k = run_and_kill(argv, env, wal_has_pages, after=after, stderr_file=tmp_path / "stderr.txt")
        assert_sound(data, lists)
        committed = batches() - before
        torn = k.landed and committed == 0
        phase = ("inside the write transaction" if torn else "after the commit" if committed
                 else "before writing" if k.killed else "finished")
        drill.append(f"{'after ' + format(after, '.2f') + ' s' if after else 'on the first WAL page'}: {k} → {phase}")
        assert wal_has_pages() is None, "the next start leaves no pages in the write-ahead log"
        return k if torn else None

    # On the first page the transaction writes to the WAL. That moment, measured, places the timed kills: while
    # the file is read and checked, and a little after the writing began (inside it, or just committed).
    torn = next(filter(None, (kill(after=None) for _ in range(ATTEMPTS))), None)
    assert torn, "no kill landed inside the import's write transaction:\n" + "\n".join(drill)
    for fraction in (0.5, 1.1):
        kill(after=fraction * torn.at)
    print("\n".join(drill))

    # the next start: the same import runs through, and every batch is whole
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0 and "已导入为批次" in done.stdout, done.stderr
    assert_sound(data, lists)
    west = [b for b in json.loads(in_process(data, "subsidy", "list", "--json")[1]) if b["village"] == "西风村"]
    assert west and all(b["people"] == N_IMPORT for b in west)


# ---- (2) notice export ----------------------------------------------------------------------------------------

def temp_files(out: Path) -> list[Path]:
    """What replacing_file writes before the rename: `.~公示.xxxxxxxx.docx.tmp` beside the target."""
    return sorted(out.parent.glob(f".~{out.stem}.*{out.suffix}.tmp"))


def assert_complete(out: Path, fmt: str, title: str, rows: int) -> None:
    """The file opens in what the clerk would use and holds the whole list."""
    if fmt == "docx":
        import docx

        d = docx.Document(str(out))
        assert any(title in p.text for p in d.paragraphs)
        assert len(d.tables[0].rows) >= rows + 1
    elif fmt == "xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(out, read_only=True)
        try:
            values = [r for r in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
        assert title in str(values[0][0])
        assert len(values) >= rows + 2
    else:
        data = out.read_bytes()
        assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True,
                                  text=True, check=True).stdout
            assert title in text and text.count("村民") >= rows   # every name of the list (村民0, 村民1 …)


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "pdf"])
def test_notice_export_killed_while_writing_leaves_no_truncated_file(township, tmp_path, today, fmt):
    data = copy_township(township.data, tmp_path / "data")
    lists = township.lists
    batch, rows = (township.pdf_batch, N_PDF) if fmt == "pdf" else (township.notice_batch, N_NOTICE)
    out = tmp_path / "导出" / f"公示.{fmt}"
    out.parent.mkdir()
    argv = cli(data, "subsidy", "notice", batch, "-o", out)
    env = env_for(data)
    title = "南风村" if fmt == "pdf" else "东风村"   # in the title of the notice and of the list
    drill = []

    def kill_while_writing(previous: bytes | None) -> bool:
        """Kill an export as soon as a new file beside the target has content (its temporary file, when the
        writer works as it should); True when the kill landed mid-write."""
        there = set(out.parent.iterdir())
        k = run_and_kill(argv, env, lambda: sizes(set(out.parent.iterdir()) - there),
                         stderr_file=tmp_path / "stderr.txt")
        drill.append(str(k))
        # whenever the kill landed: no file, or the earlier file untouched, or (the export won the race) a new
        # complete one; beside it only temporary files
        assert {p.name for p in out.parent.iterdir()} <= {out.name} | {p.name for p in temp_files(out)}
        assert_sound(data, lists)
        if not out.exists():
            assert previous is None
            return k.landed
        if out.read_bytes() == previous:
            return k.landed
        assert_complete(out, fmt, title, rows)
        if previous is None:
            out.unlink()   # for the next attempt
        return False

    # 1. no earlier file: killed while the temporary file fills, there is no 公示.xxx at all
    assert any(kill_while_writing(None) for _ in range(ATTEMPTS)), \
        f"no kill landed while the {fmt} was being written:\n" + "\n".join(drill)
    assert not out.exists()
    left = temp_files(out)
    assert left, "the killed run's temporary file is expected beside the target"

    # 2. the next export works. It deletes the stale temporary files of its target, but not a young one: that
    #    may be another export's work in progress (here a stand-in, as if a second export were running)
    for p in left:
        os.utime(p, (AN_HOUR_AGO, AN_HOUR_AGO))
    in_progress = out.parent / f".~{out.stem}.abcd1234{out.suffix}.tmp"
    in_progress.write_bytes(b"PK")
    code, said = in_process(data, "subsidy", "notice", batch, "-o", out)
    assert code == 0, said
    assert_complete(out, fmt, title, rows)
    assert temp_files(out) == [in_progress]
    in_progress.unlink()

    # 3. killed while writing over the complete file: that file stays as it was. Once is enough (for .docx):
    #    every format goes through the same replacing_file, and step 1 showed each writer writes only the temporary.
    if fmt == "docx":
        previous = out.read_bytes()
        assert any(kill_while_writing(previous) for _ in range(ATTEMPTS)), \
            f"no kill landed while the {fmt} was being rewritten:\n" + "\n".join(drill)
    print("\n".join(drill))


# ---- (3) backup ------------------------------------------------------------------------------------------------

def recipients_in(path: Path) -> int:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM recipient").fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("where", ["backups", "output"])
def test_backup_killed_while_copying_is_never_listed_and_the_next_backup_works(big_township, tmp_path, today, where):
    data = copy_township(big_township, tmp_path / "data")
    folder = DataFolder(data)
    folder.ensure()
    lists = {"大名单.xlsx": (N_BACKUP, N_BACKUP * STANDARD_FEN)}
    out = tmp_path / "U盘" / "工作台备份.sqlite3" if where == "output" else None
    part_dir = out.parent if out else folder.backups
    part_dir.mkdir(exist_ok=True)
    argv = cli(data, "backup", *(["-o", out] if out else []))
    env = env_for(data)
    drill = []

    def parts() -> list[Path]:
        return sorted(part_dir.glob("*.part*"))

    def kill_while_copying() -> bool:
        """Kill a backup as soon as a new file in the folder it writes to has content (its .part, when the backup
        works as it should); True when the kill landed mid-copy."""
        listed = [b.path for b in backup.list_backups(folder.backups)]
        previous = out.read_bytes() if out and out.exists() else None
        there = set(part_dir.iterdir())
        k = run_and_kill(argv, env, lambda: sizes(set(part_dir.iterdir()) - there),
                         stderr_file=tmp_path / "stderr.txt")
        drill.append(str(k))
        # whenever the kill landed: no .part is listed, the newest good backup is a finished one, and what is under
        # a backup's name (new if the backup won the race) is complete
        new = [b.path for b in backup.list_backups(folder.backups) if b.path not in listed]
        if out and out.exists() and out.read_bytes() != previous:
            new.append(out)
        for path in new:
            assert backup.integrity_problems(path) == [] and recipients_in(path) == N_BACKUP
        assert not any(b.path.name.endswith(".part") for b in backup.list_backups(folder.backups))
        good = backup.newest_good_backup(folder.backups)
        assert good is None or (good.path.suffix == ".sqlite3" and backup.integrity_problems(good.path) == [])
        if out and previous is None and out.exists():
            out.unlink()   # for the next attempt, which starts again without a file
        return k.landed and not new

    assert any(kill_while_copying() for _ in range(ATTEMPTS)), \
        "no kill landed while the backup was being written:\n" + "\n".join(drill)
    stale = [p for p in parts() if p.name.endswith(".part")]
    assert stale, "the killed run's .part file is expected"
    if out:
        assert not out.exists()
    assert_sound(data, lists)

    # the next backup works: complete, passes integrity_check, holds everything, and is listed (or written to -o)
    code, said = in_process(data, "backup", *(["-o", out] if out else []))
    assert code == 0, said
    taken = Path(said.strip().split("：", 1)[1])
    assert backup.integrity_problems(taken) == [] and recipients_in(taken) == N_BACKUP
    if out:
        assert taken == out.resolve()
        # a leftover of the same target (the .part and its rollback journal) goes when that target is written again
        assert parts() == []
        # killed while writing over a complete copy: the copy stays as it was (checked in kill_while_copying)
        assert any(kill_while_copying() for _ in range(ATTEMPTS)), \
            "no kill landed while the backup was being rewritten:\n" + "\n".join(drill)
        assert backup.integrity_problems(out) == [] and recipients_in(out) == N_BACKUP
    else:
        listed = backup.list_backups(folder.backups)
        assert taken in [b.path for b in listed] and backup.newest_good_backup(folder.backups).taken_at == listed[0].taken_at
        # a young .part may be another process's backup in progress: kept, and never listed (unless it is the .part
        # of the very name just written, when the killed run and this one fell in the same second)
        own = taken.name + backup.PART
        assert all(p.exists() for p in stale if not p.name.startswith(own)), (taken, stale)
        assert not any(b.path.name.endswith(".part") for b in backup.list_backups(folder.backups))
        # once nobody has written to it for a while, the next backup deletes it (with its journal)
        for p in parts():
            os.utime(p, (AN_HOUR_AGO, AN_HOUR_AGO))
        code, said = in_process(data, "backup")
        assert code == 0, said
        assert parts() == []
    print("\n".join(drill))
