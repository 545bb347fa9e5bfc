"""Concept lexicons: the words (English lemmas, Korean lemmas/stems) that stand for a concept.

Detectors never match sentences; they ask which *concepts* a message contains (a request
verb, a material noun, a fee word, an audience for a threat ...) and combine concepts with
mood (request, past/done, conditional). New phrasings are caught as long as they are built
from words of the same concepts, which is how people actually vary a phrase.

English entries are lemmas after `english.normalise` (lowercase, leet/slang folded,
suffixes stripped). Korean entries are either Kiwi lemmas of verbs/adjectives ("올리다")
or noun stems matched inside the text with its spaces removed, so "입장 료", "입장료는"
and "입장료" are one thing.
"""

from __future__ import annotations

# ---------------------------------------------------------------- English concepts
EN: dict[str, set[str]] = {
    # Verbs that ask someone to hand over or show something.
    "req_verb": {
        "send", "show", "post", "upload", "drop", "share", "give", "gimme", "hook", "pass", "dm",
        "bring", "deliver", "leak", "release", "spill", "film", "record", "take",
        "get", "make", "produce", "unlock", "provide", "supply", "hand", "toss", "throw", "put", "fetch",
    },
    # Wanting/asking words that turn a sentence into a request without an imperative.
    "want": {"want", "need", "wanna", "gotta", "crave", "request", "demand", "beg", "waiting", "wait", "hungry", "starve", "thirsty", "desperate", "any", "anyone", "anybody", "where", "when"},
    "please": {"please", "pls", "plz", "pleas", "plese", "kindly", "asap", "now", "hurry", "quick", "already", "c'mon", "cmon", "come"},
    # Euphemisms for material and generic content nouns.
    "material": {
        "material", "content", "stuff", "thing", "something", "picture", "pic", "photo", "image", "img", "video",
        "vid", "clip", "file", "set", "batch", "collection", "pack", "folder", "archive", "album", "gallery",
        "sample", "goods", "merch", "footage", "recording", "shot", "snap", "upload", "update", "drop",
        "episode", "part", "vol", "volume", "series", "zip", "rar", "link", "mega", "gdrive", "drive", "cloud",
        "one", "ones", "product", "item", "release", "exclusive", "premium", "original", "uncut", "full", "raw", "leak",
    },
    # Qualifiers that mark incitement ("something good", "positive things", "more of her").
    "incite_qual": {
        "good", "positive", "nice", "better", "best", "hot", "spicy", "juicy", "fresh", "new", "newer", "more",
        "moar", "harder", "extra", "special", "real", "interesting", "wild", "crazy", "fun", "next", "another",
        "again", "exciting", "worth", "quality", "rare", "private", "secret", "daring",
    },
    # Verbs saying something was made available.
    "dist_verb": {
        "upload", "post", "drop", "share", "add", "release", "put", "leak", "dump", "publish", "pin", "forward",
        "attach", "deliver", "restock", "refresh", "update", "sync", "mirror", "reupload", "send", "push",
    },
    "dist_marker": {"here", "enjoy", "inside", "below", "attached", "download", "dl", "link", "pinned", "check", "grab", "available", "live", "out", "up", "ready"},
    # Money and paying.
    "fee": {"fee", "price", "cost", "entry", "entrance", "admission", "access", "membership", "subscription", "sub", "vip", "tier", "pass", "donation", "fare", "charge", "rate", "toll", "deposit", "payment"},
    "currency": {"btc", "bitcoin", "eth", "ether", "ethereum", "usdt", "tether", "xmr", "monero", "ltc", "sol", "trx", "ton", "usd", "dollar", "buck", "won", "krw", "eur", "euro", "gbp", "pound", "giftcard", "gift", "card", "voucher", "coin", "crypto", "sat", "sats", "paypal", "venmo", "cashapp", "$", "₩", "€", "£"},
    "pay_verb": {"pay", "send", "transfer", "wire", "deposit", "tip", "venmo", "cashapp", "zelle", "donate", "buy", "purchase", "subscribe", "settle", "fund", "top"},
    "destination": {"address", "wallet", "account", "acct", "iban", "bank", "addr", "qr", "handle", "cashtag"},
    "proof": {"txid", "tx", "hash", "transaction", "screenshot", "screen", "proof", "confirmation", "confirm", "confirmed", "verify", "verified", "check", "ref", "reference"},
    # Running the room.
    "rules": {"rule", "rules", "policy", "ban", "banned", "kick", "kicked", "warning", "warn", "forbidden", "prohibited", "allowed", "mandatory", "must", "required", "strictly", "admin", "admins", "staff", "mod", "mods", "moderator", "notice", "announcement", "leaker", "leaking", "removed", "remove", "mute", "muted", "verification", "verify"},
    "staff": {"admin", "admins", "staff", "mod", "mods", "moderator", "manager", "recruiter", "helper", "promote", "promoted", "appoint", "appointed", "team"},
    # Threats: leverage verb + audience.
    "leverage_verb": {"spread", "send", "post", "leak", "expose", "share", "publish", "forward", "show", "upload", "blast", "dox", "doxx", "release", "ruin", "tell"},
    "audience": {"parent", "parents", "mom", "mum", "mother", "dad", "father", "family", "school", "classmate", "classmates", "teacher", "friend", "friends", "boyfriend", "girlfriend", "boss", "work", "office", "coworker", "everyone", "everybody", "internet", "online", "church", "neighbor", "neighbour", "contacts", "follower", "followers", "relative", "relatives", "sister", "brother", "university", "college", "campus", "whole"},
    "condition": {"if", "unless", "otherwise", "else", "or", "until", "before", "tonight", "tomorrow", "hours", "minutes"},
    "coerce": {"obey", "comply", "order", "orders", "told", "say", "instruction", "instructions", "deadline", "must", "listen", "do", "dare", "refuse", "ignore", "block", "delete", "regret", "consequence", "consequences", "sorry"},
    # Personal details (exposure).
    "personal": {"school", "address", "phone", "number", "name", "realname", "lives", "live", "home", "apartment", "apt", "street", "class", "grade", "workplace", "works", "job", "instagram", "insta", "ig", "facebook", "fb", "kakao", "id", "dob", "birthday", "age", "hometown", "neighborhood", "dorm", "student", "major", "face", "selfie", "location"},
    "reveal": {"here", "is", "this", "her", "his", "their", "found", "doxx", "dox", "info", "details", "profile", "everything", "know", "real"},
    # Victim's own words.
    # Someone as the object of a request ("more from the same girl").
    "person_obj": {"girl", "girls", "her", "she", "woman", "women", "student", "lady", "chick", "him", "boy", "same", "model"},
    # Going to the police or telling anyone: the classic silencing threat.
    "police": {"police", "cop", "cops", "report", "tell", "anyone", "lawyer", "authorities"},
    # Asking what access costs or where to pay.
    "price_q": {"how", "much", "where", "what", "which", "price", "cost"},
    # Letting paying people in.
    "admit": {"invite", "invited", "add", "added", "admit", "admitted", "welcome", "granted", "access", "approve", "approved", "link"},
    "plea": {"please", "stop", "delete", "remove", "dont", "don't", "beg", "sorry", "scared", "afraid", "help", "promise", "whatever", "enough", "cry", "crying", "why", "leave", "alone", "mercy"},
}

