"""Is a database file a whole workbench database? Its Alembic revision, its tables and columns compared with the
models at head, and SQLite's foreign_key_check. `gkdesk check`, restore and the choice of the newest good backup
use it; a sound SQLite file with a table missing passes integrity_check but is not a database the program can use.

The revisions are read from the migration files' `revision`/`down_revision` assignments (:func:`migration_revisions`,
checked against Alembic's own reading by tests/test_store.py): Alembic is imported only to create, stamp or upgrade.
"""
from __future__ import annotations

import ast
import functools
import sqlite3
from pathlib import Path

from gkdesk.store.errors import StoreError
from gkdesk.store.models import Base

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@functools.lru_cache(maxsize=1)
def migration_revisions() -> dict[str, tuple[str, ...]]:
    """revision → the revisions it follows, from the assignments in the migration files."""
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


@functools.lru_cache(maxsize=1)
def head_revision() -> str:
    chain = migration_revisions()
    followed = {down for downs in chain.values() for down in downs}
    heads = sorted(set(chain) - followed)
    if len(heads) != 1:
        raise StoreError(f"数据库迁移脚本有 {len(heads)} 个最新版本（{'、'.join(heads)}），应只有一个，请联系开发人员。")
    return heads[0]


@functools.lru_cache(maxsize=1)
def known_revisions() -> frozenset[str]:
    return frozenset(migration_revisions())


def revision_of(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def table_problems(con: sqlite3.Connection) -> list[str]:
    """The tables and columns of the models at head that the database lacks, one sentence each."""
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    problems = []
    for name, table in Base.metadata.tables.items():
        if name not in present:
            problems.append(f"缺少数据表 {name}")
            continue
        columns = {r[1] for r in con.execute(f'PRAGMA table_info("{name}")')}
        missing = [c.name for c in table.columns if c.name not in columns]
        if missing:
            problems.append(f"数据表 {name} 缺少列 {'、'.join(missing)}")
    return problems


def foreign_key_problems(con: sqlite3.Connection, limit: int = 5) -> list[str]:
    rows = con.execute("PRAGMA foreign_key_check").fetchall()
    problems = [f"数据表 {table} 第 {rowid} 行引用了 {parent} 中不存在的记录" for table, rowid, parent, _fk in rows[:limit]]
    if len(rows) > limit:
        problems.append(f"另有 {len(rows) - limit} 处引用了不存在的记录")
    return problems


def structure_problems(path: Path) -> list[str]:
    """What makes the (sound) database file at `path` unusable: no revision, a newer one, or (at head) a missing
    table or column; and broken references. Empty when it is whole. An older revision's tables are checked once
    it has been upgraded."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rev = revision_of(con)
        if rev is None:
            return ["没有工作台的结构版本（不是工作台的数据库）"]
        if rev not in known_revisions():
            return [f"结构版本 {rev} 比本程序新"]
        problems = table_problems(con) if rev == head_revision() else []
        return problems + foreign_key_problems(con)
    finally:
        con.close()


def backup_problems(path: Path) -> list[str]:
    """Why the file at `path` cannot be restored; empty for a good backup. Raises StoreError when it cannot be read
    at all."""
    from gkdesk.store.backup import integrity_problems

    return integrity_problems(path) or structure_problems(path)
