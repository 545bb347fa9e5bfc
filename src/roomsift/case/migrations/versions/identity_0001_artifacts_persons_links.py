"""artifacts, derivations, persons, person_accounts, identity_links, link_decisions

Revision ID: identity_0001
Revises: 0001_core
"""
from alembic import op
import sqlalchemy as sa

revision = "identity_0001"
down_revision = "0001_core"
branch_labels = ("identity",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "artifacts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("message_id", sa.Integer(), sa.ForeignKey("messages.id"), nullable=False),
        sa.Column("chat_id", sa.Integer(), sa.ForeignKey("chats.id"), nullable=False),
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=True),
        sa.Column("time_utc", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("validity", sa.String(length=16), nullable=False),
        sa.Column("context", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_artifacts_kind_value", "artifacts", ["kind", "value"])
    op.create_index("ix_artifacts_account", "artifacts", ["account_id"])
    op.create_index("ix_artifacts_chat", "artifacts", ["chat_id"])
    op.create_index("ix_artifacts_message", "artifacts", ["message_id"])
    op.create_table(
        "derivations",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.Text(), nullable=False),
        sa.Column("updated_utc", sa.BigInteger(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "persons",
        sa.Column("label", sa.String(length=32), nullable=False),
        sa.Column("accounts", sa.Integer(), nullable=False),
        sa.Column("rooms", sa.Integer(), nullable=False),
        sa.Column("messages", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("label"),
    )
    op.create_table(
        "person_accounts",
        sa.Column("account_id", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("person", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("account_id"),
    )
    op.create_index("ix_person_accounts_person", "person_accounts", ["person"])
    op.create_table(
        "identity_links",
        sa.Column("label", sa.String(length=48), nullable=False),
        sa.Column("account_a", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("account_b", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("kinds", sa.Text(), nullable=False),
        sa.Column("strength", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("label"),
    )
    op.create_index("ix_identity_links_a", "identity_links", ["account_a"])
    op.create_index("ix_identity_links_b", "identity_links", ["account_b"])
    op.create_table(
        "link_decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("account_a", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("account_b", sa.Integer(), sa.ForeignKey("accounts.id"), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("time_utc", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_a", "account_b", name="uq_link_decisions_pair"),
    )


def downgrade() -> None:
    op.drop_table("link_decisions")
    op.drop_index("ix_identity_links_b", table_name="identity_links")
    op.drop_index("ix_identity_links_a", table_name="identity_links")
    op.drop_table("identity_links")
    op.drop_index("ix_person_accounts_person", table_name="person_accounts")
    op.drop_table("person_accounts")
    op.drop_table("persons")
    op.drop_table("derivations")
    op.drop_index("ix_artifacts_message", table_name="artifacts")
    op.drop_index("ix_artifacts_chat", table_name="artifacts")
    op.drop_index("ix_artifacts_kind_value", table_name="artifacts")
    op.drop_index("ix_artifacts_account", table_name="artifacts")
    op.drop_table("artifacts")