# Multi-word English cues folded into single concept tokens before lookup.
EN_PHRASES: dict[str, str] = {
    "something good": "sth_good",
    "something nice": "sth_good",
    "something better": "sth_good",
    "something special": "sth_good",
    "something new": "sth_good",
    "something spicy": "sth_good",
    "good stuff": "sth_good",
    "good ones": "sth_good",
    "good one": "sth_good",
    "positive things": "sth_good",
    "positive thing": "sth_good",
    "positive stuff": "sth_good",
    "new ones": "sth_good",
    "new content": "sth_good",
    "more of her": "more_of_person",
    "more of him": "more_of_person",
    "more of them": "more_of_person",
    "of that girl": "more_of_person",
    "of the girl": "more_of_person",
    "let us see": "show",
    "lets see": "show",
    "let's see": "show",
    "hook us up": "give",
    "hook me up": "give",
    "entry fee": "fee",
    "real name": "realname",
    "phone number": "phone",
    "or else": "else",
    "do what i say": "coerce_cmd",
    "do as i say": "coerce_cmd",
    "do as you're told": "coerce_cmd",
    "do as you are told": "coerce_cmd",
    "do as told": "coerce_cmd",
    "you know what happens": "coerce_cmd",
    "you have until": "coerce_cmd",
    "i'll do it": "plea_comply",
    "i will do it": "plea_comply",
    "i'll do anything": "plea_comply",
    "i will do anything": "plea_comply",
    "i'll do whatever": "plea_comply",
    "leave me alone": "plea_comply",
    "please don't": "plea_comply",
    "please dont": "plea_comply",
    "pls dont": "plea_comply",
    "plz dont": "plea_comply",
    "please stop": "plea_comply",
    "please delete": "plea_comply",
}

