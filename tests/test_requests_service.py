"""The 依申请公开 register through its service: steps, the refusals of issue 14 item 6 (one sentence, nothing
written), numbering, reminders, privacy, the audit and undo."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from gkdesk.services import reminders, settings
from gkdesk.services import requests as rq
from gkdesk.services.errors import UserError
from gkdesk.store.db import open_database
from gkdesk.store.models import AuditEntry, InfoRequestEvent

TODAY = dt.date(2026, 12, 31)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture
def db(data_folder):
    db = open_database(data_folder, start_backup=False)
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", county="示范县", phone="0311-8123456")
        settings.set_setting(s, "clerk_name", "李明")
    yield db
    db.close()


def add(s, received="2026-09-25", **kw):
    values = {"received_on": received, "channel": "当面", "applicant_name": "张三", "applicant_type": "自然人",
              "content": "东风村道路硬化工程招标文件", "today": TODAY}
    values.update(kw)
    return rq.add_request(s, **values)


def status(s, request, today=TODAY):
    s.expire_all()
    return rq.status_of(s, s.get(type(request), request.id), today)


def writes(s) -> tuple[int, int]:
    return (s.scalar(select(func.count(InfoRequestEvent.id))), s.scalar(select(func.count(AuditEntry.id))))


def refused(s, fn, *args, match: str, **kw) -> str:
    """The step is refused with one sentence and nothing is written."""
    before = writes(s)
    with pytest.raises(UserError, match=match) as exc:
        fn(s, *args, today=TODAY, **kw)
    s.flush()
    assert writes(s) == before
    message = str(exc.value)
    assert message.endswith("。") and message.count("。") == 1
    return message


# ---- the register --------------------------------------------------------------------------------------------

def test_numbers_run_per_year_with_the_unit_prefix_and_the_setting(db):
    with db.transaction() as s:
        assert [add(s).number, add(s).number] == ["东政依申〔2026〕1号", "东政依申〔2026〕2号"]
        settings.set_setting(s, "request_number_prefix", "东风镇依申")
        assert add(s, received="2025-12-30").number == "东风镇依申〔2025〕1号"
        assert add(s).number == "东风镇依申〔2026〕3号"
        assert rq.get_request(s, "2026-3").number == "东风镇依申〔2026〕3号"
        assert rq.get_request(s, "东政依申〔2026〕1号").seq == 1


def test_a_request_is_checked_before_it_is_registered(db):
    with db.transaction() as s:
        with pytest.raises(UserError, match="校验位错误"):
            add(s, applicant_id="130123199003071234")
        with pytest.raises(UserError, match="统一社会信用代码"):
            add(s, applicant_type="商业企业", applicant_id="12345")
        with pytest.raises(UserError, match="晚于今天"):
            add(s, received="2027-01-05")
        with pytest.raises(UserError, match="提交方式"):
            add(s, channel="托人带来")
        with pytest.raises(UserError, match="申请公开的政府信息"):
            add(s, content="  ")
        assert rq.list_requests(s, today=TODAY) == []


# ---- the refusals of item 6 ------------------------------------------------------------------------------------

def test_an_answer_before_the_receipt_is_refused(db):
    with db.transaction() as s:
        r = add(s)
        refused(s, rq.answer, r.id, day="2026-09-24", result="予以公开", match="早于收到申请日期")


def test_a_supplement_asked_after_seven_working_days_is_kept_but_marked_late(db):
    with db.transaction() as s:
        r = add(s)
        rq.ask_supplement(s, r.id, asked_on="2026-10-13", content="请写明文件名称", today=TODAY)
        st = status(s, r)
        assert st.state == "待补正" and st.supplement.late_notice and st.supplement.limit == d("2026-10-12")
        steps = rq.timeline(r, st)
        assert steps[1].title == "告知补正（逾期告知：应于2026年10月12日前告知）"


def test_a_second_supplement_is_refused(db):
    with db.transaction() as s:
        r = add(s)
        rq.ask_supplement(s, r.id, asked_on="2026-10-09", content="请写明文件名称", today=TODAY)
        rq.receive_supplement(s, r.id, received_on="2026-10-12", today=TODAY)
        refused(s, rq.ask_supplement, r.id, asked_on="2026-10-14", content="再补", match="补正只能一次性告知")


@pytest.mark.parametrize("days", [21, 40])
def test_an_extension_beyond_twenty_working_days_is_refused(db, days):
    with db.transaction() as s:
        r = add(s)
        refused(s, rq.extend, r.id, day="2026-10-20", approved_by="王强", reason="需调取档案", days=days,
                match="最长不得超过20个工作日")


def test_a_second_extension_and_one_after_the_period_are_refused(db):
    with db.transaction() as s:
        r = add(s)
        late = add(s)
        rq.extend(s, r.id, day="2026-10-20", approved_by="王强", reason="需调取档案", days=10, today=TODAY)
        refused(s, rq.extend, r.id, day="2026-10-21", approved_by="王强", reason="还要", days=10,
                match="只允许延长一次")
        refused(s, rq.extend, late.id, day="2026-10-30", approved_by="王强", reason="来不及", match="届满后不能再延期")


def test_a_second_answer_is_refused(db):
    with db.transaction() as s:
        r = add(s)
        rq.answer(s, r.id, day="2026-10-20", result="予以公开", today=TODAY)
        refused(s, rq.answer, r.id, day="2026-10-21", result="部分公开", match="已于2026年10月20日答复")


def test_a_result_outside_the_categories_is_refused(db):
    with db.transaction() as s:
        r = add(s)
        message = refused(s, rq.answer, r.id, day="2026-10-20", result="同意公开", match="不在年度报告的办理结果分类中")
        assert "不予公开（1 属于国家秘密" in message


# ---- the clock through the steps --------------------------------------------------------------------------------

def test_the_four_checks_through_the_service(db):
    with db.transaction() as s:
        plain, extended, supplied = add(s), add(s), add(s)
        rq.extend(s, extended.id, day="2026-10-28", approved_by="王强", reason="需调取档案", today=TODAY)
        rq.ask_supplement(s, supplied.id, asked_on="2026-10-12", content="请写明文件名称", today=TODAY)
        rq.receive_supplement(s, supplied.id, received_on="2026-10-12", today=TODAY)
        assert status(s, plain).due == d("2026-10-29") and status(s, plain).clock.supplement_limit == d("2026-10-12")
        assert status(s, extended).due == d("2026-11-26")
        assert status(s, supplied).due == d("2026-11-09")
        assert not status(s, supplied).supplement.late_notice


def test_a_consultation_pauses_the_clock_until_its_reply(db):
    with db.transaction() as s:
        r = add(s)
        rq.send_consult(s, r.id, sent_on="2026-10-13", party="宏达建筑公司", today=TODAY)
        st = status(s, r, today=d("2026-10-15"))
        assert st.state == "征求意见" and st.clock.provisional and st.countdown == "期限暂停"
        refused(s, rq.answer, r.id, day="2026-10-16", result="予以公开", match="尚未登记回复")
        rq.record_consult_reply(s, r.id, replied_on="2026-10-20", opinion="不同意公开", today=TODAY)
        st = status(s, r)
        assert st.state == "办理中" and st.due == d("2026-11-06")
        assert st.clock.describe() == "收到之日起20个工作日，征求第三方意见2026-10-13至2026-10-20不计"


def test_no_supplement_in_time_is_treated_as_given_up(db):
    with db.transaction() as s:
        r = add(s)
        rq.ask_supplement(s, r.id, asked_on="2026-10-09", content="请写明文件名称", reply_by="2026-10-30",
                          today=TODAY)
        refused(s, rq.answer, r.id, day="2026-10-20", result="予以公开", match="等待补正")
        refused(s, rq.abandon, r.id, day="2026-10-30", match="届满后申请人仍未补正")
        rq.abandon(s, r.id, day="2026-11-02", today=TODAY)
        st = status(s, r)
        assert st.state == "视为放弃" and st.answer.outcome.key == "其他处理:1"


def test_a_fee_pauses_the_clock_and_unpaid_ends_the_request(db):
    with db.transaction() as s:
        r = add(s)
        refused(s, rq.abandon, r.id, day="2026-11-02", fee_unpaid=True, match="没有未缴纳的信息处理费")
        rq.fee_notice(s, r.id, notice_on="2026-10-12", amount="300", today=TODAY)
        st = status(s, r, today=d("2026-10-14"))
        assert st.state == "待缴费" and st.unpaid_fees[0].amount_fen == 30000
        refused(s, rq.abandon, r.id, day="2026-11-06", fee_unpaid=True, match="缴费期限到2026年11月9日")
        rq.abandon(s, r.id, day="2026-11-10", fee_unpaid=True, today=TODAY)
        assert status(s, r).state == "视为放弃"


def test_a_paid_fee_counts_its_days_out(db):
    with db.transaction() as s:
        r = add(s)
        rq.fee_notice(s, r.id, notice_on="2026-10-12", amount="100元", today=TODAY)
        rq.fee_paid(s, r.id, paid_on="2026-10-14", today=TODAY)
        # 10-12, 10-13, 10-14 not counted
        assert status(s, r).due == d("2026-11-03")


def test_a_review_case_and_its_result(db):
    with db.transaction() as s:
        r = add(s)
        rq.answer(s, r.id, day="2026-10-20", result="不予公开:4", today=TODAY)
        rq.record_case(s, r.id, kind="行政复议", result="尚未审结", day="2026-11-02", organ="示范县人民政府",
                       today=TODAY)
        with pytest.raises(UserError, match="尚未审结"):
            rq.record_case(s, r.id, kind="行政复议", result="尚未审结", day="2026-11-03", today=TODAY)
        case = rq.record_case(s, r.id, kind="行政复议", result="维持", day="2026-12-20", today=TODAY)
        assert (case.filed_on, case.result, case.decided_on) == (d("2026-11-02"), "维持", d("2026-12-20"))
        with pytest.raises(UserError, match="案件结果"):
            rq.record_case(s, r.id, kind="复议后起诉", result="驳回", day="2026-12-21", today=TODAY)


# ---- reminders -------------------------------------------------------------------------------------------------

def _found(s, today):
    return {(r.kind, r.extra.get("number")): r for r in reminders.due(s, today) if r.kind.startswith("request")}


def test_reminders_due_soon_overdue_supplement_and_given_up(db):
    with db.transaction() as s:
        soon = add(s, received="2026-11-20")          # due 12-18
        late = add(s, received="2026-09-25")          # due 10-29
        waiting = add(s, received="2026-12-01")
        rq.ask_supplement(s, waiting.id, asked_on="2026-12-02", content="请写明文件名称", reply_by="2026-12-10",
                          today=TODAY)
        third = add(s, received="2026-11-02")
        rq.send_consult(s, third.id, sent_on="2026-11-04", party="宏达建筑公司", today=TODAY)
    with db.session() as s:
        found = _found(s, d("2026-12-14"))
        r = found[("request_due", soon.number)]
        assert r.severity == "soon" and r.countdown == "还剩4个工作日" and r.date == d("2026-12-18")
        r = found[("request_due", late.number)]
        assert r.severity == "overdue" and r.countdown == "已逾期32个工作日"
        r = found[("request_abandon", waiting.number)]
        assert "可视为放弃申请" in r.title
        r = found[("request_consult", third.number)]
        assert "逾期未提出意见" in r.title and r.date == d("2026-11-25")
        assert ("request_due", third.number) not in found      # paused: no due reminder
        found = _found(s, d("2026-12-08"))
        assert found[("request_supplement", waiting.number)].countdown == "还剩2个工作日"
        assert found[("request_due", soon.number)].severity == "info"


def test_an_answered_request_has_no_reminder(db):
    with db.transaction() as s:
        r = add(s)
        rq.answer(s, r.id, day="2026-10-20", result="予以公开", today=TODAY)
    with db.session() as s:
        assert _found(s, TODAY) == {}


def test_a_due_day_in_an_unloaded_year_says_so(db):
    with db.transaction() as s:
        add(s, received="2026-12-15")
    with db.session() as s:
        (r,) = _found(s, TODAY).values()
        assert r.date == d("2027-01-12") and "2027年节假日安排尚未录入，按周一至周五推算" in r.detail


# ---- privacy, audit, undo ------------------------------------------------------------------------------------------

def test_lists_for_anyone_else_carry_no_personal_information(db):
    with db.transaction() as s:
        r = add(s, applicant_id="130123199003071235", contact="13812345678", address="东风村三组")
        public = rq.request_json(r, rq.status_of(s, r, TODAY), private=False)
        assert public["applicant"] == {"name": "张*", "type": "自然人", "type_label": "自然人"}
        texts = repr(public)
        assert "13812345678" not in texts and "130123199003071235" not in texts and "东风村三组" not in texts
        doc = rq.register_document(s, 2026, TODAY)
        flat = repr((doc.title, doc.subtitle_lines, doc.table.rows))
        assert doc.public and "张三" not in flat and "张*" not in flat and "13812345678" not in flat
        assert doc.table.rows[0][4] == "自然人"


def test_a_register_export_with_a_full_id_in_the_content_is_refused(db, tmp_path):
    from gkdesk.domain.privacy import PrivacyError
    from gkdesk.io.xlsx_writer import write_xlsx

    with db.transaction() as s:
        add(s, content="本人身份证130123199003071235名下的补贴发放记录")
        with pytest.raises(PrivacyError, match="表格第1行“申请内容”列"):
            write_xlsx(rq.register_document(s, 2026, TODAY), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_every_step_is_audited_with_the_clerk(db):
    with db.transaction() as s:
        r = add(s)
        rq.extend(s, r.id, day="2026-10-20", approved_by="王强", reason="需调取档案", today=TODAY)
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity.in_(["info_request", "info_request_event"]))
                            ).all()
        assert [(e.entity, e.action, e.who) for e in entries] == [("info_request", "insert", "李明"),
                                                                  ("info_request_event", "insert", "李明")]
        assert entries[1].after["kind"] == "延期答复" and entries[1].after["person"] == "王强"


def test_undo_puts_the_rows_before_an_action_back_and_redo_those_after(db):
    with db.transaction() as s:
        r = add(s)
        before = rq.request_rows(s, r.id)
        rq.send_consult(s, r.id, sent_on="2026-10-13", party="宏达建筑公司", replied_on="2026-10-20", today=TODAY)
        rq.answer(s, r.id, day="2026-11-02", result="部分公开", fee="50", today=TODAY)
        after = rq.request_rows(s, r.id)
        assert status(s, r).state == "已答复" and len(after) == len(before) + 4   # consult, reply, answer, fee
        rq.restore_request_rows(s, r.id, before)
        st = status(s, r)
        assert (st.state, st.due, st.consults, r.fees) == ("办理中", d("2026-10-29"), (), [])
        rq.restore_request_rows(s, r.id, after)
        assert status(s, r).due == d("2026-11-06") and status(s, r).answer.outcome.label == "部分公开"
        assert rq.request_rows(s, r.id) == after
        rq.fee_paid(s, r.id, paid_on="2026-11-10", today=TODAY)
        rq.restore_request_rows(s, r.id, after)   # a change of a column comes back too
        assert rq.get_request(s, r.id).fees[0].paid_on is None


def test_undo_of_a_registration_removes_it_and_redo_brings_it_back_with_its_number(db):
    with db.transaction() as s:
        r = add(s)
        rq.extend(s, r.id, day="2026-10-20", approved_by="王强", reason="需调取档案", today=TODAY)
        rows = rq.request_rows(s, r.id)
        rq.restore_request_rows(s, r.id, {})
        assert rq.list_requests(s, today=TODAY) == []
        rq.restore_request_rows(s, r.id, rows)
        again = rq.get_request(s, r.id)
        assert again.number == "东政依申〔2026〕1号" and status(s, again).due == d("2026-11-26")


def test_the_timeline_in_date_order(db):
    with db.transaction() as s:
        r = add(s)
        rq.ask_supplement(s, r.id, asked_on="2026-10-09", content="请写明文件名称", today=TODAY)
        rq.receive_supplement(s, r.id, received_on="2026-10-12", today=TODAY)
        rq.extend(s, r.id, day="2026-11-02", approved_by="王强", reason="需调取档案", today=TODAY)
        rq.answer(s, r.id, day="2026-12-01", result="部分公开", today=TODAY)
        steps = rq.timeline(r, status(s, r))
        assert [(st.day.isoformat(), st.title) for st in steps] == [
            ("2026-09-25", "收到申请（当面提交），登记为东政依申〔2026〕1号"),
            ("2026-10-09", "告知补正"),
            ("2026-10-12", "收到补正，答复期限重新起算"),
            ("2026-11-02", "延期答复20个工作日（王强批准）"),
            ("2026-12-01", "答复：部分公开"),
        ]
        assert status(s, r).due == d("2026-12-07") and not status(s, r).answer.late


# ---- the demo township ---------------------------------------------------------------------------------------------

def test_the_demo_has_requests_in_every_situation_and_keeps_its_other_figures(data_folder):
    from gkdesk import clock
    from gkdesk.services import demo

    clock.set_today(dt.date(2026, 11, 23))
    db = open_database(data_folder, start_backup=False)
    try:
        summary = demo.create_demo(db)
        assert summary == "东风镇，8个村，12个公示批次，460名补贴对象，7件依申请公开"
        with db.session() as s:
            found = {r.seq: st for r, st in rq.list_requests(s, today=dt.date(2026, 11, 23))}
            assert [found[n].state for n in range(1, 8)] == ["已答复"] * 5 + ["办理中", "待补正"]
            assert [found[n].answer.outcome.category for n in range(1, 6)] == [
                "予以公开", "部分公开", "不予公开", "无法提供", "不予处理"]
            assert found[2].supplement.received_on and found[3].extension.days == 20
            assert found[6].working_days_left == 3
            request = rq.get_request(s, 3)
            assert [(c.kind, c.result) for c in request.cases] == [("行政复议", "维持")]
            assert {r.applicant_type for r, _st in rq.list_requests(s, today=dt.date(2026, 11, 23))} == {
                "自然人", "商业企业", "法律服务机构"}
    finally:
        db.close()
