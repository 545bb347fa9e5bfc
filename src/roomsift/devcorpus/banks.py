"""Phrasing banks for the development corpus: templates × slot fillers × perturbations.

Each signal has Korean and English templates written in several registers (polite,
blunt, slang, abbreviated). Slots are filled from lists of interchangeable words, then a
perturbation may add a typo, drop spaces, use leetspeak or chat noise. Templates and
fillers are split by a stable hash into "dev" (about 3/4, used while tuning) and
"heldout" (about 1/4, never looked at while tuning; used for the recorded figures).

Non-graphic by rule: intent shows only through euphemism and logistics.
"""

from __future__ import annotations

import hashlib
import random
import re

SLOTS: dict[str, list[str]] = {
    # English
    "send": ["send", "show", "post", "drop", "share", "upload", "give us", "leak", "bring", "hand over", "toss us", "unlock", "release"],
    "good": ["something good", "some positive things", "the good stuff", "something spicy", "something special", "new ones",
             "something better", "good ones", "something new", "positive stuff", "something nice", "the good ones"],
    "mat": ["pics", "vids", "clips", "files", "content", "stuff", "material", "sets", "photos", "videos", "uploads", "footage", "albums", "samples"],
    "more": ["more", "moar", "extra", "another", "fresh", "new", "better", "hotter", "rarer", "more private"],
    "pls": ["pls", "please", "plz", "asap", "now", "c'mon", "already", "guys", "boss", "admin"],
    "her": ["her", "that girl", "the same girl", "the new girl", "the student", "the one from last week"],
    "when": ["today", "tonight", "rn", "this week", "before the weekend", "soon"],
    "uploaded": ["uploaded", "posted", "dropped", "added", "shared", "released", "put up", "restocked", "updated"],
    "batch": ["batch", "set", "pack", "folder", "collection", "album", "series", "archive", "bundle", "part"],
    "check": ["check pinned", "link below", "enjoy", "don't share outside", "vip only", "grab it fast", "details in the pin", "members only"],
    "amount": ["0.01", "0.02", "0.05", "50", "100", "150", "0.3", "25", "80", "200"],
    "cur": ["BTC", "ETH", "USDT", "XMR", "dollars", "bucks", "TRX", "LTC"],
    "fee": ["entry fee", "entrance fee", "access fee", "membership", "vip pass", "admission", "subscription", "tier 2 access"],
    "paid": ["paid", "sent", "transferred", "wired", "deposited", "just paid", "already sent"],
    "proof": ["txid in dm", "screenshot attached", "receipt sent to admin", "proof posted", "check the tx", "hash is in your dm", "confirm pls"],
    "audience": ["your parents", "your school", "your friends", "your family", "your classmates", "your boss", "everyone you know", "your mom", "your teachers"],
    "spread": ["send", "post", "leak", "spread", "forward", "show", "blast", "upload"],
    "these": ["these", "everything", "all of it", "your pics", "the files", "what I have"],
    "deadline": ["by tonight", "by 9pm", "within an hour", "before tomorrow", "today", "in 30 minutes"],
    "vname": ["Jisoo", "Minji", "Yuna", "Sora", "Hana", "Eunbi", "Dana", "Ari"],
    "school": ["Hanbit High", "Daehan Girls' High", "Seoul Central Middle", "Mirae High", "Sejong Uni", "Haneul Middle"],
    "detail": ["phone 010-0000-{n4}", "lives in Mapo apt 103", "class 2-3", "insta @{handle}", "real name on her id", "address in the pin"],
    "plea_en": ["please stop", "please delete them", "please don't send it", "I'm begging you", "please leave me alone", "I'm scared please", "please don't post my name"],
    "comply_en": ["I'll do it", "I'll do whatever you say", "I'll do anything", "just don't tell anyone", "I'll send it, please wait", "ok ok I'll do what you ask"],
    # Korean
    "good_ko": ["좋은거", "좋은 거", "좋은 것", "쎈거", "새로운 거", "화끈한 거", "좋은 자료", "쩌는거", "괜찮은 거", "센 걸로", "좋은걸로", "긍정적인 것"],
    "req_ko": ["올려주세요", "올려줘", "올려주셈", "보내주세요", "보여주세요", "풀어주세요", "올려 주세요", "보내줘요", "풀어줘", "공유해주세요", "올려줭", "보내주셈", "좀 풀어주세요", "올려주십쇼"],
    "more_ko": ["더", "새", "다음", "추가", "또", "새로운"],
    "mat_ko": ["자료", "영상", "사진", "파일", "짤", "후속편", "풀버전", "원본", "시리즈", "묶음"],
    "q_ko": ["언제 풀려요?", "언제 올라와요?", "언제 나와요?", "없나요?", "없어요?", "있나요?", "언제 올려요?"],
    "pre_ko": ["형님들", "방장님", "관리자님", "저기요", "아", "오늘은", "제발", "", "ㅎㅎ", "님들"],
    "up_ko": ["올렸습니다", "올림", "업로드 완료", "풀었어요", "올렸어요", "업로드했습니다", "공유했습니다", "풀림", "업뎃 완료", "추가했어요"],
    "note_ko": ["공지 확인", "외부 유출 금지", "VIP만", "확인하세요", "링크 고정", "감상하세요", "다운 빨리", ""],
    "amount_ko": ["5만원", "10만원", "15만원", "20만원", "30만원", "50만원", "0.02 BTC", "0.05 BTC", "100 USDT"],
    "fee_ko": ["입장료", "가입비", "입장비", "회비", "이용료", "VIP 입장료", "2단계 가격", "본방 입장료"],
    "pay_ko": ["입금했습니다", "송금했어요", "보냈습니다", "결제했어요", "이체 완료했습니다", "입금 완료요", "송금 완료", "보냈어요"],
    "proof_ko": ["확인 부탁드려요", "인증샷 보냈어요", "확인 좀요", "영수증 DM 드림", "txid 확인 부탁", "캡처 보냈습니다", "확인해주세요"],
    "aud_ko": ["학교", "부모님", "엄마", "가족", "반 애들", "친구들", "회사", "인스타", "단톡방", "동네"],
    "spread_ko": ["뿌린다", "다 뿌린다", "퍼뜨린다", "유포한다", "다 보낸다", "올려버린다", "공개한다", "까발린다"],
    "if_ko": ["안 하면", "말 안 들으면", "안 보내면", "거절하면", "차단하면", "연락 안 되면", "도망가면", "버티면"],
    "dl_ko": ["오늘 밤까지", "내일까지", "한 시간 안에", "10시까지", "지금 당장", "오늘 안에"],
    "plea_ko": ["제발 지워주세요", "제발 그만해주세요", "살려주세요", "제발요 무서워요", "퍼뜨리지 마세요 제발", "지워주세요 부탁이에요", "용서해주세요"],
    "comply_ko": ["시키는 대로 할게요", "하라는 대로 할게요", "할게요 제발", "보낼게요 조금만 기다려주세요", "말 들을게요"],
    "chat_ko": ["ㅋㅋㅋ", "ㄷㄷ", "오", "ㅇㅈ", "굿", "안녕하세요", "들어왔습니다", "감사합니다", "ㅎㅇ", "오늘 사람 많네", "다들 뭐함", "ㅋㅋ 미쳤다", "잘 보고 갑니다", "눈팅만 할게요"],
    "chat_en": ["lol", "nice", "hi all", "ok", "hello", "who's online", "first time here", "lmao", "brb", "thanks", "gm", "just lurking"],
}

