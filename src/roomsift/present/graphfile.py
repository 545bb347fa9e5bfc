"""The persons × rooms network as a file for Gephi (GraphML or GEXF), through the door.

Every node label and every node id that carries a name (`S:<source>`, an outside source a
room forwards from) passes the privacy layer first: a 1:1 chat's title or a person a room
forwarded from is a pseudonym unless a basis covers them. Person nodes are case labels
(`P000123`); room nodes are `R<chat number>`.

GraphML goes through igraph's C writer: on the 260,000-account benchmark graph (63,108
nodes, 791,963 edges) networkx's `write_graphml` took 143 s, igraph 10 s including the
conversion. GEXF has no igraph writer and stays on networkx (slow on graphs that size)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from roomsift.present.output import Col, shown_rows, write_file

SUFFIXES = (".graphml", ".gexf")


def shown_graph(g: nx.Graph, case) -> nx.Graph:
    """A copy of `g` as the privacy layer lets it leave."""
    named = [n for n, d in g.nodes(data=True) if d.get("kind") in ("room", "source")]
    rows = shown_rows([{"label": g.nodes[n].get("label")} for n in named], [Col("label", "label", "room")], case)
    rename = {}
    out = nx.Graph()
    for node, row in zip(named, rows):
        if g.nodes[node].get("kind") == "source":
            rename[node] = f"S:{row['label']}"
    for node, data in g.nodes(data=True):
        out.add_node(rename.get(node, node), **data)
    for node, row in zip(named, rows):
        out.nodes[rename.get(node, node)]["label"] = row["label"] or ""
    for a, b, data in g.edges(data=True):
        data = dict(data)
        if "sources" in data:
            data["sources"] = ",".join(rename.get(s, s) for s in data["sources"].split(","))
        out.add_edge(rename.get(a, a), rename.get(b, b), **data)
    return out


def write(g: nx.Graph, path: Path, case) -> None:
    shown = shown_graph(g, case)

    def render(tmp: Path) -> None:
        if path.suffix.lower() == ".graphml":
            import igraph as ig

            h = ig.Graph.from_networkx(shown)
            h.vs["id"] = h.vs["_nx_name"]
            del h.vs["_nx_name"]
            h.write_graphml(str(tmp))
        else:
            nx.write_gexf(shown, tmp)

    write_file(path, "network graph", render, case=case, records=shown.number_of_nodes())
