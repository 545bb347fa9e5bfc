"""oversight: a case-state token for the privacy layer's stored index

One row, `privacy_state.token`, replaced by triggers whenever a row the identifier index is
built from changes: accounts (any column it reads), recorded names and usernames, and
payment values an account presented as its own. The privacy layer compares this token with
the one its stored index was built for: one indexed read instead of hashing the case. The
token is random, not a counter, so a case restored from an older copy never meets an index
kept for a different state under the same number.

Revision ID: oversight_0003
Revises: oversight_0002
"""
from alembic import op
import sqlalchemy as sa

revision = "oversight_0003"
down_revision = "oversight_0002"
branch_labels = None
depends_on = "identity_0001"  # the artifacts table

# (table, trigger condition in SQLite for INSERT/DELETE rows (NEW/OLD)); None: every row
WATCHED = {
    "accounts": None,
    "account_names": None,
    # only payment values presented as one's own enter the index (pseudonyms.IdentityIndex.build)
    "artifacts": "{row}.context IN ('offer', 'self')",
}


def _sqlite() -> None:
    bump = "UPDATE privacy_state SET token = lower(hex(randomblob(16))) WHERE id = 1;"
    for table, cond in WATCHED.items():
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
            when = " OR ".join(cond.format(row=r) for r in rows) if cond else None
            op.execute(f"CREATE TRIGGER privacy_state_{table}_{event.lower()} AFTER {event} ON {table} "
                       f"{'FOR EACH ROW WHEN ' + when if when else 'FOR EACH ROW'} BEGIN {bump} END")


def _postgresql() -> None:
    # Statement-level where every row counts: one update per statement, however many rows it
    # wrote. The row lock it takes is held until commit, so the token and the rows change
    # together for readers.
    op.execute("CREATE FUNCTION privacy_state_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
               "UPDATE privacy_state SET token = md5(random()::text || clock_timestamp()::text || txid_current()::text) "
               "WHERE id = 1; RETURN NULL; END $$")
    for table, cond in WATCHED.items():
        if cond is None:
            op.execute(f"CREATE TRIGGER privacy_state_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION privacy_state_bump()")
            continue
        # Only some rows count: per row, with the condition (artifact scans write many others).
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
            when = " OR ".join(cond.format(row=r) for r in rows)
            op.execute(f"CREATE TRIGGER privacy_state_{table}_{event.lower()} AFTER {event} ON {table} "
                       f"FOR EACH ROW WHEN ({when}) EXECUTE FUNCTION privacy_state_bump()")
        op.execute(f"CREATE TRIGGER privacy_state_{table}_truncate AFTER TRUNCATE ON {table} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION privacy_state_bump()")


def upgrade() -> None:
    op.create_table(
        "privacy_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("token", sa.String(64), nullable=False),
    )
    import secrets

    op.execute(sa.text("INSERT INTO privacy_state (id, token) VALUES (1, :t)").bindparams(t=secrets.token_hex(16)))
    name = op.get_bind().dialect.name
    if name == "sqlite":
        _sqlite()
    elif name == "postgresql":
        _postgresql()


def downgrade() -> None:
    name = op.get_bind().dialect.name
    if name == "sqlite":
        for table in WATCHED:
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS privacy_state_{table}_{event}")
    elif name == "postgresql":
        for table in WATCHED:
            for suffix in ("", "_insert", "_delete", "_update", "_truncate"):
                op.execute(f"DROP TRIGGER IF EXISTS privacy_state_{table}{suffix} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS privacy_state_bump()")
    op.drop_table("privacy_state")
