"""The life of a publicity through the service API: programs, editing with undo and search, review, publication on
the working-day calendar, objections, correction and re-publication, archive with photos and the package, and the
upward summary."""
from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import event, insert, select

from gkdesk import clock
from gkdesk.domain.idnumber import check_char
from gkdesk.paths import DataFolder
from gkdesk.services import archive, settings, subsidy, summary
from gkdesk.services import subsidy_import as si
from gkdesk.services.errors import UserError
from gkdesk.store.db import open_database
from gkdesk.store.models import Attachment, AuditEntry, PublicityBatch, Recipient


def make_id(birth: str, seq: str) -> str:
    body = "130123" + birth + seq
    return body + check_char(body)


IDS = [make_id(f"19{60 + i}0101", f"{i:03d}") for i in range(6)]


@pytest.fixture
def db(tmp_path):
    db = open_database(DataFolder(tmp_path / "data"))
    with db.transaction() as s:
        settings.save_unit(s, "东风镇", phone="0311-8123456", supervision_phone="0311-8123400")
        settings.save_villages(s, [("东风村", ["一组", "二组"]), ("红旗村", ["一组"])])
        subsidy.add_program(s, name="耕地地力保护补贴", category="涉农补贴", quantity_unit="亩", standard="105.60",
                            period_days=7, period_unit="工作日",
                            notice_columns="序号,村民小组,姓名,身份证号,面积,补贴标准,金额,账号,备注",
                            phones="镇党政办 0311-8123456")
    yield db
    db.close()


def import_list(db, tmp_path, village="东风村", n=4, name="list.xlsx"):
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "村民小组", "户主姓名", "身份证号", "面积(亩)", "补贴金额(元)", "一卡通账号"])
    for i in range(n):
        ws.append([i + 1, "一组" if i % 2 == 0 else "二组", f"村民{i}", IDS[i], 10 + i, (10 + i) * 105.6,
                   f"62284800123456789{i:02d}"])
    wb.save(tmp_path / name)
    batch_id, result = si.import_file(db, tmp_path / name, "耕地地力保护补贴", village, "2026年度",
                                      today=dt.date(2026, 9, 20))
    assert batch_id is not None, result.problems
    return batch_id


def state(db, batch_id):
    with db.session() as s:
        return s.get(PublicityBatch, batch_id).state


# ---- programs --------------------------------------------------------------------------------------------------

def test_programs_add_update_list_and_refusals(db):
    with db.transaction() as s:
        p = subsidy.add_program(s, name="高龄津贴2", quantity_unit="人", standard="100", period_days=5,
                                notice_columns=["序号", "姓名", "金额"])
        assert p.notice_columns == ["序号", "姓名", "补贴金额"] and p.standard_fen == 10000
        # placeholders as the program settings show them; the county office of its category in the objection line
        assert "〔村名〕" in p.basis_text and "〔期间〕" in p.basis_text and "〔单位〕" in p.basis_text
        assert "镇（乡）" not in p.basis_text + p.objection_channel
        subsidy.update_program(s, p.id, period_unit="工作日", standard="")
        with pytest.raises(UserError, match="已有名为“耕地地力保护补贴”"):
            subsidy.add_program(s, name="耕地地力保护补贴")
        with pytest.raises(UserError, match="没有“住址”这一列"):
            subsidy.update_program(s, p, notice_columns="姓名,住址")
        with pytest.raises(UserError, match="公示期单位"):
            subsidy.update_program(s, p, period_unit="周")
        with pytest.raises(UserError, match="不是数字"):
            subsidy.update_program(s, p, standard="一百")
    with db.session() as s:
        rows = {r.name: r for r in subsidy.list_programs(s)}
    assert rows["高龄津贴2"].period_text == "5个工作日" and rows["高龄津贴2"].standard_text == ""
    assert rows["耕地地力保护补贴"].standard_text == "105.60元/亩"


# ---- editing ---------------------------------------------------------------------------------------------------

