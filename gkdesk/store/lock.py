"""One program per data folder at a time: an OS lock on `gkdesk.lock`, held by whichever process writes.

The window holds it for its whole life, a writing command while it runs; restore, the start-up backup and every
backup take it. Read-only commands never take it. A second writer waits up to WAIT_SECONDS and is then refused with
a sentence naming the holder (written into the lock file: what it is, its pid, since when).

The lock is an OS lock (flock on POSIX, a byte-range lock on Windows), so the system releases it when its process
ends, however it ends: a killed holder leaves only a stale description, which the next holder overwrites. A process
takes the OS lock once per folder and counts re-entries (the window restoring a backup, a backup inside a command),
since a second flock of the same file from the same process would wait for itself.

Written here rather than taken from `filelock`: that library truncates the lock file on every attempt and, on
Windows, locks its first byte, so the holder's description cannot be kept in the file nor read by the refused one.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from gkdesk.store.errors import StoreError

LOCK_FILE_NAME = "gkdesk.lock"
WAIT_SECONDS = 3.0
WINDOW = "窗口"
# Windows: the byte locked lies far beyond the description, so that the refused process can still read it.
_LOCK_OFFSET = 1 << 20

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderBusy(StoreError):
    """Another process holds the data folder's lock."""


@dataclass(frozen=True)
class Holder:
    what: str           # WINDOW, or 命令“gkdesk …”
    pid: int
    since: dt.datetime

    def sentence(self, root: Path) -> str:
        when = f"{self.since:%Y-%m-%d %H:%M}"
        if self.what == WINDOW:
            return (f"数据文件夹“{root}”正由另一个工作台窗口使用（进程 {self.pid}，{when} 起）。"
                    "同一份数据同时只能由一个程序修改：请到那个窗口中操作，或先关闭它再试。")
        return (f"数据文件夹“{root}”正由{self.what}修改（进程 {self.pid}，{when} 起），"
                "请等它结束后再试；如果它已没有响应，请在任务管理器中结束该进程。")


def read_holder(root: Path) -> Holder | None:
    """The description the current holder wrote, or None (not written yet, or unreadable)."""
    try:
        info = json.loads((Path(root) / LOCK_FILE_NAME).read_text(encoding="utf-8"))
        return Holder(str(info["what"]), int(info["pid"]), dt.datetime.fromisoformat(info["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class _Held:
    def __init__(self, fd: int, what: str):
        self.fd, self.what, self.count = fd, what, 1


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def _key(root: Path) -> str:
    return os.path.normcase(str(Path(root).resolve()))


def is_held(root: Path) -> bool:
    """Whether this process holds the lock of the data folder `root`."""
    with _guard:
        return _key(root) in _held


class FolderLock:
    """This process's hold on a data folder's lock; `release()` (or the end of a `with`) gives it up."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = _held.get(_key(self.root))
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del _held[_key(self.root)]
                try:
                    _unlock(held.fd)
                finally:
                    os.close(held.fd)

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()

    def __del__(self) -> None:
        self.release()


def hold(root: Path, what: str, wait: float = WAIT_SECONDS) -> FolderLock:
    """Take the lock of the data folder `root` (which must exist) for `what`; waits up to `wait` seconds for
    another holder to finish, then raises FolderBusy naming it. OSError (a read-only folder…) is left to the
    caller's diagnosis."""
    key = _key(root)
    fd = None
    deadline = time.monotonic() + wait
    try:
        while True:
            with _guard:
                if key in _held:   # this process holds it already (another thread may just have taken it)
                    _held[key].count += 1
                    return FolderLock(root)
                if fd is None:
                    fd = os.open(Path(root) / LOCK_FILE_NAME, os.O_RDWR | os.O_CREAT, 0o666)
                if _try_lock(fd):
                    _describe(fd, what)
                    _held[key], fd = _Held(fd, what), None
                    return FolderLock(root)
            if time.monotonic() >= deadline:
                holder = read_holder(root)
                raise FolderBusy(holder.sentence(Path(root)) if holder else
                                 f"数据文件夹“{root}”正由另一个工作台程序使用，请等它结束或关闭它后再试。")
            time.sleep(0.05)
    finally:
        if fd is not None:
            os.close(fd)


def _describe(fd: int, what: str) -> None:
    info = json.dumps({"what": what, "pid": os.getpid(), "since": dt.datetime.now().isoformat(timespec="seconds")},
                      ensure_ascii=False).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, info)
