"""notice snapshot: a posted notice is frozen with its batch

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

Adds publicity_batch.notice_snapshot, what a posted notice is made of (the unit's name and phones, the program's
texts, phones and columns, the masking patterns, the village's name), written at 开始公示 from now on.

Batches an older release posted get theirs here, at the upgrade, from the settings of that moment: the nearest
there is to what was posted, and taken before anyone can rename the township or edit a program in the new release
(taking it at the first print instead would let such an edit in). The layout is not known for them (left out:
the notice dialog proposes its default).

No value the older release wrote is changed (the programs' texts keep their {village} placeholders: the notice
fills in either form, and the program settings show them as 〔村名〕). The values are read and written with plain
SQL on this revision's tables, so the step does not depend on the models of later releases.
"""
import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

POSTED = ("公示中", "公示期满", "已归档", "已更正")
MASK_DEFAULTS = {"mask_id": "6+4", "mask_account": "0+4", "mask_phone": "3+4"}


def upgrade() -> None:
    with op.batch_alter_table("publicity_batch", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notice_snapshot", sa.JSON(), nullable=True))
    _freeze_posted(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("publicity_batch", schema=None) as batch_op:
        batch_op.drop_column("notice_snapshot")


def _freeze_posted(conn) -> None:
    unit = conn.execute(sa.text("SELECT name, kind, county, phone, supervision_phone FROM unit ORDER BY id LIMIT 1")
                        ).first()
    settings = {key: json.loads(value) if isinstance(value, str) else value
                for key, value in conn.execute(sa.text("SELECT key, value FROM setting"))}
    masks = {key[5:]: str(settings.get(key) or default) for key, default in MASK_DEFAULTS.items()}
    rows = conn.execute(sa.text(
        "SELECT b.id, p.name, p.category, p.quantity_unit, p.basis_text, p.objection_channel, p.phones, "
        "p.notice_columns, v.name FROM publicity_batch b JOIN subsidy_program p ON p.id = b.program_id "
        "JOIN village v ON v.id = b.village_id WHERE b.state IN :posted AND b.notice_snapshot IS NULL"
    ).bindparams(sa.bindparam("posted", expanding=True)), {"posted": list(POSTED)}).all()
    today = dt.date.today().isoformat()
    for bid, name, category, quantity_unit, basis, channel, phones, columns, village in rows:
        snapshot = {
            "v": 1, "source": "upgrade", "frozen_on": today,
            "unit": {"name": unit.name if unit else "", "kind": unit.kind if unit else "乡镇",
                     "county": unit.county if unit else "", "phone": unit.phone if unit else "",
                     "supervision_phone": unit.supervision_phone if unit else ""},
            "program": {"name": name, "category": category or "", "quantity_unit": quantity_unit or "",
                        "basis_text": basis or "", "objection_channel": channel or "", "phones": phones or "",
                        "notice_columns": json.loads(columns) if isinstance(columns, str) else (columns or [])},
            "village": village, "masks": masks, "layout": None,
        }
        conn.execute(sa.text("UPDATE publicity_batch SET notice_snapshot = :s WHERE id = :id"),
                     {"s": json.dumps(snapshot, ensure_ascii=False), "id": bid})