# Templates per signal and language. {slot} names come from SLOTS; {n4}/{handle}/{user}/{addr}/{pin}/{bank} are filled by the generator.
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "request_material": {
        "en": ["{send} us {good}", "{pls} {send} {more} {mat}", "any {more} {mat} {when}?", "who's got {more} {mat}? {pls}", "{send} {more} of {her} {pls}",
               "can u {send} {good} {when}", "{pls} {send} {good}", "waiting for {more} {mat} {pls}", "where are the {more} {mat}?", "{send} {more} {mat} {when} {pls}",
               "need {more} {mat} of {her}", "we want {good} {when}", "show us {good}, {pls}", "{more} {mat} {pls}!!", "let us see {good} {when}",
               "is there {more} of {her}? {pls}", "{pls} we need {good}", "any chance of {more} {mat}?"],
        "ko": ["{pre_ko} {good_ko} 좀 {req_ko}", "{good_ko} {req_ko} ㅋㅋ", "{more_ko} {mat_ko} {req_ko}", "{mat_ko} {q_ko}", "{pre_ko} {more_ko} {mat_ko} {q_ko}",
               "{good_ko} 좀 부탁드려요", "{more_ko} {mat_ko} 좀요", "{pre_ko} {good_ko} {req_ko} 현기증 나요", "{more_ko} {good_ko} 없나요?", "이번엔 {good_ko} {req_ko}",
               "{mat_ko} {more_ko} {req_ko} 제발", "{good_ko} 기다립니다 {req_ko}", "{mat_ko} 좀 {req_ko}", "{pre_ko} {mat_ko} 요청합니다"],
    },
    "distribute_material": {
        "en": ["{more} {batch} {uploaded}, {check}", "{uploaded} {more} {mat}. {check}", "{batch} {uploaded} {when}", "just {uploaded} the {more} {batch}, {check}",
               "{more} {mat} {uploaded} in the vip room", "part 2 {uploaded}. {check}", "{uploaded}: {more} {batch} of {mat}", "here's the {more} {batch}, {check}",
               "new drop: {batch} {uploaded}", "{mat} {uploaded}, {check}"],
        "ko": ["{more_ko} {mat_ko} {up_ko}", "오늘 분량 {up_ko}", "{mat_ko} {up_ko}, {note_ko}", "2편 {up_ko} {note_ko}", "{more_ko} {mat_ko} {up_ko} ㅎㅎ",
               "{note_ko} {more_ko} {mat_ko} {up_ko}", "요청하신 {mat_ko} {up_ko}", "{mat_ko} 묶음 {up_ko}", "VIP방에 {mat_ko} {up_ko}"],
    },
    "price_announcement": {
        "en": ["{fee} is {amount} {cur}, send to {addr}", "{fee}: {amount} {cur}. pay to {addr} and dm proof", "price for {fee} is {amount} {cur} to {addr}",
               "new {fee} price {amount} {cur}, wallet {addr}", "{fee} {amount} {cur} only. wallet: {addr}"],
        "ko": ["{fee_ko} {amount_ko}, {addr} 로 보내세요", "{fee_ko}는 {amount_ko}입니다. 지갑 {addr}", "[공지] {fee_ko} {amount_ko} 계좌 {bank} 입금 후 인증",
               "{fee_ko} {amount_ko} 변경. {addr}", "{fee_ko} {amount_ko} 입금 후 관리자에게 인증"],
    },
    "rules_announcement": {
        "en": ["rules: no leaking, no screenshots. leakers get banned", "rule 1 no sharing outside. rule 2 no screenshots. break them and you're kicked",
               "notice: screenshots are strictly forbidden, admins will ban you", "reminder: leaking = ban, no warnings"],
        "ko": ["공지: 외부 유출 금지, 캡처 금지. 어기면 강퇴", "규칙 필독. 유출하면 바로 강퇴", "캡처 걸리면 추방. 규칙 지키세요", "[필독] 유출 금지 위반시 밴"],
    },
    "admission_control": {
        "en": ["paid members get invited tonight", "payment confirmed, invite link sent", "everyone who paid has been added to the vip room"],
        "ko": ["결제 확인된 분들 초대합니다", "입금 확인 후 초대 드림", "인증 확인된 분들 VIP방 초대 완료"],
    },
    "payment_claim": {
        "en": ["{paid} {amount} {cur}, {proof}", "{paid} the {fee}, {proof}", "{paid} {amount} {cur} to the wallet, {proof}", "{fee} {paid}: {amount} {cur}. {proof}",
               "hey admin I {paid} {amount} {cur} for the {fee}, {proof}"],
        "ko": ["{amount_ko} {pay_ko} {proof_ko}", "{fee_ko} {pay_ko} {proof_ko}", "문상 {pay_ko} 핀번호 {pin}", "{amount_ko} {pay_ko}", "관리자님 {fee_ko} {pay_ko} {proof_ko}"],
    },
    "payment_question": {
        "en": ["how much for the {fee}?", "where do I send the {fee}?", "how much is {fee} in {cur}?", "what's the {fee} price?", "can I pay the {fee} in {cur}?"],
        "ko": ["{fee_ko} 얼마예요?", "{fee_ko} 어디로 보내요?", "{fee_ko} 문상으로도 되나요?", "VIP 가려면 얼마예요?", "{fee_ko} 어떻게 내요?"],
    },
    "threat": {
        "en": ["if you don't, I'll {spread} {these} to {audience}", "{deadline} or {audience} sees {these}", "refuse again and I {spread} {these} to {audience}",
               "do it {deadline}, otherwise {audience} gets {these}", "ignore me and {audience} will see {these}", "unless you do it {deadline} I {spread} {these} to {audience}"],
        "ko": ["{if_ko} {aud_ko}에 {spread_ko}", "{dl_ko} 안 보내면 {aud_ko}에 {spread_ko}", "{if_ko} 네 신상 {aud_ko}에 {spread_ko}", "{dl_ko} 해. {if_ko} {aud_ko}에 다 {spread_ko}",
               "{if_ko} 사진 {aud_ko}한테 {spread_ko}"],
    },
    "expose_personal": {
        "en": ["@{user} real name {vname}, goes to {school}, {detail}", "this is @{user}: {vname}, {school}, {detail}", "@{user} = {vname} from {school}. {detail}"],
        "ko": ["@{user} 본명 {vname}, {school} 다님, 번호 010-0000-{n4}", "@{user} 신상: {school} 학생, 주소 마포구, 번호 010-0000-{n4}", "@{user} 이름 {vname} 학교 {school} 전화번호 010-0000-{n4}"],
    },
    "mention_threat": {
        "en": ["@{user} if she doesn't answer {deadline} we {spread} {these} to {audience}", "tell @{user}: {deadline} or {audience} sees {these}"],
        "ko": ["@{user} {if_ko} {aud_ko}에 {spread_ko}", "@{user} 도 {if_ko} 신상 {spread_ko}", "@{user} 한테 전해 {dl_ko} 안 하면 {aud_ko}에 {spread_ko}"],
    },
    "victim_plea": {
        "en": ["{plea_en}, {comply_en}", "{plea_en}", "{comply_en}, {plea_en}", "{plea_en}... {comply_en}"],
        "ko": ["{plea_ko}", "{plea_ko} {comply_ko}", "{comply_ko} {plea_ko}", "{comply_ko}"],
    },
    "chatter": {
        "en": ["{chat_en}"],
        "ko": ["{chat_ko}"],
    },
}

