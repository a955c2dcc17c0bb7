"""Every test runs in its own data folder (GKDESK_DATA_DIR) with the real clock restored afterwards."""
from __future__ import annotations

import pytest

from gkdesk import clock
from gkdesk.paths import DataFolder


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch) -> DataFolder:
    root = tmp_path / "gkdesk-data"
    monkeypatch.setenv("GKDESK_DATA_DIR", str(root))
    monkeypatch.delenv("GKDESK_TODAY", raising=False)
    yield DataFolder(root)
    clock.set_today(None)
