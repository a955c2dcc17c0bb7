"""Import of a 20,000-row recipient list (.xlsx) with full validation into the database, end to end (read with
python-calamine, header and mapping, validation of every row, one-transaction bulk insert), against LibreOffice
merely converting the same file to CSV (`soffice --headless --convert-to csv`) when it is installed, else against
the 1 s target. Two figures:
- `import_20000`: the import inside a warm process (median of 3 after a warm-up);
- `import_20000_process`: `gkdesk subsidy import` as a whole fresh process, as the clerk's command runs it
  (Python starting, imports, opening the database, the import), measured alternately with the LibreOffice
  conversions (median of 3 each after a warm-up); the bar is 0.8 × LibreOffice (issue 13).
Both are `name: X s (R × LibreOffice csv conversion Y s)`; targets go to stderr.

The input is generated into bench/out/ (gitignored) with openpyxl: a title row, a header, 20,000 rows with valid
IDs (a few repeated: warnings, which do not block), areas, the standard and amounts that match, accounts."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import shutil
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, detail, gkdesk_command, process_env, report, run_seconds

ROWS = 20_000
TARGET_S = 1.0
PROCESS_RATIO = 0.8   # the whole command against LibreOffice's conversion
PROGRAM, VILLAGE = "耕地地力保护补贴", "东风村"
STANDARD = Decimal("105.60")


def make_file(path: Path, rows: int = ROWS) -> Path:
    from openpyxl import Workbook

    from gkdesk.domain.idnumber import check_char

    if path.exists():
        return path
    rng = random.Random(20000)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("名单")
    ws.append(["关于东风村2026年度耕地地力保护补贴发放情况的公示"])
    ws.append(["序号", "村民小组", "户主姓名", "身份证号", "补贴面积(亩)", "补贴标准(元/亩)", "补贴金额(元)", "发放方式",
               "一卡通账号", "备注"])
    surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
    given = "建国秀英桂兰玉珍志强永红海军淑华凤英德明"
    for i in range(rows):
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 60))
        body = f"130123{birth:%Y%m%d}{rng.randrange(1000):03d}"
        quantity = Decimal(rng.randrange(150, 4000)) / 100
        amount = (quantity * STANDARD).quantize(Decimal("0.01"))
        name = rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2))))
        ws.append([i + 1, f"{rng.randrange(1, 9)}组", name, body + check_char(body), float(quantity), 105.6,
                   float(amount), "一卡通", "6228" + "".join(str(rng.randrange(10)) for _ in range(15)), ""])
    ws.append(["合计"])
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    tmp.replace(path)
    return path


def time_import(path: Path) -> tuple[float, int]:
    """Seconds for prepare → validate → commit into a fresh database; returns (seconds, rows imported)."""
    from gkdesk.paths import DataFolder
    from gkdesk.services import settings, subsidy
    from gkdesk.services import subsidy_import as si
    from gkdesk.store.db import open_database

    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        db = open_database(DataFolder(Path(tmp)), start_backup=False)
        with db.transaction() as s:
            settings.save_unit(s, "东风镇")
            settings.save_villages(s, [("东风村", [])])
            subsidy.add_program(s, name="耕地地力保护补贴", quantity_unit="亩", standard="105.60")
        today = dt.date(2026, 9, 20)
        start = time.perf_counter()
        plan = si.prepare_import(path)
        with db.session() as s:
            program = subsidy.find_program(s, "耕地地力保护补贴")
            result = si.validate(plan, None, program, s, today=today, period="2026年度")
        batch_id = si.commit_import(db, plan, result, program, "东风村", "2026年度")
        seconds = time.perf_counter() - start
        with db.session() as s:
            people = subsidy.totals(s, batch_id).people
        db.close()
    if not result.ok:
        raise SystemExit(f"bench file has errors: {result.errors[:3]}")
    return seconds, people


def fresh_township(template: Path, folder: Path) -> Path:
    """A copy of the set-up data folder (unit, village, programs) for one run of the command."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template, folder)
    return folder


def make_template(folder: Path) -> Path:
    from gkdesk.cli import main as gkdesk

    shutil.rmtree(folder, ignore_errors=True)
    with contextlib.redirect_stdout(io.StringIO()):   # stdout carries the figures only
        code = gkdesk(["--data-dir", str(folder), "init", "--unit", "东风镇", "--villages", VILLAGE])
    if code != 0:
        raise SystemExit("gkdesk init failed")
    return folder


def side_by_side(path: Path, rounds: int = 3) -> tuple[list[float], list[float] | None]:
    """The whole `gkdesk subsidy import` process and LibreOffice's conversion (None without LibreOffice), run
    alternately after a warm-up of each: (command seconds, LibreOffice seconds)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    env = process_env()
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        work = Path(tmp)
        template = make_template(work / "template")
        lo = [soffice, f"-env:UserInstallation=file://{work / 'profile'}", "--headless", "--convert-to", "csv",
              "--outdir", str(work), str(path)] if soffice else None

        def command(run: int) -> float:
            data = fresh_township(template, work / f"data{run}")
            return run_seconds(gkdesk_command("--data-dir", str(data), "--today", "2026-09-20", "subsidy", "import",
                                              str(path), "--program", PROGRAM, "--village", VILLAGE), env)

        command(-1)
        if lo:
            run_seconds(lo)
        ours, theirs = [], []
        for run in range(rounds):
            ours.append(command(run))
            if lo:
                theirs.append(run_seconds(lo))
    return ours, theirs or None


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = make_file(OUT / f"recipients_{ROWS}.xlsx")
    time_import(path)   # warm the imports and the file cache; the figure is the median of the next three
    runs = [time_import(path) for _ in range(3)]
    seconds = statistics.median(r[0] for r in runs)
    assert all(r[1] == ROWS for r in runs)
    detail(f"import_{ROWS}: runs {', '.join(f'{r[0]:.2f}' for r in runs)} s, {ROWS} rows each")
    ours, theirs = side_by_side(path)
    process = statistics.median(ours)
    detail(f"import_{ROWS}_process: runs {', '.join(f'{t:.2f}' for t in ours)} s"
           + (f"; LibreOffice runs {', '.join(f'{t:.2f}' for t in theirs)} s" if theirs else ""))
    if theirs:
        anchor = statistics.median(theirs)
        report(f"import_{ROWS}", seconds, "s", anchor, "LibreOffice csv conversion", target=TARGET_S,
               target_note="2-core machine")
        report(f"import_{ROWS}_process", process, "s", anchor, "LibreOffice csv conversion",
               target=PROCESS_RATIO * anchor, target_note=f"{PROCESS_RATIO} × LibreOffice")
    else:
        detail("LibreOffice (soffice) not found: the reference is the target")
        report(f"import_{ROWS}", seconds, "s", TARGET_S, "target")
        report(f"import_{ROWS}_process", process, "s", TARGET_S, "target")


if __name__ == "__main__":
    main()
