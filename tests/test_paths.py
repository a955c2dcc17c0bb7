"""Which data folder is used: --data-dir, then GKDESK_DATA_DIR, then a portable gkdesk-data beside the launcher,
then the user data folder."""
from __future__ import annotations

import sys

from gkdesk import paths


def test_order_of_precedence(tmp_path, monkeypatch):
    launcher = tmp_path / "usb"
    (launcher / "gkdesk-data").mkdir(parents=True)
    monkeypatch.setattr(sys, "argv", [str(launcher / "gkdesk.exe")])
    monkeypatch.delenv("GKDESK_DATA_DIR", raising=False)
    assert paths.data_dir() == (launcher / "gkdesk-data").resolve()
    monkeypatch.setenv("GKDESK_DATA_DIR", str(tmp_path / "env"))
    assert paths.data_dir() == (tmp_path / "env").resolve()
    assert paths.data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()


def test_user_data_folder_when_nothing_else_is_given(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "argv", [str(tmp_path / "bin" / "gkdesk")])
    monkeypatch.delenv("GKDESK_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "xdg"))
    assert paths.data_dir().name == "gkdesk"
    assert str(paths.data_dir()).startswith(str(tmp_path / "xdg"))


def test_resources_are_found_from_a_checkout():
    assert paths.resources_dir().is_dir()
