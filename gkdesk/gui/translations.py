"""Qt's own dialogs in Chinese.

Qt's zh_CN catalogue for the modules the program uses: qtbase covers QtCore, QtGui, QtWidgets and QtPrintSupport,
that is the file dialog, the print and page-setup dialogs, the print preview, message boxes and the text fields'
menus (the bundle keeps every *_zh_CN.qm: packaging/gkdesk.spec). A few labels that catalogue lacks (its
sources predate Qt 6's wording, "&Look in:" in the file dialog) come from GAPS. And Qt's file dialog writes file
dates in the system's format ("6 12 2026" on a bare or English system): the program's dates are Chinese whatever
the system, so LC_TIME is set to Chinese before the application starts (Qt reads it once).

The file dialogs are the platform's own where it has one (Windows, the UOS and Kylin desktops): the program
only calls QFileDialog's static functions and never asks for Qt's own dialog."""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

log = logging.getLogger("gkdesk")

QT_CATALOGUES = ("qtbase",)
CHINESE_DATES = "zh_CN.UTF-8"

# Qt 6 source text → what Qt's own zh_CN catalogue would say, for the labels it lacks.
GAPS = {
    "&Look in:": "查找范围(&L)：",
    "Files of &type:": "文件类型(&T)：",
    "Page &Set:": "页面范围(&S)：",
    "Page &order:": "页序(&O)：",
    "Pages &per sheet:": "每张纸页数(&P)：",
}


class _Gaps(QTranslator):
    """Installed after Qt's catalogues, so asked first; no answer (None: a null string, not an empty one, which
    Qt would take as the translation) lets Qt's own catalogue answer."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return GAPS.get(source)

    def isEmpty(self) -> bool:
        return False


def use_chinese_dates() -> None:
    """Before the QApplication exists: dates in Qt's own dialogs in Chinese (not on Windows, whose dialogs are
    the system's own, nor when LC_ALL asks otherwise)."""
    if os.name != "nt" and not os.environ.get("LC_ALL") and not os.environ.get("LC_TIME", "").startswith("zh"):
        os.environ["LC_TIME"] = CHINESE_DATES


def install(app: QCoreApplication) -> list[QTranslator]:
    """Qt's Chinese catalogues, then the gaps; the translators (kept alive by the application)."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name in QT_CATALOGUES:
        translator = QTranslator(app)
        if translator.load(f"{name}_zh_CN", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("未找到 %s_zh_CN.qm，Qt 自带的对话框将显示英文", name)
    gaps = _Gaps(app)
    app.installTranslator(gaps)
    return [*installed, gaps]
