"""Qt's own dialogs in Chinese.

Qt's zh_CN catalogue for the modules the program uses: qtbase covers QtCore, QtGui, QtWidgets and QtPrintSupport,
that is the file dialog, the print and page-setup dialogs, the print preview, message boxes and the text fields'
menus (the bundle keeps every *_zh_CN.qm: packaging/gkdesk.spec). What that catalogue lacks comes from GAPS: its
sources predate Qt 6's wording ("&Look in:" in the file dialog) and Qt 6's QAbstractFileIconProvider, which names
the file dialog's 类型 column ("Folder", "Drive"; a file's type is its MIME type's comment, in Chinese already).
The list was made by asking the installed catalogue for every message of the contexts the file and print dialogs
use (those of qttranslations' newest qtbase_zh_CN.ts, and of Qt's sources for the icon provider): these were the
ones it did not answer.

Two things of Qt's file dialog follow the system's locale, not a catalogue: file dates ("6 12 2026" on a bare or
English system) and sizes ("0 bytes"). The program's dialogs are Chinese whatever the system, so LC_TIME and
LC_MESSAGES are set to Chinese before the application starts (Qt reads them once; sizes come from the locale
LC_MESSAGES names when LC_ALL is not set).

The file dialogs are the platform's own where it has one (Windows, the UOS and Kylin desktops): the program
only calls QFileDialog's static functions and never asks for Qt's own dialog."""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

log = logging.getLogger("gkdesk")

QT_CATALOGUES = ("qtbase",)
CHINESE = "zh_CN.UTF-8"

# (Qt's context, Qt 6 source text) → what Qt's own zh_CN catalogue would say; context None: in any context (long
# labels of the print dialog seen only with some printers). A word as short as "File" is only ever its context's.
GAPS = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QPrintSettingsOutput", "Page &Set:"): "页面范围(&S)：",
    (None, "Page &order:"): "页序(&O)：",
    (None, "Pages &per sheet:"): "每张纸页数(&P)：",
    # the file dialog's 类型 column (Qt 6 moved these out of the context the catalogue has them in)
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "File Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Alias"): "别名",
    ("QAbstractFileIconProvider", "Shortcut"): "快捷方式",
    ("QAbstractFileIconProvider", "Unknown"): "未知",
    # not a gap but a word: the catalogue's 体积 (volume) for a file's size, where Windows and the clerk say 大小
    ("QFileSystemModel", "Size"): "大小",
}


class _Gaps(QTranslator):
    """Installed after Qt's catalogues, so asked first; no answer (None: a null string, not an empty one, which
    Qt would take as the translation) lets Qt's own catalogue answer."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return GAPS.get((context, source)) or GAPS.get((None, source))

    def isEmpty(self) -> bool:
        return False


def use_chinese_locale() -> None:
    """Before the QApplication exists: dates and sizes in Qt's own dialogs in Chinese (not on Windows, whose
    dialogs are the system's own, nor when LC_ALL asks otherwise)."""
    if os.name == "nt" or os.environ.get("LC_ALL"):
        return
    for name in ("LC_TIME", "LC_MESSAGES"):
        if not os.environ.get(name, "").startswith("zh"):
            os.environ[name] = CHINESE


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
