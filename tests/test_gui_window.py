"""The window around the pages: first-run wizard, settings, backup and restore, start-up and the error hook.
Modal dialogs are patched so that no test waits for a click."""
from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWizard

from gkdesk import clock
from gkdesk.gui import app as gui_app
from gkdesk.gui.context import AppContext
from gkdesk.gui.errors import ExceptionHook
from gkdesk.gui.main_window import MainWindow, RestoreDialog
from gkdesk.gui.settings_dialog import SettingsDialog
from gkdesk.gui.wizard import FirstRunWizard, parse_villages
from gkdesk.services import calendar, demo, settings, subsidy
from gkdesk.store.backup import list_backups
from gkdesk.store.db import open_database


@pytest.fixture
def db(data_folder):
    database = open_database(data_folder)
    yield database
    database.close()


@pytest.fixture
def ctx(db):
    context = AppContext(db)
    yield context
    context.db.close()  # a restore replaces the database


def make_unit(db, name="甲镇", villages=(("东村", ["一组", "二组"]), ("西村", ["一组"]))):
    with db.transaction() as s:
        settings.save_unit(s, name, county="示范县")
        settings.save_villages(s, villages)


def ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


# ---- first run ----------------------------------------------------------------------------------
def test_wizard_creates_the_unit_villages_and_programs(qtbot, ctx, dialogs):
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.ui.unitPage  # a name is required
    assert "单位名称" in wizard.ui.unitError.text()

    wizard.ui.nameEdit.setText("东风镇")
    wizard.ui.kindCombo.setCurrentText("苏木镇")
    wizard.ui.countyEdit.setText("示范旗")
    wizard.ui.phoneEdit.setText("0311-8123456")
    wizard.ui.supervisionEdit.setText("0311-8123400")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.ui.villagePage
    wizard.ui.villageEdit.setPlainText("东村：一组、二组、三组\n西村:一组，二组\n\n南村")
    assert wizard.ui.villageCount.text() == "已识别 3 个村、5 个村民小组。"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    assert wizard.result() == QDialog.DialogCode.Accepted
    with ctx.db.session() as s:
        unit = settings.get_unit(s)
        assert (unit.name, unit.kind, unit.county, unit.phone, unit.supervision_phone) == (
            "东风镇", "苏木镇", "示范旗", "0311-8123456", "0311-8123400")
        assert [(v.name, [g.name for g in v.groups]) for v in settings.villages(s)] == [
            ("东村", ["一组", "二组", "三组"]), ("西村", ["一组", "二组"]), ("南村", [])]
        programs = subsidy.programs(s)   # the township's numbers stay in the settings, not copied into each
        assert programs and all(p.phones == "" for p in programs)
    assert dialogs.shown == []


