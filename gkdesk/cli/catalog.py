"""`gkdesk catalog …`: the standard catalog, its import and export, and the disclosure ledger."""
from __future__ import annotations

import re
from pathlib import Path

from gkdesk import clock
from gkdesk.cli.common import day_or_today, open_db, print_json, year_arg
from gkdesk.io.catalog_reader import normalize_channel
from gkdesk.services import calendar, catalog
from gkdesk.services.errors import UserError


def register(sub, common) -> None:
    p = sub.add_parser("catalog", parents=[common], help="标准目录与公开台账")
    csub = p.add_subparsers(dest="catalog_command", metavar="操作", required=True)

    q = csub.add_parser("list", parents=[common], help="列出目录的领域和事项，以及今年的公开次数")
    q.add_argument("--year", type=year_arg, metavar="年份", help="统计公开次数的年份（默认今年）")
    q.add_argument("--all", action="store_true", help="也列出隐藏的领域")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list, reads_only=True)

    q = csub.add_parser("reference", parents=[common], help="载入程序自带的参考模板（26个领域和常见乡镇事项）")
    q.set_defaults(func=cmd_reference)

    q = csub.add_parser("import", parents=[common], help="导入本县发布的标准目录（.xlsx/.xls）；再次导入时更新而不重复")
    q.add_argument("file", metavar="文件")
    q.add_argument("--sheet", metavar="工作表", help="只读这个工作表（默认：所有含目录表头的工作表）")
    q.add_argument("--dry-run", action="store_true", help="只预览每行的识别结果和问题，不保存")
    q.add_argument("--keep-reference", action="store_true", help="保留参考模板中本县目录没有的事项")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_import)

    q = csub.add_parser("export", parents=[common], help="按标准版式（两行表头）导出目录")
    q.add_argument("--format", choices=("xlsx", "docx"), help="默认按文件扩展名")
    q.add_argument("-o", "--output", required=True, metavar="文件")
    q.add_argument("--all", action="store_true", help="也导出隐藏的领域")
    q.add_argument("--applicable-only", action="store_true", help="只导出本镇适用的事项")
    q.set_defaults(func=cmd_export, reads_only=True)

    q = csub.add_parser("ledger", parents=[common], help="导出一年的公开台账（.xlsx）")
    q.add_argument("--year", type=year_arg, metavar="年份", help="默认今年")
    q.add_argument("-o", "--output", required=True, metavar="文件.xlsx")
    q.set_defaults(func=cmd_ledger, reads_only=True)

    q = csub.add_parser("record", parents=[common], help="登记一次公开（或已形成、待公开的信息）")
    q.add_argument("item", metavar="事项", help="事项编号，或“一级事项/二级事项”")
    q.add_argument("--title", required=True, metavar="标题")
    q.add_argument("--formed", required=True, metavar="日期", help="信息形成日期")
    q.add_argument("--published", metavar="日期", help="公开日期（未公开则不填）")
    q.add_argument("--channels", metavar="渠道,渠道", help="默认用事项的公开渠道")
    q.add_argument("--place", default="", metavar="地点或链接")
    q.add_argument("--handler", default="", metavar="经办人")
    q.add_argument("--reviewer", default="", metavar="审查人", help="保密审查人")
    q.add_argument("--reviewed", metavar="日期", help="保密审查日期")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_record)

    q = csub.add_parser("published", parents=[common], help="把一条待公开记录登记为已公开")
    q.add_argument("record", type=int, metavar="记录编号")
    q.add_argument("--on", required=True, metavar="日期", help="公开日期")
    q.add_argument("--reviewer", metavar="审查人")
    q.add_argument("--reviewed", metavar="日期")
    q.set_defaults(func=cmd_published)

    q = csub.add_parser("records", parents=[common], help="列出一个事项的公开记录和状态")
    q.add_argument("item", metavar="事项")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_records, reads_only=True)

    q = csub.add_parser("rule", parents=[common], help="查看或更正事项公开时限的计算规则")
    q.add_argument("item", metavar="事项")
    q.add_argument("--event", metavar="起算事件", help="例如“信息形成或者变更之日”")
    q.add_argument("--days", type=int, metavar="天数")
    q.add_argument("--unit", choices=("工作日", "自然日"))
    q.add_argument("--publicity", type=int, metavar="天数", help="公示天数")
    q.add_argument("--reset", action="store_true", help="取消手工更正，按公开时限文字重新识别")
    q.set_defaults(func=cmd_rule)

    q = csub.add_parser("applicable", parents=[common], help="设置事项是否适用于本镇")
    q.add_argument("item", metavar="事项")
    q.add_argument("value", choices=("是", "否"))
    q.set_defaults(func=cmd_applicable)

    q = csub.add_parser("area", parents=[common], help="领域：新增、改名、合并、隐藏、显示")
    asub = q.add_subparsers(dest="area_command", metavar="操作", required=True)
    a = asub.add_parser("add", parents=[common], help="新增领域")
    a.add_argument("name", metavar="名称")
    a.set_defaults(func=cmd_area_add)
    a = asub.add_parser("rename", parents=[common], help="领域改名（如 扶贫 → 乡村振兴）")
    a.add_argument("name", metavar="原名称")
    a.add_argument("new_name", metavar="新名称")
    a.set_defaults(func=cmd_area_rename)
    a = asub.add_parser("merge", parents=[common], help="合并领域（如 征地补偿、城乡规划 → 自然资源）")
    a.add_argument("names", nargs="+", metavar="领域")
    a.add_argument("--into", required=True, metavar="合并后名称")
    a.set_defaults(func=cmd_area_merge)
    for name, hidden, text in (("hide", True, "隐藏领域（本镇不涉及）"), ("show", False, "重新显示领域")):
        a = asub.add_parser(name, parents=[common], help=text)
        a.add_argument("names", nargs="+", metavar="领域")
        a.set_defaults(func=cmd_area_hidden, hidden=hidden)


