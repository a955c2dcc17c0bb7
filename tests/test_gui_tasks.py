"""Long work on a worker thread: the progress dialog shows the percentage a task reports (busy until it knows a
total), a phase under its label, 取消 still stops the work, and a flood of reports reaches the window thinned."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton, QWidget

from gkdesk.gui.tasks import run_task
from gkdesk.store.db import open_database


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    widget.resize(600, 400)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown_dialog(qtbot, parent) -> QProgressDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=3000)
    return next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())


class QueuedCalls(QObject):
    """Counts the queued signal deliveries (events) an object receives from other threads."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched, event) -> bool:
        self.count += event.type() == QEvent.Type.MetaCall
        return False


def test_the_dialog_shows_the_percentage_reported_and_cancel_still_stops_the_work(qtbot, parent):
    results, errors = [], []

    def check(cancelled, progress):
        progress(50, 100)
        while not cancelled.wait(0.02):
            pass
        return "已取消"

    task = run_task(parent, "正在逐行检查名单…", check, results.append, errors.append, cancellable=True)
    try:
        dialog = shown_dialog(qtbot, parent)
        qtbot.waitUntil(lambda: dialog.maximum() == 100)
        assert dialog.value() == 50
        assert dialog.findChild(QProgressBar).text() == "50%"
        assert dialog.labelText() == "正在逐行检查名单…"
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert dialog.labelText() == "正在取消…"
    finally:
        task.cancelled.set()  # a failed assertion must not leave the worker waiting
    qtbot.waitUntil(lambda: results == ["已取消"], timeout=3000)
    assert errors == []
    assert not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]


def test_without_a_total_the_bar_is_busy_and_a_phase_shows_under_the_label(qtbot, parent):
    started, written, results = threading.Event(), threading.Event(), []

    def export(progress):
        started.wait(5)
        progress(3, 0, "正在写入工作簿…")
        written.wait(5)
        return "好"

    run_task(parent, "正在导出…", export, results.append, results.append)
    try:
        dialog = shown_dialog(qtbot, parent)
        assert (dialog.minimum(), dialog.maximum()) == (0, 0)  # busy
        started.set()
        qtbot.waitUntil(lambda: dialog.labelText() == "正在导出…\n正在写入工作簿…", timeout=3000)
        assert dialog.maximum() == 0
    finally:
        started.set()
        written.set()
    qtbot.waitUntil(lambda: results == ["好"], timeout=3000)


def test_twenty_thousand_reports_reach_the_window_thinned_and_the_newest_one_arrives(qtbot, parent):
    results, seen, finished_reporting = [], [], threading.Event()

    def check(cancelled, progress):
        for done in range(1, 20_001):
            progress(done, 40_000)
        finished_reporting.set()
        cancelled.wait(5)  # quiet for a while, as a slow last step would be
        return "完成"

    task = run_task(parent, "正在逐行检查名单…", check, results.append, results.append)
    task.progressed.connect(lambda done, total, _step: seen.append((done, total)))
    queued = QueuedCalls()
    task.installEventFilter(queued)
    try:
        qtbot.waitUntil(finished_reporting.is_set, timeout=5000)
        qtbot.waitUntil(lambda: bool(seen) and seen[-1] == (20_000, 40_000), timeout=3000)
        assert queued.count < 50 and len(seen) < 50
    finally:
        task.cancelled.set()
    qtbot.waitUntil(lambda: results == ["完成"], timeout=3000)


def test_a_backup_reports_its_pages(qtbot, parent, data_folder):
    db = open_database(data_folder, start_backup=False)
    results, errors, seen = [], [], []
    try:
        task = run_task(parent, "正在备份数据…", lambda progress: db.backup("manual", progress=progress.sqlite_backup),
                        results.append, errors.append)
        task.progressed.connect(lambda done, total, _step: seen.append((done, total)))
        qtbot.waitUntil(lambda: bool(results or errors), timeout=5000)
    finally:
        db.close()
    assert errors == [] and results[0].exists()
    done, total = seen[-1]
    assert total > 0 and done == total  # pages copied of the pages in the database
