"""Long work (backup, import, export) on a worker thread, with a progress dialog that appears only after
~0.5 s so quick jobs do not flash one."""
from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 500


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


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
    """One background job. `fn` runs on a pool thread; when it takes a parameter it receives a
    threading.Event that is set when the user presses 取消 (`cancellable=True`)."""

    finished = Signal(object)  # the result, on the main thread
    failed = Signal(object)  # the exception, on the main thread

    def __init__(self, parent: QWidget, label: str, fn: Callable[..., Any], cancellable: bool = False):
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.running = True
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._dialog = QProgressDialog(label, "取消" if cancellable else None, 0, 0, parent)
        self._dialog.setWindowTitle("请稍候")
        self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self._dialog.setMinimumDuration(0)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self.cancelled.set)
        self._dialog.hide()
        QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_dialog)
        wants_event = bool(inspect.signature(fn).parameters)
        self._job = _Job((lambda: fn(self.cancelled)) if wants_event else fn, self._signals)
        QThreadPool.globalInstance().start(self._job)

    def _show_dialog(self) -> None:
        if self.running:
            self._dialog.show()

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
