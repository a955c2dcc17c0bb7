"""Generates tests/data/recipients.xls, a genuine BIFF8 (Excel 97–2003) file for the .xls import tests.

Not run by the tests. xlwt is NOT a project dependency; to regenerate:
    pip download xlwt --no-deps -d /tmp/xlwt
    pip install --no-deps --target /tmp/xlwt/lib /tmp/xlwt/xlwt-*.whl
    PYTHONPATH=/tmp/xlwt/lib python tests/data/make_recipients_xls.py

Layout of sheet "名单" (Excel rows, 1-based):
    1  (empty)
    2  title merged over B2:F2
    3  header in B..F: 村民小组 | 户主姓名 | 身份证号码 | 补贴面积(亩) | 补贴金额(元)
    4  一组 (B4:B5 merged) | 张三 | ID as text | 12.5 | 1250
    5  (merged)            | 李四 | ID as a number (digits lost) | 3 | 300
    6  合计 | | | 15.5 | 1550
A second sheet "说明" holds one note.
"""

from pathlib import Path

import xlwt

HERE = Path(__file__).resolve().parent


def main() -> None:
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("名单")
    ws.write_merge(1, 1, 1, 5, "关于××村2026年耕地地力保护补贴发放情况的公示")
    for j, text in enumerate(["村民小组", "户主姓名", "身份证号码", "补贴面积(亩)", "补贴金额(元)"], start=1):
        ws.write(2, j, text)
    ws.write_merge(3, 4, 1, 1, "一组")
    ws.write(3, 2, "张三")
    ws.write(3, 3, "11010119900307123X")
    ws.write(3, 4, 12.5)
    ws.write(3, 5, 1250)
    ws.write(4, 2, "李四")
    ws.write(4, 3, 110101199003071234.0)
    ws.write(4, 4, 3)
    ws.write(4, 5, 300)
    ws.write(5, 1, "合计")
    ws.write(5, 4, 15.5)
    ws.write(5, 5, 1550)
    notes = wb.add_sheet("说明")
    notes.write(0, 0, "本表由测试生成")
    wb.save(str(HERE / "recipients.xls"))


if __name__ == "__main__":
    main()
