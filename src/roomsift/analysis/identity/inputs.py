"""What identity clustering looks at, as plain records — loaded from a case by
`load(conn)`, or built directly by the labelled development corpus."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from sqlalchemy import Connection

from roomsift.analysis.artifacts import bulk, extract
from roomsift.analysis.artifacts.context import classify
from roomsift.analysis.artifacts.extract import PREFILTER_RE
from roomsift.analysis.artifacts.model import GIFT_CARD, PAYMENT_KINDS, PHONE, USERNAME
from roomsift.analysis.artifacts.ownership import owned
from roomsift.analysis.identity import named, statements


@dataclass(slots=True)
class AccountInfo:
    id: int
    platform: str
    platform_id: str
    basis: str  # id | nickname | phone
    display: list[str] = field(default_factory=list)
    # username → (first_utc, last_utc) as seen on this account
    usernames: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    # display name → (first_utc, last_utc) as seen on this account (name history)
    display_seen: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)


@dataclass(slots=True)
class Post:
    """One artifact an account posted: payment identifiers, phones, username mentions."""

    account_id: int
    chat_id: int
    message_id: int
    kind: str
    value: str
    context: str  # artifacts.context: ask | proof | self | offer | mention (of the whole message)
    own: bool = False  # artifacts.ownership: the author presents this value as their own


@dataclass(slots=True)
class Statement:
    """A message whose author says another username is (or was) also theirs."""

    account_id: int
    message_id: int
    usernames: list[str]
    text: str
    names: dict[str, str] = field(default_factory=dict)  # handle → display name the author gave for it


@dataclass
class Inputs:
    accounts: dict[int, AccountInfo] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    # handle → [(account, message)] of accounts that gave the handle as their own contact
    declared: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    chats_of: dict[int, set[int]] = field(default_factory=dict)  # nickname account → chats it posted in
    # handle → [(account, message)] of accounts that gave it as a contact without "my" ("연락은 @x 로")
    contacts: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # (account, message, text, time_utc or None) of messages that speak of accounts, alts or
    # names (identity/named.py)
    cue_messages: list[tuple[int, int, str, int | None]] = field(default_factory=list)
    # Accounts seen without a name (Telegram exports a deleted account as "Deleted Account" or
    # with no sender name): a claim about a deleted account can only mean one of these.
    deleted: set[int] = field(default_factory=set)
    # (account, message, text, replied-to text, time_utc or None) of short answers to a message
    # asking whose account something is (identity/statements.read_reply)
    replies: list[tuple[int, int, str, str, int | None]] = field(default_factory=list)
    # (account, message, the replied message's account) of short replies that say the replied
    # message's author is the author's other account ("이거 내 예전 계정임": statements.claims_replied_account)
    reply_claims: list[tuple[int, int, int]] = field(default_factory=list)


def add_statements(inp: Inputs, account_id: int, message_id: int, text: str) -> None:
    """Handles the author declares as their own, and handles they claim as another account."""
    declared, alts, names = statements.read(text)
    for handle in declared:
        inp.declared.setdefault(handle, []).append((account_id, message_id))
    if alts:
        inp.statements.append(Statement(account_id, message_id, alts, text, names))
    for handle in statements.contacts(text):
        if handle not in declared:
            inp.contacts.setdefault(handle, []).append((account_id, message_id))


def add_reply(inp: Inputs, account_id: int, message_id: int, text: str, replied: str, time_utc: int | None = None,
              replied_account: int | None = None) -> None:
    """An answer to another message ("@x 누구 계정임?" → "저요"): the handle or name it claims; or a
    reply that says the replied message's author is the author's other account ("이거 내 예전 계정임")."""
    if replied_account is not None and replied_account != account_id and statements.claims_replied_account(text, replied):
        inp.reply_claims.append((account_id, message_id, replied_account))
    if not statements.reply_subjects(text, replied):
        return
    declared, alts = statements.read_reply(text, replied)
    for handle in declared:
        inp.declared.setdefault(handle, []).append((account_id, message_id))
    if alts:
        inp.statements.append(Statement(account_id, message_id, alts, text))
    inp.replies.append((account_id, message_id, text, replied, time_utc))


def add_cue_message(inp: Inputs, account_id: int, message_id: int, text: str, time_utc: int | None = None) -> None:
    """Keep a message that may name another account as the author's own (identity/named.py)."""
    if text and named.CUE.search(text):
        inp.cue_messages.append((account_id, message_id, text, time_utc))