# Benign look-alike rooms: same surface phrases, everyday objects.
BENIGN_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "photo": {
        "en": ["{send} us {good} from your {trip}!", "show us {good} from the {trip}", "{more} film scans {uploaded}", "exhibition {fee} is {amount} dollars this year",
               "great shot, love the colours", "who's coming to the {trip} shoot?", "{uploaded} my {trip} photos to the club album", "any tips for night photography?"],
        "ko": ["{good_ko} 좀 {req_ko}, {trip_ko} 사진 기대중", "{trip_ko} 사진 {up_ko}", "이번 주 출사 어디로 가요?", "전시회 {fee_ko} 만원이래요", "필름 스캔 {up_ko}", "노을 사진 너무 예쁘다"],
    },
    "gaming": {
        "en": ["tournament {fee} is {amount} {cur} to {addr}", "{paid} the tournament {fee}, {proof}", "{send} your best clips from the raid {when}", "new patch {uploaded}, servers down at 3",
               "who's in for the raid {when}?", "gg everyone, great match"],
        "ko": ["토너먼트 {fee_ko} {amount_ko} {addr}", "토너먼트 참가비 {pay_ko}", "레이드 클립 {req_ko}", "패치 {up_ko}, 서버 점검중", "오늘 레이드 몇시?", "랭크 같이 돌 사람"],
    },
    "parents": {
        "en": ["please {send} the field trip photos of the kids", "class dues {amount} dollars, send to the school account", "no sharing the kids' photos outside this group please",
               "teacher's phone is 010-0000-{n4}", "picnic tomorrow, don't forget lunch", "thanks for the photos!"],
        "ko": ["소풍 사진 좀 {req_ko}~", "학부모 회비 만원씩 {bank} 로 보내주세요", "아이들 사진은 외부 공유 금지예요", "담임 선생님 연락처 010-0000-{n4} 입니다", "내일 준비물 확인 부탁드려요", "운동회 사진 잘 받았어요"],
    },
    "crypto": {
        "en": ["I {paid} {amount} {cur} to my cold wallet", "donations for the signal bot: {addr}", "proof of payment: exchange screenshot", "{send} us {good}, any alpha {when}?",
               "gas fees are crazy on the market today", "chart looks bullish, long from here"],
        "ko": ["지금 들어가면 물림", "{amount_ko} 거래소로 {pay_ko}", "단타 차트 공유합니다 {addr}", "오늘 시세 미쳤다", "익절 인증 {proof_ko}", "에어드랍 {good_ko} 없나요?"],
    },
}
SLOTS.update({
    "trip": ["trip", "vacation", "holiday", "hike", "beach trip", "camping trip", "travels"],
    "trip_ko": ["여행", "출사", "캠핑", "등산", "바다 여행", "한강"],
})

