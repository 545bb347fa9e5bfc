"""Demo: the KakaoTalk chat in which a room operator approaches a coerced person.

Exported from the victim's phone (Android layout, Korean UI), so she is "회원님" and the
operator appears under the nickname he also uses on Telegram ("노을지기"), pointing her
to his Telegram username. Identity linking can tie the two accounts together only
through those weak signals (same nickname, the username he names) — which is the point.
Entirely fictional and non-graphic: pressure and logistics only.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from roomsift.demo.cast import Cast
from roomsift.demo.telegram_rooms import START

KST = timezone(timedelta(hours=9))  # the phone's clock; the export itself says no zone


def _stamp(t: datetime) -> str:
    return f"{t.year}년 {t.month}월 {t.day}일 {'오전' if t.hour < 12 else '오후'} {t.hour % 12 or 12}:{t.minute:02d}"


def write(root: Path, cast: Cast, manifest: dict[str, Any]) -> list[Path]:
    operator, victim = cast.sunset, cast.victims[0]
    lines = [
        (0, operator.name, "안녕하세요 하늘씨 맞죠? 단기 알바 건으로 연락드려요"),
        (3, None, "누구세요? 번호는 어떻게 아셨어요"),
        (5, operator.name, f"자세한 건 텔레그램으로. @{operator.username} 검색해서 와요"),
        (6, operator.name, "거기 방 주소랑 규칙 보내줄게"),
        (40, None, "안 갈게요. 연락하지 마세요"),
        (42, operator.name, f"안 오면 {victim.phone} 이 번호랑 이름 방에 올린다"),
        (42, operator.name, "학교에도 다 알릴 거야\n오늘 밤까지 답해"),
        (50, None, "제발 그만해주세요"),
        (51, operator.name, "사진"),
        (53, operator.name, f"텔레그램 @{operator.username} 로 오면 지워줄게"),
    ]
    start = datetime.fromtimestamp(START, KST) - timedelta(days=1, hours=9)
    folder = root / "kakaotalk"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "KakaoTalkChats.txt"
    out = ["\ufeff" + f"{operator.name} 님과 카카오톡 대화", f"저장한 날짜 : {_stamp(start + timedelta(days=30))}", "", ""]
    day = None
    for minutes, who, text in lines:
        t = start + timedelta(minutes=minutes)
        if t.date() != day:
            day = t.date()
            if len(out) > 4:
                out.append("")
            out.append(_stamp(t))
        out.append(f"{_stamp(t)}, {who or '회원님'} : {text}")
    path.write_text("\r\n".join(out) + "\r\n", encoding="utf-8")
    manifest["kakaotalk"] = {"file": str(path.relative_to(root)), "messages": len(lines), "operator": operator.key, "exporter": victim.key}
    return [path]
