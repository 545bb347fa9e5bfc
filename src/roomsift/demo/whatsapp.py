"""Demo: a paying member settles his entry fee on WhatsApp with the rooms' treasurer.

Exported from the treasurer's seized phone (Android layout), so the treasurer appears
under his own profile name ("장부") and the payer as a phone number (not a saved
contact). The payer sends the same gift-card PIN he posted in the Telegram lobby and
names his Telegram handle — the evidence identity linking and payment tracing can use.
Entirely fictional and non-graphic: logistics only.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from roomsift.demo.cast import Cast
from roomsift.demo.telegram_rooms import GIFT_PIN, START

PAYER_PHONE = "+82 10-0000-3391"  # synthetic: 010-0000-xxxx is not a subscriber range in use
KST = timezone(timedelta(hours=9))


def write(root: Path, cast: Cast, manifest: dict[str, Any]) -> list[Path]:
    treasurer, payer = cast.ledger, cast.solicitors[0]
    lines = [
        (0, None, "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more."),
        (1, PAYER_PHONE, f"안녕하세요 텔레그램 {payer.name}입니다 (@{payer.username})"),
        (2, PAYER_PHONE, "2단계 입장료 문상으로 되나요?"),
        (4, treasurer.name, "됩니다. 핀번호 여기로 보내세요"),
        (6, PAYER_PHONE, f"문화상품권 핀번호 {GIFT_PIN}"),
        (6, PAYER_PHONE, "<Media omitted>"),
        (9, treasurer.name, "확인. 입장 링크는 텔레그램으로 보냄\n공지 꼭 읽고"),
        (10, PAYER_PHONE, "send us something good 이번엔 기대할게요"),
        (12, treasurer.name, "This message was deleted"),
    ]
    start = datetime.fromtimestamp(START, KST) + timedelta(hours=3)
    folder = root / "whatsapp"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"WhatsApp Chat with {PAYER_PHONE}.txt"
    out = []
    for minutes, who, text in lines:
        t = start + timedelta(minutes=minutes)
        stamp = f"{t.day:02d}/{t.month:02d}/{t.year}, {t:%H:%M}"
        out.append(f"{stamp} - {who}: {text}" if who else f"{stamp} - {text}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    manifest["whatsapp"] = {"file": str(path.relative_to(root)), "messages": len(lines), "payer": payer.key, "treasurer": treasurer.key}
    return [path]
