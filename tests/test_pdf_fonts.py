"""Printing never depends on the PC's fonts: a PDF carries the program's own font, its text copies out (rare name
characters outside the BMP included), and a character no font can draw stops the export with a sentence that
names it and its place, instead of a box on the posted notice."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import external
import pytest
from openpyxl import Workbook
from test_io_document import ROWS, notice

from gkdesk.cli import main
from gkdesk.domain.idnumber import check_char
from gkdesk.services.errors import UserError

RARE_NAMES = ["李𬌗", "王䶮", "张堃", "赵喆"]   # 𬌗 U+2C317 (Extension E), 䶮 U+4DAE (Extension A)
NO_FONT = "\U0003134A"   # 𱍊, CJK Extension G: in no font here
PRIVATE = "\ue06d"       # a private-use code (the shipped face uses it internally for 𬌗)


def rare_notice(names=RARE_NAMES):
    rows = [list(r) for r in ROWS[:1]] * len(names)
    rows = [[str(i + 1), r[1], name, *r[3:]] for i, (r, name) in enumerate(zip(rows, names))]
    return notice(rows)


def _xref_problems(data: bytes) -> list[str]:
    """Objects whose cross-reference offset does not point at them, and streams whose /Length is wrong."""
    problems = []
    start = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    head = re.match(rb"xref\s+0 (\d+)\s*\n", data[start:])
    pos = start + head.end()
    for n in range(int(head.group(1))):
        entry = data[pos + 20 * n:pos + 20 * n + 20]
        if entry[17:18] == b"n" and not data[int(entry[:10]):].startswith(b"%d 0 obj" % n):
            problems.append(f"object {n}")
    direct = list(re.finditer(rb"/Length (\d+) >>\nstream\n", data))   # as Qt writes the ToUnicode streams
    for m in direct:
        end = m.end() + int(m.group(1))
        if not data[end:end + 12].lstrip(b"\r\n").startswith(b"endstream"):
            problems.append(f"stream at {m.start()}")
    return problems if direct else ["no ToUnicode stream found"]


def test_a_pdf_carries_the_shipped_font_and_its_text_gives_back_rare_name_characters(qapp, tmp_path):
    from gkdesk.gui.printing import pdf_text_characters, print_to_pdf

    path = tmp_path / "公示.pdf"
    assert print_to_pdf(rare_notice(), path) == 1
    data = path.read_bytes()
    assert b"/FontFile2" in data and b"/BaseFont /GkdeskSerifSC-Regular" in data
    # Qt's ToUnicode had no entry for 𬌗 (it looks up BMP code points only): 李𬌗 copied out as 李.
    assert set("".join(RARE_NAMES)) <= pdf_text_characters(data)
    assert "\ue06d" not in pdf_text_characters(data)   # the private-use alias of 𬌗 never shows
    assert _xref_problems(data) == []   # the rewritten ToUnicode moved the offsets after it


def test_poppler_reads_the_pdf_text_back_with_an_embedded_font(qapp, tmp_path):
    from gkdesk.gui.printing import print_to_pdf

    path = tmp_path / "公示.pdf"
    print_to_pdf(rare_notice(), path)
    fonts = external.pdf_fonts(path)
    assert [f["name"] for f in fonts] == ["GkdeskSerifSC-Regular"]
    assert all(f["emb"] == "yes" and f["uni"] == "yes" for f in fonts)
    text = "".join(external.pdftotext(path).split())
    for name in RARE_NAMES:
        assert name in text
    # (村民小组 is a header title the layout may break between 村民 and 小组)
    assert "关于东村2026年耕地地力保护补贴发放情况的公示" in text and "村民" in text and "小组" in text


@pytest.mark.parametrize("where, change, place", [
    ("name", lambda doc: doc.table.rows[2].__setitem__(2, "欧阳" + NO_FONT), "表格第3行“姓名”列"),
    ("title", lambda doc: setattr(doc, "title", "关于东村" + NO_FONT + "补贴的公示"), "标题"),
    ("paragraph", lambda doc: doc.paragraphs_after.__setitem__(1, "请向" + NO_FONT + "反映。"), "正文第3段"),
])
def test_a_character_no_font_has_is_refused_with_its_code_and_place(qapp, tmp_path, where, change, place):
    from gkdesk.gui.printing import print_to_pdf

    doc = rare_notice()
    change(doc)
    with pytest.raises(UserError) as caught:
        print_to_pdf(doc, tmp_path / "公示.pdf")
    message = str(caught.value)
    assert f"{place}的“{NO_FONT}”（U+3134A）" in message and "方框" in message and "没有输出" in message
    assert not (tmp_path / "公示.pdf").exists() and list(tmp_path.iterdir()) == []


def test_a_private_use_character_is_refused_though_the_shipped_face_maps_it(qapp, tmp_path):
    from gkdesk.gui.printing import make_print_preview, print_to_pdf

    doc = rare_notice(["张" + PRIVATE, "李𬌗"])
    with pytest.raises(UserError, match=r"表格第1行“姓名”列的“.”（U\+E06D）是其他系统自造的字"):
        print_to_pdf(doc, tmp_path / "公示.pdf")
    with pytest.raises(UserError, match="U\\+E06D"):
        make_print_preview(doc)   # the print preview (and its 打印 button) refuses too
    assert not (tmp_path / "公示.pdf").exists()


def test_spaces_line_breaks_and_variation_selectors_are_not_refused(qapp, tmp_path):
    from gkdesk.gui.printing import print_to_pdf

    doc = rare_notice(["王\u3000芳", "李\n四", "葛\U000E0100明", "周\u200b杰"])
    assert print_to_pdf(doc, tmp_path / "公示.pdf") == 1


# --- the real command on a PC with no font at all -----------------------------------------------------------

def _make_id(i: int) -> str:
    body = f"13012319{55 + i}0303{i:03d}"
    return body + check_char(body)


def _imported_batch(tmp_path, capsys, names) -> str:
    data = tmp_path / "data"
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村民小组", "户主姓名", "公民身份号码", "计税面积", "补贴金额(元)"])
    for i, name in enumerate(names):
        ws.append([i + 1, "一组", name, _make_id(i), 10, 1056])
    wb.save(tmp_path / "名单.xlsx")
    base = ["--data-dir", str(data), "--today", "2026-09-20"]
    assert main([*base, "init", "--unit", "东风镇", "--villages", "东风村"]) == 0
    assert main([*base, "subsidy", "import", str(tmp_path / "名单.xlsx"), "--program", "耕地地力保护补贴",
                 "--village", "东风村"]) == 0
    assert main([*base, "subsidy", "review", "1", "--by", "王强"]) == 0
    capsys.readouterr()
    return str(data)


def _notice_command(data: str, out, tmp_path) -> subprocess.CompletedProcess:
    empty = external.write_fontconfig(tmp_path / "no-fonts")   # FONTCONFIG_FILE: no font at all
    env = {**os.environ, "FONTCONFIG_FILE": str(empty), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "gkdesk", "--data-dir", data, "--today", "2026-09-20", "subsidy",
                           "notice", "1", "--format", "pdf", "-o", str(out)], env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_notice_command_writes_chinese_text_with_no_system_font(tmp_path, capsys):
    data = _imported_batch(tmp_path, capsys, ["张三", "李𬌗", "王䶮"])
    out = tmp_path / "公示.pdf"
    done = _notice_command(data, out, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "已输出" in done.stdout
    from gkdesk.gui.printing import pdf_text_characters

    data = out.read_bytes()
    assert b"/FontFile2" in data and set("耕地地力保护补贴东风村李𬌗王䶮") <= pdf_text_characters(data)
    text = "".join(external.pdftotext(out).split())   # and as a PDF reader gives it back
    assert "耕地地力保护补贴" in text and "李𬌗" in text and "王䶮" in text and "东风村村民委员会" in text
    assert [(f["emb"], f["uni"]) for f in external.pdf_fonts(out)] == [("yes", "yes")]


def test_the_notice_command_refuses_a_name_no_font_has_and_writes_nothing(tmp_path, capsys):
    data = _imported_batch(tmp_path, capsys, ["张三", "李" + NO_FONT])
    out = tmp_path / "公示.pdf"
    done = _notice_command(data, out, tmp_path)
    assert done.returncode == 1 and "已输出" not in done.stdout
    assert "表格第2行“姓名”列" in done.stderr and "U+3134A" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()
