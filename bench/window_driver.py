"""A fresh process that starts the main window the way `gkdesk` does, for bench_startup and bench_memory.

    python bench/window_driver.py --bare                 QApplication + an empty QMainWindow (the reference)
    python bench/window_driver.py DATA_DIR               the program's window on DATA_DIR
    python bench/window_driver.py DATA_DIR --batch ID    … then open publicity batch ID on 惠民补贴公示 and
                                                         scroll its list to the end, a page at a time

The window counts as interactive when the event loop has run once after show() (a zero timer fires only after
the pending show, expose and paint events). At that moment the driver prints `interactive` on stdout, so the
parent can time the start from the process launch; at the end it prints one JSON line with its own timings and
the peak resident set size (VmHWM on Linux, else ru_maxrss). Like `gkdesk`, it sets up the application (Chinese
Qt texts, fonts, stylesheet), the log file, opens the database (integrity check, schema check) and builds the
main window with 首页; it leaves out the once-a-day start-up backup and the first-run wizard. It does not go
through `gkdesk --smoke`, which checks an installed copy on a temporary folder. Not a benchmark by itself.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

T0 = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 800


def peak_rss_bytes() -> int | None:
    """The process's peak resident set size. On Linux from VmHWM in /proc/self/status: getrusage's ru_maxrss
    would do for a process started from a shell, but Linux carries ru_maxrss over execve, so a child of a big
    Python process (fork or vfork, then exec) would report its parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def spin(app) -> None:
    """Run the event loop until it is idle once (show, expose, paint, queued calls). A local loop: app.quit()
    would also close the windows."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    window.show()
    spin(app)
    print("interactive", flush=True)
    window.close()
    return {}


def program(data_dir: Path, batch_id: int | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from gkdesk.gui.app import application
    from gkdesk.gui.context import AppContext
    from gkdesk.gui.errors import setup_logging
    from gkdesk.gui.main_window import MainWindow
    from gkdesk.paths import DataFolder
    from gkdesk.store.db import open_database

    times = {"imports": time.perf_counter() - T0}
    folder = DataFolder(data_dir).ensure()
    setup_logging(folder.log_file)
    app = application()
    mark = time.perf_counter()
    db = open_database(folder, start_backup=False)
    times["open_database"] = time.perf_counter() - mark
    mark = time.perf_counter()
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.resize(WIDTH, HEIGHT)
    times["main_window"] = time.perf_counter() - mark
    mark = time.perf_counter()
    window.show()
    spin(app)
    times["show"] = time.perf_counter() - mark
    times["interactive"] = time.perf_counter() - T0
    print("interactive", flush=True)
    result: dict = {"times": times, "rss_shown": peak_rss_bytes()}
    if batch_id is not None:
        mark = time.perf_counter()
        if not window.open_ref("batch", batch_id):
            raise SystemExit("no page opens a batch")
        spin(app)
        page = window.page_widget("惠民补贴公示")
        view = page.view
        times["open_batch"] = time.perf_counter() - mark
        table, model = view.ui.recipientTable, view.model
        bar = table.verticalScrollBar()
        mark = time.perf_counter()
        steps = 0
        while bar.value() < bar.maximum():
            bar.setValue(bar.value() + bar.pageStep())
            spin(app)
            steps += 1
        times["scroll"] = time.perf_counter() - mark
        last = model.index(model.rowCount() - 1, 0)
        shown = table.viewport().rect().intersects(table.visualRect(last))
        result.update(rows=model.rowCount(), scroll_steps=steps, fetches=model.fetches,
                      cached_rows=model.cached_rows, last_row_shown=shown)
    window.close()
    db.close()
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?")
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--batch", type=int)
    args = parser.parse_args(argv)
    result = bare() if args.bare else program(Path(args.data_dir), args.batch)
    result["peak_rss"] = peak_rss_bytes()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