_SLOT = re.compile(r"\{([a-z_0-9]+)\}")
GENERATED_SLOTS = {"n4", "handle", "user", "addr", "pin", "bank"}


def split_of(text: str) -> str:
    """Stable dev/heldout assignment of a template or filler."""
    return "heldout" if int(hashlib.sha256(text.encode()).hexdigest(), 16) % 4 == 0 else "dev"


def _pool(items: list[str], split: str | None) -> list[str]:
    if split is None:
        return items
    chosen = [x for x in items if split_of(x) == split]
    return chosen or items


def templates(signal: str, lang: str, split: str | None, benign: bool = False) -> list[str]:
    table = BENIGN_TEMPLATES if benign else TEMPLATES
    return _pool(table[signal][lang], split)


def fill(template: str, rng: random.Random, split: str | None, generated: dict[str, str] | None = None) -> str:
    generated = generated or {}

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name in GENERATED_SLOTS:
            return generated.get(name, "")
        return _fill_inner(rng.choice(_pool(SLOTS[name], split)), rng, generated)

    return re.sub(r"\s+", " ", _SLOT.sub(sub, template)).strip()


def _fill_inner(text: str, rng: random.Random, generated: dict[str, str]) -> str:
    return _SLOT.sub(lambda m: generated.get(m.group(1), str(rng.randint(1000, 9999))), text)


