"""`python -m bench` (or `make bench`): run every bench/bench_*.py in turn — each module's main() prints its
figures as ratios against its anchor. `python -m bench import notice` runs only the ones whose names contain one
of the words. A benchmark that fails is reported and the others still run; the exit status is then 1."""
from __future__ import annotations

import importlib.util
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(f"bench.{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [p for p in scripts if any(word in p.stem for word in argv)]
    failed = []
    for path in scripts:
        start = time.perf_counter()
        try:
            _load(path).main()
        except Exception:  # noqa: BLE001 - report and go on with the other benchmarks
            failed.append(path.stem)
            print(f"{path.stem}: FAILED", flush=True)
            traceback.print_exc()
        else:
            print(f"  ({path.stem} took {time.perf_counter() - start:.0f} s)", file=sys.stderr, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
