"""Alt claims that name the other account by its display name, and new accounts that take
an old account's name with an announcement.

Writers rarely give a handle when they say who they were: "운영 부계 moonkeeper 도 제
계정입니다", "저 달지기 부계임", "this is Kira's new acc", "예전 닉 달빛이에요", "본계 정지돼서
부계로 옴" (posted by a new account that carries the banned one's display name). Two readings:

- **a named claim**: a display name of another account stands where an alt claim puts a
  handle. The name is put in the handle's place and the same claim reader decides
  (statements.read: its phrasings, vetoes and learned reader), so a name is claimed in exactly
  the words a handle would be. Names held by more than one account, or too short to tell
  apart ("ㅇㅇ", "Jay" is kept: three letters), never resolve. A claim about a former account
  means only accounts that carried the name before it; one about a deleted account only
  accounts exported nameless (links._claimable).
- **a new-account announcement** without any name ("새 계정입니다", "본계 터져서 부계로 옴",
  "new acc, got banned"): the author is the account whose display name the author's account
  took over — exactly one other account of the platform with that name, whose name was last
  seen before the author's was first seen (the old account went quiet, the new one took over).

A display name alone never links (the same name is a collision until words claim it)."""

from __future__ import annotations

import re
from typing import Callable

from roomsift.analysis.identity import statements

# A message worth reading for a named claim: it speaks of accounts, alts or names.
CUE = re.compile(
    r"계정|부계|본계|세컨|부캐|본캐|닉|아이디|정지|터져|터졌|새로\s?팠|쓰던|활동|=\s*(?:나|저|me)\b|"
    r"\b(?:acc|acct|account|alt|main|banned|nuked|nick|name|formerly|previously)\b",
    re.IGNORECASE,
)
# A new account announced without saying which was the old one.
ANNOUNCE = re.compile(
    r"(?:본계|원래\s?계정|예전\s?계정|전\s?계정|옛\s?계정|계정|아이디)\S{0,3}\s*(?:이|가|은|는)?\s*"
    r"(?:정지|밴|터져|터졌|날아|삭제|막혀|막혔|잠겨|털려)\S*.{0,25}?(?:부계|새로|새\s?계정|이걸로|이\s?계정|다시)"
    r"|새\s?계정(?:입니다|이에요|예요|임|으로|이요)|계정\s?새로\s?(?:팠|만들|팜)|부계로\s?(?:옴|왔)"
    r"|\b(?:got|was|been)\s+(?:banned|nuked|deleted|suspended|locked)\b.{0,30}\b(?:new\s+(?:one|acc|account)|this\s+(?:one|acc|account))\b"
    r"|\bnew\s+(?:acc|account)\b.{0,20}\b(?:same\s+(?:me|person|guy)|it'?s\s+me|got\s+(?:banned|nuked))"
    r"|\b(?:this\s+is\s+)?my\s+new\s+(?:acc|account)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s,.!?~:;()\[\]\"'`]+(?:'s)?")
_PARTICLE = re.compile(r"(?:'s|이가|이는|이도|으로|로|에서|한테|에게|이랑|랑|과|와|의|이|가|은|는|도|을|를|님|씨|이에요|예요|에요|입니다|임|이요|요)$")
# The author speaks of themselves: a claim about a *name* needs a first person somewhere in the
# message ("오 이제 부계 정산 적응했네" speaks of someone else's alt).
_FIRST_PERSON = re.compile(
    r"(?<![가-힣])(?:제|저|내|나|본인)(?![가-힣])|(?<![가-힣])(?:제가|저는|저도|전|나는|나도|난|내가|저예요|저임|접니다|나임)(?![가-힣])"
    r"|\b(?:i|i'?m|me|my|mine|myself|this\s+is)\b",
    re.IGNORECASE,
)
# "예전 닉 달빛이에요", "전에 달빛 쓰던 사람": Korean drops the "I"; the copula after the name says it.
_SELF_COPULA = re.compile(r"\s*(?:이에요|예요|에요|입니다|임|이요|였어요|이었어요|였음|이었음|였습니다|이었습니다|쓰던|이었던|였던|(?:으로|로)\s*활동)")
_INTRO = re.compile(r"(?:\bit'?s\s+me,?|\bi'?m|\bi\s+am|\bthis\s+is|(?<![가-힣])(?:저|나|전|난|저는|나는))\s*$", re.IGNORECASE)
_ALT_AFTER_NAME = re.compile(r"\S{0,3}\s*(?:'s\s+)?(?:의\s*)?(?:새|부|본|세컨|서브|new|alt|other|second|backup|old|main)\s*(?:계정|계|캐|아이디|acc|acct|account|one)", re.IGNORECASE)
# A former name: the author's new display name is the old one with a counter or a marker
# ("정산" → "정산2", "bluebird" → "bluebird v2", "달빛" → "달빛new").
_SUFFIX = re.compile(r"(?:v?\d{1,2}|new|re|sub|alt|backup|부계|새|뉴)$")
# The claim is about a former account ("예전 닉 달빛이에요", "old acc got banned", "전 계정(유령)
# 지웠어요"): the name it gives was carried before the claim was made.
_PAST = re.compile(
    r"예전|옛|이전|원래|(?<![가-힣])(?:전|구)\s?(?:닉|계정|계|아이디)|정지|터져|터졌|날아|삭제|탈퇴|지워|지웠|"
    r"\b(?:old|previous|prev|former|formerly|previously|used\s+to|was|got\s+(?:banned|nuked|deleted))\b",
    re.IGNORECASE,
)
# ... and about a deleted one ("지워진 계정 저예요", "계정 삭제했어요", "deleted my old acc").
_DELETED = re.compile(
    r"(?:지워진|삭제된|삭제한|탈퇴한)\s?(?:계정|아이디|닉)|(?:계정|아이디).{0,12}?(?:지웠|지워|삭제|탈퇴)|"
    r"\bdeleted\s+(?:my\s+)?(?:old\s+|other\s+)?(?:acc|acct|account)\b|\b(?:acc|acct|account)\s+(?:got\s+|was\s+)?deleted\b",
    re.IGNORECASE,
)
_PLACEHOLDER = "@namedacct"


