"""Errors in the window: a user's mistake is one sentence; a bug is logged with its traceback and the program
keeps running."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from gkdesk.logfile import setup_logging  # noqa: F401  (re-exported: the window's start-up uses it from here)
from gkdesk.services.errors import USER_ERRORS, UserError  # noqa: F401  (USER_ERRORS re-exported for pages)

log = logging.getLogger("gkdesk")


def _active_window() -> QWidget | None:
    return QApplication.activeWindow() if QApplication.instance() else None


def box_parent(widget: QWidget | None) -> QWidget | None:
    """What a message box about `widget` is shown over: its window when that is on screen, else the nearest window
    above it that is. A box over a dialog not shown yet (or closed already) is centred where that dialog never
    was: at the screen's top left, over the main window's sidebar."""
    while widget is not None and not widget.window().isVisible():
        widget = widget.window().parentWidget()
    return widget or _active_window()


def show_user_error(exc: BaseException, parent: QWidget | None = None, title: str = "无法完成") -> None:
    QMessageBox.warning(box_parent(parent), title, full_stop(str(exc)))


def full_stop(text: str) -> str:
    """A message as a box says it: ending in 。 (messages made to be joined into others, such as a field's
    "日期无法识别，请写成…", end without one)."""
    text = text.rstrip()
    return text if not text or text.endswith(("。", "！", "？", "”", "）", ".", "!", "?")) else text + "。"


def show_internal_error(exc_type, exc, tb, log_file: Path | None) -> None:
    log.error("未处理的异常\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    where = f"“{log_file}”" if log_file else ""
    QMessageBox.critical(_active_window(), "内部错误",
                         f"程序遇到一个内部错误，已记录到日志文件{where}，您的数据未受影响。\n\n"
                         "可以继续使用；如果反复出现，请把这个日志文件发给技术支持人员。")


def report_error(exc: BaseException, parent: QWidget | None = None, log_file: Path | None = None) -> None:
    """Show an exception caught in the window: a user error as its sentence, anything else as a bug."""
    if isinstance(exc, USER_ERRORS):
        show_user_error(exc, parent)
    else:
        show_internal_error(type(exc), exc, exc.__traceback__, log_file)


class ExceptionHook:
    """sys.excepthook while the window runs: Qt calls it for an exception escaping a slot."""

    def __init__(self, log_file: Path):
        self.log_file = log_file
        self._busy = False
        self._previous = None

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if self._busy:  # an error while showing the dialog: log only
            log.error("".join(traceback.format_exception(exc_type, exc, tb)))
            return
        self._busy = True
        try:
            if isinstance(exc, USER_ERRORS):
                log.info("用户错误：%s", exc)
                show_user_error(exc)
            else:
                show_internal_error(exc_type, exc, tb, self.log_file)
        finally:
            self._busy = False

    def install(self) -> ExceptionHook:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous


def written(db, parent: QWidget | None, fn) -> bool:
    """`fn(session)` in one transaction of `db`; a refusal (a user error) is shown over `parent` and nothing is
    kept. True when it was written."""
    try:
        with db.transaction() as s:
            fn(s)
    except USER_ERRORS as exc:
        show_user_error(exc, parent)
        return False
    return True
