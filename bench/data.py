"""Generated databases for the benchmarks, built once and cached under bench/out/.

A data folder is built under `<name>.building/` and renamed to `<name>/` only when complete, so an interrupted
build is started again rather than used. Delete bench/out/ to rebuild everything (e.g. after changing a
generator: or bump its folder name). A cached database made with an older schema is upgraded by open_database
as the program would (backup first).

Every database starts from the demo township (`gkdesk demo`: 8 villages, the default programs, the reference
catalog, interpretations), made on the fixed day TODAY so that countdowns do not drift from one run to the next.
Bulk rows go in with SQLAlchemy core executemany in big chunks, straight into the tables (no audit entries).
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

from bench.common import OUT

TODAY = dt.date(2026, 11, 23)  # the day the benchmarks pretend it is
CHUNK = 50_000

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏"
GIVEN = "建国秀英桂兰玉珍志强永红海军淑华凤英德明国华春梅金凤丽娟俊杰文斌慧敏晓东振华宝山长林玉兰秀珍立新卫东"


def cached_folder(name: str, build: Callable[[Path], None]) -> Path:
    """bench/out/<name>, built by `build(folder)` the first time."""
    folder = OUT / name
    if (folder / "READY").exists():
        return folder
    building = OUT / f"{name}.building"
    shutil.rmtree(building, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    building.mkdir(parents=True)
    build(building)
    (building / "READY").write_text("built by bench/data.py\n", encoding="utf-8")
    building.rename(folder)
    return folder


def open_demo(folder: Path):
    """A new database in `folder` holding the demo township as of TODAY. Returns the open Database."""
    from gkdesk import clock
    from gkdesk.paths import DataFolder
    from gkdesk.services import demo
    from gkdesk.store.db import open_database

    db = open_database(DataFolder(folder), start_backup=False)
    clock.set_today(TODAY)
    try:
        demo.create_demo(db)
    finally:
        clock.set_today(None)
    return db


class People:
    """Recipients as a township has them: the same people come back year after year (a pool of people), with
    valid ID numbers, bank-card accounts, phones and 村民小组."""

    def __init__(self, rng: random.Random, size: int = 50_000):
        from gkdesk.domain.idnumber import check_char

        self.rng = rng
        self.people = []
        for _ in range(size):
            birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 60))
            body = f"130123{birth:%Y%m%d}{rng.randrange(1000):03d}"
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            account = "6228" + "".join(str(rng.randrange(10)) for _ in range(15))
            phone = "13" + "".join(str(rng.randrange(10)) for _ in range(9))
            self.people.append((name, body + check_char(body), account, phone))

    def rows(self, batch_id: int, n: int, by_area: bool, start_seq: int = 1) -> Iterator[dict]:
        """n recipient rows of one batch: area-based (亩 × standard) or per household (人口 × amount)."""
        rng = self.rng
        for seq in range(start_seq, start_seq + n):
            name, id_number, account, phone = rng.choice(self.people)
            row = dict(batch_id=batch_id, seq=seq, group_name=f"{rng.randrange(1, 9)}组", name=name,
                       id_number=id_number, household_size=None, quantity_e4=None, standard_fen=None,
                       pay_method="一卡通", account=account, phone=phone, pay_date=None, remark="",
                       source_row=seq + 2)
            if by_area:
                hundredths = rng.randrange(150, 4000)  # 1.50 – 40.00 亩
                row.update(quantity_e4=hundredths * 100, standard_fen=10560,
                           amount_fen=int((Decimal(hundredths) * 10560 / 100).quantize(Decimal(1))))
            else:
                size = rng.randrange(1, 6)
                row.update(household_size=size, amount_fen=size * rng.choice((41000, 45000, 52000)))
            yield row


def insert_chunks(conn, table, rows: Iterator[dict], chunk: int = CHUNK) -> int:
    """Core executemany of `rows` in chunks of `chunk`; returns how many."""
    done = 0
    buffer: list[dict] = []
    for row in rows:
        buffer.append(row)
        if len(buffer) >= chunk:
            conn.execute(table.insert(), buffer)
            done += len(buffer)
            buffer = []
    if buffer:
        conn.execute(table.insert(), buffer)
        done += len(buffer)
    return done
