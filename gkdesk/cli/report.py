"""`gkdesk report annual`: the 政府信息公开工作年度报告 of a year — shown, written to .docx/.xlsx, as JSON, its table 二
entered, its texts set, 定稿 and 重新打开. Thin: every command calls services/annual_report.py. Nothing here imports
python-docx or openpyxl until a file is written, and nothing imports Qt."""
from __future__ import annotations

import sys
from pathlib import Path

from gkdesk import clock
from gkdesk.cli.common import open_db, print_json, year_arg
from gkdesk.domain import annual_report as ar
from gkdesk.services import annual_report as report
from gkdesk.services.errors import UserError


def register(sub, common) -> None:
    p = sub.add_parser("report", parents=[common], help="年度报告：政府信息公开工作年度报告")
    rsub = p.add_subparsers(dest="report_command", metavar="报告", required=True)
    q = rsub.add_parser("annual", parents=[common],
                        help="政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）：查看、填写表二、导出、定稿")
    q.add_argument("--year", type=year_arg, metavar="年份", help="报告年度（默认：3月底前为上一年，之后为本年）")
    q.add_argument("--set", nargs="+", default=[], metavar="栏目=值",
                   help="填写表二，如 行政规范性文件.本年制发件数=2 行政处罚=5 行政事业性收费=1.25（万元）；值留空则清除")
    q.add_argument("--text", nargs=2, action="append", default=[], metavar=("部分", "文字"),
                   help="写某部分的文字，如 --text 监督保障 \"……\"；文字写 @文件名 则从文本文件读取（UTF-8）")
    q.add_argument("--redraft", action="append", default=[], metavar="部分", help="放弃某部分的修改，恢复起草稿")
    q.add_argument("--deadline", metavar="月日", help="县里要求的报送期限，如 1月15日（设置，各年通用）")
    q.add_argument("--finalize", action="store_true", help="定稿（锁定，有“须改正”的检查项时不能定稿）")
    q.add_argument("--reopen", metavar="原因", help="重新打开已定稿的报告，须写明原因")
    q.add_argument("-o", "--output", metavar="文件", help="导出为 .docx（公文格式）或 .xlsx（每表一页，供县里汇总）")
    q.add_argument("--json", action="store_true", help="以 JSON 输出各表（{行: {列: 数}}，用格式原文）、正文和检查结果")
    q.set_defaults(func=cmd_annual)


def _text_value(value: str) -> str:
    if value.startswith("@"):
        path = Path(value[1:])
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"读不了文字文件“{path}”（{exc.__class__.__name__}），请确认文件存在且为 UTF-8 编码。") from None
    return value


def cmd_annual(args) -> int:
    year = args.year or report.default_year()
    db = open_db(args)
    done: list[str] = []
    writes = args.set or args.text or args.redraft or args.deadline or args.finalize or args.reopen
    if writes:
        with db.transaction() as s:
            if args.deadline:
                month, day = report.set_county_deadline(s, args.deadline)
                done.append(f"县里要求的报送期限设为每年{month}月{day}日")
            if args.reopen:
                report.reopen(s, year, args.reopen)
                done.append(f"已重新打开{year}年度报告（原因：{args.reopen}）")
            for row, column, value in report.set_values(s, year, args.set):
                shown = f"{ar.wan_yuan(value)}万元" if (row, column) == ar.MONEY_CELL else f"{value}件"
                done.append(f"表二“{row}”{column}：{shown}")
            for part, value in args.text:
                part = report.set_text(s, year, part, _text_value(value)).part
                done.append(f"已保存“{part}”")
            for part in args.redraft:
                done.append(f"“{report.redraft(s, year, part).part}”已恢复为起草稿")
            if args.finalize:
                report.finalize(s, year, clock.today())
                done.append(f"{year}年度报告已定稿")
    with db.session() as s:
        view = report.build(s, year)
        if args.output:
            out = report.write(s, year, args.output)
            done.append(f"已导出：{out.resolve()}")
            if warning := report.draft_warning(view):
                print(f"注意：{warning}", file=sys.stderr)
        data = report.report_json(view)
    if args.json:
        print_json(data)
        return 0
    for line in done:
        print(line)
    if not done or not args.output:
        print(_summary(view))
    return 0


def _summary(view: report.AnnualReportView) -> str:
    t3 = view.table3
    total = ar.TOTAL
    lines = [f"{view.title}（{view.state}{'，' + view.finalized_on.isoformat() if view.finalized_on else ''}）",
             (f"  表三：新收{t3[ar.ROW_NEW][total]}件，上年结转{t3[ar.ROW_CARRIED_IN][total]}件，"
              f"办理结果总计{t3[ar.ROW_RESULTS_TOTAL][total]}件，结转下年度{t3[ar.ROW_CARRIED_OUT][total]}件"
              f"（勾稽关系{'成立' if view.identity_holds else '不成立'}）"),
             (f"  表四：行政复议{view.table4['行政复议'][total]}件，行政诉讼"
              f"{view.table4['未经复议直接起诉'][total] + view.table4['复议后起诉'][total]}件"),
             f"  报送期限：县里{view.deadlines.county.isoformat()}，法定{view.deadlines.legal.isoformat()}"]
    if view.checks:
        lines.append("  检查：")
        lines += [f"    [{ar.CHECK_LEVELS[c.level]}] {c.text}" for c in sorted(view.checks, key=_by_level)]
    else:
        lines.append("  检查：没有发现问题。")
    return "\n".join(lines)


def _by_level(check: ar.Check) -> int:
    """须改正 first, then 请核对, then 说明 (as the window lists them)."""
    return list(ar.CHECK_LEVELS).index(check.level)
