#!/usr/bin/env python3
"""Local evaluation of `roomsift victims` / `roomsift triage` on human-written Korean dialogues.

usage: python benchmarks/threat_corpus.py --dktc PATH [--everyday PATH ...] [--limit N] [--seed S]
                                          [--labels PATH] [--chat-type group|personal] [--work DIR]
                                          [--roomsift EXE]

--dktc      DKTC (Dataset of Korean Threatening Conversations, tunib-ai/DKTC) `train.csv`, or the folder
            holding it. Classes 협박 / 갈취 / 직장 내 괴롭힘 / 기타 괴롭힘. Licence CC BY-NC-SA 4.0:
            LOCAL EVALUATION ONLY. Never commit, ship or train on it; keep it outside the repository
            (e.g. /work/data/dktc/).
--everyday  Everyday dialogues (repeatable): a `.txt` in this repository's eval/everyday-ko format
            (dialogues separated by blank lines, one turn per line, `#` lines are titles), or a
            Q,A,label CSV of one-exchange dialogues such as songys/Chatbot_data `ChatbotData.csv`
            (label 0 everyday, 1 breakup, 2 love; reported per label).
--limit     Dialogues per class (default 100; a fixed-seed sample).
--labels    Hand labels of the threatened speaker: a JSON object {dialogue key: "A" | "B" | "both" | "unclear"},
            the key being `dialogue_key(turns)` (SHA-1 of the dialogue's turns). Derived from DKTC, so it falls
            under DKTC's licence too: keep it outside the repository (e.g. /work/data/dktc/threatened.json).

Each dialogue becomes its own 2-person Telegram group (`private_group`) with two fresh accounts. All
dialogues of one class go into one full-account Telegram Desktop export whose exporting user never
speaks, so a class is one `roomsift case new` + one `roomsift ingest`. With `--chat-type personal`
each dialogue is instead its own 1:1 single-chat export (exported by A for even, by B for odd
dialogues), ingested one by one into the class's case (about one ingest call per dialogue: slow). Only the public CLI and its JSON
output are used: `victims`, `triage`, `persons`, `chats`, `messages` (`--format json`).

Speakers (assumption, documented in benchmarks/RESULTS.md): DKTC stores a dialogue as one text with a
line per turn and no speaker labels; turns alternate between two people, the first line being speaker A.
(A few DKTC dialogues break the alternation or have a third voice; the script cannot see that.)
Which of the two is threatened is not labelled either. In most DKTC dialogues the first speaker is the
aggressor, but not all (e.g. a call that opens with "길동경찰서입니다."). Without --labels this script labels
the threatened speaker with a small, separate cue count (pleas and apologies vs. demands and threats per
speaker; ties -> speaker B), which is known to be wrong at times (e.g. "신고" counts as a plea, and a victim
who pleads little is missed). The cue list lives here, for labelling only; it is not roomsift's lexicon and
is never fed to it. With --labels, a dialogue that has a hand label uses it and the cue count is only the
fallback for unlabelled ones: "A"/"B" name the threatened speaker; "both" (mutual threats) means either
speaker counts as threatened and as aggressor; "unclear" (e.g. the alternation is broken so that neither
account holds the threatened person's turns) is left out of victim%, wrong% and aggr% and counted apart.
The script then prints how many dialogues were hand-labelled, how often the cue count disagreed with an A/B
hand label, and the figures the cue count alone would have given.

Figures per class (victim%, wrong%, aggr% over the dialogues whose threatened speaker is known, i.e. all
but the "unclear" ones; either% over all):
  victim%    dialogues where the threatened speaker is listed by `roomsift victims` ("both": either speaker)
  either%    dialogues where either speaker is listed as a victim
  wrong%     dialogues where the threatened speaker is listed by `roomsift triage` (as any suspect role);
             never for "both"
  aggr%      dialogues where the other speaker (the aggressor) is listed by `roomsift triage` ("both": either)
  A%         dialogues whose threatened speaker is A (first line) ("both" not counted)
  hand       dialogues with a hand label (--labels); unclear = of those, labelled "unclear";
  cue!=hand  A/B hand labels the cue count disagrees with
For everyday dialogues: flagged% = dialogues where anyone is listed by `victims` or `triage`
(victim% and suspect% separately).
"""
import argparse
import csv
import datetime
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

