"""What the pages show, as records (the app passes every one through the privacy layer).

Triage runs once per state of the case (analysis/triage/store.py keeps the result); each
server process loads it once and pages through it, never re-ranking per request."""

from __future__ import annotations

import bisect
import threading
import time
from collections import Counter, defaultdict
from typing import Any, NamedTuple

from sqlalchemy import Connection, func, select

from roomsift.analysis.identity import queries as identity_queries
from roomsift.analysis.identity.build import ensure
from roomsift.analysis.triage import engine, store
from roomsift.analysis.triage.roles import TIERS
from roomsift.browse import queries
from roomsift.case import schema
from roomsift.errors import UserError
from roomsift.oversight.pseudonyms import PERSON_LABEL

m = schema.messages.c


# How often a server process re-checks the case's state (store.fingerprint: a few aggregate
# queries over the case, ~0.1 CPU-s at 1,000,000 messages). Changes made through this process
# (link decisions) re-check at once; another process's or the CLI's changes show within about
# this many seconds (plus the time to re-rank, if the state changed).
CHECK_SECONDS = 5.0


class Ranked:
    """One triage result with what the pages need built once: rank of each person, the
    sorted orders and filtered lists (cached per filter), each person's list row."""

    def __init__(self, result: engine.TriageResult, room_counts: dict | None = None):
        self.result = result
        self.room_counts = room_counts or {}  # account → rooms it wrote in (identity.queries.room_counts)
        self.rank = {pf.person: i for i, pf in enumerate(result.participants, start=1)}
        self.by_person = {pf.person: pf for pf in result.participants}
        self._lists: dict[tuple, list] = {}
        self._rows: dict[str, dict] = {}
        self._pseudonyms: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def by_pseudonym(self, shown: str, pseudonym) -> Any:
        """The participant a name pseudonym stands for: one known by name only (no account,
        e.g. named in a service message) has no person label, and the pages show, and link,
        its name's pseudonym (`pseudonym(name)`). Built once per triage result."""
        if self._pseudonyms is None:
            found = {pseudonym(pf.person): pf for pf in self.result.participants if not PERSON_LABEL.match(pf.person)}
            with self._lock:
                self._pseudonyms = found
        return self._pseudonyms.get(shown)

    def sort_key(self, pf, sort: str) -> tuple:
        """The ranking key of one participant in the asked order; unique (the rank breaks
        ties), so "the rows after this key" is a stable page boundary."""
        if sort == "cited":
            return (-pf.evidence_total, self.rank[pf.person])
        if sort == "person":
            return (pf.person, 0)
        return (self.rank[pf.person], 0)

    def listing(self, role: str | None, chat: int | None, tier: int | None, sort: str) -> tuple[list, list]:
        """(participants matching a filter in the asked order, their ranking keys, ascending);
        built once per filter and triage result."""
        key = (role, chat, tier, sort)
        found = self._lists.get(key)
        if found is not None:
            return found
        people = self.result.participants
        if role or chat is not None or tier:
            def keep(pf) -> bool:
                if role and role not in pf.roles:
                    return False
                if tier and pf.tier != tier:
                    return False
                if chat is not None and not any(e.chat.id == chat for e in [c.evidence for c in pf.cited] + pf.membership):
                    return False
                return True
            people = [pf for pf in people if keep(pf)]
        if sort != "rank":  # the result is in rank order already
            people = sorted(people, key=lambda pf: self.sort_key(pf, sort))
        found = (people, [self.sort_key(pf, sort) for pf in people])
        with self._lock:
            if len(self._lists) > 64:  # bounded: filters are few, but a client may vary them
                self._lists.clear()
            self._lists[key] = found
        return found

    def row(self, pf) -> dict:
        row = self._rows.get(pf.person)
        if row is None:
            cites = engine.top_citations(pf, 1)
            e = cites[0].evidence if cites else (pf.membership[0] if pf.membership else None)
            row = {"rank": self.rank[pf.person], "person": pf.person, "roles": pf.roles, "tier": pf.tier, "score": pf.score,
                   "cited": pf.evidence_total, "snippet": snippet(e.msg.text or f"[{e.msg.action or 'media'}]") if e else "",
                   "room": e.chat.title if e else "", "chat_id": e.chat.id if e else None,
                   "message": e.msg.platform_id if e else None}
            self._rows[pf.person] = row
        return dict(row)