def test_lazy_loading_search_edit_delete_and_undo(db, tmp_path):
    batch_id = import_list(db, tmp_path)
    with db.transaction() as s:
        ids = subsidy.list_recipient_ids(s, batch_id)
        assert len(ids) == 4
        rows = subsidy.load_recipients(s, ids[::-1])
        assert [r.name for r in rows] == ["村民3", "村民2", "村民1", "村民0"]
        r0 = subsidy.load_recipients(s, ids[:1])[0]
        assert r0.id_masked == IDS[0][:6] + "********" + IDS[0][-4:]
        assert r0.account_masked == "****8900" and r0.amount_text == "1056.00" and r0.quantity_text == "10"
        # search: name, group, ID suffix, masked ID, remark
        assert subsidy.list_recipient_ids(s, batch_id, "村民2") == [ids[2]]
        assert subsidy.list_recipient_ids(s, batch_id, "二组") == [ids[1], ids[3]]
        assert subsidy.list_recipient_ids(s, batch_id, IDS[3][-4:]) == [ids[3]]
        assert subsidy.list_recipient_ids(s, batch_id, r0.id_masked) == [ids[0]]
        assert subsidy.list_recipient_ids(s, batch_id, "%") == []

        # edit: a wrong ID is refused naming the field; quantity alone recomputes the amount
        bad = IDS[1][:-1] + ("0" if IDS[1][-1] != "0" else "1")
        with pytest.raises(UserError, match=f"^身份证号校验位错误，应为{IDS[1][-1]}"):
            subsidy.update_recipient(s, ids[1], id_number=bad)
        with pytest.raises(UserError, match="^补贴金额“abc”不是数字"):
            subsidy.update_recipient(s, ids[1], amount="abc")
        res = subsidy.update_recipient(s, ids[1], quantity="20.5")
        assert res.amount_recomputed and not res.review_reset
        assert subsidy.load_recipients(s, [ids[1]])[0].amount_fen == 216480
        with pytest.raises(UserError, match="与数量20.5×标准105.60元=2164.80元不符"):
            subsidy.update_recipient(s, ids[1], amount="2000")
        subsidy.update_recipient(s, ids[1], name="村民 一", remark="调整")
        assert subsidy.list_recipient_ids(s, batch_id, "调整") == [ids[1]]

        added = subsidy.add_recipient(s, batch_id, name="新人", id_number=IDS[4], group_name="二组", quantity="1")
        new = subsidy.load_recipients(s, added.ids)[0]
        assert (new.seq, new.amount_fen, new.standard_fen) == (5, 10560, 10560)
        total = subsidy.totals(s, batch_id)

        deleted = subsidy.delete_recipients(s, [ids[0], ids[2]])
        assert [r["name"] for r in deleted.rows] == ["村民0", "村民2"]
        assert len(subsidy.list_recipient_ids(s, batch_id)) == 3
        subsidy.restore_recipients(s, deleted.rows)
        assert subsidy.list_recipient_ids(s, batch_id) == ids + list(added.ids)
        assert subsidy.totals(s, batch_id) == total


def test_an_edit_after_review_clears_the_review_and_says_so(db, tmp_path):
    batch_id = import_list(db, tmp_path)
    with db.transaction() as s:
        subsidy.review(s, batch_id, "王强", dt.date(2026, 9, 21))
        rid = subsidy.list_recipient_ids(s, batch_id)[0]
        res = subsidy.update_recipient(s, rid, remark="代领")
        assert res.review_reset and "重新进行保密审查" in res.message
        b = s.get(PublicityBatch, batch_id)
        assert (b.state, b.reviewer, b.review_date) == ("待审核", "", None)
        with pytest.raises(UserError, match="尚未完成保密审查，不能开始公示（先审后发）"):
            subsidy.publish(s, b, dt.date(2026, 9, 28))


# ---- the whole story -------------------------------------------------------------------------------------------

