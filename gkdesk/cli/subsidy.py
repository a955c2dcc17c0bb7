"""`gkdesk subsidy …`: programs, import, the life cycle of a publicity, notices, archive and the upward summary.
Thin: every command calls the services; errors the user can fix are one sentence (cli.common.USER_ERRORS).
Each command imports the services it calls, so that `gkdesk subsidy import` can start reading its file before
SQLAlchemy loads (cmd_import)."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gkdesk import clock
from gkdesk.cli.common import day_or_today, open_db, print_json, year_arg
from gkdesk.domain.dates import format_cn
from gkdesk.domain.money import format_fen
from gkdesk.domain.vocab import SUPERSEDED
from gkdesk.services.errors import UserError

if TYPE_CHECKING:
    from gkdesk.services.subsidy import BatchRow

FORMATS = ("docx", "pdf", "xlsx")


def register(sub, common) -> None:
    p = sub.add_parser("subsidy", parents=[common], help="惠民补贴公示：导入、审查、公示、异议、打印、归档、汇总")
    ssub = p.add_subparsers(dest="subsidy_command", metavar="操作", required=True)

    q = ssub.add_parser("program", parents=[common], help="补贴项目")
    psub = q.add_subparsers(dest="program_command", metavar="操作", required=True)
    r = psub.add_parser("add", parents=[common], help="新增补贴项目")
    r.add_argument("--name", required=True, metavar="名称")
    r.add_argument("--category", default="", metavar="类别", help="如 涉农补贴、社会救助")
    r.add_argument("--unit", default="", metavar="单位", help="数量单位，如 亩、人、头、户")
    r.add_argument("--standard", default=None, metavar="元", help="补贴标准（元/单位），如 105.60；各户不同时不填")
    r.add_argument("--days", type=int, default=7, metavar="N", help="公示天数（默认7）")
    r.add_argument("--working-days", action="store_true", help="按工作日计算公示期（默认自然日）")
    r.add_argument("--columns", default=None, metavar="序号,姓名,…", help="公示表显示的列")
    r.add_argument("--basis", default=None, metavar="文字", help="公示依据段落，可含 {village} {period}")
    r.add_argument("--objection", default=None, metavar="文字", help="异议反映方式")
    r.add_argument("--phones", default="", metavar="电话", help="监督举报电话")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_program_add)
    r = psub.add_parser("list", parents=[common], help="列出补贴项目")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_program_list, reads_only=True)

    q = ssub.add_parser("import", parents=[common], help="从 Excel/CSV 导入名单，生成新的公示批次（草稿）")
    q.add_argument("file", metavar="文件")
    q.add_argument("--program", required=True, metavar="项目名称")
    q.add_argument("--village", required=True, metavar="村名")
    q.add_argument("--period", default="", metavar="期间", help="如 2026年度（默认今年）")
    q.add_argument("--sheet", default=None, metavar="工作表")
    q.add_argument("--confirm", action="store_true",
                   help="已逐条核对需要确认的警告（金额为0、原表中隐藏或划了删除线的行），照样导入")
    q.add_argument("--skip-hidden", action="store_true",
                   help="原表中被隐藏、被筛选掉或划了删除线的行不导入")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_import)

    q = ssub.add_parser("list", parents=[common], help="列出公示批次")
    q.add_argument("--state", default=None, metavar="状态")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list, reads_only=True)

    q = ssub.add_parser("show", parents=[common], help="查看一个公示批次")
    q.add_argument("id", type=int, metavar="批次编号")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show, reads_only=True)

    q = ssub.add_parser("review", parents=[common], help="记录保密审查（先审后发）")
    q.add_argument("id", type=int, metavar="批次编号")
    q.add_argument("--by", required=True, metavar="审查人")
    q.add_argument("--date", default=None, metavar="日期", help="审查日期（默认今天）")
    q.add_argument("--opinion", default="", metavar="意见")
    q.set_defaults(func=cmd_review)

    q = ssub.add_parser("publish", parents=[common], help="开始公示（按项目的公示期计算起止日期）")
    q.add_argument("id", type=int, metavar="批次编号")
    q.add_argument("--start", default=None, metavar="日期", help="张贴日期（默认今天）")
    q.set_defaults(func=cmd_publish)

    q = ssub.add_parser("objection", parents=[common], help="登记公示期内收到的异议")
    q.add_argument("id", type=int, metavar="批次编号")
    q.add_argument("--date", default=None, metavar="日期", help="收到日期（默认今天）")
    q.add_argument("--person", default="", metavar="反映人")
    q.add_argument("--contact", default="", metavar="联系方式")
    q.add_argument("--content", required=True, metavar="内容")
    q.set_defaults(func=cmd_objection)

    q = ssub.add_parser("objection-resolve", parents=[common], help="记录异议的核实结果和处理情况")
    q.add_argument("objection_id", type=int, metavar="异议编号")
    q.add_argument("--result", required=True, choices=("成立", "不成立"))
    q.add_argument("--handling", required=True, metavar="处理情况")
    q.add_argument("--date", default=None, metavar="日期", help="办结日期（默认今天）")
    q.set_defaults(func=cmd_objection_resolve)

    q = ssub.add_parser("correct", parents=[common], help="异议成立后发起更正：复制名单为新的草稿批次")
    q.add_argument("id", type=int, metavar="批次编号")
    q.set_defaults(func=cmd_correct)

    q = ssub.add_parser("notice", parents=[common], help="输出公示（docx、pdf）或名单（xlsx）")
    q.add_argument("id", type=int, metavar="批次编号")
    q.add_argument("--format", choices=FORMATS, default=None, help="默认按输出文件的扩展名")
    q.add_argument("-o", "--output", required=True, metavar="文件")
    # Not given: as the notice was posted (else the unit's default: A4, landscape for a wide list).
    q.add_argument("--paper", choices=("A4", "A3"), default=None, help="纸张（默认：公示时所用，或A4）")
    q.add_argument("--landscape", action="store_const", const=True, default=None, help="横向")
    q.add_argument("--portrait", action="store_const", const=False, dest="landscape", help="纵向")
    q.add_argument("--large", action="store_const", const=True, default=None, help="大字（用于公开栏）")
    q.set_defaults(func=cmd_notice, reads_only=True)

    q = ssub.add_parser("archive", parents=[common], help="上传照片、建档归档、输出存档包")
    q.add_argument("id", type=int, metavar="批次编号")
    q.add_argument("--photo", action="append", default=[], metavar="文件", help="公示照片（可多次）")
    q.add_argument("--signed", action="append", default=[], metavar="文件", help="签字名单的照片或扫描件（可多次）")
    q.add_argument("--package", default=None, metavar="文件夹或.zip", help="输出存档包（公示PDF、名单、异议、照片、校验清单）")
    q.add_argument("--date", default=None, metavar="日期", help="归档日期（默认今天）")
    q.set_defaults(func=cmd_archive)

    q = ssub.add_parser("summary", parents=[common], help="按村和项目汇总已公示的名单（xlsx），用于上报")
    q.add_argument("--period", default=None, metavar="期间")
    q.add_argument("--year", type=year_arg, default=None, metavar="年份")
    q.add_argument("-o", "--output", required=True, metavar="文件.xlsx")
    q.add_argument("--include-unposted", action="store_true",
                   help="在合计之后另列草稿、待审核和待开始公示的名单（不计入合计）")
    q.add_argument("--filler", default=None, metavar="姓名", help="填报人（默认：设置中的经办人）")
    q.add_argument("--phone", default=None, metavar="电话", help="联系电话（默认：本单位电话）")
    q.add_argument("--reviewer", default=None, metavar="姓名", help="审核人")
    q.set_defaults(func=cmd_summary, reads_only=True)


# ---- helpers ---------------------------------------------------------------------------------------------------

def _date(text: str | None, what: str):
    return day_or_today(text, what)


def write_pdf(doc, path) -> None:
    """Render a Document to PDF through Qt (gkdesk.gui.printing), with an offscreen application when none runs.
    Imported lazily: the rest of the command line does not need Qt."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from gkdesk.gui import printing
        from gkdesk.gui.app import application
    except ImportError as exc:
        raise UserError(f"本机无法生成PDF（缺少打印组件：{exc.name}），请改用 --format docx 输出后另存为PDF。") from None
    from gkdesk.io.document import ensure_public_safe

    ensure_public_safe(doc)
    application()
    printing.print_to_pdf(doc, Path(path))