# Words a message must contain to be read by identity/named.py (lower-cased LIKE, a cheap
# first cut in SQL; named.CUE decides).
_CUE_LIKE = ("계정", "부계", "본계", "세컨", "부캐", "본캐", "닉", "아이디", "정지", "터져", "터졌", "새로",
             "acc", "alt", "main", "banned", "nuked", "nick", "name", "formerly", "previously", "쓰던", "활동", "=",
             "바꿨", "바꿈", "변경", "옮김", "옮겼", "(구", "moved", "동일인", "같은", "주인", "원래", "예전", "제가", "내가",
             "used to", "went by", "same", "belong", "i was", "탈퇴", "지웠", "지워", "삭제", "날렸", "날려", "deleted",
             "나임", "나야", "저예요", "저에요", "저임", "접니다", "본인", "하는 것도", "하는 거도", "하는 계정도", "있던",
             "던 사람", "backup", "백업", "그거 나", "그게 나", "이게 나", "이거 나", "옮길", "갈아타", "갈아탐", "갈아탔", "넘어갈")


def load(conn: Connection) -> Inputs:
    """Inputs from a case. Artifacts come from the stored scan when it is current, else
    they are extracted here (read-only: nothing is written)."""
    from roomsift.analysis.artifacts import scan as artifact_scan

    inp = Inputs()
    for acc_id, platform, platform_id, basis in bulk.rows(conn, "SELECT id, platform, platform_id, identity_basis FROM accounts"):
        inp.accounts[acc_id] = AccountInfo(acc_id, platform, platform_id, basis)
    for acc_id, kind, name, first, last in bulk.rows(conn, "SELECT account_id, kind, name, first_utc, last_utc FROM account_names"):
        acc = inp.accounts.get(acc_id)
        if acc is None:
            continue
        if kind == "username":
            acc.usernames[name.lstrip("@").lower()] = (first, last)
        else:
            acc.display.append(name)
            acc.display_seen[name] = (first, last)
    # Rooms matter only to the nickname rule (two nickname accounts in one room are two people).
    sql = ("SELECT DISTINCT m.account_id, m.chat_id FROM messages m JOIN accounts a ON a.id = m.account_id "
           "WHERE a.identity_basis = 'nickname'")
    for acc_id, chat_id in bulk.rows(conn, sql):
        inp.chats_of.setdefault(acc_id, set()).add(chat_id)
    sql = ("SELECT DISTINCT account_id FROM messages WHERE account_id IS NOT NULL "
           "AND (sender_name IS NULL OR sender_name = '' OR lower(sender_name) = 'deleted account')")
    inp.deleted.update(acc_id for (acc_id,) in bulk.rows(conn, sql))

    if artifact_scan.is_current(conn, "artifacts", artifact_scan.fingerprint(conn)):
        usernames_by_msg: dict[int, list[str]] = {}
        owners: dict[int, int] = {}
        kinds = ", ".join(f"'{k}'" for k in _WANTED)
        sql = (f"SELECT account_id, chat_id, message_id, kind, value, context, "
               f"CASE WHEN kind = '{USERNAME}' THEN NULL ELSE detail END FROM artifacts "
               f"WHERE account_id IS NOT NULL AND validity != 'malformed' AND source = 'text' AND kind IN ({kinds})")
        for acc_id, chat_id, message_id, kind, value, context, detail in bulk.rows(conn, sql):
            if kind == USERNAME:
                usernames_by_msg.setdefault(message_id, []).append(value)
                owners[message_id] = acc_id
            else:
                inp.posts.append(Post(acc_id, chat_id, message_id, kind, value, context, _own(detail)))
        # Bound patterns, not literals: PostgreSQL's driver reads a literal "%" as a placeholder.
        likes = " OR ".join("lower(text) LIKE ?" for _ in _CUE_LIKE)
        sql = f"SELECT id, account_id, text, time_utc FROM messages WHERE account_id IS NOT NULL AND kind = 'message' AND ({likes})"
        for mid, acc_id, text, when in bulk.rows(conn, sql, tuple(f"%{w}%" for w in _CUE_LIKE)):
            add_cue_message(inp, acc_id, mid, text or "", when)
        _load_replies(conn, inp)
        _owned_in_the_message_before(conn, inp)
        if usernames_by_msg:
            ids = list(usernames_by_msg)
            for i in range(0, len(ids), 900):
                chunk = ids[i:i + 900]
                sql = f"SELECT id, text FROM messages WHERE id IN ({', '.join('?' for _ in chunk)})"
                for mid, text in bulk.rows(conn, sql, tuple(chunk)):
                    add_statements(inp, owners[mid], mid, text or "")
        return inp

    sql = "SELECT id, account_id, chat_id, text, time_utc FROM messages WHERE account_id IS NOT NULL AND kind = 'message'"
    for mid, acc_id, chat_id, text, when in bulk.rows(conn, sql):
        add_message(inp, acc_id, chat_id, mid, text, when)
    _load_replies(conn, inp)
    _owned_in_the_message_before(conn, inp)
    return inp


