"""Start-up: from launching a fresh process to the main window up and interactive, with the demo township plus
100,000 generated recipients in 2,000 batches, against the same for a bare QApplication with an empty
QMainWindow (both fresh processes through bench/window_driver.py; one warm-up, then the median of 5). Prints
`startup_100k_recipients: X s (R × bare QApplication Y s)`; the 1.5 s target (product.md, Quality bars) and where
the time goes (imports, opening the database, building the window, showing it) go to stderr.

The data folder (bench/out/startup-100k/) is built once: the demo, then 2,000 archived batches of 50 recipients
from past years (realistic names, IDs and accounts) with core executemany."""
from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, detail, launch_window, qt_env, report
from bench.data import People, cached_folder, insert_chunks, open_demo

RECIPIENTS = 100_000
BATCHES = 2_000
TARGET_S = 1.5
RUNS = 5


def build(folder: Path) -> None:
    from sqlalchemy import func, select

    from gkdesk.domain.vocab import ARCHIVED
    from gkdesk.services import settings, subsidy
    from gkdesk.store.models import PublicityBatch, Recipient

    db = open_demo(folder)
    rng = random.Random(1)
    with db.session() as s:
        programs = [(p.id, p.name, p.quantity_unit == "亩") for p in subsidy.programs(s)]
        villages = [(v.id, v.name) for v in settings.villages(s)]
        demo_people = s.scalar(select(func.count(Recipient.id)))
    batches, by_area = [], []
    for i in range(BATCHES):
        program_id, program_name, area = rng.choice(programs)
        village_id, village_name = rng.choice(villages)
        year = 2016 + i % 10
        start = dt.date(year, 1, 5) + dt.timedelta(days=rng.randrange(340))
        batches.append(dict(program_id=program_id, village_id=village_id, period=f"{year}年度", state=ARCHIVED,
                            title=f"{village_name}{year}年度{program_name}公示", source_file="",
                            created_at=dt.datetime.combine(start - dt.timedelta(days=5), dt.time(9)),
                            reviewer="王强", review_date=start - dt.timedelta(days=2), review_opinion="同意",
                            start_date=start, end_date=start + dt.timedelta(days=6),
                            archived_on=start + dt.timedelta(days=10), replaces_id=None, note=""))
        by_area.append(area)
    table = PublicityBatch.__table__
    people = People(rng, 20_000)
    per_batch, extra = divmod(RECIPIENTS - demo_people, BATCHES)
    with db.engine.begin() as conn:
        before = conn.scalar(select(func.max(table.c.id)))
        insert_chunks(conn, table, iter(batches))
        ids = list(conn.scalars(select(table.c.id).where(table.c.id > before).order_by(table.c.id)))

        def rows():
            for n, (batch_id, area) in enumerate(zip(ids, by_area, strict=True)):
                yield from people.rows(batch_id, per_batch + (n < extra), area)

        insert_chunks(conn, Recipient.__table__, rows())
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.close()


def timed(args: list[str], env: dict) -> tuple[float, list[dict]]:
    launch_window(args, env)  # warm-up: file cache, Python bytecode, fontconfig cache
    runs = [launch_window(args, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), [r[1] for r in runs]


def daily_costs(folder: Path) -> tuple[float, float]:
    """Seconds of the integrity check every start runs, and of the backup the first start of a day takes."""
    from gkdesk.paths import DataFolder
    from gkdesk.store import backup

    db_path = DataFolder(folder).db_path
    start = time.perf_counter()
    backup.integrity_problems(db_path, quick=True)   # what open_database runs at every start
    check = time.perf_counter() - start
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        start = time.perf_counter()
        backup.take_backup(db_path, Path(tmp), "start")
        copy = time.perf_counter() - start
    return check, copy


def main() -> None:
    folder = cached_folder("startup-100k", build)
    env = qt_env()
    bare, _ = timed(["--bare"], env)
    full, results = timed([str(folder)], env)
    phases = {k: statistics.median(r["times"][k] for r in results) for k in results[0]["times"]}
    check, copy = daily_costs(folder)
    detail("startup_100k_recipients: inside the process (median s): "
           + ", ".join(f"{k} {v:.2f}" for k, v in phases.items())
           + f"; Python start before that ≈ {full - phases['interactive']:.2f}; open_database includes the "
           f"quick integrity check ({check:.2f} s); the first start of a day also takes the start-up backup, left out "
           f"here (+{copy:.2f} s)")
    report("startup_100k_recipients", full, "s", bare, "bare QApplication", target=TARGET_S)

if __name__ == "__main__":
    main()
