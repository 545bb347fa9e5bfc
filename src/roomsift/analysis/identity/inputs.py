"""What identity clustering looks at, as plain records — loaded from a case by
`load(conn)`, or built directly by the labelled development corpus."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from roomsift.analysis.artifacts import extract
from roomsift.analysis.artifacts.context import classify
from roomsift.analysis.artifacts.extract import PREFILTER_RE
from roomsift.analysis.artifacts.model import PAYMENT_KINDS, PHONE, USERNAME
from roomsift.case import schema


@dataclass(slots=True)
class AccountInfo:
    id: int
    platform: str
    platform_id: str
    basis: str  # id | nickname | phone
    display: list[str] = field(default_factory=list)
    # username → (first_utc, last_utc) as seen on this account
    usernames: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)


@dataclass(slots=True)
class Post:
    """One artifact an account posted: payment identifiers, phones, username mentions."""

    account_id: int
    chat_id: int
    message_id: int
    kind: str
    value: str
    context: str  # artifacts.context: ask | proof | self | offer | mention


@dataclass(slots=True)
class Statement:
    """A message whose author says another username is also theirs."""

    account_id: int
    message_id: int
    usernames: list[str]
    text: str


@dataclass
class Inputs:
    accounts: dict[int, AccountInfo] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    chats_of: dict[int, set[int]] = field(default_factory=dict)  # account → chats it posted in


# "my old account was @x", "부계정 @y", "@z 도 저예요": the author claims the username.
STATED_RE = re.compile(
    r"예전\s?계정|옛\s?계정|이전\s?계정|전\s?계정|구\s?계정|부계정?|본계정?|세컨\s?계정|새\s?계정|딴\s?계정|다른\s?계정|"
    r"저예요|저에요|저입니다|제꺼|내꺼|"
    r"\b(?:my\s+)?(?:old|new|main|alt|other|second|backup|previous)\s+(?:account|acc|id)\b|\balso\s+me\b|\bthat\s+was\s+me\b|\bit'?s\s+me\b",
    re.IGNORECASE,
)


def statement_of(account_id: int, message_id: int, text: str, usernames: list[str]) -> Statement | None:
    if usernames and "?" not in text and STATED_RE.search(text):
        return Statement(account_id, message_id, usernames, text)
    return None


def load(conn: Connection) -> Inputs:
    """Inputs from a case. Artifacts come from the stored scan when it is current, else
    they are extracted here (read-only: nothing is written)."""
    from roomsift.analysis.artifacts import scan as artifact_scan
    from roomsift.analysis.artifacts.tables import artifacts

    inp = Inputs()
    a, n, m = schema.accounts, schema.account_names, schema.messages
    for row in conn.execute(select(a.c.id, a.c.platform, a.c.platform_id, a.c.identity_basis)):
        inp.accounts[row.id] = AccountInfo(row.id, row.platform, row.platform_id, row.identity_basis)
    for row in conn.execute(select(n.c.account_id, n.c.kind, n.c.name, n.c.first_utc, n.c.last_utc)):
        acc = inp.accounts.get(row.account_id)
        if acc is None:
            continue
        if row.kind == "username":
            acc.usernames[row.name.lstrip("@").lower()] = (row.first_utc, row.last_utc)
        else:
            acc.display.append(row.name)
    for row in conn.execute(select(m.c.account_id, m.c.chat_id).where(m.c.account_id.is_not(None)).distinct()):
        inp.chats_of.setdefault(row.account_id, set()).add(row.chat_id)

    wanted = _WANTED
    if artifact_scan.is_current(conn, "artifacts", artifact_scan.fingerprint(conn)):
        t = artifacts.c
        usernames_by_msg: dict[int, list[str]] = {}
        owners: dict[int, int] = {}
        q = select(t.account_id, t.chat_id, t.message_id, t.kind, t.value, t.context).where(
            t.account_id.is_not(None), t.kind.in_(wanted), t.validity != "malformed"
        )
        for row in conn.execute(q):
            if row.kind == USERNAME:
                usernames_by_msg.setdefault(row.message_id, []).append(row.value)
                owners[row.message_id] = row.account_id
            else:
                inp.posts.append(Post(row.account_id, row.chat_id, row.message_id, row.kind, row.value, row.context))
        if usernames_by_msg:
            ids = list(usernames_by_msg)
            for i in range(0, len(ids), 900):
                for row in conn.execute(select(m.c.id, m.c.text).where(m.c.id.in_(ids[i:i + 900]))):
                    st = statement_of(owners[row.id], row.id, row.text, usernames_by_msg[row.id])
                    if st:
                        inp.statements.append(st)
        return inp

    q = select(m.c.id, m.c.account_id, m.c.chat_id, m.c.text).where(m.c.account_id.is_not(None), m.c.kind == "message")
    for row in conn.execution_options(stream_results=True, yield_per=20000).execute(q):
        add_message(inp, row.account_id, row.chat_id, row.id, row.text)
    return inp


_WANTED = PAYMENT_KINDS + (PHONE, USERNAME)


def add_message(inp: Inputs, account_id: int, chat_id: int, message_id: int, text: str) -> None:
    """Add what one message says about identity (artifacts, statements) to `inp`."""
    inp.chats_of.setdefault(account_id, set()).add(chat_id)
    if not text or not PREFILTER_RE.search(text):
        return
    found = [x for x in extract(text) if x.kind in _WANTED and x.validity != "malformed"]
    if not found:
        return
    context = classify(text)
    names = [x.value for x in found if x.kind == USERNAME]
    for x in found:
        if x.kind != USERNAME:
            inp.posts.append(Post(account_id, chat_id, message_id, x.kind, x.value, context))
    st = statement_of(account_id, message_id, text, names)
    if st:
        inp.statements.append(st)
