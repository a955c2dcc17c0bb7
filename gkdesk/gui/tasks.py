"""Long work (backup, restore, import, export) on a worker thread, with a busy window that appears only when the
work lasts longer than PROGRESS_DELAY_MS and can never outlive it.

One TaskRunner per application (`ctx.tasks`, or `runner()`) holds every running Task; a Task is never a Qt child
of the widget that started it (its owner), so a dialog that closes on the result cannot take the Task down while
the Task is still delivering. When the work ends the Task settles in a fixed order:

    stop the show timer → close and delete the busy window → deliver the result on the next loop turn, with the
    owner as the context (Qt drops the call when the owner is gone).

So a result box ("已保存到…") is always alone on the screen. While a task runs, its owner's window takes no input:
closing it cancels a cancellable task and otherwise waits. Database writes (import, backup, restore: `writes=True`)
run one at a time on their own one-thread pool; reading and exporting use the global pool.

The work function declares what it wants by name:

    def work(cancelled, progress):          # both optional
        for done, row in enumerate(rows):
            if cancelled.is_set(): ...       # threading.Event, set by 取消
            progress(done, len(rows))        # from the worker thread; throttled, safe

The window shows a percentage once a total is known, and a busy bar until then."""
from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("gkdesk")

# The one setting: work that ends sooner never shows a window. Tests shorten it; the same code path runs.
PROGRESS_DELAY_MS = 500
PROGRESS_INTERVAL_MS = 50  # at most one report per interval crosses to the window thread
_BAR_LIMIT = 2**31 - 1  # QProgressBar counts in int

# What a window of a running task does not take: the clerk's clicks and keys (a 取消 or Esc would close it).
_INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel})


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal()  # a report is waiting in Progress


class Progress:
    """What the work function calls from its worker thread: `progress(done, total, step="")`. A total of 0 means
    unknown (a busy bar); `step` names a phase of the work ("正在写入数据库…"), shown under the label.

    Each call only keeps the newest report; a signal crosses to the window thread only when none is on its way and
    the window has not taken a report in the last PROGRESS_INTERVAL_MS, so 20,000 calls do not flood the event
    loop, and the newest report is always shown in the end."""

    def __init__(self, signal: Signal):
        self._signal = signal
        self._lock = threading.Lock()
        self._newest: tuple[int, int, str] | None = None
        self._held = False  # a signal is on its way, or the window is pausing

    def __call__(self, done: int, total: int = 0, step: str = "") -> None:
        with self._lock:
            self._newest = (done, total, step)
            if self._held:
                return
            self._held = True
        self._signal.emit()

    def newest(self, release: bool = False) -> tuple[int, int, str] | None:
        """The newest report (window thread); `release` lets the next call signal again."""
        with self._lock:
            self._held = self._held and not release
            return self._newest

    def sqlite_backup(self, _status: int, remaining: int, total: int) -> None:
        """sqlite3's backup callback (status, remaining pages, total pages) as progress."""
        self(total - remaining, total)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 — handed to the main thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class BusyWindow(QDialog):
    """请稍候: the task's label, a bar (busy until a total is known), the phase, and 取消 when the work can stop.
    Esc and the window's close button cancel too; otherwise they do nothing (the work cannot stop halfway).
    Only its Task closes it, with finish()."""

    cancel_requested = Signal()

    def __init__(self, label: str, cancellable: bool, parent: QWidget | None):
        super().__init__(parent)
        self.label, self.cancellable = label, cancellable
        self._closing = False
        self.setObjectName("busyWindow")
        self.setWindowTitle("请稍候")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(380)
        self.text = QLabel(label)
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            self.cancel_button = QPushButton("取消")
            self.cancel_button.clicked.connect(self.request_cancel)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.cancel_button)
            layout.addLayout(row)

    def show_report(self, done: int, total: int, step: str) -> None:
        if total > _BAR_LIMIT:
            done, total = done * 1000 // total, 1000
        self.bar.setRange(0, total)  # (0, 0): busy
        self.bar.setValue(max(0, min(done, total)))
        self.text.setText(f"{self.label}\n{step}" if step else self.label)

    def request_cancel(self) -> None:
        if not self.cancellable:
            return
        self.text.setText("正在取消…")
        self.bar.setRange(0, 0)
        if self.cancel_button is not None:
            self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc
        self.request_cancel()

    def closeEvent(self, event) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()
        self.request_cancel()

    def finish(self) -> None:
        """Closed by its task: hidden now, deleted on the next loop turn."""
        self._closing = True
        self.hide()
        self.deleteLater()