# Slang, abbreviations and common misspellings → canonical word (before lemmatisation).
EN_SLANG: dict[str, str] = {
    "u": "you", "ur": "your", "ya": "you", "yall": "you", "y'all": "you", "pls": "please", "plz": "please",
    "plox": "please", "pleeease": "please", "pleez": "please", "gimme": "give", "lemme": "let", "gib": "give",
    "vids": "video", "vid": "video", "vidz": "video", "pix": "picture", "pics": "picture", "pic": "picture",
    "picz": "picture", "fotos": "photo", "foto": "photo", "sth": "something", "smth": "something", "somethin": "something",
    "sumthin": "something", "summat": "something", "gud": "good", "gd": "good", "moar": "more", "mor": "more",
    "dat": "that", "da": "the", "tha": "the", "thx": "thanks", "ty": "thanks", "rn": "now", "asap": "now",
    "dl": "download", "upl": "upload", "uploded": "uploaded", "uplaoded": "uploaded", "uploadd": "uploaded",
    "snd": "send", "sendd": "send", "sned": "send", "shw": "show", "shwo": "show", "payed": "paid", "pd": "paid",
    "addy": "address", "adress": "address", "adres": "address", "walet": "wallet", "wallt": "wallet",
    "paretns": "parents", "parnets": "parents", "skool": "school", "scool": "school", "schol": "school",
    "ppl": "people", "evry1": "everyone", "every1": "everyone", "every1's": "everyone", "ppl's": "people",
    "wanna": "want", "gonna": "going", "gotta": "must", "kinda": "kind", "dont": "don't", "wont": "won't",
    "im": "i'm", "ill": "i'll", "id": "i'd", "ive": "i've", "cuz": "because", "coz": "because", "bc": "because",
    "mins": "minutes", "hrs": "hours", "tmrw": "tomorrow", "tmr": "tomorrow", "2nite": "tonight", "2day": "today",
    "nxt": "next", "nw": "new", "neww": "new", "fresh": "fresh", "bitcoins": "btc", "sats": "sat", "usdt": "usdt",
    "fam": "family", "gf": "girlfriend", "bf": "boyfriend", "mom": "mom", "mommy": "mom", "daddy": "dad",
}

# Irregular past forms → (lemma, past) so "sent"/"paid" are recognised as done.
EN_IRREGULAR_PAST: dict[str, str] = {
    "sent": "send", "paid": "pay", "gave": "give", "given": "give", "put": "put", "shot": "shoot", "took": "take",
    "taken": "take", "made": "make", "got": "get", "brought": "bring", "threw": "throw", "thrown": "throw",
    "dropped": "drop", "shared": "share", "posted": "post", "uploaded": "upload", "added": "add",
    "released": "release", "leaked": "leak", "dumped": "dump", "wired": "wire", "transferred": "transfer",
    "deposited": "deposit", "forwarded": "forward", "attached": "attach", "pinned": "pin", "restocked": "restock",
    "updated": "update", "done": "do", "did": "do", "bought": "buy", "purchased": "purchase", "tipped": "tip",
    "donated": "donate", "settled": "settle", "funded": "fund", "published": "publish", "reuploaded": "reupload",
    "mirrored": "mirror", "refreshed": "refresh", "synced": "sync", "pushed": "push", "delivered": "deliver",
    "subscribed": "subscribe",
}

# Words that mark a sentence as reporting something done (past/perfect) in English.
EN_DONE_MARKERS = {"just", "already", "finally", "have", "has", "been", "is", "are", "now", "today", "tonight", "done", "complete", "completed"}

# ---------------------------------------------------------------- Korean concepts
# Verb/adjective lemmas as Kiwi returns them.
KO_VERBS: dict[str, set[str]] = {
    "req_verb": {"보내다", "올리다", "보이다", "보여주다", "풀다", "주다", "찍다", "공유하다", "뿌리다", "넘기다", "가져오다", "까다", "내놓다", "털다", "구하다", "팔다", "해주다"},
    "dist_verb": {"올리다", "풀다", "공유하다", "뿌리다", "넘기다", "까다", "추가하다", "업로드하다", "업데이트하다", "배포하다", "고정하다", "보내다"},
    "pay_verb": {"보내다", "입금하다", "송금하다", "결제하다", "이체하다", "쏘다", "내다", "넣다", "충전하다", "후원하다", "구매하다", "사다", "지불하다"},
    "leverage_verb": {"뿌리다", "퍼뜨리다", "퍼트리다", "유포하다", "보내다", "올리다", "공개하다", "까다", "알리다", "박제하다", "터뜨리다", "터트리다", "뿌려지다", "풀다", "넘기다"},
    "coerce_verb": {"시키다", "하다", "찍다", "따르다", "듣다", "보내다", "하라다"},
    "plea_verb": {"지우다", "삭제하다", "그만하다", "살리다", "봐주다", "멈추다", "용서하다", "하다"},
}

