"""`gkdesk request …`: 依申请公开 — register a request, its steps (补正, 征求意见, 延期, 答复, 收费, 复议/诉讼) and
its letters. Thin: every command calls services/requests.py; a refused step is one sentence and writes nothing.
Nothing here imports python-docx until a letter is written (``request list`` starts quickly)."""
from __future__ import annotations

from pathlib import Path

from gkdesk import clock
from gkdesk.cli.common import open_db, print_json, year_arg
from gkdesk.domain import requests as rules
from gkdesk.domain.money import format_fen
from gkdesk.services import request_letters as letters
from gkdesk.services import requests as rq
from gkdesk.services.errors import UserError
from gkdesk.services.request_letters import LETTER_KINDS


def register(sub, common) -> None:
    p = sub.add_parser("request", parents=[common], help="依申请公开：登记、补正、征求意见、延期、答复、复议诉讼、文书")
    rsub = p.add_subparsers(dest="request_command", metavar="操作", required=True)

    q = rsub.add_parser("add", parents=[common], help="登记一件政府信息公开申请")
    q.add_argument("--received", required=True, metavar="日期",
                   help="收到申请之日：当面提交为提交之日；邮寄为签收之日；平常信函为与申请人确认之日；网络、传真为双方确认之日")
    q.add_argument("--channel", required=True, metavar="方式", help="提交方式：" + "、".join(rules.CHANNELS))
    q.add_argument("--applicant", required=True, metavar="姓名或名称")
    q.add_argument("--applicant-type", required=True, metavar="类型", help="申请人类型：" + "、".join(rules.APPLICANT_TYPES))
    q.add_argument("--content", required=True, metavar="文字", help="申请公开的政府信息（名称、文号或特征性描述）")
    q.add_argument("--id-number", default="", metavar="号码", help="身份证号或统一社会信用代码（不会出现在任何公开输出中）")
    q.add_argument("--contact", default="", metavar="电话等")
    q.add_argument("--address", default="", metavar="地址")
    q.add_argument("--form", default="", metavar="形式", help="所需信息的形式：" + "、".join(rq.FORMS_WANTED))
    q.add_argument("--handler", default="", metavar="姓名", help="经办人（默认：设置中的经办人）")
    q.add_argument("--note", default="", metavar="备注")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_add)

    q = rsub.add_parser("show", parents=[common], help="查看一件申请：状态、答复期限及其计算、每一步、文书")
    q.add_argument("id", metavar="编号", help="序号（如 3）或登记编号（如 东政依申〔2026〕3号、2026-3）")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_show, reads_only=True)

    q = rsub.add_parser("list", parents=[common], help="列出申请（申请人只显示姓氏）；-o 导出登记台账（不含申请人信息）")
    q.add_argument("--year", type=year_arg, metavar="年份")
    q.add_argument("--state", choices=rq.STATE_FILTERS, metavar="状态", help="状态：" + "、".join(rq.STATE_FILTERS))
    q.add_argument("--type", default=None, metavar="类型", help="申请人类型")
    q.add_argument("--text", default="", metavar="文字", help="编号或申请内容中的文字")
    q.add_argument("-o", "--output", metavar="文件", help="导出某年登记台账（.xlsx 或 .docx，需 --year）")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list, reads_only=True)

    q = rsub.add_parser("supplement", parents=[common],
                        help="补正：--asked 日期 --content 事项（告知）；或 --received 日期（收到补正，期限重新起算）")
    q.add_argument("id", metavar="编号")
    q.add_argument("--asked", metavar="日期", help="告知补正的日期（收到申请后7个工作日内）")
    q.add_argument("--content", default="", metavar="事项", help="需要补正的事项")
    q.add_argument("--reply-by", default=None, metavar="日期", help="补正期限（默认：告知后15个工作日，可在设置中修改）")
    q.add_argument("--received", metavar="日期", help="收到补正的日期")
    q.set_defaults(func=cmd_supplement)

    q = rsub.add_parser("consult", parents=[common], help="征求第三方或其他机关意见（所需时间不计入答复期限）")
    q.add_argument("id", metavar="编号")
    q.add_argument("--sent", metavar="日期", help="发出征求意见的日期")
    q.add_argument("--replied", metavar="日期", help="收到意见的日期")
    q.add_argument("--party", default="", metavar="名称", help="第三方或机关名称（发出时必填）")
    q.add_argument("--kind", default="第三方", choices=("第三方", "其他机关"), metavar="对象",
                   help="第三方（默认）或其他机关")
    q.add_argument("--opinion", default="", metavar="文字", help="意见内容，如“不同意公开”")
    q.set_defaults(func=cmd_consult)

    q = rsub.add_parser("extend", parents=[common], help="延期答复（经负责人同意，最长20个工作日，只能一次）")
    q.add_argument("id", metavar="编号")
    q.add_argument("--date", required=True, metavar="日期", help="延期决定日期（应在答复期限届满前）")
    q.add_argument("--approved-by", required=True, metavar="姓名", help="批准延期的负责人")
    q.add_argument("--reason", required=True, metavar="文字")
    q.add_argument("--days", type=int, default=rules.EXTENSION_MAX_DAYS, metavar="N", help="延长的工作日数（默认20）")
    q.set_defaults(func=cmd_extend)

    q = rsub.add_parser("answer", parents=[common], help="答复（办理结果按年度报告的分类）")
    q.add_argument("id", metavar="编号")
    q.add_argument("--date", required=True, metavar="日期")
    q.add_argument("--result", required=True, metavar="结果",
                   help="如 予以公开、部分公开、不予公开:保护第三方合法权益、无法提供:1；理由可写原文、序号或其中独有的几个字")
    q.add_argument("--text", default="", metavar="文字", help="答复说明（写入答复书）")
    q.add_argument("--fee", default=None, metavar="元", help="随答复收取的信息处理费")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_answer)

    q = rsub.add_parser("withdraw", parents=[common], help="视为放弃申请：逾期不补正（或 --fee-unpaid 逾期未缴费）")
    q.add_argument("id", metavar="编号")
    q.add_argument("--date", required=True, metavar="日期")
    q.add_argument("--fee-unpaid", action="store_true", help="因逾期未缴纳信息处理费")
    q.set_defaults(func=cmd_withdraw)

    q = rsub.add_parser("fee", parents=[common], help="信息处理费：--notice 日期 --amount 元（收费通知）；或 --paid 日期")
    q.add_argument("id", metavar="编号")
    q.add_argument("--notice", metavar="日期")
    q.add_argument("--amount", metavar="元")
    q.add_argument("--paid", metavar="日期")
    q.set_defaults(func=cmd_fee)

    q = rsub.add_parser("case", parents=[common], help="行政复议、行政诉讼及其结果")
    q.add_argument("id", metavar="编号")
    q.add_argument("--kind", required=True, metavar="类型", help="、".join(rules.CASE_KINDS))
    q.add_argument("--result", required=True, metavar="结果", help="、".join(rules.CASE_RESULTS))
    q.add_argument("--date", required=True, metavar="日期", help="立案日期（新案件）或审结日期（已有未审结的同类案件）")
    q.add_argument("--organ", default="", metavar="名称", help="复议机关或法院")
    q.set_defaults(func=cmd_case)

    q = rsub.add_parser("letter", parents=[common], help="生成文书（.docx，GB/T 9704 版式）或登记送达日期")
    q.add_argument("id", metavar="编号")
    q.add_argument("--kind", required=True, metavar="种类", help="、".join(LETTER_KINDS))
    q.add_argument("-o", "--output", metavar="文件", help="默认：当前文件夹中的“编号+文书名称.docx”")
    q.add_argument("--sent", default=None, metavar="日期", help="送达（寄出或交付）日期；只给此项则只登记日期")
    q.set_defaults(func=cmd_letter)


