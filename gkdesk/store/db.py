"""Engine, sessions and the opening sequence of the database.

Opening for writing: the data folder must exist (only `init`, `demo` and the first-run wizard create one) → the
folder's lock → integrity check → an absent or empty database is created only where nothing says there was one
(no backup, no damaged copy set aside) → schema (create and stamp a new database; back up then upgrade an older
one; refuse a newer one) → the day's start-up backup (a failure is a warning: the program still starts).
Opening for reading (`holder=None`) takes no lock, creates nothing and writes nothing.

Errors from SQLite and the file system are told apart (store.diagnosis): a full disk, a read-only file, a file held
by another program and a damaged one each have their own sentence.

The schema version is read with plain SQL and compared with the revisions of the migration files (store.schema):
Alembic, which takes longer to import than most commands take to run, is imported only to create, stamp or
upgrade a database.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from gkdesk import clock
from gkdesk.paths import DataFolder
from gkdesk.store import audit  # noqa: F401  (registers the audit events)
from gkdesk.store import backup, diagnosis, guard, lock
from gkdesk.store.errors import IntegrityFailure, NewerSchemaError, StoreError
from gkdesk.store.models import Base
from gkdesk.store.schema import (  # noqa: F401  (alembic_config and MIGRATIONS re-exported)
    MIGRATIONS,
    alembic_config,
    head_revision,
    known_revisions,
    structure_problems,
)

log = logging.getLogger("gkdesk")

DEFAULT_HOLDER = "工作台程序"


class FolderMissing(StoreError):
    """The data folder does not exist (a USB stick not plugged in, a mistyped --data-dir)."""


class MissingDatabase(StoreError):
    """The database is absent or empty although backups (or a damaged copy) show there was one."""

    def __init__(self, message: str, newest: backup.BackupFile | None):
        super().__init__(message)
        self.newest = newest


def _set_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", _set_pragmas)

    @event.listens_for(engine, "handle_error")
    def _told_apart(context) -> None:
        found = diagnosis.from_sqlite_error(context.original_exception, db_path, "读写数据库")
        if found is not None:
            raise found from context.original_exception

    return engine


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database (None when it has no alembic_version table)."""
    with engine.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                                 )).first():
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


class Database:
    """An open database in a data folder."""

    def __init__(self, folder: DataFolder, engine: Engine, hold: lock.FolderLock | None = None):
        self.folder = folder
        self.engine = engine
        self.hold = hold          # the data folder's lock, None when opened for reading
        self.warnings: list[str] = []   # what went wrong at opening without stopping it (the start-up backup)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A short write transaction: commits on success, rolls back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def backup(self, reason: str = "manual", target: Path | None = None, progress=None) -> Path:
        return backup.take_backup(self.folder.db_path, self.folder.backups, reason, target, progress)

    def close(self) -> None:
        self.engine.dispose()
        if self.hold is not None:
            self.hold.release()


def _schema_state(engine: Engine) -> str:
    """'new' (no tables), 'current', 'older', 'newer' or 'foreign' (tables but not ours)."""
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).scalar()
    if not tables:
        return "new"
    rev = current_revision(engine)
    if rev is None:
        return "foreign"
    if rev == head_revision():
        return "current"
    return "older" if rev in known_revisions() else "newer"


def _create(db_path: Path) -> None:
    """Create and stamp a new database under a temporary name, then rename it into place: SQLite's driver commits
    DDL statement by statement, so a process killed halfway must not leave a half-made file under the real name."""
    from alembic import command

    tmp = db_path.with_name(db_path.name + ".new")
    for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        stale.unlink(missing_ok=True)
    engine = make_engine(tmp)
    try:
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            command.stamp(alembic_config(conn), "head")
    finally:
        engine.dispose()
    tmp.replace(db_path)


