"""Room timelines as real images: messages, joins and payments per day, drawn with
Matplotlib's Agg backend (no display, no network) and embedded in the report as PNG."""

from __future__ import annotations

import base64
import io
from datetime import datetime, timezone

DAY = 86400


def timeline_png(title: str, series: dict[str, dict[int, int]]) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    from roomsift.export.fonts import hangul_font

    font = hangul_font()
    days = sorted({d for s in series.values() for d in s})
    fig = Figure(figsize=(7.2, 2.1), dpi=110)
    ax = fig.add_subplot(1, 1, 1)
    unit = "day"
    if days:
        # a room active over years is drawn per week or month, so its bars stay visible
        step, unit = (1, "day") if days[-1] - days[0] <= 120 else ((7, "week") if days[-1] - days[0] <= 730 else (30, "month"))
        series = {k: _bucket(v, step, days[0]) for k, v in series.items()}
        span = list(range(days[0], days[-1] + 1, step))
        x = [datetime.fromtimestamp(d * DAY, timezone.utc) for d in span]
        msgs = [series.get("messages", {}).get(d, 0) for d in span]
        ax.bar(x, msgs, width=0.8 * step, color="#8fa9c4", label="messages")
        ax2 = ax.twinx()
        ax2.plot(x, [series.get("joins", {}).get(d, 0) for d in span], color="#2d6a4f", marker="o", lw=1.5, label="joins")
        ax2.plot(x, [series.get("payments", {}).get(d, 0) for d in span], color="#b5179e", marker="s", lw=1.5, label="payments")
        ax2.set_ylabel("joins / payments", fontsize=7)
        ax2.tick_params(labelsize=7)
        ax2.set_ylim(bottom=0)
        handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
        ax.legend(handles, ["messages", "joins", "payments"], fontsize=7, loc="upper left", frameon=False)
        from matplotlib.dates import AutoDateLocator, DateFormatter, DayLocator

        ax.xaxis.set_major_locator(DayLocator() if len(span) <= 10 else AutoDateLocator(minticks=3, maxticks=10))
        ax.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))
        ax.set_xlim(x[0] - (x[-1] - x[0]) * 0.05 - _half_day(), x[-1] + (x[-1] - x[0]) * 0.05 + _half_day())
    else:
        ax.text(0.5, 0.5, "no dated messages", ha="center", va="center", transform=ax.transAxes)
    ax.set_ylabel(f"messages / {unit}", fontsize=7)
    ax.tick_params(labelsize=7)
    ax.set_title(title, fontsize=9, loc="left", **({"fontfamily": font[0]} if font else {}))
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def _bucket(counts: dict[int, int], step: int, first: int) -> dict[int, int]:
    out: dict[int, int] = {}
    for d, n in counts.items():
        b = first + (d - first) // step * step
        out[b] = out.get(b, 0) + n
    return out


def _half_day():
    from datetime import timedelta

    return timedelta(hours=12)


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")
