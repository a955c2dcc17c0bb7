"""Life cycle of a publicity batch (domain.md §2), as a pure table.

    草稿 --submit--> 待审核 --review--> 待审核 (reviewed) --publish--> 公示中 --expire--> 公示期满 --archive--> 已归档
    待审核 --reopen--> 草稿 (the review is cleared)
    公示中 / 公示期满 --supersede--> 已更正 (a corrected list was re-published with a new period)

先审后发: "publish" needs the 保密审查 to be recorded ("review" keeps the state 待审核 and the caller
stores the review data and sets its reviewed flag). A list can be edited only in 草稿 and 待审核, and
an edit in 待审核 clears the review (see `edit_resets_review`). Once published, a list changes only
through an objection → correction → new publicity; the old batch becomes 已更正 and stays on record.
"""
from __future__ import annotations

import datetime as dt

from gkdesk.domain.dates import format_cn
from gkdesk.domain.errors import UserFacingError
from gkdesk.domain.vocab import ARCHIVED, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED

SUBMIT = "submit"
REVIEW = "review"
PUBLISH = "publish"
EXPIRE = "expire"
SUPERSEDE = "supersede"
ARCHIVE = "archive"
REOPEN = "reopen"
ACTIONS: tuple[str, ...] = (SUBMIT, REVIEW, PUBLISH, EXPIRE, SUPERSEDE, ARCHIVE, REOPEN)

ACTION_LABELS: dict[str, str] = {
    SUBMIT: "提交审核",
    REVIEW: "保密审查",
    PUBLISH: "开始公示",
    EXPIRE: "公示期满",
    SUPERSEDE: "发布更正",
    ARCHIVE: "建档归档",
    REOPEN: "退回修改",
}

ALLOWED: dict[str, dict[str, str]] = {
    DRAFT: {SUBMIT: PENDING_REVIEW},
    PENDING_REVIEW: {REVIEW: PENDING_REVIEW, PUBLISH: PUBLISHING, REOPEN: DRAFT},
    PUBLISHING: {EXPIRE: ENDED, SUPERSEDE: SUPERSEDED},
    ENDED: {SUPERSEDE: SUPERSEDED, ARCHIVE: ARCHIVED},
    ARCHIVED: {},
    SUPERSEDED: {},
}

_EDITABLE = frozenset({DRAFT, PENDING_REVIEW})
_NOT_PUBLISHED = "尚未公示"
_CORRECT_INSTEAD = "如需更正，请登记异议后发布更正公示"

# Why an action is refused, in words the clerk understands; (state, action) → reason.
_REASONS: dict[tuple[str, str], str] = {
    (DRAFT, REVIEW): "草稿还没有提交审核，请先提交审核再做保密审查",
    (DRAFT, PUBLISH): "草稿还没有经过保密审查，不能开始公示，请先提交审核（先审后发）",
    (DRAFT, EXPIRE): f"{_NOT_PUBLISHED}，不能结束公示",
    (DRAFT, SUPERSEDE): f"{_NOT_PUBLISHED}，不需要发布更正，直接修改名单即可",
    (DRAFT, ARCHIVE): f"{_NOT_PUBLISHED}，不能归档，请先完成公示",
    (DRAFT, REOPEN): "已经是草稿，可以直接修改",
    (PENDING_REVIEW, SUBMIT): "已经提交审核，不必重复提交",
    (PENDING_REVIEW, PUBLISH): "尚未完成保密审查，不能开始公示（先审后发）",
    (PENDING_REVIEW, EXPIRE): f"{_NOT_PUBLISHED}，不能结束公示",
    (PENDING_REVIEW, SUPERSEDE): f"{_NOT_PUBLISHED}，不需要发布更正，退回修改名单即可",
    (PENDING_REVIEW, ARCHIVE): f"{_NOT_PUBLISHED}，不能归档，请先完成公示",
    (PUBLISHING, SUBMIT): f"名单已在公示中，不能再提交审核；{_CORRECT_INSTEAD}",
    (PUBLISHING, REVIEW): f"名单已在公示中，不能再做保密审查；{_CORRECT_INSTEAD}",
    (PUBLISHING, PUBLISH): "名单已在公示中，不能重复公示",
    (PUBLISHING, REOPEN): f"名单已在公示中，不能退回修改；{_CORRECT_INSTEAD}",
    (PUBLISHING, ARCHIVE): "公示期未满，不能归档",
    (ENDED, SUBMIT): f"公示期已满，名单不能再提交审核；{_CORRECT_INSTEAD}",
    (ENDED, REVIEW): f"公示期已满，不能再做保密审查；{_CORRECT_INSTEAD}",
    (ENDED, PUBLISH): f"公示期已满，不能重复公示；{_CORRECT_INSTEAD}",
    (ENDED, EXPIRE): "公示期已经届满，无需再次结束",
    (ENDED, REOPEN): f"公示期已满，名单不能退回修改；{_CORRECT_INSTEAD}",
}
_STATE_REASONS: dict[str, str] = {
    ARCHIVED: "已归档的公示不能修改",
    SUPERSEDED: "该公示已被更正后的新公示取代，不能再操作，请在新的公示上办理",
}