class Task(QObject):
    """One background job. `fn` runs on a pool thread and receives, by name, whichever of `cancelled` (a
    threading.Event set by 取消, with `cancellable=True`, or when the window closes) and `progress` (a Progress)
    it declares; a single parameter by another name receives the event.

    `finished` / `failed` are emitted once, on the next loop turn after the busy window has gone, and only while
    the owner lives. Connect them to bound methods of the owner (PySide drops those with it)."""

    finished = Signal(object)  # the result, on the main thread
    failed = Signal(object)  # the exception, on the main thread
    progressed = Signal(int, int, str)  # done, total, step — on the main thread, throttled

    def __init__(self, runner: TaskRunner, owner: QObject | None, label: str, fn: Callable[..., Any],
                 cancellable: bool = False, writes: bool = False):
        super().__init__(runner)
        self.runner, self.owner = runner, owner  # the owner is held (never deleted) while the task runs
        self.label, self.cancellable, self.writes = label, cancellable, writes
        self.cancelled = threading.Event()
        self.running = True
        self.window: BusyWindow | None = None
        self._shown: tuple[int, int, str] | None = None
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progressed.connect(self._on_progress)
        self.progress = Progress(self._signals.progressed)
        self.show_timer = QTimer(self)
        self.show_timer.setSingleShot(True)
        self.show_timer.setInterval(PROGRESS_DELAY_MS)
        self.show_timer.timeout.connect(self._show_window)
        self.show_timer.start()
        self._job = _Job(self._bind(fn), self._signals)

    def _bind(self, fn: Callable[..., Any]) -> Callable[[], Any]:
        names = list(inspect.signature(fn).parameters)
        offered = {"cancelled": self.cancelled, "progress": self.progress}
        if len(names) == 1 and names[0] not in offered:
            return lambda: fn(self.cancelled)
        return lambda: fn(**{name: offered[name] for name in names})

    @property
    def owner_window(self) -> QWidget | None:
        owner = self.owner
        if isinstance(owner, QWidget) and shiboken6.isValid(owner):
            return owner.window()
        return None

    # ---- while running -----------------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the work to stop (it stops when it next looks at `cancelled`); the window says so."""
        if not self.running:
            return
        self.cancelled.set()
        if self.window is not None and self.cancellable and self.window.cancel_button is not None \
                and self.window.cancel_button.isEnabled():
            self.window.request_cancel()

    def _show_window(self) -> None:
        if not self.running:
            return
        parent = self.owner_window
        if parent is None or not parent.isVisible():
            parent = QApplication.activeWindow()
        self.window = BusyWindow(self.label, self.cancellable, parent)
        self.window.cancel_requested.connect(self.cancelled.set)
        if self._shown is not None:
            self.window.show_report(*self._shown)
        self.window.show()

    def _on_progress(self) -> None:
        self._show_progress(self.progress.newest())
        QTimer.singleShot(PROGRESS_INTERVAL_MS, self, self._release_progress)

    def _release_progress(self) -> None:
        self._show_progress(self.progress.newest(release=True))

    def _show_progress(self, report: tuple[int, int, str] | None) -> None:
        if report is None or report == self._shown or not self.running or self.cancelled.is_set():
            return
        self._shown = report
        if self.window is not None:
            self.window.show_report(*report)
        done, total, step = report
        self.progressed.emit(max(0, min(done, total)) if total else done, total, step)

    # ---- settling ----------------------------------------------------------------------------------
    def _on_done(self, result: Any) -> None:
        self._settle(self.finished, result)

    def _on_failed(self, exc: BaseException) -> None:
        self._settle(self.failed, exc)

    def _settle(self, signal: Signal, value: Any) -> None:
        if not self.running:
            return
        self.running = False
        self.show_timer.stop()  # a window that has not appeared never will
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.finish()
        self.window = None
        owner, self.owner = self.owner, None
        if owner is not None and not shiboken6.isValid(owner):
            log.info("“%s”完成时，发起它的窗口已关闭，结果不再显示", self.label)
            self.deleteLater()
        else:
            if owner is not None:
                owner.destroyed.connect(self.deleteLater)  # the delivery below is dropped with its owner
            QTimer.singleShot(0, owner if owner is not None else self, partial(self._deliver, signal, value))
        self.runner._forget(self)  # last: whatever waits for the runner to be idle comes after the delivery

    def _deliver(self, signal: Signal, value: Any) -> None:
        try:
            signal.emit(value)
        finally:
            self.deleteLater()


