"""`gkdesk --smoke`: the check an installed copy passes before it is handed over.

It starts as the clerk would — Chinese Qt texts, stylesheet, SVG icons, the main window — on a fresh temporary
data folder (the clerk's own data is never touched), then does one real piece of work: the demo township, a small
list imported from .xlsx, reviewed and published, and the notice written as PDF, .docx and .xlsx and read back.
Each step prints one line; the first failure is printed and the exit status is 1."""
from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QIcon, QImageReader

from gkdesk import clock
from gkdesk.domain import fields
from gkdesk.domain.idnumber import check_char
from gkdesk.paths import DataFolder, resource
from gkdesk.services import demo, notice, subsidy
from gkdesk.services import subsidy_import as si

PROGRAM, VILLAGE = "耕地地力保护补贴", "东风村"
NAMES = ["张秀英", "王建国", "李桂兰", "赵德明", "刘春燕", "李𬌗"]


class SmokeFailure(Exception):
    pass


def run_smoke() -> int:
    root = Path(tempfile.mkdtemp(prefix="gkdesk-smoke-"))
    try:
        for line in smoke_steps(DataFolder(root).ensure()):
            print(line, flush=True)
    except Exception as exc:  # noqa: BLE001 - any failure is the answer of a smoke check
        print(f"冒烟检查失败：{exc}", file=sys.stderr, flush=True)
        return 1
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("冒烟检查通过。", flush=True)
    return 0


def smoke_steps(folder: DataFolder):
    from gkdesk.gui.app import application
    from gkdesk.gui.context import AppContext
    from gkdesk.gui.main_window import MainWindow
    from gkdesk.store.db import open_database

    app = application()
    yield _check_qt_texts(app)
    yield _check_icons()
    yield _check_font()
    db = open_database(folder)
    ctx = AppContext(db)
    window = None
    try:
        yield f"演示数据：{demo.create_demo(db)}"
        window = MainWindow(ctx)
        window.show()
        app.processEvents()
        batch_id, rows = _import_list(db, folder.root / "名单.xlsx")
        yield f"导入名单：{rows} 人"
        _review_and_publish(db, batch_id)
        ctx.data_changed.emit()
        if not window.open_ref("batch", batch_id):
            raise SmokeFailure("主窗口没有打开刚导入的公示批次")
        app.processEvents()
        yield "主窗口：已打开刚导入的公示批次"
        yield from _write_notice(db, batch_id, folder.root)
    finally:
        if window is not None:
            # Deleted, not only closed: its pages refresh on timers, and the temporary folder goes next.
            window.close()
            window.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        db.close()


def _check_qt_texts(app) -> str:
    # qtbase_zh_CN.qm turns Qt's own buttons (Cancel, Yes, …) into Chinese
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if cancel == "Cancel":
        raise SmokeFailure("没有找到 qtbase_zh_CN.qm，Qt 自带的按钮会显示英文")
    return f"Qt 中文界面：{cancel}"


def _check_icons() -> str:
    if b"svg" not in [bytes(f) for f in QImageReader.supportedImageFormats()]:
        raise SmokeFailure("缺少 SVG 图像插件（imageformats/qsvg），图标无法显示")
    if QIcon(str(resource("icons", "app.svg"))).pixmap(32, 32).isNull():
        raise SmokeFailure(f"图标无法显示：{resource('icons', 'app.svg')}")
    return "图标与样式：正常"


# Characters the shipped font must draw: GB 2312, rare name characters of 通用规范汉字表 (䶮 in Extension A, 𬌗 in
# Extension E), punctuation and full-width forms.
FONT_SAMPLE = "公示名单张秀英堃喆䶮𬌗，。：（）〔〕—１２３㎡①"


def _check_font() -> str:
    from PySide6.QtGui import QFont, QRawFont

    from gkdesk.gui import fonts

    family = fonts.register()
    if not resource(*fonts.SHIPPED_LICENCE).is_file():
        raise SmokeFailure(f"缺少字体的许可证文件：{resource(*fonts.SHIPPED_LICENCE)}")
    raw = QRawFont.fromFont(QFont(family))
    missing = [ch for ch in FONT_SAMPLE if not raw.supportsCharacter(ord(ch))]
    if raw.familyName() != family or missing:
        raise SmokeFailure(f"程序自带的字体“{family}”缺字：{''.join(missing) or FONT_SAMPLE}")
    return f"自带字体：{family}，能显示“{FONT_SAMPLE}”"


def _id_number(i: int) -> str:
    body = f"13012319{60 + i}0615{i:03d}"
    return body + check_char(body)


def _import_list(db, path: Path) -> tuple[int, int]:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "组别", "姓名", "身份证号", "面积(亩)", "补贴标准", "补贴金额", "银行账号", "备注"])
    for i, name in enumerate(NAMES):
        quantity = f"{3 + i}.5"
        amount = fields.expected_amount_fen(fields.clean_quantity(quantity), 10560)
        ws.append([i + 1, "一组", name, _id_number(i), quantity, "105.60", f"{amount / 100:.2f}",
                   f"6217000012345678{i:03d}", ""])
    wb.save(path)
    batch_id, result = si.import_file(db, path, PROGRAM, VILLAGE, "冒烟检查")
    if batch_id is None:
        raise SmokeFailure("示例名单导入被拒绝：" + "；".join(str(p) for p in result.problems[:3]))
    return batch_id, len(result.rows)


def _review_and_publish(db, batch_id: int) -> None:
    today = clock.today()
    with db.transaction() as s:
        subsidy.review(s, batch_id, "冒烟检查", today)
        subsidy.publish(s, batch_id, today)


def _write_notice(db, batch_id: int, out: Path):
    from openpyxl import load_workbook

    from gkdesk.gui.printing import pdf_text_characters, print_to_pdf
    from gkdesk.io.docx_writer import write_docx
    from gkdesk.io.xlsx_writer import write_xlsx

    with db.session() as s:
        doc = notice.build_notice(s, batch_id)
        sheet = notice.list_document(s, batch_id)
    pdf = out / "公示.pdf"
    pages = print_to_pdf(doc, pdf)
    data = pdf.read_bytes()
    if pages < 1 or not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        raise SmokeFailure(f"公示 PDF 不完整：{pdf}")
    if b"/FontFile2" not in data:
        raise SmokeFailure(f"公示 PDF 没有嵌入字体，别的电脑上会看不到文字：{pdf}")
    text = pdf_text_characters(data)
    lost = sorted({ch for name in NAMES for ch in name} - text)
    if lost:
        raise SmokeFailure(f"公示 PDF 中“{''.join(lost)}”复制不出文字：{pdf}")
    yield f"公示 PDF：{pages} 页，{len(data) // 1024} KB，字体已嵌入，姓名可复制"
    docx = out / "公示.docx"
    write_docx(doc, docx)
    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode("utf-8")
    if NAMES[0] not in body or _id_number(0) in body:
        raise SmokeFailure(f"Word 公示内容不对：{docx}")
    yield "Word 公示：已写出，身份证号已遮挡"
    xlsx = out / "名单.xlsx"
    write_xlsx(sheet, xlsx)
    wb = load_workbook(xlsx, read_only=True)
    try:
        cells = [c for row in wb.active.iter_rows(values_only=True) for c in row if c]
    finally:
        wb.close()
    if NAMES[-1] not in cells:
        raise SmokeFailure(f"Excel 名单内容不对：{xlsx}")
    yield f"Excel 名单：{len(cells)} 个单元格"
