"""A database written by each earlier release opens in this one, is backed up before any upgrade, and keeps every
row and every 分: each table of the old file is compared column by column after the upgrade.

The files are listed in tests/releases.py.
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from gkdesk.paths import DataFolder
from gkdesk.store.db import current_revision, head_revision, open_database
from tests.releases import RELEASES


def table_fingerprints(db_path: Path, immutable: bool = False) -> dict[str, tuple[int, str, dict[str, int], list[str]]]:
    """For every table: its row count, a hash of every row (in rowid order), the sums of its money and quantity
    columns, and its columns. ``immutable``: a committed file, read without the -wal/-shm files SQLite would
    otherwise leave beside it."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro{'&immutable=1' if immutable else ''}", uri=True)
    try:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
                  if t != "alembic_version" and not t.startswith("sqlite_")]
        return {t: _fingerprint(con, t, [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]) for t in tables}
    finally:
        con.close()


def _fingerprint(con, table: str, columns: list[str], limit: int = -1) -> tuple[int, str, dict[str, int], list[str]]:
    quoted = ", ".join(f'"{c}"' for c in columns)
    digest = hashlib.sha256()
    count = 0
    for row in con.execute(f'SELECT {quoted} FROM "{table}" ORDER BY rowid LIMIT {limit}'):
        digest.update(repr(row).encode())
        count += 1
    sums = {c: con.execute(f'SELECT COALESCE(SUM("{c}"), 0) FROM "{table}"').fetchone()[0]
            for c in columns if c.endswith(("_fen", "_e4"))}
    return count, digest.hexdigest(), sums, columns


def fingerprints_of(db_path: Path, only: dict) -> dict:
    """The same fingerprints, taken over the columns the old file had (new columns are the upgrade's own). The audit
    log is compared over its old rows: the backup taken before the upgrade is recorded in it, after them."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        found = {t: _fingerprint(con, t, old[3]) for t, old in only.items()}
        if "audit_log" in only:
            old_rows = only["audit_log"][0]
            added = con.execute("SELECT action, entity FROM audit_log ORDER BY rowid LIMIT -1 OFFSET ?",
                                (old_rows,)).fetchall()
            assert set(added) <= {("backup", "database")}, f"audit_log: rows added by the upgrade: {added}"
            found["audit_log"] = _fingerprint(con, "audit_log", only["audit_log"][3], old_rows)
        return found
    finally:
        con.close()


@pytest.mark.parametrize("release", RELEASES, ids=[p.name.split("-demo")[0] for p in RELEASES])
def test_release_database_upgrades_keeping_every_row(release, data_folder: DataFolder):
    data_folder.root.mkdir(parents=True)
    shutil.copyfile(release, data_folder.db_path)
    before = table_fingerprints(data_folder.db_path)
    assert before["recipient"][0] > 0, "the release file should hold the demo's recipients"

    db = open_database(data_folder, start_backup=False)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()

    after = fingerprints_of(data_folder.db_path, before)
    for table, (count, digest, sums, _cols) in before.items():
        assert after[table][0] == count, f"{table}: rows lost or added by the upgrade"
        assert after[table][2] == sums, f"{table}: money or quantities changed by the upgrade"
        assert after[table][1] == digest, f"{table}: a value changed in an old column"


@pytest.mark.parametrize("release", RELEASES, ids=[p.name.split("-demo")[0] for p in RELEASES])
def test_release_database_is_backed_up_before_an_upgrade(release, data_folder: DataFolder):
    data_folder.root.mkdir(parents=True)
    shutil.copyfile(release, data_folder.db_path)
    con = sqlite3.connect(data_folder.db_path)
    old_rev = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    open_database(data_folder, start_backup=False).close()
    backups = list(data_folder.backups.glob("*.sqlite3"))
    if old_rev == head_revision():
        assert backups == []  # nothing to upgrade, nothing to back up
    else:
        assert backups, "an upgrade must be preceded by a backup"
        assert table_fingerprints(backups[0])["recipient"][:3] == table_fingerprints(release, immutable=True)["recipient"][:3]


# --- 0006: the notices an older release posted are frozen at the upgrade -------------------------------------------

@pytest.mark.parametrize("release", RELEASES, ids=[p.name.split("-demo")[0] for p in RELEASES])
def test_notices_an_older_release_posted_stay_as_posted_after_the_upgrade(release, data_folder: DataFolder):
    from gkdesk.services import notice, settings
    from gkdesk.store.models import PublicityBatch

    data_folder.root.mkdir(parents=True)
    shutil.copyfile(release, data_folder.db_path)
    db = open_database(data_folder, start_backup=False)
    try:
        with db.session() as s:
            batches = list(s.query(PublicityBatch).order_by(PublicityBatch.id))
            posted = [b for b in batches if b.state in notice.POSTED_STATES]
            assert posted and all(b.notice_snapshot for b in posted)
            assert all(b.notice_snapshot is None for b in batches if b.state not in notice.POSTED_STATES)
            archived = next(b for b in posted if b.state == "已归档")
            frozen = notice.notice_inputs(s, archived)
            assert (frozen.source, frozen.unit_name, frozen.layout) == ("upgrade", "东风镇", None)
            before = notice.build_notice(s, archived.id)
        with db.transaction() as s:   # the township is renamed in the new release
            settings.save_unit(s, "东风乡")
        with db.session() as s:
            after = notice.build_notice(s, archived.id)
        assert after == before and after.signature_lines[0] == "东风镇人民政府"
        # the old texts' placeholders and 镇（乡） are filled in, none reaches the page
        text = "".join(after.paragraphs_before + after.paragraphs_after)
        assert "{" not in text and "镇（乡）" not in text and "东风镇人民政府" in text
        # its phone line as that release printed it (the program's phones as typed), not relabelled
        assert frozen.version == 1
        assert after.paragraphs_after[-1] == "监督举报电话：镇党政办 0311-8123456；县农业农村局 0311-8000001"
    finally:
        db.close()
