"""The database: creation and stamping, migrations, pragmas, backups, restore, refusal of a newer schema,
integrity failure, and the audit log."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from alembic import command
from sqlalchemy import bindparam, delete, insert, select, text

from gkdesk.paths import DataFolder
from gkdesk.store import audit, backup
from gkdesk.store.db import (
    alembic_config, check_database, current_revision, head_revision, known_revisions, make_engine, open_database,
    restore_database,
)
from gkdesk.store.errors import IntegrityFailure, NewerSchemaError
from gkdesk.store.models import AuditEntry, Base, PublicityBatch, Recipient, SubsidyProgram, Unit, Village


@pytest.fixture
def folder(tmp_path):
    return DataFolder(tmp_path / "data")


def _add_unit(db, name="东风镇"):
    with db.transaction() as s:
        s.add(Unit(name=name, created_at=dt.datetime(2026, 11, 23, 9, 0)))


def test_new_database_is_created_stamped_and_uses_safe_pragmas(folder):
    db = open_database(folder)
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert check_database(folder) == []


def test_the_versions_read_without_alembic_are_alembics_own(folder):
    # The opening reads the stamp with plain SQL and the migration files as text (Alembic takes longer to import
    # than a command takes to run); both must agree with Alembic.
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {s.revision for s in script.walk_revisions()}
    db = open_database(folder)
    with db.engine.connect() as conn:
        assert current_revision(db.engine) == MigrationContext.configure(conn).get_current_revision()
    assert current_revision(make_engine(folder.root / "empty.sqlite3")) is None


def test_migrations_from_empty_database_match_the_models(tmp_path):
    engine = make_engine(tmp_path / "m.sqlite3")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_first_revision_with_data_upgrades_and_keeps_the_data(folder):
    folder.ensure()
    engine = make_engine(folder.db_path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(text("INSERT INTO unit (name, kind, county, phone, supervision_phone, address, created_at) "
                          "VALUES ('东风镇', '乡镇', '示范县', '', '', '', '2026-01-01 00:00:00')"))
        conn.execute(text("INSERT INTO village (name, sort_order) VALUES ('东村', 0)"))
    engine.dispose()
    db = open_database(folder)
    assert current_revision(db.engine) == head_revision()
    with db.session() as s:
        assert s.scalar(select(Unit.county)) == "示范县"
        assert s.scalar(select(Village.name)) == "东村"
    if head_revision() != "0001":  # an upgrade happened: it was preceded by a backup
        assert any(b.reason == "upgrade" for b in backup.list_backups(folder.backups))


def test_database_from_a_newer_version_is_refused(folder):
    db = open_database(folder)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    with pytest.raises(NewerSchemaError, match="更新版本"):
        open_database(folder)
    assert check_database(folder) and "比本程序新" in check_database(folder)[0]


def test_backup_restore_round_trip_backs_up_current_first(folder):
    db = open_database(folder)
    _add_unit(db, "东风镇")
    saved = db.backup("manual")
    with db.transaction() as s:
        s.scalar(select(Unit)).name = "改过的名字"
    db.close()
    safety = restore_database(folder, saved)
    db = open_database(folder)
    with db.session() as s:
        assert s.scalar(select(Unit.name)) == "东风镇"
    # the database as it was before restoring is itself in a backup
    con = sqlite3.connect(safety)
    assert con.execute("SELECT name FROM unit").fetchone()[0] == "改过的名字"
    con.close()


def test_start_backup_once_a_day_and_rotation_keeps_30(folder, monkeypatch):
    from gkdesk import clock

    db = open_database(folder)
    _add_unit(db)
    db.close()
    clock.set_today(dt.date(2026, 11, 23))
    try:
        open_database(folder).close()
        open_database(folder).close()
        starts = [b for b in backup.list_backups(folder.backups) if b.reason == "start"]
        assert len(starts) == 1
        for i in range(35):
            backup.take_backup(folder.db_path, folder.backups, "manual")
        assert len(backup.list_backups(folder.backups)) == 30
    finally:
        clock.set_today(None)


def test_integrity_failure_is_reported_and_a_good_backup_offered(folder):
    db = open_database(folder)
    _add_unit(db)
    good = db.backup("manual")
    db.close()
    data = bytearray(folder.db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the first page after the header
    folder.db_path.write_bytes(bytes(data))
    with pytest.raises(IntegrityFailure, match="损坏"):
        open_database(folder)
    assert check_database(folder)
    assert backup.newest_good_backup(folder.backups).path == good


def test_a_sound_sqlite_file_that_is_not_a_workbench_database_is_not_offered_as_a_backup(folder):
    db = open_database(folder)
    _add_unit(db)
    good = db.backup("manual")
    db.close()
    newer = folder.backups / "gkdesk-29991231-235959-manual.sqlite3"  # named as the newest, but empty
    sqlite3.connect(newer).close()
    assert backup.integrity_problems(newer) == []
    assert backup.newest_good_backup(folder.backups).path == good


def test_a_killed_restores_copy_is_removed_at_the_next_start_once_stale(folder):
    import os
    import time

    open_database(folder).close()
    old, young = folder.root / "gkdesk.sqlite3.part", folder.root / "gkdesk.sqlite3.part-journal"
    old.write_bytes(b"x" * 4096)
    young.write_bytes(b"x")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    open_database(folder, start_backup=False).close()
    assert not old.exists() and young.exists()  # a young one may be another process's restore in progress


def test_every_change_lands_in_the_audit_log_with_who_and_before_after(folder):
    db = open_database(folder)
    with db.transaction() as s:
        from gkdesk.services.settings import set_setting

        set_setting(s, "clerk_name", "李明")
        s.add(Village(name="东村"))
    with db.transaction() as s:
        s.scalar(select(Village)).name = "东风村"
    with db.transaction() as s:
        program = SubsidyProgram(name="耕地地力保护补贴")
        batch = PublicityBatch(program=program, village=s.scalar(select(Village)), period="2026年度",
                               created_at=dt.datetime(2026, 11, 1))
        s.add(batch)
        s.flush()
        s.execute(insert(Recipient), [dict(batch_id=batch.id, seq=i, name=f"张{i}", amount_fen=100 * i,
                                           pay_date=dt.date(2026, 11, 1)) for i in range(5)])
        s.execute(delete(Recipient).where(Recipient.seq == 0))
        s.execute(delete(Recipient).where(Recipient.seq >= bindparam("from_seq")), {"from_seq": 3})
    with db.session() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    rename = next(e for e in entries if e.entity == "village" and e.action == "update")
    assert (rename.before, rename.after, rename.who) == ({"name": "东村"}, {"name": "东风村"}, "李明")
    assert any(e.entity == "village" and e.action == "insert" and e.entity_id == "1" for e in entries)
    bulk = [e.after for e in entries if e.action == "bulk"]
    assert {"statement": "insert", "rows": 5, "where": None} in bulk
    assert any(b["statement"] == "delete" and b["rows"] == 1 for b in bulk)
    # a bulk DELETE keeps the rows it removed, every column, as they were
    removed = [e.before["rows"] for e in entries if e.action == "bulk" and e.after["statement"] == "delete"]
    assert [[(r["seq"], r["name"], r["amount_fen"], r["pay_date"]) for r in rows] for rows in removed] == [
        [(0, "张0", 0, "2026-11-01")], [(3, "张3", 300, "2026-11-01"), (4, "张4", 400, "2026-11-01")]]
    assert set(removed[0][0]) == {c.key for c in Recipient.__table__.columns}
    assert [b["where"] for b in bulk if b["statement"] == "delete"] == ["recipient.seq = 0", "recipient.seq >= 3"]


def test_core_statements_on_a_mapped_table_are_audited_too(folder):
    # The import inserts its rows with a Core INSERT on the table (no per-row ORM bookkeeping): it must not
    # escape the audit log, nor must a Core DELETE.
    db = open_database(folder)
    with db.transaction() as s:
        batch = PublicityBatch(program=SubsidyProgram(name="耕地地力保护补贴"), village=Village(name="东村"),
                               period="2026年度", created_at=dt.datetime(2026, 11, 1))
        s.add(batch)
        s.flush()
        s.execute(insert(Recipient.__table__), [dict(batch_id=batch.id, seq=i, name=f"张{i}", amount_fen=100 * i)
                                                for i in range(4)])
        s.execute(delete(Recipient.__table__).where(Recipient.__table__.c.seq == 1))
    with db.session() as s:
        bulk = [(e.entity, e.after, e.before) for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "bulk"))]
    assert ("recipient", {"statement": "insert", "rows": 4, "where": None}, None) in bulk
    ((_, after, before),) = [b for b in bulk if b[1]["statement"] == "delete"]
    assert after["rows"] == 1 and [r["name"] for r in before["rows"]] == ["张1"]


def test_insert_many_stores_what_insert_stores_and_is_audited_alike(folder):
    # audit.insert_many (the import's rows) skips SQLAlchemy's per-row parameters: a date, a None, a default and a
    # text of digits must come back exactly as the same rows put in by insert(), and the audit entry be the same.
    db = open_database(folder)
    rows = [dict(seq=i, name=f"张{i}", id_number="11010519491231002X", quantity_e4=None if i else 12_345,
                 amount_fen=100 * i, account="6228480000000000000", pay_date=dt.date(2026, 11, i + 1) if i else None)
            for i in range(3)]
    with db.transaction() as s:
        first, second = (PublicityBatch(program=SubsidyProgram(name=f"项目{n}"), village=Village(name=f"村{n}"),
                                        period="2026年度", created_at=dt.datetime(2026, 11, 1)) for n in (1, 2))
        s.add_all([first, second])
        s.flush()
        s.execute(insert(Recipient), [dict(r, batch_id=first.id) for r in rows])
        audit.insert_many(s, Recipient.__table__, [dict(r, batch_id=second.id) for r in rows])
        ids = first.id, second.id
    columns = [c for c in Recipient.__table__.columns if c.key not in ("id", "batch_id")]
    with db.session() as s:
        stored = [s.execute(select(*columns).where(Recipient.batch_id == b).order_by(Recipient.seq)).all()
                  for b in ids]
        raw = [s.execute(text("SELECT pay_date, group_name, remark FROM recipient WHERE batch_id = :b ORDER BY seq"),
                         {"b": b}).all() for b in ids]
        bulk = [e.after for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "bulk"))]
    assert stored[0] == stored[1] and stored[1][1].pay_date == dt.date(2026, 11, 2)
    assert raw[0] == raw[1] == [(None, "", ""), ("2026-11-02", "", ""), ("2026-11-03", "", "")]
    assert bulk == [{"statement": "insert", "rows": 3, "where": None}] * 2
