"""Where things are: resources (checkout, wheel or PyInstaller bundle) and the data folder."""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "gkdesk"
PORTABLE_DIR_NAME = "gkdesk-data"
DB_FILE_NAME = "gkdesk.sqlite3"


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout; inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    installed = package_dir() / "resources"
    if installed.is_dir():
        return installed
    return package_dir().parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def launcher_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The data folder: --data-dir, then GKDESK_DATA_DIR, then a portable `gkdesk-data` beside the launcher,
    then the user data folder from platformdirs."""
    if override:
        path = Path(override)
    elif os.environ.get("GKDESK_DATA_DIR"):
        path = Path(os.environ["GKDESK_DATA_DIR"])
    elif (launcher_dir() / PORTABLE_DIR_NAME).is_dir():
        path = launcher_dir() / PORTABLE_DIR_NAME
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    return path.expanduser().resolve()


class DataFolder:
    """The layout inside one data folder."""

    def __init__(self, root: Path):
        self.root = Path(root)

    @property
    def db_path(self) -> Path:
        return self.root / DB_FILE_NAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def log_file(self) -> Path:
        return self.root / "logs" / "gkdesk.log"

    def ensure(self) -> "DataFolder":
        for p in (self.root, self.backups, self.attachments, self.log_file.parent):
            p.mkdir(parents=True, exist_ok=True)
        return self
