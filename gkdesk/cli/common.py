"""What every subcommand shares: --data-dir, --today, opening the database, the errors shown as one sentence."""
from __future__ import annotations

import argparse
import json

from gkdesk.paths import DataFolder, data_dir
from gkdesk.services.errors import USER_ERRORS  # noqa: F401  (re-exported for the commands)
from gkdesk.store.db import Database, open_database


def add_common(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", default=default, metavar="文件夹",
                        help="数据文件夹（默认：用户数据目录；也可用环境变量 GKDESK_DATA_DIR）")
    parser.add_argument("--today", default=default, metavar="YYYY-MM-DD",
                        help="把“今天”固定为某日（也可用 GKDESK_TODAY），用于核对期限")


def folder(args) -> DataFolder:
    return DataFolder(data_dir(args.data_dir))


def open_db(args, start_backup: bool = True) -> Database:
    return open_database(folder(args), start_backup=start_backup)


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))
