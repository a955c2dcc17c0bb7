"""Migration 0005 on the released 0.1.0 demo: the report's table appears empty, every old row stays (the general
check is tests/test_release_upgrade.py), and the upgraded database drafts, stores and finalizes a report at once."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

from gkdesk.paths import DataFolder
from gkdesk.services import annual_report as report
from gkdesk.store.db import head_revision, open_database
from tests.releases import FIRST_RELEASE, table_names


def test_the_old_demo_upgrades_and_writes_its_first_report(data_folder: DataFolder):
    data_folder.root.mkdir(parents=True)
    shutil.copyfile(FIRST_RELEASE, data_folder.db_path)
    assert "annual_report" not in table_names(data_folder.db_path)
    db = open_database(data_folder, start_backup=False)
    try:
        assert "annual_report" in table_names(data_folder.db_path)
        today = dt.date(2027, 1, 10)
        with db.transaction() as s:
            view = report.build(s, 2026, today)
            # the demo's own data: its publicity lists are drafted into 一（一）
            assert view.authority == "东风镇人民政府"
            assert "惠民惠农财政补贴名单" in view.texts["（一）主动公开"].text
            report.set_values(s, 2026, ["行政处罚=2"])
            for part in ("政府信息管理", "平台建设", "监督保障", "五", "六"):
                report.set_text(s, 2026, part, f"{part}的情况。", today)
            assert report.finalize(s, 2026, today).final
        con = sqlite3.connect(data_folder.db_path)
        version = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        state = con.execute("SELECT state FROM annual_report WHERE year = 2026").fetchone()[0]
        con.close()
        assert (version, state) == (head_revision(), "已定稿")
    finally:
        db.close()