class TransitionError(UserFacingError, ValueError):
    """An action the life cycle does not allow; the message says why in Chinese."""


def _refusal(state: str, action: str) -> str:
    if state in _STATE_REASONS:
        return _STATE_REASONS[state]
    return _REASONS.get((state, action), f"“{state}”状态下不能{ACTION_LABELS[action]}")


def check_transition(
    state: str,
    action: str,
    *,
    reviewed: bool = False,
    end_date: dt.date | None = None,
    today: dt.date | None = None,
) -> str:
    """The state after `action`, or TransitionError with the reason.

    reviewed: the 保密审查 has been recorded (needed by "publish").
    end_date and today: when both are given, "expire" is refused while the period runs (today <= end_date).
    """
    if state not in ALLOWED:
        raise TransitionError(f"未知的公示状态“{state}”，请联系维护人员")
    if action not in ACTION_LABELS:
        raise TransitionError(f"未知的操作“{action}”，请联系维护人员")
    new_state = ALLOWED[state].get(action)
    if new_state is None or (action == PUBLISH and not reviewed):
        raise TransitionError(_refusal(state, action))
    if action == EXPIRE and end_date is not None and today is not None and today <= end_date:
        raise TransitionError(f"公示期到{format_cn(end_date)}才结束，期满前不能结束公示")
    return new_state


def available_actions(state: str, *, reviewed: bool = False) -> tuple[str, ...]:
    """Actions allowed in a state, in ACTIONS order (for enabling buttons)."""
    allowed = ALLOWED.get(state, {})
    return tuple(a for a in ACTIONS if a in allowed and (a != PUBLISH or reviewed))


def is_read_only(state: str) -> bool:
    """Whether the list of a batch in this state is closed to editing.

    Only 草稿 and 待审核 lists can be edited. A published list (公示中, 公示期满) changes only by an
    objection → correction → new publicity; 已归档 and 已更正 batches are records. An edit in 待审核
    must clear the review (edit_resets_review), so that what is published is what was reviewed.
    """
    return state not in _EDITABLE


def edit_resets_review(state: str) -> bool:
    """Whether editing the list in this state clears a recorded 保密审查 (it does in 待审核)."""
    return state == PENDING_REVIEW


def state_after_time(state: str, end_date: dt.date | None, today: dt.date) -> str:
    """The state once time has passed: 公示中 becomes 公示期满 the day after end_date."""
    if state == PUBLISHING and end_date is not None and today > end_date:
        return ENDED
    return state


# ---- how the state reads to the clerk ------------------------------------------------------------------------

REVIEWED_WAITING = "已审查，待公示"
NOT_STARTED = "待开始公示"


def state_text(state: str, reviewed: bool, start_date: dt.date | None, today: dt.date) -> str:
    """The state as the clerk reads it: a 待审核 batch whose 保密审查 is recorded is 已审查，待公示; a 公示中 batch
    whose posting day is still ahead (a correction dated tomorrow) is 待开始公示."""
    if state == PENDING_REVIEW and reviewed:
        return REVIEWED_WAITING
    if state == PUBLISHING and start_date is not None and start_date > today:
        return NOT_STARTED
    return state


def countdown(state: str, start_date: dt.date | None, end_date: dt.date | None, today: dt.date) -> str:
    """明天开始公示 / 3天后开始公示 before the posting day, then 还剩3天 / 今天期满; empty outside 公示中."""
    if state != PUBLISHING or end_date is None:
        return ""
    if start_date is not None and start_date > today:
        ahead = (start_date - today).days
        return "明天开始公示" if ahead == 1 else f"{ahead}天后开始公示"
    left = (end_date - today).days
    return "今天期满" if left == 0 else f"还剩{left}天"
