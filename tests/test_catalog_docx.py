"""The catalog .docx is compact: each item's 公开渠道和载体 keeps the standard form's 13 ■/□ options, flowing four or
so to a line in a wide column, never cut inside an option; the reference catalog's 27 items take four pages, not
nine, as LibreOffice lays the file out."""
from __future__ import annotations

import re

import external
import pytest

from gkdesk.domain.vocab import CHANNELS_13
from gkdesk.io.layout import plan_page
from gkdesk.paths import DataFolder
from gkdesk.services import catalog, settings
from gkdesk.store.db import open_database


@pytest.fixture
def db(tmp_path):
    db = open_database(DataFolder(tmp_path / "data"), start_backup=False)
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县")
        catalog.install_reference(s)
    yield db
    db.close()


def test_each_items_channels_take_a_few_lines_of_whole_options(db):
    with db.session() as s:
        doc = catalog.catalog_document(s).document
    plan = plan_page(doc)
    j = [c.key for c in doc.table.columns].index("channels")
    items = [row for i, row in enumerate(plan.table.rows) if i not in set(doc.table.section_rows)]
    assert len(items) == 27
    for row in items:
        lines = row[j].split("\n")
        assert len(lines) <= 5, lines
        # every line starts an option (■/□) or goes on with one cut after a slash (社区/ | 企事业单位/ …)
        for before, line in zip(["■"] + lines, lines):
            assert line[0] in "■□" or before.endswith("/"), lines
        assert "".join(lines).count("■") + "".join(lines).count("□") == len(CHANNELS_13)


def test_the_reference_catalog_docx_is_four_pages_in_libreoffice(db, tmp_path):
    external.need("soffice", "pdftotext")
    with db.session() as s:
        catalog.export_catalog(s, tmp_path / "目录.docx")
    external.libreoffice_convert([tmp_path / "目录.docx"], tmp_path)
    text = external.pdftotext(tmp_path / "目录.pdf", layout=False)
    assert text.count("\f") <= 4
    # no option is cut across lines: each of those without a slash stands whole once an item
    whole = [c for c in CHANNELS_13 if "/" not in c]
    for option in whole:
        assert len(re.findall(f"[■□]{re.escape(option)}", text)) == 27, option