def test_review_publish_on_the_working_day_calendar_objection_correction_and_archive(db, tmp_path):
    batch_id = import_list(db, tmp_path)
    with db.transaction() as s:
        with pytest.raises(UserError, match="草稿还没有经过保密审查，不能开始公示"):
            subsidy.publish(s, batch_id, dt.date(2026, 9, 28))
        with pytest.raises(UserError, match="请填写保密审查人"):
            subsidy.review(s, batch_id, " ", dt.date(2026, 9, 25))
        subsidy.review(s, batch_id, "王强", dt.date(2026, 9, 25), "同意公示")
        with pytest.raises(UserError, match="不能登记异议"):
            subsidy.add_objection(s, batch_id, dt.date(2026, 9, 25), "张某", "", "有意见")
        subsidy.publish(s, batch_id, dt.date(2026, 9, 28))
        b = s.get(PublicityBatch, batch_id)
        # 7 working days from Monday 28 September: 28, 29, 30 Sept, (1–8 Oct holiday), 9, 10 (调休 Saturday), 11?
        # 11 October is a Sunday: 9 Oct, Sat 10 Oct (调休), Mon 12 Oct → ends 12 October
        assert (b.start_date, b.end_date) == (dt.date(2026, 9, 28), dt.date(2026, 10, 12))
        with pytest.raises(UserError, match="名单已经公示，不能直接修改"):
            subsidy.update_recipient(s, subsidy.list_recipient_ids(s, batch_id)[0], remark="x")
        with pytest.raises(UserError, match="公示期未满，不能归档"):
            archive.archive_batch(s, batch_id, dt.date(2026, 10, 5))

    with db.session() as s:
        row = subsidy.list_batches(s, today=dt.date(2026, 10, 9))[0]
        assert (row.state, row.days_left, row.countdown, row.people) == ("公示中", 3, "还剩3天", 4)
        row = subsidy.list_batches(s, today=dt.date(2026, 10, 13))[0]
        assert (row.state, row.days_left) == ("公示期满", None)
        assert subsidy.list_batches(s, state="公示期满", today=dt.date(2026, 10, 13))[0].id == batch_id

    with db.transaction() as s:
        with pytest.raises(UserError, match="不在公示期"):
            subsidy.add_objection(s, batch_id, dt.date(2026, 10, 13), "张某", "", "有意见")
        obj = subsidy.add_objection(s, batch_id, dt.date(2026, 9, 30), "村民张某", "138****2231",
                                    "村民3已迁出，不应享受")
        assert obj.result == "待核实"
        with pytest.raises(UserError, match="没有核实成立的异议"):
            subsidy.start_correction(s, batch_id)
        with pytest.raises(UserError, match="只能是“成立”或“不成立”"):
            subsidy.resolve_objection(s, obj.id, "核实", "也许", dt.date(2026, 10, 9))
        subsidy.resolve_objection(s, obj.id, "经入户核实情况属实，删除后重新公示", "成立", dt.date(2026, 10, 9))
        new = subsidy.start_correction(s, batch_id)
        new_id = new.id
        assert new.title.endswith("（更正）") and new.state == "草稿" and new.replaces_id == batch_id
        with pytest.raises(UserError, match="已有更正公示"):
            subsidy.start_correction(s, batch_id)
    with db.session() as s:
        assert len(subsidy.list_recipient_ids(s, new_id)) == 4

    with db.transaction() as s:
        ids = subsidy.list_recipient_ids(s, new_id, "村民3")
        subsidy.delete_recipients(s, ids)
        subsidy.review(s, new_id, "王强", dt.date(2026, 10, 10))
        subsidy.refresh_states(s, dt.date(2026, 10, 13))
        assert s.get(PublicityBatch, batch_id).state == "公示期满"
        with pytest.raises(UserError, match="有更正公示.*正在办理"):
            s.add(Attachment(batch_id=batch_id, kind="公示照片", original_name="a.jpg", stored_path="x", sha256="0",
                             size=1, added_at=dt.datetime(2026, 10, 13)))
            s.flush()
            archive.archive_batch(s, batch_id, dt.date(2026, 10, 13))
    with db.transaction() as s:
        subsidy.publish(s, new_id, dt.date(2026, 10, 14))
        old, new = s.get(PublicityBatch, batch_id), s.get(PublicityBatch, new_id)
        assert old.state == "已更正" and old.replaced_by is new and new.replaces is old
        assert (new.start_date, new.end_date) == (dt.date(2026, 10, 14), dt.date(2026, 10, 22))
        with pytest.raises(UserError, match="已被更正后的新公示取代，不能修改"):
            subsidy.update_recipient(s, subsidy.list_recipient_ids(s, batch_id)[0], remark="x")
        with pytest.raises(UserError, match="取代"):
            subsidy.add_objection(s, batch_id, dt.date(2026, 10, 14), "x", "", "y")
    with db.session() as s:
        d_old = subsidy.batch_detail(s, batch_id, today=dt.date(2026, 10, 15))
        d_new = subsidy.batch_detail(s, new_id, today=dt.date(2026, 10, 15))
        assert d_old.read_only and d_old.row.replaced_by_id == new_id and d_old.replaced_by_title == d_new.row.title
        assert d_new.row.replaces_id == batch_id and d_new.row.people == 3
        assert [o.result for o in d_old.objections] == ["成立"]