DKTC_CLASSES = ["협박 대화", "갈취 대화", "직장 내 괴롭힘 대화", "기타 괴롭힘 대화"]

# Labelling cues only (which speaker is threatened); never given to roomsift.
_PLEA = re.compile(r"죄송|잘못했|제발|살려|봐주|용서|그만해|그만하|하지\s?마|왜 이러|왜 그러|미안|무서|싫어요|안 돼요|안돼요|신고")
_PUSH = re.compile(r"죽여|죽인다|죽을래|맞을래|맞고|패버|내놔|내놓|가져와|보내라|뿌린다|알린다|가만 안|까불|각오|좋은 말로|시키는 대로|당장")


def read_dktc(path):
    if os.path.isdir(path):
        path = os.path.join(path, "train.csv")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    out = {}
    for r in rows:
        turns = [t.strip() for t in r["conversation"].split("\n") if t.strip()]
        if len(turns) >= 2:
            out.setdefault(r["class"], []).append(turns)
    return out


def dialogue_key(turns):
    """Stable key of one dialogue for --labels: first 16 hex digits of SHA-1 over its turns joined by newlines
    (turns stripped, empty lines dropped, as read_dktc reads them). Does not depend on row order or the file."""
    return hashlib.sha1("\n".join(turns).encode("utf-8")).hexdigest()[:16]


