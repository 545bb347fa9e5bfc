"""media: PDQ of the border-trimmed image

Revision ID: media_0002
Revises: media_0001
"""
from alembic import op
import sqlalchemy as sa

revision = "media_0002"
down_revision = "media_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("media_hashes") as batch:
        batch.add_column(sa.Column("trimmed", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("media_hashes") as batch:
        batch.drop_column("trimmed")
