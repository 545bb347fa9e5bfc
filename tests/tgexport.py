"""Build small Telegram Desktop exports for tests, in tdesktop's exact byte layout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def dump_tdesktop(obj: Any) -> str:
    """JSON the way tdesktop writes it: one space per indentation level, raw UTF-8."""
    return json.dumps(obj, ensure_ascii=False, indent=1)


def write_single_chat(folder: Path, messages: list[dict[str, Any]], name="Test Room", chat_type="private_supergroup",
                      chat_id=4242, raw_text: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = raw_text if raw_text is not None else dump_tdesktop({"name": name, "type": chat_type, "id": chat_id, "messages": messages})
    (folder / "result.json").write_text(text + "\n", encoding="utf-8")
    return folder


def msg(i: int, text: Any = "hello", sender=("Alice", "user101"), t: int = 1700000000, **extra: Any) -> dict[str, Any]:
    m: dict[str, Any] = {"id": i, "type": "message", "date": "2023-11-14T22:13:20", "date_unixtime": str(t + i)}
    if sender is not None:
        m["from"], m["from_id"] = sender
    m.update(extra)
    m["text"] = text
    if isinstance(text, list):
        m["text_entities"] = [{"type": "plain", "text": p} if isinstance(p, str) else p for p in text]
    else:
        m["text_entities"] = [{"type": "plain", "text": text}] if text else []
    return m


def service(i: int, action: str, actor=("Alice", "user101"), t: int = 1700000000, **extra: Any) -> dict[str, Any]:
    m = {"id": i, "type": "service", "date": "2023-11-14T22:13:20", "date_unixtime": str(t + i),
         "actor": actor[0], "actor_id": actor[1], "action": action}
    m.update(extra)
    m.update({"text": "", "text_entities": []})
    return m
