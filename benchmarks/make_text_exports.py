"""Generate synthetic 1,000,000-line chat exports in the text formats roomsift reads:
KakaoTalk (Windows .txt, Android .txt, macOS .csv) and WhatsApp (Android .txt, iOS
_chat.txt). Content is synthetic and non-graphic (logistics and euphemism only).

    python benchmarks/make_text_exports.py --lines 1000000 --out benchmarks/out/text

About 4% of the messages span two lines, and day separators/headers are lines of their
own, so an export has somewhat fewer messages than lines; `generate` returns the count.
"""

from __future__ import annotations

import argparse
import random
from datetime import datetime, timedelta
from pathlib import Path

PHRASES = [
    "입장료는 BTC로", "새 자료 올림", "확인했어요", "링크 다시 보내주세요", "send us something good",
    "new batch uploaded", "payment sent, check please", "다음 방 주소 공지 예정", "ok", "ㅋㅋㅋ",
    "문상 핀번호 보냈습니다", "who is the admin here?", "내일 다시 올릴게요", "thanks", "잠수 타지 마세요",
]
SECOND_LINES = ["주소는 따로 보냄", "see the pinned note", "다음 주에 정리"]

FORMATS = {
    "kakaotalk-windows": "KakaoTalk_20240301_1200_00_000_group.txt",
    "kakaotalk-android": "KakaoTalkChats.txt",
    "kakaotalk-mac": "KakaoTalk_Chat_작전방_2024-03-01-12-00-00.csv",
    "whatsapp-android": "WhatsApp Chat with Ops.txt",
    "whatsapp-ios": "_chat.txt",
}


def _ko_clock(t: datetime) -> str:
    return f"{'오전' if t.hour < 12 else '오후'} {t.hour % 12 or 12}:{t.minute:02d}"


def _en_clock(t: datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d}\u202f{'AM' if t.hour < 12 else 'PM'}"


def generate(fmt: str, folder: Path, lines: int, seed: int = 7) -> tuple[Path, int]:
    """Write one export of about `lines` lines; return (path, message count)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FORMATS[fmt]
    senders = [f"member{i:03d}" for i in range(500)]
    t = datetime(2024, 3, 1, 0, 0)
    day = None
    written = messages = 0
    newline = "\r\n" if fmt in ("kakaotalk-windows", "whatsapp-ios") else "\n"
    with open(path, "w", encoding="utf-8", newline="") as out:
        def put(line: str) -> None:
            nonlocal written
            out.write(line + newline)
            written += 1

        if fmt == "kakaotalk-windows":
            put("작전방 님과 카카오톡 대화")
            put("저장한 날짜 : 2024-06-01 12:00:00")
        elif fmt == "kakaotalk-android":
            out.write("\ufeff")
            put("작전방 님과 카카오톡 대화")
            put("저장한 날짜 : 2024년 6월 1일 오후 12:00")
        elif fmt == "kakaotalk-mac":
            put("Date,User,Message")
        while written < lines:
            t += timedelta(seconds=rng.randint(1, 9))
            who = senders[rng.randrange(len(senders))]
            text = PHRASES[rng.randrange(len(PHRASES))]
            second = SECOND_LINES[rng.randrange(3)] if rng.random() < 0.04 else None
            if t.date() != day:
                day = t.date()
                if fmt == "kakaotalk-windows":
                    put(f"--------------- {t.year}년 {t.month}월 {t.day}일 {'월화수목금토일'[t.weekday()]}요일 ---------------")
                elif fmt == "kakaotalk-android":
                    put(f"{t.year}년 {t.month}월 {t.day}일 {_ko_clock(t)}")
            if fmt == "kakaotalk-windows":
                put(f"[{who}] [{_ko_clock(t)}] {text}")
            elif fmt == "kakaotalk-android":
                put(f"{t.year}년 {t.month}월 {t.day}일 {_ko_clock(t)}, {who} : {text}")
            elif fmt == "kakaotalk-mac":
                body = f"{text}\n{second}" if second else text
                put(f'{t:%Y-%m-%d %H:%M:%S},"{who}","{body}"')
                second = None
                written += 1 if "\n" in body else 0
            elif fmt == "whatsapp-android":
                put(f"{t.day:02d}/{t.month:02d}/{t.year}, {t:%H:%M} - {who}: {text}")
            elif fmt == "whatsapp-ios":
                put(f"[{t.month}/{t.day}/{t.year % 100:02d}, {_en_clock(t)}] {who}: {text}")
            messages += 1
            if second:
                put(second)
    return path, messages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out" / "text")
    ap.add_argument("--format", choices=sorted(FORMATS), action="append")
    args = ap.parse_args()
    for fmt in args.format or sorted(FORMATS):
        path, n = generate(fmt, args.out / f"{fmt}-{args.lines}", args.lines)
        print(f"{fmt}: {path} ({n:,} messages)")


if __name__ == "__main__":
    main()
