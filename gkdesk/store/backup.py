"""Backups with SQLite's online backup API (never a file copy of a live database), rotation and restore."""
from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from gkdesk import clock

KEEP = 30
_NAME = re.compile(r"^gkdesk-(\d{8})-(\d{6})(?:-(\w+))?\.sqlite3$")
PART = ".part"   # a backup being written; renamed to its final name only when complete
_PART_COMPANIONS = ("", "-journal", "-wal", "-shm")
# a backup being written in backups/, or a restore being copied in beside the database
_STALE_PART = re.compile(r"^gkdesk(?:-.*)?\.sqlite3\.part(?:-journal|-wal|-shm)?$")
STALE_PART_SECONDS = 600

REASONS = {"start": "启动时自动", "upgrade": "升级前", "manual": "手动", "restore": "恢复前"}


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str

    @property
    def label(self) -> str:
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S}（{REASONS.get(self.reason, self.reason)}）"


def copy_database(source: Path, target: Path, progress=None) -> None:
    """Online backup of `source` into `target`, written beside it under a temporary name and then renamed, so
    that a killed process never leaves a truncated file under the final name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + PART)
    # What a killed run to the same target left: the .part and its rollback journal. The journal must go too, or
    # SQLite would take it for a hot journal of the new file and play it back into it.
    _remove_part(tmp)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst, pages=256, progress=progress)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except BaseException:
        _remove_part(tmp)
        raise
    finally:
        src.close()
    tmp.replace(target)


def _remove_part(tmp: Path) -> None:
    for suffix in _PART_COMPANIONS:
        with contextlib.suppress(OSError):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)


def remove_stale_parts(folder: Path, older_than: float = STALE_PART_SECONDS) -> list[Path]:
    """Delete the unfinished copies (`*.sqlite3.part` and their -journal/-wal/-shm) that killed backups (in
    backups/) or restores (in the data folder) left in `folder`, once nothing has written to them for
    `older_than` seconds; returns what was deleted.

    They are never listed as backups (`list_backups` only takes finished names), so leaving one a while costs only
    disk space; a younger one may be the work in progress of a backup that another process (the window and a
    command-line backup, say) is taking at this moment, and deleting it would make that backup fail."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    limit = time.time() - older_than
    for p in folder.iterdir():
        if not _STALE_PART.match(p.name):
            continue
        with contextlib.suppress(OSError):  # gone meanwhile, or still open (Windows)
            if p.stat().st_mtime < limit:
                p.unlink()
                removed.append(p)
    return removed


def take_backup(db_path: Path, backup_dir: Path, reason: str = "manual", target: Path | None = None,
                progress=None) -> Path:
    """`progress` is sqlite3's backup callback (status, remaining pages, total pages)."""
    stamp = clock.now()
    if target is None:
        target = backup_dir / f"gkdesk-{stamp:%Y%m%d-%H%M%S}-{reason}.sqlite3"
        n = 1
        while target.exists():
            n += 1
            target = backup_dir / f"gkdesk-{stamp:%Y%m%d-%H%M%S}-{reason}{n}.sqlite3"
    if target.parent == backup_dir:
        remove_stale_parts(backup_dir)   # first, so that their space is free for the new backup
    copy_database(db_path, target, progress)
    if target.parent == backup_dir:
        rotate(backup_dir)
    return target


def list_backups(backup_dir: Path) -> list[BackupFile]:
    """Newest first."""
    found = []
    if backup_dir.is_dir():
        for p in backup_dir.iterdir():
            m = _NAME.match(p.name)
            if m:
                taken = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
                found.append(BackupFile(p, taken, re.sub(r"\d+$", "", m.group(3) or "manual")))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def rotate(backup_dir: Path, keep: int = KEEP) -> None:
    for old in list_backups(backup_dir)[keep:]:
        old.path.unlink(missing_ok=True)


def has_backup_on(backup_dir: Path, day: dt.date, reason: str = "start") -> bool:
    return any(b.taken_at.date() == day and b.reason == reason for b in list_backups(backup_dir))


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """`PRAGMA integrity_check` of a database file; empty when it is good. `quick` runs `quick_check`, which
    finds damaged pages and records but skips comparing every index with its table: about 9 times faster (0.3 s
    instead of 2.7 s with a million recipients), which is what a start can afford."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def has_schema_version(path: Path) -> bool:
    """Whether the file is a gkdesk database (it carries Alembic's version), not merely a sound SQLite file: an
    empty or foreign file passes integrity_check too."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("SELECT version_num FROM alembic_version").fetchone() is not None
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def newest_good_backup(backup_dir: Path) -> BackupFile | None:
    for b in list_backups(backup_dir):
        if not integrity_problems(b.path) and has_schema_version(b.path):
            return b
    return None
