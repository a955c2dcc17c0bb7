"""Starting the window: the application (Chinese Qt dialogs, fonts, stylesheet), the data folder (created on the
first start of a new install; an absent folder named by --data-dir is a question, not a new empty folder), the
folder's lock for the window's whole life, logging and the error hook, opening the database (with recovery from a
damaged or missing one), the first-run wizard, then the main window."""
from __future__ import annotations

import gc
import logging
import os
import sys

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gkdesk.gui import fonts, translations
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import ExceptionHook, setup_logging
from gkdesk.paths import DataFolder, data_dir, resource
from gkdesk.services import settings
from gkdesk.store import diagnosis, lock
from gkdesk.store.backup import newest_good_backup
from gkdesk.store.db import (
    Database,
    MissingDatabase,
    automatic_backup,
    check_folder,
    open_database,
    restore_database,
)
from gkdesk.store.errors import IntegrityFailure, StoreError

log = logging.getLogger("gkdesk")

# Named explicitly: without a CJK family first, Windows may pick glyphs from a Japanese font. The program's own
# face comes last: it shows the Chinese on a PC that has none of these.
FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                 "WenQuanYi Micro Hei", "Noto Sans", "Segoe UI", "sans-serif", fonts.SHIPPED_FAMILY]
FONT_POINTS = 10.5


def application() -> QApplication:
    """The QApplication, set up once: Chinese Qt dialogs, the shipped font, the window's font, stylesheet."""
    if QApplication.instance() is None:
        translations.use_chinese_locale()  # read by Qt once, when the application starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if app.property("gkdesk_ready"):
        return app
    app.setApplicationName("gkdesk")
    app.setApplicationDisplayName("基层政务公开工作台")
    app.setOrganizationName("gkdesk")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translations.install(app)
    try:
        fonts.register()
    except fonts.FontError as exc:   # the window still opens; printing says the same when it needs the font
        log.error("%s", exc)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(FONT_POINTS)
    app.setFont(font)
    style = resource("style.qss")
    if style.exists():
        icons = resource("icons").as_posix()
        app.setStyleSheet(style.read_text(encoding="utf-8").replace("@icons", icons))
    app.setProperty("gkdesk_ready", True)
    return app


def open_or_recover(folder: DataFolder) -> Database | None:
    """Open the database; on a damaged or missing one offer the newest good backup. None: the user quit or it
    failed."""
    try:
        return open_database(folder, create=False, holder=lock.WINDOW)
    except (IntegrityFailure, MissingDatabase) as exc:
        log.error("无法打开数据库：%s", exc)
        if not offer_restore(folder, exc):
            return None
    except StoreError as exc:
        log.error("无法打开数据库：%s", exc)
        _fatal(str(exc))
        return None
    try:
        return open_database(folder, create=False, holder=lock.WINDOW)
    except StoreError as exc:
        _fatal(str(exc))
        return None