def test_archive_needs_a_photo_then_locks_and_the_package_has_checksums(db, tmp_path):
    batch_id = import_list(db, tmp_path)
    with db.transaction() as s:
        subsidy.review(s, batch_id, "王强", dt.date(2026, 9, 25))
        subsidy.publish(s, batch_id, dt.date(2026, 9, 28))
        subsidy.refresh_states(s, dt.date(2026, 10, 13))
        with pytest.raises(UserError, match="请先上传张贴公示的照片再归档"):
            archive.archive_batch(s, batch_id, dt.date(2026, 10, 13))
    photo = tmp_path / "公示照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"photo" * 100)
    att = archive.attach(db, batch_id, photo)
    assert att.stored_path == f"attachments/{batch_id}/公示照片.jpg" and att.size == 504
    second = archive.attach(db, batch_id, photo, archive.SIGNED_LIST)
    assert second.stored_path == f"attachments/{batch_id}/公示照片(2).jpg"
    assert (db.folder.root / att.stored_path).read_bytes() == photo.read_bytes()
    assert not [p for p in (db.folder.attachments / str(batch_id)).iterdir() if p.name.startswith(".~")]
    with db.transaction() as s:
        archive.archive_batch(s, batch_id, dt.date(2026, 10, 14))
    assert state(db, batch_id) == "已归档"
    with db.transaction() as s, pytest.raises(UserError, match="已归档的公示不能修改"):
        subsidy.delete_recipients(s, subsidy.list_recipient_ids(s, batch_id))
    with pytest.raises(UserError, match="已归档，不能再添加附件"):
        archive.attach(db, batch_id, photo)

    def fake_pdf(doc, path):
        path.write_bytes(b"%PDF-1.4 " + doc.title.encode())

    folder = archive.write_archive_package(db, batch_id, tmp_path / "存档", fake_pdf)
    names = {rel for rel, _, _ in folder.files}
    assert {"公示.pdf", "公示.docx", "名单.xlsx", "异议及处理情况.xlsx", "附件/公示照片_公示照片.jpg",
            "附件/签字名单_公示照片.jpg"} == names
    manifest = json.loads((tmp_path / "存档" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["people"] == 4 and manifest["state"] == "已归档"
    txt = (tmp_path / "存档" / "manifest.txt").read_text(encoding="utf-8")
    for f in manifest["files"]:
        assert f"{f['sha256']}  {f['path']}" in txt
    assert archive.verify_package(tmp_path / "存档") == []
    (tmp_path / "存档" / "名单.xlsx").write_bytes(b"changed")
    assert archive.verify_package(tmp_path / "存档") == ["名单.xlsx"]

    z = archive.write_archive_package(db, batch_id, tmp_path / "存档.zip", fake_pdf)
    assert archive.verify_package(z.path) == []
    with zipfile.ZipFile(z.path) as zf:
        assert "manifest.txt" in zf.namelist() and "附件/公示照片_公示照片.jpg" in zf.namelist()
    with pytest.raises(UserError, match="已经存在"):
        archive.write_archive_package(db, batch_id, tmp_path / "存档.zip", fake_pdf)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_summary_totals_are_the_sum_of_the_posted_lists_only(db, tmp_path):
    a = import_list(db, tmp_path, "东风村", 4, "a.xlsx")
    b = import_list(db, tmp_path, "红旗村", 3, "b.xlsx")
    c = import_list(db, tmp_path, "红旗村", 2, "c.xlsx")
    d = import_list(db, tmp_path, "东风村", 5, "d.xlsx")
    with db.transaction() as s:
        for posted in (b, d):
            subsidy.review(s, posted, "王强", dt.date(2026, 9, 25))
            subsidy.publish(s, posted, dt.date(2026, 9, 28))
        subsidy.review(s, c, "王强", dt.date(2026, 9, 25))   # reviewed, not posted: 待审核 → 公示 is not started
    with db.session() as s:
        expected = {i: subsidy.totals(s, i) for i in (a, b, c, d)}
        doc = summary.build_summary(s, "2026年度", reviewer="王强", today=dt.date(2026, 10, 20))
        assert summary.build_summary(s, year=2026).table.rows[-1] == doc.table.rows[-1]
        both = summary.build_summary(s, "2026年度", include_unposted=True, today=dt.date(2026, 10, 20))
        empty = summary.build_summary(s, "2025年度")
    t = doc.table
    assert [c.title for c in t.columns] == ["序号", "村", "项目", "批次数", "状态", "人数", "金额(元)"]
    assert t.rows[0] == ["1", "东风村", "耕地地力保护补贴", "1", "公示期满", "5", expected[d].amount_text]
    assert t.rows[1][:3] == ["", "东风村小计", ""] and 1 in t.bold_rows
    assert t.rows[2][:5] == ["2", "红旗村", "耕地地力保护补贴", "1", "公示期满"]
    # 合计 is the sum of the posted lists only: the draft (a, a second list of d's program, village and period)
    # and the list awaiting 公示 (c, likewise beside b) are not in it
    people = expected[b].people + expected[d].people
    amount = expected[b].amount_fen + expected[d].amount_fen
    assert t.rows[-1] == ["合计", "", "", "2", "", str(people), f"{amount // 100}.{amount % 100:02d}"]
    assert len(t.rows) - 1 in t.bold_rows and t.total_row is None
    head = " ".join(doc.subtitle_lines)
    for part in ("填报单位（盖章）：东风镇人民政府", "统计范围：2026年度", "填报人：", "联系电话：", "审核人：王强",
                 "填报日期：2026年10月20日"):
        assert part in head
    # Asked for, the others follow the 合计 under their own heading, with their own 小计, outside the 合计.
    b_rows = both.table.rows
    heading = b_rows.index(next(r for r in b_rows if r[0].startswith("以下为未公示的名单")))
    assert b_rows[heading - 1] == t.rows[-1] and heading in both.table.section_rows
    others = b_rows[heading + 1:]
    assert [r[4] for r in others if r[0].isdigit()] == ["草稿", "待审核"]
    unposted = expected[a].people + expected[c].people
    assert others[-1][:2] == ["未公示小计", ""] and others[-1][5] == str(unposted)
    assert doc.public and doc.page.landscape and "东风镇" in doc.footer_left and "2026年10月20日" in doc.footer_left
    assert empty.table.rows[-1][5] == "0" and "没有已公示的名单" in empty.paragraphs_after[0]
    from gkdesk.io.xlsx_writer import write_xlsx

    write_xlsx(doc, tmp_path / "汇总.xlsx")
    ws = load_workbook(tmp_path / "汇总.xlsx").active
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows
    assert "东风镇" in ws.oddFooter.left.text


def test_list_batches_is_one_query(db, tmp_path):
    for i in range(3):
        import_list(db, tmp_path, "东风村", 2, f"{i}.xlsx")
    from sqlalchemy import event

    statements = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    with db.session() as s:
        s.connection()  # the session's own setup is not counted
        event.listen(db.engine, "before_cursor_execute", seen)
        try:
            rows = subsidy.list_batches(s, today=dt.date(2026, 9, 30))
        finally:
            event.remove(db.engine, "before_cursor_execute", seen)
    assert len(rows) == 3 and all(r.people == 2 for r in rows)
    assert len([q for q in statements if q.lstrip().upper().startswith("SELECT")]) == 1


def test_only_a_draft_can_be_deleted(tmp_path):
    import pytest
    from sqlalchemy import func, select

    from gkdesk.paths import DataFolder
    from gkdesk.services import demo, subsidy
    from gkdesk.services.errors import UserError
    from gkdesk.store.db import open_database
    from gkdesk.store.models import PublicityBatch, Recipient

    db = open_database(DataFolder(tmp_path / "d"))
    demo.create_demo(db)
    with db.transaction() as s:
        draft = s.scalar(select(PublicityBatch).where(PublicityBatch.state == "草稿").limit(1))
        running = s.scalar(select(PublicityBatch).where(PublicityBatch.state == "公示中").limit(1))
        subsidy.delete_batch(s, draft.id)
        with pytest.raises(UserError, match="只有草稿可以删除"):
            subsidy.delete_batch(s, running.id)
        assert s.get(PublicityBatch, draft.id) is None
        assert not s.scalar(select(func.count(Recipient.id)).where(Recipient.batch_id == draft.id))


def test_a_corrected_list_is_archived_with_the_objection_that_led_to_it(tmp_path):
    from sqlalchemy import select

    from gkdesk.paths import DataFolder
    from gkdesk.services import demo, notice
    from gkdesk.store.db import open_database
    from gkdesk.store.models import PublicityBatch

    db = open_database(DataFolder(tmp_path / "c"))
    demo.create_demo(db)
    with db.session() as s:
        corrected = s.scalar(select(PublicityBatch).where(PublicityBatch.replaces_id.is_not(None)))
        doc = notice.objections_document(s, corrected.id)
    assert any("外出务工" in row[4] for row in doc.table.rows)
    assert any(p.startswith("本公示更正了：") and "公示时间" in p for p in doc.paragraphs_after)


def long_list(db, n_right: int, n_wrong: int) -> int:
    """A 待审核 list of 东风村 whose last n_wrong rows (村民小组 “错导入”) came from another village's sheet."""
    rows = [dict(seq=i + 1, group_name="一组" if i < n_right else "错导入", name=f"村民{i}",
                 id_number=make_id(f"{1950 + i // 1000}0101", f"{i % 1000:03d}"), quantity_e4=10000 * (1 + i % 7),
                 standard_fen=10560, amount_fen=10560 * (1 + i % 7), pay_method="一卡通", account=f"62284800{i:011d}",
                 phone="", pay_date=dt.date(2026, 9, 1 + i % 28), remark="新增" if i % 5 == 0 else "", source_row=i + 2)
            for i in range(n_right + n_wrong)]
    with db.transaction() as s:
        batch = subsidy.create_batch(s, subsidy.find_program(s, "耕地地力保护补贴"), subsidy.find_village(s, "东风村"),
                                     "2026年度")
        s.execute(insert(Recipient), [dict(r, batch_id=batch.id) for r in rows])
        subsidy.review(s, batch, "王强", dt.date(2026, 9, 21))
        return batch.id


def all_rows(session, batch_id: int) -> list[tuple]:
    return [tuple(r) for r in session.execute(select(Recipient.__table__).where(Recipient.batch_id == batch_id)
                                              .order_by(Recipient.id))]


def test_deleting_3000_wrongly_imported_rows_is_a_few_statements_audited_and_undone(db):
    batch_id = long_list(db, 500, 3000)
    statements = []

    def count(_conn, _cursor, sql, params, _context, executemany):
        statements.extend([sql] * (len(params) if executemany else 1))

    with db.session() as s:
        before = all_rows(s, batch_id)
        total = subsidy.totals(s, batch_id)
        wrong = subsidy.list_recipient_ids(s, batch_id, "错导入")
        assert len(wrong) == 3000
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.transaction() as s:
            deleted = subsidy.delete_recipients(s, wrong)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    # one SELECT, one audit SELECT, one DELETE and one audit INSERT per 900 ids — not one per row
    assert len(statements) < 30, statements[:40]
    assert sum(sql.startswith("DELETE") for sql in statements) == 4
    assert deleted.review_reset and deleted.message.startswith("名单已修改，原保密审查记录已清除")
    assert len(deleted.rows) == 3000 and deleted.ids == tuple(wrong)

    right = [r for r in before if r[3] == "一组"]
    amount = sum(r[9] for r in right)
    with db.session() as s:
        assert all_rows(s, batch_id) == right
        assert subsidy.totals(s, batch_id) == subsidy.Totals(500, sum(r[7] for r in right), amount)
        assert s.get(PublicityBatch, batch_id).reviewer == ""
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "bulk", AuditEntry.entity == "recipient")
                            .order_by(AuditEntry.id)).all()
    removed = [row for e in entries if e.after["statement"] == "delete" for row in e.before["rows"]]
    assert sorted((r["id"], r["name"], r["id_number"], r["amount_fen"]) for r in removed) == sorted(
        (r[0], r[4], r[5], r[9]) for r in before if r[3] == "错导入")
    assert all(e.after["rows"] == len(e.before["rows"]) for e in entries if e.after["statement"] == "delete")

    with db.transaction() as s:   # undo (Ctrl+Z): every row back with its id, seq and values
        subsidy.restore_recipients(s, deleted.rows)
    with db.session() as s:
        assert all_rows(s, batch_id) == before
        assert subsidy.totals(s, batch_id) == total
    with db.transaction() as s, pytest.raises(UserError, match="已经存在，不能重复恢复"):
        subsidy.restore_recipients(s, deleted.rows[-1:])


