"""media: media hashes, hash sets and their entries, matches

Revision ID: media_0001
Revises: 0001_core
"""
from alembic import op
import sqlalchemy as sa

revision = "media_0001"
down_revision = "0001_core"
branch_labels = ("media",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "media_hashes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("media_id", sa.Integer(), sa.ForeignKey("media.id"), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("error", sa.Text()),
        sa.Column("pdq", sa.String(64)),
        sa.Column("quality", sa.Integer()),
        sa.Column("dihedral", sa.JSON()),
        sa.Column("vpdq", sa.JSON()),
        sa.Column("decode", sa.String(16)),
        sa.Column("hasher", sa.String(64)),
        sa.Column("hashed_utc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("media_id"),
    )
    op.create_table(
        "hashsets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("scheme", sa.String(64), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("format", sa.String(32), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(64), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("imported_utc", sa.BigInteger(), nullable=False),
        sa.Column("imported_by", sa.String(200), nullable=False),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id")),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "hashset_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("hashset_id", sa.Integer(), sa.ForeignKey("hashsets.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("quality", sa.Integer()),
        sa.Column("ext_id", sa.String(200)),
        sa.Column("category", sa.String(64)),
        sa.Column("extra", sa.JSON()),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_hashset_entries_kind_value", "hashset_entries", ["kind", "value"])
    op.create_index("ix_hashset_entries_set", "hashset_entries", ["hashset_id"])
    op.create_table(
        "media_matches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("media_id", sa.Integer(), sa.ForeignKey("media.id"), nullable=False),
        sa.Column("entry_id", sa.Integer(), sa.ForeignKey("hashset_entries.id"), nullable=False),
        sa.Column("hashset_id", sa.Integer(), sa.ForeignKey("hashsets.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("signal", sa.String(16), nullable=False),
        sa.Column("distance", sa.Integer(), nullable=False),
        sa.Column("quality", sa.Integer()),
        sa.Column("variant", sa.String(16)),
        sa.Column("matched_utc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("media_id", "entry_id", name="uq_media_matches"),
    )
    op.create_index("ix_media_matches_media", "media_matches", ["media_id"])


def downgrade() -> None:
    op.drop_index("ix_media_matches_media", "media_matches")
    op.drop_table("media_matches")
    op.drop_index("ix_hashset_entries_set", "hashset_entries")
    op.drop_index("ix_hashset_entries_kind_value", "hashset_entries")
    op.drop_table("hashset_entries")
    op.drop_table("hashsets")
    op.drop_table("media_hashes")
