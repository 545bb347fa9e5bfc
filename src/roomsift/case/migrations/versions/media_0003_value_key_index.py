"""media: index hash-set entries on a fixed-size prefix of the value

Second-stage values (kilobytes) exceed PostgreSQL's B-tree row limit in the old
(kind, value) index; exact lookups only concern digests of at most 64 characters, so
the index covers value_key, the value's first 64 characters, filled in for existing rows.

Revision ID: media_0003
Revises: media_0002
"""
from alembic import op
import sqlalchemy as sa

revision = "media_0003"
down_revision = "media_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_hashset_entries_kind_value", "hashset_entries")
    with op.batch_alter_table("hashset_entries") as batch:
        batch.add_column(sa.Column("value_key", sa.String(64)))
    op.execute("UPDATE hashset_entries SET value_key = substr(value, 1, 64)")
    op.create_index("ix_hashset_entries_kind_key", "hashset_entries", ["kind", "value_key"])


def downgrade() -> None:
    op.drop_index("ix_hashset_entries_kind_key", "hashset_entries")
    with op.batch_alter_table("hashset_entries") as batch:
        batch.drop_column("value_key")
    op.create_index("ix_hashset_entries_kind_value", "hashset_entries", ["kind", "value"])
