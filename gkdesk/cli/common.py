"""What every subcommand shares: --data-dir, --today, opening the database, the errors shown as one sentence."""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import TYPE_CHECKING

from gkdesk.paths import DataFolder, data_dir
from gkdesk.services.errors import USER_ERRORS  # noqa: F401  (re-exported for the commands)

if TYPE_CHECKING:   # the store (SQLAlchemy) loads when a command opens the database: see cli/subsidy.cmd_import
    from gkdesk.store.db import Database


def add_common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", default=default, metavar="文件夹",
                        help="数据文件夹（默认：用户数据目录；也可用环境变量 GKDESK_DATA_DIR）")
    parser.add_argument("--today", default=default, metavar="YYYY-MM-DD",
                        help="把“今天”固定为某日（也可用 GKDESK_TODAY），用于核对期限")


def year_arg(text: str) -> int:
    """argparse type of every --year: a whole number within the years the clock can count in."""
    from gkdesk import clock

    try:
        return clock.check_year(int(text))
    except ValueError as exc:   # DateError is a ValueError too
        raise argparse.ArgumentTypeError(str(exc) if str(exc).startswith("年份") else f"“{text}”不是年份") from None


def day_or_today(text: str | None, what: str):
    """A command's date argument (`--date`, `--start`…): absent means today; given, it must be a date the
    program can count from (clock.parse_day)."""
    from gkdesk import clock

    return clock.today() if text is None else clock.parse_day(text, what)


def folder(args) -> DataFolder:
    return DataFolder(data_dir(args.data_dir))


# Commands mark themselves with set_defaults: `reads_only=True` (they write nothing to the database, so they take no
# lock and may run beside the window), `creates_folder=True` (init, demo: the only ones that may create an absent
# data folder). Every other command writes: it holds the data folder's lock while it runs.
_opened: list[Database] = []


def open_db(args, start_backup: bool = True) -> Database:
    from gkdesk.store.db import open_database

    reads_only = getattr(args, "reads_only", False)
    db = open_database(folder(args), start_backup=start_backup and not reads_only,
                       create=getattr(args, "creates_folder", False),
                       holder=None if reads_only else command_holder(args))
    _opened.append(db)
    if not reads_only:
        log_to_folder(args)
    for warning in db.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    return db


def log_to_folder(args) -> None:
    """A writing command logs into the data folder's log file, as the window does (backups, restores…); best
    effort: a folder that cannot take it does not stop the command."""
    from gkdesk.logfile import setup_logging

    with contextlib.suppress(OSError):
        if folder(args).root.is_dir():
            setup_logging(folder(args).log_file)


def close_opened() -> None:
    """Close what the command opened (and give up the data folder's lock): main() calls it when a command ends."""
    while _opened:
        _opened.pop().close()


def command_holder(args) -> str:
    """命令“gkdesk subsidy import”: the command and its subcommands, as the lock names the holder."""
    words = [value for key, value in vars(args).items()
             if (key == "command" or key.endswith("_command")) and isinstance(value, str)]
    return f"命令“gkdesk {' '.join(words)}”"


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
