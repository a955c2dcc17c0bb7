"""The program's own font: what it covers, how Qt finds it, and the order the printed roles look for fonts in."""
from __future__ import annotations

import importlib.util
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _make_font():
    spec = importlib.util.spec_from_file_location("make_font", ROOT / "packaging" / "make_font.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def shipped(qapp):
    from PySide6.QtGui import QFont, QRawFont

    from gkdesk.gui import fonts

    raw = QRawFont.fromFont(QFont(fonts.register()))
    assert raw.familyName() == fonts.SHIPPED_FAMILY
    return raw


def _lacking(raw, chars) -> str:
    return "".join(ch for ch in sorted(set(chars)) if not raw.supportsCharacter(ord(ch)))


def test_the_shipped_face_has_gb2312_and_all_of_tongyong_guifan_hanzi_biao(shipped):
    make_font = _make_font()
    hanzi, symbols = make_font.gb2312_characters()
    tongyong = make_font.read_tongyong_list()
    assert (len(hanzi), len(tongyong), len(set(tongyong))) == (6763, 8105, 8105)
    assert _lacking(shipped, hanzi) == "" and _lacking(shipped, tongyong) == ""
    assert _lacking(shipped, symbols) == ""
    # rare name characters: Extension A 䶮, Extension E 𬌗 (outside the BMP)
    assert _lacking(shipped, "堃喆䶮𬌗") == ""
    assert _lacking(shipped, "，。、：；！？“”（）《》〔〕【】—…·０１２３４５６７８９ＡＢＣ①⑴㈠㎡℃№×√") == ""


def test_every_chinese_character_of_the_programs_own_texts_is_in_the_shipped_face(shipped):
    found = _make_font().program_characters()
    assert "公" in found and "示" in found and "\u200b" not in found   # the program's texts, visible ones
    # Chinese text: the wide and full-width characters (hanzi, CJK punctuation, full-width forms) and the
    # punctuation Chinese text uses. (Dingbats such as ✔ ☑ are only read from imported forms, never printed.)
    chinese = {ch for ch in found if unicodedata.east_asian_width(ch) in "WF" or ch in "—…“”‘’·×√①○□■"}
    assert len(chinese) > 900
    lacking = _lacking(shipped, chinese)
    assert lacking == "", {ch: found[ch] for ch in lacking}   # run `make font` after adding a rare character


def test_the_shipped_face_keeps_no_radicals_nor_characters_outside_its_lists(shipped):
    # Kangxi radicals share glyphs with ideographs and made 力 copy out of a PDF as ⼒.
    assert not shipped.supportsCharacter(0x2F12) and not shipped.supportsCharacter(0x2EA0)
    # A character of Extension G is in no list: it must be found missing, not drawn as a box.
    assert not shipped.supportsCharacter(0x3134A)


def test_the_shipped_face_is_a_licensed_truetype_subset():
    data = (ROOT / "resources" / "fonts" / "GkdeskSerifSC-Regular.ttf").read_bytes()
    assert data[:4] == b"\0\1\0\0"   # TrueType outlines, not CFF
    assert 1_000_000 < len(data) < 6_000_000
    licence = (ROOT / "resources" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Noto Serif CJK SC" in licence
    assert "Reserved Font Name 'Source'" in licence


def test_roles_take_installed_gbt9704_faces_then_the_shipped_face(qapp, monkeypatch):
    from gkdesk.gui import fonts

    fonts.register()
    monkeypatch.setitem(fonts._state, "installed", frozenset({"仿宋_GB2312", "Noto Serif CJK SC",
                                                              fonts.SHIPPED_FAMILY}))
    order = fonts.family_order(["仿宋_GB2312", "仿宋", "FangSong"], ["Noto Serif CJK SC", "SimSun"])
    assert order == ["仿宋_GB2312", fonts.SHIPPED_FAMILY, "Noto Serif CJK SC"]
    monkeypatch.setitem(fonts._state, "installed", frozenset({"Noto Serif CJK SC", fonts.SHIPPED_FAMILY}))
    assert fonts.family_order(["仿宋_GB2312", "仿宋"], ["Noto Serif CJK SC"]) == [fonts.SHIPPED_FAMILY,
                                                                                 "Noto Serif CJK SC"]


def test_the_window_falls_back_to_the_shipped_face(qapp):
    from gkdesk.gui import fonts
    from gkdesk.gui.app import FONT_FAMILIES, application

    application()
    assert FONT_FAMILIES[-1] == fonts.SHIPPED_FAMILY
    assert fonts.installed(fonts.SHIPPED_FAMILY)