class TaskRunner(QObject):
    """The application's running tasks: starts them on the right pool, keeps their owners' windows from taking
    input or closing while they run, and says when it is busy or idle again (the main window waits for it before
    it quits)."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.running: set[Task] = set()
        self.writer = QThreadPool(self)  # one database write at a time
        self.writer.setMaxThreadCount(1)
        self._filtering = False

    @property
    def busy(self) -> bool:
        return bool(self.running)

    def labels(self) -> list[str]:
        return [t.label for t in self.running]

    def run(self, owner: QObject | None, label: str, fn: Callable[..., Any], cancellable: bool = False,
            writes: bool = False) -> Task:
        task = Task(self, owner, label, fn, cancellable, writes)
        self.running.add(task)
        self._watch_input()
        (self.writer if writes else QThreadPool.globalInstance()).start(task._job)
        if len(self.running) == 1:
            self.busy_changed.emit(True)
        return task

    def _forget(self, task: Task) -> None:
        self.running.discard(task)
        if not self.running:
            self._unwatch_input()
            self.busy_changed.emit(False)

    def cancel_all(self) -> None:
        for task in list(self.running):
            task.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every worker thread is done (at quitting time and in tests); their results are then
        waiting in the event queue."""
        return self.writer.waitForDone(msecs) and QThreadPool.globalInstance().waitForDone(msecs)

    # ---- the owners' windows take no input while their tasks run -------------------------------------------
    def _watch_input(self) -> None:
        app = QCoreApplication.instance()
        if not self._filtering and app is not None:
            app.installEventFilter(self)
            self._filtering = True

    def _unwatch_input(self) -> None:
        app = QCoreApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
        self._filtering = False

    def _tasks_of(self, window: QWidget) -> list[Task]:
        return [t for t in self.running if t.owner_window is window]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT and isinstance(watched, QWidget):
            return bool(self._tasks_of(watched.window()))
        if kind == QEvent.Type.Close and isinstance(watched, QDialog):
            tasks = self._tasks_of(watched)
            for task in tasks:
                task.cancel()  # a cancellable one stops; the dialog closes when the clerk asks again
            if tasks:
                event.ignore()
                return True
        return False


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    """The application's TaskRunner, created with the first task and living as long as the application."""
    global _runner
    app = QCoreApplication.instance()
    if _runner is None or not shiboken6.isValid(_runner) or _runner.parent() is not app:
        _runner = TaskRunner(app)
    return _runner


def run_task(parent: QObject | None, label: str, fn: Callable[..., Any], on_done: Callable[[Any], None],
             on_failed: Callable[[BaseException], None], cancellable: bool = False, *, writes: bool = False) -> Task:
    """Run `fn` on a worker thread for `parent` (its owner): `on_done(result)` or `on_failed(exc)` is called on
    the window thread after the busy window has gone, unless the owner has been deleted meanwhile. `writes`: the
    work writes the database (runs after any other such work, never beside it)."""
    task = runner().run(parent, label, fn, cancellable, writes)
    task.finished.connect(on_done)
    task.failed.connect(on_failed)
    return task
