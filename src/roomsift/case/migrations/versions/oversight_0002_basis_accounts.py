"""oversight: the accounts a legal basis covers, fixed when it was signed

Revision ID: oversight_0002
Revises: oversight_0001
"""
from alembic import op
import sqlalchemy as sa

revision = "oversight_0002"
down_revision = "oversight_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("legal_bases") as batch:
        batch.add_column(sa.Column("accounts", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("legal_bases") as batch:
        batch.drop_column("accounts")
