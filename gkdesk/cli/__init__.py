"""`gkdesk`: with no subcommand it opens the window; subcommands serve scripting, support staff and tests.

Each area registers its subcommands from its own module (core, subsidy, interp, catalog)."""
from __future__ import annotations

import argparse
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

    def __init__(self, *args, add_help: bool = True, **kwargs):
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "用法：", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "用法：", 1)

    def error(self, message: str):
        for pattern, chinese in _ARGPARSE_CN:
            message = re.sub(pattern, chinese, message)
        self.exit(2, f"{self.prog}：{message.rstrip('。')}。请用“{self.prog} -h”查看用法。\n")


def build_parser() -> argparse.ArgumentParser:
    from gkdesk.cli import catalog, core, interp, subsidy
    from gkdesk.cli import report as annual_report
    from gkdesk.cli import requests as info_requests

    common = ChineseArgumentParser(add_help=False)
    add_common(common, suppress=True)
    parser = ChineseArgumentParser(prog="gkdesk", description="基层政务公开工作台")
    add_common(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"gkdesk {__version__}", help="显示版本并退出")
    parser.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="命令")
    for module in (core, interp, subsidy, catalog, info_requests, annual_report):
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.today is not None:
            clock.set_today(clock.parse_day(args.today, "--today 的日期"))
        clock.today()   # a GKDESK_TODAY that is no date is said here, once, before anything runs
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
    finally:
        close_opened()


