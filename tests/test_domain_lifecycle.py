"""The publicity life cycle: what the clerk may do in each state, and why not when refused."""
from __future__ import annotations

import datetime as dt

import pytest

from gkdesk.domain import vocab
from gkdesk.domain.lifecycle import (
    ACTION_LABELS,
    ACTIONS,
    ALLOWED,
    ARCHIVE,
    EXPIRE,
    PUBLISH,
    REOPEN,
    REVIEW,
    SUBMIT,
    SUPERSEDE,
    TransitionError,
    available_actions,
    check_transition,
    edit_resets_review,
    is_read_only,
    state_after_time,
)
from gkdesk.domain.vocab import ARCHIVED, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED


@pytest.mark.parametrize(
    "state, action, reviewed, new_state",
    [
        (DRAFT, SUBMIT, False, PENDING_REVIEW),
        (PENDING_REVIEW, REVIEW, False, PENDING_REVIEW),
        (PENDING_REVIEW, REVIEW, True, PENDING_REVIEW),  # a second review replaces the first
        (PENDING_REVIEW, PUBLISH, True, PUBLISHING),
        (PENDING_REVIEW, REOPEN, False, DRAFT),
        (PENDING_REVIEW, REOPEN, True, DRAFT),
        (PUBLISHING, EXPIRE, True, ENDED),
        (PUBLISHING, SUPERSEDE, True, SUPERSEDED),
        (ENDED, SUPERSEDE, True, SUPERSEDED),
        (ENDED, ARCHIVE, True, ARCHIVED),
    ],
)
def test_allowed_transitions(state, action, reviewed, new_state):
    assert check_transition(state, action, reviewed=reviewed) == new_state


def test_the_whole_life_of_a_publicity():
    state = DRAFT
    for action in (SUBMIT, REVIEW, PUBLISH, EXPIRE, ARCHIVE):
        state = check_transition(state, action, reviewed=action != SUBMIT)
    assert state == ARCHIVED


@pytest.mark.parametrize(
    "state, action, reason",
    [
        (PENDING_REVIEW, PUBLISH, "尚未完成保密审查，不能开始公示（先审后发）"),
        (DRAFT, PUBLISH, "草稿还没有经过保密审查，不能开始公示，请先提交审核（先审后发）"),
        (DRAFT, REVIEW, "草稿还没有提交审核，请先提交审核再做保密审查"),
        (DRAFT, EXPIRE, "尚未公示，不能结束公示"),
        (DRAFT, SUPERSEDE, "尚未公示，不需要发布更正，直接修改名单即可"),
        (DRAFT, ARCHIVE, "尚未公示，不能归档，请先完成公示"),
        (DRAFT, REOPEN, "已经是草稿，可以直接修改"),
        (PENDING_REVIEW, SUBMIT, "已经提交审核，不必重复提交"),
        (PENDING_REVIEW, EXPIRE, "尚未公示，不能结束公示"),
        (PENDING_REVIEW, SUPERSEDE, "尚未公示，不需要发布更正，退回修改名单即可"),
        (PENDING_REVIEW, ARCHIVE, "尚未公示，不能归档，请先完成公示"),
        (PUBLISHING, ARCHIVE, "公示期未满，不能归档"),
        (PUBLISHING, SUBMIT, "名单已在公示中，不能再提交审核；如需更正，请登记异议后发布更正公示"),
        (PUBLISHING, REVIEW, "名单已在公示中，不能再做保密审查；如需更正，请登记异议后发布更正公示"),
        (PUBLISHING, PUBLISH, "名单已在公示中，不能重复公示"),
        (PUBLISHING, REOPEN, "名单已在公示中，不能退回修改；如需更正，请登记异议后发布更正公示"),
        (ENDED, SUBMIT, "公示期已满，名单不能再提交审核；如需更正，请登记异议后发布更正公示"),
        (ENDED, REVIEW, "公示期已满，不能再做保密审查；如需更正，请登记异议后发布更正公示"),
        (ENDED, PUBLISH, "公示期已满，不能重复公示；如需更正，请登记异议后发布更正公示"),
        (ENDED, EXPIRE, "公示期已经届满，无需再次结束"),
        (ENDED, REOPEN, "公示期已满，名单不能退回修改；如需更正，请登记异议后发布更正公示"),
        *[(ARCHIVED, action, "已归档的公示不能修改") for action in ACTIONS],
        *[(SUPERSEDED, action, "该公示已被更正后的新公示取代，不能再操作，请在新的公示上办理") for action in ACTIONS],
    ],
)
def test_refused_transitions_say_why(state, action, reason):
    with pytest.raises(TransitionError) as caught:
        check_transition(state, action, reviewed=state != PENDING_REVIEW)
    assert str(caught.value) == reason
    assert isinstance(caught.value, ValueError)


def test_every_refusal_has_a_reason_the_clerk_can_read():
    for state in ALLOWED:
        for action in ACTIONS:
            for reviewed in (False, True):
                try:
                    check_transition(state, action, reviewed=reviewed)
                except TransitionError as error:
                    assert "状态下不能" not in str(error)  # a specific reason, not the generic text


@pytest.mark.parametrize(
    "end_date, today, allowed",
    [
        ("2026-06-30", "2026-06-29", False),
        ("2026-06-30", "2026-06-30", False),  # the end day still belongs to the period
        ("2026-06-30", "2026-07-01", True),
    ],
)
def test_expire_waits_for_the_end_of_the_period(end_date, today, allowed):
    end, now = dt.date.fromisoformat(end_date), dt.date.fromisoformat(today)
    if allowed:
        assert check_transition(PUBLISHING, EXPIRE, end_date=end, today=now) == ENDED
    else:
        with pytest.raises(TransitionError, match="公示期到2026年6月30日才结束，期满前不能结束公示"):
            check_transition(PUBLISHING, EXPIRE, end_date=end, today=now)


