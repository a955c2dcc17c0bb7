"""information requests (依申请公开): the register, its steps, letters, fees and 复议/诉讼 cases

New tables only: no old row is touched. The state and due date of a request are derived from its steps, and the
number prefix is a setting whose default follows the unit's name, so nothing needs filling in for old databases.

Revision ID: 0004
Revises: 0001
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('info_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('applicant_name', sa.String(length=100), nullable=False),
    sa.Column('applicant_type', sa.String(length=10), nullable=False),
    sa.Column('applicant_id', sa.String(length=30), nullable=False),
    sa.Column('applicant_contact', sa.String(length=100), nullable=False),
    sa.Column('applicant_address', sa.String(length=200), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('form_wanted', sa.String(length=60), nullable=False),
    sa.Column('handler', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_info_request')),
    sa.UniqueConstraint('number', name=op.f('uq_info_request_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_info_request_year'))
    )
    with op.batch_alter_table('info_request', schema=None) as batch_op:
        batch_op.create_index('ix_info_request_received', ['received_on'], unique=False)

    op.create_table('info_request_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('result', sa.String(length=10), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('organ', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['info_request.id'], name=op.f('fk_info_request_case_request_id_info_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_info_request_case'))
    )
    op.create_table('info_request_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('ref_id', sa.Integer(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('party', sa.String(length=200), nullable=False),
    sa.Column('person', sa.String(length=60), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('result', sa.String(length=20), nullable=False),
    sa.Column('recorded_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['ref_id'], ['info_request_event.id'], name=op.f('fk_info_request_event_ref_id_info_request_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['info_request.id'], name=op.f('fk_info_request_event_request_id_info_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_info_request_event'))
    )
    with op.batch_alter_table('info_request_event', schema=None) as batch_op:
        batch_op.create_index('ix_info_request_event_request', ['request_id', 'kind'], unique=False)

    op.create_table('info_request_fee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('notice_on', sa.Date(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('with_answer', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['info_request.id'], name=op.f('fk_info_request_fee_request_id_info_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_info_request_fee'))
    )
    op.create_table('info_request_letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('generated_on', sa.Date(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['info_request_event.id'], name=op.f('fk_info_request_letter_event_id_info_request_event'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['request_id'], ['info_request.id'], name=op.f('fk_info_request_letter_request_id_info_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_info_request_letter'))
    )


def downgrade() -> None:
    op.drop_table('info_request_letter')
    op.drop_table('info_request_fee')
    with op.batch_alter_table('info_request_event', schema=None) as batch_op:
        batch_op.drop_index('ix_info_request_event_request')

    op.drop_table('info_request_event')
    op.drop_table('info_request_case')
    with op.batch_alter_table('info_request', schema=None) as batch_op:
        batch_op.drop_index('ix_info_request_received')

    op.drop_table('info_request')