# Noun stems, matched as substrings of the de-spaced text (robust to spacing and particles).
KO_NOUNS: dict[str, set[str]] = {
    "material": {"자료", "영상", "사진", "동영상", "짤", "파일", "링크", "원본", "풀버전", "풀영상", "풀버", "후속", "신작", "작품", "컨텐츠", "콘텐츠", "셋트", "세트", "묶음", "모음", "폴더", "압축", "떡밥", "물건", "팩", "신상품", "시리즈", "편", "분량", "업뎃분", "새거", "풀린거", "것들"},
    "sth_good": {"좋은거", "좋은것", "좋은걸", "좋은게", "쩌는거", "괜찮은거", "긍정적인것", "긍정적인거", "새로운거", "새거", "신박한거", "좋은자료", "좋은영상", "좋은사진", "쎈거", "센거", "쎈걸", "센걸", "좋은걸로", "쎈걸로", "더쎈거", "더센거", "새로운걸", "화끈한거", "더쎈", "더센"},
    "incite_qual": {"더", "많이", "새", "좋은", "계속", "빨리", "얼른", "어서", "다음", "추가", "또", "쎈", "센", "제대로"},
    "dist_marker": {"업로드", "업뎃", "업데이트", "올림", "올렸", "풀었", "풀림", "완료", "투척", "드롭", "방출", "고정", "공지확인", "다운", "배포", "추가완료", "신규", "새자료", "링크", "입갤", "감상"},
    "fee": {"입장료", "가입비", "참가비", "입장비", "회비", "이용료", "구독료", "가격", "비용", "요금", "금액", "입장", "등급", "방값", "패스", "멤버십", "vip", "후원금"},
    "currency": {"만원", "천원", "btc", "비트코인", "코인", "이더", "eth", "usdt", "테더", "모네로", "xmr", "문상", "문화상품권", "기프티콘", "상품권", "컬쳐랜드", "해피머니", "달러"},
    "destination": {"계좌", "지갑", "주소", "은행", "국민", "신한", "우리은행", "농협", "카뱅", "토스", "카카오뱅크", "예금주", "큐알", "qr"},
    "proof": {"인증", "영수증", "캡처", "캡쳐", "스샷", "txid", "확인부탁", "확인해주", "입금확인", "송금완료", "입금완료", "결제완료", "이체완료", "보냈습니다", "입금했", "송금했", "결제했", "이체했"},
    "pay_noun": {"입금", "송금", "결제", "이체", "충전", "후원", "구매"},
    "rules": {"공지", "규칙", "룰", "금지", "강퇴", "경고", "필독", "주의사항", "유출", "관리자", "운영진", "스탭", "스태프", "방장", "부방", "인증방", "검증", "추방", "벤", "밴"},
    "staff": {"관리자", "운영진", "스탭", "스태프", "부방장", "부방", "매니저", "임명", "직원", "홍보담당"},
    "audience": {"부모", "엄마", "아빠", "어머니", "아버지", "가족", "학교", "반친구", "친구", "선생", "담임", "회사", "직장", "지인", "인스타", "페북", "페이스북", "카톡", "단톡", "동네", "인터넷", "커뮤", "일베", "전부", "다른방", "남친", "여친", "형제", "누나", "오빠", "언니", "동생", "주변", "사람들", "과동기", "동기"},
    "condition": {"안하면", "안하면은", "안보내면", "말하면", "신고하면", "버티면", "거절하면", "나가면", "도망가면", "않으면", "안그러면", "안그럼", "말안들으면", "거부하면", "까지", "오늘안", "내일까지", "시간안", "그렇지않으면", "싫으면", "안보내면", "차단하면", "연락안", "무시하면"},
    "coerce": {"시키는대로", "하라는대로", "말대로", "명령", "지시", "복종", "노예", "하라면해", "하라고", "기한", "마감", "각오", "후회", "책임져", "알아서해"},
    "threat_word": {"유포", "박제", "신상", "뿌린다", "뿌릴", "퍼뜨", "퍼트", "공개한다", "공개할", "터뜨", "터트", "다보낸다", "보내버", "까발", "올려버", "뿌려버"},
    "personal": {"학교", "주소", "전화번호", "폰번", "번호", "실명", "이름", "사는곳", "집주소", "아파트", "동호수", "학년", "반", "직장", "회사", "인스타", "카톡아이디", "아이디", "생년월일", "나이", "사는데", "다니는", "얼굴", "신상", "학번", "과", "전공", "기숙사"},
    "reveal": {"이년", "얘", "이새끼", "이사람", "이분", "걔", "이애", "쟤", "여기", "정보", "신상", "털었", "털림", "찾았", "알아냈"},
    "request_noun": {"부탁", "요청", "원해", "원합니다", "주실분", "가능할까", "가능한가", "없나요", "없어요", "없냐", "있나요", "언제", "좀요", "좀만", "좀더"},
    "more_q": {"더없", "더있", "또없", "뭐없", "새거없", "더없나", "다음거", "다음편", "후속없", "언제풀", "언제올"},
    "police": {"경찰", "신고", "고소", "부모님한테말", "선생님한테말", "누구한테말", "말하면", "알리면"},
    "price_q": {"얼마", "어디로", "어떻게", "가격", "방법"},
    "admit": {"초대", "입장시켜", "입장가능", "승인", "추가해", "들여보내", "링크드림", "링크보내"},
    "plea": {"제발", "지워", "삭제해", "그만", "살려", "봐주", "용서", "하라는대로할게", "시키는대로할게", "할게요", "할께요", "무서워", "무섭", "울고", "죄송", "잘못했", "퍼뜨리지마", "뿌리지마", "보내지마", "올리지마", "부탁드려요", "부탁이에요"},
}