def _date(text: str | None, what: str = "日期"):
    return None if text is None else day_or_today(text, what)


def _channels(text: str | None) -> list[str] | None:
    if text is None:
        return None
    tokens = [t for t in re.split(r"[,，、;；]+", text) if t.strip()]
    return [c for c in (normalize_channel(t) for t in tokens) if c]


def cmd_list(args) -> int:
    db = open_db(args)
    today = clock.today()
    year = args.year or today.year
    with db.session() as s:
        tree = catalog.overview(s, year, calendar.load_calendar(s), today, include_hidden=args.all)
        notice = catalog.reference_notice(s)
        rules = {i.id: catalog.rule_text(i) for a in catalog.areas(s) for i in a.items}
    if args.json:
        print_json({"year": year, "reference_notice": notice, "areas": [
            {"id": a.id, "name": a.name, "hidden": a.hidden, "items": [
                {"id": i.id, "level1": i.level1, "level2": i.level2, "time_limit": i.time_limit,
                 "rule": rules[i.id], "applicable": i.applicable, "is_reference": i.is_reference,
                 "disclosed_this_year": i.disclosed_this_year, "pending": i.pending, "overdue": i.overdue}
                for i in a.items]} for a in tree]})
        return 0
    if notice:
        print(f"注意：{notice}")
    if not any(a.items for a in tree):
        print("目录中还没有事项：可用“gkdesk catalog import 文件”导入本县目录，或“gkdesk catalog reference”载入参考模板。")
        return 0
    for a in tree:
        hidden = "（已隐藏）" if a.hidden else ""
        print(f"{a.name}{hidden}：{len(a.items)}个事项，{year}年公开{a.disclosed_this_year}次")
        for i in a.items:
            flags = []
            if not i.applicable:
                flags.append("不适用")
            elif i.none_this_year:
                flags.append(f"{year}年尚未公开")
            if i.overdue:
                flags.append(f"已逾期{i.overdue}条")
            if i.pending:
                flags.append(f"待公开{i.pending}条")
            if i.is_reference:
                flags.append("参考模板")
            extra = f"  [{'，'.join(flags)}]" if flags else ""
            print(f"  {i.id:>4}  {i.label}  公开{i.disclosed_this_year}次  时限：{rules[i.id]}{extra}")
    return 0


