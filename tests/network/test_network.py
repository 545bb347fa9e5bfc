"""`roomsift network` on the demo case, and the graph it exports."""

import json

import networkx as nx

from roomsift.case.store import Case


def test_core_summary_and_exports(cli, demo_case, tmp_path):
    doc = json.loads(cli("network", "--case", demo_case, "--export", tmp_path / "g.graphml", "--format", "json").stdout)
    core = doc["core"]
    assert core and core == sorted(core, key=lambda r: (-r["rooms"], -r["betweenness"], -r["posts"], r["person"]))
    # The demo's lead operator (first account) created every paid room and the staff group.
    assert core[0]["person"] == "P000001" and core[0]["rooms"] >= 5
    assert doc["summary"]["communities"] >= 2
    # The notice channel feeds paid room 1, which feeds the VIP room.
    feeds = {s["source"]: s["feeds"] for s in doc["sources"]}
    assert any("1단계" in f for src, f in feeds.items() if "공지" in src for f in f)

    g = nx.read_graphml(tmp_path / "g.graphml")
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert {"person", "room"} <= kinds
    persons = [d["id"] for _, d in g.nodes(data=True) if d["kind"] == "person"]
    assert persons and all(p.startswith("P") for p in persons)
    # Person nodes carry case labels only: no account ids or names in the file.
    assert all(d["label"].startswith("P") for _, d in g.nodes(data=True) if d["kind"] == "person")
    assert {d["kind"] for _, _, d in g.edges(data=True)} >= {"member", "reply", "forward"}

    cli("network", "--case", demo_case, "--export", tmp_path / "g.gexf")
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == g.number_of_nodes()


def test_people_follow_identity_merges(cli, demo_case):
    """After a link is confirmed, the network shows one person where there were two."""
    from roomsift.analysis.identity.api import person_map
    from roomsift.analysis.network.graph import build

    case = Case.open(demo_case)
    links = json.loads(cli("link", "list", "--case", demo_case, "--status", "candidate", "--format", "json").stdout)
    label = links[0]["link"]
    a, b = sorted(int(x) for x in label[1:].split("-"))
    with case.connect() as conn:
        before = build(conn, person_map(conn))
    cli("link", "confirm", label, "--case", demo_case)
    with case.connect() as conn:
        after = build(conn, person_map(conn))
    assert f"P{b:06d}" in before and f"P{b:06d}" not in after
    assert after.degree(f"P{a:06d}") >= before.degree(f"P{a:06d}")


def test_bad_export_name(fails, demo_case, tmp_path):
    assert "graphml or .gexf" in fails("network", "--case", demo_case, "--export", tmp_path / "g.png")
