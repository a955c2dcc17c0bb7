"""Notice renderers against their anchors (product.md, Quality bars).

    notice_docx_5000   .docx of a 5,000-recipient notice vs python-docx filling the same table row by row
                       (target under 1 s on stderr)
    notice_xlsx_20000  .xlsx of a 20,000-row list vs the 2 s target
    notice_pdf_5000    PDF of the 5,000-recipient notice (Qt, page by page) vs the 3 s target

The data is generated here (8 columns, masked IDs and accounts, money with two decimals, a total row); every
document is public, so the privacy guard runs as it does for the clerk. Times are the best of a few runs
(wall clock); run on a quiet machine. Usage: python bench/bench_notice.py
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, detail, report
from gkdesk.io.document import Column, Document, PageSetup, Table

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["伟", "芳", "秀英", "建国", "桂兰", "志强", "玉梅", "德明", "春花", "小军"]
DOCX_TARGET_S = 1.0
XLSX_TARGET_S = 2.0
PDF_TARGET_S = 3.0


def notice(n: int) -> Document:
    columns = [
        Column("seq", "序号", 0.5, "center", "number"),
        Column("group", "村民小组", 1.0, "center"),
        Column("name", "姓名", 0.9, "center"),
        Column("id", "身份证号", 2.2, "center", "id"),
        Column("area", "面积(亩)", 0.9, "right", "number"),
        Column("standard", "补贴标准(元/亩)", 1.1, "right", "money"),
        Column("amount", "补贴金额(元)", 1.1, "right", "money"),
        Column("account", "账号", 1.0, "center", "account"),
    ]
    rows = []
    total_area = total_cents = 0
    for i in range(n):
        area_tenths = 10 + (i * 37) % 150                  # 1.0 … 15.9 亩
        cents = area_tenths * 11050 // 10                  # 110.50 元/亩
        total_area += area_tenths
        total_cents += cents
        name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)]
        check = "X" if i % 11 == 0 else str(i % 10)
        rows.append([str(i + 1), f"第{i % 9 + 1}组", name, f"110101********{i % 1000:03d}{check}",
                     f"{area_tenths / 10:.2f}", "110.50", f"{cents // 100:,}.{cents % 100:02d}",
                     f"****{(i * 7919) % 10000:04d}"])
    total = ["合计", "", "", "", f"{total_area / 10:.2f}", "", f"{total_cents // 100:,}.{total_cents % 100:02d}", ""]
    return Document(
        title="关于东村2026年耕地地力保护补贴发放情况的公示",
        paragraphs_before=[("根据《2026年耕地地力保护补贴实施方案》，经农户申报、村委会审核、镇人民政府复核，"
                           "现将东村2026年耕地地力保护补贴发放情况公示如下：")],
        table=Table(columns, rows, total_row=total),
        paragraphs_after=["公示时间：2026年6月26日至2026年7月2日。",
                          "如有异议，请于公示期内向东村村民委员会或某某镇人民政府反映。",
                          "监督举报电话：某某镇人民政府 0483-8222222；县农业农村局 0483-8211111。"],
        signature_lines=["东村村民委员会"], signature_date="2026年6月25日",
        page=PageSetup("A4"), seal_space=True, public=True)


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def naive_python_docx(doc: Document, path: Path) -> None:
    """The reference: python-docx's own API, one add_row and cell.text per cell."""
    import docx

    d = docx.Document()
    d.add_paragraph(doc.title)
    table = d.add_table(rows=1, cols=len(doc.table.columns))
    for cell, col in zip(table.rows[0].cells, doc.table.columns):
        cell.text = col.title
    for row in doc.table.rows + [doc.table.total_row]:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    d.save(str(path))


def main() -> None:
    from gkdesk.io.docx_writer import write_docx
    from gkdesk.io.xlsx_writer import write_xlsx

    doc5 = notice(5000)
    doc20 = notice(20000)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        out = Path(tmp)
        reference = best_of(2, lambda: naive_python_docx(doc5, out / "naive.docx"))
        docx_s = best_of(3, lambda: write_docx(doc5, out / "notice.docx"))
        report("notice_docx_5000", docx_s, "s", reference, "python-docx row by row", target=DOCX_TARGET_S)

        xlsx_s = best_of(3, lambda: write_xlsx(doc20, out / "list.xlsx"))
        report("notice_xlsx_20000", xlsx_s, "s", XLSX_TARGET_S, "target")

        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        from gkdesk.gui.printing import print_to_pdf

        app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - keeps Qt alive
        pages = []
        pdf_s = best_of(3, lambda: pages.append(print_to_pdf(doc5, out / "notice.pdf")))
        detail(f"notice_pdf_5000: {pages[-1]} pages")
        report("notice_pdf_5000", pdf_s, "s", PDF_TARGET_S, "target")

if __name__ == "__main__":
    main()