def _show_text(data: dict) -> str:
    a = data["applicant"]
    lines = [f"{data['number']}  {data['state']}  {data['countdown']}",
             f"  收到申请：{data['received_on']}（{data['channel']}）  申请人：{a['name']}，{a['type_label']}",
             f"  申请内容：{data['content']}"]
    if data["due_date"]:
        lines.append(f"  答复期限：{data['due_date']}{'（暂定）' if data['provisional'] else ''}  {data['due_rule']}")
    else:
        lines.append(f"  答复期限：{data['due_rule']}")
    lines.append(f"  补正告知期限：{data['supplement_deadline']}")
    if data["result"]:
        late = "（逾期答复）" if data["answered_late"] else ""
        lines.append(f"  办理结果：{data['result']}  {data['answered_on']}{late}")
    lines.append("  办理过程：")
    lines += [f"    {s['day']}  {s['title']}" + (f"  {s['detail']}" if s["detail"] else "") for s in data["timeline"]]
    if data["letters"]:
        lines.append("  文书：")
        lines += [f"    {le['title'] or le['kind']}  生成{le['generated_on']}  "
                  f"{'送达' + le['sent_on'] if le['sent_on'] else '未登记送达'}" for le in data["letters"]]
    return "\n".join(lines)


def _shown(session, request) -> dict:
    return rq.request_json(request, rq.status_of(session, request))


