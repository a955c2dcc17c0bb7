"""`gkdesk interp …`: 政策解读 records, the monthly 报备表, 已报送, yearly targets."""
from __future__ import annotations

import sys
from pathlib import Path

from gkdesk import clock
from gkdesk.cli.common import day_or_today, open_db, print_json, year_arg
from gkdesk.domain.dates import format_cn
from gkdesk.services import interp
from gkdesk.services.errors import UserError


def register(sub, common) -> None:
    p = sub.add_parser("interp", parents=[common], help="政策解读报备：记录、月度报备表、已报送、年度目标")
    isub = p.add_subparsers(dest="interp_command", metavar="操作", required=True)

    q = isub.add_parser("add", parents=[common], help="新增一条解读记录")
    q.add_argument("--policy", required=True, metavar="名称", help="政策文件名称")
    q.add_argument("--title", required=True, metavar="标题", help="解读标题")
    q.add_argument("--form", required=True, metavar="形式", help="解读形式：" + "、".join(interp.INTERP_FORMS))
    q.add_argument("--published", required=True, metavar="日期", help="解读发布日期")
    q.add_argument("--doc-number", default="", metavar="文号")
    q.add_argument("--drafter", default="", metavar="单位", help="起草单位")
    q.add_argument("--policy-date", default="", metavar="日期", help="文件发布日期")
    q.add_argument("--interpreter", default="", metavar="姓名", help="解读人")
    q.add_argument("--role", default="", metavar="职务", help="解读人职务：" + "、".join(interp.INTERP_ROLES))
    q.add_argument("--channels", default="", metavar="甲,乙", help="发布渠道，用逗号或顿号分隔")
    q.add_argument("--link", default="", metavar="网址")
    q.add_argument("--remark", default="", metavar="备注")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_add)

    q = isub.add_parser("list", parents=[common], help="列出解读记录")
    q.add_argument("--month", metavar="YYYY-MM")
    q.add_argument("--year", type=year_arg, metavar="年份")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list, reads_only=True)

    q = isub.add_parser("delete", parents=[common], help="删除一条解读记录")
    q.add_argument("id", type=int, metavar="编号")
    q.set_defaults(func=cmd_delete)

    q = isub.add_parser("import", parents=[common], help="从 .xlsx/.xls 导入原有的报备表（整表导入，有错误则不导入）")
    q.add_argument("file", metavar="文件")
    q.add_argument("--sheet", default=None, metavar="工作表")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_import)

    q = isub.add_parser("report", parents=[common], help="生成某月的政策解读情况报备表（.xlsx 或 .docx）")
    q.add_argument("--month", required=True, metavar="YYYY-MM")
    q.add_argument("--format", choices=interp.REPORT_FORMATS, default=None, help="默认按输出文件的扩展名")
    q.add_argument("-o", "--output", metavar="文件", help="默认：当前文件夹中的“××镇YYYY年M月政策解读报备表”")
    q.add_argument("--filler", default=None, metavar="姓名", help="填报人（保存到该月表头）")
    q.add_argument("--phone", default=None, metavar="电话", help="联系电话（保存到该月表头）")
    q.add_argument("--reviewer", default=None, metavar="姓名", help="审核人（保存到该月表头）")
    q.add_argument("--filled-on", default=None, metavar="日期", help="填报日期（保存到该月表头）")
    q.set_defaults(func=cmd_report)

    q = isub.add_parser("submit", parents=[common], help="把某月报备表标记为已报送（该月记录随即锁定）")
    q.add_argument("--month", required=True, metavar="YYYY-MM")
    q.add_argument("--date", default=None, metavar="日期", help="报送日期，默认今天")
    q.set_defaults(func=cmd_submit)

    q = isub.add_parser("reopen", parents=[common], help="重新打开已报送的月份，以便更正记录")
    q.add_argument("--month", required=True, metavar="YYYY-MM")
    q.set_defaults(func=cmd_reopen)

    q = isub.add_parser("targets", parents=[common], help="年度解读目标及完成情况")
    q.add_argument("--year", type=year_arg, metavar="年份", help="默认今年")
    q.add_argument("--set", action="append", default=[], metavar="名称=次数",
                   help="修改目标，如 --set 视频=2 --set 主要负责人=2；次数为0表示今年不设该目标")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_targets)


def _date_arg(text: str, what: str):
    return day_or_today(text, what)


