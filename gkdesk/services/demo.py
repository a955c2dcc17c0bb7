"""A realistic demo township for trying the program: villages with 村民小组, programs, batches in every state,
interpretations over the past months and catalog items with disclosures. All dates are counted back from today,
so the home screen always has something running. Written in one transaction: a killed run leaves nothing."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import func, insert, select

from gkdesk import clock
from gkdesk.domain.idnumber import check_char
from gkdesk.domain.vocab import ARCHIVED, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
from gkdesk.services import calendar, settings, subsidy
from gkdesk.services.errors import UserError
from gkdesk.store.db import Database
from gkdesk.store.models import (
    DisclosureRecord, MonthlyFiling, Objection, PolicyInterpretation, PublicityBatch,
    Recipient, Unit, YearlyTarget,
)

VILLAGES = {
    "东风村": ["一组", "二组", "三组", "四组"],
    "红旗村": ["一组", "二组", "三组"],
    "前进村": ["一组", "二组", "三组", "四组", "五组"],
    "新华村": ["一组", "二组"],
    "团结村": ["一组", "二组", "三组"],
    "胜利村": ["一组", "二组", "三组", "四组"],
    "和平村": ["一组", "二组", "三组"],
    "光明村": ["一组", "二组"],
}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漕钱汤尹黎易常武乔贺赖龚文"
GIVEN = "建国秀英桂兰玉珍志强永红海军淑华凤英德明国华春梅金凤丽娟俊杰文斌慧敏晓东振华宝山长林玉兰秀珍立新卫东"
REGION = "130123"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def _id_number(rng: random.Random) -> str:
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 60))
    body = f"{REGION}{birth:%Y%m%d}{rng.randrange(0, 1000):03d}"
    return body + check_char(body)


def _account(rng: random.Random) -> str:
    return "6228" + "".join(str(rng.randrange(10)) for _ in range(15))


def _recipients(rng, batch_id: int, groups: list[str], program, n: int) -> list[dict]:
    rows = []
    for seq in range(1, n + 1):
        row = dict(batch_id=batch_id, seq=seq, group_name=rng.choice(groups), name=_name(rng),
                   id_number=_id_number(rng), pay_method="一卡通", account=_account(rng), remark="")
        if program.quantity_unit == "亩":
            qty = Decimal(rng.randrange(150, 4000)) / 100  # 1.50 – 40.00 亩
            row.update(quantity_e4=int(qty * 10000), standard_fen=program.standard_fen,
                       amount_fen=int((qty * program.standard_fen).quantize(Decimal(1))))
        else:
            size = rng.randrange(1, 6)
            row.update(household_size=size, amount_fen=size * rng.choice((41000, 45000, 52000)))
        rows.append(row)
    return rows


# The county offices that supervise each program, as the clerk types their phones into the program settings.
DEMO_OFFICE_PHONES = {
    "耕地地力保护补贴": "示范县农业农村局 0311-8000001", "草原生态保护补助奖励": "示范县农业农村局 0311-8000001",
    "最低生活保障": "示范县民政局 0311-8000002", "特困人员救助供养": "示范县民政局 0311-8000002",
    "临时救助": "示范县民政局 0311-8000002", "高龄津贴": "示范县民政局 0311-8000002",
    "残疾人两项补贴": "示范县残联 0311-8000003；示范县民政局 0311-8000002",
    "农村危房改造补助": "示范县住房和城乡建设局 0311-8000004",
}


def _has_data(session) -> str | None:
    unit = session.scalar(select(Unit).limit(1))
    if unit:
        return unit.name
    if session.scalar(select(func.count(PublicityBatch.id))):
        return "已有公示批次"
    return None


def create_demo(db: Database) -> str:
    today = clock.today()
    rng = random.Random(2026)
    with db.transaction() as s:
        existing = _has_data(s)
        if existing:
            raise UserError(f"数据文件夹“{db.folder.root}”中已有数据（{existing}），演示数据只能生成在空的数据文件夹中，"
                            "请用 --data-dir 指定一个新文件夹。")
        unit = settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456", supervision_phone="0311-8123400",
                                  address="示范县东风镇人民政府党政办")
        # in use since before its oldest 报备表 (five months back), so the month list starts there
        unit.created_at = dt.datetime.combine((today.replace(day=1) - dt.timedelta(days=150)).replace(day=1),
                                              dt.time(9))
        settings.set_setting(s, "clerk_name", "李明")
        settings.save_villages(s, VILLAGES.items())
        subsidy.ensure_default_programs(s)
        s.flush()
        programs = {p.name: p for p in subsidy.programs(s)}
        for program in programs.values():   # the township's office, then the county office of the program
            program.phones = f"镇党政办 0311-8123456；{DEMO_OFFICE_PHONES[program.name]}"
        programs["耕地地力保护补贴"].standard_fen = 10560  # 105.60 元/亩
        programs["草原生态保护补助奖励"].standard_fen = 750
        programs["最低生活保障"].period_unit = "自然日"
        cal = calendar.load_calendar(s)
        villages = {v.name: v for v in settings.villages(s)}
        year = today.year
        plan = [  # (village, program, state, start offset in days from today, size)
            ("东风村", "耕地地力保护补贴", PUBLISHING, -3, 86),
            ("红旗村", "耕地地力保护补贴", PUBLISHING, -6, 64),
            ("前进村", "耕地地力保护补贴", ENDED, -20, 120),
            ("新华村", "耕地地力保护补贴", ARCHIVED, -60, 45),
            ("团结村", "最低生活保障", PENDING_REVIEW, None, 18),
            ("胜利村", "最低生活保障", DRAFT, None, 22),
            ("和平村", "高龄津贴", PUBLISHING, -1, 30),
            ("光明村", "残疾人两项补贴", ARCHIVED, -90, 12),
            ("东风村", "临时救助", ENDED, -15, 6),
            ("前进村", "草原生态保护补助奖励", DRAFT, None, 40),
        ]
        for village_name, program_name, state, offset, size in plan:
            program, village = programs[program_name], villages[village_name]
            batch = subsidy.create_batch(s, program, village, f"{year}年度")
            s.execute(insert(Recipient), _recipients(rng, batch.id, [g.name for g in village.groups], program, size))
            _advance(s, batch, state, offset, today, cal)
        _superseded_pair(s, rng, programs["特困人员救助供养"], villages["红旗村"], today, cal, year)
        _interpretations(s, today)
        _catalog(s, today)
        requests = _information_requests(s, today, cal)
        count = s.scalar(select(func.count(Recipient.id)))
    return f"东风镇，8个村，{len(plan) + 2}个公示批次，{count}名补贴对象，{requests}件依申请公开"


def _advance(s, batch, state, offset, today, cal) -> None:
    if state == DRAFT:
        return
    subsidy.submit(s, batch)
    if state == PENDING_REVIEW:
        return
    start = today + dt.timedelta(days=offset)
    subsidy.review(s, batch, "王强", start - dt.timedelta(days=2))
    subsidy.publish(s, batch, start, cal)
    if state in (ENDED, ARCHIVED):
        subsidy.refresh_states(s, today)
    if state == ARCHIVED:
        subsidy.archive(s, batch, batch.end_date + dt.timedelta(days=3))


def _superseded_pair(s, rng, program, village, today, cal, year) -> None:
    """An objection upheld: the first list is replaced by a corrected one published with a new period."""
    first = subsidy.create_batch(s, program, village, f"{year}年度")
    rows = _recipients(rng, first.id, [g.name for g in village.groups], program, 9)
    s.execute(insert(Recipient), rows)
    _advance(s, first, PUBLISHING, -12, today, cal)
    s.add(Objection(batch=first, received_on=first.start_date + dt.timedelta(days=2), person="村民张某",
                    contact="138****2231", content="反映名单中一户已外出务工多年，不符合条件。",
                    handling="经村委会入户核实，情况属实，已从名单中删除并重新公示。", result="成立",
                    closed_on=first.start_date + dt.timedelta(days=4)))
    second = subsidy.create_batch(s, program, village, f"{year}年度")
    second.replaces = first
    second.title += "（更正）"
    s.execute(insert(Recipient), [dict(r, batch_id=second.id) for r in rows[:-1]])
    first.state = SUPERSEDED
    _advance(s, second, PUBLISHING, -5, today, cal)


def _interpretations(s, today) -> None:
    first_of_month = today.replace(day=1)
    last_month_end = first_of_month - dt.timedelta(days=1)
    lm = last_month_end.replace(day=1)
    records = [
        (lm.replace(day=9), "东风镇人居环境整治实施方案", "东政发〔{y}〕21号", "文字解读", "张华", "主要负责人",
         ["政府网站", "两微一端"]),
        (lm.replace(day=16), "东风镇耕地地力保护补贴发放工作方案", "东政办发〔{y}〕8号", "图解", "赵刚", "分管负责人",
         ["政府网站"]),
        (lm.replace(day=23), "东风镇冬春救助工作实施方案", "东政发〔{y}〕24号", "简明问答", "孙丽", "科室负责人",
         ["社区/企事业单位/村公示栏(电子屏)"]),
    ]
    for back in (2, 4, 5):
        month = (lm - dt.timedelta(days=28 * (back - 1))).replace(day=12)
        records.append((month, f"东风镇第{back}号工作方案", "东政发〔{y}〕" + str(10 + back) + "号", "文字解读", "刘洋",
                        "分管负责人", ["政府网站"]))
    for day, policy, number, form, who, role, channels in records:
        policy_day = day - dt.timedelta(days=1 if form != "简明问答" else 9)
        s.add(PolicyInterpretation(
            policy_title=policy, doc_number=number.format(y=day.year), drafting_unit="东风镇人民政府",
            policy_published_on=policy_day, title=f"《{policy}》政策解读", form=form, interpreter=who, role=role,
            published_on=day, channels=channels, link="", remark=""))
    for back in range(2, 6):
        month = (lm - dt.timedelta(days=28 * (back - 1))).replace(day=1)
        nxt = (month + dt.timedelta(days=32)).replace(day=4)
        s.add(MonthlyFiling(month=f"{month:%Y-%m}", filler="李明", phone="0311-8123456", reviewer="王强",
                            filled_on=nxt, submitted_on=nxt))
    for dimension, name in (("form", "在线访谈"), ("form", "视频"), ("form", "音频"), ("form", "图解"),
                            ("role", "主要负责人")):
        s.add(YearlyTarget(year=today.year, dimension=dimension, name=name, minimum=1))


def _catalog(s, today) -> None:
    """The reference catalog, two programs linked to their items (their started publicities enter the ledger by
    themselves) and disclosures in every state: on time, late, pending, overdue."""
    from gkdesk.services import catalog

    catalog.install_reference(s)
    find = lambda text: catalog.find_item(s, text)  # noqa: E731
    farmland = find("涉农补贴/农业生产发展资金/耕地地力保护")
    minimum = find("社会救助/最低生活保障/审核信息")
    housing = find("农村危房改造/任务分配/")
    budget = find("财政预决算/乡镇预决算/部门预算")
    programs = {p.name: p for p in subsidy.programs(s)}
    catalog.link_program(s, programs["耕地地力保护补贴"], farmland)
    catalog.link_program(s, programs["最低生活保障"], minimum)
    d = lambda n: today - dt.timedelta(days=n)  # noqa: E731
    s.add_all([
        DisclosureRecord(item=farmland, title="东风镇耕地地力保护补贴申请指南", formed_on=d(120), published_on=d(112),
                         channels=["政府网站"], handler="李明", reviewer="王强", reviewed_on=d(113)),
        DisclosureRecord(item=housing, title="东风镇农村危房改造补助农户名单（第二批）", formed_on=d(59),
                         published_on=None, handler="李明"),
        DisclosureRecord(item=budget, title="东风镇年度部门预算", formed_on=d(10), published_on=None, handler="李明"),
        DisclosureRecord(item=minimum, title="东风镇低保初审对象名单", formed_on=d(70), published_on=d(50),
                         channels=["社区/企事业单位/村公示栏(电子屏)"], handler="李明", reviewer="王强",
                         reviewed_on=d(51)),
    ])


def _information_requests(s, today, cal) -> int:
    """依申请公开 across the past months: answered ones (one after a 补正, one extended after consulting a third party
    and taken to 行政复议), one the office could not provide, a repeated one, one open and due within days, one
    waiting for its 补正. Every step goes through the service, so the demo obeys the rules it shows."""
    from gkdesk.services import request_letters as letters
    from gkdesk.services import requests as rq

    def wd(day, n):   # n working days after (n < 0: before) a day
        if n >= 0:
            return cal.working_days_after(day, n)
        back = day
        while cal.working_days_between(back, day) < -n:
            back -= dt.timedelta(days=1)
        return back

    def add(received, name, kind, content, channel="当面", **kw):
        return rq.add_request(s, received_on=received, channel=channel, applicant_name=name, applicant_type=kind,
                              content=content, handler="李明", today=today, **kw).id

    def step(fn, *args, **kw):
        return fn(s, *args, today=today, **kw)

    def sent(request_id, *kinds):   # letters sent on the day of their step
        for kind, day in kinds:
            letters.mark_sent(s, request_id, kind, day, today=today)

    first = wd(today, -160)
    r = add(first, "赵建国", "自然人", "东风村2025年度耕地地力保护补贴发放名单", contact="13803112233",
            address="示范县东风镇东风村二组")
    step(rq.answer, r, day=wd(first, 8), result="予以公开", text="该信息已在东风村村务公开栏公示，现将名单复印件一并提供。")
    sent(r, (letters.RECEIPT, first), (letters.ANSWER, wd(first, 8)))

    second = wd(today, -130)
    r = add(second, "孙秀英", "自然人", "红旗村危房改造补助情况", channel="邮寄")
    step(rq.ask_supplement, r, asked_on=wd(second, 3), content="请写明所需信息的年度，以及需要的是补助名单还是资金拨付情况")
    step(rq.receive_supplement, r, received_on=wd(second, 6))
    step(rq.answer, r, day=wd(second, 20), result="部分公开", text="补助名单中农户的身份证号码、银行账号属于个人隐私，已作去标识化处理。")
    sent(r, (letters.RECEIPT, second), (letters.SUPPLEMENT, wd(second, 3)), (letters.ANSWER, wd(second, 20)))

    third = wd(today, -100)
    r = add(third, "示范县宏远建材有限公司", "商业企业", "东风镇2026年村道硬化工程中标单位的投标报价明细", channel="网络",
            applicant_id="91130123MA0DXK2Y4R")
    step(rq.send_consult, r, sent_on=wd(third, 4), party="示范县路通建筑工程有限公司", replied_on=wd(third, 12),
         opinion="不同意公开，报价明细属于本公司商业秘密")
    step(rq.extend, r, day=wd(third, 24), approved_by="张华", reason="需征求第三方意见并调取招标档案核实")
    answered = wd(third, 30)
    step(rq.answer, r, day=answered, result="不予公开:保护第三方合法权益")
    sent(r, (letters.RECEIPT, third), (letters.THIRD_PARTY, wd(third, 4)), (letters.EXTENSION, wd(third, 24)),
         (letters.ANSWER, answered))
    filed = answered + dt.timedelta(days=20)
    step(rq.record_case, r, kind="行政复议", result="尚未审结", day=filed, organ="示范县人民政府")
    if filed + dt.timedelta(days=45) <= today:
        step(rq.record_case, r, kind="行政复议", result="维持", day=filed + dt.timedelta(days=45))

    fourth = wd(today, -60)
    r = add(fourth, "刘洋", "自然人", "2015年东风镇土地征收补偿安置方案原件", channel="平常信函")
    step(rq.answer, r, day=wd(fourth, 12), result="无法提供:本机关不掌握相关政府信息",
         text="经检索，该信息由示范县自然资源局制作并保存，您可向该局申请（联系电话：0311-8000123）。")

    fifth = wd(today, -40)
    r = add(fifth, "示范县正言律师事务所", "法律服务机构", "东风村2025年度耕地地力保护补贴发放名单", channel="网络")
    step(rq.answer, r, day=wd(fifth, 5), result="不予处理:重复申请")

    open_ = wd(today, -17)   # due in three working days
    add(open_, "周志强", "自然人", "东风镇2026年防汛物资采购合同", contact="13903114455")

    waiting = wd(today, -4)
    r = add(waiting, "吴桂兰", "自然人", "镇里发放的补助资金情况", channel="网络")
    step(rq.ask_supplement, r, asked_on=wd(waiting, 2), content="请写明所需补助的项目名称、年度和发放对象所在的村")
    return 7