# ---- issue 12, findings 13, 14 and 17: the life cycle keeps its promises, and the audit log says what happened -------

import hashlib  # noqa: E402
import logging  # noqa: E402

from gkdesk.store.models import Objection  # noqa: E402


def published(db, tmp_path, village="东风村", name="list.xlsx"):
    batch_id = import_list(db, tmp_path, village, name=name)
    with db.transaction() as s:
        subsidy.review(s, batch_id, "王强", dt.date(2026, 9, 25))
        subsidy.publish(s, batch_id, dt.date(2026, 9, 28))
    return batch_id


def add_photo(db, batch_id, tmp_path):
    photo = tmp_path / "公示照片.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"photo" * 100)
    archive.attach(db, batch_id, photo)


def refusals(db, batch_id):
    with db.session() as s:
        return [(e.after["attempt"], e.after["reason"]) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "refused", AuditEntry.entity == "publicity_batch",
                                     AuditEntry.entity_id == str(batch_id)))]


def test_an_upheld_objection_that_was_not_corrected_blocks_the_archive(db, tmp_path):
    batch_id = published(db, tmp_path)
    with db.transaction() as s:
        obj = subsidy.add_objection(s, batch_id, dt.date(2026, 9, 30), "村民张某", "", "村民3已迁出")
        subsidy.resolve_objection(s, obj.id, "入户核实属实", "成立", dt.date(2026, 10, 9))
        subsidy.refresh_states(s, dt.date(2026, 10, 13))
    add_photo(db, batch_id, tmp_path)
    with db.transaction() as s, pytest.raises(UserError, match="有核实成立的异议，名单还没有更正，不能作为最终名单归档"):
        archive.archive_batch(s, batch_id, dt.date(2026, 10, 14))
    assert state(db, batch_id) == "公示期满"
    assert refusals(db, batch_id)[-1][0] == "建档归档"


