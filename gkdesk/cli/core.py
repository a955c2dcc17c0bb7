"""Foundation subcommands: init, demo, due, backup, restore, check, calendar."""
from __future__ import annotations

from pathlib import Path

from gkdesk import clock
from gkdesk.cli.common import command_holder, folder, log_to_folder, open_db, print_json
from gkdesk.services import calendar, reminders, settings, subsidy
from gkdesk.services.errors import UserError
from gkdesk.store import backup as backups
from gkdesk.store.db import check_database, restore_database


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="设置本单位（乡镇名称、县、电话、村）")
    p.add_argument("--unit", required=True, metavar="名称", help="乡镇（苏木镇、街道）全称")
    p.add_argument("--county", default="", metavar="名称")
    p.add_argument("--phone", default="", metavar="电话")
    p.add_argument("--villages", default="", metavar="甲村,乙村", help="村（嘎查、社区）名，用逗号或顿号分隔")
    p.set_defaults(func=cmd_init, creates_folder=True)

    p = sub.add_parser("demo", parents=[common], help="生成一个演示乡镇（仅用于空的数据文件夹）")
    p.set_defaults(func=cmd_demo, creates_folder=True)

    p = sub.add_parser("due", parents=[common], help="列出今日提醒（与首页相同）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_due, reads_only=True)

    p = sub.add_parser("backup", parents=[common], help="立即备份数据库")
    p.add_argument("-o", "--output", metavar="文件")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="从备份文件恢复（先自动备份当前数据库）")
    p.add_argument("file", metavar="备份文件")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("check", parents=[common], help="检查数据库完整性和结构版本")
    p.set_defaults(func=cmd_check, reads_only=True)

    p = sub.add_parser("calendar", parents=[common], help="工作日历")
    csub = p.add_subparsers(dest="calendar_command", metavar="操作", required=True)
    q = csub.add_parser("status", parents=[common], help="各年份的日历来源")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_calendar_status, reads_only=True)
    q = csub.add_parser("import", parents=[common],
                        help="导入节假日安排：国务院办公厅通知原文，或“休/班”逐行文本（UTF-8 或 GBK）")
    q.add_argument("file", metavar="文件")
    q.set_defaults(func=cmd_calendar_import)


def cmd_init(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        settings.save_unit(s, args.unit, county=args.county, phone=args.phone)
        names = settings.split_names(args.villages)
        if names:
            keep = [(v.name, [g.name for g in v.groups]) for v in settings.villages(s)]
            known = {n for n, _ in keep}
            settings.save_villages(s, keep + [(n, []) for n in names if n not in known])
        subsidy.ensure_default_programs(s)
    print(f"已设置本单位：{args.unit}；数据文件夹：{db.folder.root}")
    return 0


def cmd_demo(args) -> int:
    from gkdesk.services import demo

    db = open_db(args)
    summary = demo.create_demo(db)
    print(f"已生成演示数据：{summary}。数据文件夹：{db.folder.root}")
    return 0


def cmd_due(args) -> int:
    db = open_db(args)
    today = clock.today()
    with db.session() as s:   # the reminders read a publicity that has ended as ended, stored or not
        items = reminders.due(s, today)
    if args.json:
        print_json([r.to_json() for r in items])
    elif not items:
        print("今天没有需要处理的提醒。")
    else:
        for r in items:
            when = r.date.isoformat() if r.date else ""
            print(f"[{r.countdown or '提示'}] {r.title}  {when}")
    return 0


def cmd_backup(args) -> int:
    db = open_db(args, start_backup=False)
    target = Path(args.output).resolve() if args.output else None
    path = db.backup("manual", target)
    print(f"已备份到：{path}")
    return 0


def cmd_restore(args) -> int:
    log_to_folder(args)
    safety = restore_database(folder(args), Path(args.file), holder=command_holder(args))
    note = f"；恢复前的数据库已备份到：{safety}" if safety else ""
    print(f"已从“{args.file}”恢复{note}")
    return 0


def cmd_check(args) -> int:
    problems = check_database(folder(args))
    if problems:
        for p in problems:
            print(p)
        good = backups.newest_good_backup(folder(args).backups)
        if good:
            print(f"最近的完好备份：{good.path}（{good.label}），可用“gkdesk restore 该文件”恢复。")
        return 1
    print("数据库完好，结构为最新版本。")
    for note in backups.clock_notes(folder(args).backups):
        print(f"注意：{note}")
    return 0


def cmd_calendar_status(args) -> int:
    db = open_db(args)
    year = clock.today().year
    with db.session() as s:
        years = sorted({year - 1, year, year + 1, *(y.year for y in calendar.entered_years(s))})
        rows = calendar.status(s, years)
    if args.json:
        print_json([{"year": r.year, "source": r.source, "official": r.official} for r in rows])
    else:
        for r in rows:
            print(f"{r.year}年：{r.label}")
    return 0


def cmd_calendar_import(args) -> int:
    path = Path(args.file)
    try:
        text = calendar.decode_calendar_file(path.read_bytes())
    except FileNotFoundError:
        raise UserError(f"找不到文件“{path}”，请检查路径。") from None
    except OSError:
        raise UserError(f"无法读取“{path}”，请确认它是一个文本文件且没有被别的程序占用。") from None
    db = open_db(args)
    with db.transaction() as s:
        result = calendar.import_text(s, text)
    print("\n".join(result.summary))
    print(f"已导入 {'、'.join(map(str, result.year_numbers))} 年的节假日安排。")
    return 0