LEET = str.maketrans({"e": "3", "a": "4", "o": "0", "i": "1", "s": "5"})


def perturb(text: str, rng: random.Random) -> str:
    """Chat noise: typos, spacing, leetspeak, elongation, laughter, case."""
    r = rng.random()
    if r < 0.45:
        return text
    words = text.split(" ")
    if r < 0.55 and len(words) > 1:  # spacing: Korean chat often drops or adds spaces
        i = rng.randrange(len(words) - 1)
        words[i:i + 2] = [words[i] + words[i + 1]]
        return " ".join(words)
    if r < 0.65:  # one typo in a longer latin word: swap or drop a letter
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isascii() and w.isalpha()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.5 else w[:j] + w[j + 1:]
            return " ".join(words)
        return text
    if r < 0.72:  # leetspeak in one word
        idx = [i for i, w in enumerate(words) if w.isascii() and w.isalpha() and len(w) >= 4]
        if idx:
            i = rng.choice(idx)
            words[i] = words[i].translate(LEET)
            return " ".join(words)
        return text
    if r < 0.8:
        return text + rng.choice([" ㅋㅋ", " ㅎㅎ", " lol", " 😏", "!!", "~", " ㅠㅠ", "..", " 🙏"])
    if r < 0.88:
        return text.lower() if rng.random() < 0.5 else text.upper() if len(text) < 40 else text
    return re.sub(r"([aeiou요])", lambda m: m.group(1) * rng.randint(2, 4), text, count=1)


def bank_lines(signal: str, lang: str, split: str | None, n: int = 2000, seed: int = 1, benign: bool = False) -> set[str]:
    """Distinct lines a bank can produce (for measuring its size)."""
    rng = random.Random(seed)
    gen = {"n4": "4821", "handle": "sky_h", "user": "target_x", "addr": "bc1qexample", "pin": "1234-5678", "bank": "국민 000000-00-000000"}
    return {fill(rng.choice(templates(signal, lang, split, benign)), rng, split, gen) for _ in range(n)}