def test_a_resolved_objection_changes_only_with_a_reason_that_the_audit_keeps(db, tmp_path):
    batch_id = published(db, tmp_path)
    with db.transaction() as s:
        obj_id = subsidy.add_objection(s, batch_id, dt.date(2026, 9, 30), "村民张某", "", "村民3已迁出").id
        subsidy.resolve_objection(s, obj_id, "经核实不属实", "不成立", dt.date(2026, 10, 9))
    with db.transaction() as s, pytest.raises(UserError, match="修改已办结的异议须写明修改原因"):
        subsidy.resolve_objection(s, obj_id, "经核实不属实", "成立", dt.date(2026, 10, 9))
    with db.transaction() as s:
        assert s.get(Objection, obj_id).result == "不成立"
        subsidy.resolve_objection(s, obj_id, "复核后属实", "成立", dt.date(2026, 10, 10), reason="镇纪委复核后改判")
        subsidy.resolve_objection(s, obj_id, "复核后属实", "成立", dt.date(2026, 10, 10))  # nothing changes: no reason
    with db.session() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "amend", AuditEntry.entity == "objection"))
    assert entry.entity_id == str(obj_id) and entry.after["reason"] == "镇纪委复核后改判"
    assert entry.after["before"]["result"] == "不成立" and entry.after["after"]["result"] == "成立"
    assert refusals(db, batch_id) == [("修改已办结的异议",
                                       "该异议已于2026年10月9日办结（核实结果：不成立），修改已办结的异议须写明修改原因，请填写后再保存。")]