class TriageCache:
    """The case's triage result for the web, from analysis/triage/store.py: computed once per
    state of the case (and kept on disk beside the case, so every server process and the CLI
    share it), loaded once per process, and checked against the case's state about every
    CHECK_SECONDS off the request path, so no request does work that grows with the case."""

    def __init__(self, case):
        self.case = case
        self._lock = threading.Lock()
        self._fp: str | None = None
        self._checked = 0.0
        self._stale = False  # a change made through this process: the next view waits for it
        self._changes = 0  # changes made through this process (a check that began before one does not clear _stale)
        self._view: Ranked | None = None

    def invalidate(self) -> None:
        self._checked = 0.0
        self._changes += 1
        self._stale = True

    def view(self) -> Ranked:
        """The view for the case's state. When it is due for a re-check, one background
        thread re-checks (and re-ranks if the state changed) while every request answers from
        the view it has: at 1,000,000 messages a check costs ~1 s of wall time under load,
        and the request that ran it used to pay that in its latency. The first view, and the
        first after a change made through this process (invalidate), is waited for."""
        view = self._view
        if view is not None and not self._stale:
            if time.monotonic() - self._checked >= CHECK_SECONDS and self._lock.acquire(blocking=False):
                self._checked = time.monotonic()  # one re-check at a time, none queued behind it
                threading.Thread(target=self._refresh_in_background, daemon=True, name="roomsift-triage-check").start()
            return view
        with self._lock:
            return self._refresh()

    def _refresh_in_background(self) -> None:
        try:
            self._refresh(force=True)
        except Exception as exc:  # the pages keep the view they have; the next check tries again
            import logging

            logging.getLogger("roomsift").warning("re-checking the case state for the web failed: %s", exc)
        finally:
            self._lock.release()

    def _refresh(self, force: bool = False) -> Ranked:
        """(The lock held.) The view for the case's current state, re-ranked only if it changed."""
        if not force and not self._stale and self._view is not None and time.monotonic() - self._checked < CHECK_SECONDS:
            return self._view
        changes = self._changes
        with self.case.connect() as conn:
            fp = store.fingerprint(conn)
        if fp != self._fp or self._view is None:
            ensure(self.case)  # identity persons current before ranking
            result, reused = store.load_or_run(self.case)
            if not reused:
                with self.case.begin() as conn:
                    self.case.record_event(conn, "analysis_run", f"triage for the web: {len(result.participants)} participants",
                                           {"analysis": "triage", "participants": len(result.participants),
                                            "potential_victims": len(result.victims), "messages": result.corpus.message_count})
            with self.case.connect() as conn:
                fp = store.fingerprint(conn)
                rooms = identity_queries.room_counts(conn)  # one pass here instead of one per person view
            self._view, self._fp = Ranked(result, rooms), fp
        self._checked, self._stale = time.monotonic(), self._changes != changes
        return self._view

    def result(self) -> engine.TriageResult:
        return self.view().result

    def finding(self, label: str):
        return self.view().by_person.get(label)


