"""The program's own Chinese font and the order Qt looks for fonts in.

The program ships a Song face, "Gkdesk Serif SC" (resources/fonts/, a subset of Noto Serif CJK SC made by
packaging/make_font.py: GB 2312, the 8,105 characters of 通用规范汉字表 and the symbols of the program's texts).
:func:`register` hands it to Qt; the window (gui.app), the smoke check and every command that renders with Qt
(through gui.printing) call it, so a PC without any Chinese font still shows and prints Chinese.

:func:`family_order` puts the installed faces a role asks for first (the GB/T 9704 names: 仿宋_GB2312,
方正小标宋, 宋体 …), then the shipped face, then installed faces that may hold rarer characters: text is set in
the GB/T 9704 faces where the PC has them and in the shipped face everywhere else, never in whatever Qt finds.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase, QGuiApplication

from gkdesk.paths import resource
from gkdesk.services.errors import UserError

SHIPPED_FONT = ("fonts", "GkdeskSerifSC-Regular.ttf")
SHIPPED_FAMILY = "Gkdesk Serif SC"
SHIPPED_POSTSCRIPT_NAME = "GkdeskSerifSC-Regular"   # its /BaseFont in a PDF
SHIPPED_LICENCE = ("fonts", "OFL.txt")


class FontError(UserError):
    """The shipped font is missing or Qt cannot read it (a damaged installation)."""


_state: dict[str, object] = {}


def register() -> str:
    """Register the shipped font with Qt's font database (once per process; needs a QGuiApplication) and return
    its family name."""
    if "family" in _state:
        return _state["family"]
    if QGuiApplication.instance() is None:
        raise RuntimeError("fonts.register() needs a QGuiApplication")
    path = resource(*SHIPPED_FONT)
    if not path.is_file():
        raise FontError(f"程序自带的字体文件“{path}”不见了，公示和PDF无法保证显示中文，请重新安装本程序。")
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if SHIPPED_FAMILY not in families:
        raise FontError(f"程序自带的字体文件“{path}”无法读取（可能已损坏），请重新安装本程序。")
    _state["family"] = SHIPPED_FAMILY
    _state.pop("installed", None)   # the list of families changed
    return SHIPPED_FAMILY


def installed(family: str) -> bool:
    """Whether Qt has a font of this family (the shipped one once registered)."""
    known = _state.get("installed")
    if known is None:
        known = _state["installed"] = frozenset(QFontDatabase.families())
    return family in known


def family_order(preferred: Iterable[str], fallback: Iterable[str] = ()) -> list[str]:
    """The families for QFont.setFamilies: the installed ``preferred`` ones, the shipped face, then the installed
    ``fallback`` ones (for characters the shipped face lacks). Families the PC does not have are left out, so
    that no stand-in chosen by the system comes before the shipped face."""
    register()
    order: list[str] = []
    for name in [*[f for f in preferred if installed(f)], SHIPPED_FAMILY, *[f for f in fallback if installed(f)]]:
        if name not in order:
            order.append(name)
    return order

