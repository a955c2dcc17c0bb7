"""Long work on a worker thread: the busy window shows the percentage a task reports (busy until it knows a
total), a phase under its label, 取消 still stops the work, and a flood of reports reaches the window thinned.
The window never outlives its task, a result reaches only a living owner after the window has gone, the owner's
window takes no input while its task runs, and database writes run one at a time."""
from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget

from gkdesk.gui import tasks
from gkdesk.gui.tasks import BusyWindow, run_task
from gkdesk.store.db import open_database


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    widget.resize(600, 400)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown_dialog(qtbot, parent) -> BusyWindow:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(BusyWindow)), timeout=3000)
    return next(d for d in parent.findChildren(BusyWindow) if d.isVisible())


def visible_windows(*but) -> list[str]:
    return [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible() and w not in but]


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
        qtbot.waitUntil(lambda: dialog.bar.maximum() == 100)
        assert dialog.bar.value() == 50
        assert dialog.bar.text() == "50%"
        assert dialog.text.text() == "正在逐行检查名单…"
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert dialog.text.text() == "正在取消…"
    finally:
        task.cancelled.set()  # a failed assertion must not leave the worker waiting
    qtbot.waitUntil(lambda: results == ["已取消"], timeout=3000)
    assert errors == []
    assert not [d for d in parent.findChildren(BusyWindow) if d.isVisible()]


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
        assert (dialog.bar.minimum(), dialog.bar.maximum()) == (0, 0)  # busy
        started.set()
        qtbot.waitUntil(lambda: dialog.text.text() == "正在导出…\n正在写入工作簿…", timeout=3000)
        assert dialog.bar.maximum() == 0
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


# ---- the two defects of issue 11 (gui-patterns §4): both fail on the QProgressDialog tasks.py of 0.1 ----------------

class ResultDialog(QDialog):
    def __init__(self, got):
        super().__init__()
        self.got = got

    def on_done(self, value):
        self.got.append(value)
        self.accept()


def test_owner_dropped_while_result_delivered(qtbot):
    """A dialog that ends on its task's result and whose last reference goes when it finishes (上报汇总表 →
    导出 → 确定 crashed this way): the task must not run on inside a deleted object."""
    got, held = [], {}
    dialog = ResultDialog(got)
    held["dialog"] = dialog
    dialog.finished.connect(lambda _r: held.pop("dialog").setParent(None))
    dialog.open()
    run_task(dialog, "正在导出…", lambda: 7, dialog.on_done, got.append)
    del dialog
    qtbot.waitUntil(lambda: got == [7], timeout=5000)
    qtbot.wait(100)  # pytest-qt fails the test on an exception in a slot ("Internal C++ object already deleted")


def test_no_progress_window_while_result_box_open(qtbot, parent, monkeypatch):
    """The box that says the work is done stays alone, however long the clerk leaves it open (a drill: it waits
    longer than QProgressDialog's own 4-second timer, which showed "正在导出…" over the box and never closed)."""
    seen, done = [], []

    def information(*_args, **_kwargs):
        qtbot.wait(4500)
        seen.extend(visible_windows(parent))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    run_task(parent, "正在导出…", lambda: None,
             lambda _r: (QMessageBox.information(parent, "已保存", "好"), done.append(1)), done.append)
    qtbot.waitUntil(lambda: done == [1], timeout=10_000)
    assert seen == []


# ---- settling, owners and the writer ------------------------------------------------------------------------------

def test_a_slow_task_closes_its_window_before_the_result_arrives(qtbot, parent, monkeypatch):
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 20)
    release, seen = threading.Event(), []
    run_task(parent, "正在备份数据…", lambda: release.wait(5), lambda _r: seen.append(visible_windows(parent)),
             seen.append)
    window = shown_dialog(qtbot, parent)
    assert window.windowTitle() == "请稍候" and window.text.text() == "正在备份数据…"
    release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [[]]  # the busy window was gone when the result came
    assert not tasks.runner().busy


def test_a_result_for_an_owner_deleted_meanwhile_is_dropped(qtbot):
    owner, release, got = QWidget(), threading.Event(), []
    task = run_task(owner, "正在导出…", lambda: release.wait(5), got.append, got.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(owner), timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=3000)
    qtbot.wait(50)
    assert got == []


def test_the_owners_window_takes_no_input_and_closing_it_cancels_the_work(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    button = QPushButton("取消", dialog)
    button.clicked.connect(dialog.reject)
    dialog.show()
    results = []

    def check(cancelled):
        while not cancelled.wait(0.02):
            pass
        return "已取消"

    task = run_task(dialog, "正在逐行检查名单…", check, results.append, results.append, cancellable=True)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # within the first half second: no window yet
        assert dialog.isVisible() and task.running and not task.cancelled.is_set()
        dialog.close()  # the window's close button: stops the work, the dialog waits for it
        assert dialog.isVisible()
    finally:
        task.cancelled.set()
    qtbot.waitUntil(lambda: results == ["已取消"], timeout=3000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # done: the dialog is the clerk's again
    assert not dialog.isVisible()


def test_a_dialog_whose_work_cannot_stop_stays_open_until_it_ends(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    release, results = threading.Event(), []
    task = run_task(dialog, "正在导入…", lambda: release.wait(5), results.append, results.append, writes=True)
    try:
        dialog.close()
        assert dialog.isVisible() and task.running
    finally:
        release.set()
    qtbot.waitUntil(lambda: results == [True], timeout=3000)
    dialog.close()
    assert not dialog.isVisible()


def test_database_writes_run_one_at_a_time(qtbot, parent):
    inside, most, results = [], [], []
    lock = threading.Lock()

    def write(n):
        def work():
            with lock:
                inside.append(n)
                most.append(len(inside))
            threading.Event().wait(0.05)
            with lock:
                inside.remove(n)
            return n
        return work

    for n in range(3):
        run_task(parent, "正在导入…", write(n), results.append, results.append, writes=True)
    qtbot.waitUntil(lambda: len(results) == 3, timeout=5000)
    assert sorted(results) == [0, 1, 2] and max(most) == 1
