"""What the tray says after a refresh of the reminders. Pure: no Qt, so it is tested on plain lists."""
from __future__ import annotations

from collections.abc import Iterable

from gkdesk.services.reminders import OVERDUE, TODAY, Reminder

_URGENT = {TODAY: "今天到期", OVERDUE: "已逾期"}


def _key(r: Reminder) -> tuple:
    return (r.kind, r.ref) if r.ref else (r.kind, r.title)


def tray_messages(old: list[Reminder] | None, new: list[Reminder],
                  ended_titles: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(title, text) for each publicity that just ended and each reminder that became due today or overdue
    since the previous refresh. The first refresh (old is None) only reports ended publicities: the rest is on
    the screen the clerk is looking at."""
    messages = [("公示期满", title) for title in ended_titles]
    if old is None:
        return messages
    before = {_key(r): r.severity for r in old}
    for r in new:
        if r.severity in _URGENT and before.get(_key(r)) != r.severity:
            messages.append((_URGENT[r.severity], r.title))
    return messages