def cmd_add(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        record = interp.add_record(
            s, policy_title=args.policy, title=args.title, form=args.form,
            published_on=_date_arg(args.published, "解读发布日期"),
            doc_number=args.doc_number, drafting_unit=args.drafter, policy_published_on=args.policy_date,
            interpreter=args.interpreter, role=args.role, channels=args.channels, link=args.link,
            remark=args.remark)
        status = interp.sync_statuses(s, [record])[record.id]
        data = interp.record_json(record, status)
    if args.json:
        print_json(data)
    else:
        print(f"已新增解读记录 {data['id']}：{data['title']}（{data['form']}，{data['published_on']}，"
              f"是否同步发布：{status.label}）")
    return 0


def cmd_list(args) -> int:
    db = open_db(args)
    with db.session() as s:
        month = interp.month_key(args.month) if args.month else None
        records = interp.list_records(s, month=month, year=args.year)
        statuses = interp.sync_statuses(s, records)
        data = [interp.record_json(r, statuses[r.id]) for r in records]
    if args.json:
        print_json(data)
        return 0
    if not data:
        print(f"{interp.month_title(month) if month else ''}没有解读记录。")
        return 0
    for d in data:
        print(f"{d['id']:>4}  {d['published_on']}  {d['form']:<6} {d['title']}  "
              f"[{d['interpreter'] or '—'}/{d['role']}]  同步：{d['sync']}")
    print(f"共 {len(data)} 条。")
    return 0


def cmd_delete(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        snapshot = interp.delete_record(s, args.id)
    print(f"已删除解读记录 {args.id}：{snapshot['title']}")
    return 0


def cmd_import(args) -> int:
    db = open_db(args)
    sheet = args.sheet
    if sheet is not None and sheet.isdigit():
        sheet = int(sheet) - 1
    added, result = interp.import_file(db, Path(args.file), sheet)
    if args.json:
        print_json({"added": added or 0, "skipped": result.skipped, "ok": result.ok,
                    "problems": [p.to_json() for p in result.problems]})
        return 0 if result.ok else 1
    for p in result.problems:
        print(f"[{p.severity}] {p.text()}", file=sys.stderr if p.is_error else sys.stdout)
    if not result.ok:
        print(f"文件“{Path(args.file).name}”有{len(result.errors)}处错误，请改正后重新导入；本次没有导入任何记录。",
              file=sys.stderr)
        return 1
    skipped = f"，跳过已有的 {result.skipped} 条" if result.skipped else ""
    print(f"已导入 {added} 条解读记录{skipped}。")
    return 0


def cmd_report(args) -> int:
    db = open_db(args)
    month = interp.month_key(args.month)
    if any(v is not None for v in (args.filler, args.phone, args.reviewer, args.filled_on)):
        with db.transaction() as s:
            interp.save_header(s, month, filler=args.filler, phone=args.phone, reviewer=args.reviewer,
                               filled_on=args.filled_on)
    with db.session() as s:
        if args.output:
            out = Path(args.output)
            suffix = out.suffix.lstrip(".").lower()
            fmt = args.format or suffix or "xlsx"
            if not suffix:
                out = out.with_suffix("." + fmt)
            elif suffix != fmt:
                raise UserError(f"输出文件“{out.name}”的扩展名与格式 {fmt} 不一致，请把文件名改为 .{fmt} 结尾。")
        else:
            fmt = args.format or "xlsx"
            out = Path(interp.report_file_name(s, month, fmt))
        interp.write_report(s, month, out, fmt)
        count = len(interp.list_records(s, month=month))
    what = f"{count}条解读" if count else interp.NIL_TEXT
    print(f"已生成{interp.month_title(month)}政策解读情况报备表（{what}）：{out.resolve()}")
    unfinished = interp.unfinished_month(month, clock.today())
    if unfinished:
        print(f"注意：{unfinished}，报备表只含到今天为止登记的解读，月底后请重新生成再报送。", file=sys.stderr)
    return 0


def cmd_submit(args) -> int:
    db = open_db(args)
    day = _date_arg(args.date, "报送日期")
    with db.transaction() as s:
        filing = interp.submit_month(s, args.month, day)
        month = filing.month
    print(f"已将{interp.month_title(month)}政策解读报备表标记为已报送（{format_cn(day)}），该月记录已锁定。")
    unfinished = interp.unfinished_month(month, clock.today())
    if unfinished:
        print(f"注意：{unfinished}，本月之后发布的解读将不能再登记到{interp.month_title(month)}；"
              "确需补登时请先“gkdesk interp reopen”。", file=sys.stderr)
    return 0


def cmd_reopen(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        filing = interp.reopen_month(s, args.month)
        month = filing.month
    print(f"已重新打开{interp.month_title(month)}，可以修改该月记录；改好后请重新报送并标记。")
    return 0


def cmd_targets(args) -> int:
    db = open_db(args)
    year = args.year or clock.today().year
    with db.transaction() as s:
        interp.ensure_targets(s, year)
        for item in args.set:
            name, sep, number = item.partition("=")
            if not sep:
                raise UserError(f"“{item}”的写法不对，请写成“视频=2”这样的“名称=次数”。")
            dimension, official = interp.parse_target_name(name)
            interp.set_target(s, year, dimension, official, number.strip())
    with db.session() as s:
        progress = interp.target_table(s, year)
    if args.json:
        print_json({"year": year, "targets": [p.to_json() for p in progress]})
        return 0
    print(f"{year}年政策解读目标：")
    for p in progress:
        if p.minimum == 0:
            print(f"  {p.label.split(' ')[0]}：不设目标")
        else:
            print(f"  {p.label}  {'已完成' if p.met else '未完成'}")
    return 0
