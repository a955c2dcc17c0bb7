"""foundation schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 12:52:47.113400
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('who', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=True),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('working', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_day_year'), ['year'], unique=False)

    op.create_table('catalog_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('hidden', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_area')),
    sa.UniqueConstraint('name', name=op.f('uq_catalog_area_name'))
    )
    op.create_table('monthly_filing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('filler', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('reviewer', sa.String(length=60), nullable=False),
    sa.Column('filled_on', sa.Date(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monthly_filing')),
    sa.UniqueConstraint('month', name=op.f('uq_monthly_filing_month'))
    )
    op.create_table('policy_interpretation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('policy_title', sa.String(length=200), nullable=False),
    sa.Column('doc_number', sa.String(length=60), nullable=False),
    sa.Column('drafting_unit', sa.String(length=100), nullable=False),
    sa.Column('policy_published_on', sa.Date(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('form', sa.String(length=20), nullable=False),
    sa.Column('interpreter', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=False),
    sa.Column('channels', sa.JSON(), nullable=False),
    sa.Column('link', sa.String(length=500), nullable=False),
    sa.Column('remark', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy_interpretation'))
    )
    with op.batch_alter_table('policy_interpretation', schema=None) as batch_op:
        batch_op.create_index('ix_interp_published', ['published_on'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('unit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('county', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('supervision_phone', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit'))
    )
    op.create_table('village',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village')),
    sa.UniqueConstraint('name', name=op.f('uq_village_name'))
    )
    op.create_table('yearly_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('dimension', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=20), nullable=False),
    sa.Column('minimum', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_yearly_target')),
    sa.UniqueConstraint('year', 'dimension', 'name', name=op.f('uq_yearly_target_year'))
    )
    op.create_table('catalog_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('level1', sa.String(length=100), nullable=False),
    sa.Column('level2', sa.String(length=100), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('time_limit', sa.Text(), nullable=False),
    sa.Column('rule_event', sa.String(length=60), nullable=False),
    sa.Column('rule_days', sa.Integer(), nullable=True),
    sa.Column('rule_unit', sa.String(length=10), nullable=False),
    sa.Column('rule_publicity_days', sa.Integer(), nullable=True),
    sa.Column('rule_edited', sa.Boolean(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('channels', sa.JSON(), nullable=False),
    sa.Column('channel_other', sa.String(length=200), nullable=False),
    sa.Column('audience', sa.JSON(), nullable=False),
    sa.Column('modes', sa.JSON(), nullable=False),
    sa.Column('levels', sa.JSON(), nullable=False),
    sa.Column('notes', sa.JSON(), nullable=False),
    sa.Column('applicable', sa.Boolean(), nullable=False),
    sa.Column('is_reference', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['catalog_area.id'], name=op.f('fk_catalog_item_area_id_catalog_area')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_catalog_item')),
    sa.UniqueConstraint('area_id', 'level1', 'level2', name=op.f('uq_catalog_item_area_id'))
    )
    op.create_table('village_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_village_group_village_id_village'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_village_group')),
    sa.UniqueConstraint('village_id', 'name', name=op.f('uq_village_group_village_id'))
    )
    op.create_table('subsidy_program',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('quantity_unit', sa.String(length=20), nullable=False),
    sa.Column('standard_fen', sa.Integer(), nullable=True),
    sa.Column('period_days', sa.Integer(), nullable=False),
    sa.Column('period_unit', sa.String(length=10), nullable=False),
    sa.Column('notice_columns', sa.JSON(), nullable=False),
    sa.Column('basis_text', sa.Text(), nullable=False),
    sa.Column('objection_channel', sa.Text(), nullable=False),
    sa.Column('phones', sa.String(length=200), nullable=False),
    sa.Column('catalog_item_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['catalog_item_id'], ['catalog_item.id'], name=op.f('fk_subsidy_program_catalog_item_id_catalog_item'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subsidy_program')),
    sa.UniqueConstraint('name', name=op.f('uq_subsidy_program_name'))
    )
    op.create_table('publicity_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('program_id', sa.Integer(), nullable=False),
    sa.Column('village_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=60), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('source_file', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('reviewer', sa.String(length=60), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('review_opinion', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('archived_on', sa.Date(), nullable=True),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['program_id'], ['subsidy_program.id'], name=op.f('fk_publicity_batch_program_id_subsidy_program')),
    sa.ForeignKeyConstraint(['replaces_id'], ['publicity_batch.id'], name=op.f('fk_publicity_batch_replaces_id_publicity_batch')),
    sa.ForeignKeyConstraint(['village_id'], ['village.id'], name=op.f('fk_publicity_batch_village_id_village')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publicity_batch')),
    sa.UniqueConstraint('replaces_id', name=op.f('uq_publicity_batch_replaces_id'))
    )
    with op.batch_alter_table('publicity_batch', schema=None) as batch_op:
        batch_op.create_index('ix_batch_state_end', ['state', 'end_date'], unique=False)

    op.create_table('attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('original_name', sa.String(length=260), nullable=False),
    sa.Column('stored_path', sa.String(length=300), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['publicity_batch.id'], name=op.f('fk_attachment_batch_id_publicity_batch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    op.create_table('disclosure_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('formed_on', sa.Date(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('channels', sa.JSON(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('handler', sa.String(length=60), nullable=False),
    sa.Column('reviewer', sa.String(length=60), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['publicity_batch.id'], name=op.f('fk_disclosure_record_batch_id_publicity_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['catalog_item.id'], name=op.f('fk_disclosure_record_item_id_catalog_item'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosure_record')),
    sa.UniqueConstraint('batch_id', name=op.f('uq_disclosure_record_batch_id'))
    )
    with op.batch_alter_table('disclosure_record', schema=None) as batch_op:
        batch_op.create_index('ix_disclosure_pending', ['published_on', 'formed_on'], unique=False)

    op.create_table('objection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('person', sa.String(length=60), nullable=False),
    sa.Column('contact', sa.String(length=60), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('handling', sa.Text(), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['publicity_batch.id'], name=op.f('fk_objection_batch_id_publicity_batch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objection'))
    )
    op.create_table('recipient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('group_name', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('id_number', sa.String(length=20), nullable=False),
    sa.Column('household_size', sa.Integer(), nullable=True),
    sa.Column('quantity_e4', sa.Integer(), nullable=True),
    sa.Column('standard_fen', sa.Integer(), nullable=True),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('pay_method', sa.String(length=60), nullable=False),
    sa.Column('account', sa.String(length=40), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('pay_date', sa.Date(), nullable=True),
    sa.Column('remark', sa.String(length=200), nullable=False),
    sa.Column('source_row', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['publicity_batch.id'], name=op.f('fk_recipient_batch_id_publicity_batch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient'))
    )
    with op.batch_alter_table('recipient', schema=None) as batch_op:
        batch_op.create_index('ix_recipient_batch_seq', ['batch_id', 'seq'], unique=False)
        batch_op.create_index('ix_recipient_id_number', ['id_number'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('recipient', schema=None) as batch_op:
        batch_op.drop_index('ix_recipient_id_number')
        batch_op.drop_index('ix_recipient_batch_seq')

    op.drop_table('recipient')
    op.drop_table('objection')
    with op.batch_alter_table('disclosure_record', schema=None) as batch_op:
        batch_op.drop_index('ix_disclosure_pending')

    op.drop_table('disclosure_record')
    op.drop_table('attachment')
    with op.batch_alter_table('publicity_batch', schema=None) as batch_op:
        batch_op.drop_index('ix_batch_state_end')

    op.drop_table('publicity_batch')
    op.drop_table('subsidy_program')
    op.drop_table('village_group')
    op.drop_table('catalog_item')
    op.drop_table('yearly_target')
    op.drop_table('village')
    op.drop_table('unit')
    op.drop_table('setting')
    with op.batch_alter_table('policy_interpretation', schema=None) as batch_op:
        batch_op.drop_index('ix_interp_published')

    op.drop_table('policy_interpretation')
    op.drop_table('monthly_filing')
    op.drop_table('catalog_area')
    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_day_year'))

    op.drop_table('calendar_day')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit_log')