@pytest.mark.parametrize(
    "state, action, message",
    [
        ("公示", SUBMIT, "未知的公示状态“公示”"),
        (DRAFT, "delete", "未知的操作“delete”"),
    ],
)
def test_unknown_states_and_actions(state, action, message):
    with pytest.raises(TransitionError, match=message):
        check_transition(state, action)


@pytest.mark.parametrize(
    "state, reviewed, actions",
    [
        (DRAFT, False, (SUBMIT,)),
        (PENDING_REVIEW, False, (REVIEW, REOPEN)),
        (PENDING_REVIEW, True, (REVIEW, PUBLISH, REOPEN)),
        (PUBLISHING, True, (EXPIRE, SUPERSEDE)),
        (ENDED, True, (SUPERSEDE, ARCHIVE)),
        (ARCHIVED, True, ()),
        (SUPERSEDED, True, ()),
    ],
)
def test_available_actions(state, reviewed, actions):
    assert available_actions(state, reviewed=reviewed) == actions
    for action in actions:
        check_transition(state, action, reviewed=reviewed)


@pytest.mark.parametrize(
    "state, read_only, resets_review",
    [
        (DRAFT, False, False),
        (PENDING_REVIEW, False, True),
        (PUBLISHING, True, False),
        (ENDED, True, False),
        (ARCHIVED, True, False),
        (SUPERSEDED, True, False),
        ("unknown", True, False),
    ],
)
def test_only_draft_and_pending_lists_are_editable(state, read_only, resets_review):
    assert is_read_only(state) is read_only
    assert edit_resets_review(state) is resets_review


@pytest.mark.parametrize(
    "state, end_date, today, after",
    [
        (PUBLISHING, "2026-06-30", "2026-06-29", PUBLISHING),
        (PUBLISHING, "2026-06-30", "2026-06-30", PUBLISHING),
        (PUBLISHING, "2026-06-30", "2026-07-01", ENDED),
        (PUBLISHING, "2026-06-30", "2027-01-01", ENDED),
        (PUBLISHING, None, "2027-01-01", PUBLISHING),
        (PENDING_REVIEW, "2026-06-30", "2026-07-01", PENDING_REVIEW),
        (DRAFT, "2026-06-30", "2026-07-01", DRAFT),
        (ENDED, "2026-06-30", "2026-07-01", ENDED),
        (SUPERSEDED, "2026-06-30", "2026-07-01", SUPERSEDED),
        (ARCHIVED, "2026-06-30", "2026-07-01", ARCHIVED),
    ],
)
def test_state_after_time(state, end_date, today, after):
    end = dt.date.fromisoformat(end_date) if end_date else None
    assert state_after_time(state, end, dt.date.fromisoformat(today)) == after


def test_table_covers_every_state_and_labels_every_action():
    assert set(ALLOWED) == set(vocab.BATCH_STATES)
    assert set(ACTION_LABELS) == set(ACTIONS)
    assert all(new in vocab.BATCH_STATES for moves in ALLOWED.values() for new in moves.values())


# ---- vocabularies (domain.md) ----------------------------------------------------------------


def test_vocabularies_match_the_domain_reference():
    assert len(vocab.AREAS_26) == 26 == len(set(vocab.AREAS_26))
    assert (vocab.AREAS_26[0], vocab.AREAS_26[14], vocab.AREAS_26[-1]) == ("重大建设项目", "涉农补贴", "保障性住房")
    assert len(vocab.CHANNELS_13) == 13 == len(set(vocab.CHANNELS_13))
    assert vocab.CHANNELS_13[10] == "社区/企事业单位/村公示栏(电子屏)"
    assert vocab.CHANNELS_13[-1] == "其他"
    assert len(vocab.INTERP_FORMS) == 11 and "动漫/漫画" in vocab.INTERP_FORMS
    assert vocab.INTERP_ROLES == ("主要负责人", "分管负责人", "科室负责人", "专家", "其他")
    assert vocab.PERIOD_UNITS == ("自然日", "工作日")
    assert vocab.BATCH_STATES == ("草稿", "待审核", "公示中", "公示期满", "已归档", "已更正")


def test_the_state_as_the_clerk_reads_it_and_the_countdown_before_the_posting_day():
    from gkdesk.domain.lifecycle import countdown, state_text

    today = dt.date(2026, 12, 6)
    assert state_text(PENDING_REVIEW, False, None, today) == "待审核"
    assert state_text(PENDING_REVIEW, True, None, today) == "已审查，待公示"
    assert state_text(PUBLISHING, True, dt.date(2026, 12, 7), today) == "待开始公示"
    assert state_text(PUBLISHING, True, today, today) == "公示中"
    assert countdown(PUBLISHING, dt.date(2026, 12, 7), dt.date(2026, 12, 13), today) == "明天开始公示"
    assert countdown(PUBLISHING, dt.date(2026, 12, 9), dt.date(2026, 12, 15), today) == "3天后开始公示"
    assert countdown(PUBLISHING, dt.date(2026, 12, 1), dt.date(2026, 12, 7), today) == "还剩1天"
    assert countdown(PUBLISHING, dt.date(2026, 11, 30), today, today) == "今天期满"
    assert countdown(ENDED, dt.date(2026, 11, 1), dt.date(2026, 11, 7), today) == ""