def offer_restore(folder: DataFolder, exc: IntegrityFailure | MissingDatabase) -> bool:
    """Ask to restore the newest good backup of a damaged or missing database; True when it was restored."""
    damaged = isinstance(exc, IntegrityFailure)
    good = newest_good_backup(folder.backups) if damaged else exc.newest
    box = QMessageBox(QMessageBox.Icon.Critical, "数据库已损坏" if damaged else "数据库不见了", "")
    box.setDetailedText("\n".join(exc.details) if damaged else str(exc))
    box.addButton("退出", QMessageBox.ButtonRole.RejectRole)
    what = "数据库文件已损坏，无法打开" if damaged else "数据库文件不见了（或是空文件），但这个数据文件夹以前有数据"
    if good is None:
        box.setText(f"{what}：\n{folder.db_path}\n\n数据文件夹中也没有完好的备份。"
                    "请不要删除任何文件，把整个数据文件夹复制一份后联系技术支持人员。")
        ask(box)
        return False
    kept = "损坏的文件会改名留在数据文件夹中，不会删除。" if damaged else "程序不会新建空白的数据库。"
    box.setText(f"{what}：\n{folder.db_path}\n\n"
                f"可以用最近的完好备份恢复：{good.label}。\n这份备份之后录入的内容需要重新录入。{kept}")
    restore_button = box.addButton("用这份备份恢复", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(restore_button)
    if ask(box) is not restore_button:
        return False
    try:
        kept = restore_database(folder, good.path)
    except StoreError as err:
        _fatal(f"恢复失败：{err}")
        return False
    log.info("已从 %s 恢复损坏的数据库；损坏的文件改名为 %s", good.path, kept)
    return True


def ask(box: QMessageBox):
    """Show the box and return the button pressed (tests replace this)."""
    box.exec()
    return box.clickedButton()


def _fatal(message: str) -> None:
    QMessageBox.critical(None, "无法打开数据", message)


def needs_setup(db: Database) -> bool:
    with db.session() as s:
        return settings.get_unit(s) is None


def prepare_folder(folder: DataFolder, named: bool) -> bool:
    """The data folder exists, or may be created: silently on the first start of a new install (the default
    folder), after asking when it was named (--data-dir, GKDESK_DATA_DIR): the USB stick holding it may simply not
    be plugged in. False: the clerk quit, or it cannot be."""
    try:
        check_folder(folder, create=False)
        return True
    except StoreError as exc:
        if folder.root.exists():   # a file, not a folder
            _fatal(str(exc))
            return False
    if named:
        box = QMessageBox(QMessageBox.Icon.Question, "数据文件夹不存在",
                          f"数据文件夹“{folder.root}”不存在。\n\n如果数据保存在U盘或移动硬盘上，请先插好，再重新打开程序。"
                          "\n如果确实要在这里开始使用一个新的、空白的工作台，请点“新建数据文件夹”。")
        box.addButton("退出", QMessageBox.ButtonRole.RejectRole)
        create = box.addButton("新建数据文件夹", QMessageBox.ButtonRole.AcceptRole)
        if ask(box) is not create:
            return False
    try:
        check_folder(folder, create=True)
    except StoreError as exc:
        _fatal(str(exc))
        return False
    return True


def _setup_logging(folder: DataFolder) -> None:
    try:
        setup_logging(folder.log_file)
    except OSError as exc:   # a read-only folder: the window still opens, and says so when it writes
        log.warning("无法写日志文件 %s：%s", folder.log_file, exc)


def run_gui(args) -> int:
    from gkdesk.gui.main_window import MainWindow
    from gkdesk.gui.wizard import FirstRunWizard

    if getattr(args, "smoke", False):
        from gkdesk.gui.smoke import run_smoke

        return run_smoke()
    folder = DataFolder(data_dir(getattr(args, "data_dir", None)))
    app = application()
    if not prepare_folder(folder, named=bool(getattr(args, "data_dir", None) or os.environ.get("GKDESK_DATA_DIR"))):
        return 1
    _setup_logging(folder)
    hook = ExceptionHook(folder.log_file).install()
    log.info("启动，数据文件夹 %s", folder.root)
    ctx = hold = None
    try:
        hold = lock.hold(folder.root, lock.WINDOW)   # for the window's whole life, across restores
        db = open_or_recover(folder)
        if db is None:
            return 1
        ctx = AppContext(db)
        if needs_setup(db):
            if FirstRunWizard(ctx).exec() != QDialog.DialogCode.Accepted:
                return 0
            automatic_backup(db, "setup")   # what was just set up is kept from the first day on
        window = MainWindow(ctx)
        window.show_on_screen()
        for warning in db.warnings:
            QMessageBox.warning(window, "提醒", warning)
        collector = collect_garbage_on_the_window_thread(app)
        status = app.exec()
        collector.stop()
        return status
    except StoreError as exc:   # the lock: another window or a command holds the folder
        _fatal(str(exc))
        return 1
    except OSError as exc:      # the lock file cannot be made: a read-only folder
        _fatal(str(diagnosis.from_os_error(exc, folder.root, "打开数据文件夹") or exc))
        return 1
    finally:
        if ctx is not None:
            ctx.tasks.cancel_all()
            ctx.tasks.wait()
            ctx.db.close()  # the current one: a restore replaces it
        if hold is not None:
            hold.release()
        gc.enable()
        hook.uninstall()


GC_INTERVAL_MS = 2 * 60_000


def collect_garbage_on_the_window_thread(app: QApplication) -> QTimer:
    """Python's automatic collection may run on a worker thread and destroy Qt objects there; it is turned off
    while the window runs and done on a timer of the window thread instead, and whenever background work ends
    (Anki does the same)."""
    from gkdesk.gui.tasks import runner

    gc.disable()
    timer = QTimer(app)
    timer.timeout.connect(gc.collect)
    timer.start(GC_INTERVAL_MS)
    runner().busy_changed.connect(lambda busy: busy or gc.collect())
    return timer
