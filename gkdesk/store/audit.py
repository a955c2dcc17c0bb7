"""The one audit mechanism: session events write every change to `audit_log`.

ORM changes (add, edit, delete of an object) are recorded row by row with before/after values from the flush;
bulk statements (`session.execute(insert(Model), rows)`, `update(...)`, `delete(...)`) are recorded as one
`bulk` entry naming the statement and the row count; a bulk DELETE also keeps the rows it removed (read with the
statement's own WHERE in one SELECT just before it runs) in `before["rows"]`. Tens of thousands of rows go in
through `insert_many`, which writes the same `bulk` entry. Services never write change entries by hand.

Entries that are not row changes are written through the functions at the end: an entry in a session's
transaction (`add_entry`: which file an import took, why a resolved objection was changed), a refusal
(`record_refusal`: an attempt to change a published or archived list, kept although the transaction that tried it is
rolled back) and an event on the whole database (`record_event`: a backup, a restore). All also go to the log file.
"""
from __future__ import annotations

import datetime as dt
import decimal
import getpass
import logging
import os
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, Select, Table, event, insert, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.sql import visitors

from gkdesk import clock
from gkdesk.store.models import AuditEntry, Base, Setting

WHO_KEY = "audit_who"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return os.environ.get("USERNAME") or os.environ.get("USER") or "未知用户"


def current_who(session: Session) -> str:
    """The clerk name from settings, else the OS user; cached on the session."""
    who = session.info.get(WHO_KEY)
    if who is None:
        with session.no_autoflush:
            row = session.get(Setting, "clerk_name")
        who = (row.value if row and row.value else "") or os_user()
        session.info[WHO_KEY] = who
    return who


_JSON_SCALARS = (int, str, float, bool, type(None))


def _plain(value: Any) -> Any:
    if type(value) in _JSON_SCALARS:  # the common case, checked first: bulk deletes convert every value
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _columns(obj: Base) -> dict[str, Any]:
    return {attr.key: _plain(getattr(obj, attr.key)) for attr in inspect(obj).mapper.column_attrs}


def _changed(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    before, after = {}, {}
    for attr in inspect(obj).mapper.column_attrs:
        hist = get_history(obj, attr.key)
        if hist.has_changes():
            before[attr.key] = _plain(hist.deleted[0]) if hist.deleted else None
            after[attr.key] = _plain(hist.added[0]) if hist.added else None
    return before, after


def _identity(obj: Base) -> str | None:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(_plain(i)) for i in ident) if any(i is not None for i in ident) else None


def _entry(session: Session, action: str, entity: str, entity_id, before, after) -> dict[str, Any]:
    return dict(at=clock.now(), who=current_who(session), action=action, entity=entity,
                entity_id=entity_id, before=before, after=after)


@event.listens_for(Session, "before_flush")
def _collect(session: Session, flush_context, instances) -> None:
    pending = session.info.setdefault("audit_pending", [])
    for obj in session.new:
        if not isinstance(obj, AuditEntry):
            pending.append(("insert", obj, None))
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not session.is_modified(obj, include_collections=False):
            continue
        before, after = _changed(obj)
        if after:
            pending.append(("update", obj, (before, after)))
    for obj in session.deleted:
        if not isinstance(obj, AuditEntry):
            pending.append(("delete", obj, (_identity(obj), _columns(obj))))


@event.listens_for(Session, "after_flush")
def _write(session: Session, flush_context) -> None:
    pending = session.info.pop("audit_pending", [])
    if not pending:
        return
    rows = []
    for action, obj, data in pending:
        entity = type(obj).__tablename__
        if action == "insert":
            rows.append(_entry(session, action, entity, _identity(obj), None, _columns(obj)))
        elif action == "update":
            rows.append(_entry(session, action, entity, _identity(obj), data[0], data[1]))
        else:
            rows.append(_entry(session, action, entity, data[0], data[1], None))
    session.connection().execute(insert(AuditEntry), rows)


def _where(orm_execute_state) -> ColumnElement | None:
    """A bulk UPDATE/DELETE's WHERE with the parameters given at execution filled in (None: every row)."""
    where = getattr(orm_execute_state.statement, "whereclause", None)
    params = orm_execute_state.parameters
    if where is None or not isinstance(params, dict) or not params:
        return where

    def fill(bind: BindParameter) -> None:
        if bind.key in params:
            bind.value, bind.callable, bind.required = params[bind.key], None, False

    return visitors.cloned_traverse(where, {}, {"bindparam": fill})


def _matching_rows(orm_execute_state, mapper) -> Select:
    """SELECT every column of the rows a bulk UPDATE/DELETE matches."""
    query = select(*(attr.columns[0].label(attr.key) for attr in mapper.column_attrs))
    where = _where(orm_execute_state)
    return query if where is None else query.where(where)


def _rows_to_delete(orm_execute_state, mapper) -> list[dict[str, Any]]:
    """The rows a bulk DELETE is about to remove, all columns, read in one SELECT."""
    result = orm_execute_state.session.connection().execute(_matching_rows(orm_execute_state, mapper))
    keys = list(result.keys())
    return [dict(zip(keys, map(_plain, row))) for row in result]


def _where_text(orm_execute_state) -> str | None:
    where = _where(orm_execute_state)
    return None if where is None else str(where.compile(compile_kwargs={"literal_binds": True}))


