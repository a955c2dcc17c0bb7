"""Compile every ui/*.ui into gkdesk/gui/forms/ui_<name>.py with pyside6-uic.

Run `python -m gkdesk.gui.compile_forms` (or `make forms`) after editing a form in Qt Designer."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"


def header(ui_file: Path) -> str:
    return f"# Generated from ui/{ui_file.name} by gkdesk.gui.compile_forms — do not edit.\n"


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def uic_command() -> list[str]:
    beside = Path(sys.executable).parent / ("pyside6-uic.exe" if sys.platform == "win32" else "pyside6-uic")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("pyside6-uic")
    return [found] if found else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_form(ui_file: Path, target: Path) -> None:
    """Write the generated module for `ui_file` to `target`, with the header line first."""
    out = subprocess.run([*uic_command(), "--generator", "python", str(ui_file)],
                         check=True, capture_output=True, text=True, encoding="utf-8")
    target.write_text(header(ui_file) + out.stdout, encoding="utf-8", newline="\n")


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def main() -> int:
    for ui_file in ui_files():
        compile_form(ui_file, target_for(ui_file))
        print(f"{ui_file.relative_to(ROOT)} → {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
