"""Generate a synthetic single-chat Telegram Desktop export for benchmarks.

    python benchmarks/make_export.py --messages 1000000 --out benchmarks/out/export-1m
    python benchmarks/make_export.py --messages 100000 --style realistic --out DIR

Text styles: "worst" (the default, kept for earlier figures) is word salad of trigger words,
almost every text distinct; "realistic" is mostly everyday chat with ~5% room logistics.

Realistic shape: text lengths from short replies to paragraphs (Korean, English, mixed),
~5% service messages (joins, invites, pins, removals), ~10% media references (most "not
included" placeholders, 1 in 50 a real small JPEG), replies, forwards, edits, a few
payment addresses and solicitation phrases so analyses have work to do. Deterministic
for a given --seed. Writes in bounded memory."""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from roomsift.demo import wallets  # noqa: E402
from roomsift.demo.images import save_abstract_jpeg  # noqa: E402
from roomsift.demo.tgwriter import TelegramChatWriter  # noqa: E402

WORDS_KO = "오늘 내일 자료 올려 주세요 형님 입장 확인 감사 방장 공지 링크 사진 영상 새로운 업데이트 결제 문상 계좌 보냈어요 ㅋㅋ ㅎㅎ 진짜 대박 언제 어디 누구".split()
WORDS_EN = "the new batch link today tomorrow please send check fee room admin notice photo video update paid sent proof where when lol nice ok thanks".split()
SPECIAL = [
    "좋은 거 좀 올려주세요", "send us something good", "입장료 어디로 보내요?", "new batch uploaded",
    f"BTC {wallets.btc_bech32('bench-fee')}", f"ETH {wallets.eth_eip55('bench-eth')}", "문상 핀번호 보냈어요 1234-5678-9012-3456",
    "15만원 입금했습니다", "0.01 BTC sent, proof in DM", "연락처 010-0000-1234",
]


