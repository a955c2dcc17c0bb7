"""What every benchmark shares: where generated inputs live, and the one line each figure prints.

stdout gets exactly one line per figure, `name: value unit (ratio × reference)`, so that `make bench` output can be
compared run to run and pasted into bench/RESULTS.md; anything else (targets met or not, counts, the parts of a
figure) goes to stderr, indented.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"  # generated inputs and caches; ignored by git (/bench/out/ in .gitignore)
DRIVER = HERE / "window_driver.py"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def number(value: float) -> str:
    """Three significant figures at most, no exponent: 0.0123, 1.23, 12.3, 123, 1234."""
    if value == 0:
        return "0"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    digits = 2
    while abs(value) < 10 ** -(digits - 1) and digits < 6:
        digits += 1
    return f"{value:.{digits}f}"


def report(name: str, value: float, unit: str, reference: float, reference_label: str, *,
           target: float | None = None, target_note: str = "") -> None:
    """Print `name: value unit (ratio × reference_label reference unit)` on stdout and, when there is a target,
    whether it was met on stderr. `reference` is in the same unit as `value`."""
    ratio = value / reference if reference else float("nan")
    print(f"{name}: {number(value)} {unit} ({ratio:.2f} × {reference_label} {number(reference)} {unit})", flush=True)
    if target is not None:
        verdict = "met" if value < target else "NOT MET"
        note = f", {target_note}" if target_note else ""
        detail(f"{name}: target < {number(target)} {unit}{note}: {verdict} ({value / target:.2f} × target)")


def detail(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


def process_env() -> dict:
    """The environment of the program's processes: compiled bytecode kept (under bench/out/pycache) even when
    PYTHONDONTWRITEBYTECODE is set, as an installed program has it."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(OUT / "pycache")
    return env


def qt_env() -> dict:
    """The environment of the window processes: :func:`process_env`, and offscreen Qt when there is no display."""
    env = process_env()
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_seconds(cmd: list[str], env: dict | None = None, timeout: float = 600) -> float:
    """Wall-clock seconds of one run of ``cmd`` (which must succeed), output discarded.

    The wait blocks in waitpid: `subprocess.run(timeout=…)` polls instead, sleeping up to 50 ms between looks,
    which rounded every figure up to the next 0.05 s. The timeout is a timer that kills the process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    watchdog = threading.Timer(timeout, proc.kill)
    watchdog.start()
    try:
        code = proc.wait()
    finally:
        watchdog.cancel()
    seconds = time.perf_counter() - start
    if code:
        raise subprocess.CalledProcessError(code, cmd)
    return seconds


def gkdesk_command(*args: str) -> list[str]:
    """The command line of `gkdesk ARGS` run by this Python (the program's own entry point)."""
    return [sys.executable, "-m", "gkdesk", *args]


def launch_window(args: list[str], env: dict) -> tuple[float, dict]:
    """Run bench/window_driver.py with `args` in a fresh process: seconds from launch to its `interactive`
    line, and the JSON it prints at the end."""
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile("w+", encoding="utf-8", dir=OUT) as err:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, str(DRIVER), *args], env=env, stdout=subprocess.PIPE, stderr=err,
                                text=True, encoding="utf-8")
        line = proc.stdout.readline()
        seconds = time.perf_counter() - start
        rest = proc.stdout.read()
        proc.wait(timeout=600)
        if line.strip() != "interactive" or proc.returncode or not rest.strip():
            err.seek(0)
            raise RuntimeError(f"window_driver {' '.join(args)} failed ({proc.returncode}):\n{line}{rest}\n"
                               f"{err.read()}")
    return seconds, json.loads(rest.strip().splitlines()[-1])
