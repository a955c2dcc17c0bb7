"""`gkdesk`: with no subcommand it opens the window; subcommands serve scripting, support staff and tests.

Each area registers its subcommands from its own module (core, subsidy, interp, catalog)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Sequence

from gkdesk import __version__, clock
from gkdesk.cli.common import USER_ERRORS, add_common


def build_parser() -> argparse.ArgumentParser:
    from gkdesk.cli import catalog, core, interp, subsidy

    common = argparse.ArgumentParser(add_help=False)
    add_common(common, suppress=True)
    parser = argparse.ArgumentParser(prog="gkdesk", description="基层政务公开工作台")
    add_common(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"gkdesk {__version__}")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for module in (core, interp, subsidy, catalog):
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.today:
            clock.set_today(_parse_today(args.today))
        if not args.command:
            from gkdesk.gui.app import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except USER_ERRORS as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130


def _parse_today(text: str) -> dt.date:
    from gkdesk.services.errors import UserError

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--today 的日期“{text}”格式不对，请写成 2026-11-23。") from None


