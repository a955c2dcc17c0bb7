"""The pages of the main window. The navigation shows one entry per registered page, in `order`.

A page module defines `PAGE = Page(...)`; add the module's name to PAGE_MODULES to show it.
The factory receives the AppContext and returns the page widget, which may also have:
  refresh()                 — called on F5, after a restore, after settings are saved, and when another page
                              emits ctx.data_changed;
  open_ref(entity, id)      — show one record; called for the entities listed in `handles`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from gkdesk.gui.context import AppContext

PAGE_MODULES: list[str] = [
    "gkdesk.gui.home.page",
    "gkdesk.gui.subsidy.page",
    "gkdesk.gui.interp.page",
    "gkdesk.gui.catalog.page",
    "gkdesk.gui.requests.page",
    "gkdesk.gui.report.page",
]


@dataclass(frozen=True)
class Page:
    title: str  # shown in the navigation: 首页, 惠民补贴公示, 政策解读报备, 标准目录
    icon: str  # file name in resources/icons/
    factory: Callable[[AppContext], QWidget]
    order: int = 100  # home 0, subsidy 10, interpretation 20, catalog 30
    handles: tuple[str, ...] = ()  # entities of Reminder.ref this page opens with open_ref, e.g. ("batch",)


def registered_pages() -> list[Page]:
    pages = [importlib.import_module(name).PAGE for name in PAGE_MODULES]
    return sorted(pages, key=lambda p: p.order)