def cmd_reference(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        added = catalog.install_reference(s)
    print(f"已载入参考模板：新增{added}个事项。参考模板仅作起步参考，请导入本县发布的标准目录替换。" if added
          else "参考模板中的事项都已在目录中，无需再次载入。")
    return 0


def _plan_json(plan: catalog.ImportPlan) -> dict:
    return {
        "file": str(plan.path), "title": plan.title, "sheets": plan.sheets, "summary": plan.summary(),
        "new_areas": plan.new_areas, "extra_columns": plan.extra_columns,
        "items": [{"where": p.where, "sheet": p.row.sheet, "row": p.row.row, "action": p.action,
                   "area": p.row.area, "level1": p.row.level1, "level2": p.row.level2, "content": p.row.content,
                   "basis": p.row.basis, "time_limit": p.row.time_limit, "rule": p.rule_text,
                   "subject": p.row.subject, "channels": p.row.channels, "channel_other": p.row.channel_other,
                   "audience": p.row.audience, "modes": p.row.modes, "levels": p.row.levels, "notes": p.row.notes,
                   "changes": p.changes} for p in plan.items],
        "problems": [{"where": p.where, "sheet": p.sheet, "row": p.row, "message": p.message}
                     for p in plan.problems],
    }


def cmd_import(args) -> int:
    path = Path(args.file)
    db = open_db(args)
    with db.transaction() as s:
        plan = catalog.plan_import(s, path, args.sheet)
        result = None if args.dry_run else catalog.apply_import(s, plan, replace_reference=not args.keep_reference)
    if args.json:
        data = _plan_json(plan)
        data["saved"] = result is not None
        if result is not None:
            data["result"] = result.summary()
        print_json(data)
        return 0
    print(plan.summary())
    if args.dry_run:
        for p in plan.items:
            change = f"（{'、'.join(p.changes)}）" if p.changes else ""
            name = "/".join(t for t in (p.row.area, p.row.level1, p.row.level2) if t)
            print(f"[{p.action}] {p.where}  {name}  时限：{p.rule_text}{change}")
    for problem in plan.problems:
        print(f"问题：{problem}")
    if result is None:
        print("以上为预览，未保存；去掉 --dry-run 即可导入。")
    else:
        print(result.summary())
    return 0


def cmd_export(args) -> int:
    out = Path(args.output)
    fmt = args.format or out.suffix.lstrip(".").lower()
    if fmt not in ("xlsx", "docx"):
        raise UserError("请用 --format xlsx 或 --format docx 指定导出格式，或让文件名以 .xlsx/.docx 结尾。")
    if out.suffix.lower() != f".{fmt}":
        out = out.with_suffix(f".{fmt}")
    db = open_db(args)
    with db.session() as s:
        path = catalog.export_catalog(s, out, fmt, include_hidden=args.all, only_applicable=args.applicable_only)
    print(f"已导出标准目录：{path}")
    return 0


def cmd_ledger(args) -> int:
    today = clock.today()
    year = args.year or today.year
    db = open_db(args)
    with db.session() as s:
        path = catalog.export_ledger(s, year, Path(args.output), calendar.load_calendar(s), today)
    print(f"已导出{year}年公开台账：{path}")
    return 0


def cmd_record(args) -> int:
    db = open_db(args)
    today = clock.today()
    with db.transaction() as s:
        item = catalog.find_item(s, args.item)
        record = catalog.add_record(
            s, item, title=args.title, formed_on=_date(args.formed, "形成日期"),
            published_on=_date(args.published, "公开日期"),
            channels=_channels(args.channels), place=args.place, handler=args.handler, reviewer=args.reviewer,
            reviewed_on=_date(args.reviewed, "审查日期"))
        status = catalog.record_status(item, record, calendar.load_calendar(s), today)
        label = catalog.item_label(item)
        record_id = record.id
    if args.json:
        print_json({"id": record_id, "item_id": item.id, "status": status.status, "label": status.label,
                    "deadline": status.deadline.isoformat() if status.deadline else None})
        return 0
    deadline = f"，应于{status.deadline.isoformat()}前公开" if status.deadline else ""
    print(f"已登记（编号{record_id}）：{label} — {args.title}；状态：{status.label}{deadline}")
    return 0


def cmd_published(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        record = catalog.get_record(s, args.record)
        fields = {"published_on": _date(args.on, "公开日期")}
        if args.reviewer is not None:
            fields["reviewer"] = args.reviewer
        if args.reviewed is not None:
            fields["reviewed_on"] = _date(args.reviewed, "审查日期")
        catalog.update_record(s, record, **fields)
        status = catalog.record_status(record.item, record, calendar.load_calendar(s), clock.today())
        title = record.title
    print(f"已登记公开：{title}；{status.label}")
    return 0


def cmd_records(args) -> int:
    db = open_db(args)
    with db.session() as s:
        item = catalog.find_item(s, args.item)
        rows = catalog.item_records(s, item, calendar.load_calendar(s), clock.today())
        label, rule = catalog.item_label(item), catalog.rule_text(item)
        data = [{"id": r.record.id, "title": r.record.title, "formed_on": r.record.formed_on.isoformat(),
                 "published_on": r.record.published_on.isoformat() if r.record.published_on else None,
                 "deadline": r.status.deadline.isoformat() if r.status.deadline else None,
                 "status": r.status.status, "label": r.status.label, "channels": r.record.channels,
                 "handler": r.record.handler, "reviewer": r.record.reviewer} for r in rows]
    if args.json:
        print_json(data)
        return 0
    print(f"{label}（时限：{rule}）：{len(data)}条记录")
    for r in data:
        print(f"  {r['id']:>4}  {r['title']}  形成{r['formed_on']}  公开{r['published_on'] or '—'}  "
              f"期限{r['deadline'] or '—'}  {r['label']}")
    return 0


def cmd_rule(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        item = catalog.find_item(s, args.item)
        if args.reset:
            catalog.reset_rule(s, item)
        elif args.event is not None or args.days is not None or args.unit is not None:
            rule = catalog.item_rule(item)
            catalog.set_rule(s, item, args.event if args.event is not None else (rule.event if rule else ""),
                             args.days if args.days is not None else (rule.days if rule else None),
                             args.unit or (rule.unit if rule and rule.unit else "工作日"),
                             args.publicity if args.publicity is not None else (rule.publicity_days if rule else None))
        text, label, limit = catalog.rule_text(item), catalog.item_label(item), item.time_limit
    print(f"{label}：公开时限“{limit or '（未填写）'}”，按 {text} 计算")
    return 0


def cmd_applicable(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        item = catalog.find_item(s, args.item)
        catalog.set_applicable(s, item, args.value == "是")
        label = catalog.item_label(item)
    print(f"{label}：{'适用' if args.value == '是' else '不适用'}于本镇")
    return 0


def cmd_area_add(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        area = catalog.add_area(s, args.name)
        name = area.name
    print(f"已新增领域：{name}")
    return 0


def cmd_area_rename(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        catalog.rename_area(s, catalog.find_area(s, args.name), args.new_name)
    print(f"已把领域“{args.name}”改名为“{args.new_name}”")
    return 0


def cmd_area_merge(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        sources = [catalog.find_area(s, n) for n in args.names]
        target = catalog.merge_areas(s, sources, args.into)
        name = target.name
    print(f"已把{'、'.join(args.names)}合并为“{name}”")
    return 0


def cmd_area_hidden(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        for n in args.names:
            catalog.set_area_hidden(s, catalog.find_area(s, n), args.hidden)
    print(f"已{'隐藏' if args.hidden else '显示'}：{'、'.join(args.names)}")
    return 0
