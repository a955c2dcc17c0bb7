"""首页: reminders from the demo township, countdowns across midnight, tray messages."""
from __future__ import annotations

import datetime as dt

import pytest

from gkdesk import clock
from gkdesk.domain.vocab import ENDED
from gkdesk.gui.context import AppContext
from gkdesk.gui.home.notify import tray_messages
from gkdesk.gui.home.page import CountdownRole, DateTextRole, HomePage
from gkdesk.services import demo
from gkdesk.services.reminders import OPEN, SOON, TODAY, Reminder
from gkdesk.store.db import open_database
from gkdesk.store.models import PublicityBatch

DAY = dt.date(2026, 11, 23)


@pytest.fixture
def ctx(data_folder):
    clock.set_today(DAY)
    db = open_database(data_folder)
    demo.create_demo(db)
    yield AppContext(db)
    db.close()


def rows(page: HomePage) -> list[tuple[str, str, str]]:
    m = page.model
    return [(m.index(i).data(), m.index(i).data(DateTextRole), m.index(i).data(CountdownRole))
            for i in range(m.rowCount()) if m.reminder(i)]


def running_in(page: HomePage, village: str) -> tuple[str, str, str]:
    return next(r for r in rows(page) if r[0].startswith(f"关于{village}2026年度耕地") and "公示中" in r[0])


def test_home_lists_the_running_publicity_with_its_countdown(qtbot, ctx):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    title, date_text, countdown = running_in(page, "东风村")  # demo: posted 3 days ago, 7 natural days
    assert "公示中，还剩3天" in title
    assert date_text == "2026年11月26日"
    assert countdown == "还剩3天"
    assert page.ui.todayLabel.text() == "今天是2026年11月23日 星期一"
    assert "今天到期 1 项" in page.ui.countsLabel.text()
    assert page.ui.calendarBanner.isVisibleTo(page)  # 2027 is not in the official calendar
    assert "2027年工作日历尚未录入" in page.ui.calendarLabel.text()


def test_countdown_rolls_over_at_midnight(qtbot, ctx):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert running_in(page, "东风村")[2] == "还剩3天"
    assert 0 < page.midnight_timer.remainingTime() <= 24 * 3600 * 1000 + 1000
    clock.set_today(DAY + dt.timedelta(days=1))
    page.on_midnight()
    assert running_in(page, "东风村")[2] == "还剩2天"
    assert page.ui.todayLabel.text() == "今天是2026年11月24日 星期二"
    assert page.midnight_timer.isActive()


def test_a_period_that_ends_while_running_is_closed_and_announced(qtbot, ctx):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    messages = []
    page.notify.connect(lambda title, text: messages.append((title, text)))
    clock.set_today(DAY + dt.timedelta(days=4))  # 东风村 ended on the 26th
    page.refresh()
    assert ("公示期满", "关于东风村2026年度耕地地力保护补贴发放情况的公示") in messages
    with ctx.db.session() as s:
        states = {b.title: b.state for b in s.query(PublicityBatch)}
    assert states["关于东风村2026年度耕地地力保护补贴发放情况的公示"] == ENDED
    assert not any(r[0].startswith("关于东风村2026年度耕地") and "公示中" in r[0] for r in rows(page))


def test_activating_a_line_without_a_page_for_it_shows_its_detail(qtbot, ctx, monkeypatch):
    page = HomePage(ctx)
    qtbot.addWidget(page)
    shown = []
    monkeypatch.setattr("gkdesk.gui.home.page.QMessageBox.information", lambda *a: shown.append(a[2]))
    row = next(i for i in range(page.model.rowCount()) if page.model.reminder(i))
    page.ui.reminderList.activated.emit(page.model.index(row))
    assert shown and page.model.reminder(row).title in shown[0]


def _r(severity, ref=("batch", 1), title="甲村公示：公示中"):
    return Reminder("publicity_running", title, DAY, 0, severity, ref=ref)


def test_tray_messages_for_ended_batches_and_newly_due_reminders():
    assert tray_messages(None, [_r(TODAY)], ["甲村公示"]) == [("公示期满", "甲村公示")]
    assert tray_messages([_r(SOON)], [_r(TODAY, title="甲村公示：今天公示期满")]) == [
        ("今天到期", "甲村公示：今天公示期满")]
    assert tray_messages([_r(TODAY)], [_r(TODAY)]) == []  # already announced
    assert tray_messages([_r(OPEN)], [_r(OPEN)]) == []
    overdue = Reminder("disclosure", "财政预算公开", DAY, -1, "overdue", ref=("item", 7))
    assert tray_messages([], [overdue]) == [("已逾期", "财政预算公开")]


@pytest.mark.parametrize("today, shown", [(dt.date(2026, 9, 1), False), (dt.date(2026, 10, 31), False),
                                          (dt.date(2026, 11, 1), True), (dt.date(2027, 3, 1), True)])
def test_next_years_calendar_is_asked_for_once_it_is_usually_published(qtbot, ctx, today, shown):
    """The 国务院办公厅 publishes the next year's holidays in the autumn: in September a missing 2027 is not news;
    from November it is, and a year already begun without its arrangement is asked for all year."""
    clock.set_today(today)
    page = HomePage(ctx)
    qtbot.addWidget(page)
    assert page.ui.calendarBanner.isVisibleTo(page) is shown
    if shown:
        assert "2027年工作日历尚未录入" in page.ui.calendarLabel.text()
