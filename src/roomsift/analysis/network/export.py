"""Write the network for Gephi.

GraphML goes through igraph's C writer: on the 260,000-account benchmark graph (63,108
nodes, 791,963 edges) networkx's `write_graphml` took 143 s, igraph 10 s including the
conversion. GEXF has no igraph writer and stays on networkx (slow on graphs that size).
Node ids in GraphML are igraph's (`n0`…); each node's case id (`P000123`, `R12`,
`S:<channel>`) is its `id` attribute and its `label` is what Gephi shows."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from roomsift.errors import UserError


def write(g: nx.Graph, path: Path) -> None:
    """Person nodes carry only their case label (P000123): the file names nobody by
    account, name or phone, so it can go to Gephi without the privacy layer."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    try:
        if path.suffix.lower() == ".graphml":
            import igraph as ig

            h = ig.Graph.from_networkx(g)
            h.vs["id"] = h.vs["_nx_name"]
            del h.vs["_nx_name"]
            h.write_graphml(str(tmp))
        else:
            nx.write_gexf(g, tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"{path}: cannot write graph: {exc}") from exc
