"""Identity + network benchmark (issue 4): 260,000 accounts of ~60,000 people in 60 rooms.

    python benchmarks/identity_network.py                    # full size (case built once, cached)
    python benchmarks/identity_network.py --accounts 50000 --persons 12000

Builds a synthetic case straight into the case database (the ingest path is benchmarked
by benchmarks/ingest.py): every account joins 1-3 rooms by service message, about one in
six posts chatter (with replies and forwards from outside channels), and every extra
account of a person leaves one trace — a stated link ("부계정 @handle"), a reused
handle, its own phone or its own wallet. People average 4.3 accounts here, so many exceed
the 4 accounts identity merges without an investigator: their links wait for review. Then times, each alone:
the artifact scan, identity (links + persons, stored), and the network (graph, Louvain
communities, sampled betweenness, GraphML export). Target: identity + network <= 60 s."""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from roomsift.case.store import Case  # noqa: E402
from roomsift.demo import wallets  # noqa: E402

CHATTER = ["ㅋㅋ 좋네요", "새 자료 언제 올라와요", "new batch uploaded", "감사합니다 형님", "공지 확인했어요", "lol nice", "오늘 밤에 올림"]


def build(folder: Path, accounts: int, persons: int, rooms: int, seed: int) -> Case:
    rng = random.Random(seed)
    case = Case.create(folder, name="identity-network-bench")
    db = sqlite3.connect(case.db_path)
    now = 1_580_000_000
    db.execute("insert into ingests (started_utc, finished_utc, actor, format, location, container, counts, export_info) values (?,?,?,?,?,?,?,?)",
               (now, now, "bench", "synthetic", str(folder), "folder", "{}", "{}"))
    db.execute("insert into evidence (ingest_id, role, location, path, size, sha256, added_by, added_utc, verify_state) values (1,'export',?, 'synthetic', 0, ?, 'bench', ?, 'ok')",
               (str(folder), "0" * 64, now))
    db.executemany("insert into chats (id, platform, platform_id, title, type, extra) values (?, 'telegram', ?, ?, 'private_supergroup', '{}')",
                   [(r, str(1_700_000_000 + r), f"Room {r}") for r in range(1, rooms + 1)])
    db.executemany("insert into accounts (id, key, platform, platform_id, identity_basis, name) values (?,?,?,?, 'id', ?)",
                   [(a, f"telegram:user{10_000_000 + a}", "telegram", f"user{10_000_000 + a}", f"member{a}") for a in range(1, accounts + 1)])
    owner = list(range(persons)) + [rng.randrange(persons) for _ in range(accounts - persons)]
    primary = {}
    names, msgs = [], []
    next_pid = {r: 0 for r in range(1, rooms + 1)}
    clock = now

    def post(acc, room, text, kind="message", action=None, reply_to=None, fwd=None):
        nonlocal clock
        clock += 1
        next_pid[room] += 1
        h = hashlib.md5(f"{room}:{next_pid[room]}:{text}".encode()).hexdigest()
        msgs.append((room, next_pid[room], kind, acc, f"member{acc}", clock, text, reply_to, fwd, action, h))
        return next_pid[room]

    for a in range(1, accounts + 1):
        p = owner[a - 1]
        names.append((a, "display", f"member{a}", now, now + 86400, 1))
        for room in rng.sample(range(1, rooms + 1), rng.choice((1, 1, 1, 2, 3))):
            post(a, room, "", kind="service", action="join_group_by_link")
        if p not in primary:
            primary[p] = a
            names.append((a, "username", f"handle{p}x", now, now + 86400 * 10, 1))
            continue
        first = primary[p]
        trace = rng.random()
        room = rng.randrange(1, rooms + 1)
        if trace < 0.5:
            post(a, room, f"부계정 @handle{p}x 도 저예요")
        elif trace < 0.7:
            names.append((a, "username", f"handle{p}x", now + 86400 * 20, now + 86400 * 40, 1))
        elif trace < 0.85:
            phone = f"010-{2000 + p // 10000:04d}-{p % 10000:04d}"
            post(first, room, f"제 번호 {phone} 입니다")
            post(a, room, f"my number is {phone}")
        else:
            w = wallets.eth_eip55(f"bench-{p}")
            post(first, room, f"my wallet {w}")
            post(a, room, f"제 지갑 {w} 로 환불 부탁")
    fee = wallets.btc_bech32("bench-fee")
    for a in rng.sample(range(1, accounts + 1), accounts // 6):
        for _ in range(rng.randint(1, 12)):
            room = rng.randrange(1, rooms + 1)
            r = rng.random()
            if r < 0.03:
                post(a, room, f"보냈어요 0.01 BTC {fee}")
            elif r < 0.2 and next_pid[room] > 5:
                post(a, room, rng.choice(CHATTER), reply_to=next_pid[room] - rng.randint(1, 5))
            elif r < 0.23:
                post(a, room, rng.choice(CHATTER), fwd=f"Source channel {rng.randrange(5)}")
            else:
                post(a, room, rng.choice(CHATTER))
    db.executemany("insert into account_names (account_id, kind, name, first_utc, last_utc, count) values (?,?,?,?,?,?)", names)
    db.executemany(
        "insert into messages (chat_id, platform_id, kind, account_id, sender_name, time_utc, text, reply_to, forwarded_from, action, content_hash, ingest_id, evidence_id) "
        "values (?,?,?,?,?,?,?,?,?,?,?,1,1)", msgs)
    db.commit()
    db.close()
    print(f"built {accounts:,} accounts of {persons:,} people, {rooms} rooms, {len(msgs):,} messages in {folder}")
    return case


def timed(label: str, fn):
    t = time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t
    print(f"{label}: {dt:.1f} s")
    return out, dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--accounts", type=int, default=260_000)
    ap.add_argument("--persons", type=int, default=60_000)
    ap.add_argument("--rooms", type=int, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--eval-only", action="store_true", help="Only the labelled-corpus link evaluation.")
    ap.add_argument("--no-export", action="store_true", help="Skip timing the GraphML export.")
    args = ap.parse_args()
    from roomsift.devcorpus.identity_links import evaluate, generate

    for split, seed in (("dev", 1), ("heldout", 2)):
        m = evaluate(generate(seed, split, persons=600))
        print(f"identity corpus {split} (seed {seed}, {m['accounts']:,} accounts, {m['true_pairs']} true same-person pairs): "
              f"pair precision {m['pair_precision']:.3f}, recall {m['pair_recall']:.3f} (traced people {m['pair_recall_traced']:.3f}); "
              f"merged links {m['merged_links']} precision {m['link_precision']:.3f}; candidates {m['candidates']} ({m['candidate_true']} true); "
              f"missed {m['missed_by_scenario']}; false merges {m['false_merges']}")
    if args.eval_only:
        return
    folder = args.out or HERE / "out" / f"identity-{args.accounts}-{args.persons}-{args.rooms}"
    if (folder / "case.json").exists():
        case = Case.open(folder)
        print(f"reusing {folder}")
    else:
        case = build(folder, args.accounts, args.persons, args.rooms, args.seed)

    from roomsift.analysis.artifacts.scan import scan
    from roomsift.analysis.identity.api import person_map
    from roomsift.analysis.identity.build import ensure
    from roomsift.analysis.network import graph, metrics

    counts, t_scan = timed("artifact scan (all messages)", lambda: scan(case, force=True))
    ident, t_ident = timed("identity: links + persons, stored", lambda: ensure(case, force=True))
    print(f"  {counts['artifacts']:,} artifacts; {ident['links']:,} links ({ident.get('review', 0):,} waiting for review: "
          f"they would make persons of more than 4 accounts); {ident['persons']:,} persons (truth: {args.persons:,})")

    from roomsift.analysis.artifacts import bulk

    def net():  # as `roomsift network` runs it
        with case.connect() as conn, bulk.no_gc_pauses():
            g = graph.build(conn, person_map(conn))
            summary = metrics.analyse(g)
        metrics.core_people(g)
        metrics.communities_summary(g)
        return g, summary

    (g, summary), t_net = timed("network: graph + communities + betweenness", net)
    print(f"  graph {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges; core {summary['core_nodes']:,} nodes, {summary['communities']} communities")
    from roomsift.analysis.network.export import write

    t_exp = 0.0 if args.no_export else timed("GraphML export (igraph writer)", lambda: write(g, folder / "graph.graphml"))[1]
    total = t_ident + t_net
    print(f"identity + network: {total:.1f} s (target <= 60 s: {'met' if total <= 60 else 'MISSED'}); with artifact scan: {total + t_scan:.1f} s; export {t_exp:.1f} s")


if __name__ == "__main__":
    main()
