"""`roomsift network`: the core of the persons × rooms network, and a Gephi export."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from roomsift.analysis.artifacts import bulk
from roomsift.analysis.identity.api import person_map
from roomsift.analysis.identity.build import ensure
from roomsift.case.options import CaseOpt, format_option
from roomsift.case.store import Case
from roomsift.errors import UserError
from roomsift.present.output import Col, emit, emit_document, filter_rows

CORE_COLS = [
    Col("person", "person", "person"), Col("rooms", "rooms"), Col("room_names", "room names"), Col("posts", "posts"),
    Col("replies", "replies"), Col("betweenness", "betweenness"), Col("community", "community"),
]
COMMUNITY_COLS = [Col("community", "community"), Col("persons", "persons"), Col("rooms", "rooms and sources"), Col("top_persons", "most connected", "person")]
SOURCE_COLS = [Col("source", "source"), Col("feeds", "feeds rooms"), Col("forwards", "forwarded messages")]


def network(
    case: Path = CaseOpt,
    export: Optional[Path] = typer.Option(None, "--export", help="Write the graph for Gephi: FILE.graphml or FILE.gexf."),
    min_rooms: int = typer.Option(2, "--min-rooms", help="A person is core from this many rooms (or any reply tie)."),
    limit: int = typer.Option(30, help="Rows in the core table."),
    fmt: str = format_option(),
) -> None:
    """Persons × rooms network: who is active across rooms, staff groups, rooms fed by the same sources."""
    # networkx/igraph load here, not at start-up: every roomsift command imports this module.
    from roomsift.analysis.network import graph, metrics
    from roomsift.analysis.network.export import write as export_graph

    if export is not None and export.suffix.lower() not in (".graphml", ".gexf"):
        raise UserError(f"{export}: export must end in .graphml or .gexf")
    c = Case.open(case)
    ensure(c)
    with c.connect() as conn, bulk.no_gc_pauses():
        g = graph.build(conn, person_map(conn))
        summary = metrics.analyse(g, min_rooms=min_rooms)
    ctx = {"case": c}
    core = metrics.core_people(g, limit)
    groups = metrics.communities_summary(g)
    sources = metrics.shared_sources(g)
    if export is not None:  # the file leaves roomsift too: room and source labels pass the privacy layer
        nodes = list(g.nodes)
        labels = filter_rows([{"label": g.nodes[n].get("label")} for n in nodes], [Col("label", "", "plain")], ctx)
        for n, row in zip(nodes, labels):
            g.nodes[n]["label"] = row["label"]
        export_graph(g, export)
    if fmt == "json":
        emit_document({"summary": dict(summary, nodes=g.number_of_nodes(), edges=g.number_of_edges()), "core": core,
                       "communities": groups, "sources": sources, "export": str(export) if export else None}, context=ctx)
        return
    emit(core, CORE_COLS, fmt, title=f"Core persons ({summary['core_nodes']} core nodes, {summary['communities']} communities)", context=ctx)
    if fmt == "table":
        emit(groups, COMMUNITY_COLS, fmt, title="Communities in the core", context=ctx)
        emit(sources, SOURCE_COLS, fmt, title="Forwarding sources", context=ctx)
        typer.echo(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges" + (f"; written to {export}" if export else ""))


def register(app: typer.Typer) -> None:
    app.command("network")(network)
