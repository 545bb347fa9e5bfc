"""Potential victims as people: anyone threatened, coerced or exposed — a participant, or
someone only @mentioned or named — one deduplicated record each. Never suspects.

In a room judged criminal: the coercive exchanges found there (triage/coercion.py: threats
directed at one person that hold together, with the pleas answering them), and per message a
*harm* reading (coercion.message_harm) read for the people it names, and exposure when a phone
number is posted about someone.

Who is harmed (the message's targets):
  - @mentions, and `mention_name` entities (the platform's own link from a name to an account);
  - names: display names known in the case, and Korean full names (surname + given name, as
    Kiwi reads them) written as the subject of the message; in case talk (targets.py) also
    given names written as a case ("윤서 건"), as the owner of material or of a detail ("수아
    엄마 번호"), initials ("ㅎㅇ 건"), numbers the ring calls people by ("6번 잠수": tied to a
    person by a line that writes both, _tie_codenames), and names a mention_name entity links
    to an account;
  - the author of the message replied to (larger rooms only);
  - the target of a coercive exchange: in a two-person chat the party other than the one who
    threatens. Who threatens is read from the messages (harm by each speaker against pleas by
    each), not from who wrote first; the threatened party's own lines are never evidence
    against them.
A target becomes a victim when its harm readings combine (noisy-OR) to >= VICTIM_MIN.

Identifiers of one person are merged: a mention resolves to the account with that username,
a name to the only account with that display name, a mention_name entity ties its name to its
account id, a one-to-one chat's title to the other party, the name a threatening party calls
the other by in a two-person chat to that party; a full name to its given name alone, and a
name to a handle that spells it (victim_names.py; also a handle written in passing, for a
person already found), initials to the name they abbreviate, each only when unique both ways.
A member pressed by another member of a larger room who acts as a member there is a
co-offender, not a victim. Labels are stable: `V` + six digits
derived from the record's first identifier (account key, else mention, else name).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from roomsift.analysis.triage import targets, victim_names
from roomsift.analysis.triage.coercion import message_harm, message_plea
from roomsift.analysis.triage.context import RoomContext, back_room_staff, distinct_texts, is_one_to_one
from roomsift.analysis.triage.data import Chat, Corpus, Msg
from roomsift.analysis.triage.evidence import ChatFacts, Evidence, shared_media
from roomsift.analysis.triage.weights import ROLE_WEIGHTS
from roomsift.case import schema

PHONE_EXPOSURE = 0.6  # a phone number posted about a named or mentioned person
VICTIM_MIN = 0.5
MESSAGE_MIN = 0.1  # below this a message is no evidence of harm at all
EXCHANGE_SIGNALS = ("threat_to_party", "coercive_exchange", "victim_plea")
TARGET_MIN = 0.25  # a message read for its targets (mentions, names) in a group room
SMALL_CHAT = 2  # speakers; in chats this small the other party of a threat is its target (a staff room of three talks about others)
SURNAMES = set("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부")
# Time words that start with a surname's syllable (이번주, 지난달, 다음주, 오늘밤): never a name.
_TIME_WORD = re.compile(r"(?:이번|지난|저번|다음|요즘|오늘|어제|내일|예전|옛날|처음|마지막)")
_FULL_NAME = re.compile(r"(?<![가-힣])([가-힣]{3})(?=$|\s|[은는이가을를의에도님씨,.:])")


@dataclass
class VictimRecord:
    label: str = ""
    accounts: set[int] = field(default_factory=set)  # case account ids
    keys: set[str] = field(default_factory=set)  # account keys, incl. ones known only from an entity
    mentions: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)  # numbers a ring calls them by ("3번"), tied to one of the above
    cited: list[tuple[Evidence, float]] = field(default_factory=list)
    # Every cited message is in a room not judged criminal (a person threatened one-to-one, in a
    # chat that shows no crime by t-rooms' rule): a protection record that names no suspect.
    protection_only: bool = False

    @property
    def strength(self) -> float:
        p = 1.0
        for _, w in self.cited:
            p *= 1.0 - w
        return round(1.0 - p, 3)

    @property
    def who(self) -> int | None:  # the first case account, for callers that want one
        return min(self.accounts) if self.accounts else None

    @property
    def mention(self) -> str | None:
        return min(self.mentions) if self.mentions else None


class _Union:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _name_index(corpus: Corpus) -> dict[str, set[int]]:
    """Display names worth matching in text: two characters or more, not just jamo/symbols."""
    out = {}
    for name, accs in corpus.display_to_accounts.items():
        n = name.strip()
        if len(n) >= 2 and re.search(r"[가-힣]{2}|[A-Za-z]{3}", n) and n.lower() not in ("deleted account",):
            out[n] = accs - corpus.channel_accounts
    return out


def _noun_tags(token: str, cache: dict[str, frozenset]) -> frozenset:
    """The part-of-speech tags Kiwi gives a token that it reads as nouns only, whole (a name
    it knows, or an unknown word); empty when any part is a verb, an ending or a particle."""
    if token not in cache:
        from roomsift.analysis.language import korean

        toks = korean.kiwi().tokenize(token)
        whole = bool(toks) and sum(len(t.form) for t in toks) == len(token)
        tags = frozenset(t.tag for t in toks)
        cache[token] = tags if whole and tags <= {"NNP", "NNG"} else frozenset()
    return cache[token]


def _is_full_name(token: str, cache: dict[str, frozenset]) -> bool:
    """A word starting with a surname that Kiwi reads as nouns only."""
    return token[0] in SURNAMES and bool(_noun_tags(token, cache))


def _is_proper_name(token: str, cache: dict[str, frozenset]) -> bool:
    """A full name Kiwi reads as proper nouns only (김태현, 김+예린)."""
    return _noun_tags(token, cache) == {"NNP"}


_CASE_OF = re.compile(r"(?<![가-힣])([가-힣]{2,3})\s?건(?:은|이|도|으로|은요|이요)?(?![가-힣])")


def _given_name(token: str, cache: dict[str, frozenset]) -> bool:
    """A given name alone: Kiwi reads it as a proper noun, bare or addressed ("하은씨")."""
    return (_is_proper_name(token, cache) or (_called_by_name(token, cache) and not _common_noun(token))) and not _loanword(token)


def _case_names(text: str, noun_cache: dict[str, frozenset]) -> set[str]:
    """Given names written as a case: "윤서 건 2탄", "서연이 건은 끝" — a word right before 건
    (the case) that Kiwi reads as a proper noun only; a hypocoristic 이 is dropped. Common
    nouns before 건 (입금 건, 통화 건, 회사원 건) are what is traded or handled, not a person."""
    found = set()
    for m in _CASE_OF.finditer(text):
        tok = m.group(1)
        if len(tok) == 3 and tok.endswith("이") and _given_name(tok[:-1], noun_cache):
            tok = tok[:-1]
        if _TIME_WORD.match(tok):
            continue
        if _given_name(tok, noun_cache) if len(tok) == 2 else _is_person_name(tok, noun_cache):
            found.add(tok)
    return found


# A given name as the owner of material: "서진이꺼", "다은이 거는", "윤서 새 영상", "하린이 미션".
_MATERIAL_OF = re.compile(r"(?<![가-힣])([가-힣]{2})(이)?(?:\s?새)?\s?(?:(꺼|거|것)(?=[은는도만랑$\s?.!,]|$)|"
                          r"(?:영상|동영상|사진|풀버전|원본|정리본|모음|자료|미션)(?![가-힣]{2}))")


def _final_consonant(ch: str) -> bool:
    return 0xAC00 <= ord(ch) <= 0xD7A3 and (ord(ch) - 0xAC00) % 28 != 0


def _material_names(text: str, noun_cache: dict[str, frozenset], known: frozenset[str] = frozenset()) -> set[str]:
    """Given names written as the owner of material. A name Kiwi reads as a proper noun, bare
    or addressed, or one already known as a person (a full name's given name, a display name:
    `known`) — or, whatever Kiwi makes of the word, a name in the hypocoristic possessive
    ("서진이꺼": the 이 a Korean given name ending in a consonant takes, then "one's"), which
    a common noun does not take (one writes "사진 거", never "사진이꺼")."""
    found = set()
    for m in _MATERIAL_OF.finditer(text):
        tok, hypo, own = m.group(1), m.group(2), m.group(3)
        if _loanword(tok) or _verbal(tok) or _TIME_WORD.match(tok):
            continue
        if hypo and not _final_consonant(tok[-1]):
            continue  # 이 after an open syllable is not the hypocoristic suffix
        if tok in known or _given_name(tok, noun_cache) and not _common_noun(tok) or (hypo and own):
            found.add(tok)
    return found


# A given name as the owner of what gives a ring its hold: "수아 엄마 번호", "서진이네 집",
# "하린 학교", "윤서 인스타" — the name, a hypocoristic 이, 의 or 네, then a relation or a detail
# of a person (not an address or an account: "이더 주소" is a wallet).
_OWNER_OF = re.compile(r"(?<![가-힣])([가-힣]{2})(이)?(?:의|네)?\s?(?:엄마|아빠|부모|학교|집|폰|번호|인스타|"
                       r"친구|동생|언니|오빠|누나|남친|여친|담임|얼굴|신상)(?![가-힣]{2})")


def _owner_names(text: str, noun_cache: dict[str, frozenset], known: frozenset[str] = frozenset()) -> set[str]:
    """Given names written as the owner of a relation or a detail ("수아 엄마 번호 있음"): a
    name already known as a person, or one Kiwi reads as a proper noun (bare or addressed) that
    is not a common noun, a verb, a loanword or a time word ("우리 엄마", "자기 폰" stay out)."""
    found = set()
    for m in _OWNER_OF.finditer(text):
        tok, hypo = m.group(1), m.group(2)
        if hypo and not _final_consonant(tok[-1]):
            continue
        if _loanword(tok) or _verbal(tok) or _TIME_WORD.match(tok):
            continue
        if tok in known or (_given_name(tok, noun_cache) and not _common_noun(tok)):
            found.add(tok)
    return found


def _loanword(token: str) -> bool:
    """A syllable with the vowel ㅡ and no final consonant (스, 브, 트, 그 …) is how Korean
    writes a foreign consonant (인스타, 유튜브, 스토리); Korean given names do not use it."""
    return any(0xAC00 <= ord(ch) <= 0xD7A3 and (ord(ch) - 0xAC00) % 28 == 0 and (ord(ch) - 0xAC00) // 28 % 21 == 18
               for ch in token)


def _called_by_name(token: str, cache: dict[str, frozenset]) -> bool:
    """Kiwi reads the word as one proper noun when it is addressed as a person ("X씨"). Bare,
    Kiwi reads some given names as verbs or common nouns (하은 → 하+은, 채은 → 채+은, 정서아 →
    one common noun); with the honorific its model reads them as names, and still reads common
    nouns (지하철씨, 회사원씨, 엄마씨) as common nouns. Loanwords are left out (인스타씨)."""
    key = token + "\0씨"
    if key not in cache:
        from roomsift.analysis.language import korean

        toks = korean.kiwi().tokenize(token + "씨")
        ok = bool(toks) and toks[0].form == token and toks[0].tag == "NNP" and not _loanword(token)
        cache[key] = frozenset({"NNP"}) if ok else frozenset()
    return bool(cache[key])


@functools.lru_cache(maxsize=65536)
def _bare_reading(token: str) -> tuple[tuple[str, str], ...]:
    """Kiwi's (form, tag) reading of a candidate name written bare, once per word: the name
    tests below all look at it, and a room repeats the same names in many lines."""
    from roomsift.analysis.language import korean

    return tuple((t.form, t.tag) for t in korean.kiwi().tokenize(token))


def _common_noun(token: str) -> bool:
    """Kiwi reads the word, bare, as one common noun it knows (정글, 단톡, 가온)."""
    toks = _bare_reading(token)
    return len(toks) == 1 and toks[0] == (token, "NNG")


_VERBAL = ("V", "E", "XSV", "XSA")  # verbs, adjectives, endings: "정해요" is 정하+어요, not a name


def _verbal(token: str) -> bool:
    return any(tag.startswith(_VERBAL) for _, tag in _bare_reading(token))


def _is_person_name(token: str, cache: dict[str, frozenset]) -> bool:
    """A proper name: Kiwi reads it as proper nouns only, or it is a surname and a given name
    that Kiwi reads as a proper noun (이+윤서, 최+민혁: Kiwi reads some whole names as common
    nouns, but rarely a common noun's tail as a given name — 지원서 → 원서, 고정글 → 정글), or a
    surname and two syllables that Kiwi reads as a name when addressed (박하은씨, 정서아씨)."""
    if _is_proper_name(token, cache) and not _loanword(token):
        return True
    full = len(token) == 3 and token[0] in SURNAMES
    # Addressed as a name, and its given-name part is not a common noun (고+정글, 최+종본).
    return full and (_is_proper_name(token[1:], cache) or _surname_read(token)
                     or (_called_by_name(token, cache) and not _common_noun(token[1:]) and not _verbal(token)
                         and not _compound(token)))


def _compound(token: str) -> bool:
    """Kiwi reads the word as a known noun of two syllables or more and a tail (임시+방, 사원+증)."""
    toks = _bare_reading(token)
    return len(toks) >= 2 and toks[0][1].startswith("NN") and len(toks[0][0]) >= 2


def _surname_read(token: str) -> bool:
    """Kiwi itself reads the first syllable as a proper noun (a surname) and the rest as nouns
    (오+서진, 김+가온, 김+부장): a person, whatever it makes of the given name."""
    toks = _bare_reading(token)
    return (len(toks) >= 2 and toks[0] == (token[0], "NNP")
            and all(tag in ("NNG", "NNP") for _, tag in toks[1:]) and sum(len(form) for form, _ in toks) == len(token))


# Initials written for a person whose material or case is at stake ("ㅎㅇ 건 2탄", "ㄱㅈㅇ 후속",
# "ㅈㅅㅇ 1탄"): two or three initial consonants before a case or material word. Laughter and
# the commonest chat abbreviations are not initials — unless written as a case ("ㅎㅇ 건": a
# greeting is never a case, while "ㅎㅇ 풀버전은 VIP만임?" greets).
_INITIALS = re.compile(r"(?<![\u3131-\u314e가-힣A-Za-z0-9])([\u3131-\u314e]{2,3})\s?(?:(건)|이\s?(?:꺼|거)(?![가-힣])|(?:꺼|거)(?![가-힣])|"
                       r"[0-9]탄|후속|풀버전|원본|영상|사진|정리본)")
_CHAT_ABBREV = frozenset({"ㅇㅋ", "ㄱㄱ", "ㄴㄴ", "ㅈㅅ", "ㄳ", "ㄱㅅ", "ㅊㅋ", "ㅂㅂ", "ㅅㄱ", "ㅎㅇ", "ㅅㅂ", "ㅁㅊ", "ㄹㅇ", "ㅇㅈ", "ㄱㄷ", "ㅈㄹ", "ㅂㅅ"})


def _initials(text: str) -> set[str]:
    if not text or not re.search(r"[\u3131-\u314e]{2}", text):
        return set()
    out = set()
    for m in _INITIALS.finditer(text):
        tok = m.group(1)
        if len(set(tok)) == 1:
            continue  # ㅋㅋ, ㅎㅎ, ㅇㅇ, ㄷㄷ
        if tok in _CHAT_ABBREV and not m.group(2):
            continue
        out.add(tok)
    return out


def _initials_only(name: str) -> bool:
    return bool(re.fullmatch(r"[\u3131-\u314e]+", name))


_CHOSUNG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def initials_of(name: str) -> str:
    """The initial consonants of a Hangul name: 해온 → ㅎㅇ, 김지영 → ㄱㅈㅇ."""
    return "".join(_CHOSUNG[(ord(ch) - 0xAC00) // 588] for ch in name if 0xAC00 <= ord(ch) <= 0xD7A3)


# A number a ring calls a person by ("3번 후속", "5번은 안 줌", "7번이 뭐에요"): digits and 번
# with at most a particle after it — not a count ("3번째", "10번이나", "2번씩") nor part of a
# longer token (an account number, a time).
_CODE = re.compile(r"(?<![0-9A-Za-z가-힣.,:/\-])(\d{1,3})\s?번"
                   r"(?!\s?(?:출구|버스|마을버스|방|칸|줄|라인|테이블|자리|문제|문항|계좌|트랙|채널|홀|게이트|타자|국도|항목|선(?![가-힣])))(?=$|[\s.,!?~)]|(?:은|는|이|이가|이랑|을|의|도|으로|로|한테|꺼|거|애|이는|이도|이요|이에요|이라고)(?![가-힣]))")


def _codenames(text: str) -> set[str]:
    return {m.group(1) + "번" for m in _CODE.finditer(text)} if text and "번" in text else set()


# Particles and quoting endings after a name ("하은이라고 쓴거", "수아한테", "지민이가"): stripped
# to compare the word with names already known as people.
_PARTICLE = re.compile(r"(?:이라고|라고|이라는|라는|이한테|한테|이가|이는|이도|이랑|이를|이의|이꺼|이|가|는|은|도|랑|을|를|의|꺼|님|씨)$")


def _known_words(text: str, known: set[str]) -> set[str]:
    """Names from `known` written in the line as words, bare or with a particle."""
    out = set()
    for m in re.finditer(r"[가-힣]{2,5}", text):
        word = m.group(0)
        if word in known:
            out.add(word)
            continue
        stem = _PARTICLE.sub("", word)
        if stem != word and stem in known:
            out.add(stem)
    return out


# A name called out: "윤서님", "민혁아", "준영 씨", "박준영 선생님" (a title ending in 님).
_VOCATIVE = re.compile(r"(?<![가-힣])([가-힣]{2,3})(?:님|아|야|\s?씨|\s[가-힣]{1,3}님)(?![가-힣])")


def _called(chat: Chat, speaker: int, noun_cache: dict[str, frozenset]) -> set[str]:
    """Names a speaker calls the other party by in a two-person chat ("윤서님", "민혁아")."""
    out = set()
    for msg in chat.messages:
        if msg.account_id == speaker and msg.text:
            out |= {m.group(1) for m in _VOCATIVE.finditer(msg.text) if _is_person_name(m.group(1), noun_cache)}
    return out


_PERSON_NEXT = re.compile(r"\s*(?:씨|님|쌤|얘|걔|이라는|라는)(?![가-힣])")


def _names_in(text: str, names: dict[str, set[int]], noun_cache: dict[str, frozenset]) -> set[str]:
    found, blocked = set(), set()
    for m in re.finditer(r"[가-힣A-Za-z][가-힣A-Za-z0-9_]*", text):
        tok = m.group(0)
        for cand in (tok, tok[:-1] if len(tok) > 2 else ""):  # a trailing particle (하늘은, 서윤이)
            if cand in names:
                # A display name that is an everyday word (지하철, 엄마, 노을: Kiwi reads "X씨" as a
                # common noun) names its account only when written as a person: "지하철님",
                # "노을 씨", "엄마 걔" — not "지하철 3건" (a series) or "엄마한테" (a mother).
                if re.fullmatch(r"[가-힣]+", cand) and not _called_by_name(cand, noun_cache):
                    if tok[len(cand):] not in ("님", "씨", "쌤") and not _PERSON_NEXT.match(text, m.end()):
                        blocked.add(cand)
                        break
                found.add(cand)
                break
    for m in _FULL_NAME.finditer(text):
        tok = m.group(1)
        if _is_full_name(tok, noun_cache) and tok not in blocked and not _loanword(tok) and not _TIME_WORD.match(tok):
            found.add(tok)
    return found


def _entities(conn: Connection, ids: list[int]) -> dict[int, list[tuple[str, int]]]:
    """mention_name entities (name, platform user id) of these messages."""
    out: dict[int, list] = {}
    m = schema.messages.c
    for i in range(0, len(ids), 500):
        for mid, ents in conn.execute(select(m.id, m.entities).where(m.id.in_(ids[i:i + 500]))):
            for e in ents or ():
                if isinstance(e, dict) and e.get("type") == "mention_name" and e.get("user_id") is not None:
                    out.setdefault(mid, []).append((str(e.get("text") or "").strip(), e["user_id"]))
    return out


def _linked_names(conn: Connection | None, corpus: Corpus) -> dict[str, set[str]]:
    """Every name the platform links to an account anywhere in the case (mention_name
    entities: "박하은 강퇴함" with her user id) → the account keys. Such a name is a person's
    name wherever it is written again, whatever Kiwi makes of it."""
    out: dict[str, set[str]] = defaultdict(set)
    if conn is None:
        return out
    m = schema.messages.c
    for chat_id, ents in conn.execute(select(m.chat_id, m.entities).where(m.entities.is_not(None))):
        chat = corpus.chats.get(chat_id)
        for e in ents or ():
            if isinstance(e, dict) and e.get("type") == "mention_name" and e.get("user_id") is not None and chat is not None:
                name = str(e.get("text") or "").strip()
                if len(name) >= 2:
                    out[name].add(_entity_key(chat, e["user_id"]))
    return out


@functools.lru_cache(maxsize=65536)
def _given_as_contact(text: str) -> frozenset[str]:
    """Handles the author gives as their own contact ("DM은 @x 로 주세요", "my handle is @x"):
    the author's, or their desk's — someone to write to, not someone written about."""
    from roomsift.analysis.identity import statements

    declared, _, _ = statements.read(text)
    return frozenset("@" + h.lower().lstrip("@") for h in list(declared) + statements.contacts(text))


# A handle given as where to write, report or ask ("알림 오면 @x 로 알려주세요", "@x 한테 문의",
# "캡처는 @x 로"): an address, not a person written about.
_HANDED = re.compile(r"(@[A-Za-z0-9_]{3,})\s*(?:(?:\)|로|으로)\s*(?:[가-힣 ]{0,8})?(?:알려|연락|문의|dm|DM|디엠|보내|주세요|줘|돌림|돌려)|"
                     r"(?:한테|에게|께)\s*(?:문의|연락\s?주|dm|DM|디엠))")


@functools.lru_cache(maxsize=65536)
def _handed_contacts(text: str) -> frozenset[str]:
    return frozenset(m.group(1).lower() for m in _HANDED.finditer(text))


def back_rooms(contexts: dict[int, RoomContext], facts: dict[int, ChatFacts]) -> set[int]:
    """Criminal group rooms whose speakers are all the ring's back-room staff
    (context.back_room_staff: they run or coerce for the ring's other rooms)."""
    criminal = [c for c in contexts.values() if c.criminal]
    staff = back_room_staff(criminal, facts) if criminal else set()
    out = set()
    for c in criminal:
        if c.one_to_one:
            continue
        speakers = {m.account_id for m in c.chat.messages if m.kind == "message" and m.account_id is not None}
        if speakers and speakers <= staff:
            out.add(c.chat.id)
    return out


def _entity_key(chat: Chat, uid) -> str:
    """The account key of a mention_name entity's user id."""
    return f"{chat.platform}:user{uid}" if chat.platform else f"user{uid}"


def _speakers(chat: Chat, facts: ChatFacts) -> list:
    return [m for m in facts.members if isinstance(m, int)]


def two_person(chat: Chat, facts: ChatFacts) -> bool:
    """A one-to-one chat, or a room with two parties at most: the other party of a threat is its target."""
    return is_one_to_one(chat, facts) or len(_speakers(chat, facts)) <= SMALL_CHAT


def _worked_on(conn: Connection | None, corpus: Corpus, facts: dict[int, ChatFacts], contexts: dict[int, RoomContext], sigs: dict,
               names: dict[str, set[int]], noun_cache: dict[str, frozenset], union: "_Union",
               threatened: dict[int, set[int]], pleading: set[int], talking: set[int]) -> list[tuple[tuple, Evidence, float]]:
    """People @mentioned or named in a criminal group room as the object of its work
    (targets.py: their details in the ring's hands, their case being handled). Whoever
    speaks in a criminal room (`talking`: other than as a threatened party, or a member who
    only pleads there: `pleading`) is a colleague or a member being addressed, not worked on,
    and is left out: this reading never turns a suspect into a victim."""
    out: list[tuple[tuple, Evidence, float]] = []
    read: list[tuple[Chat, set[int], Msg, float, str, bool]] = []  # …, whether the message shares media
    readings: dict[tuple, tuple[float, str]] = {}  # per distinct text: rooms repeat their lines
    back = back_rooms(contexts, facts)
    probs = lambda text: sigs[text].probabilities if sigs.get(text) is not None else None  # noqa: E731
    for cid, ctx in contexts.items():
        if not ctx.criminal or ctx.one_to_one:
            continue
        chat = ctx.chat
        speakers = {m.account_id for m in chat.messages if m.kind == "message" and m.account_id is not None}
        if len(speakers) < SMALL_CHAT or (len(speakers) == SMALL_CHAT and threatened.get(cid)):
            continue  # a channel's broadcast; a two-person coercion, whose parties the exchange gives (find)
        for msg in chat.messages:
            if msg.kind == "message" and msg.text and msg.account_id is not None:
                media = bool(shared_media(msg))
                key = (msg.text, cid in back, media)
                if key not in readings:
                    readings[key] = targets.reading(msg.text, probs(msg.text), cid in back, media)
                weight, signal = readings[key]
                if weight > 0.0:
                    read.append((chat, speakers, msg, weight, signal, media))
    # Names the platform links to an account (mention_name entities) are names whatever Kiwi reads.
    ents = _entities(conn, [m.id for _, _, m, _, _, _ in read]) if conn is not None and read else {}
    talking_keys = {corpus.account_keys.get(a) for a in talking}
    key_to_acc = {k: a for a, k in corpus.account_keys.items()} if ents else {}
    named_in: dict[tuple, set[str]] = {}  # per distinct text: the names it holds
    # Given names already known as people: display names, and the given names of full names
    # written in the ring's rooms (한서진 → 서진).
    known_given = frozenset({n for n in names if re.fullmatch(r"[가-힣]{2}", n)} | {
        m.group(1)[1:] for _, _, msg, _, _, _ in read for m in _FULL_NAME.finditer(msg.text)
        if m.group(1)[0] in SURNAMES and _is_person_name(m.group(1), noun_cache)})
    def subjects(chat: Chat, speakers: set[int], msg: Msg, weight: float, media: bool) -> list[tuple]:
        """The people a line of case talk is about: handles, names, numbers (not speakers)."""
        ts = sigs.get(msg.text)
        contacts = _given_as_contact(msg.text) | _handed_contacts(msg.text) if ts is not None and ts.mentions else frozenset()
        mentions = [m for m in (ts.mentions if ts is not None else ()) if m.lower() not in contacts]
        # Display names of the case, and names that pass the proper-name test: a common noun
        # that starts with a surname ("지원서", "고정글") is shop talk, not a person.
        back_room = chat.id in back
        key = (msg.text, weight, back_room, media)
        if key not in named_in:  # per distinct text (and how it is read)
            named = {n for n in _names_in(msg.text, names, noun_cache) if n in names or _is_person_name(n, noun_cache)}
            named |= _case_names(msg.text, noun_cache) | _material_names(msg.text, noun_cache, known_given)
            named |= _initials(msg.text) | _owner_names(msg.text, noun_cache, known_given)
            # The word taken for a name is not also the words that make the line case talk ("니
            # 신상도 뿌림": 신상; "엄마냐": 엄마): without it the line must read as strongly.
            named_in[key] = {n for n in named
                             if targets.reading(msg.text.replace(n, " "), probs(msg.text), back_room, media)[0] >= weight}
        named = set(named_in[key]) if msg.id in ents else named_in[key]  # entities add to a copy
        for name, uid in ents.get(msg.id, ()):
            key = _entity_key(chat, uid)
            if name and name in msg.text and key not in talking_keys:  # a colleague named by staff stays a colleague
                named.add(name)
                union.join(("name", name), ("key", key))
                acc = key_to_acc.get(key)
                if acc is not None:
                    union.join(("name", name), ("acc", acc))
        # A number the ring calls someone by is worked on like a name; it makes no record
        # alone, only once a line ties it to a person (find, _tie_codenames).
        nodes: list[tuple] = [("code", c) for c in _codenames(msg.text)]
        for mention in mentions:
            acc = corpus.username_to_account.get(mention[1:].lower())
            if acc in speakers or acc in talking:
                continue
            node = ("mention", mention.lower())
            if acc is not None:
                union.join(node, ("acc", acc))
            nodes.append(node)
        for name in named:
            accs = names.get(name, set())
            if accs & ((speakers - pleading) | talking):
                continue
            node = ("name", name)
            if len(accs) == 1:
                union.join(node, ("acc", next(iter(accs))))
            nodes.append(node)
        return nodes

    for chat, speakers, msg, weight, signal, media in read:
        nodes = subjects(chat, speakers, msg, weight, media)
        if not nodes and msg.reply_to is not None and chat.id in back:
            # Staff's case talk in reply names nobody itself ("겁 줘놔. 사진 있다고만" to "6번 @x
            # 이거 신고할수도"): it is about the one person the message it answers is about. Only
            # in a back room: elsewhere a reply answers its author ("예전 계정 @x 터져서 …").
            parent = chat.message(msg.reply_to)
            if parent is not None and parent.text and parent.kind == "message":
                about = subjects(chat, speakers, parent, 0.0, False)
                if len({union.find(n) for n in about}) == 1:
                    nodes = about
        for node in nodes:
            out.append((node, Evidence(chat, msg, msg.account_id, signal, weight), weight))
    return out


FORWARD_PLEA = 0.8  # a forwarded plea counts as the victim's own plea (victim_plea)


def _forwarded_authors(corpus: Corpus, contexts: dict[int, RoomContext], sigs: dict, union: "_Union",
                       coerced: set[int]) -> list[tuple[tuple, Evidence, float]]:
    """People whose own words a criminal room shows: a ring forwards a coerced person's pleas
    or the details she gave ("하지 마세요 제발", "번호는 010-… 이에요") to prove its hold on her.
    The forward's author (Telegram's `forwarded_from`, a person's name) pleads, or gives a
    phone number; a forward from a room or channel, or from someone who speaks in the ring's
    rooms (staff relaying each other's words), is nobody's plea."""
    out: list[tuple[tuple, Evidence, float]] = []
    titles = {c.title.strip() for c in corpus.chats.values()}
    channel_names = {n for n, accs in corpus.display_to_accounts.items() if accs & corpus.channel_accounts}
    talking = {m.account_id for ctx in contexts.values() if ctx.criminal for m in ctx.chat.messages
               if m.kind == "message" and m.account_id is not None} - coerced
    for ctx in contexts.values():
        if not ctx.criminal:
            continue
        for msg in ctx.chat.messages:
            author = (msg.forwarded_from or "").strip()
            if msg.kind != "message" or not author or not msg.text or author in titles or author in channel_names:
                continue
            accs = corpus.display_to_accounts.get(author, set())
            if accs & (talking | corpus.channel_accounts):
                continue
            ts = sigs.get(msg.text)
            plea = message_plea(ts)
            weight, signal = max((plea * FORWARD_PLEA if plea >= VICTIM_MIN else 0.0, "victim_plea"),
                                 (PHONE_EXPOSURE if ts is not None and ts.has_phone else 0.0, "exposed_details"))
            if weight < TARGET_MIN:
                continue
            node = ("name", author)
            if len(accs) == 1:
                union.join(node, ("acc", next(iter(accs))))
            elif len(accs & coerced) == 1:
                union.join(node, ("acc", next(iter(accs & coerced))))
            out.append((node, Evidence(ctx.chat, msg, msg.account_id, signal, weight), weight))
    return out


# What a person depicted in a room's material does there: pleads, protests, threatens to
# report. Anything else at >= 0.5 (asks, pays, offers, runs the room) is a member's act.
_PLEADER_SIGNALS = {"victim_plea", "threat", "coercion", "deadline", "expose_personal"}


def _pleaders(corpus: Corpus, facts: dict[int, ChatFacts], contexts: dict[int, RoomContext], sigs: dict) -> set[int]:
    """Speakers of criminal group rooms who only plead there ("채널에 올라간 영상 제 거예요.
    당장 내려주세요"): a plea at >= VICTIM_MIN and no act of a member or runner. Case talk about
    them elsewhere may make them victims; nothing else here does."""
    pleas, acts = set(), set()
    for cid, ctx in contexts.items():
        if not ctx.criminal or ctx.one_to_one:
            continue
        plea_texts = {t for t in {m.text for m in ctx.chat.messages if m.text} if message_plea(sigs.get(t)) >= VICTIM_MIN}  # per distinct text
        for msg in ctx.chat.messages:
            if msg.kind == "message" and msg.text in plea_texts and msg.account_id is not None:
                pleas.add(msg.account_id)
        # A protest read as a demand or a threat ("당장 내려주세요", "신고할 거예요") is what such
        # a person does too: kept as threat talk (addressed to nobody), it marks them as well.
        pleas |= {e.who for e in facts[cid].evidence + facts[cid].threat_talk
                  if e.strength >= VICTIM_MIN and e.signal in _PLEADER_SIGNALS and e.who is not None}
        acts |= {e.who for e in facts[cid].evidence if e.strength >= 0.5 and e.signal not in _PLEADER_SIGNALS}
        acts |= ctx.runners
    # A ring's back-room staff relay threats too: they are never pleaders.
    staff = back_room_staff([c for c in contexts.values() if c.criminal], facts)
    return pleas - acts - staff - corpus.channel_accounts


# A member's own acts in a ring's rooms: asking for, paying for or handing over material.
_MEMBER_ACTS = frozenset({sig for role in ("distributor", "solicitor", "payer") for sig in ROLE_WEIGHTS[role]}
                         - {"payment_question", "posted_link"})


def _member_acts(facts: dict[int, ChatFacts], contexts: dict[int, RoomContext]) -> set[int]:
    """Accounts that act as members (>= 0.5) in a criminal room of more than two parties."""
    out = set()
    for cid, ctx in contexts.items():
        if ctx.criminal and not two_person(ctx.chat, facts[cid]):
            out |= {e.who for e in facts[cid].evidence
                    if e.strength >= 0.5 and e.signal in _MEMBER_ACTS and isinstance(e.who, int)}
    return out


def _others_handles(corpus: Corpus, msg: Msg, ts, talking: set[int]) -> set[str]:
    """The @handles a line writes about someone: not contacts given, nor the handles of its
    author or of people who speak in the ring's rooms."""
    if ts is None or not ts.mentions:
        return set()
    contacts = _given_as_contact(msg.text) | _handed_contacts(msg.text)
    out = set()
    for mention in ts.mentions:
        m = mention.lower()
        acc = corpus.username_to_account.get(m[1:])
        if m not in contacts and acc != msg.account_id and acc not in talking:
            out.add(m)
    return out


def _loose_mentions(corpus: Corpus, contexts: dict[int, RoomContext], sigs: dict, talking: set[int]) -> set[str]:
    """@handles written in criminal rooms about someone (_others_handles)."""
    return {m for ctx in contexts.values() if ctx.criminal for msg in ctx.chat.messages
            if msg.kind == "message" and msg.text
            for m in _others_handles(corpus, msg, sigs.get(msg.text), talking)}


def _tie_codenames(corpus: Corpus, contexts: dict[int, RoomContext], sigs: dict, names: dict[str, set[int]],
                   noun_cache: dict[str, frozenset], union: "_Union", talking: set[int],
                   ties: list[tuple[str, tuple]]) -> None:
    """Numbers a ring calls people by, tied to the person: a line of a criminal room that
    writes one number and one person — a handle, or a name already known as a person
    ("6번 @x 이거 신고할수도", "3번 수아 그거", "7번 애 … 아까 하은이라고 쓴거"),
    or the number a threatening party gives the other in a two-person chat (`ties`). The number
    then joins that person's record, with what was said about it ("3번 후속", "6번 잠수"). A
    number tied to two different accounts or handles ties nobody (two rings may both have a 3번)."""
    talking_names = {n for n, accs in names.items() if accs & talking}
    known = {v for kind, v in union.parent if kind == "name" and re.fullmatch(r"[가-힣]{2,4}", v)}
    # Display names of people who do not speak in the ring's rooms, unless they are everyday
    # words (a display name "지하철" is no person in "3번 지하철").
    known |= {n for n, accs in names.items() if re.fullmatch(r"[가-힣]{2,4}", n) and accs and not accs & talking
              and _called_by_name(n, noun_cache)}
    known -= talking_names
    ties = list(ties)
    for ctx in contexts.values():
        if not ctx.criminal:
            continue
        for msg in ctx.chat.messages:
            if msg.kind != "message" or not msg.text or "번" not in msg.text:
                continue
            codes = _codenames(msg.text)
            if len(codes) != 1:
                continue
            nodes: set[tuple] = {("mention", m) for m in _others_handles(corpus, msg, sigs.get(msg.text), talking)}
            # Only names already known as people: a word of name shape written next to a number
            # is as often the thing numbered ("3번은 정규화 문제에요").
            nodes |= {("name", n) for n in _known_words(msg.text, known)}
            if len({union.find(n) for n in nodes}) == 1:
                ties.append((next(iter(codes)), next(iter(nodes))))
    by_code: dict[str, set[tuple]] = defaultdict(set)
    for code, node in ties:
        by_code[code].add(node)
    for code, nodes in by_code.items():
        roots = {union.find(n) for n in nodes}
        anchored = {r for r in roots if any(kind in ("acc", "key", "mention") and union.find((kind, v)) == r
                                            for kind, v in union.parent)}
        if len(anchored) > 1:
            continue  # two accounts or two handles: two people who share a number
        for node in nodes:
            union.join(("code", code), node)


@dataclass
class Victims:
    records: list[VictimRecord]
    threatened: dict[int, set[int]]  # chat id → accounts threatened there (their lines are not evidence against them)
    lone: dict[int, set[int]] = field(default_factory=dict)  # chat id → accounts threatened in a two-person chat not judged criminal

    def accounts(self) -> set[int]:
        return {a for r in self.records for a in r.accounts}


def find(conn: Connection | None, corpus: Corpus, facts: dict[int, ChatFacts], contexts: dict[int, RoomContext],
         sigs: dict) -> Victims:
    names = _name_index(corpus)
    noun_cache: dict[str, frozenset] = {}  # Kiwi's reading of each candidate name, once
    hits: list[tuple[tuple, Evidence, float]] = []  # (identifier node, evidence, weight)
    union = _Union()
    key_to_acc = {k: a for a, k in corpus.account_keys.items()}
    for name, keys in _linked_names(conn, corpus).items():
        if len(keys) != 1 or name in names:
            continue  # a display name already, or one name linked to two people
        key = next(iter(keys))
        acc = key_to_acc.get(key)
        if acc in corpus.channel_accounts:
            continue
        names[name] = {acc} if acc is not None else set()
        union.join(("name", name), ("key", key))
    threatened: dict[int, set[int]] = defaultdict(set)
    candidates: list[tuple[Chat, Msg, object, float]] = []
    harm_of: dict[str, float] = {}  # per distinct text: rooms repeat their lines
    acting = _member_acts(facts, contexts)
    code_ties: list[tuple[str, tuple]] = []  # (codename, a node of the person it is tied to)

    lone: dict[int, set[int]] = defaultdict(set)
    for cid, ctx in contexts.items():
        if not ctx.criminal:
            # A room's verdict and a person's protection are two bars: a two-person chat where one
            # person clearly threatens the other (an exchange that holds: coercion.py) but that is
            # not coercion in itself by the room rule (context.py: no plea under menace) still makes
            # the threatened party a potential victim. Such a record names no suspect (no `who` on
            # its evidence) and makes nobody a suspect; a quarrel where both press and neither
            # menaces threatens no one (coercion.Exchange.threatens_person).
            f = facts[cid]
            if f.exchanges and two_person(ctx.chat, f):
                for x in f.exchanges:
                    if isinstance(x.target, int) and x.threatens_person and x.target not in corpus.channel_accounts:
                        lone[cid].add(x.target)
                        node = ("acc", x.target)
                        union.find(node)
                        hits.extend(_exchange_hits(node, ctx.chat, x, None))
                        if ctx.one_to_one and x.target in corpus.display_to_accounts.get(ctx.chat.title, ()):
                            union.join(node, ("name", ctx.chat.title.strip()))
            continue
        chat, f = ctx.chat, facts[cid]
        for msg in chat.messages:
            if msg.kind != "message" or not msg.text or msg.account_id is None:
                continue
            ts = sigs.get(msg.text)
            if msg.text not in harm_of:
                harm_of[msg.text] = message_harm(ts)
            h = harm_of[msg.text]
            if h >= TARGET_MIN or (ts is not None and ts.has_phone):
                candidates.append((chat, msg, ts, h))
        # Coercive exchanges (triage/coercion.py): who threatens whom was read from the
        # messages; the threatened party's own lines are no evidence against them.
        for x in f.exchanges:
            if isinstance(x.target, int) and x.target in acting and not two_person(chat, f):
                # A member pressed by another member in a larger room ("빠지면 너 이름도 같이
                # 나감" to one who bought and asked for the material) is a co-offender kept in
                # line, not a person the ring coerces: their acts stay evidence against them.
                continue
            if isinstance(x.target, int):
                threatened[cid].add(x.target)
                node = ("acc", x.target)
            else:
                node = ("mention", x.target.lower())
            union.find(node)
            hits.extend(_exchange_hits(node, chat, x, x.aggressor))
            if ctx.one_to_one and isinstance(x.target, int) and x.target in corpus.display_to_accounts.get(chat.title, ()):
                union.join(node, ("name", chat.title.strip()))  # the exporter names the chat after the other party
            if isinstance(x.target, int) and two_person(chat, f):
                # The name the threatening party calls the other by ("윤서님 오늘 자정까지"),
                # when it is one name and not a display name of the threatening party.
                called = _called(chat, x.aggressor, noun_cache) - {n for n, accs in names.items() if x.aggressor in accs}
                if len(called) == 1:
                    union.join(node, ("name", next(iter(called))))
                # The number the threatening party gives the other ("7번 미션 완료") is theirs.
                for msg in chat.messages:
                    if msg.account_id == x.aggressor and msg.text and "번" in msg.text:
                        codes = _codenames(msg.text)
                        if len(codes) == 1 and targets.case_kinds(msg.text):  # "7번 미션 완료", not "2번 출구 앞"
                            code_ties.append((next(iter(codes)), node))

    ents = _entities(conn, [m.id for _, m, _, _ in candidates]) if conn is not None and candidates else {}
    small_chats: dict[int, bool] = {}
    for chat, msg, ts, h in candidates:
        text = msg.text
        aimed: set[tuple] = set()  # who this message is about
        contacts = _given_as_contact(text) | _handed_contacts(text) if ts is not None and ts.mentions else frozenset()
        for mention in (ts.mentions if ts is not None else ()):
            if mention.lower() in contacts:
                continue
            node = ("mention", mention.lower())
            aimed.add(node)
            acc = corpus.username_to_account.get(mention[1:].lower())
            if acc is not None:
                union.join(node, ("acc", acc))
        if chat.id not in small_chats:  # once per chat, not per message: a room has thousands of members
            small_chats[chat.id] = contexts[chat.id].one_to_one or len(_speakers(chat, facts[chat.id])) <= SMALL_CHAT
        small = small_chats[chat.id]
        # Small chats: the parties are the targets. A word of name shape that Kiwi reads as one
        # common noun, and not as a name even when addressed, is a thing (고정글), not a person.
        named = set() if small else {n for n in _names_in(text, names, noun_cache)
                                     if n in names or _is_person_name(n, noun_cache) or not _common_noun(n)}
        for name, uid in ents.get(msg.id, ()):
            key = _entity_key(chat, uid)
            node = ("key", key)
            aimed.add(node)
            if name:
                union.join(node, ("name", name))
                named.discard(name)
        for name in named:
            node = ("name", name)
            aimed.add(node)
            accs = names.get(name, set())
            if len(accs) == 1:
                union.join(node, ("acc", next(iter(accs))))
        # A reply's addressee is threatened only through a coercive exchange (found above):
        # one harmful-sounding reply is not enough to make a participant a victim.
        aimed.discard(("acc", msg.account_id))
        weight = max(h, PHONE_EXPOSURE if ts is not None and ts.has_phone and aimed else 0.0)
        if weight < TARGET_MIN:
            continue
        signal = "exposed_details" if weight > h else "harm"
        for node in aimed:
            hits.append((node, Evidence(chat, msg, msg.account_id, signal, weight), weight))

    coerced = {a for accs in threatened.values() for a in accs}
    pleading = _pleaders(corpus, facts, contexts, sigs)
    # Who speaks in a criminal room, other than a threatened party or a member who only pleads.
    talking = {m.account_id for ctx in contexts.values() if ctx.criminal for m in ctx.chat.messages
               if m.kind == "message" and m.account_id is not None} - coerced - pleading
    hits.extend(_forwarded_authors(corpus, contexts, sigs, union, coerced))
    hits.extend(_worked_on(conn, corpus, facts, contexts, sigs, names, noun_cache, union, threatened, pleading, talking))
    # A display name shared by several accounts ("Jia" threatened one-to-one, another "Jia" in a
    # gym room) names the one the ring threatens, when exactly one of them is threatened.
    for node, _, _ in list(hits):
        if node[0] == "name" and len(names.get(node[1], ())) > 1:
            mine = names[node[1]] & coerced
            if len(mine) == 1:
                union.join(node, ("acc", next(iter(mine))))
    # A victim's account goes by its display name (when no other account has it): "하늘" is
    # then matched to a handle that spells it ("@haneul_0412") like a name written in a line.
    only_name = {next(iter(accs)): n for n, accs in names.items() if len(accs) == 1 and re.fullmatch(r"[가-힣]{2,4}", n)}
    for node, _, _ in list(hits):
        if node[0] == "acc" and node[1] in only_name:
            union.join(node, ("name", only_name[node[1]]))
    hit_names = {n[1] for n, _, _ in hits if n[0] == "name"} | {only_name[n[1]] for n, _, _ in hits if n[0] == "acc" and n[1] in only_name}
    hit_mentions = {n[1] for n, _, _ in hits if n[0] == "mention"}
    # A full name and the given name alone ("이윤서" / "윤서 건", "박준영" / a chat titled "준영").
    known_names = hit_names | {n[1] for n in union.parent if n[0] == "name"}
    for full, short in victim_names.given_name_pairs(known_names, known_names, frozenset(SURNAMES)):
        a, b = names.get(full, set()), names.get(short, set())
        if a and b and not (a & b):
            continue  # the two names belong to different known accounts
        union.join(("name", full), ("name", short))
    # Initials and the name they abbreviate ("ㅎㅇ 건" / 해온, "ㄱㅈㅇ 후속" / 김지영), each unique both ways.
    spelled = {n for n in known_names if re.fullmatch(r"[가-힣]{2,3}", n)}
    by_initials: dict[str, set[str]] = defaultdict(set)
    for n in spelled:
        by_initials[initials_of(n)].add(union.find(("name", n)))
    for ini in {n for n in known_names if re.fullmatch(r"[\u3131-\u314e]{2,3}", n)}:
        roots = by_initials.get(ini, set())
        if len(roots) == 1:
            union.join(("name", ini), next(iter(roots)))
    # A Korean name and a handle that spell one person ("정성민" / "@seongmin_0x") are one victim;
    # names already one person ("정수빈" / "수빈") are matched as one, by the longest.
    longest: dict = {}
    hit_roots = {union.find(node) for node, _, _ in hits}
    for n in hit_names | {v for kind, v in union.parent if kind == "name" and union.find((kind, v)) in hit_roots}:
        if not re.fullmatch(r"[가-힣]{2,4}", n):
            continue  # "수아 (지원자)": a chat title, not a name to spell
        root = union.find(("name", n))
        if len(n) > len(longest.get(root, "")):
            longest[root] = n

    def join_handles(found_names: set[str], found_mentions: set[str]) -> None:
        for name, mention in victim_names.pairs(found_names, found_mentions, frozenset(SURNAMES)):
            by_mention = corpus.username_to_account.get(mention[1:].lower())
            by_name = names.get(name, set())
            if by_mention is not None and by_name and by_name != {by_mention}:
                continue  # the handle and the name belong to different known accounts
            union.join(("name", name), ("mention", mention))

    join_handles(set(longest.values()), hit_mentions)
    # A handle written in a criminal room about nothing the readings above weigh ("@x 이거 걔
    # 부계임", "@x 계정 바뀌면 말해") is still the handle of a person they found when it spells
    # that person's name: it joins their record (no record is made from it).
    loose = _loose_mentions(corpus, contexts, sigs, talking) - hit_mentions
    with_handle = {union.find(("mention", m)) for m in hit_mentions}
    join_handles({n for root, n in longest.items() if union.find(root) not in with_handle}, loose)
    _tie_codenames(corpus, contexts, sigs, names, noun_cache, union, talking, code_ties)

    for node in list(union.parent):
        if node[0] == "acc":
            key = corpus.account_keys.get(node[1])
            if key:
                union.join(node, ("key", key))
    groups: dict = defaultdict(lambda: VictimRecord())
    for node, e, w in hits:
        groups[union.find(node)].cited.append((e, round(w, 3)))
    members: dict = defaultdict(set)
    for node in list(union.parent):
        members[union.find(node)].add(node)
    records = []
    for root, rec in groups.items():
        for kind, value in members.get(root, {root}) | {root}:
            if kind == "acc":
                rec.accounts.add(value)
                if corpus.account_keys.get(value):
                    rec.keys.add(corpus.account_keys[value])
            elif kind == "key":
                rec.keys.add(value)
            elif kind == "mention":
                rec.mentions.add(value)
            elif kind == "name":
                rec.names.add(value)
            elif kind == "code":
                rec.codes.add(value)
        # One reading per line: a notice re-posted or re-pinned, or a line sent again with a
        # typo or another link, is one piece of evidence, not several (context.distinct_texts).
        ranked = sorted(rec.cited, key=lambda c: -c[1])
        kept = {id(e) for e in distinct_texts([e for e, _ in ranked])}
        rec.cited = [(e, w) for e, w in ranked if id(e) in kept]
        if rec.strength < VICTIM_MIN or rec.accounts & corpus.channel_accounts:
            continue
        if not (rec.keys or rec.mentions or rec.names):
            continue  # a number no line ties to a person ("1번 2번 준비 완료") names nobody
        exposed = any(e.signal == "exposed_details" for e, _ in rec.cited)
        in_exchange = any(e.signal in EXCHANGE_SIGNALS for e, _ in rec.cited)
        case = any(e.signal == "worked_on" and w >= VICTIM_MIN for e, w in rec.cited)  # a proper name in a line of case talk
        if not rec.mentions and not in_exchange and len({e.msg.text for e, _ in rec.cited}) < 2 and not exposed and not case:
            continue  # a bare name (or the account it names) needs two distinct messages, its details exposed, or its case worked
        # Initials joined later ("ㅎㅇ") do not change the label a name gave the record.
        first = sorted(rec.keys) or sorted(rec.mentions) or sorted(n for n in rec.names if not _initials_only(n)) or sorted(rec.names)
        rec.label = "V" + str(int(hashlib.sha256(first[0].encode()).hexdigest(), 16) % 1_000_000).zfill(6)
        records.append(rec)
    for rec in records:
        rec.protection_only = all(not contexts[e.chat.id].criminal for e, _ in rec.cited)
    records.sort(key=lambda r: (-r.strength, r.label))
    return Victims(records, dict(threatened), dict(lone))


def _exchange_hits(node: tuple, chat: Chat, x, aggressor: int | None) -> list[tuple[tuple, Evidence, float]]:
    """The evidence a coercive exchange gives against its target's harm: the threats, her pleas,
    and the exchange as a whole. `aggressor`: who the threats are cited as by (None: nobody is
    named, in a room not judged criminal)."""
    out = []
    for msg, h in x.threats[:10]:
        if h >= MESSAGE_MIN:
            out.append((node, Evidence(chat, msg, aggressor, "threat_to_party", h), h))
    for msg, p in x.pleas[:5]:
        if p >= VICTIM_MIN:
            out.append((node, Evidence(chat, msg, msg.account_id, "victim_plea", p), p * 0.8))
    if x.harm >= VICTIM_MIN:
        # The exchange as a whole holds (several readings, or one answered by a plea),
        # so the record is as strong as the exchange, not only its strongest line.
        out.append((node, Evidence(chat, x.threats[0][0], aggressor, "coercive_exchange", min(1.0, x.harm)), min(0.95, x.harm)))
    return out
