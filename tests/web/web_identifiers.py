"""Real identifiers of a case and where a text shows one (for the web walk)."""

from __future__ import annotations

import re
from pathlib import Path


def identifiers(case: Path) -> set[str]:
    """Real identifiers of the case: account keys and platform ids, every display name and
    username an account had, and phone/payment values written in messages. Room accounts
    (a channel posting as itself) keep their ids but not their names (a room title)."""
    from tests.backend import raw_db

    con = raw_db(case)
    found: set[str] = set()

    def add(value) -> None:
        value = str(value or "").strip().lstrip("@")
        if len(value) >= (4 if value.isascii() else 2):
            found.add(value)

    rooms = {aid for aid, pid in con.execute("select id, platform_id from accounts") if pid.startswith("channel")}
    for aid, key, pid, name in con.execute("select id, key, platform_id, name from accounts"):
        add(key), add(pid)
        if aid not in rooms:
            add(name)
    for aid, name in con.execute("select account_id, name from account_names"):
        if aid not in rooms:
            add(name)
    for raw, value in con.execute("select raw, value from artifacts where kind in "
                                  "('phone','username','bank_account','btc','eth','xmr','trx','gift_card')"):
        add(raw), add(value.split(":")[-1])
    con.close()
    return found


def leaks(text: str, idents: set[str]) -> list[str]:
    low = text.lower()
    out = []
    for ident in idents:
        needle = ident.lower()
        if needle in low and (not ident.isascii() or
                              re.search(r"(?<![A-Za-z0-9_])" + re.escape(needle) + r"(?![A-Za-z0-9_])", low)):
            out.append(ident)
    return out
