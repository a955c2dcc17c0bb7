"""Names the clerk has typed before, offered again in the same kind of field: who did the 保密审查 (审查人 of a
publicity, of a disclosure, 审核人 of a 报备表) and who handled the work (经办人, 填报人)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gkdesk.services import settings
from gkdesk.store.models import DisclosureRecord, InfoRequest, MonthlyFiling, PublicityBatch

REVIEWER = "reviewer"
HANDLER = "handler"

# role → (column, column that orders it, newest first)
_SOURCES = {
    REVIEWER: ((PublicityBatch.reviewer, PublicityBatch.review_date), (DisclosureRecord.reviewer, DisclosureRecord.id),
               (MonthlyFiling.reviewer, MonthlyFiling.id)),
    HANDLER: ((DisclosureRecord.handler, DisclosureRecord.id), (MonthlyFiling.filler, MonthlyFiling.id),
              (InfoRequest.handler, InfoRequest.id)),
}


def remembered_names(session: Session, role: str, limit: int = 20) -> list[str]:
    """The names used for `role`, the most used first (the clerk herself as 经办人 before anyone), each once."""
    counts: dict[str, int] = {}
    for column, order in _SOURCES[role]:
        for (name,) in session.execute(select(column).where(column != "").order_by(order.desc()).limit(200)):
            name = name.strip()
            if name:
                counts[name] = counts.get(name, 0) + 1
    names = sorted(counts, key=lambda n: -counts[n])
    clerk = (settings.get_setting(session, "clerk_name") or "").strip() if role == HANDLER else ""
    if clerk:
        names = [clerk, *(n for n in names if n != clerk)]
    return names[:limit]
