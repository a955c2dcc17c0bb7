"""Starting the window: the application (Chinese Qt dialogs, fonts, stylesheet), logging and the error hook,
opening the database (with recovery from a damaged one), the first-run wizard, then the main window."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from gkdesk.gui import fonts
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import ExceptionHook, setup_logging
from gkdesk.paths import DataFolder, data_dir, resource
from gkdesk.services import settings
from gkdesk.store.backup import newest_good_backup
from gkdesk.store.db import Database, open_database, restore_database
from gkdesk.store.errors import IntegrityFailure, StoreError

log = logging.getLogger("gkdesk")

# Named explicitly: without a CJK family first, Windows may pick glyphs from a Japanese font. The program's own
# face comes last: it shows the Chinese on a PC that has none of these.
FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
                 "WenQuanYi Micro Hei", "Noto Sans", "Segoe UI", "sans-serif", fonts.SHIPPED_FAMILY]
FONT_POINTS = 10.5


def application() -> QApplication:
    """The QApplication, set up once: Chinese Qt dialogs, the shipped font, the window's font, stylesheet."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if app.property("gkdesk_ready"):
        return app
    app.setApplicationName("gkdesk")
    app.setApplicationDisplayName("基层政务公开工作台")
    app.setOrganizationName("gkdesk")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translator = QTranslator(app)
    if translator.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    else:
        log.warning("未找到 qtbase_zh_CN.qm，Qt 自带的对话框将显示英文")
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
    """Open the database; on a damaged file offer the newest good backup. None: the user quit or it failed."""
    try:
        return open_database(folder)
    except IntegrityFailure as exc:
        log.error("完整性检查未通过：%s", exc.details)
        if not offer_restore(folder, exc):
            return None
    except StoreError as exc:
        log.error("无法打开数据库：%s", exc)
        _fatal(str(exc))
        return None
    try:
        return open_database(folder)
    except StoreError as exc:
        _fatal(str(exc))
        return None


def offer_restore(folder: DataFolder, exc: IntegrityFailure) -> bool:
    """Ask to restore the newest good backup of a damaged database; True when it was restored."""
    good = newest_good_backup(folder.backups)
    box = QMessageBox(QMessageBox.Icon.Critical, "数据库已损坏", "")
    box.setDetailedText("\n".join(exc.details))
    box.addButton("退出", QMessageBox.ButtonRole.RejectRole)
    if good is None:
        box.setText(f"数据库文件已损坏，无法打开：\n{folder.db_path}\n\n数据文件夹中也没有完好的备份。"
                    "请不要删除这个文件，把整个数据文件夹复制一份后联系技术支持人员。")
        ask(box)
        return False
    box.setText(f"数据库文件已损坏，无法打开：\n{folder.db_path}\n\n"
                f"可以用最近的完好备份恢复：{good.label}。\n这份备份之后录入的内容需要重新录入。"
                "损坏的文件会改名留在数据文件夹中，不会删除。")
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


def run_gui(args) -> int:
    from gkdesk.gui.main_window import MainWindow
    from gkdesk.gui.wizard import FirstRunWizard

    if getattr(args, "smoke", False):
        from gkdesk.gui.smoke import run_smoke

        return run_smoke()
    folder = DataFolder(data_dir(getattr(args, "data_dir", None))).ensure()
    setup_logging(folder.log_file)
    app = application()
    hook = ExceptionHook(folder.log_file).install()
    log.info("启动，数据文件夹 %s", folder.root)
    ctx = None
    try:
        db = open_or_recover(folder)
        if db is None:
            return 1
        ctx = AppContext(db)
        if needs_setup(db) and FirstRunWizard(ctx).exec() != QDialog.DialogCode.Accepted:
            return 0
        window = MainWindow(ctx)
        window.show()
        return app.exec()
    finally:
        if ctx is not None:
            ctx.db.close()  # the current one: a restore replaces it
        hook.uninstall()