def snippet(text: str | None, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


SORTS = ("rank", "cited", "person")


def cursor_of(key: tuple, sort: str, view: Ranked | None = None) -> str:
    """A page boundary as the URL carries it: the ranking key of a row, e.g. "12" (rank),
    "7.12" (cited, then rank). Sorted by person, the boundary row's rank stands for its key:
    a participant known by name only sorts by that name, which must not reach a URL."""
    if sort == "cited":
        return f"{-key[0]}.{key[1]}"
    if sort == "person":
        return str(view.rank[key[0]])
    return str(key[0])


def key_of(cursor: str, sort: str, view: Ranked | None = None) -> tuple:
    """The ranking key a cursor names (the inverse of cursor_of); a malformed one is a UserError."""
    try:
        if sort == "cited":
            cited, rank = cursor.split(".")
            return (-int(cited), int(rank))
        if sort == "person":
            return view.sort_key(view.result.participants[int(cursor) - 1], sort) if int(cursor) >= 1 else ("", 0)
        return (int(cursor), 0)
    except (ValueError, IndexError):
        raise UserError(f"not a page cursor for sort {sort}: {cursor[:40]!r}") from None


class Page(NamedTuple):
    rows: list[dict]
    total: int
    start: int  # position of the first row in the whole list, from 0
    prev: str | None  # cursor for the page before (`before=`), None on the first page
    next: str | None  # cursor for the page after (`after=`), None on the last page


def participant_rows(view: Ranked, *, role: str | None, chat: int | None, tier: int | None, sort: str,
                     limit: int, after: str | None = None, before: str | None = None, offset: int = 0) -> Page:
    """One page of the ranked list, filtered and sorted, by keyset: the `limit` rows whose
    ranking key comes after the cursor `after` (or just before `before`), found by bisection
    in the list's keys, so a page deep in 260,000 rows costs what the first does and stays
    stable while the list changes around it. Without a cursor, the page at `offset`."""
    if sort not in SORTS:
        raise UserError(f"sort must be one of {', '.join(SORTS)}")
    people, keys = view.listing(role, chat, tier, sort)
    if after:
        start = bisect.bisect_right(keys, key_of(after, sort, view))
    elif before:
        start = max(0, bisect.bisect_left(keys, key_of(before, sort, view)) - limit)
    else:
        start = min(max(0, offset), max(0, len(people) - 1))
    end = min(len(people), start + limit)
    return Page([view.row(pf) for pf in people[start:end]], len(people), start,
                cursor_of(keys[start], sort, view) if start > 0 else None,
                cursor_of(keys[end - 1], sort, view) if end < len(people) else None)


FINDINGS_PER_PAGE = 25
PAYMENTS_PER_PAGE = 100  # a person's payment values on the person page (a leading payer has thousands)


def findings(result, pf, n: int = 2, offset: int = 0, limit: int = FINDINGS_PER_PAGE) -> list[dict]:
    """A person's cited messages, strongest first, `limit` from `offset` (a leading
    participant of a large case has thousands), each with n messages before and after it."""
    out = []
    ranked = sorted(range(len(pf.cited)), key=lambda i: (-pf.cited[i].weight, i))
    for c in (pf.cited[i] for i in ranked[offset: offset + limit]):
        e, chat = c.evidence, c.evidence.chat
        idx = chat.by_platform_id.get(e.msg.platform_id)
        lines = []
        if idx is not None:
            for i in range(max(0, idx - n), min(len(chat.messages), idx + n + 1)):
                msg = chat.messages[i]
                lines.append({"message": msg.platform_id, "cited": i == idx, "person": result.labels.get(msg.account_id),
                              "time": queries.fmt_time(msg.time_utc, msg.time_local),
                              "text": msg.text or (f"[{msg.action}]" if msg.action else "")})
        out.append({"role": c.role, "signal": e.signal, "weight": round(c.weight, 3), "cues": list(e.cues),
                    "room": chat.title, "chat_id": chat.id, "message_id": e.msg.platform_id, "context": lines})
    return out


def timeline(conn: Connection, buckets: int = 24) -> dict[str, Any]:
    """Messages per room over the case's time span, in `buckets` equal slices."""
    lo, hi = conn.execute(select(func.min(m.time_utc), func.max(m.time_utc))).one()
    if lo is None:
        return {"rooms": [], "lo": None, "hi": None, "width": 0}
    width = max(1, (hi - lo) // buckets + 1)
    q = (select(m.chat_id, ((m.time_utc - lo) / width).label("b"), func.count())
         .where(m.time_utc.is_not(None)).group_by(m.chat_id, "b"))
    per: dict[int, list[int]] = defaultdict(lambda: [0] * buckets)
    for chat_id, b, n in conn.execute(q):
        per[chat_id][min(buckets - 1, int(b))] += n
    titles = dict(conn.execute(select(schema.chats.c.id, schema.chats.c.title)).all())
    rooms = [{"chat": cid, "room": titles.get(cid) or f"chat {cid}", "counts": counts, "total": sum(counts)}
             for cid, counts in per.items()]
    rooms.sort(key=lambda r: -r["total"])
    return {"rooms": rooms, "lo": lo, "hi": hi, "width": width, "buckets": buckets}


def chat_page(conn: Connection, chat: int, at: int | None, page: int, limit: int) -> tuple[list[dict], int, int]:
    """(messages of one page in time order, page number, pages); `at` picks the page
    holding that platform message id."""
    order = (m.time_utc, m.time_local, m.id)
    total = conn.execute(select(func.count()).where(m.chat_id == chat)).scalar_one()
    if at is not None:
        ids = [r[0] for r in conn.execute(select(m.platform_id).where(m.chat_id == chat).order_by(*order))]
        if at in ids:
            page = ids.index(at) // limit + 1
    pages = max(1, -(-total // limit))
    page = min(max(1, page), pages)
    rows = queries.list_messages(conn, chat=chat, limit=limit, offset=(page - 1) * limit)
    return rows, page, pages


def network(result, limit: int = 40) -> dict[str, Any]:
    """Persons (strongest first) × the rooms their evidence or membership is in."""
    people = [pf for pf in result.participants if "viewer" not in pf.roles][:limit] or result.participants[:limit]
    edges: Counter = Counter()
    rooms: dict[int, str] = {}
    for pf in people:
        for e in [c.evidence for c in pf.cited] + pf.membership:
            edges[(pf.person, e.chat.id)] += 1
            rooms[e.chat.id] = e.chat.title
    return {"persons": [{"person": pf.person, "tier": pf.tier, "roles": pf.roles} for pf in people],
            "rooms": [{"chat": cid, "room": title} for cid, title in sorted(rooms.items())],
            "edges": [{"person": p, "chat": c, "weight": w} for (p, c), w in sorted(edges.items())]}


TIER_VALUES = sorted(set(TIERS.values()))
