"""Start-up: the main window shown with the demo database plus 100,000 generated recipients in 2,000 batches,
as a ratio to a bare QApplication start (both as fresh processes, median of 3)."""
from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
RECIPIENTS = 100_000
BATCHES = 2_000


def make_data(folder: Path) -> None:
    import datetime as dt

    from sqlalchemy import func, insert, select

    from gkdesk.paths import DataFolder
    from gkdesk.services import demo, settings, subsidy
    from gkdesk.store.db import open_database
    from gkdesk.store.models import PublicityBatch, Recipient

    db = open_database(DataFolder(folder))
    with db.session() as s:
        if s.scalar(select(func.count(Recipient.id))) >= RECIPIENTS:
            return
    demo.create_demo(db)
    rng = random.Random(1)
    with db.transaction() as s:
        programs = subsidy.programs(s)
        villages = settings.villages(s)
        batches = [dict(program_id=rng.choice(programs).id, village_id=rng.choice(villages).id,
                        period=f"{2000 + i % 26}年度", state="已归档", title=f"历史公示{i}",
                        created_at=dt.datetime(2020, 1, 1), start_date=dt.date(2020, 1, 1), end_date=dt.date(2020, 1, 7))
                   for i in range(BATCHES)]
        s.execute(insert(PublicityBatch), batches)
        ids = list(s.scalars(select(PublicityBatch.id).where(PublicityBatch.title.like("历史公示%"))))
        rows = [dict(batch_id=ids[i % len(ids)], seq=i, name="张三", id_number="110101199003071234",
                     amount_fen=10000 + i) for i in range(RECIPIENTS)]
        s.execute(insert(Recipient), rows)
    db.close()


def _time(cmd: list[str], env: dict) -> float:
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    folder = OUT / "startup-data"
    make_data(folder)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    bare = _time([sys.executable, "-c", "from PySide6.QtWidgets import QApplication, QWidget;"
                  "app = QApplication([]); w = QWidget(); w.show(); app.processEvents()"], env)
    full = _time([sys.executable, "-m", "gkdesk", "--data-dir", str(folder), "--smoke"], env)
    print(f"startup_100k_recipients: {full:.2f} s ({full / bare:.2f} × bare QApplication {bare:.2f} s; target < 1.5 s)")


if __name__ == "__main__":
    main()
