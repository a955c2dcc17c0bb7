"""The program's own Chinese font and the order Qt looks for fonts in.

The program ships a Song face, "Gkdesk Serif SC" (resources/fonts/, a subset of Noto Serif CJK SC made by
packaging/make_font.py: GB 2312, the 8,105 characters of 通用规范汉字表 and the symbols of the program's texts).
:func:`register` hands it to Qt; the window (gui.app), the smoke check and every command that renders with Qt
(through gui.printing) call it, so a PC without any Chinese font still shows and prints Chinese.

:func:`family_order` puts the installed faces a role asks for first (the GB/T 9704 names: 仿宋_GB2312,
方正小标宋, 宋体 …), then the shipped face, then installed faces that may hold rarer characters: text is set in
the GB/T 9704 faces where the PC has them and in the shipped face everywhere else, never in whatever Qt finds.

:func:`unprintable` tells whether a character would come out as a box: none of the fonts can draw it, or it is a
private-use code (a character made up in another system, which every PC shows differently).
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication

from gkdesk.paths import resource
from gkdesk.services.errors import UserError

SHIPPED_FONT = ("fonts", "GkdeskSerifSC-Regular.ttf")
SHIPPED_FAMILY = "Gkdesk Serif SC"
SHIPPED_POSTSCRIPT_NAME = "GkdeskSerifSC-Regular"   # its /BaseFont in a PDF
SHIPPED_LICENCE = ("fonts", "OFL.txt")

_PRIVATE_USE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))
_IGNORABLE = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF))   # variation selectors: drawn with the character before


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


def is_private_use(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _PRIVATE_USE)


def _not_drawn(ch: str) -> bool:
    """Characters that take no glyph of their own: spaces, line breaks, format marks, variation selectors."""
    code = ord(ch)
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf") or any(lo <= code <= hi for lo, hi in _IGNORABLE)


def unprintable(family_lists: Iterable[list[str]]) -> Callable[[str], bool]:
    """A test for one character: True when it would print as a box with any of these family lists (each as
    QFont.setFamilies takes it, with Qt's own fallback behind it), or is a private-use code."""
    metrics = []
    for families in family_lists:
        font = QFont()
        font.setFamilies(families)
        metrics.append(QFontMetricsF(font))

    def test(ch: str) -> bool:
        if _not_drawn(ch):
            return False
        if is_private_use(ch):
            return True
        code = ord(ch)
        return not all(m.inFontUcs4(code) for m in metrics)

    return test


def describe_unprintable(ch: str, where: str) -> str:
    """The sentence that refuses a document holding ``ch`` at ``where`` (e.g. 公示表格第3行“姓名”列)."""
    code = f"U+{ord(ch):04X}"
    if is_private_use(ch):
        return (f"{where}的“{ch}”（{code}）是其他系统自造的字（私用区编码），各台电脑显示不同，印出来会是方框或别的字，"
                "所以没有输出；请改成《通用规范汉字表》中的字后再输出。")
    return (f"{where}的“{ch}”（{code}）本机字体和程序自带的字体都没有，印出来会是方框，所以没有输出；"
            "请核对这个字，或在本机安装含有它的字体后再输出。")