def cmd_add(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        request = rq.add_request(s, received_on=args.received, channel=args.channel, applicant_name=args.applicant,
                                 applicant_type=args.applicant_type, content=args.content, applicant_id=args.id_number,
                                 contact=args.contact, address=args.address, form_wanted=args.form,
                                 handler=args.handler, note=args.note)
        data = _shown(s, request)
    if args.json:
        print_json(data)
    else:
        print(f"已登记{data['number']}：答复期限{data['due_date']}（{data['due_rule']}）；"
              f"如需补正，须在{data['supplement_deadline']}前一次性告知。")
    return 0


def cmd_show(args) -> int:
    db = open_db(args)
    with db.session() as s:
        data = _shown(s, rq.get_request(s, args.id))
    print_json(data) if args.json else print(_show_text(data))
    return 0


def cmd_list(args) -> int:
    db = open_db(args)
    kind = rules.normalize_applicant_type(args.type) if args.type else None
    with db.session() as s:
        if args.output:
            return _export(s, args)
        found = rq.list_requests(s, year=args.year, state=args.state, text=args.text, applicant_type=kind)
        data = [rq.request_json(r, st, private=False, steps=False) for r, st in found]
    if args.json:
        print_json(data)
        return 0
    if not data:
        print("没有符合条件的申请。")
        return 0
    for d in data:
        result = d["result"] or d["due_date"] or ""
        print(f"{d['id']:>4}  {d['number']}  {d['received_on']}  {d['state']:<4} {d['countdown']:<10} "
              f"{d['applicant']['name']}（{d['applicant']['type']}）  {result}")
    print(f"共 {len(data)} 件。")
    return 0


def _export(session, args) -> int:
    if not args.year:
        raise UserError("导出登记台账需要指定年份，请加上 --year，如 --year 2026。")
    out = Path(args.output)
    doc = rq.register_document(session, args.year)
    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        from gkdesk.io.xlsx_writer import write_xlsx
        write_xlsx(doc, out)
    elif suffix == ".docx":
        from gkdesk.io.docx_writer import write_docx
        write_docx(doc, out)
    else:
        raise UserError(f"台账只能导出为 .xlsx 或 .docx，“{out.name}”的扩展名不对，请修改文件名。")
    print(f"已导出{args.year}年政府信息公开申请登记台账（{len(doc.table.rows)}件，不含申请人信息）：{out.resolve()}")
    return 0


def _after(s, request_ref, what: str) -> str:
    request = rq.get_request(s, request_ref)
    data = _shown(s, request)
    due = f"答复期限{data['due_date']}（{data['due_rule']}）" if data["due_date"] else data["due_rule"]
    return f"{data['number']}：{what}。当前状态：{data['state']}；{due}。"


def cmd_supplement(args) -> int:
    if bool(args.asked) == bool(args.received):
        raise UserError("请二选一：用 --asked 日期 --content 事项 登记告知补正，或用 --received 日期 登记收到补正。")
    db = open_db(args)
    with db.transaction() as s:
        if args.asked:
            event = rq.ask_supplement(s, args.id, asked_on=args.asked, content=args.content, reply_by=args.reply_by)
            status = rq.status_of(s, rq.get_request(s, args.id))
            late = (f"（逾期告知：应于{status.supplement.limit.isoformat()}前告知）"
                    if status.supplement.late_notice else "")
            text = _after(s, args.id, f"已登记告知补正{late}，补正期限{event.deadline.isoformat()}")
        else:
            rq.receive_supplement(s, args.id, received_on=args.received)
            text = _after(s, args.id, "已登记收到补正，答复期限重新起算")
    print(text)
    return 0


def cmd_consult(args) -> int:
    if not args.sent and not args.replied:
        raise UserError("请用 --sent 日期 登记发出征求意见，或用 --replied 日期 登记收到意见。")
    db = open_db(args)
    with db.transaction() as s:
        if args.sent:
            rq.send_consult(s, args.id, sent_on=args.sent, party=args.party, kind=args.kind, replied_on=args.replied,
                            opinion=args.opinion)
            what = "已登记征求意见" + ("及回复" if args.replied else "，答复期限暂停计算")
        else:
            rq.record_consult_reply(s, args.id, replied_on=args.replied, party=args.party, opinion=args.opinion)
            what = "已登记收到意见"
        text = _after(s, args.id, what)
    print(text)
    return 0


def cmd_extend(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        rq.extend(s, args.id, day=args.date, approved_by=args.approved_by, reason=args.reason, days=args.days)
        text = _after(s, args.id, f"已延期{args.days}个工作日")
    print(text)
    return 0


def cmd_answer(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        rq.answer(s, args.id, day=args.date, result=args.result, text=args.text, fee=args.fee)
        data = _shown(s, rq.get_request(s, args.id))
    if args.json:
        print_json(data)
    else:
        late = "（逾期答复）" if data["answered_late"] else ""
        print(f"{data['number']}：已登记答复“{data['result']}”（{data['answered_on']}{late}），状态：{data['state']}。")
    return 0


def cmd_withdraw(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        rq.abandon(s, args.id, day=args.date, fee_unpaid=args.fee_unpaid)
        data = _shown(s, rq.get_request(s, args.id))
    print(f"{data['number']}：已登记视为放弃申请（{data['result']}），不再处理。")
    return 0


def cmd_fee(args) -> int:
    if bool(args.notice) == bool(args.paid):
        raise UserError("请二选一：用 --notice 日期 --amount 元 登记收费通知，或用 --paid 日期 登记缴费。")
    db = open_db(args)
    with db.transaction() as s:
        if args.notice:
            if not args.amount:
                raise UserError("请用 --amount 填写信息处理费金额（元）。")
            fee = rq.fee_notice(s, args.id, notice_on=args.notice, amount=args.amount)
            text = _after(s, args.id, f"已登记收费通知{format_fen(fee.amount_fen)}元，缴费前答复期限暂停计算")
        else:
            rq.fee_paid(s, args.id, paid_on=args.paid)
            text = _after(s, args.id, "已登记缴费")
    print(text)
    return 0


def cmd_case(args) -> int:
    db = open_db(args)
    with db.transaction() as s:
        case = rq.record_case(s, args.id, kind=args.kind, result=args.result, day=args.date, organ=args.organ)
        number = case.request.number
        what = f"{case.kind}（{case.filed_on.isoformat()}）：{case.result}"
    print(f"{number}：已登记{what}。")
    return 0


def cmd_letter(args) -> int:
    db = open_db(args)
    today = clock.today()
    with db.transaction() as s:
        if args.sent and not args.output:
            letter = letters.mark_sent(s, args.id, args.kind, args.sent, today=today)
            print(f"已登记{letter.title}的送达日期：{letter.sent_on.isoformat()}。")
            return 0
        doc, request, _kind, _step = letters.build_letter(s, args.id, args.kind, today=today)
        out = Path(args.output) if args.output else Path(letters.letter_file_name(request, doc))
        if out.suffix.lower() != ".docx":
            raise UserError(f"文书只能保存为 .docx，“{out.name}”的扩展名不对，请修改文件名。")
        letter = letters.write_letter(s, args.id, args.kind, out, sent_on=args.sent, today=today)
        sent = f"，送达日期{letter.sent_on.isoformat()}" if letter.sent_on else "；寄出后请用 --sent 登记送达日期"
    print(f"已生成{letter.title}：{out.resolve()}{sent}。")
    return 0
