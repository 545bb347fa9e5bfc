"""Property test: identifiers planted in generated exports — in message text, room titles,
media file names and investigators' notes, in every written form the privacy layer must
recognise — never leave any command or export without a legal basis.

Forms: names with `İ` in the text, names with standalone Hangul jamo (수ㅈ, 김ㅇㅇ), names
glued to Korean particles and file-name underscores, `t.me/<username>`,
`tg://user?id=<id>`, phone numbers as (010)1234-5678, 82-10-…, 010 - 1234 - 5678,
+82 10 …, and in a group title."""

from __future__ import annotations

import json
import os
import re
import shutil

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.tgexport import msg, write_single_chat

EXAMPLES = 4 if os.environ.get("ROOMSIFT_SCALE", "ci") == "ci" else 25

LATIN = st.text(alphabet="abcdefghklmnoprstuvwyz", min_size=4, max_size=7).map(lambda s: s[:1] + "i" + s[1:])
HANGUL = st.text(alphabet="김이박최정강조윤장임한오서신권황안송류홍하늘지은수민준서연", min_size=1, max_size=2)
JAMO = st.text(alphabet="ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ", min_size=1, max_size=2)


@st.composite
def persons(draw, n: int = 3):
    """Display names (Latin with an i, Hangul with standalone jamo, mixed), usernames, ids, phones."""
    out, seen = [], set()
    for k in range(n):
        kind = draw(st.sampled_from(["latin", "jamo", "hangul"]))
        if kind == "latin":
            name = f"{draw(LATIN).capitalize()} {draw(LATIN).capitalize()}"
        elif kind == "jamo":
            name = draw(HANGUL) + draw(JAMO)
        else:
            name = draw(HANGUL) + draw(st.text(alphabet="하늘지은수민준", min_size=1, max_size=2))
        if name.lower() in seen or len(name) < 2:
            name = f"{name}{'가나다'[k]}"
        seen.add(name.lower())
        user_id = draw(st.integers(min_value=10_000, max_value=999_999)) * 10 + k  # distinct accounts
        middle, last = draw(st.integers(1000, 9999)), draw(st.integers(1000, 9999))
        out.append({"name": name, "id": user_id, "username": f"{draw(LATIN)}_{k}x", "phone": (middle, last)})
    return out


PHONE_FORMS = [
    "010-{m}-{l}", "(010){m}-{l}", "82-10-{m}-{l}", "010 - {m} - {l}", "+82 10 {m} {l}", "010{m}{l}", "010.{m}.{l}",
]


def _text_forms(name: str) -> list[str]:
    """How a name is written in a message: as is, in capitals with a Turkish İ, with a particle."""
    capital = name.upper().replace("I", "İ") if name.isascii() else name
    return [name, capital, f"{name}님", f"{name}이가"]


@given(people=persons(), forms=st.lists(st.sampled_from(PHONE_FORMS), min_size=3, max_size=3),
       data=st.data())
@settings(max_examples=EXAMPLES, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],  # a CLI run per step: no shrinking
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_planted_identifiers_never_leave(cli, tmp_path, people, forms, data):
    work = tmp_path / f"w{abs(hash((str(people), str(forms)))) % 10**8}"
    shutil.rmtree(work, ignore_errors=True)
    phones = [f.format(m=p["phone"][0], l=p["phone"][1]) for f, p in zip(forms, people)]
    planted: list[str] = []  # every exact string that must never appear
    messages, i = [], 0
    for p, phone in zip(people, phones):
        sender = (p["name"], f"user{p['id']}")
        for form in _text_forms(p["name"]):
            i += 1
            messages.append(msg(i, data.draw(st.sampled_from(["{x} 어디야", "saw {x} today", "{x}, call me", "({x})"])).format(x=form),
                                sender=sender))
            planted.append(form)
        for text in (f"see t.me/{p['username']}", f"tg://user?id={p['id']} is the one", f"번호 {phone}로 연락",
                     f"call {phone}"):
            i += 1
            messages.append(msg(i, text, sender=sender))
        planted += [p["username"], f"tg://user?id={p['id']}", phone, f"user{p['id']}"]
        i += 1
        photo = f"photos/{p['name']}_신분증_{phone.replace(' ', '')}.jpg"
        messages.append(msg(i, "", sender=sender, photo=photo))
        planted.append(phone.replace(" ", ""))
    title = f"판매방 {phones[0]}"
    export = write_single_chat(work / "export", messages, name=title)
    for m in messages:
        if "photo" in m:
            target = export / m["photo"]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(b"\xff\xd8\xff\xe0 synthetic")
    case = work / "case"
    cli("case", "new", case)
    cli("ingest", export, "--case", case)
    shutil.rmtree(export / "photos")  # so `case verify` prints the evidence paths
    note = f"{people[0]['name']} uses {phones[1]} and t.me/{people[1]['username']}"
    from tests.backend import raw_db

    con = raw_db(case)
    a, b = [r[0] for r in con.execute("select id from accounts order by id limit 2")]
    con.close()
    outputs = [
        cli("messages", "--case", case, "--limit", "500", "--format", "json").stdout,
        cli("messages", "--case", case, "--limit", "500").stdout,
        cli("messages", "--case", case, "--search", "연락", "--format", "csv").stdout,
        cli("chats", "--case", case, "--format", "json").stdout,
        cli("chats", "--case", case).stdout,
        cli("accounts", "--case", case, "--format", "json").stdout,
        cli("case", "verify", "--case", case, expect=1).stdout,
        cli("link", "confirm", f"L{a}-{b}", "--note", note, "--case", case).stdout,
        cli("link", "list", "--case", case, "--format", "json").stdout,
        cli("persons", "--case", case, "--format", "json").stdout,
        cli("payments", "--case", case, "--format", "json").stdout,
        cli("triage", "--case", case, "--format", "json").stdout,
        cli("victims", "--case", case, "--format", "json").stdout,
        cli("person", f"P{a:06d}", "--case", case, "--format", "json").stdout,
        cli("network", "--case", case, "--export", work / "graph.graphml").stdout,
        cli("audit", "export", "--case", case, "--out", work / "bundle").stdout,
    ]
    files = {"graph": (work / "graph.graphml").read_text(encoding="utf-8"),
             "bundle": (work / "bundle" / "entries.jsonl").read_text(encoding="utf-8")}
    labelled = dict(enumerate(outputs)) | files
    every = "\n".join(outputs) + "\n".join(files.values())
    # JSON output escapes nothing here (ensure_ascii=False); the bundle is JSON lines too
    every += "\n" + "\n".join(json.dumps(json.loads(line), ensure_ascii=False) for line in files["bundle"].splitlines())
    leaks = sorted({p for p in planted if _appears(p, every)})
    assert not leaks, f"leaked {leaks} in " + str({k: v for k, v in labelled.items() if any(_appears(x, v) for x in leaks)})


def _appears(value: str, text: str) -> bool:
    if value.isascii():
        return re.search(r"(?<![A-Za-z0-9_])" + re.escape(value.lower()) + r"(?![A-Za-z0-9])", text.lower()) is not None
    return value in text