def read_everyday(path):
    """{set name: [turns, ...]} from an everyday-ko .txt or a Q,A,label CSV."""
    base = os.path.splitext(os.path.basename(path))[0]
    if base == "dialogues":  # eval/<set>/dialogues.txt -> "<set>"
        base = os.path.basename(os.path.dirname(os.path.abspath(path)))
    if path.endswith(".csv"):
        with open(path, encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        out = {}
        for r in rows:
            out.setdefault("%s label %s" % (base, (r.get("label") or "?").strip()), []).append([r["Q"].strip(), r["A"].strip()])
        return out
    dialogues, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if cur:
                    dialogues.append(cur)
                cur = []
            else:
                cur.append(line.strip())
    if cur:
        dialogues.append(cur)
    return {base: [d for d in dialogues if len(d) >= 2]}


def threatened_speaker(turns):
    """0 = A (first line), 1 = B.  Default B; moved to A when A's turns plead and B's push."""
    score = [0, 0]
    for i, t in enumerate(turns):
        score[i % 2] += len(_PLEA.findall(t)) - len(_PUSH.findall(t))
    return 0 if score[0] > score[1] else 1


HAND_LABELS = {"A": (frozenset({0}), frozenset({1})), "B": (frozenset({1}), frozenset({0})),
               "both": (frozenset({0, 1}), frozenset({0, 1})), "unclear": None}


def read_labels(path):
    """{dialogue key: "A" | "B" | "both" | "unclear"} from a --labels JSON file; SystemExit on a malformed one."""
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        raise SystemExit("--labels %s: %s" % (path, e))
    if not isinstance(data, dict):
        raise SystemExit("--labels %s: expected a JSON object {dialogue key: label}" % path)
    bad = sorted(k for k, v in data.items() if v not in HAND_LABELS)
    if bad:
        raise SystemExit("--labels %s: %d label(s) not one of %s, e.g. %s: %r"
                         % (path, len(bad), "/".join(HAND_LABELS), bad[0], data[bad[0]]))
    return data


def threat_roles(dialogues, labels=None):
    """Per dialogue: (threatened speakers, aggressor speakers) as sets of 0 = A / 1 = B, or None when the
    hand label is "unclear"; the hand label where `labels` has one, else the cue count (threatened_speaker).
    Also returns counts: hand-labelled, unclear, A/B hand labels, and A/B hand labels the cue count disagrees with."""
    labels = labels or {}
    roles, n_hand, n_unclear, n_ab, n_disagree = [], 0, 0, 0, 0
    for turns in dialogues:
        cue = threatened_speaker(turns)
        hand = labels.get(dialogue_key(turns))
        if hand is None:
            roles.append((frozenset({cue}), frozenset({1 - cue})))
            continue
        n_hand += 1
        roles.append(HAND_LABELS[hand])
        if hand == "unclear":
            n_unclear += 1
        elif hand in ("A", "B"):
            n_ab += 1
            n_disagree += "AB"[cue] != hand
    return roles, {"hand": n_hand, "unclear": n_unclear, "ab": n_ab, "disagree": n_disagree}


def class_figures(roles, vic, sus):
    """victim%, either%, wrong%, aggr%, A% numerators and denominators for one class (see the docstring)."""
    known = [k for k, r in enumerate(roles) if r is not None]
    return {
        "n": len(roles), "known": len(known),
        "victim": sum(bool(roles[k][0] & vic[k]) for k in known),
        "either": sum(bool(v) for v in vic),
        "wrong": sum(bool((roles[k][0] - roles[k][1]) & sus[k]) for k in known),
        "aggr": sum(bool(roles[k][1] & sus[k]) for k in known),
        "A": sum(roles[k][0] == {0} for k in known),
    }


def build_export(folder, dialogues, tag):
    """One full-account export; dialogue k is group chat id 10^6+k with users 2k+1 / 2k+2 (offset)."""
    base_user = 5_000_000_000
    start = datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)
    chats = []
    for k, turns in enumerate(dialogues):
        users = [base_user + 2 * k + 1, base_user + 2 * k + 2]
        names = ["%s-%04d-A" % (tag, k), "%s-%04d-B" % (tag, k)]
        t0 = start + datetime.timedelta(hours=k)
        msgs = [{"id": 1, "type": "service", "date": t0.strftime("%Y-%m-%dT%H:%M:%S"),
                 "date_unixtime": str(int(t0.timestamp())), "actor": names[0], "actor_id": "user%d" % users[0],
                 "action": "create_group", "title": "%s-%04d" % (tag, k), "members": names, "text": "",
                 "text_entities": []}]
        for i, text in enumerate(turns):
            t = t0 + datetime.timedelta(minutes=i + 1)
            s = i % 2
            msgs.append({"id": i + 2, "type": "message", "date": t.strftime("%Y-%m-%dT%H:%M:%S"),
                         "date_unixtime": str(int(t.timestamp())), "from": names[s], "from_id": "user%d" % users[s],
                         "text": text, "text_entities": [{"type": "plain", "text": text}]})
        chats.append({"name": "%s-%04d" % (tag, k), "type": "private_group", "id": 1_000_000 + k, "messages": msgs})
    doc = {"about": "benchmark export", "personal_information": {
        "user_id": 4_999_999_999, "first_name": "Exporter", "last_name": "", "phone_number": "", "username": "", "bio": ""},
        "chats": {"about": "", "list": chats}}
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "result.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)


def build_personal_exports(folder, dialogues, tag):
    """One single-chat `personal_chat` export per dialogue (Telegram names a 1:1 export after the other
    person and gives it that person's id). Even dialogues are exported by speaker A, odd ones by B, so
    the threatened person is the exporter in about half of them."""
    base_user = 5_000_000_000
    start = datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)
    paths = []
    for k, turns in enumerate(dialogues):
        users = [base_user + 2 * k + 1, base_user + 2 * k + 2]
        names = ["%s-%04d-A" % (tag, k), "%s-%04d-B" % (tag, k)]
        other = 1 - (k % 2)
        t0 = start + datetime.timedelta(hours=k)
        msgs = []
        for i, text in enumerate(turns):
            t = t0 + datetime.timedelta(minutes=i + 1)
            s = i % 2
            msgs.append({"id": i + 2, "type": "message", "date": t.strftime("%Y-%m-%dT%H:%M:%S"),
                         "date_unixtime": str(int(t.timestamp())), "from": names[s], "from_id": "user%d" % users[s],
                         "text": text, "text_entities": [{"type": "plain", "text": text}]})
        path = os.path.join(folder, "ChatExport_%04d" % k)
        os.makedirs(path, exist_ok=True)
        with open(os.path.join(path, "result.json"), "w", encoding="utf-8") as f:
            json.dump({"name": names[other], "type": "personal_chat", "id": users[other], "messages": msgs}, f,
                      ensure_ascii=False)
        paths.append(path)
    return paths


