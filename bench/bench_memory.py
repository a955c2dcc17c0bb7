"""Peak memory of the window with a 20,000-row batch open: a fresh process (bench/window_driver.py) starts the main
window on the demo township plus one 20,000-recipient list, opens that list on 惠民补贴公示 (the lazy recipient
model) and scrolls it to the end a page at a time, letting every page paint; the figure is the process's peak
resident set size, against the same for a bare QApplication with an empty QMainWindow (median of 3 each).
Prints `window_peak_rss_20000: X MB (R × bare QMainWindow Y MB)`.

Peak RSS is VmHWM from /proc/self/status on Linux (getrusage's ru_maxrss is carried over exec from the parent,
here a Python process holding the other benchmarks' data) and ru_maxrss on macOS; on Windows this is skipped.
The product documents set no memory target; ours is under 300 MB (a township PC often has 4 GB shared with WPS,
a browser and the bank's 一卡通 software).

The data folder (bench/out/memory-20000/) is built once: the demo, then a 草稿 list of 20,000 realistic
recipients of 耕地地力保护补贴 in 东风村."""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import detail, launch_window, qt_env, report
from bench.data import People, cached_folder, insert_chunks, open_demo

ROWS = 20_000
TARGET_MB = 300
RUNS = 3
SOURCE = f"bench-{ROWS}.xlsx"
MB = 1024 * 1024


def build(folder: Path) -> None:
    import random

    from gkdesk.services import settings, subsidy
    from gkdesk.store.models import Recipient

    db = open_demo(folder)
    with db.transaction() as s:
        program = subsidy.find_program(s, "耕地地力保护补贴")
        village = next(v for v in settings.villages(s) if v.name == "东风村")
        batch = subsidy.create_batch(s, program, village, "2027年度", source_file=SOURCE)
        batch_id = batch.id
    with db.engine.begin() as conn:
        insert_chunks(conn, Recipient.__table__, People(random.Random(ROWS)).rows(batch_id, ROWS, by_area=True))
    db.close()


def batch_id(folder: Path) -> int:
    from sqlalchemy import select

    from gkdesk.paths import DataFolder
    from gkdesk.store.db import open_database
    from gkdesk.store.models import PublicityBatch

    db = open_database(DataFolder(folder), start_backup=False)
    try:
        with db.session() as s:
            return s.scalar(select(PublicityBatch.id).where(PublicityBatch.source_file == SOURCE))
    finally:
        db.close()


def main() -> None:
    if sys.platform == "win32":
        detail(f"window_peak_rss_{ROWS}: skipped (no peak RSS without psutil on Windows)")
        return
    folder = cached_folder(f"memory-{ROWS}", build)
    wanted = batch_id(folder)
    env = qt_env()
    bare = statistics.median(launch_window(["--bare"], env)[1]["peak_rss"] for _ in range(RUNS)) / MB
    results = [launch_window([str(folder), "--batch", str(wanted)], env)[1] for _ in range(RUNS)]
    peak = statistics.median(r["peak_rss"] for r in results) / MB
    last = results[-1]
    if last["rows"] != ROWS or not last["last_row_shown"] or last["fetches"] < ROWS // 200:
        raise RuntimeError(f"the list was not scrolled to its end: {last}")
    times = last["times"]
    detail(f"window_peak_rss_20000: peak with the window shown, before opening the list "
           f"{statistics.median(r['rss_shown'] for r in results) / MB:.0f} MB; opening the list "
           f"{times['open_batch']:.2f} s; scrolling {ROWS} rows to the end in {last['scroll_steps']} pages "
           f"{times['scroll']:.2f} s ({last['fetches']} chunk loads, {last['cached_rows']} rows cached at the end)")
    report(f"window_peak_rss_{ROWS}", peak, "MB", bare, "bare QMainWindow", target=TARGET_MB,
           target_note="ours, the product documents set none")


if __name__ == "__main__":
    main()