def _upgrade(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def check_integrity(folder: DataFolder) -> None:
    """The check at every start (the full one runs in `gkdesk check` and on every backup that is restored)."""
    problems = backup.integrity_problems(folder.db_path, quick=True)
    if problems:
        raise IntegrityFailure(
            f"数据库文件“{folder.db_path}”已损坏（完整性检查未通过），请从最近的完好备份恢复。", problems
        )


def check_folder(folder: DataFolder, create: bool = False) -> None:
    """The data folder must be a folder; an absent one is created only when `create` (init, demo, first run)."""
    root = folder.root
    if root.exists() and not root.is_dir():
        raise FolderMissing(f"“{root}”是一个文件，不是文件夹：数据文件夹应当是一个文件夹，请检查 --data-dir 或 "
                            "GKDESK_DATA_DIR 的设置。")
    if root.is_dir():
        return
    if not create:
        raise FolderMissing(f"数据文件夹“{root}”不存在。如果数据保存在U盘或移动硬盘上，请先插好再打开；"
                            "如果要在这里新建，请运行“gkdesk init --unit 单位名称”。")
    try:
        root.mkdir(parents=True)
    except OSError as exc:
        raise (diagnosis.from_os_error(exc, root, "新建数据文件夹")
               or StoreError(f"无法新建数据文件夹“{root}”：{exc.strerror}。")) from None


def _ensure_subfolders(folder: DataFolder) -> list[str]:
    """backups/, attachments/ and logs/; one that cannot be made is a warning, not a reason not to start."""
    warnings = []
    for sub in (folder.backups, folder.attachments, folder.log_file.parent):
        try:
            sub.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            found = diagnosis.from_os_error(exc, sub, "新建文件夹")
            warnings.append(str(found) if found else f"无法新建文件夹“{sub}”：{exc.strerror}。")
    return warnings


def _earlier_data(folder: DataFolder) -> tuple[list[str], backup.BackupFile | None]:
    """What says this folder held a database: backups, damaged copies set aside, a database moved aside by a restore
    that did not finish, a write-ahead log with content. And the newest good backup."""
    signs = []
    newest = backup.newest_good_backup(folder.backups)
    if backup.list_backups(folder.backups):
        signs.append("备份文件夹中有备份")
    if list(folder.root.glob("gkdesk-damaged-*.sqlite3")):
        signs.append("有改名留存的损坏数据库")
    if list(folder.root.glob("gkdesk-before-restore-*.sqlite3")):
        signs.append("有恢复时移开的数据库")
    wal = Path(f"{folder.db_path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        signs.append("有未合并的数据库日志文件（-wal）")
    return signs, newest


def _restore_advice(newest: backup.BackupFile | None) -> str:
    if newest is None:
        return "数据文件夹中没有完好的备份：请不要删除任何文件，把整个数据文件夹复制一份后联系技术支持人员。"
    return (f"可以用最近的完好备份恢复：{newest.path}（{newest.label}），"
            f"命令是“gkdesk restore {newest.path}”，或在程序的提示中选择恢复。")


def _refuse_empty_start(folder: DataFolder) -> None:
    """An absent or empty database is created anew only where nothing says there was one."""
    signs, newest = _earlier_data(folder)
    if signs:
        state = "不存在" if not folder.db_path.exists() else "是空文件"
        raise MissingDatabase(
            f"数据库文件“{folder.db_path}”{state}，但{'、'.join(signs)}，说明这里原来有数据。"
            f"为免从空白开始，程序没有新建数据库。{_restore_advice(newest)}", newest)


def _check_readable(folder: DataFolder) -> None:
    try:
        check_integrity(folder)
    except IntegrityFailure:
        raise
    except StoreError as exc:   # not damage: no permission, a lock, a read-only folder…
        _signs, newest = _earlier_data(folder)
        hint = "" if newest is None else f"如果无法解决，{_restore_advice(newest)}"
        raise type(exc)(f"{exc}{hint}") from None


def open_database(folder: DataFolder, *, start_backup: bool = True, create: bool = True,
                  holder: str | None = DEFAULT_HOLDER) -> Database:
    """Open the database of `folder` for `holder` (who takes the folder's lock and may write; `lock.WINDOW` for the
    window, 命令“gkdesk …” for a command), or for reading only (`holder=None`: no lock, nothing created, no
    backup; a database that needs an upgrade is upgraded under the lock first). `create`: an absent data folder
    may be created (`init`, `demo`, the first-run wizard — and tests)."""
    if holder is None:
        return _open_for_reading(folder)
    check_folder(folder, create)
    try:
        hold = lock.hold(folder.root, holder)
    except OSError as exc:
        raise (diagnosis.from_os_error(exc, folder.root, "打开数据文件夹")
               or StoreError(f"无法打开数据文件夹“{folder.root}”：{exc.strerror}。")) from None
    try:
        guard.register(folder.root)
        warnings = _ensure_subfolders(folder)
        backup.remove_stale_parts(folder.root)  # a killed restore's database-sized copy
        existed = folder.db_path.exists() and folder.db_path.stat().st_size > 0
        if existed:
            _check_readable(folder)
            if not os.access(folder.db_path, os.W_OK):
                raise diagnosis.read_only(folder.db_path, "打开数据库")
        else:
            _refuse_empty_start(folder)
            _create(folder.db_path)
        engine = make_engine(folder.db_path)
        _bring_to_head(folder, engine)
    except BaseException:
        hold.release()
        raise
    db = Database(folder, engine, hold)
    db.warnings = warnings
    if start_backup and existed and not backup.has_backup_on(folder.backups, clock.system_now().date(),
                                                             "start"):
        automatic_backup(db)
    return db


def _bring_to_head(folder: DataFolder, engine: Engine) -> None:
    state = _schema_state(engine)
    if state == "current":
        return
    engine.dispose()
    if state == "newer":
        raise NewerSchemaError(
            f"数据库“{folder.db_path}”由更新版本的工作台写入（结构版本 {current_revision(engine)}），"
            "本程序无法安全打开，请安装最新版本后再打开。"
        )
    if state in ("foreign", "new"):
        raise StoreError(f"文件“{folder.db_path}”不是工作台的数据库，请检查数据文件夹。")
    backup.take_backup(folder.db_path, folder.backups, "upgrade")
    _upgrade(engine)


def automatic_backup(db: Database, reason: str = "start") -> None:
    """The day's automatic backup ("start"), or the first one of a folder just set up ("setup"); one that fails
    is said and the program goes on."""
    try:
        db.backup(reason)
    except (StoreError, OSError) as exc:
        when = "今天启动时" if reason == "start" else "设置完成时"
        log.warning("%s的自动备份没有做成：%s", when, exc)
        db.warnings.append(f"{when}的自动备份没有做成：{exc}程序照常使用，请尽快处理后用“备份”手动备份一次。")


def _open_for_reading(folder: DataFolder) -> Database:
    check_folder(folder, create=False)
    if not (folder.db_path.exists() and folder.db_path.stat().st_size > 0):
        signs, _newest = _earlier_data(folder)
        if signs:
            _refuse_empty_start(folder)
        raise StoreError(f"数据文件夹“{folder.root}”中还没有数据库，请先运行“gkdesk init”或打开程序完成设置。")
    guard.register(folder.root)
    _check_readable(folder)
    engine = make_engine(folder.db_path)
    try:
        state = _schema_state(engine)
    except BaseException:
        engine.dispose()
        raise
    if state == "older":   # the models need the head structure: upgrade first, as a writer would
        engine.dispose()
        open_database(folder, start_backup=False, create=False, holder="升级").close()
        engine = make_engine(folder.db_path)
    elif state != "current":
        engine.dispose()
        _bring_to_head(folder, engine)   # raises the sentence of a newer or foreign file
    return Database(folder, engine)


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _refuse_as_backup(source: Path) -> None:
    """Why `source` cannot be restored, as the refusal; returns when it is a good backup."""
    try:
        damage = backup.integrity_problems(source)
    except StoreError as exc:
        raise StoreError(f"备份文件“{source.name}”无法读取：{exc}") from None
    if damage:
        raise StoreError(f"备份文件“{source.name}”已损坏，不能用来恢复，请选择另一个备份。")
    problems = structure_problems(source)
    if not problems:
        return
    if problems[0].startswith("没有工作台的结构版本"):
        raise StoreError(f"文件“{source.name}”不是工作台的备份，请选择 backups 文件夹中的 .sqlite3 文件。")
    if problems[0].startswith("结构版本"):
        raise NewerSchemaError(f"备份“{source.name}”来自更新版本的工作台，请安装最新版本后再恢复。")
    raise StoreError(f"备份文件“{source.name}”不完整（{'；'.join(problems[:3])}），不能用来恢复，请选择另一个备份。")


def restore_database(folder: DataFolder, source: Path, holder: str = "恢复备份的程序") -> Path | None:
    """Replace the database with a backup file, after backing up the current one. Returns the safety backup (or
    the damaged database set aside; None when there was no database).

    The backup is checked (integrity, structure, references), copied beside the database and brought to the
    present structure there; only then is the current database moved aside (renamed, with its -wal/-shm) and the
    copy renamed into place. Whatever fails on the way (a full disk, say), the previous database is where it was.
    Holds the data folder's lock: a restore is refused while another program has the folder open; within this
    process the caller must have closed every engine on the database. Recorded in the restored database's audit
    log and in the log file, with the backup's size and SHA-256."""
    source = Path(source).resolve()
    check_folder(folder, create=False)
    if not source.is_file():
        raise StoreError(f"备份文件“{source}”不存在，请重新选择。")
    _refuse_as_backup(source)
    recorded = {"file": str(source), "size": source.stat().st_size, "sha256": file_digest(source)}
    with lock.hold(folder.root, holder):
        try:
            backup.remove_leftovers(folder.db_path)
            part = backup.copy_to_part(source, folder.db_path)
        except (OSError, sqlite3.Error) as exc:
            raise (diagnosis.diagnose(exc, folder.root, "恢复") or exc) from exc
        try:
            _bring_part_to_head(part, source)
            safety, aside = _move_current_aside(folder)
            try:
                part.replace(folder.db_path)
            except BaseException:
                _put_back(folder, aside)
                raise
        except (OSError, sqlite3.Error) as exc:
            raise (diagnosis.diagnose(exc, folder.root, "恢复") or exc) from exc
        finally:
            backup.remove_part(part)
        if aside is not None and safety != aside:
            _remove_set_aside(aside)
        audit.record_event(folder.db_path, "restore", recorded | {"safety_backup": str(safety) if safety else None})
    return safety


def _bring_part_to_head(part: Path, source: Path) -> None:
    """Upgrade the copy of an older backup in place (out of WAL mode again afterwards, so it stays one file) and
    check its structure at head."""
    engine = make_engine(part)
    try:
        if current_revision(engine) != head_revision():
            _upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    finally:
        engine.dispose()
    problems = structure_problems(part)
    if problems:
        raise StoreError(f"备份文件“{source.name}”不完整（{'；'.join(problems[:3])}），不能用来恢复，请选择另一个备份。")


def _move_current_aside(folder: DataFolder) -> tuple[Path | None, Path | None]:
    """(safety backup, where the current database now is); (None, None) when there is none."""
    if not folder.db_path.exists():
        return None, None
    try:
        damaged = bool(backup.integrity_problems(folder.db_path))
    except StoreError:
        damaged = True   # unreadable: keep it aside as it is, as a damaged one
    if damaged:   # the online backup API cannot read a malformed file: keep the file itself
        kept = set_aside_damaged(folder)
        return kept, kept
    safety = backup.take_backup(folder.db_path, folder.backups, "restore")
    stamp = f"{clock.system_now():%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"
    aside = folder.root / f"gkdesk-before-restore-{stamp}.sqlite3"
    _move_with_companions(folder.db_path, aside)
    return safety, aside


def _move_with_companions(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{source}{suffix}")
        if path.exists():
            path.replace(Path(f"{target}{suffix}"))


def _put_back(folder: DataFolder, aside: Path | None) -> None:
    if aside is not None:
        _move_with_companions(aside, folder.db_path)


def _remove_set_aside(aside: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(f"{aside}{suffix}").unlink(missing_ok=True)


def check_database(folder: DataFolder) -> list[str]:
    """What is wrong with the database in `folder` (integrity, structure compared with this version's, references,
    whether it can be written); empty when it is good. Opens nothing for writing."""
    try:
        check_folder(folder, create=False)
    except StoreError as exc:
        return [str(exc)]
    if not folder.db_path.exists():
        return [f"数据文件夹“{folder.root}”中还没有数据库，请先运行“gkdesk init”或打开程序完成设置。"]
    if folder.db_path.stat().st_size == 0:
        return [f"数据库文件“{folder.db_path}”是空文件。"]
    try:
        problems = backup.integrity_problems(folder.db_path)
    except StoreError as exc:
        return [str(exc)]
    if problems:
        return [f"数据库完整性检查未通过：{'；'.join(problems[:5])}"]
    found = structure_problems(folder.db_path)
    if found and found[0].startswith("结构版本"):
        return [f"数据库{found[0]}，请安装最新版本。"]
    if found and found[0].startswith("没有工作台的结构版本"):
        return ["数据库中没有工作台的数据表，请检查数据文件夹。"]
    problems = [f"数据库结构与本版本不一致：{p}" for p in found]
    if not os.access(folder.db_path, os.W_OK):
        problems.append(f"数据库文件“{folder.db_path}”是只读的：可以查看，但不能修改，请检查文件属性或U盘的写保护开关。")
    return problems


def set_aside_damaged(folder: DataFolder) -> Path:
    """Rename a damaged database (and its -wal/-shm) beside itself, never deleting it, so a restore can take
    its place."""
    kept = folder.root / f"gkdesk-damaged-{clock.system_now():%Y%m%d-%H%M%S}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(folder.db_path) + suffix)
        if source.exists():
            source.replace(Path(str(kept) + suffix))
    return kept