def cli(exe, *args):
    r = subprocess.run([exe, *args], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("roomsift %s failed: %s" % (" ".join(args[:2]), (r.stderr or r.stdout).strip()[-400:]))
    return r.stdout


def cli_json(exe, *args):
    return json.loads(cli(exe, *args, "--format", "json"))


def all_pages(exe, cmd, case, limit=5000, **opts):
    out, page = [], 1
    while True:
        args = [cmd, "--case", case, "--limit", str(limit), "--page", str(page)]
        for k, v in opts.items():
            args += ["--" + k, str(v)]
        rows = cli_json(exe, *args)
        out += rows
        if len(rows) < limit:
            return out
        page += 1


def evaluate(exe, work, tag, dialogues, chat_type="group"):
    """Returns per-dialogue (victim set, suspect set) as sets of speaker indexes."""
    case, exp = os.path.join(work, tag, "case"), os.path.join(work, tag, "export")
    shutil.rmtree(os.path.join(work, tag), ignore_errors=True)
    cli(exe, "case", "new", case)
    if chat_type == "group":
        build_export(exp, dialogues, tag)
        cli(exe, "ingest", "--case", case, exp)
        chat_of = {c["chat"]: c["title"] for c in cli_json(exe, "chats", "--case", case)}
    else:  # one ingest per dialogue, in order, so chat numbers follow the dialogues
        chat_of, before = {}, set()
        for k, path in enumerate(build_personal_exports(exp, dialogues, tag)):
            cli(exe, "ingest", "--case", case, path)
            now = {c["chat"] for c in cli_json(exe, "chats", "--case", case)}
            for c in now - before:
                chat_of[c] = "%s-%04d" % (tag, k)
            before = now
    # account pseudonym -> (dialogue, speaker), from the messages we wrote
    who = {}
    for m in all_pages(exe, "messages", case):
        title = chat_of.get(m["chat"]) or ""
        mm = re.fullmatch(re.escape(tag) + r"-(\d{4})", title)
        if mm and m["message"] >= 2 and m.get("account"):
            who[m["account"]] = (int(mm.group(1)), (m["message"] - 2) % 2)
    person_accounts = {p["person"]: p["account_keys"] for p in all_pages(exe, "persons", case)}

    def speakers(person, accounts=()):
        keys = list(accounts) or person_accounts.get(person, [])
        return [who[a] for a in keys if a in who]

    victims = [set() for _ in dialogues]
    suspects = [set() for _ in dialogues]
    for v in cli_json(exe, "victims", "--case", case).get("potential_victims", []):
        for d, s in speakers(v.get("person"), v.get("accounts") or ()):
            victims[d].add(s)
    tri = cli_json(exe, "triage", "--case", case)
    for p in tri.get("participants", []):
        for d, s in speakers(p.get("person"), p.get("accounts") or ()):
            suspects[d].add(s)
    return victims, suspects


def pct(n, d):
    return "%5.1f%%" % (100.0 * n / d) if d else "   - "


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dktc", help="DKTC train.csv or its folder (omit to run only --everyday sets)")
    ap.add_argument("--everyday", action="append", default=[])
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--labels", help="JSON {dialogue key: A|B|both|unclear}: hand labels of the threatened speaker "
                                     "(kept outside the repository); the cue count is the fallback")
    ap.add_argument("--chat-type", choices=["group", "personal"], default="group",
                    help="group: every dialogue a 2-person private group, one export per class (fast); "
                         "personal: every dialogue its own 1:1 single-chat export, one ingest each (slow)")
    ap.add_argument("--work", default=None, help="work folder (default: a temporary one, removed afterwards)")
    ap.add_argument("--roomsift", default=shutil.which("roomsift") or os.path.join(os.path.dirname(sys.executable), "roomsift"))
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix="threat_corpus_")
    rng = random.Random(a.seed)
    t_start = time.time()

    dktc = read_dktc(a.dktc) if a.dktc else {}
    labels = read_labels(a.labels) if a.labels else None
    if dktc:
        print("threat dialogues (DKTC train, %d per class, seed %d, %s chats); threatened speaker by %s"
              % (a.limit, a.seed, a.chat_type,
                 "hand label (%s), else cue count" % a.labels if labels is not None else "cue count"))
        print("%-22s %5s %8s %8s %8s %8s %7s %5s %7s %9s" % (
            "class", "n", "victim%", "either%", "wrong%", "aggr%", "A%", "hand", "unclear", "cue!=hand"))
    cue_rows, totals = [], {"hand": 0, "unclear": 0, "ab": 0, "disagree": 0}
    for i, cls in enumerate(DKTC_CLASSES if dktc else []):
        ds = dktc.get(cls, [])
        ds = rng.sample(ds, min(a.limit, len(ds)))
        vic, sus = evaluate(a.roomsift, work, "T%d" % i, ds, a.chat_type)
        roles, counts = threat_roles(ds, labels)
        for key in totals:
            totals[key] += counts[key]
        f = class_figures(roles, vic, sus)
        print("%-22s %5d %8s %8s %8s %8s %7s %5s %7s %9s" % (
            cls, f["n"], pct(f["victim"], f["known"]), pct(f["either"], f["n"]), pct(f["wrong"], f["known"]),
            pct(f["aggr"], f["known"]), pct(f["A"], f["known"]),
            counts["hand"] if labels is not None else "-", counts["unclear"] if labels is not None else "-",
            "%d/%d" % (counts["disagree"], counts["ab"]) if labels is not None else "-"))
        if labels is not None:
            cue_rows.append((cls, class_figures(threat_roles(ds)[0], vic, sus)))
    if cue_rows:
        print("hand-labelled %d dialogues (%d unclear); the cue count disagreed with %d of %d A/B hand labels (%s)"
              % (totals["hand"], totals["unclear"], totals["disagree"], totals["ab"], pct(totals["disagree"], totals["ab"]).strip()))
        print("same runs, threatened speaker by cue count only:")
        for cls, f in cue_rows:
            print("%-22s %5d %8s %8s %8s %8s %7s" % (
                cls, f["n"], pct(f["victim"], f["known"]), pct(f["either"], f["n"]), pct(f["wrong"], f["known"]),
                pct(f["aggr"], f["known"]), pct(f["A"], f["known"])))

    if a.everyday:
        print("\neveryday dialogues")
        print("%-34s %5s %8s %8s %9s" % ("set", "n", "victim%", "suspect%", "flagged%"))
        j = 0
        for path in a.everyday:
            for name, ds in sorted(read_everyday(path).items()):
                ds = rng.sample(ds, min(a.limit, len(ds))) if len(ds) > a.limit else ds
                vic, sus = evaluate(a.roomsift, work, "E%d" % j, ds, a.chat_type)
                j += 1
                n = len(ds)
                print("%-34s %5d %8s %8s %9s" % (name[:34], n, pct(sum(bool(v) for v in vic), n),
                                                 pct(sum(bool(s) for s in sus), n),
                                                 pct(sum(bool(vic[k] or sus[k]) for k in range(n)), n)))
    print("\n(%.0f s)" % (time.time() - t_start))
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
