"""Engine, sessions and the opening sequence of the database.

Opening: integrity check → schema (create and stamp a new database; back up then upgrade an older one; refuse a
newer one) → the day's start-up backup.

The schema version is read with one plain SELECT and compared with the revisions of the migration files (read as
text, :func:`migration_revisions`): Alembic, which takes longer to import than most commands take to run, is
imported only to create, stamp or upgrade a database.
"""
from __future__ import annotations

import ast
import contextlib
import functools
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from gkdesk import clock
from gkdesk.paths import DataFolder
from gkdesk.store import audit  # noqa: F401  (registers the audit events)
from gkdesk.store import backup
from gkdesk.store.errors import IntegrityFailure, NewerSchemaError, StoreError
from gkdesk.store.models import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


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
    return engine


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def migration_revisions() -> dict[str, tuple[str, ...]]:
    """revision → the revisions it follows, from the `revision` and `down_revision` assignments of the migration
    files (tests/test_store.py checks this against Alembic's own reading)."""
    chain: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                if node.targets[0].id in ("revision", "down_revision"):
                    values[node.targets[0].id] = ast.literal_eval(node.value)
        if "revision" in values:
            down = values.get("down_revision")
            chain[values["revision"]] = tuple(down) if isinstance(down, (tuple, list)) else (down,) if down else ()
    return chain


def head_revision() -> str:
    chain = migration_revisions()
    followed = {down for downs in chain.values() for down in downs}
    heads = sorted(set(chain) - followed)
    if len(heads) != 1:
        raise StoreError(f"数据库迁移脚本有 {len(heads)} 个最新版本（{'、'.join(heads)}），应只有一个，请联系开发人员。")
    return heads[0]


def known_revisions() -> set[str]:
    return set(migration_revisions())


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

    def __init__(self, folder: DataFolder, engine: Engine):
        self.folder = folder
        self.engine = engine
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
    tmp = db_path.with_name(db_path.name + ".new")
    for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        stale.unlink(missing_ok=True)
    from alembic import command

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


def open_database(folder: DataFolder, *, start_backup: bool = True) -> Database:
    folder.ensure()
    backup.remove_stale_parts(folder.root)  # a killed restore's database-sized copy
    existed = folder.db_path.exists() and folder.db_path.stat().st_size > 0
    if existed:
        check_integrity(folder)
    if not existed:
        _create(folder.db_path)
    engine = make_engine(folder.db_path)
    state = _schema_state(engine)
    if state == "newer":
        engine.dispose()
        raise NewerSchemaError(
            f"数据库“{folder.db_path}”由更新版本的工作台写入（结构版本 {current_revision(engine)}），"
            "本程序无法安全打开，请安装最新版本后再打开。"
        )
    elif state in ("foreign", "new"):
        engine.dispose()
        raise StoreError(f"文件“{folder.db_path}”不是工作台的数据库，请检查数据文件夹。")
    elif state == "older":
        backup.take_backup(folder.db_path, folder.backups, "upgrade")
        _upgrade(engine)
    db = Database(folder, engine)
    if start_backup and existed and not backup.has_backup_on(folder.backups, clock.today(), "start"):
        db.backup("start")
    return db


def restore_database(folder: DataFolder, source: Path) -> Path:
    """Replace the database with a backup file, after backing up the current one. Returns the safety backup.

    The caller must have closed every engine on the database."""
    source = Path(source)
    if not source.is_file():
        raise StoreError(f"备份文件“{source}”不存在，请重新选择。")
    problems = backup.integrity_problems(source)
    if problems:
        raise StoreError(f"备份文件“{source.name}”已损坏，不能用来恢复，请选择另一个备份。")
    probe = make_engine(source)
    try:
        rev = current_revision(probe)
    finally:
        probe.dispose()
    if rev is None:
        raise StoreError(f"文件“{source.name}”不是工作台的备份，请选择 backups 文件夹中的 .sqlite3 文件。")
    if rev not in known_revisions():
        raise NewerSchemaError(f"备份“{source.name}”来自更新版本的工作台，请安装最新版本后再恢复。")
    safety = None
    if folder.db_path.exists() and backup.integrity_problems(folder.db_path):
        safety = set_aside_damaged(folder)  # the online backup API cannot read a malformed file
    elif folder.db_path.exists():
        safety = backup.take_backup(folder.db_path, folder.backups, "restore")
    for suffix in ("-wal", "-shm"):  # left only by a crash; they belong to the file being replaced
        Path(str(folder.db_path) + suffix).unlink(missing_ok=True)
    backup.copy_database(source, folder.db_path)
    return safety


def check_database(folder: DataFolder) -> list[str]:
    """What is wrong with the database in `folder` (integrity and schema); empty when it is good.
    Opens nothing for writing."""
    if not folder.db_path.exists():
        return [f"数据文件夹“{folder.root}”中还没有数据库，请先运行“gkdesk init”或打开程序完成设置。"]
    problems = backup.integrity_problems(folder.db_path)
    if problems:
        return [f"数据库完整性检查未通过：{'；'.join(problems[:5])}"]
    engine = create_engine(f"sqlite:///file:{folder.db_path}?mode=ro&uri=true")
    try:
        state = _schema_state(engine)
        rev = current_revision(engine)
    finally:
        engine.dispose()
    if state == "newer":
        return [f"数据库结构版本 {rev} 比本程序新，请安装最新版本。"]
    if state in ("foreign", "new"):
        return ["数据库中没有工作台的数据表，请检查数据文件夹。"]
    return []


def set_aside_damaged(folder: DataFolder) -> Path:
    """Rename a damaged database (and its -wal/-shm) beside itself, never deleting it, so a restore can take
    its place."""
    kept = folder.root / f"gkdesk-damaged-{clock.now():%Y%m%d-%H%M%S}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(folder.db_path) + suffix)
        if source.exists():
            source.replace(Path(str(kept) + suffix))
    return kept
