"""首页 reminders over 1,000,000 recipients: `gkdesk.services.reminders.due(session, today)`, warm, median of
several runs, against the 100 ms target (product.md, Quality bars). Prints
`reminders_1m_recipients: X ms (R × target 100 ms)`; on stderr the runs, how many reminders were found, and for
scale one full scan of the recipient table (which no provider may do).

The database (bench/out/reminders-1m/, built once, a few minutes) is the demo township plus ten years of a busy
township: about 4,000 publicity batches in every state — archived ones back to 2016, 已更正 ones with their
corrections, 公示中 ones whose end dates fall around TODAY, 公示期满 ones waiting for the archive, 待审核 and 草稿
ones — holding 1,000,000 recipients in all; objections (a few still open), a disclosure ledger with some records
still to publish, ten years of policy interpretations and their monthly filings.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import detail, report
from bench.data import TODAY, People, cached_folder, insert_chunks, open_demo

RECIPIENTS = 1_000_000
TARGET_MS = 100.0
RUNS = 15
FOLDER = "reminders-1m"

# state → how many batches; sizes are drawn per batch and scaled so that the total is RECIPIENTS
ARCHIVED_N, SUPERSEDED_N, PUBLISHING_N, ENDED_N, PENDING_N, DRAFT_N = 3_600, 40, 150, 60, 60, 100


def build(folder: Path) -> None:
    from sqlalchemy import func, select

    from gkdesk.domain.vocab import ARCHIVED, DRAFT, ENDED, PENDING_REVIEW, PUBLISHING, SUPERSEDED
    from gkdesk.services import settings, subsidy
    from gkdesk.store.models import (
        CatalogItem,
        DisclosureRecord,
        MonthlyFiling,
        Objection,
        PolicyInterpretation,
        PublicityBatch,
        Recipient,
    )

    started = time.perf_counter()
    db = open_demo(folder)
    rng = random.Random(1_000_000)
    with db.session() as s:
        programs = [(p.id, p.name, p.quantity_unit == "亩") for p in subsidy.programs(s)]
        villages = [(v.id, v.name) for v in settings.villages(s)]
        items = list(s.scalars(select(CatalogItem.id).where(CatalogItem.rule_event != "")))
        demo_people = s.scalar(select(func.count(Recipient.id)))

    def batch(state: str, start: dt.date | None, period_days: int = 7, **extra) -> dict:
        program_id, program_name, by_area = rng.choice(programs)
        village_id, village_name = rng.choice(villages)
        year = (start or TODAY).year
        period = f"{year}年度" if by_area else f"{year}年第{((start or TODAY).month - 1) // 3 + 1}季度"
        reviewed = state not in (DRAFT,) and (state != PENDING_REVIEW or rng.random() < 0.5)
        row = dict(program_id=program_id, village_id=village_id, period=period, state=state,
                   title=f"{village_name}{period}{program_name}公示", source_file=f"{village_name}名单.xlsx",
                   created_at=dt.datetime.combine((start or TODAY) - dt.timedelta(days=rng.randrange(3, 20)),
                                                  dt.time(9, 30)),
                   reviewer="王强" if reviewed else "", review_date=(start or TODAY) - dt.timedelta(days=2)
                   if reviewed else None, review_opinion="同意公示" if reviewed else "",
                   start_date=start, end_date=start + dt.timedelta(days=period_days - 1) if start else None,
                   archived_on=None, replaces_id=None, note="")
        row.update(extra)
        row["_by_area"] = by_area
        return row

    def past_start(year: int) -> dt.date:
        last = min(dt.date(year, 12, 20), TODAY - dt.timedelta(days=40))
        return dt.date(year, 1, 5) + dt.timedelta(days=rng.randrange((last - dt.date(year, 1, 5)).days))

    plan: list[dict] = []
    for _ in range(ARCHIVED_N):
        start = past_start(rng.randrange(2016, TODAY.year + 1))
        plan.append(batch(ARCHIVED, start, archived_on=start + dt.timedelta(days=6 + rng.randrange(1, 20))))
    superseded = []
    for _ in range(SUPERSEDED_N):
        start = past_start(rng.randrange(2018, TODAY.year + 1))
        superseded.append(batch(SUPERSEDED, start))
    plan += superseded
    for _ in range(PUBLISHING_N):
        days = rng.choice((5, 7, 7, 7, 10))
        end = TODAY + dt.timedelta(days=rng.randrange(0, days))
        plan.append(batch(PUBLISHING, end - dt.timedelta(days=days - 1), days))
    for _ in range(ENDED_N):
        end = TODAY - dt.timedelta(days=rng.randrange(1, 30))
        plan.append(batch(ENDED, end - dt.timedelta(days=6)))
    plan += [batch(PENDING_REVIEW, None) for _ in range(PENDING_N)]
    plan += [batch(DRAFT, None) for _ in range(DRAFT_N)]

    raw = [rng.lognormvariate(5.3, 0.8) for _ in plan]  # a few big lists (耕地地力) and many small ones
    scale = (RECIPIENTS - demo_people) / sum(raw)
    sizes = [max(3, round(r * scale)) for r in raw]
    # each 已更正 list gets a corrected copy (one line fewer); the archived lists make up the total exactly
    copies = sum(sizes[ARCHIVED_N:ARCHIVED_N + SUPERSEDED_N]) - SUPERSEDED_N
    diff = RECIPIENTS - demo_people - copies - sum(sizes)
    order = sorted(range(ARCHIVED_N), key=lambda i: -sizes[i])
    k = 0
    while diff:
        i, step = order[k % ARCHIVED_N], 1 if diff > 0 else -1
        if sizes[i] + step >= 3:
            sizes[i] += step
            diff -= step
        k += 1

    people = People(rng)
    table = PublicityBatch.__table__
    with db.engine.begin() as conn:
        by_area = [row.pop("_by_area") for row in plan]
        before = conn.scalar(select(func.max(table.c.id)))
        insert_chunks(conn, table, iter(plan))
        ids = list(conn.scalars(select(table.c.id).where(table.c.id > before).order_by(table.c.id)))
        assert len(ids) == len(plan), (len(ids), len(plan))
        # corrections: each 已更正 batch is replaced by an archived batch holding the corrected list
        old_ids = ids[ARCHIVED_N:ARCHIVED_N + SUPERSEDED_N]
        corrections = []
        for old_id, old in zip(old_ids, superseded, strict=True):
            start = old["end_date"] + dt.timedelta(days=5)
            corrections.append(dict(old, state=ARCHIVED, title=old["title"] + "（更正）", replaces_id=old_id,
                                    start_date=start, end_date=start + dt.timedelta(days=6),
                                    archived_on=start + dt.timedelta(days=10)))
        insert_chunks(conn, table, iter(corrections))
        correction_ids = list(conn.scalars(select(table.c.id).where(table.c.replaces_id.in_(old_ids))
                                           .order_by(table.c.replaces_id)))

        def recipients():
            for batch_id, n, area in zip(ids, sizes, by_area, strict=True):
                yield from people.rows(batch_id, n, area)

        insert_chunks(conn, Recipient.__table__, recipients())
        # the corrected lists: a copy of the old one minus its last line, as start_correction makes them
        for old_id, new_id in zip(old_ids, correction_ids, strict=True):
            rows = conn.execute(select(Recipient.__table__).where(Recipient.batch_id == old_id)
                                .order_by(Recipient.seq)).mappings().all()
            insert_chunks(conn, Recipient.__table__,
                          ({k: v for k, v in r.items() if k != "id"} | {"batch_id": new_id} for r in rows[:-1]))

        objections = []
        for old_id, old in zip(old_ids, superseded, strict=True):
            received = old["start_date"] + dt.timedelta(days=2)
            objections.append(dict(batch_id=old_id, received_on=received, person="村民", contact="138****0000",
                                   content="反映名单中一户不符合条件。", handling="经核实情况属实，已更正重新公示。",
                                   result="成立", closed_on=received + dt.timedelta(days=2)))
        for i in rng.sample(range(ARCHIVED_N), 400):
            received = plan[i]["start_date"] + dt.timedelta(days=rng.randrange(0, 6))
            objections.append(dict(batch_id=ids[i], received_on=received, person="村民", contact="",
                                   content="反映补贴面积与实际不符。", handling="经核实，面积按确权面积计算，无误。",
                                   result="不成立", closed_on=received + dt.timedelta(days=3)))
        running = [i for i, row in enumerate(plan) if row["state"] in (PUBLISHING, ENDED)]
        for i in rng.sample(running, 25):
            received = min(TODAY, plan[i]["start_date"] + dt.timedelta(days=rng.randrange(0, 5)))
            objections.append(dict(batch_id=ids[i], received_on=received, person="村民", contact="",
                                   content="反映漏报一户。", handling="", result="待核实", closed_on=None))
        insert_chunks(conn, Objection.__table__, iter(objections))

        records = []
        for _ in range(3_000):  # the ledger of ten years, published
            formed = dt.date(2016, 1, 4) + dt.timedelta(days=rng.randrange((TODAY - dt.date(2016, 1, 4)).days))
            published = min(TODAY, formed + dt.timedelta(days=rng.randrange(0, 25)))
            records.append(dict(item_id=rng.choice(items), title=f"{formed.year}年第{rng.randrange(1, 99)}号公开信息",
                                formed_on=formed, published_on=published, channels=["政府网站"], place="",
                                handler="李明", reviewer="王强", reviewed_on=published, batch_id=None))
        for _ in range(40):  # formed and not yet published: some due soon, some overdue
            formed = TODAY - dt.timedelta(days=rng.randrange(0, 45))
            records.append(dict(item_id=rng.choice(items), title=f"待公开信息{formed:%m%d}", formed_on=formed,
                                published_on=None, channels=[], place="", handler="李明", reviewer="",
                                reviewed_on=None, batch_id=None))
        insert_chunks(conn, DisclosureRecord.__table__, iter(records))

        interps, filings = [], []
        months = {f.month for f in conn.execute(select(MonthlyFiling.month))}
        for year in range(2016, TODAY.year + 1):
            for month in range(1, 13):
                first = dt.date(year, month, 1)
                if first >= TODAY.replace(day=1) - dt.timedelta(days=62):
                    break  # the last two months are still to file (the demo has its own)
                for _ in range(rng.randrange(1, 5)):
                    day = first + dt.timedelta(days=rng.randrange(0, 27))
                    interps.append(dict(policy_title=f"东风镇第{rng.randrange(1, 60)}号工作方案", doc_number="",
                                        drafting_unit="东风镇人民政府", policy_published_on=day - dt.timedelta(days=1),
                                        title="政策解读", form=rng.choice(("文字解读", "图解", "简明问答")),
                                        interpreter="刘洋", role="分管负责人", published_on=day,
                                        channels=["政府网站"], link="", remark=""))
                key = f"{year:04d}-{month:02d}"
                if key not in months:
                    nxt = (first + dt.timedelta(days=32)).replace(day=4)
                    filings.append(dict(month=key, filler="李明", phone="0311-8123456", reviewer="王强",
                                        filled_on=nxt, submitted_on=nxt))
        insert_chunks(conn, PolicyInterpretation.__table__, iter(interps))
        insert_chunks(conn, MonthlyFiling.__table__, iter(filings))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        count = conn.scalar(select(func.count()).select_from(Recipient.__table__))
        batches = conn.scalar(select(func.count()).select_from(table))
    db.close()
    assert count == RECIPIENTS, count
    detail(f"reminders: built bench/out/{FOLDER} ({batches} batches, {count} recipients) in "
           f"{time.perf_counter() - started:.0f} s")


def main() -> None:
    from sqlalchemy import text

    from gkdesk.paths import DataFolder
    from gkdesk.services import reminders, subsidy
    from gkdesk.store.db import open_database

    folder = cached_folder(FOLDER, build)
    db = open_database(DataFolder(folder), start_backup=False)
    try:
        with db.session() as s:
            found = reminders.due(s, TODAY)  # warm: imports, calendar, statement caches
            runs = []
            for _ in range(RUNS):
                start = time.perf_counter()
                found = reminders.due(s, TODAY)
                runs.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            s.execute(text("SELECT sum(amount_fen) FROM recipient")).scalar()
            scan_ms = (time.perf_counter() - start) * 1000
        with db.session() as s:  # what 首页 does: refresh the states, then the reminders (rolled back)
            start = time.perf_counter()
            subsidy.refresh_states(s, TODAY)
            reminders.due(s, TODAY)
            page_ms = (time.perf_counter() - start) * 1000
            s.rollback()
    finally:
        db.close()
    kinds: dict[str, int] = {}
    for r in found:
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    ms = statistics.median(runs)
    detail(f"reminders_1m_recipients: {len(found)} reminders "
           f"({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
           f"runs min {min(runs):.1f} / median {ms:.1f} / max {max(runs):.1f} ms; "
           f"refresh_states + due in a fresh session {page_ms:.1f} ms; "
           f"one full scan of the recipient table for scale {scan_ms:.0f} ms")
    report("reminders_1m_recipients", ms, "ms", TARGET_MS, "target", target=TARGET_MS)


if __name__ == "__main__":
    main()
