"""The main window: navigation of the registered pages, the menus (backup, restore, data folder, settings,
about), the status bar and the tray."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QWidget,
)

from gkdesk import __version__, clock
from gkdesk.gui.confirm import confirm
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import report_error
from gkdesk.gui.forms.ui_main_window import Ui_MainWindow
from gkdesk.gui.forms.ui_restore_dialog import Ui_RestoreDialog
from gkdesk.gui.help_window import HelpWindow
from gkdesk.gui.pages import Page, registered_pages
from gkdesk.gui.settings_dialog import SettingsDialog
from gkdesk.gui.tasks import run_task
from gkdesk.gui.widgets.files import default_folder, remember_folder, show_saved
from gkdesk.paths import DataFolder, resource
from gkdesk.services import settings
from gkdesk.store import backup
from gkdesk.store.backup import list_backups
from gkdesk.store.db import Database, open_database, restore_database

APP_TITLE = "基层政务公开工作台"


def icon(name: str) -> QIcon:
    path = resource("icons", name)
    return QIcon(str(path)) if path.exists() else QIcon()


# What a window manager adds around a window: a title bar and its borders (Windows 10: about 31 + 8 pixels)
FRAME = QSize(16, 40)


def fits_on_screen(size: QSize, available: QSize) -> bool:
    return size.width() + FRAME.width() <= available.width() and size.height() + FRAME.height() <= available.height()


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app.svg"))
        self.ui.unitLabel.setObjectName("unitName")
        self.ui.appLabel.setObjectName("appName")
        self.ui.settingsButton.setIcon(icon("settings.svg"))
        self.pages: list[tuple[Page, QWidget]] = []
        self.tray: QSystemTrayIcon | None = None
        self._refresh_pending = False
        self._quit_when_idle = False
        self.help_window: HelpWindow | None = None
        self._build_pages()
        self._wire_menus()
        self._build_status_bar()
        self._build_tray()
        ctx.set_router(self.open_ref)
        ctx.data_changed.connect(self._schedule_refresh)
        self.update_unit()

    # ---- pages --------------------------------------------------------------------------------
    def _build_pages(self) -> None:
        """Navigation entries for every registered page; a page's widget is built the first time it is shown,
        so start-up costs only 首页 however much data the other pages hold."""
        nav, stack = self.ui.navList, self.ui.pageStack
        for n, page in enumerate(registered_pages(), start=1):
            stack.addWidget(QWidget())  # stands in until the page is first shown
            nav.addItem(QListWidgetItem(icon(page.icon), page.title))
            self.pages.append((page, None))
            if n <= 9:
                action = QAction(page.title, self)
                action.setShortcut(QKeySequence(f"Ctrl+{n}"))
                action.triggered.connect(lambda _=False, row=n - 1: nav.setCurrentRow(row))
                self.ui.menuView.addAction(action)
        nav.currentRowChanged.connect(self._show_page)
        nav.setCurrentRow(0)

    def _widget_at(self, row: int) -> QWidget:
        page, widget = self.pages[row]
        if widget is None:
            widget = page.factory(self.ctx)
            stack = self.ui.pageStack
            stand_in = stack.widget(row)
            stack.insertWidget(row, widget)
            stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if hasattr(widget, "notify"):
                widget.notify.connect(self.show_tray_message)
            self.pages[row] = (page, widget)
        return widget

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.ui.pageStack.setCurrentWidget(self._widget_at(row))

    def show_on_screen(self) -> None:
        """Shown whole: maximized on a screen the designed size does not fit with its title bar (a 1366×768
        laptop), where the status bar with the last backup would otherwise be under the taskbar."""
        if fits_on_screen(self.size(), self.screen().availableGeometry().size()):
            self.show()
        else:
            self.showMaximized()

    def page_widget(self, title: str) -> QWidget | None:
        row = next((r for r, (p, _) in enumerate(self.pages) if p.title == title), None)
        return None if row is None else self._widget_at(row)

    def refresh_all(self) -> None:
        self._refresh_pending = False
        for _, widget in self.pages:
            if widget is not None and hasattr(widget, "refresh"):
                widget.refresh()
        self.update_status()

    def _schedule_refresh(self) -> None:
        # several data_changed in one event-loop turn make one refresh
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh_all)

    def open_ref(self, entity: str, ref_id: int) -> bool:
        if entity == "calendar":
            self.open_settings("calendar")
            return True
        for row, (page, _) in enumerate(self.pages):
            if entity in page.handles:
                self.ui.navList.setCurrentRow(row)
                self._widget_at(row).open_ref(entity, ref_id)
                return True
        return False

    # ---- menus --------------------------------------------------------------------------------
    def _wire_menus(self) -> None:
        ui = self.ui
        ui.actionBackup.triggered.connect(self.backup_now)
        ui.actionBackupTo.triggered.connect(self.backup_to)
        ui.actionRestore.triggered.connect(self.restore_from_backup)
        ui.actionOpenFolder.triggered.connect(self.open_data_folder)
        ui.actionSettings.triggered.connect(lambda: self.open_settings())
        ui.settingsButton.clicked.connect(lambda: self.open_settings())
        ui.actionQuit.triggered.connect(self.close)
        ui.actionRefresh.triggered.connect(self.refresh_all)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionHelp.triggered.connect(self.show_help)

    def update_unit(self) -> None:
        with self.ctx.db.session() as s:
            unit = settings.get_unit(s)
        name = unit.name if unit else "（尚未设置本单位）"
        self.setWindowTitle(name)  # Qt adds the program's name (applicationDisplayName): "东风镇 — 基层政务公开工作台"
        self.ui.unitLabel.setText(name)

    def open_settings(self, tab: str | None = None) -> None:
        dialog = SettingsDialog(self.ctx, self)
        if tab:
            dialog.show_tab(tab)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.update_unit()
            self.refresh_all()

    def backup_now(self) -> None:
        """立即备份: into the data folder's backups (the newest 30 are kept)."""
        self._backup(None, "备份保存在数据文件夹的 backups 中，程序保留最近30份。建议定期用“文件 → 备份到U盘…”另存一份。")

    def backup_to(self) -> None:
        """备份到U盘…: a copy of everything in a folder the clerk chooses."""
        chosen = QFileDialog.getExistingDirectory(self, "选择备份的位置（如U盘）", str(default_folder()))
        if not chosen:
            return
        with self.ctx.db.session() as s:
            unit = settings.get_unit(s)
        stem = f"工作台备份-{unit.name if unit else ''}-{clock.now():%Y%m%d-%H%M}"
        target = Path(chosen) / f"{stem}.sqlite3"
        n = 1
        while target.exists():
            n += 1
            target = target.with_name(f"{stem}-{n}.sqlite3")
        remember_folder(target)
        self._backup(target, "需要时可用“文件 → 从备份恢复… → 选择其他文件…”恢复。请把U盘收好。")

    def _backup(self, target: Path | None, advice: str) -> None:
        for action in (self.ui.actionBackup, self.ui.actionBackupTo):
            action.setEnabled(False)

        def ended() -> None:
            for action in (self.ui.actionBackup, self.ui.actionBackupTo):
                action.setEnabled(True)

        def done(path: Path) -> None:
            ended()
            self.update_status()
            show_saved(self, path, "备份完成", f"已备份到：\n{path}\n\n{advice}")

        def failed(exc: BaseException) -> None:
            ended()
            report_error(exc, self, self.ctx.folder.log_file)

        db = self.ctx.db
        run_task(self, "正在备份数据…",
                 lambda progress: db.backup("manual", target=target, progress=progress.sqlite_backup),
                 done, failed, writes=True)

    def choose_backup(self) -> Path | None:
        dialog = RestoreDialog(self.ctx.folder, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen

    def restore_from_backup(self) -> None:
        source = self.choose_backup()
        if source is None:
            return
        if not confirm(self, "确认恢复", f"将用{backup.describe(source, self.ctx.folder.backups)}替换现在的全部数据。\n\n"
                       "恢复前，程序会先把现在的数据另存一份备份，万一选错了还可以再恢复回来。\n\n确定要恢复吗？",
                       details=f"备份文件：{source}"):
            return
        self.restore(source)

    def restore(self, source: Path) -> None:
        """Close the database, replace it on the writer thread (a large one takes a while) and open it again;
        the pages show the restored data once it is open."""
        folder = self.ctx.folder
        self.ctx.db.close()

        def work() -> tuple[Database, Path | None, BaseException | None]:
            error = safety = None
            try:
                safety = restore_database(folder, source)
            except Exception as exc:  # noqa: BLE001 — the database must be reopened whatever happened
                error = exc
            return open_database(folder, start_backup=False), safety, error

        def reopened(result) -> None:
            self.ctx.db, safety, error = result
            self.update_unit()
            self.refresh_all()
            if error is not None:
                report_error(error, self, folder.log_file)
                return
            restored_from = backup.describe(source, folder.backups)
            kept = (f"\n\n恢复前的数据已另存为{backup.describe(safety, folder.backups)}；选错了可以用"
                    "“文件 → 从备份恢复…”选它恢复回来。") if safety else ""
            box = QMessageBox(QMessageBox.Icon.Information, "恢复完成", f"已恢复为{restored_from}。{kept}",
                              QMessageBox.StandardButton.Ok, self)
            box.setDetailedText(f"恢复所用的备份文件：{source}" + (f"\n恢复前的数据：{safety}" if safety else ""))
            box.exec()

        def failed(exc: BaseException) -> None:  # not even the database could be opened again
            report_error(exc, self, folder.log_file)
            self.close()

        run_task(self, "正在恢复数据…", work, reopened, failed, writes=True)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.folder.root)))

    def show_help(self) -> None:
        """使用说明 (F1), at the section of the page in front."""
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        row = self.ui.navList.currentRow()
        self.help_window.show_section(self.pages[row][0].title if row >= 0 else "")

    def about(self) -> None:
        folder = self.ctx.folder
        QMessageBox.about(self, f"关于{APP_TITLE}",
                          f"<h3>{APP_TITLE}</h3><p>版本 {__version__}</p>"
                          f"<p>数据文件夹：{folder.root}<br>数据库文件：{folder.db_path}<br>"
                          f"备份文件夹：{folder.backups}<br>日志文件：{folder.log_file}</p>"
                          "<p>全部数据保存在本机，不联网。</p>")

    def closeEvent(self, event) -> None:
        """Quitting while work runs: what can stop stops, the rest (a backup, a restore, an import being
        written) is waited for, and the window closes by itself when all is done."""
        tasks = self.ctx.tasks
        if not tasks.busy:
            super().closeEvent(event)
            return
        event.ignore()
        self.ui.statusbar.showMessage(f"正在等待“{'、'.join(tasks.labels())}”完成，完成后自动退出…")
        if not self._quit_when_idle:
            self._quit_when_idle = True
            tasks.busy_changed.connect(self._close_when_idle)
            tasks.cancel_all()

    def _close_when_idle(self, busy: bool) -> None:
        if not busy:
            QTimer.singleShot(0, self.close)  # after the last result has been delivered

    # ---- status bar and tray ------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.folder_label = QLabel()
        self.backup_label = QLabel()
        self.ui.statusbar.addWidget(self.folder_label, 1)
        self.ui.statusbar.addPermanentWidget(self.backup_label)
        self.update_status()

    def update_status(self) -> None:
        folder = self.ctx.folder
        self.folder_label.setText(f"数据文件夹：{folder.root}")
        newest = list_backups(folder.backups)
        self.backup_label.setText(f"最近备份：{newest[0].label}" if newest else "还没有备份，请按 Ctrl+B 立即备份")

    def _build_tray(self) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.tray = QSystemTrayIcon(icon("app.svg"), self)
        self.tray.setToolTip(APP_TITLE)
        self.tray.activated.connect(lambda _reason: (self.showNormal(), self.raise_(), self.activateWindow()))
        self.tray.show()

    def show_tray_message(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)


class RestoreDialog(QDialog):
    """The backups in the data folder, newest first, or another file."""

    def __init__(self, folder: DataFolder, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.chosen: Path | None = None
        ok = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Ok)
        ok.setText("恢复…")
        for saved in list_backups(folder.backups):
            item = QListWidgetItem(saved.label)
            item.setData(Qt.ItemDataRole.UserRole, str(saved.path))
            self.ui.backupList.addItem(item)
        if self.ui.backupList.count():
            self.ui.backupList.setCurrentRow(0)
        else:
            self.ui.introLabel.setText("数据文件夹中还没有备份。可以点“选择其他文件…”，从U盘等位置选择一个备份文件。")
        ok.setEnabled(self.ui.backupList.count() > 0)
        self.ui.backupList.itemDoubleClicked.connect(lambda _item: self.accept())
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.otherFileButton.clicked.connect(lambda: self._pick_file(folder))

    def _pick_file(self, folder: DataFolder) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "选择备份文件", str(folder.backups),
                                              "工作台备份 (*.sqlite3 *.db);;所有文件 (*)")
        if name:
            self.chosen = Path(name)
            super().accept()

    def accept(self) -> None:
        item = self.ui.backupList.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