def _dml_mapper(orm_execute_state):
    """The mapped class's mapper of a DML statement: named by an ORM statement (insert(Recipient)), found from the
    table for a Core one on a mapped table (insert(Recipient.__table__)), which the session runs too."""
    if orm_execute_state.bind_mapper is not None:
        return orm_execute_state.bind_mapper
    table = getattr(orm_execute_state.statement, "table", None)
    return next((m for m in Base.registry.mappers if m.local_table is table), None) if table is not None else None


@event.listens_for(Session, "do_orm_execute")
def _bulk(orm_execute_state) -> Any:
    """Bulk INSERT/UPDATE/DELETE statements, ORM or Core: one entry with the row count (and, for DELETE, the rows
    removed)."""
    if not (orm_execute_state.is_insert or orm_execute_state.is_update or orm_execute_state.is_delete):
        return
    mapper = _dml_mapper(orm_execute_state)
    if mapper is None or mapper.class_ is AuditEntry:
        return
    session = orm_execute_state.session
    removed = _rows_to_delete(orm_execute_state, mapper) if orm_execute_state.is_delete else None
    result = orm_execute_state.invoke_statement()
    params = orm_execute_state.parameters
    count = len(params) if isinstance(params, list) else result.rowcount
    action = "insert" if orm_execute_state.is_insert else "update" if orm_execute_state.is_update else "delete"
    where = _where_text(orm_execute_state)
    session.connection().execute(
        insert(AuditEntry),
        [_entry(session, "bulk", mapper.class_.__tablename__, None, None if removed is None else {"rows": removed},
                {"statement": action, "rows": count, "where": where})],
    )
    return result


def insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows (an import's 20,000) as one DB-API executemany of plain tuples, recorded as the one `bulk`
    entry every bulk INSERT gets. `session.execute(insert(table), rows)` builds each row's parameters through the
    compiled statement, which took half of an import's storing time; here a value passes only through its column's
    bind processor (a date stored as SQLAlchemy stores it). Every row carries the keys of the first; a column none
    names takes its default."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    keys = list(rows[0])
    defaults = {c: c.default.arg for c in table.columns
                if c.key not in rows[0] and c.default is not None and c.default.is_scalar}
    columns = [table.c[key] for key in keys] + list(defaults)
    fixed = tuple(defaults.values())
    values = [tuple(row[key] for key in keys) + fixed for row in rows]
    processors = [(i, p) for i, p in enumerate(c.type.dialect_impl(dialect).bind_processor(dialect)
                                               for c in columns) if p is not None]
    if processors:
        values = [_processed(row, processors) for row in values]
    quote = dialect.identifier_preparer.quote
    connection.exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})", values)
    connection.execute(insert(AuditEntry), [_entry(session, "bulk", table.name, None, None,
                                                   {"statement": "insert", "rows": len(rows), "where": None})])


def _processed(row: tuple, processors: list[tuple[int, Any]]) -> tuple:
    row = list(row)
    for i, process in processors:
        row[i] = process(row[i])
    return tuple(row)


# ---- entries that are not row changes (issue 12) --------------------------------------------------------------

log = logging.getLogger("gkdesk.audit")
_REFUSALS = "audit_refusals"


def add_entry(session: Session, action: str, entity: str, entity_id: object, details: dict[str, Any]) -> None:
    """An entry for something done in this session's transaction that the row changes do not tell (an import's
    source file: name, size, SHA-256, rows); written with the transaction, and to the log file."""
    session.add(AuditEntry(**_entry(session, action, entity, None if entity_id is None else str(entity_id), None,
                                    _plain(details))))
    log.info("%s %s %s: %s", action, entity, entity_id, details)


def record_refusal(session: Session, entity: str, entity_id: object, reason: str, attempt: str = "") -> None:
    """An attempt to change something the program refused (a published or archived list). The entry is written
    when the session's transaction ends — on its own, since the refusal rolls that transaction back — and the log
    file has it at once."""
    details = {"attempt": attempt, "reason": reason}
    session.info.setdefault(_REFUSALS, []).append(
        _entry(session, "refused", entity, None if entity_id is None else str(entity_id), None, details))
    log.warning("refused %s %s %s: %s", attempt, entity, entity_id, reason)


@event.listens_for(Session, "after_transaction_end")
def _write_refusals(session: Session, transaction) -> None:
    if transaction.parent is not None or not session.info.get(_REFUSALS):
        return
    rows = session.info.pop(_REFUSALS)
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    try:
        with engine.begin() as connection:
            connection.execute(insert(AuditEntry), rows)
    except Exception:  # the refusal itself must reach the clerk; the log file has the entry
        log.exception("could not write %d refusal entries to the audit log", len(rows))


# ---- events that are not row changes: a backup taken, a restore --------------------------------------------------

def record_event(db_path, action: str, details: dict[str, Any]) -> None:
    """One audit entry for an event on the whole database (`backup`, `restore`), written into the database at
    `db_path` in its own short transaction, and the same line in the log file. Best effort: an entry that cannot be
    written (a read-only database) is only logged, and never undoes the event it describes."""
    import logging

    from sqlalchemy import create_engine

    log = logging.getLogger("gkdesk")
    log.info("%s：%s", action, details)
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"timeout": 5})
    try:
        with Session(engine) as session, session.begin():
            session.add(AuditEntry(at=clock.now(), who=current_who(session), action=action, entity="database",
                                   entity_id=None, before=None, after=_plain(details)))
    except Exception as exc:  # noqa: BLE001 - the log line above is the record of last resort
        log.warning("审计日志未能写入数据库（%s）：%s", action, exc)
    finally:
        engine.dispose()