def norm(name: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]", "", name.lower())


def distinctive(key: str) -> bool:
    """Long enough to name one account: two Hangul syllables or three other characters."""
    return len(re.findall(r"[가-힣]", key)) >= 2 or len(key) >= 3


def speaks_of_past(text: str) -> bool:
    return bool(_PAST.search(text))


def speaks_of_deleted(text: str) -> bool:
    return bool(_DELETED.search(text))


def claims_deleted_account(text: str) -> bool:
    """Does the author say a deleted account was theirs ("지워진 계정 저예요", "전 계정 지웠어요",
    "deleted my old acc, this is me now")? A first person or a new-account announcement is
    needed ("삭제된 계정 환불계좌 확인" is a cashier speaking of someone else's account)."""
    if not text or not speaks_of_deleted(text) or statements.questioned_or_third_person(text):
        return False
    return bool(_FIRST_PERSON.search(text)) or bool(ANNOUNCE.search(text)) or bool(re.search(r"(?:지웠|삭제했|탈퇴했)", text))


def claimed_names(text: str, index: dict[str, set[int]], author: int,
                  eligible: Callable[[int, str], bool] | None = None) -> list[tuple[int, str]]:
    """(account, name) for each display name of exactly one other account that the author
    claims as their other account. `eligible(account, name key)` drops accounts the claim
    cannot mean before the name must be unique (links.named_claims: a former name carried
    only after the claim, a live account when the claim is about a deleted one)."""
    if not text or not CUE.search(text):
        return []
    first_person = bool(_FIRST_PERSON.search(text))
    out: list[tuple[int, str]] = []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        for cand in (tok, _PARTICLE.sub("", tok)):
            key = norm(cand)
            accs = index.get(key, set()) - {author} if key and distinctive(key) else set()
            if eligible is not None:
                accs = {a for a in accs if eligible(a, key)}
            if len(accs) != 1 or author in index.get(key, set()):
                continue
            # The name stands where a handle would: the claim reader decides.
            start, end = m.start(), m.start() + len(cand)
            if not first_person and not _SELF_COPULA.match(text[end:]):
                break  # no one speaks of themselves: "오 이제 부계 정산 적응했네" is about someone else
            if _INTRO.search(text[:start]) and not _ALT_AFTER_NAME.match(text[end:]):
                break  # "its me ghost", "저 하린": the author's own name, not another account's
            swapped = text[:start] + _PLACEHOLDER + " " + text[end:]
            declared, alts, _ = statements.read(swapped)
            # "its me ghost", "저 하린이에요": the author gives their own name, which another
            # account may simply share; only a claim of another account counts.
            if _PLACEHOLDER[1:] in alts and _PLACEHOLDER[1:] not in declared:
                out.append((next(iter(accs)), cand))
            break
    return out


def announces_new_account(text: str) -> bool:
    if not text or not ANNOUNCE.search(text):
        return False
    return not statements.questioned_or_third_person(text)


def former_name(new_key: str, old_key: str) -> bool:
    """Is `old_key` the same display name as `new_key`, or `new_key` without a counter or
    marker ("정산" → "정산2")? Both normalised (norm)."""
    if new_key == old_key:
        return True
    return new_key.startswith(old_key) and bool(_SUFFIX.fullmatch(new_key[len(old_key):]))