def test_a_review_date_in_the_future_is_refused(db, tmp_path):
    batch_id = import_list(db, tmp_path)
    today = dt.date.today()
    with db.transaction() as s, pytest.raises(UserError, match="保密审查日期.*在今天.*之后，请填写实际完成审查的日期"):
        subsidy.review(s, batch_id, "王强", today + dt.timedelta(days=1))
    with db.transaction() as s:
        subsidy.review(s, batch_id, "王强", today)


@pytest.mark.parametrize("first_state", ["公示中", "公示期满", "已归档"])
def test_a_second_list_for_the_same_program_village_and_period_cannot_be_published(db, tmp_path, first_state):
    first = published(db, tmp_path, name="first.xlsx")
    if first_state != "公示中":
        with db.transaction() as s:
            subsidy.refresh_states(s, dt.date(2026, 10, 13))
    if first_state == "已归档":
        add_photo(db, first, tmp_path)
        with db.transaction() as s:
            archive.archive_batch(s, first, dt.date(2026, 10, 14))
    second = import_list(db, tmp_path, name="second.xlsx")
    with db.transaction() as s:
        subsidy.review(s, second, "王强", dt.date(2026, 10, 14))
    with db.transaction() as s, pytest.raises(UserError, match=f"与{first_state}的“.*”（批次{first}）是同一项目、同一村、同一期间的名单，"
                                                               "不能重复公示"):
        subsidy.publish(s, second, dt.date(2026, 10, 15))
    assert state(db, second) == "待审核"
    other = import_list(db, tmp_path, village="红旗村", name="other.xlsx")   # another village: no clash
    with db.transaction() as s:
        subsidy.review(s, other, "王强", dt.date(2026, 10, 14))
        subsidy.publish(s, other, dt.date(2026, 10, 15))
    with db.session() as s:
        doc = summary.build_summary(s, "2026年度", today=dt.date(2026, 10, 20))
        people = {row[1]: row[5] for row in doc.table.rows if row[0].isdigit()}
    assert people["东风村"] == "4" and doc.table.rows[-1][:1] == ["合计"] and doc.table.rows[-1][5] == "8"


def test_a_correction_is_published_beside_the_list_it_corrects(db, tmp_path):
    first = published(db, tmp_path)
    with db.transaction() as s:
        obj = subsidy.add_objection(s, first, dt.date(2026, 9, 30), "村民张某", "", "村民3已迁出")
        subsidy.resolve_objection(s, obj.id, "属实", "成立", dt.date(2026, 10, 9))
        new_id = subsidy.start_correction(s, first).id
        subsidy.review(s, new_id, "王强", dt.date(2026, 10, 10))
        subsidy.publish(s, new_id, dt.date(2026, 10, 14))
    assert state(db, first) == "已更正"


def struck_off_by_a_correction(db, first: int) -> int:
    """村民3 of the list `first` struck off through an upheld objection and a correction published to be posted on
    2026-10-14; the correction's id."""
    with db.transaction() as s:
        obj = subsidy.add_objection(s, first, dt.date(2026, 9, 30), "村民张某", "", "村民3已迁出")
        subsidy.resolve_objection(s, obj.id, "属实", "成立", dt.date(2026, 10, 9))
        new_id = subsidy.start_correction(s, first).id
        subsidy.delete_recipients(s, subsidy.list_recipient_ids(s, new_id, "村民3"))
        subsidy.review(s, new_id, "王强", dt.date(2026, 10, 10))
        subsidy.publish(s, new_id, dt.date(2026, 10, 14))
    return new_id


