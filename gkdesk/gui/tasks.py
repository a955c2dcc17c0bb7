"""Long work (backup, import, export) on a worker thread, with a progress dialog that appears only after
~0.5 s so quick jobs do not flash one.

The work function declares what it wants by name:

    def work(cancelled, progress):          # both optional
        for done, row in enumerate(rows):
            if cancelled.is_set(): ...       # threading.Event, set by 取消
            progress(done, len(rows))        # from the worker thread; throttled, safe

The dialog shows a percentage once a total is known, and a busy bar until then."""
from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500
PROGRESS_INTERVAL_MS = 50  # at most one report per interval crosses to the window thread
_BAR_LIMIT = 2**31 - 1  # QProgressBar counts in int


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


class Task(QObject):
    """One background job. `fn` runs on a pool thread and receives, by name, whichever of `cancelled` (a
    threading.Event set when the user presses 取消, with `cancellable=True`) and `progress` (a Progress) it
    declares; a single parameter by another name receives the event."""

    finished = Signal(object)  # the result, on the main thread
    failed = Signal(object)  # the exception, on the main thread
    progressed = Signal(int, int, str)  # done, total, step — on the main thread, throttled

    def __init__(self, parent: QWidget, label: str, fn: Callable[..., Any], cancellable: bool = False):
        super().__init__(parent)
        self.label, self.cancellable = label, cancellable
        self.cancelled = threading.Event()
        self.running = True
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._signals.progressed.connect(self._on_progress)
        self._shown: tuple[int, int, str] | None = None
        self.progress = Progress(self._signals.progressed)
        self._dialog = self._make_dialog(parent)
        QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_dialog)
        self._job = _Job(self._bind(fn), self._signals)
        QThreadPool.globalInstance().start(self._job)

    def _make_dialog(self, parent: QWidget) -> QProgressDialog:
        dialog = QProgressDialog(self.label, "取消" if self.cancellable else None, 0, 0, parent)
        dialog.setWindowTitle("请稍候")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # The bar is driven directly: QProgressDialog.setValue would show the dialog early and process events.
        self._bar = QProgressBar(dialog)
        self._bar.setRange(0, 0)
        dialog.setBar(self._bar)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        dialog.canceled.connect(self._on_cancel)
        dialog.hide()
        return dialog

    def _bind(self, fn: Callable[..., Any]) -> Callable[[], Any]:
        names = list(inspect.signature(fn).parameters)
        offered = {"cancelled": self.cancelled, "progress": self.progress}
        if len(names) == 1 and names[0] not in offered:
            return lambda: fn(self.cancelled)
        return lambda: fn(**{name: offered[name] for name in names})

    def _show_dialog(self) -> None:
        if self.running:
            self._dialog.show()

    def _on_cancel(self) -> None:
        self.cancelled.set()
        if self.cancellable:
            self._dialog.setLabelText("正在取消…")
            self._bar.setRange(0, 0)

    def _on_progress(self) -> None:
        self._show_progress(self.progress.newest())
        QTimer.singleShot(PROGRESS_INTERVAL_MS, self, self._release_progress)

    def _release_progress(self) -> None:
        self._show_progress(self.progress.newest(release=True))

    def _show_progress(self, report: tuple[int, int, str] | None) -> None:
        if report is None or report == self._shown or not self.running or self.cancelled.is_set():
            return
        self._shown = report
        done, total, step = report
        if total > _BAR_LIMIT:
            done, total = done * 1000 // total, 1000
        done = max(0, min(done, total))
        self._bar.setRange(0, total)  # (0, 0): busy
        self._bar.setValue(done)
        self._dialog.setLabelText(f"{self.label}\n{step}" if step else self.label)
        self.progressed.emit(done, total, step)

    def _stop(self) -> None:
        self.running = False
        self._dialog.hide()
        self._dialog.deleteLater()

    def _on_done(self, result: Any) -> None:
        self._stop()
        self.finished.emit(result)
        self.deleteLater()

    def _on_failed(self, exc: BaseException) -> None:
        self._stop()
        self.failed.emit(exc)
        self.deleteLater()


def run_task(parent: QWidget, label: str, fn: Callable[..., Any], on_done: Callable[[Any], None],
             on_failed: Callable[[BaseException], None], cancellable: bool = False) -> Task:
    task = Task(parent, label, fn, cancellable)
    task.finished.connect(on_done)
    task.failed.connect(on_failed)
    return task
