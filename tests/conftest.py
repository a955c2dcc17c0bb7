"""Every test runs in its own data folder (GKDESK_DATA_DIR) with the real clock restored afterwards, and sees no
system font: Qt has the program's own font only, as on a bare PC (see external.py)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import external
import pytest

from gkdesk import clock
from gkdesk.paths import DataFolder


def pytest_configure(config):
    # Before Qt reads the fonts: an empty fontconfig, so layout tests answer the same on every machine and the
    # program proves it prints Chinese with its own font. Subprocesses (the real gkdesk commands) inherit it.
    folder = Path(tempfile.mkdtemp(prefix="gkdesk-test-fonts-"))
    os.environ["FONTCONFIG_FILE"] = str(external.write_fontconfig(folder))


def pytest_report_header(config):
    found = {name: any(external.which(t) for t, n in external.PACKAGES.items() if n == name)
             for name in dict.fromkeys(external.PACKAGES.values())}
    tools = ", ".join(f"{name} {'found' if ok else 'NOT found'}" for name, ok in found.items())
    return [f"optional tools: {tools}; fonts: the program's own only (empty fontconfig)"]


def pytest_terminal_summary(terminalreporter):
    counts: dict[str, int] = {}
    for report in terminalreporter.stats.get("skipped", []):
        reason = str(report.longrepr[2]) if isinstance(report.longrepr, tuple) else ""
        reason = reason.removeprefix("Skipped: ")
        if reason.startswith(external.SKIP_PREFIX):
            package = reason[len(external.SKIP_PREFIX):].split(":")[0]
            counts[package] = counts.get(package, 0) + 1
    for package, n in counts.items():
        terminalreporter.write_line(f"skipped {n} test{'s' if n > 1 else ''} that need {package} "
                                    f"(not installed here; .ci/run installs it)", yellow=True)


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
