"""`gkdesk`: with no subcommand it opens the window; subcommands serve scripting, support staff and tests.

Each area registers its subcommands from its own module (core, interp, subsidy, catalog, requests, report),
listed in AREAS with the top-level commands it adds. Only the areas named on the command line are imported (all of them for `-h` or a
mistyped command), so `gkdesk due` does not pay for the catalog reader or the notice writers.

Adding an area (e.g. `gkdesk notify …`):
1. write gkdesk/cli/notify.py with `register(sub, common)`, which adds the parser "notify" (parents=[common])
   and sets `func=` on each of its commands;
2. add `"notify": ("notify",)` to AREAS below (module name → its top-level commands).
A command imports what only it needs (Qt, python-docx, openpyxl, Alembic) inside its function, not at the top of
its module: tests/test_cli_startup.py checks that `gkdesk due` and `gkdesk subsidy list` load none of them.
"""
from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
from typing import Sequence

from gkdesk import __version__, clock
from gkdesk.cli.common import USER_ERRORS, add_common, close_opened


_ARGPARSE_CN = [  # argparse's own messages, which it only has in English
    (r"the following arguments are required: (.*)", r"缺少必需的参数：\1"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
    (r"argument (\S+): invalid choice: (\S+) \(choose from (.*)\)", r"参数 \1 的值 \2 无效，可选：\3"),
    (r"argument (\S+): expected one argument", r"参数 \1 后面需要一个值"),
    (r"argument (\S+): invalid \w+ value: (.*)", r"参数 \1 的值 \2 无效"),
    (r"argument (\S+): (.*)", r"参数 \1：\2"),
]


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its headings, help option and errors in Chinese (subcommand parsers inherit the class)."""

    def __init__(self, *args, add_help: bool = True, parents=(), **kwargs):
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
        # The parents' options join the groups by title, so they go in after the titles are Chinese (argparse
        # itself adds them before: 选项 would then be printed twice).
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "用法：", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "用法：", 1)

    def error(self, message: str):
        for pattern, chinese in _ARGPARSE_CN:
            message = re.sub(pattern, chinese, message)
        self.exit(2, f"{self.prog}：{message.rstrip('。')}。请用“{self.prog} -h”查看用法。\n")


# module in gkdesk.cli → the top-level commands its register() adds, in the order `gkdesk -h` lists them
AREAS: dict[str, tuple[str, ...]] = {
    "core": ("init", "demo", "due", "backup", "restore", "check", "calendar"),
    "interp": ("interp",),
    "subsidy": ("subsidy",),
    "catalog": ("catalog",),
    "requests": ("request",),
    "report": ("report",),
}


def areas_for(argv: Sequence[str] | None) -> list[str]:
    """The areas whose commands appear in ``argv`` (an option's value that happens to be a command name only
    loads one area more); every area when none does."""
    named = set(argv or ())
    chosen = [area for area, commands in AREAS.items() if named & set(commands)]
    return chosen or list(AREAS)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the areas ``argv`` needs (all of them without ``argv``)."""
    common = ChineseArgumentParser(add_help=False)
    add_common(common, suppress=True)
    parser = ChineseArgumentParser(prog="gkdesk", description="基层政务公开工作台")
    add_common(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"gkdesk {__version__}", help="显示版本并退出")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for area in areas_for(argv):
        importlib.import_module(f"gkdesk.cli.{area}").register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        if args.today is not None:
            clock.set_today(clock.parse_day(args.today, "--today 的日期"))
        clock.today()   # a GKDESK_TODAY that is no date is said here, once, before anything runs
        if not args.command:
            from gkdesk.gui.app import run_gui

            return run_gui(args)
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # inside the try: a reader that went away is answered below, not at exit
        return code
    except USER_ERRORS as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `gkdesk … | head` stopped reading: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit flush does not fail again
        return 141
    finally:
        close_opened()