def test_the_summary_counts_what_the_board_shows_until_a_correction_is_posted(db, tmp_path):
    """A correction published on 10-13 to be posted on 10-14: on 10-13 the board still carries the original, so the
    summary counts the original and lists the correction apart as 待开始公示; from 10-14 the correction stands."""
    first = published(db, tmp_path)
    new_id = struck_off_by_a_correction(db, first)
    with db.session() as s:
        before, after = subsidy.totals(s, first), subsidy.totals(s, new_id)
        eve = summary.build_summary(s, "2026年度", include_unposted=True, today=dt.date(2026, 10, 13))
        day = summary.build_summary(s, "2026年度", include_unposted=True, today=dt.date(2026, 10, 14))

    def total(doc):
        return next(r for r in doc.table.rows if r[0] == "合计")

    def unposted(doc):
        rows = doc.table.rows
        start = next((i for i, r in enumerate(rows) if r[0].startswith("以下为未公示的名单")), len(rows))
        return [r[4] for r in rows[start + 1:] if r[0].isdigit()]

    assert total(eve)[5:] == [str(before.people), before.amount_text]
    assert unposted(eve) == ["待开始公示"]
    assert total(day)[5:] == [str(after.people), after.amount_text] and unposted(day) == []
    assert before.people == after.people + 1


def test_an_import_is_audited_with_the_files_name_size_checksum_and_rows(db, tmp_path):
    batch_id = import_list(db, tmp_path, name="东风村名单.xlsx")
    data = (tmp_path / "东风村名单.xlsx").read_bytes()
    with db.session() as s:
        [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "import"))
    assert (entry.entity, entry.entity_id) == ("publicity_batch", str(batch_id))
    assert entry.after["file"] == "东风村名单.xlsx" and entry.after["size"] == len(data)
    assert entry.after["sha256"] == hashlib.sha256(data).hexdigest() and entry.after["rows"] == 4


def test_every_refused_change_to_a_published_or_archived_list_is_audited_and_logged(db, tmp_path, caplog):
    batch_id = published(db, tmp_path)
    caplog.set_level(logging.INFO, logger="gkdesk.audit")
    with db.session() as s:
        first_row = subsidy.list_recipient_ids(s, batch_id)[0]
    attempts = [
        lambda s: subsidy.update_recipient(s, first_row, remark="改一下"),
        lambda s: subsidy.add_recipient(s, batch_id, name="新人", id_number=IDS[5], amount="1"),
        lambda s: subsidy.delete_recipients(s, [first_row]),
        lambda s: subsidy.delete_batch(s, batch_id),
        lambda s: subsidy.reopen(s, batch_id),
        lambda s: subsidy.review(s, batch_id, "王强", dt.date(2026, 10, 1)),
    ]
    for attempt in attempts:
        with pytest.raises(UserError), db.transaction() as s:
            attempt(s)
    assert [a for a, _ in refusals(db, batch_id)] == ["修改名单", "修改名单", "修改名单", "删除批次", "退回修改",
                                                        "保密审查"]
    logged = [r.getMessage() for r in caplog.records if r.name == "gkdesk.audit"]
    assert len([m for m in logged if m.startswith("refused")]) == 6
    with db.session() as s:
        assert s.get(PublicityBatch, batch_id).state == "公示中"
        assert len(subsidy.list_recipient_ids(s, batch_id)) == 4


def test_the_list_a_correction_replaces_stands_until_the_correction_is_posted(db, tmp_path):
    """A correction published on 10-13 to be posted on 10-14: on 10-13 the original is still on the board and
    reads as such (not 已更正 a day early), cannot be archived while its correction waits; on 10-14 it reads 已更正
    before anything is stored, and refresh_states stores it."""
    first = published(db, tmp_path)
    clock.set_today(dt.date(2026, 10, 13))
    new_id = struck_off_by_a_correction(db, first)
    with db.session() as s:
        eve = {r.id: r for r in subsidy.list_batches(s, today=dt.date(2026, 10, 13))}
        title, text = subsidy.published_message(subsidy.batch_detail(s, new_id, today=dt.date(2026, 10, 13)))
    assert state(db, first) != "已更正" and eve[first].state != "已更正" and eve[new_id].state_text == "待开始公示"
    assert title == "已安排公示" and "将于2026年10月14日开始公示（明天开始公示）" in text and "照常张贴" in text
    add_photo(db, first, tmp_path)
    with db.transaction() as s, pytest.raises(UserError, match="有更正公示.*正在办理"):
        archive.archive_batch(s, first, dt.date(2026, 10, 13))
    with db.session() as s:
        day = {r.id: r for r in subsidy.list_batches(s, today=dt.date(2026, 10, 14))}
        counted = next(r for r in summary.build_summary(s, "2026年度", today=dt.date(2026, 10, 14)).table.rows
                       if r[0] == "合计")
        corrected = subsidy.totals(s, new_id)
    assert day[first].state == "已更正" and state(db, first) != "已更正"     # read as the board shows it
    assert counted[5:] == [str(corrected.people), corrected.amount_text]   # the summary too, the original not
    with db.transaction() as s:
        subsidy.refresh_states(s, dt.date(2026, 10, 14))
    assert state(db, first) == "已更正"
