"""What went wrong with a file, told apart: a full disk, a read-only file or folder, a file another program holds,
and a damaged database each get their own sentence and advice. Only damage sends the clerk to the backups.

`from_os_error` reads an OSError (errno, and the Windows error code); `from_sqlite_error` reads SQLite's error
code (Python 3.11+) or, failing that, its message. Both return None for anything they do not recognise, so the
caller re-raises the original.
"""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from gkdesk.store.errors import StoreError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}
_BUSY = {errno.EBUSY, getattr(errno, "ETXTBSY", errno.EBUSY)}
_WIN_LOCKED = {32, 33}           # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_WIN_FULL = {39, 112}            # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_READ_ONLY = {5, 19}         # ERROR_ACCESS_DENIED, ERROR_WRITE_PROTECT


class DiskFull(StoreError):
    pass


class ReadOnly(StoreError):
    pass


class FileLocked(StoreError):
    pass


class DamagedFile(StoreError):
    pass


def disk_full(where: Path | str, doing: str) -> DiskFull:
    return DiskFull(f"{doing}失败：“{where}”所在的磁盘空间已满。请删除不需要的文件（或清空回收站），"
                    "或换一个有空间的位置后再试；已保存的数据没有损坏，不需要从备份恢复。")


def read_only(where: Path | str, doing: str) -> ReadOnly:
    return ReadOnly(f"{doing}失败：“{where}”是只读的（文件或文件夹不允许写入）。请检查文件属性、"
                    "U盘的写保护开关或文件夹权限后再试；已保存的数据没有损坏，不需要从备份恢复。")


def locked(where: Path | str, doing: str) -> FileLocked:
    return FileLocked(f"{doing}失败：“{where}”正被另一个程序占用。请关闭占用它的程序（另一个工作台、"
                      "正在打开它的表格软件、杀毒软件或网盘同步）后再试。")


def damaged(where: Path | str, doing: str) -> DamagedFile:
    return DamagedFile(f"{doing}失败：数据库文件“{where}”已损坏，请从最近的完好备份恢复。")


def file_in_the_way(where: Path | str, doing: str) -> StoreError:
    return StoreError(f"{doing}失败：“{where}”应当是一个文件夹，那里却是一个同名的文件；请把这个文件改名或移走后再试。")


def from_os_error(exc: OSError, where: Path | str | None = None, doing: str = "写入") -> StoreError | None:
    where = where or exc.filename or ""
    code, winerror = exc.errno, getattr(exc, "winerror", None)
    if code in (errno.EEXIST, errno.ENOTDIR):
        return file_in_the_way(where, doing)
    if winerror in _WIN_LOCKED:
        return locked(where, doing)
    if code in _FULL or winerror in _WIN_FULL:
        return disk_full(where, doing)
    if code in _BUSY:
        return locked(where, doing)
    if code in _READ_ONLY or winerror in _WIN_READ_ONLY:
        return read_only(where, doing)
    return None


# SQLite's primary result codes, by name (sqlite_errorname, Python 3.11+), and the words of their messages.
_SQLITE_KINDS = (
    ("SQLITE_FULL", "database or disk is full", disk_full),
    ("SQLITE_READONLY", "readonly database", read_only),
    ("SQLITE_PERM", "access permission denied", read_only),
    ("SQLITE_BUSY", "database is locked", locked),
    ("SQLITE_LOCKED", "database table is locked", locked),
    ("SQLITE_CORRUPT", "malformed", damaged),
    ("SQLITE_NOTADB", "file is not a database", damaged),
)


def sqlite_kind(exc: BaseException) -> str | None:
    """SQLITE_FULL, SQLITE_READONLY… of a sqlite3 error (extended codes folded to the primary one)."""
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        for kind, _words, _make in _SQLITE_KINDS:
            if name == kind or name.startswith(kind + "_"):
                return kind
        return name
    text = str(exc)
    return next((kind for kind, words, _make in _SQLITE_KINDS if words in text), None)


def from_sqlite_error(exc: BaseException, where: Path | str, doing: str = "保存") -> StoreError | None:
    if not isinstance(exc, sqlite3.Error):
        return None
    kind = sqlite_kind(exc)
    return next((make(where, doing) for k, _words, make in _SQLITE_KINDS if k == kind), None)


def diagnose(exc: BaseException, where: Path | str, doing: str) -> StoreError | None:
    """The sentence for `exc` met while `doing` something to `where`, or None."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError):
        return from_os_error(exc, where, doing)
    orig = getattr(exc, "orig", None)   # SQLAlchemy's DBAPIError wraps the driver's error
    return from_sqlite_error(orig if orig is not None else exc, where, doing)
