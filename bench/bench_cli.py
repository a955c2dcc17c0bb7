"""Start-up of the everyday commands: `gkdesk due` and `gkdesk subsidy list` on the demo township, each a fresh
process from launch to exit (bytecode kept, as an installed program has it), median of 7 after a warm-up. The
reference, measured side by side (the runs interleaved, so that a busy machine weighs on both alike), is the floor
every command pays before doing anything: Python starting and importing SQLAlchemy's ORM. Prints
`cli_due: X s (R × Python + SQLAlchemy import Y s)` and `cli_subsidy_list: …`; the 0.4 s bar (issue 13: "well
under 0.4 s") goes to stderr.

The demo data folder (bench/out/cli-demo/) is built once with `gkdesk demo` as of the benchmarks' day."""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import detail, gkdesk_command, process_env, report, run_seconds
from bench.data import TODAY, cached_folder, open_demo

TARGET_S = 0.4
RUNS = 7
FLOOR = [sys.executable, "-c", "import sqlalchemy.orm"]


def build(folder: Path) -> None:
    open_demo(folder).close()


def main() -> None:
    folder = cached_folder("cli-demo", build)
    env = process_env()
    commands = {
        "cli_due": gkdesk_command("--data-dir", str(folder), "--today", TODAY.isoformat(), "due"),
        "cli_subsidy_list": gkdesk_command("--data-dir", str(folder), "--today", TODAY.isoformat(), "subsidy",
                                           "list"),
    }
    for cmd in [*commands.values(), FLOOR]:
        run_seconds(cmd, env)   # warm-up: bytecode, file cache, the day's start-up backup
    times: dict[str, list[float]] = {name: [] for name in [*commands, "floor"]}
    for _ in range(RUNS):   # interleaved, so that a busy moment weighs on every figure alike
        for name, cmd in commands.items():
            times[name].append(run_seconds(cmd, env))
        times["floor"].append(run_seconds(FLOOR, env))
    floor = statistics.median(times["floor"])
    detail(f"floor (Python start + import sqlalchemy.orm): runs {', '.join(f'{t:.2f}' for t in times['floor'])} s")
    for name in commands:
        seconds = statistics.median(times[name])
        detail(f"{name}: runs {', '.join(f'{t:.2f}' for t in times[name])} s")
        report(name, seconds, "s", floor, "Python + SQLAlchemy import", target=TARGET_S,
               target_note="whole process, demo township")


if __name__ == "__main__":
    main()
