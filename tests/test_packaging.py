"""What ships: a wheel carries resources/ and the migrations; the Linux bundle installs into the menu and comes out
again without touching data; the Windows installer script is Chinese, needs Windows 10 and keeps data out of
Program Files. (`make bundle` builds the bundle itself and runs its smoke check; CI runs it.)"""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
posix_only = pytest.mark.skipif(os.name != "posix", reason="the Linux installer script is POSIX sh")


def test_a_built_package_carries_resources_and_migrations_and_finds_them(tmp_path):
    build = tmp_path / "lib"
    subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(build)], cwd=ROOT,
                   check=True, capture_output=True)
    assert (build / "gkdesk" / "resources" / "style.qss").is_file()
    assert (build / "gkdesk" / "resources" / "catalog" / "reference.json").is_file()
    # the Chinese font and its licence (the PyInstaller spec takes resources/ whole)
    assert (build / "gkdesk" / "resources" / "fonts" / "GkdeskSerifSC-Regular.ttf").stat().st_size > 1_000_000
    assert (build / "gkdesk" / "resources" / "fonts" / "OFL.txt").is_file()
    assert sorted(p.name for p in (build / "gkdesk" / "store" / "migrations" / "versions").glob("0*.py")) == \
        sorted(p.name for p in (ROOT / "gkdesk" / "store" / "migrations" / "versions").glob("0*.py"))
    found = subprocess.run([sys.executable, "-c", "from gkdesk import paths; print(paths.resources_dir())"],
                           cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(build)},
                           check=True, capture_output=True, text=True).stdout.strip()
    assert Path(found) == build / "gkdesk" / "resources"


def _fake_bundle(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ("gkdesk.desktop", "install.sh"):
        shutil.copy2(PACKAGING / "linux" / name, folder / name)
    shutil.copy2(PACKAGING / "icons" / "gkdesk.png", folder / "gkdesk.png")
    program = folder / "gkdesk"
    program.write_text("#!/bin/sh\necho gkdesk\n")
    program.chmod(0o755)
    return folder


def _install(bundle: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    return subprocess.run(["sh", str(bundle / "install.sh"), "--user", *args], env=env, capture_output=True,
                          text=True)


@posix_only
def test_linux_install_puts_the_program_in_the_menu_and_remove_leaves_the_data(tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "gkdesk"
    data.mkdir(parents=True)
    (data / "gkdesk.sqlite3").write_bytes(b"records")
    bundle = _fake_bundle(tmp_path / "usb" / "gkdesk")

    done = _install(bundle, home)
    assert done.returncode == 0, done.stderr
    assert "已安装" in done.stdout
    prefix = home / ".local" / "opt" / "gkdesk"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(home / ".local" / "share" / "applications" / "gkdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == str(prefix / "gkdesk") and desktop["Name[zh_CN]"] == "基层政务公开工作台"
    assert desktop["Type"] == "Application" and "Office" in desktop["Categories"]
    assert (home / ".local" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "gkdesk.png").is_file()
    assert subprocess.run([str(home / ".local" / "bin" / "gkdesk")], capture_output=True, text=True).stdout == \
        "gkdesk\n"

    gone = _install(prefix, home, "--remove")
    assert gone.returncode == 0 and "数据文件夹保留未动" in gone.stdout
    assert not prefix.exists() and not (home / ".local" / "share" / "applications" / "gkdesk.desktop").exists()
    assert (data / "gkdesk.sqlite3").read_bytes() == b"records"


@posix_only
def test_a_portable_copy_is_not_installed(tmp_path):
    bundle = _fake_bundle(tmp_path / "usb" / "gkdesk")
    (bundle / "gkdesk-data").mkdir()
    done = _install(bundle, tmp_path / "home")
    assert done.returncode == 1 and "便携版" in done.stderr
    assert not (tmp_path / "home" / ".local" / "opt").exists()


def test_the_windows_installer_script_is_chinese_needs_windows_10_and_never_ships_data():
    raw = (PACKAGING / "windows" / "gkdesk.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with the byte-order mark
    script = raw.decode("utf-8-sig")
    setup = dict(line.split("=", 1) for line in script.split("[Setup]")[1].split("\n[")[0].splitlines()
                 if "=" in line and not line.startswith(";"))
    assert setup["MinVersion"] == "10.0" and setup["PrivilegesRequired"] == "lowest"
    assert 'MessagesFile: "compiler:Languages\\ChineseSimplified.isl"' in script
    files = next(line for line in script.splitlines() if line.startswith("Source:"))
    assert 'dist\\gkdesk\\*' in files and "gkdesk-data" in files.split("Excludes:")[1]

