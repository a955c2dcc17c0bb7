"""Migration 0004 on the released 0.1.0 demo: the register's tables appear empty, every old row stays (the general
check is tests/test_release_upgrade.py), and the upgraded database takes a request at once."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

from gkdesk.paths import DataFolder
from gkdesk.services import requests as rq
from gkdesk.store.db import head_revision, open_database
from tests.releases import FIRST_RELEASE, table_names

NEW_TABLES = {"info_request", "info_request_event", "info_request_letter", "info_request_fee", "info_request_case"}


def test_the_old_demo_upgrades_to_an_empty_register_that_works(data_folder: DataFolder):
    data_folder.root.mkdir(parents=True)
    shutil.copyfile(FIRST_RELEASE, data_folder.db_path)
    assert not NEW_TABLES & table_names(data_folder.db_path)
    db = open_database(data_folder, start_backup=False)
    try:
        assert NEW_TABLES <= table_names(data_folder.db_path)
        with db.transaction() as s:
            assert rq.list_requests(s) == []
            request = rq.add_request(s, received_on="2026-09-25", channel="当面", applicant_name="张三",
                                     applicant_type="自然人", content="道路硬化工程招标文件",
                                     today=dt.date(2026, 11, 23))
            # the demo's unit is 东风镇: the default prefix follows it
            assert request.number == "东政依申〔2026〕1号"
            assert rq.status_of(s, request, dt.date(2026, 11, 23)).due == dt.date(2026, 10, 29)
        con = sqlite3.connect(data_folder.db_path)
        fks = con.execute("PRAGMA foreign_key_check").fetchall()
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        con.close()
        assert fks == [] and version == head_revision()
    finally:
        db.close()
