"""The letters a township sends about an information request, filled from the register (issue 14, item 5).

Each letter is a `Document` (the one model of io/document.py) in the GB/T 9704 layout: title, the register's 编号
under it, the addressee flush left, the body, the unit and the date with room for the seal. Written to .docx by
io/docx_writer.py. Letters go to the applicant (or, for the 征求第三方意见书, to the third party — which is never
told who applied), so they are not public documents; the applicant's ID, contact and address never appear.

    登记回执           the receipt and the day the answer is due
    补正告知书         what to supply and by when (第二十九条、第三十条)
    延期答复告知书     the extension and the new due day (第三十三条第二款)
    征求第三方意见书   to the third party, 15 working days (第三十二条)
    答复书            the answer for its outcome, with the legal basis and the 复议/诉讼 rights sentence

Writing a letter records it on the request (`InfoRequestLetter`, one per kind and step); `mark_sent` records the
day it was sent.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from gkdesk import clock
from gkdesk.domain import requests as rules
from gkdesk.domain.dates import format_cn
from gkdesk.domain.money import format_fen
from gkdesk.domain.requests import REGULATION, Outcome
from gkdesk.io.document import Document
from gkdesk.services import requests as register
from gkdesk.services import settings
from gkdesk.services.calendar import load_calendar
from gkdesk.services.errors import UserError
from gkdesk.store.models import InfoRequest, InfoRequestLetter

RECEIPT, SUPPLEMENT, EXTENSION, THIRD_PARTY, ANSWER = (
    "登记回执", "补正告知书", "延期答复告知书", "征求第三方意见书", "答复书")
LETTER_KINDS: tuple[str, ...] = (RECEIPT, SUPPLEMENT, EXTENSION, THIRD_PARTY, ANSWER)
_KIND_ALIASES = {"回执": RECEIPT, "补正": SUPPLEMENT, "补正告知": SUPPLEMENT, "延期": EXTENSION,
                 "延期告知书": EXTENSION, "征求意见书": THIRD_PARTY, "第三方意见书": THIRD_PARTY,
                 "征求第三方意见": THIRD_PARTY, "答复": ANSWER, "告知书": ANSWER, "答复告知书": ANSWER}

# The answer's title by outcome: 答复书 when information is given, 告知书 when it is not.
_ANSWER_TITLES = {
    rules.DISCLOSED: "政府信息公开申请答复书",
    rules.PARTLY_DISCLOSED: "政府信息部分公开告知书",
    rules.WITHHELD: "政府信息不予公开告知书",
    rules.UNAVAILABLE: "政府信息无法提供告知书",
    rules.NOT_PROCESSED: "政府信息公开申请不予处理告知书",
    rules.OTHER: "政府信息公开申请处理告知书",
}

# What the office found, per outcome; the letter adds the articles (Outcome.basis) and what follows from them.
_FINDINGS: dict[tuple[str, int | None], str] = {
    (rules.DISCLOSED, None): "经审查，您申请公开的政府信息属于可以公开的政府信息",
    (rules.PARTLY_DISCLOSED, None): "经审查，您申请公开的政府信息中含有不应当公开的内容，但能够作区分处理",
    (rules.WITHHELD, 1): "经审查，您申请公开的政府信息属于国家秘密",
    (rules.WITHHELD, 2): "经审查，您申请公开的政府信息属于法律、行政法规禁止公开的政府信息",
    (rules.WITHHELD, 3): "经审查，您申请公开的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定",
    (rules.WITHHELD, 4): "经审查，您申请公开的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害",
    (rules.WITHHELD, 5): "经审查，您申请公开的政府信息属于行政机关的人事管理、后勤管理、内部工作流程等内部事务信息",
    (rules.WITHHELD, 6): ("经审查，您申请公开的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、"
                          "磋商信函、请示报告等过程性信息"),
    (rules.WITHHELD, 7): "经审查，您申请公开的政府信息属于行政执法案卷信息",
    (rules.WITHHELD, 8): ("经审查，您申请公开的政府信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取"
                          "有特别规定"),
    (rules.UNAVAILABLE, 1): "经检索，本机关未制作、获取您申请公开的政府信息，该政府信息不存在或者不属于本机关负责公开",
    (rules.UNAVAILABLE, 2): "经审查，本机关没有您申请公开的现成信息，需要对现有政府信息进行加工、分析才能形成",
    (rules.UNAVAILABLE, 3): "您补正后的申请内容仍不明确，本机关无法确定您申请公开的政府信息",
    (rules.NOT_PROCESSED, 1): "经审查，您以政府信息公开申请的形式提出的是信访、投诉、举报事项",
    (rules.NOT_PROCESSED, 2): "经核查，本机关已就您提出的相同政府信息公开申请作出过答复，您本次属于重复申请",
    (rules.NOT_PROCESSED, 3): "经审查，您申请获取的是政府公报、报刊、书籍等公开出版物",
    (rules.NOT_PROCESSED, 4): "经审查，您申请公开政府信息的数量、频次明显超过合理范围，且未能说明合理理由",
    (rules.NOT_PROCESSED, 5): "经审查，您的申请是要求本机关确认或者重新出具您已获取的信息，不属于获取政府信息的申请",
    (rules.OTHER, 1): "本机关已告知您补正申请，您无正当理由逾期未补正",
    (rules.OTHER, 2): "本机关已向您发出信息处理费收费通知，您逾期未按收费通知要求缴纳费用",
    (rules.OTHER, 3): "",
}
# What the office decides, per category (after "根据…的规定，").
_DECISIONS: dict[tuple[str, int | None], str] = {
    (rules.DISCLOSED, None): "本机关予以公开，现按您要求的形式向您提供该政府信息（见附件）",
    (rules.PARTLY_DISCLOSED, None): "本机关向您提供可以公开的部分（见附件），对不应当公开的部分不予公开",
    (rules.WITHHELD, 8): "本机关不予提供，请您依照有关法律、行政法规的规定办理",
    (rules.UNAVAILABLE, 1): "现告知您本机关无法提供该政府信息",
    (rules.UNAVAILABLE, 2): "本机关不予提供",
    (rules.UNAVAILABLE, 3): "本机关无法向您提供",
    (rules.NOT_PROCESSED, 1): "本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出",
    (rules.NOT_PROCESSED, 2): "本机关不予重复处理",
    (rules.NOT_PROCESSED, 3): "本机关不予处理，您可以通过公开发行渠道或者公共图书馆、档案馆等途径获取",
    (rules.NOT_PROCESSED, 4): "本机关不予处理",
    (rules.NOT_PROCESSED, 5): "本机关不作为政府信息公开申请处理",
    (rules.OTHER, 1): "视为您放弃申请，本机关不再处理该政府信息公开申请",
    (rules.OTHER, 2): "视为您放弃申请，本机关不再处理该政府信息公开申请",
}
_WITHHELD_DECISION = "本机关决定不予公开"


def normalize_kind(value: object) -> str:
    text = "".join(str(value or "").split())
    if text in LETTER_KINDS:
        return text
    found = _KIND_ALIASES.get(text) or next((k for k, title in _ANSWER_TITLES.items() if title == text), None)
    if found in _ANSWER_TITLES:
        found = ANSWER
    if found is None:
        raise UserError(f"文书种类“{value}”无法识别，请填写{'、'.join(LETTER_KINDS)}之一。")
    return found


def _you(request: InfoRequest) -> str:
    return "贵单位" if rules.is_organization(request.applicant_type) else "您"


def _yours(request: InfoRequest, text: str) -> str:
    """The letters are written to a person (您); an organisation is 贵单位."""
    return text.replace("您", _you(request))


def _received_sentence(request: InfoRequest) -> str:
    """The request as the letter recalls it (its 编号 stands under the title)."""
    return (f"本机关于{format_cn(request.received_on)}收到{_you(request)}以{rules.CHANNEL_WORDS[request.channel]}方式"
            f"提出的政府信息公开申请，申请公开“{request.content.rstrip('。')}”。")


def _contact(session: Session, request: InfoRequest) -> str:
    """The 附注 under the date: （联系人：李明，联系电话：0311-8123456）."""
    unit = settings.get_unit(session)
    parts = [f"联系人：{request.handler}"] if request.handler else []
    if unit and unit.phone:
        parts.append(f"联系电话：{unit.phone}")
    return f"（{'，'.join(parts)}）" if parts else ""


def _address(session: Session) -> str:
    unit = settings.get_unit(session)
    return f"（地址：{unit.address}）" if unit and unit.address else ""


def _rights(session: Session, request: InfoRequest, outcome: Outcome, title: str) -> str:
    """The 复议/诉讼 sentence: 60 days for 行政复议, 6 months for 行政诉讼. A 不予公开 goes to 复议 first
    (行政复议法 2023 第二十三条第一款第四项), so its letter names 复议 and the suit after it."""
    paper = "本告知书" if title.endswith("告知书") else "本答复书"
    you = "贵单位" if rules.is_organization(request.applicant_type) else "您"
    if outcome.category == rules.WITHHELD:
        return (f"如{you}对本答复不服，可以自收到{paper}之日起60日内向{register.review_organ(session)}申请行政复议；"
                "对行政复议决定不服的，可以依法向人民法院提起行政诉讼。")
    return (f"如{you}对本答复不服，可以自收到{paper}之日起60日内向{register.review_organ(session)}申请行政复议，"
            f"或者自收到{paper}之日起6个月内向{register.court(session)}提起行政诉讼。")


def _letter(session: Session, request: InfoRequest, title: str, addressee: str, body: list[str],
            day: dt.date) -> Document:
    unit = settings.get_unit(session)
    contact = _contact(session, request)
    return Document(title=title, subtitle_lines=[request.number], subtitle_align="center",
                    addressee=f"{addressee}：", paragraphs_before=body, signature_lines=[settings.authority_name(unit)],
                    signature_date=format_cn(day), seal_space=True, notes=[contact] if contact else [], public=False)


def _receipt(session: Session, request: InfoRequest, status) -> tuple[Document, int | None]:
    first = _yours(request, f"{_you(request)}于{format_cn(request.received_on)}以"
                   f"{rules.CHANNEL_WORDS[request.channel]}方式向本机关提出的政府信息公开申请已收悉，申请公开"
                   f"“{request.content.rstrip('。')}”。本机关已予登记，登记编号为{request.number}。依照{REGULATION}"
                   f"第三十一条，{rules.RECEIPT_RULES[request.channel].split('（')[0]}，即"
                   f"{format_cn(request.received_on)}。")
    due = rules.answer_clock(load_calendar(session), request.received_on, today=request.received_on).due
    second = (f"本机关将依照{REGULATION}第三十三条的规定，自收到申请之日起20个工作日内（即{format_cn(due)}前）"
              "作出答复；需要延长答复期限的，将另行书面告知。征求第三方或者其他机关意见所需时间不计算在上述期限内。")
    return _letter(session, request, "政府信息公开申请登记回执", request.applicant_name, [first, second],
                   request.received_on), None


def _supplement(session: Session, request: InfoRequest, status) -> tuple[Document, int | None]:
    s = status.supplement
    if s is None:
        raise UserError(f"{request.number}没有告知补正的记录，不能生成补正告知书；请先登记补正告知。")
    body = [_received_sentence(request),
            _yours(request, f"经审查，您的申请内容不够明确，本机关无法确定您所需要的政府信息。根据{REGULATION}"
                   f"第二十九条、第三十条的规定，请您对以下事项作出补正：{s.content.rstrip('。')}。"),
            _yours(request, f"请您于{format_cn(s.reply_by)}前将补正后的申请提交本机关{_address(session)}。"
                   "答复期限自本机关收到补正的申请之日起"
                   "计算。您无正当理由逾期不补正的，视为放弃申请，本机关将不再处理该政府信息公开申请。")]
    return _letter(session, request, "政府信息公开申请补正告知书", request.applicant_name, body, s.asked_on), s.event_id


def _extension(session: Session, request: InfoRequest, status) -> tuple[Document, int | None]:
    e = status.extension
    if e is None:
        raise UserError(f"{request.number}没有延期答复的记录，不能生成延期答复告知书；请先登记延期。")
    reason = e.reason.rstrip("。")
    if not reason.startswith(("因", "由于")):
        reason = "因" + reason
    # The due day as the letter's day knew it: a consultation answered later is not yet counted.
    then = register.request_status(request, load_calendar(session), as_of=e.day).clock
    due = then.due
    when = f"本机关将于{format_cn(due)}前作出答复" if due and not then.provisional else "本机关将在延长后的期限内作出答复"
    body = [_received_sentence(request),
            _yours(request, f"{reason}，本机关不能在规定期限内作出答复。经本机关负责人同意，根据{REGULATION}第三十三条"
                   f"第二款的规定，答复期限延长{e.days}个工作日，{when}。"),
            "征求第三方或者其他机关意见所需时间不计算在答复期限内。特此告知。"]
    return _letter(session, request, "政府信息公开申请延期答复告知书", request.applicant_name, body, e.day), e.event_id


def _third_party(session: Session, request: InfoRequest, status, event_id: int | None) -> tuple[Document, int | None]:
    consults = [c for c in status.consults if c.kind == rules.CONSULT_THIRD_PARTY
                and (event_id is None or c.event_id == event_id)]
    if not consults:
        raise UserError(f"{request.number}没有征求第三方意见的记录，不能生成征求第三方意见书；请先登记征求意见。")
    c = consults[-1]
    # To the third party: the request's subject, never who asked.
    asked = (f"本机关于{format_cn(request.received_on)}收到一份政府信息公开申请，"
             f"申请公开“{request.content.rstrip('。')}”。本机关认为，该政府信息的公开可能损害您（单位）的合法权益。"
             f"根据{REGULATION}第三十二条的规定，现征求您（单位）的意见。")
    how = (f"请您（单位）自收到本意见书之日起15个工作日内，以书面形式提出是否同意公开的意见及理由，并送达本机关。"
           f"逾期未提出意见的，由本机关依照{REGULATION}的规定决定是否公开。第三方不同意公开且有合理理由的，本机关不予公开；"
           "本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知第三方。")
    body = [asked, how]
    return _letter(session, request, "政府信息公开征求第三方意见书", c.party, body, c.sent_on), c.event_id


def answer_title(outcome: Outcome) -> str:
    if outcome.category == rules.OTHER and outcome.number in (1, 2):
        return "不再处理政府信息公开申请告知书"
    return _ANSWER_TITLES[outcome.category]


def _answer(session: Session, request: InfoRequest, status) -> tuple[Document, int | None]:
    a = status.answer
    if a is None:
        raise UserError(f"{request.number}还没有答复，不能生成答复书；请先登记答复结果。")
    outcome = a.outcome
    title = answer_title(outcome)
    body = [_received_sentence(request)]
    history = []
    if status.supplement and status.supplement.received_on:
        history.append(f"本机关于{format_cn(status.supplement.asked_on)}告知您补正，"
                       f"于{format_cn(status.supplement.received_on)}收到补正后的申请")
    if status.extension:
        history.append(f"经本机关负责人同意，答复期限已延长{status.extension.days}个工作日")
    if history:
        body.append(_yours(request, "，".join(history) + "。"))
    finding = _FINDINGS[(outcome.category, outcome.number)]
    basis_articles = outcome.basis
    third_parties = [c for c in status.consults if c.kind == rules.CONSULT_THIRD_PARTY]
    if outcome == Outcome(rules.WITHHELD, 4, rules.REASONS[rules.WITHHELD][3]) and third_parties:
        finding += "，经依法征求第三方意见，第三方不同意公开"
        basis_articles = "第十五条、第三十二条、第三十六条第三项"
    if outcome.category == rules.OTHER and outcome.number == 1 and status.supplement:
        finding = (f"本机关已于{format_cn(status.supplement.asked_on)}告知您补正申请，补正期限至"
                   f"{format_cn(status.supplement.reply_by)}，您无正当理由逾期未补正")
    decision = _DECISIONS.get((outcome.category, outcome.number), _WITHHELD_DECISION)
    if basis_articles:
        basis = f"根据{REGULATION}{basis_articles}的规定"
        if outcome == rules.FEE_UNPAID:
            basis += "和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定"
        body.append(_yours(request, f"{finding}。{basis}，{decision}。"))
    detail = a.text.strip()
    if detail:
        body.append(_yours(request, detail.rstrip("。") + "。"))
    fee = next((f for f in request.fees if f.with_answer), None)
    if fee is not None:
        body.append(_yours(request, f"根据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），本次申请收取信息处理费"
                           f"{format_fen(fee.amount_fen)}元，请您按收费通知缴纳。"))
    body.append(_rights(session, request, outcome, title))
    return _letter(session, request, title, request.applicant_name, body, a.day), a.event_id


_BUILDERS = {RECEIPT: _receipt, SUPPLEMENT: _supplement, EXTENSION: _extension, ANSWER: _answer}


def build_letter(session: Session, ref: object, kind: object, *, event_id: int | None = None,
                 today: dt.date | None = None) -> tuple[Document, InfoRequest, str, int | None]:
    """The letter as a Document, with its request, kind and the step it belongs to."""
    kind = normalize_kind(kind)
    request = register.get_request(session, ref)
    status = register.status_of(session, request, today or clock.today())
    if kind == THIRD_PARTY:
        doc, step = _third_party(session, request, status, event_id)
    else:
        doc, step = _BUILDERS[kind](session, request, status)
    return doc, request, kind, step


def available_letters(request: InfoRequest, status) -> list[str]:
    """The letters the steps so far allow, in the order they are sent."""
    out = [RECEIPT]
    if status.supplement is not None:
        out.append(SUPPLEMENT)
    if status.extension is not None:
        out.append(EXTENSION)
    if any(c.kind == rules.CONSULT_THIRD_PARTY for c in status.consults):
        out.append(THIRD_PARTY)
    if status.answer is not None:
        out.append(ANSWER)
    return out


def letter_file_name(request: InfoRequest, doc: Document) -> str:
    """东政依申〔2026〕3号政府信息公开申请补正告知书.docx (a name Windows accepts)."""
    return f"{request.number}{doc.title}.docx".replace("/", "／").replace("\\", "＼")


def _record(session: Session, request: InfoRequest, kind: str, step: int | None, title: str,
            file_name: str, sent_on: dt.date | None, today: dt.date) -> InfoRequestLetter:
    letter = next((le for le in request.letters if le.kind == kind and le.event_id == step), None)
    if letter is None:
        letter = InfoRequestLetter(kind=kind, event_id=step, title=title, generated_on=today, file_name=file_name)
        request.letters.append(letter)
    else:
        letter.generated_on, letter.title, letter.file_name = today, title, file_name
    if sent_on is not None:
        letter.sent_on = sent_on
    session.flush()
    return letter


def _sent_day(value: object, today: dt.date, request: InfoRequest) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    day = register.step_day(value, "送达日期", today)
    if day < request.received_on:
        raise UserError(f"送达日期（{format_cn(day)}）早于收到申请日期，请核对。")
    return day


def write_letter(session: Session, ref: object, kind: object, path: str | Path, *, sent_on: object = None,
                 event_id: int | None = None, today: dt.date | None = None) -> InfoRequestLetter:
    """Write the letter as .docx and list it on the request (generated today; sent on ``sent_on`` if given)."""
    from gkdesk.io.docx_writer import write_docx  # python-docx only when a letter is written

    today = today or clock.today()
    doc, request, kind, step = build_letter(session, ref, kind, event_id=event_id, today=today)
    sent = _sent_day(sent_on, today, request)
    write_docx(doc, path)
    return _record(session, request, kind, step, doc.title, Path(path).name, sent, today)


def mark_sent(session: Session, ref: object, kind: object, sent_on: object, *, event_id: int | None = None,
              today: dt.date | None = None) -> InfoRequestLetter:
    """Record the day a letter was sent (or handed over); the letter need not have been written by the program."""
    today = today or clock.today()
    doc, request, kind, step = build_letter(session, ref, kind, event_id=event_id, today=today)
    sent = _sent_day(sent_on, today, request)
    if sent is None:
        raise UserError("请填写送达日期。")
    existing = next((le for le in request.letters if le.kind == kind and le.event_id == step), None)
    # A letter written elsewhere (by hand, from a template) is listed as made on the day it was sent.
    return _record(session, request, kind, step, doc.title, existing.file_name if existing else "", sent,
                   existing.generated_on if existing else sent)


def mark_letter_sent(session: Session, letter_id: int, sent_on: object, today: dt.date | None = None) -> InfoRequestLetter:
    """Record the day a listed letter was sent (the window picks the letter from the request's list)."""
    letter = session.get(InfoRequestLetter, letter_id)
    if letter is None:
        raise UserError("这份文书的记录已不存在（可能已被撤销），请刷新后重试。")
    sent = _sent_day(sent_on, today or clock.today(), letter.request)
    if sent is None:
        raise UserError("请填写送达日期。")
    letter.sent_on = sent
    session.flush()
    return letter
