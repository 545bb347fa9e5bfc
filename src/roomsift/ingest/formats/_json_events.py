"""Helpers for formats read as a JSON event stream (ijson): build one value at a time, so
a large array is never held whole. Shared by the Telegram and Discord parsers."""

from __future__ import annotations

from typing import Any

import ijson


def build_value(events, location: str, first: tuple[str, Any] | None = None) -> Any:
    """Build the next complete JSON value from the event stream (`first`: its opening
    event, when the caller has already read it)."""
    builder = ijson.common.ObjectBuilder()
    event, value = first if first else next(events)[1:]
    builder.event(event, value)
    if event not in ("start_map", "start_array"):
        return value
    depth = 1
    for _, event, value in events:
        builder.event(event, value)
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                break
    return builder.value