# Korean sentence endings (Kiwi EF/EC forms) that make a request/command.
KO_REQUEST_ENDINGS = {"세요", "으세요", "어라", "아라", "라", "으라", "어", "아", "셈", "줘", "주셈", "주세요", "쇼", "소", "자", "십시오", "으십시오", "어요", "아요", "거라", "렴", "으렴", "게"}
KO_PAST_MORPHS = {"었", "았", "였", "ᆻ"}

# Prohibition markers for rule announcements.
KO_PROHIBIT = {"금지", "말것", "마세요", "하지마", "안됩니다", "불가", "강퇴", "추방", "밴", "경고", "필수", "반드시", "엄수"}
EN_PROHIBIT = {"no", "not", "never", "don't", "must", "banned", "ban", "kick", "kicked", "forbidden", "prohibited", "only", "mandatory", "required", "strictly"}

# Everyday purposes that give the same words an innocent object: a trip's photos, a
# tournament's entry fee, a class trip, a trade. A request/offer/price whose object is one
# of these is read as benign (signals.py), and rooms full of them are benign (context.py).
EN_BENIGN_TOPIC = {
    "trip", "travel", "vacation", "holiday", "beach", "mountain", "hike", "hiking", "sunset", "sunrise", "landscape",
    "exhibition", "gallery", "film", "scan", "camera", "lens", "photography", "photographer", "shoot", "portrait", "print", "contest",
    "tournament", "raid", "match", "game", "gaming", "patch", "server", "clan", "guild", "league", "esport", "stream", "highlight", "loot",
    "school", "class", "homework", "teacher", "field", "picnic", "lunch", "uniform", "pta", "meeting", "recital", "graduation",
    "chart", "candle", "alpha", "leverage", "pump", "dump", "gas", "staking", "airdrop", "exchange", "portfolio", "hodl", "market", "dip", "ath", "bull", "bear",
    "recipe", "dinner", "birthday", "wedding", "concert", "ticket", "movie", "book", "club", "study", "exam", "project", "deadline", "report", "office", "invoice", "receipt",
}
KO_BENIGN_TOPIC = {
    "여행", "출사", "풍경", "노을", "전시", "필름", "카메라", "렌즈", "사진전", "공모전", "한강", "바다", "등산", "캠핑",
    "토너먼트", "레이드", "게임", "패치", "서버", "클랜", "길드", "경기", "랭크", "대회", "시즌",
    "소풍", "학부모", "준비물", "숙제", "선생님", "담임", "급식", "운동회", "체험학습", "졸업", "입학", "아이들", "애들사진", "방과후",
    "차트", "시세", "단타", "롱", "숏", "레버리지", "펌핑", "떡상", "떡락", "물림", "익절", "손절", "거래소", "에어드랍", "스테이킹", "존버",
    "회식", "생일", "결혼", "모임", "동호회", "스터디", "시험", "과제", "맛집", "레시피",
}
