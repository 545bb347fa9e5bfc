"""core records: case, evidence, chats, accounts, messages, media

Revision ID: 0001_core
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001_core"
down_revision = None
branch_labels = ("core",)
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('platform_id', sa.String(length=160), nullable=False),
    sa.Column('identity_basis', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('case_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('chats',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('platform', sa.String(length=32), nullable=False),
    sa.Column('platform_id', sa.String(length=128), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('type', sa.String(length=64), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('platform', 'platform_id', name='uq_chats_platform_id')
    )
    op.create_table('events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('time_utc', sa.BigInteger(), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=64), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('ingests',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('started_utc', sa.BigInteger(), nullable=False),
    sa.Column('finished_utc', sa.BigInteger(), nullable=True),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('format', sa.String(length=64), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('container', sa.String(length=16), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('export_info', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('account_names',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('first_utc', sa.BigInteger(), nullable=True),
    sa.Column('last_utc', sa.BigInteger(), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('account_id', 'kind', 'name', name='uq_account_names')
    )
    op.create_table('chat_titles',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('chat_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('time_utc', sa.BigInteger(), nullable=True),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['chat_id'], ['chats.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('chat_id', 'title', 'source', name='uq_chat_titles')
    )
    op.create_table('evidence',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('ingest_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sha1', sa.String(length=40), nullable=True),
    sa.Column('md5', sa.String(length=32), nullable=True),
    sa.Column('added_by', sa.String(length=200), nullable=False),
    sa.Column('added_utc', sa.BigInteger(), nullable=False),
    sa.Column('last_verified_utc', sa.BigInteger(), nullable=True),
    sa.Column('verify_state', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['ingest_id'], ['ingests.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_evidence_ingest', 'evidence', ['ingest_id'], unique=False)
    op.create_index('ix_evidence_sha256', 'evidence', ['sha256'], unique=False)
    op.create_table('messages',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('chat_id', sa.Integer(), nullable=False),
    sa.Column('platform_id', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('sender_name', sa.Text(), nullable=True),
    sa.Column('time_utc', sa.BigInteger(), nullable=True),
    sa.Column('time_local', sa.String(length=32), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('entities', sa.JSON(), nullable=True),
    sa.Column('reply_to', sa.BigInteger(), nullable=True),
    sa.Column('reply_to_chat', sa.String(length=128), nullable=True),
    sa.Column('forwarded_from', sa.Text(), nullable=True),
    sa.Column('forwarded_from_id', sa.String(length=128), nullable=True),
    sa.Column('saved_from', sa.Text(), nullable=True),
    sa.Column('via_bot', sa.String(length=200), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('edited_utc', sa.BigInteger(), nullable=True),
    sa.Column('edited_local', sa.String(length=32), nullable=True),
    sa.Column('action', sa.String(length=64), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.Column('content_hash', sa.String(length=32), nullable=False),
    sa.Column('ingest_id', sa.Integer(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ),
    sa.ForeignKeyConstraint(['chat_id'], ['chats.id'], ),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], ),
    sa.ForeignKeyConstraint(['ingest_id'], ['ingests.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('chat_id', 'platform_id', name='uq_messages_chat_platform_id')
    )
    op.create_index('ix_messages_account_time', 'messages', ['account_id', 'time_utc'], unique=False)
    op.create_index('ix_messages_action', 'messages', ['action'], unique=False, sqlite_where=sa.text('action IS NOT NULL'), postgresql_where=sa.text('action IS NOT NULL'))
    op.create_index('ix_messages_chat_time', 'messages', ['chat_id', 'time_utc'], unique=False)
    op.create_table('action_targets',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_action_targets_account', 'action_targets', ['account_id'], unique=False)
    op.create_index('ix_action_targets_message', 'action_targets', ['message_id'], unique=False)
    op.create_table('media',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('path', sa.Text(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.Text(), nullable=True),
    sa.Column('mime', sa.String(length=128), nullable=True),
    sa.Column('size', sa.BigInteger(), nullable=True),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('duration', sa.Float(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('sha1', sa.String(length=40), nullable=True),
    sa.Column('md5', sa.String(length=32), nullable=True),
    sa.Column('evidence_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_media_message', 'media', ['message_id'], unique=False)
    op.create_index('ix_media_sha256', 'media', ['sha256'], unique=False)
    op.create_table('message_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('ingest_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('edited_utc', sa.BigInteger(), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.Column('content_hash', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['ingest_id'], ['ingests.id'], ),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_message_versions_message', 'message_versions', ['message_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_message_versions_message', table_name='message_versions')
    op.drop_table('message_versions')
    op.drop_index('ix_media_sha256', table_name='media')
    op.drop_index('ix_media_message', table_name='media')
    op.drop_table('media')
    op.drop_index('ix_action_targets_message', table_name='action_targets')
    op.drop_index('ix_action_targets_account', table_name='action_targets')
    op.drop_table('action_targets')
    op.drop_index('ix_messages_chat_time', table_name='messages')
    op.drop_index('ix_messages_action', table_name='messages', sqlite_where=sa.text('action IS NOT NULL'), postgresql_where=sa.text('action IS NOT NULL'))
    op.drop_index('ix_messages_account_time', table_name='messages')
    op.drop_table('messages')
    op.drop_index('ix_evidence_sha256', table_name='evidence')
    op.drop_index('ix_evidence_ingest', table_name='evidence')
    op.drop_table('evidence')
    op.drop_table('chat_titles')
    op.drop_table('account_names')
    op.drop_table('ingests')
    op.drop_table('events')
    op.drop_table('chats')
    op.drop_table('case_meta')
    op.drop_table('accounts')