def pdf_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("gkdesk.gui.printing") is not None
    except ImportError:
        return False


def _write(doc, fmt: str, path: Path) -> None:
    if fmt == "docx":
        from gkdesk.io.docx_writer import write_docx

        write_docx(doc, path)
    elif fmt == "xlsx":
        from gkdesk.io.xlsx_writer import write_xlsx

        write_xlsx(doc, path)
    else:
        write_pdf(doc, path)


def _as_of_today(session) -> None:
    """States as of today in this session: stored by a writing command's transaction, forgotten by a reading
    command's session (never committed)."""
    from gkdesk.services import subsidy

    subsidy.refresh_states(session, clock.today())


def _batch_line(r: BatchRow) -> str:
    dates = f"  {r.start_date.isoformat()}至{r.end_date.isoformat()}" if r.start_date and r.end_date else ""
    countdown = f"（{r.countdown}）" if r.countdown else ""
    return f"{r.id:>4}  {r.state}{countdown}  {r.title}  {r.people}人  {r.amount_text}元{dates}"


# ---- commands --------------------------------------------------------------------------------------------------

def cmd_program_add(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    fields = dict(name=args.name, category=args.category, quantity_unit=args.unit, period_days=args.days,
                  period_unit="工作日" if args.working_days else "自然日", phones=args.phones)
    if args.standard is not None:
        fields["standard"] = args.standard
    if args.columns:
        fields["notice_columns"] = args.columns
    if args.basis is not None:
        fields["basis_text"] = args.basis
    if args.objection is not None:
        fields["objection_channel"] = args.objection
    with db.transaction() as s:
        program = subsidy.add_program(s, **fields)
        row = subsidy._program_row(program)
    if args.json:
        print_json(row.to_json())
    else:
        print(f"已新增补贴项目“{row.name}”（编号{row.id}），公示期{row.period_text}"
              + (f"，标准{row.standard_text}" if row.standard_text else "") + "。")
    return 0


def cmd_program_list(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    with db.session() as s:
        rows = subsidy.list_programs(s)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    if not rows:
        print("还没有补贴项目，可用“gkdesk subsidy program add --name 名称”新增。")
    for r in rows:
        extra = f"  标准{r.standard_text}" if r.standard_text else ""
        print(f"{r.id:>3}  {r.name}  {r.category}  公示{r.period_text}{extra}  批次{r.batch_count}"
              + ("" if r.active else "  （停用）"))
    return 0


def cmd_import(args) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from gkdesk.io.import_plan import read_plan
    from gkdesk.io.sheets import RECIPIENT_FIELDS

    with ThreadPoolExecutor(1) as pool:
        # The file is read (python-calamine parses outside the GIL) while SQLAlchemy loads and the database
        # opens (the figures are in bench/RESULTS.md).
        reading = pool.submit(read_plan, args.file, RECIPIENT_FIELDS, args.sheet)
        from gkdesk.services import subsidy_import

        db = open_db(args)
        plan = reading.result()
    batch_id, result = subsidy_import.import_plan(db, plan, args.program, args.village, args.period,
                                                  today=clock.today(), confirmed=args.confirm,
                                                  leave_out_marked=args.skip_hidden)
    if args.json:
        print_json({"batch_id": batch_id, "imported": batch_id is not None, "rows": len(result.rows),
                    "amount_fen": result.amount_fen, "problems": [p.to_json() for p in result.problems]})
    else:
        for p in result.problems:
            print(f"[{p.severity}{'，需确认' if p.confirm else ''}] {p.text()}")
        if batch_id is None and result.errors:
            print(f"有{len(result.errors)}处错误，未导入任何数据；请改正原表后重新导入。", file=sys.stderr)
        elif batch_id is None:
            print(f"有{len(result.to_confirm)}处需要确认的警告，未导入任何数据；逐条核对无误后请加 --confirm 重新导入"
                  "（原表中隐藏、筛选掉或划了删除线的行不想导入的，请加 --skip-hidden）。", file=sys.stderr)
        else:
            warn = f"，另有{len(result.warnings)}处警告请核对" if result.warnings else ""
            print(f"已导入为批次 {batch_id}：{result.people}人，金额{format_fen(result.amount_fen)}元{warn}。")
    return 0 if batch_id is not None else 1


def cmd_list(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    with db.session() as s:   # list_batches reads a publicity that has ended as ended, stored or not
        rows = subsidy.list_batches(s, state=args.state, today=clock.today())
    if args.json:
        print_json([r.to_json() for r in rows])
    elif not rows:
        print("还没有公示批次，可用“gkdesk subsidy import 文件 --program 项目 --village 村”导入名单。")
    else:
        for r in rows:
            print(_batch_line(r))
    return 0


def cmd_show(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    with db.session() as s:
        d = subsidy.batch_detail(s, args.id, today=clock.today())
    if args.json:
        print_json(d.to_json())
        return 0
    r = d.row
    print(r.title)
    print(f"编号：{r.id}    状态：{r.state}{'（' + r.countdown + '）' if r.countdown else ''}")
    print(f"项目：{r.program_name}    村：{r.village_name}    期间：{r.period}")
    print(f"人数：{r.people}    数量：{r.quantity_text or '—'}    金额：{r.amount_text}元")
    if r.reviewer:
        print(f"保密审查：{r.reviewer}，{format_cn(r.review_date)}；{d.review_opinion}")
    if r.start_date and r.end_date:
        print(f"公示时间：{format_cn(r.start_date)}至{format_cn(r.end_date)}"
              + (f"，还剩{r.days_left}天" if r.days_left is not None else ""))
    if d.calendar_fallback_years:
        print(f"注意：{'、'.join(map(str, d.calendar_fallback_years))}年的节假日安排尚未录入，工作日按周一至周五推算。")
    if r.archived_on:
        print(f"归档日期：{format_cn(r.archived_on)}")
    if d.replaces_title:
        print(f"更正了：批次{r.replaces_id} {d.replaces_title}")
    if d.replaced_by_title:
        print(f"已被更正：批次{r.replaced_by_id} {d.replaced_by_title}")
    for o in d.objections:
        state = f"{o.result}，{format_cn(o.closed_on)}办结" if o.closed_on else o.result
        print(f"异议{o.id}：{format_cn(o.received_on)} {o.person}：{o.content}（{state}）")
    for a in d.attachments:
        print(f"附件{a.id}：{a.kind} {a.original_name}（{a.size}字节）")
    return 0


def cmd_review(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    day = _date(args.date, "审查日期")
    with db.transaction() as s:
        _as_of_today(s)
        batch = subsidy.get_batch(s, args.id)
        subsidy.review(s, batch, args.by, day, args.opinion)
        title = batch.title
    print(f"已记录保密审查：{title}，审查人{args.by}，{format_cn(day)}。")
    return 0


def cmd_publish(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    start = _date(args.start, "公示开始日期")
    with db.transaction() as s:
        _as_of_today(s)
        batch = subsidy.get_batch(s, args.id)
        subsidy.publish(s, batch, start)
        title, end = batch.title, batch.end_date
        old = batch.replaces
        if old is None:
            old_note = ""
        elif old.state == SUPERSEDED:
            old_note = f"；原公示（批次{old.id}）已标记为已更正"
        else:
            old_note = f"；原公示（批次{old.id}）在此之前照常张贴，新公示开始之日标记为已更正"
    begun = "已开始公示" if start <= clock.today() else f"已安排公示（{format_cn(start)}开始）"
    print(f"{begun}：{title}，公示时间{format_cn(start)}至{format_cn(end)}{old_note}。")
    return 0


def cmd_objection(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    day = _date(args.date, "收到日期")
    with db.transaction() as s:
        _as_of_today(s)
        obj = subsidy.add_objection(s, args.id, day, args.person, args.contact, args.content)
        obj_id = obj.id
    print(f"已登记异议（编号{obj_id}），待核实；核实后用“gkdesk subsidy objection-resolve {obj_id} --result 成立|不成立 "
          "--handling 处理情况”记录结果。")
    return 0


def cmd_objection_resolve(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    day = _date(args.date, "办结日期")
    with db.transaction() as s:
        _as_of_today(s)
        obj = subsidy.resolve_objection(s, args.objection_id, args.handling, args.result, day)
        batch_id = obj.batch_id
    hint = f"；可用“gkdesk subsidy correct {batch_id}”发起更正公示" if args.result == "成立" else ""
    print(f"已记录异议{args.objection_id}的核实结果：{args.result}{hint}。")
    return 0


def cmd_correct(args) -> int:
    from gkdesk.services import subsidy

    db = open_db(args)
    with db.transaction() as s:
        _as_of_today(s)
        new = subsidy.start_correction(s, args.id)
        new_id, title = new.id, new.title
    print(f"已生成更正批次 {new_id}：{title}（草稿）。请修改名单、重新保密审查后发布，发布后原公示自动标记为已更正。")
    return 0


def cmd_notice(args) -> int:
    from gkdesk.services import notice

    out = Path(args.output)
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UserError(f"无法识别输出格式“{fmt}”，请用 --format docx、pdf 或 xlsx 指定。")
    db = open_db(args)
    with db.session() as s:
        opts = dict(paper=args.paper, landscape=args.landscape, large_print=args.large)
        doc = notice.list_document(s, args.id, **opts) if fmt == "xlsx" else notice.build_notice(s, args.id, **opts)
    _write(doc, fmt, out)
    for note in doc.advice:
        print(note)
    print(f"已输出：{out}")
    return 0


def cmd_archive(args) -> int:
    from gkdesk.services import archive as archive_service

    db = open_db(args)
    day = _date(args.date, "归档日期")
    if args.package:   # said before anything is archived
        archive_service.check_package_target(db, Path(args.package))
    files = [(p, archive_service.PHOTO) for p in args.photo] + [(p, archive_service.SIGNED_LIST) for p in args.signed]
    done = archive_service.archive_with_files(db, args.id, files, day)
    if done.already:
        print(f"“{done.title}”已于{format_cn(done.archived_on)}归档，未作改动。")
    else:
        added = f"，附件{done.added}个" if done.added else ""
        print(f"已归档：{done.title}（{format_cn(done.archived_on)}{added}）。")
    if args.package:
        pdf = write_pdf if pdf_available() else None
        result = archive_service.write_archive_package(db, args.id, Path(args.package), pdf)
        note = "" if pdf else "；本机无法生成PDF，公示以.docx存档"
        print(f"存档包已写入：{result.path}（{len(result.files)}个文件，含SHA-256校验清单{note}）。")
    return 0


def cmd_summary(args) -> int:
    from gkdesk.io.xlsx_writer import write_xlsx
    from gkdesk.services import summary

    db = open_db(args)
    with db.session() as s:
        _as_of_today(s)
        doc = summary.build_summary(s, args.period, args.year, include_unposted=args.include_unposted,
                                    filler=args.filler, phone=args.phone, reviewer=args.reviewer,
                                    today=clock.today())
    write_xlsx(doc, Path(args.output))
    print(f"已输出汇总表：{args.output}")
    return 0
