"""The list of a batch with 20,000 recipients: the model holds ids and loads rows in chunks only when the view
asks, and keeps only a bounded number of them."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import insert

from gkdesk import clock
from gkdesk.gui.context import AppContext
from gkdesk.gui.subsidy.models import RecipientTableModel
from gkdesk.gui.subsidy.page import SubsidyPage
from gkdesk.services import settings, subsidy
from gkdesk.store.db import open_database
from gkdesk.store.models import Recipient, SubsidyProgram, Village

ROWS = 20_000


@pytest.fixture
def big(data_folder):
    clock.set_today(dt.date(2026, 11, 23))
    db = open_database(data_folder, start_backup=False)
    with db.transaction() as s:
        settings.save_unit(s, "东风镇")
        settings.save_villages(s, [("东风村", ["一组"])])
        subsidy.ensure_default_programs(s)
        program = s.query(SubsidyProgram).filter_by(name="耕地地力保护补贴").one()
        batch = subsidy.create_batch(s, program, s.query(Village).one(), "2026年度")
        s.execute(insert(Recipient), [
            {"batch_id": batch.id, "seq": n, "group_name": "一组", "name": f"村民{n}",
             "id_number": f"13012319600101{n:04d}", "quantity_e4": 10_000, "standard_fen": 10560,
             "amount_fen": 10560, "pay_method": "一卡通", "account": "", "phone": "", "remark": ""}
            for n in range(1, ROWS + 1)])
        batch_id = batch.id
    ctx = AppContext(db)
    yield ctx, batch_id
    db.close()


def test_twenty_thousand_rows_load_lazily_in_chunks(qtbot, big):
    ctx, batch_id = big
    started = time.perf_counter()
    with ctx.db.session() as s:
        ids = subsidy.list_recipient_ids(s, batch_id)
    def load(chunk):
        with ctx.db.session() as s:
            return subsidy.load_recipients(s, chunk)

    model = RecipientTableModel(load)
    model.set_ids(ids)
    assert model.rowCount() == ROWS and model.fetches == 0 and model.cached_rows == 0

    for row in range(ROWS - 40, ROWS):  # the view scrolled to the end asks for the last rows
        for col in range(model.columnCount()):
            model.data(model.index(row, col))
    elapsed = time.perf_counter() - started
    assert model.index(ROWS - 1, 2).data() == f"村民{ROWS}"
    assert model.fetches == 1 and model.cached_rows == model.CHUNK  # one chunk of 200, not 20,000 rows

    for row in range(0, ROWS, 97):  # dragging the scroll bar from top to bottom
        model.data(model.index(row, 2))
    assert model.cached_rows <= model.CHUNK * model.MAX_CHUNKS
    print(f"\n20,000 ids + last 40 rows: {elapsed * 1000:.0f} ms; {model.fetches} chunk loads for the whole drag")


def open_page(qtbot, ctx, batch_id: int) -> SubsidyPage:
    page = SubsidyPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.open_batch(batch_id)
    return page


def test_the_batch_view_shows_a_big_list_and_its_exact_totals(qtbot, big):
    ctx, batch_id = big
    page = open_page(qtbot, ctx, batch_id)
    model, table = page.view.model, page.view.ui.recipientTable
    qtbot.waitUntil(lambda: model.fetches >= 1)
    assert model.rowCount() == ROWS
    assert model.cached_rows == model.CHUNK  # only what is on screen
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.index(ROWS - 1, 2).data() == f"村民{ROWS}")
    assert model.cached_rows <= 2 * model.CHUNK
    assert "合计 <b>20000</b> 人" in page.view.ui.totalsLabel.text()
    assert "金额 <b>2112000.00</b> 元" in page.view.ui.totalsLabel.text()


def test_deleting_thousands_of_selected_rows_loads_none_of_them_and_undo_brings_them_back(qtbot, big):
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    ctx, batch_id = big
    page = open_page(qtbot, ctx, batch_id)
    view = page.view
    model = view.model
    qtbot.waitUntil(lambda: model.fetches >= 1)
    fetches = model.fetches
    selection = QItemSelection(model.index(1000, 0), model.index(3999, model.columnCount() - 1))
    view.ui.recipientTable.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.delete_selected()
    assert model.fetches - fetches <= 2   # what is on screen, not the 3,000 deleted rows
    assert model.rowCount() == ROWS - 3000 and "已删除3000行" in view.ui.statusLabel.text()
    page.undo.undo()
    assert model.rowCount() == ROWS
    with ctx.db.session() as s:
        assert subsidy.totals(s, batch_id).people == ROWS