def test_wizard_demo_button_finishes_the_wizard_on_the_page_it_shows(qtbot, ctx, dialogs):
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()  # on the unit page, with no name typed: the demo needs none
    wizard.ui.clerkEdit.setText("王芳")
    qtbot.mouseClick(wizard.ui.demoButton, Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted and wizard.used_demo and not wizard.isVisible()
    assert wizard.ui.unitError.text() == "" and dialogs.shown == []
    with ctx.db.session() as s:
        assert settings.get_unit(s).name == "东风镇"
        assert len(settings.villages(s)) == 8
        assert settings.get_setting(s, "clerk_name") == "王芳"


def test_wizard_cancel_asks_before_quitting_and_no_keeps_it_open(qtbot, ctx, dialogs):
    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and "下次打开程序时会从这里重新开始" in dialogs.texts("question")[0]
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Rejected


def test_the_clerk_named_in_the_wizard_fills_in_the_filing_form(qtbot, ctx, dialogs):
    from gkdesk.services import interp

    wizard = FirstRunWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.ui.nameEdit.setText("东风镇")
    wizard.ui.clerkEdit.setText("王芳")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QDialog.DialogCode.Accepted
    with ctx.db.session() as s:
        assert interp.filing_header(s, "2026-10", dt.date(2026, 11, 2)).filler == "王芳"


def test_village_lines_parse_with_either_colon_and_bare_lists():
    assert parse_villages("东村：一组、二组\n西村:三组\n南村、北村\n") == [
        ("东村", ["一组", "二组"]), ("西村", ["三组"]), ("南村", []), ("北村", [])]


# ---- settings -----------------------------------------------------------------------------------
def test_settings_round_trip(qtbot, ctx, dialogs, tmp_path):
    make_unit(ctx.db)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.unitName.text() == "甲镇"
    ui.clerkName.setText("王芳")
    ui.unitAddress.setText("甲镇人民政府")
    ui.villageList.setCurrentRow(1)  # 西村
    assert [ui.groupList.item(i).text() for i in range(ui.groupList.count())] == ["一组"]
    qtbot.mouseClick(ui.groupAdd, Qt.MouseButton.LeftButton)
    ui.groupList.currentItem().setText("二组")
    ui.villageList.setCurrentRow(0)
    ui.villageList.setCurrentRow(1)  # switching back shows what was added
    assert ui.groupList.count() == 2
    qtbot.mouseClick(ui.villageAdd, Qt.MouseButton.LeftButton)
    ui.villageList.currentItem().setText("北村")
    ui.maskIdHead.setValue(4)
    ui.maskIdTail.setValue(2)
    assert ui.maskIdPreview.text() == "示例：1101************34"
    holidays = tmp_path / "2027.txt"
    holidays.write_text("休 2027-01-01 至 2027-01-03\n班 2027-02-14\n", encoding="gbk")
    dialog.import_calendar_file(holidays)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialogs.texts("warning") == []

    with ctx.db.session() as s:
        assert settings.get_setting(s, "clerk_name") == "王芳"
        assert settings.get_setting(s, "mask_id") == "4+2"
        assert [(v.name, [g.name for g in v.groups]) for v in settings.villages(s)] == [
            ("东村", ["一组", "二组"]), ("西村", ["一组", "二组"]), ("北村", [])]
        assert [y.year for y in calendar.entered_years(s)] == [2027]
        assert settings.get_unit(s).address == "甲镇人民政府"

    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.ui.clerkName.text() == "王芳"
    assert (again.ui.maskIdHead.value(), again.ui.maskIdTail.value()) == (4, 2)
    assert again.ui.villageList.count() == 3
    table = again.ui.calendarTable
    sources = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert sources["2027年"].startswith("用户录入")


def test_settings_refuses_to_remove_a_village_with_batches_and_stays_open(qtbot, ctx, dialogs):
    clock.set_today(dt.date(2026, 11, 23))
    demo.create_demo(ctx.db)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.villageList.setCurrentRow(0)  # 东风村 has batches
    qtbot.mouseClick(dialog.ui.villageRemove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert any("“东风村”已有公示批次，不能删除" in t for t in dialogs.texts("warning"))
    with ctx.db.session() as s:
        assert settings.villages(s)[0].name == "东风村"


def test_a_bad_calendar_file_is_refused_with_its_line(qtbot, ctx, dialogs, tmp_path):
    make_unit(ctx.db)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.txt"
    bad.write_text("休 2027-01-01\n明天放假\n", encoding="utf-8")
    dialog.import_calendar_file(bad)
    assert dialog.ui.calendarError.text().startswith("第2行“明天放假”无法识别")
    assert not dialog.ui.calendarApply.isEnabled()
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)  # not saved silently: 确定 says why and stays open
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialogs.texts("warning")[0].startswith("粘贴框里的节假日安排读不进来：第2行")
    with ctx.db.session() as s:
        assert calendar.entered_years(s) == []


NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（农历正月初一、周六）至12日（农历正月初七、周五）放假调休，共7天。2月14日（周日）上班。\
鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月5日）休息。
国务院办公厅
2026年11月4日
"""


def test_a_pasted_notice_is_shown_then_adopted_then_saved(qtbot, ctx, dialogs):
    clock.set_today(dt.date(2026, 11, 23))
    make_unit(ctx.db)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.calendarPaste.setPlainText(NOTICE_2027.replace("：", ":").replace("（", "(").replace("）", ")"))
    preview = ui.calendarPreview.toPlainText().splitlines()
    assert preview[:3] == ["2027年节假日安排，读出2项：", "元旦：1月1日（周五）至1月3日（周日）放假，共3天",
                           "春节：2月6日（周六）至2月12日（周五）放假，共7天；2月14日（周日）上班"]
    assert preview[-1].startswith("未当作放假或上班：春节：鼓励各单位")
    assert ui.calendarError.isHidden()
    qtbot.mouseClick(ui.calendarApply, Qt.MouseButton.LeftButton)
    table = ui.calendarTable
    sources = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert sources["2027年"] == "用户录入：放假 10 天，调休上班 1 天"
    assert ui.calendarPaste.toPlainText() == ""
    assert ui.calendarPreview.toPlainText() == "已采用2027年的节假日安排，点“确定”后保存。"
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with ctx.db.session() as s:
        cal = calendar.load_calendar(s)
    assert not cal.is_working_day(dt.date(2027, 2, 8)) and cal.is_working_day(dt.date(2027, 2, 14))
    assert cal.is_working_day(dt.date(2027, 2, 5))  # 除夕: an encouragement, not a holiday


@pytest.mark.parametrize(
    "notice, refusal",
    [
        (NOTICE_2027.replace("2月14日（周日）", "2月14日（周六）"), "第5行（春节）写2月14日是“周六”，但2027年2月14日是周日；"),
        (NOTICE_2027.replace("2027年", "2026年"), "这是2026年的节假日安排通知，程序已带有2026年的官方数据，不需要导入"),
        ((Path(__file__).parent / "data" / "notices" / "2026.txt").read_text(encoding="utf-8"),
         "这是2026年的节假日安排通知，程序已带有2026年的官方数据，不需要导入；等下一年的通知发布后再粘贴。"),
    ],
    ids=["wrong weekday", "year changed", "2026 as published"],
)
def test_a_pasted_notice_that_cannot_be_taken_says_why(qtbot, ctx, notice, refusal):
    make_unit(ctx.db)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.ui.calendarPaste.setPlainText(notice)
    assert dialog.ui.calendarError.text().startswith(refusal)
    assert not dialog.ui.calendarError.isHidden()
    assert dialog.ui.calendarPreview.toPlainText() == ""
    assert not dialog.ui.calendarApply.isEnabled()


# ---- main window --------------------------------------------------------------------------------
def test_main_window_shows_unit_pages_and_backup_time(qtbot, ctx):
    make_unit(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowTitle() == "甲镇"  # Qt appends the program's name once: "甲镇 — 基层政务公开工作台"
    assert window.ui.navList.item(0).text() == "首页"
    assert window.ui.pageStack.count() == window.ui.navList.count()
    assert str(ctx.folder.root) in window.folder_label.text()
    assert "还没有备份" in window.backup_label.text()


def test_every_module_in_page_modules_imports_and_registers_its_page():
    from gkdesk.gui.pages import PAGE_MODULES, registered_pages

    pages = registered_pages()  # importlib strings: a stale name fails here, not in the clerk's window
    assert len(pages) == len(PAGE_MODULES)
    assert [p.title for p in pages] == ["首页", "惠民补贴公示", "政策解读报备", "依申请公开", "标准目录", "年度报告"]


def test_backup_now_runs_in_the_background_and_says_where(qtbot, ctx, dialogs):
    make_unit(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.texts("information")), timeout=5000)
    backups = list_backups(ctx.folder.backups)
    assert len(backups) == 1 and str(backups[0].path) in dialogs.texts("information")[0]
    assert backups[0].label in window.backup_label.text()


def test_backup_to_a_usb_stick_writes_a_whole_copy_where_the_clerk_chose(qtbot, ctx, dialogs, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from gkdesk.store.backup import integrity_problems

    make_unit(ctx.db, "甲镇")
    stick = tmp_path / "U盘"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(stick)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.ui.actionBackupTo.text() == "备份到U盘(&U)…"
    window.ui.actionBackupTo.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.texts("information")), timeout=10_000)
    copies = list(stick.glob("工作台备份-甲镇-*.sqlite3"))
    assert len(copies) == 1 and integrity_problems(copies[0]) == []
    assert str(copies[0]) in dialogs.texts("information")[0]
    assert {"打开所在文件夹", "确定"} == set(dialogs.buttons[-1])   # a backup is restored, not opened
    assert list_backups(ctx.folder.backups) == []  # the data folder's own backups are not touched


def test_quitting_while_a_backup_runs_waits_for_it_then_closes(qtbot, ctx, dialogs, monkeypatch):
    import threading

    make_unit(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    release, backup = threading.Event(), ctx.db.backup
    monkeypatch.setattr(ctx.db, "backup", lambda *a, **k: (release.wait(5), backup(*a, **k))[1])
    window.ui.actionBackup.trigger()
    window.close()  # 退出 while the backup is being written
    assert window.isVisible() and "完成后自动退出" in window.ui.statusbar.currentMessage()
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert "已备份到" in dialogs.texts("information")[0]  # said, then closed
    assert len(list_backups(ctx.folder.backups)) == 1


def test_restore_from_the_menu_replaces_the_data_after_a_safety_backup(qtbot, ctx, dialogs, monkeypatch):
    make_unit(ctx.db, "甲镇")
    source = ctx.db.backup("manual")
    [listed] = list_backups(ctx.folder.backups)
    with ctx.db.transaction() as s:
        settings.save_unit(s, "乙镇")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("乙镇")
    old_db = ctx.db

    def pick_newest(dialog):
        assert dialog.ui.backupList.count() == 1
        dialog.accept()
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(RestoreDialog, "exec", pick_newest)
    window.ui.actionRestore.trigger()

    # the backup as the restore list names it (its time, why it was taken), the file only behind 显示细节
    [question] = dialogs.texts("question")
    assert question.startswith(f"将用{listed.label}的备份替换现在的全部数据。") and "（手动）" in question
    assert "现在的数据另存一份备份" in question and source.name not in question
    assert dialogs.details[0] == f"备份文件：{source}"
    qtbot.waitUntil(lambda: bool(dialogs.texts("information")), timeout=10_000)  # restored on the writer thread
    assert ctx.db is not old_db
    assert window.windowTitle().endswith("甲镇")
    with ctx.db.session() as s:
        assert settings.get_unit(s).name == "甲镇"
    [safety] = [b for b in list_backups(ctx.folder.backups) if b.reason == "restore"]
    [done] = dialogs.texts("information")
    assert done.startswith(f"已恢复为{listed.label}的备份。") and f"另存为{safety.label}的备份" in done
    assert "（恢复前）" in done and not re.search(r"[A-Za-z]", done)   # no "gkdesk-…-restore-s000002.sqlite3"
    assert str(safety.path) in dialogs.details[-1]


def test_restore_from_a_file_elsewhere_names_the_file(qtbot, ctx, dialogs, monkeypatch, tmp_path):
    make_unit(ctx.db, "甲镇")
    stick = ctx.db.backup("manual", target=tmp_path / "工作台备份-甲镇-20261123-0900.sqlite3")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(MainWindow, "choose_backup", lambda _w: stick)
    window.ui.actionRestore.trigger()
    assert dialogs.texts("question")[0].startswith("将用备份文件“工作台备份-甲镇-20261123-0900.sqlite3”替换现在的全部数据。")
    qtbot.waitUntil(lambda: bool(dialogs.texts("information")), timeout=10_000)


def test_restore_is_not_done_when_the_clerk_says_no(qtbot, ctx, dialogs, monkeypatch):
    make_unit(ctx.db, "甲镇")
    ctx.db.backup("manual")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(RestoreDialog, "exec", lambda d: (d.accept(), QDialog.DialogCode.Accepted)[1])
    dialogs.answer = QMessageBox.StandardButton.No
    old_db = ctx.db
    window.ui.actionRestore.trigger()
    assert ctx.db is old_db and not [b for b in list_backups(ctx.folder.backups) if b.reason == "restore"]


def test_calendar_banner_opens_the_calendar_tab_of_settings(qtbot, ctx, monkeypatch):
    make_unit(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda d: opened.append(d.ui.tabs.currentWidget()) or 0)
    home = window.page_widget("首页")
    clock.set_today(dt.date(2026, 11, 23))
    home.refresh()
    qtbot.mouseClick(home.ui.calendarButton, Qt.MouseButton.LeftButton)
    assert opened and opened[0].objectName() == "calendarTab"


# ---- start-up and errors ------------------------------------------------------------------------
def test_smoke_check_imports_a_list_and_writes_the_notice_on_a_temporary_folder(data_folder, capsys):
    args = argparse.Namespace(data_dir=str(data_folder.root), today=None, smoke=True)
    assert gui_app.run_gui(args) == 0
    out = capsys.readouterr().out
    assert "导入名单：6 人" in out and out.rstrip().endswith("冒烟检查通过。")
    assert "自带字体：Gkdesk Serif SC" in out and "字体已嵌入，姓名可复制" in out   # 李𬌗 among the names
    assert not data_folder.db_path.exists()  # the clerk's data folder is never touched
    # its window is gone with its temporary folder: no page timer may refresh from a deleted database later
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_smoke_check_fails_when_the_shipped_font_is_missing(data_folder, capsys, monkeypatch):
    from gkdesk.gui import fonts, smoke

    monkeypatch.setattr(fonts, "SHIPPED_FONT", ("fonts", "missing.ttf"))
    monkeypatch.setattr(fonts, "_state", {})
    assert smoke.run_smoke() == 1
    assert "冒烟检查失败：程序自带的字体文件" in capsys.readouterr().err


def test_smoke_check_fails_with_a_sentence_when_a_step_fails(data_folder, capsys, monkeypatch):
    from gkdesk.gui import smoke

    monkeypatch.setattr(smoke, "_check_icons", lambda: (_ for _ in ()).throw(smoke.SmokeFailure("缺少 SVG 图像插件")))
    assert smoke.run_smoke() == 1
    assert "冒烟检查失败：缺少 SVG 图像插件" in capsys.readouterr().err


def test_a_damaged_database_is_restored_from_the_newest_good_backup(data_folder, monkeypatch):
    db = open_database(data_folder)
    make_unit(db, "甲镇")
    db.backup("manual")
    db.close()
    data = bytearray(data_folder.db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    data_folder.db_path.write_bytes(bytes(data))
    gui_app.application()
    asked = []

    def press_restore(box):
        asked.append(box.text())
        return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    monkeypatch.setattr(gui_app, "ask", press_restore)
    restored = gui_app.open_or_recover(data_folder)
    assert restored is not None and "已损坏" in asked[0]
    with restored.session() as s:
        assert settings.get_unit(s).name == "甲镇"
    restored.close()
    assert list(data_folder.root.glob("gkdesk-damaged-*.sqlite3"))


def test_a_newer_database_is_refused_with_a_message(data_folder, dialogs):
    from sqlalchemy import text
    db = open_database(data_folder)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    db.close()
    gui_app.application()
    assert gui_app.open_or_recover(data_folder) is None
    assert "更新版本" in dialogs.texts("critical")[0]


class _Emitter(QObject):
    fire = Signal()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_is_logged_and_shown_and_the_program_goes_on(qtbot, data_folder, dialogs):
    from gkdesk.gui.errors import setup_logging
    setup_logging(data_folder.log_file)
    hook = ExceptionHook(data_folder.log_file).install()
    try:
        emitter, calls = _Emitter(), []

        def broken():
            calls.append(1)
            raise ZeroDivisionError("division by zero in a slot")
        emitter.fire.connect(broken)
        emitter.fire.emit()
        emitter.fire.emit()
    finally:
        hook.uninstall()
    assert calls == [1, 1]  # still running: the second signal was delivered too
    assert len(dialogs.texts("critical")) == 2
    assert "已记录到日志文件" in dialogs.texts("critical")[0] and str(data_folder.log_file) in dialogs.texts("critical")[0]
    logged = data_folder.log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError: division by zero in a slot" in logged
    assert QApplication.instance() is not None


def test_long_work_shows_progress_only_after_half_a_second_and_can_be_cancelled(qtbot):
    import time

    from PySide6.QtWidgets import QPushButton, QWidget

    from gkdesk.gui.tasks import BusyWindow, run_task
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    results, errors = [], []
    run_task(parent, "正在导入…", lambda: "快", results.append, errors.append)
    qtbot.waitUntil(lambda: results == ["快"])
    assert not [d for d in parent.findChildren(BusyWindow) if d.isVisible()]

    def slow(cancelled):
        while not cancelled.wait(0.05):
            pass
        return "已取消"
    started = time.monotonic()
    run_task(parent, "正在导入…", slow, results.append, errors.append, cancellable=True)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(BusyWindow)), timeout=3000)
    assert time.monotonic() - started >= 0.45
    dialog = next(d for d in parent.findChildren(BusyWindow) if d.isVisible())
    assert dialog.text.text() == "正在导入…"
    assert dialog.findChild(QPushButton).text() == "取消"
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results[-1] == "已取消", timeout=3000)
    assert errors == []

    run_task(parent, "正在导出…", lambda: 1 / 0, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


@pytest.mark.parametrize("available, fits", [((1366, 728), False), ((1366, 768), False), ((1920, 1040), True),
                                             ((1600, 860), True), ((1280, 984), True)])
def test_the_window_is_maximized_where_its_designed_size_does_not_fit_with_its_frame(available, fits):
    """1180×760 and a title bar do not fit a 1366×768 laptop's screen less its taskbar: the status bar (the last
    backup) would be under the taskbar. There the window opens maximized."""
    from PySide6.QtCore import QSize

    from gkdesk.gui.main_window import fits_on_screen

    assert fits_on_screen(QSize(1180, 760), QSize(*available)) is fits


@pytest.mark.parametrize("message, shown", [("日期“2026-13-01”无法识别，请写成 2026-01-05 这样的格式",
                                             "日期“2026-13-01”无法识别，请写成 2026-01-05 这样的格式。"),
                                            ("请先保存。", "请先保存。"), ("", "")])
def test_an_error_box_says_its_message_as_a_sentence(message, shown):
    from gkdesk.gui.errors import full_stop

    assert full_stop(message) == shown
