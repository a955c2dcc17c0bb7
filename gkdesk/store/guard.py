"""No output may land on the clerk's data: the database and its companion files, the lock, the damaged copies kept
aside, backups/ and attachments/ of every data folder this process has opened.

`refuse_data_file` is called where every output is written (the temporary-name-then-rename writer of the documents,
the backup to a chosen file, the archive package), so the command line's `-o` and the window's save dialogs alike go
through it. Paths are compared after resolving links, `..` and (on Windows) case, and an existing target is also
compared by identity, so another spelling of the same file is caught too.
"""
from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path

from gkdesk.paths import DB_FILE_NAME
from gkdesk.store.errors import StoreError

_MANAGED_FOLDERS = ("backups", "attachments")
# gkdesk.sqlite3 and its -wal/-shm/-journal, the .new of a database being created, the .part of a restore,
# the lock, and damaged databases set aside (with their -wal/-shm)
_DATA_FILE = re.compile(r"^(?:" + re.escape(DB_FILE_NAME) + r"|gkdesk-damaged-.*\.sqlite3)(?:[.-].*)?$|^gkdesk\.lock$",
                        re.IGNORECASE)

_opened: set[Path] = set()
_mutex = threading.Lock()


class ProtectedFile(StoreError):
    """An output was aimed at the data folder's own files."""


def register(root: Path) -> None:
    """Remember a data folder this process opened (open_database does it)."""
    with _mutex:
        _opened.add(_resolved(root))


def opened_folders() -> list[Path]:
    with _mutex:
        return sorted(_opened)


def _resolved(path: Path) -> Path:
    return Path(os.path.normcase(os.path.realpath(Path(path).expanduser())))


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def what_it_is(path: Path, folders: Iterable[Path] | None = None) -> str | None:
    """'数据库文件', '备份文件夹' … when `path` is one of the data folder's own files; None for any other path."""
    target = _resolved(path)
    for root in map(_resolved, folders if folders is not None else opened_folders()):
        if target.parent == root and _DATA_FILE.match(target.name):
            return "数据库文件" if not target.name.lower().startswith("gkdesk.lock") else "锁文件"
        for name, label in zip(_MANAGED_FOLDERS, ("备份文件夹", "附件文件夹")):
            if _is_within(target, root / name):
                return label
        if target.exists() and target.is_file():
            for own in _own_files(root):
                try:
                    if os.path.samefile(target, own):
                        return "数据库文件"
                except OSError:
                    continue
    return None


def _own_files(root: Path) -> list[Path]:
    try:
        return [p for p in root.iterdir() if _DATA_FILE.match(p.name)]
    except OSError:
        return []


def refuse_data_file(path: str | os.PathLike, folders: Iterable[Path] = ()) -> None:
    """Raise ProtectedFile when `path` would write over the data folder's database, a backup or an attachment;
    `folders`: data folders to protect besides those this process opened."""
    what = what_it_is(Path(path), [*folders, *opened_folders()])
    if what:
        raise ProtectedFile(f"不能写到“{path}”：这是数据文件夹中的{what}，写入会覆盖工作台的数据。"
                            "请另选一个保存位置（例如桌面、“文档”或U盘）。")


def is_inside_data_folder(path: str | os.PathLike, folders: Iterable[Path] = ()) -> bool:
    """Whether `path` lies anywhere in a data folder (attachments must come from elsewhere)."""
    target = _resolved(Path(path))
    return any(_is_within(target, _resolved(root)) for root in [*folders, *opened_folders()])
