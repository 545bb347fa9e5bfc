"""Write synthetic exports in Telegram Desktop's JSON layout (single-chat `result.json`).

Used by the demo case and the benchmark generator. Output mimics tdesktop: one-space
indentation, `date` as naive local ISO time plus `date_unixtime` as a string, `text` as
a string or an entity list with `text_entities` beside it, media paths relative to the
export folder. Messages are streamed to disk one at a time, so exports of any size can be
written in bounded memory.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

KST = timezone(timedelta(hours=9))  # the exporting machine's zone in the demo


def local_iso(unix: int, tz: timezone = KST) -> str:
    return datetime.fromtimestamp(unix, tz=tz).strftime("%Y-%m-%dT%H:%M:%S")


def text_fields(text: str | list[Any]) -> dict[str, Any]:
    """`text` + `text_entities` as tdesktop writes them."""
    if isinstance(text, str):
        return {"text": text, "text_entities": [{"type": "plain", "text": text}] if text else []}
    entities = [{"type": "plain", "text": p} if isinstance(p, str) else p for p in text]
    return {"text": text, "text_entities": entities}


class TelegramChatWriter:
    """Stream one chat as a single-chat export folder: `folder/result.json` (+ media)."""

    def __init__(self, folder: Path, name: str, chat_type: str, chat_id: int, tz: timezone = KST):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.tz = tz
        self.count = 0
        self.fh = open(self.folder / "result.json", "w", encoding="utf-8")
        self.fh.write("{\n")
        self.fh.write(f' "name": {json.dumps(name, ensure_ascii=False)},\n')
        self.fh.write(f' "type": {json.dumps(chat_type)},\n')
        self.fh.write(f' "id": {chat_id},\n')
        self.fh.write(' "messages": [')

    def _write(self, obj: dict[str, Any]) -> None:
        body = json.dumps(obj, ensure_ascii=False, indent=1)
        body = "\n".join("  " + line for line in body.split("\n"))
        self.fh.write(("," if self.count else "") + "\n" + body)
        self.count += 1

    def message(
        self,
        msg_id: int,
        unix: int,
        sender: tuple[str, str] | None,
        text: str | list[Any] = "",
        **extra: Any,
    ) -> None:
        """sender = (display name, from_id like 'user123'); None = deleted account."""
        obj: dict[str, Any] = {"id": msg_id, "type": "message", "date": local_iso(unix, self.tz), "date_unixtime": str(unix)}
        if sender is None:
            obj["from"] = None
            obj["from_id"] = "user0"
        else:
            obj["from"], obj["from_id"] = sender
        obj.update({k: v for k, v in extra.items() if k not in ("text",)})
        obj.update(text_fields(text))
        self._write(obj)

    def service(self, msg_id: int, unix: int, actor: tuple[str, str], action: str, **fields: Any) -> None:
        obj: dict[str, Any] = {
            "id": msg_id, "type": "service", "date": local_iso(unix, self.tz), "date_unixtime": str(unix),
            "actor": actor[0], "actor_id": actor[1], "action": action,
        }
        obj.update(fields)
        obj.update(text_fields(""))
        self._write(obj)

    def close(self) -> None:
        self.fh.write("\n ]\n}\n")
        self.fh.close()

    def __enter__(self) -> "TelegramChatWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
