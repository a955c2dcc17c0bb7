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


class Dialogs:
    """Records what the message boxes would have said; `answer` is what question() returns."""

    def __init__(self, answer):
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer

    def _record(self, kind):
        from PySide6.QtWidgets import QMessageBox

        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    def texts(self, kind: str) -> list[str]:
        return [text for k, _, text in self.shown if k == kind]


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    """QMessageBox's static dialogs never block a test: they are recorded, and question() answers Yes."""
    from PySide6.QtWidgets import QMessageBox

    d = Dialogs(QMessageBox.StandardButton.Yes)
    for kind in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(d._record(kind)))
    return d


@pytest.fixture
def boxes(dialogs) -> list[tuple[str, str, str]]:
    """What the message boxes said, as (kind, title, text)."""
    return dialogs.shown
