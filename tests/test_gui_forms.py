"""The compiled forms match their .ui files, and Qt stays inside gkdesk/gui/."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from gkdesk.gui import compile_forms

ROOT = Path(__file__).resolve().parents[1]


def _body(text: str) -> str:
    """The generated code without our header line and uic's version stamp (which differs between Qt releases)."""
    text = text.split("\n", 1)[1] if text.startswith("# Generated from") else text
    return re.sub(r"^## Created by: Qt User Interface Compiler version .*$", "", text, flags=re.MULTILINE)


@pytest.mark.parametrize("ui_file", compile_forms.ui_files(), ids=lambda p: p.name)
def test_compiled_form_is_up_to_date(ui_file, tmp_path):
    committed = compile_forms.target_for(ui_file)
    assert committed.exists(), f"{ui_file.name} 没有编译：运行 `make forms` 生成 {committed.name}"
    fresh = tmp_path / committed.name
    compile_forms.compile_form(ui_file, fresh)
    assert fresh.read_text(encoding="utf-8").startswith(compile_forms.header(ui_file))
    assert _body(committed.read_text(encoding="utf-8")) == _body(fresh.read_text(encoding="utf-8")), (
        f"gkdesk/gui/forms/{committed.name} is stale: ui/{ui_file.name} changed since it was compiled. "
        "Run `make forms`.")


def test_every_compiled_form_has_its_ui_file():
    forms = {p.stem for p in compile_forms.FORMS_DIR.glob("ui_*.py")}
    assert forms == {f"ui_{p.stem}" for p in compile_forms.ui_files()}


def test_nothing_outside_gui_imports_qt():
    pattern = re.compile(r"^\s*(import\s+PySide6|from\s+PySide6)", re.MULTILINE)
    gui = ROOT / "gkdesk" / "gui"
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "gkdesk").rglob("*.py")
                 if gui not in p.parents and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