def _text(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.03:
        return rng.choice(SPECIAL)
    n = max(1, int(rng.lognormvariate(1.8, 0.8)))
    pool = WORDS_KO if rng.random() < 0.6 else WORDS_EN
    return " ".join(rng.choice(pool) for _ in range(min(n, 120)))


# Realistic style: a chat room is mostly ordinary talk (reactions, plans, food, games, work),
# much of it repeated word for word, with a minority of room logistics (fees, payments,
# links, uploads). Templates with slots keep most longer lines distinct.
CHATTER_SHORT = ["ㅋㅋㅋ", "ㅋㅋㅋㅋㅋ", "ㅎㅎ", "ㅇㅇ", "넵", "네", "ㄹㅇ", "헐", "대박", "굿", "ㅇㅋ", "감사합니다", "수고하셨어요",
                 "lol", "ok", "yeah", "nice", "thanks", "same", "haha", "true", "gm", "gn", "👍", "ㅠㅠ", "아 진짜?", "wow", "lmao"]
CHATTER_TEMPLATES = [
    "오늘 {food} 먹었는데 {adj}", "{time}에 {place}에서 볼까요?", "{name}님 {time}에 오세요?", "어제 {game} 했는데 {adj}",
    "{place} 근처 {food} 맛집 아시는 분", "주말에 {place} 가려고요", "{name} 생일 축하해요!!", "요즘 {game} 재밌나요?",
    "{time}까지 일해야 돼요 ㅠㅠ", "날씨 {adj2} 오늘", "{name}이 {food} 사준대요 ㅋㅋ", "{game} 새 시즌 언제 나와요?",
    "anyone up for {game} at {time_en}?", "just had {food_en}, {adj_en}", "{name_en} are you coming to {place_en} later",
    "the weather in {place_en} is {adj_en} today", "who watched the match yesterday", "my {thing} broke again lol",
    "happy birthday {name_en}!", "see you at {place_en} around {time_en}", "{game} servers are down again?",
    "can't believe it's already {day}", "traffic on the way to {place_en} was {adj_en}", "anyone know a good {food_en} place near {place_en}",
]
SLOTS = {
    "food": ["치킨", "떡볶이", "라면", "김밥", "피자", "삼겹살", "국밥", "초밥", "냉면", "짜장면"],
    "adj": ["맛있더라", "별로였어", "괜찮았어요", "최고였음", "너무 짰어", "양이 많았어"],
    "adj2": ["좋네요", "춥네요", "덥다", "흐리네", "미쳤다"],
    "time": ["3시", "저녁 7시", "내일 아침", "점심", "퇴근 후", "9시 반", "주말"],
    "place": ["강남", "홍대", "신촌", "부산", "판교", "학교 앞", "회사 앞", "한강"],
    "name": ["민수", "지영", "현우", "수진", "태호", "유나", "도윤", "서연"],
    "game": ["롤", "배그", "발로란트", "오버워치", "메이플", "마크"],
    "food_en": ["pizza", "ramen", "tacos", "sushi", "burgers", "pho", "curry"],
    "adj_en": ["amazing", "terrible", "not bad", "so good", "meh", "wild"],
    "time_en": ["8pm", "noon", "9", "tonight", "after work", "10:30"],
    "place_en": ["downtown", "the mall", "the gym", "campus", "the station", "Jake's place"],
    "name_en": ["Sam", "Alex", "Jordan", "Taylor", "Chris", "Morgan"],
    "thing": ["phone", "laptop", "car", "headset", "keyboard", "bike"],
    "day": ["Friday", "December", "the weekend", "Monday again"],
}
LOGISTICS_TEMPLATES = [
    "입장료 {n}만원 입니다", "입금 확인했습니다 {name}님", "새 링크 올렸어요", "공지 확인해주세요", "{n}만원 보냈어요 확인 부탁",
    "fee is {n}0 USDT", "paid {n}0 usdt, check pls", "new batch uploaded", "link in pinned", "send proof to admin",
]


CHATTER_TAILS = ["ㅋㅋ", "ㅋㅋㅋ", "ㅎㅎ", "!!", "?", "lol", "😂", "ㅠㅠ", "..", "haha"]


def _fill(rng: random.Random, template: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(rng.randint(1, 30)) if m.group(1) == "n" else rng.choice(SLOTS[m.group(1)]), template)


def _realistic_text(rng: random.Random) -> str:
    """About 5% room logistics; 35% short reactions repeated word for word; the rest
    everyday sentences (one or two clauses, a tail), most of them distinct."""
    r = rng.random()
    if r < 0.01:
        return rng.choice(SPECIAL)
    if r < 0.05:
        return _fill(rng, rng.choice(LOGISTICS_TEMPLATES))
    if r < 0.40:
        return rng.choice(CHATTER_SHORT)
    text = _fill(rng, rng.choice(CHATTER_TEMPLATES))
    if rng.random() < 0.5:
        text += " " + _fill(rng, rng.choice(CHATTER_TEMPLATES))
    if rng.random() < 0.4:
        text += " " + rng.choice(CHATTER_TAILS)
    return text


def generate(out: Path, messages: int, senders: int = 5000, seed: int = 1, style: str = "worst") -> dict:
    """style "worst": word salad of trigger words (almost every text distinct and full of
    lexicon words: the worst case for per-text work); "realistic": see _realistic_text."""
    text_of = _realistic_text if style == "realistic" else _text
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    people = [(f"member{i}", f"user{9000000 + i}") for i in range(senders)]
    photo_files = []
    for i in range(20):
        rel = f"photos/photo_{i + 1}@01-01-2021_00-00-00.jpg"
        save_abstract_jpeg(out / rel, 70000 + i, size=(320, 240))
        photo_files.append(rel)
    clock = 1609459200  # 2021-01-01
    w = TelegramChatWriter(out, "Benchmark Room", "private_supergroup", 1999999999)
    stats = {"messages": 0, "service": 0, "media": 0}
    for mid in range(1, messages + 1):
        clock += rng.randint(1, 60)
        who = people[int(rng.paretovariate(1.2)) % senders]
        r = rng.random()
        if r < 0.05:
            action = rng.choice(("join_group_by_link", "invite_members", "pin_message", "remove_members"))
            fields = {"inviter": "member0"} if action == "join_group_by_link" else {}
            if action in ("invite_members", "remove_members"):
                fields["members"] = [rng.choice(people)[0] for _ in range(rng.randint(1, 3))]
            if action == "pin_message":
                fields["message_id"] = max(1, mid - rng.randint(1, 50))
            w.service(mid, clock, who, action, **fields)
            stats["service"] += 1
            continue
        extra = {}
        if r < 0.15:
            stats["media"] += 1
            if rng.random() < 0.02:
                extra = {"photo": rng.choice(photo_files), "width": 320, "height": 240}
            else:
                extra = {"file": "(File not included. Change data exporting settings to download.)", "media_type": "video_file",
                         "mime_type": "video/mp4", "duration_seconds": rng.randint(5, 600), "file_name": f"clip_{mid}.mp4"}
        if rng.random() < 0.15:
            extra["reply_to_message_id"] = max(1, mid - rng.randint(1, 30))
        if rng.random() < 0.03:
            extra["forwarded_from"] = "Notice Channel"
        if rng.random() < 0.02:
            extra["edited"] = "2021-01-02T00:00:00"
            extra["edited_unixtime"] = str(clock + 60)
        w.message(mid, clock, who, text_of(rng), **extra)
        stats["messages"] += 1
    w.close()
    stats["bytes"] = (out / "result.json").stat().st_size
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=Path("benchmarks/out/export-1m"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--style", choices=("worst", "realistic"), default="worst")
    args = ap.parse_args()
    t = time.perf_counter()
    stats = generate(args.out, args.messages, seed=args.seed, style=args.style)
    print(f"wrote {args.messages:,} messages ({stats['service']:,} service, {stats['media']:,} with media) "
          f"to {args.out}/result.json: {stats['bytes'] / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
