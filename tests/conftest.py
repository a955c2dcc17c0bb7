"""Every test runs in its own data folder (GKDESK_DATA_DIR) with the real clock restored afterwards, and sees no
system font: Qt has the program's own font only, as on a bare PC (see external.py). A modal dialog that no test
answers fails the test instead of waiting for a click, and a window test ends with no background work running
and no dialog left open."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import ClassVar

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


class UnansweredDialog(AssertionError):
    """A modal dialog was opened that the test does not answer: in the clerk's window it waits for a click."""


def _unanswered(kind: str):
    def fail(*args, **_kwargs):
        target = args[0] if args and not isinstance(args[0], str) else None
        title = target.windowTitle() if hasattr(target, "windowTitle") else ""
        text = next((a for a in args if isinstance(a, str)), "")
        raise UnansweredDialog(f"{kind}：{type(target).__name__ if target is not None else ''}“{title or text}”"
                               "在等人点击，测试没有回答它")
    return fail


@pytest.fixture(autouse=True)
def modal_dialogs_raise(request, monkeypatch):
    """QDialog.exec and the static boxes and file dialogs raise unless a test patches them (the `dialogs`
    fixture, or a test's own monkeypatch). A test that drives a real box says so with @pytest.mark.real_dialogs."""
    if request.node.get_closest_marker("real_dialogs"):
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    monkeypatch.setattr(QDialog, "exec", _unanswered("对话框"))
    for name in ("information", "warning", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_unanswered("消息框")))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(_unanswered("文件对话框")))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(_unanswered("输入框")))


@pytest.fixture(autouse=True)
def nothing_left_running(request):
    """After a window test: background work cancelled and its threads finished, then no dialog left open."""
    yield
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        return
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog

    from gkdesk.gui.tasks import runner

    tasks = runner()
    tasks.cancel_all()
    assert tasks.wait(5000), f"后台工作没有结束：{tasks.labels()}"
    QTest.qWait(50)
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for w in left:
        w.hide()
        w.deleteLater()
    assert not left, f"测试结束时还开着对话框：{[(type(w).__name__, w.windowTitle()) for w in left]}"


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch) -> DataFolder:
    root = tmp_path / "gkdesk-data"
    monkeypatch.setenv("GKDESK_DATA_DIR", str(root))
    monkeypatch.delenv("GKDESK_TODAY", raising=False)
    yield DataFolder(root)
    clock.set_today(None)


class Dialogs:
    """Records what the message boxes would have said; `answer` is what question() returns. A box built by hand
    (QMessageBox(...).exec()) is recorded too: `press` names the button to click (by its text), else it answers
    like question() when it has 是/否, and otherwise clicks its default button."""

    ICONS: ClassVar[dict[str, str]] = {"Information": "information", "Warning": "warning", "Critical": "critical",
                                       "Question": "question"}

    def __init__(self, answer):
        self.shown: list[tuple[str, str, str]] = []
        self.answer = answer
        self.press: str | None = None
        self.buttons: list[list[str]] = []  # the buttons each hand-built box offered
        self.details: list[str] = []        # what each hand-built box keeps behind 显示细节

    def exec_box(self, box) -> int:
        from PySide6.QtWidgets import QMessageBox

        self.shown.append((self.ICONS.get(box.icon().name, "information"), box.windowTitle(), box.text()))
        self.buttons.append([b.text() for b in box.buttons()])
        self.details.append(box.detailedText())
        button = next((b for b in box.buttons() if self.press and b.text() == self.press), None)
        if button is None and box.button(QMessageBox.StandardButton.Yes) is not None:
            button = box.button(self.answer if self.answer in (QMessageBox.StandardButton.Yes,
                                                               QMessageBox.StandardButton.No)
                                else QMessageBox.StandardButton.Yes)
        button = button or box.defaultButton() or box.buttons()[0]
        button.click()
        return box.result()

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
    monkeypatch.setattr(QMessageBox, "exec", lambda box, *_a: d.exec_box(box))
    return d


@pytest.fixture
def boxes(dialogs) -> list[tuple[str, str, str]]:
    """What the message boxes said, as (kind, title, text)."""
    return dialogs.shown