# A value posted alone (a few words at most besides it) right after the author's words for it.
_SPLIT_GAP = 600  # seconds between the two messages
_SPLIT_REST = 12  # characters besides the value in the message that carries it


def _owned_in_the_message_before(conn: Connection, inp: Inputs) -> None:
    """A claim spread over two messages ("환불은 제 지갑으로 부탁드려요" … "0x…", "제 계좌요" … "카뱅
    3333-…"): a value posted alone is the author's own when the author's message just before it in
    the same chat, read with it as one sentence, claims it (artifacts.ownership). That message
    must carry no value of its own: "제 지갑 X" … "Y" claims X, not Y. PINs stay nobody's."""
    from roomsift.analysis.artifacts.ownership import OWNABLE

    cands: dict[int, list[Post]] = {}
    for p in inp.posts:
        if not p.own and p.kind != GIFT_CARD and p.kind in OWNABLE:
            cands.setdefault(p.message_id, []).append(p)
    if not cands:
        return
    ids = list(cands)
    alone: dict[int, tuple[int, int, int | None, str]] = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        sql = f"SELECT id, chat_id, account_id, time_utc, text FROM messages WHERE id IN ({', '.join('?' for _ in chunk)})"
        for mid, chat_id, acc_id, when, text in bulk.rows(conn, sql, tuple(chunk)):
            text = text or ""
            rest = text
            for x in extract(text):
                rest = rest.replace(x.raw, "")
            if len(re.sub(r"\s", "", rest)) <= _SPLIT_REST:
                alone[mid] = (chat_id, acc_id, when, text)
    sql = ("SELECT text, time_utc FROM messages WHERE chat_id = ? AND account_id = ? AND kind = 'message' AND id < ? "
           "ORDER BY id DESC LIMIT 1")
    for mid, (chat_id, acc_id, when, text) in alone.items():
        prev = next(iter(bulk.rows(conn, sql, (chat_id, acc_id, mid))), None)
        if prev is None or not prev[0] or (when is not None and prev[1] is not None and when - prev[1] > _SPLIT_GAP):
            continue
        before = prev[0].strip()
        if any(x.kind in OWNABLE for x in extract(before)):
            continue
        joined = before + " " + text
        found = extract(joined)
        mine = {(x.kind, x.value) for x, own in zip(found, owned(joined, found)) if own and x.start > len(before)}
        for p in cands[mid]:
            if (p.kind, p.value) in mine:
                p.own = True


def _load_replies(conn: Connection, inp: Inputs) -> None:
    """Short answers and the messages they reply to, when those ask about an account."""
    # A forwarded message speaks for its original author, not for the account that forwarded it.
    sql = ("SELECT m.id, m.account_id, m.text, m.time_utc, r.text, "
           "CASE WHEN r.forwarded_from IS NULL AND r.forwarded_from_id IS NULL THEN r.account_id END FROM messages m JOIN messages r "
           "ON r.chat_id = m.chat_id AND r.platform_id = m.reply_to "
           "WHERE m.reply_to IS NOT NULL AND m.account_id IS NOT NULL AND m.kind = 'message' "
           "AND r.account_id IS NOT NULL AND r.account_id != m.account_id AND length(m.text) <= 40")
    for mid, acc_id, text, when, replied, replied_acc in bulk.rows(conn, sql):
        add_reply(inp, acc_id, mid, text or "", replied or "", when, replied_acc)


_WANTED = PAYMENT_KINDS + (PHONE, USERNAME)


def add_message(inp: Inputs, account_id: int, chat_id: int, message_id: int, text: str,
                time_utc: int | None = None) -> None:
    """Add what one message says about identity (artifacts, statements) to `inp`."""
    inp.chats_of.setdefault(account_id, set()).add(chat_id)
    add_cue_message(inp, account_id, message_id, text, time_utc)
    if not text or not PREFILTER_RE.search(text):
        return
    everything = extract(text)
    # Ownership is judged over everything extracted, exactly as the stored scan does.
    found = [(x, own) for x, own in zip(everything, owned(text, everything)) if x.kind in _WANTED and x.validity != "malformed"]
    if not found:
        return
    context = classify(text)
    for x, own in found:
        if x.kind != USERNAME:
            inp.posts.append(Post(account_id, chat_id, message_id, x.kind, x.value, context, own))
    if any(x.kind == USERNAME for x, _ in found):
        add_statements(inp, account_id, message_id, text)


def _own(detail) -> bool:
    if isinstance(detail, str):  # SQLite hands JSON back as text: parse only the few that say "own"
        return '"own"' in detail and bool(json.loads(detail).get("own"))
    return bool(detail and detail.get("own"))
