"""The optional tools some tests call, and the fonts they see.

LibreOffice lays a .docx out as Word would; poppler (pdftotext, pdftoppm, pdffonts) reads PDFs back. A test that
needs one calls :func:`need`, which skips it when the tool is missing with a reason naming the Debian package;
conftest counts those skips in pytest's summary (`.ci/run` installs both, so CI runs them all).

Fonts: the whole test run sees no system font (conftest points FONTCONFIG_FILE at an empty configuration), so Qt
lays out with the program's own font only, as on a bare PC, and gives the same pages on every machine.
LibreOffice gets a configuration of its own that holds that font (:func:`libreoffice_convert`)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_FONTS = ROOT / "resources" / "fonts"

# tool → the Debian package that brings it (named in the skip reason and counted in the summary)
PACKAGES = {"soffice": "LibreOffice", "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils",
            "pdffonts": "poppler-utils"}
SKIP_PREFIX = "needs "


def which(tool: str) -> str | None:
    if tool == "soffice":
        return shutil.which("soffice") or shutil.which("libreoffice")
    return shutil.which(tool)


def need(*tools: str) -> list[str]:
    """The paths of the tools; the test is skipped (reason "needs LibreOffice: …") when one is missing."""
    paths = []
    for tool in tools:
        path = which(tool)
        if path is None:
            pytest.skip(f"{SKIP_PREFIX}{PACKAGES[tool]}: {tool} is not installed")
        paths.append(path)
    return paths


def write_fontconfig(folder: Path, *font_dirs: Path) -> Path:
    """A fontconfig file that knows only ``font_dirs`` (none: no font at all)."""
    folder.mkdir(parents=True, exist_ok=True)
    dirs = "".join(f"  <dir>{d}</dir>\n" for d in font_dirs)
    conf = folder / "fonts.conf"
    conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                    f"{dirs}  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n", encoding="utf-8")
    return conf


def pdftotext(path, layout: bool = True) -> str:
    (tool,) = need("pdftotext")
    return subprocess.run([tool, "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def pdf_fonts(path) -> list[dict[str, str]]:
    """pdffonts' table: one dict a font (name, type, emb, uni …)."""
    (tool,) = need("pdffonts")
    lines = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    fonts = []
    for line in lines[2:]:
        parts = line.split()
        if len(parts) >= 7:
            fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3],
                          "type": " ".join(parts[1:-6])})
    return fonts


def libreoffice_convert(paths, out_dir: Path, fmt: str = "pdf") -> None:
    """Convert files with LibreOffice (headless, own profile), with the program's font as its only font."""
    (soffice,) = need("soffice")
    out_dir = Path(out_dir)
    conf = write_fontconfig(out_dir / "lo-fonts", SHIPPED_FONTS)
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    subprocess.run([soffice, f"-env:UserInstallation=file://{out_dir}/lo-profile", "--headless", "--convert-to",
                    fmt, "--outdir", str(out_dir)] + [str(p) for p in paths], capture_output=True, check=True,
                   timeout=180, env=env)
