"""The case report: HTML from a Jinja2 template shipped with roomsift (everything inline:
styles, charts as embedded PNG, no request leaves the file), PDF from that HTML through
WeasyPrint. Autoescaping is on: evidence text is shown as written, never as markup."""

from __future__ import annotations

from importlib import resources
from typing import Any


def _environment():
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("roomsift.export", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=False)


def add_charts(doc: dict[str, Any]) -> None:
    """Draw each room's timeline from the already-filtered document (titles pseudonymised)."""
    from roomsift.export.charts import data_uri, timeline_png

    for room in doc["rooms"]:
        series = {k: {int(d): n for d, n in v.items()} for k, v in room.pop("series").items()}
        dated = any(series.values())  # exports with local times only (zone unknown) have no UTC days to draw
        room["chart"] = data_uri(timeline_png(room["title"], series)) if dated else None


def render_html(doc: dict[str, Any], checkpoint: dict[str, Any], *, actor: str, produced: str) -> str:
    from roomsift import __version__
    from roomsift.export.gather import iso

    css = resources.files("roomsift.export").joinpath("templates/report.css").read_text(encoding="utf-8")
    return _environment().get_template("report.html.j2").render(
        r=doc, checkpoint={**checkpoint, "time": iso(checkpoint["time_utc"])}, css=css, version=__version__,
        actor=actor, produced=produced)


def render_pdf(html: str) -> bytes:
    """No base URL and a fetcher that allows only inline `data:` URLs: the PDF is made from
    what the HTML carries, and a reference to anything outside fails the export."""
    import logging

    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    fetcher = URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)
    return HTML(string=html, url_fetcher=fetcher).write_pdf()
