"""Alt claims that name the other account by its display name, and new accounts that take
an old account's name with an announcement.

Writers rarely give a handle when they say who they were: "운영 부계 moonkeeper 도 제
계정입니다", "저 달지기 부계임", "this is Kira's new acc", "예전 닉 달빛이에요", "본계 정지돼서
부계로 옴" (posted by a new account that carries the banned one's display name). Two readings:

- **a named claim**: a display name of another account stands where an alt claim puts a
  handle. The name is put in the handle's place and the same claim reader decides
  (statements.read: its phrasings, vetoes and learned reader), so a name is claimed in exactly
  the words a handle would be. Names held by more than one account, or too short to tell
  apart ("ㅇㅇ", "Jay" is kept: three letters), never resolve. A word of a display name of
  several words ("안내데스크" of "정원 안내데스크") names its account when no full name matches
  and no other account's name has that word. Korean drops the "I": a rename or move notice
  ("비온뒤로 바꿨어요 (구 여우비)"), a copula, or words about the account written from ("이 계정은 X
  부계임") speak of the author — unless the rename's new name is another account's. A claim about a former account
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
    r"계정|부계|본계|세컨|부캐|본캐|닉|아이디|정지|터져|터졌|새로\s?팠|쓰던|활동|있던\s?사람|[=＝]\s*(?:나|저|본인|me)(?![가-힣\w])|"
    # first-person copulas and running an account: "X 도 나야", "나 = X", "X 그거 나임", "X 도 제가 운영해요"
    r"(?<![가-힣])(?:나|저|본인)\s*[=＝]|(?<![가-힣])(?:나|저)(?:임|야|예요|에요|입니다)(?![가-힣])|접니다|본인(?:임|이에요|입니다)|"
    r"(?:제가|내가)\s*(?:운영|관리|돌리|돌림|돌려)|(?:운영|관리)하는\s*(?:것|거|계정|사람)?\s*도?\s*(?:나|저|본인)(?![가-힣])|"
    r"\b(?:acc|acct|account|alt|main|banned|nuked|nick|name|formerly|previously|renamed|moved)\b|"
    r"바꿨|바꿈|변경|옮김|옮겼|옮길|갈아타|갈아탐|갈아탔|넘어갈|그거\s?나|그게\s?나|이게\s?나|이거\s?나|\(\s*구\s|동일인|같은\s?사람|주인|원래|예전|탈퇴|지웠|지워서|삭제|날렸|날려서|\bdeleted\b|(?<![가-힣])(?:저|나|전)\s+\S+(?:이었|였)|(?:제가|내가)\s*(?:씀|씁니다|써요|써)|"
    r"(?:이었던|였던|했던|하던)\s*(?:사람|계정)|\bbackup\b|"
    r"\b(?:used\s+to|went\s+by|same\s+(?:person|guy)|belongs?\s+to|i\s+was)\b",  # rename and move notices: "비온뒤로 바꿨어요 (구 여우비)"
    re.IGNORECASE,
)
# A new account announced without saying which was the old one.
ANNOUNCE = re.compile(
    r"(?:본계|원래\s?계정|예전\s?계정|전\s?계정|옛\s?계정|계정|아이디)\S{0,3}\s*(?:이|가|은|는)?\s*"
    r"(?:정지|밴|터져|터졌|날아|삭제|막혀|막혔|잠겨|털려|지워|없어|사라)\S*.{0,25}?(?:부계|새로|새\s?계정|이걸로|이\s?계정|다시)"
    r"|새\s?계정(?:입니다|이에요|예요|임|으로|이요)|계정\s?새로\s?(?:팠|만들|팜)|부계로\s?(?:옴|왔)"
    r"|\b(?:got|was|been)\s+(?:banned|nuked|deleted|suspended|locked)\b.{0,30}\b(?:new\s+(?:one|acc|account)|this\s+(?:one|acc|account))\b"
    r"|\bnew\s+(?:acc|account)\b.{0,20}\b(?:same\s+(?:me|person|guy)|it'?s\s+me|got\s+(?:banned|nuked))"
    r"|\b(?:this\s+is\s+)?my\s+new\s+(?:acc|account)\b"
    # "이 계정이 부계입니다", "이 계정으로 옮김", "moved to this account", "this is my alt"
    r"|이\s?계정(?:이|은)\s?(?:부계|새\s?계정|세컨)|(?:이\s?계정|여기)으?로\s?(?:옮김|옮겼|옮겨|이사|갈아탔|넘어왔)|부계로도?\s?(?:들어)?(?:옴|왔)"
    r"|\bmoved\s+(?:over\s+)?to\s+this\s+(?:acc|acct|account|one)\b|\bthis\s+is\s+my\s+(?:alt|second|backup)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s,.!?~:;()\[\]\"'`]+(?:'s)?")
_PARTICLE = re.compile(r"(?:인데|이었음|였음|이었어요|였어요|이었습니다|였습니다|이었다|였다|이었고|였고|이었는데|였는데|이었던|였던|'s|이가|이는|이도|으로|로|에서|한테|에게|이랑|랑|과|와|의|이|가|은|는|도|을|를|님|씨|이에요|예요|에요|입니다|임|이요|요)$")
# The author speaks of themselves: a claim about a *name* needs a first person somewhere in the
# message ("오 이제 부계 정산 적응했네" speaks of someone else's alt).
_FIRST_PERSON = re.compile(
    r"(?<![가-힣])(?:제|저|내|나|본인)(?![가-힣])|(?<![가-힣])(?:제가|저는|저도|전|나는|나도|난|내가|저예요|저에요|저임|접니다|나임|나야|나예요|나랑|저랑|내꺼|제꺼|내거)(?![가-힣])"
    r"|\b(?:i|i'?m|me|my|mine|myself|this\s+is)\b"
    # the promissive ending -ㄹ게(요) is said only of oneself: "이걸로 옮길게", "부계로 들어갈게요"
    r"|(?<=[" + "".join(chr(0xAC00 + i * 28 + 8) for i in range(19 * 21)) + r"])게요?(?![가-힣])",
    re.IGNORECASE,
)
# "예전 닉 달빛이에요", "전에 달빛 쓰던 사람": Korean drops the "I"; the copula after the name says it.
_SELF_COPULA = re.compile(r"\s*(?:닉네임|닉|이름|계정|아이디)\s*(?:으로|로)\s*[가-힣]{1,6}(?:했던|하던|던)\s*(?:사람|계정)|\s*(?:(?:이랑|랑|와|과|하고)\s*(?:같은\s*사람|동일인)|(?:계정\s*)?(?:주인|소유자)|(?:라는\s*)?(?:닉네임|닉|아이디|계정)\s*)?(?:이에요|예요|에요|입니다|임|이요|였어요|이었어요|였음|이었음|였습니다|이었습니다|쓰던|이었던|였던|(?:으로|로)\s*(?:활동|있던\s*사람))")
# The author speaks of the account they write from ("이 계정은 달빛 부계임", "여기 달빛 부계임", "this
# account belongs to X"), or opens with what their old account was ("본계: X", "formerly X", "old name
# was X", "same person as X"): Korean and chat English drop the "I".
_THIS_ACCOUNT = re.compile(
    r"이\s?계정|(?<![가-힣])여기\s|\bthis\s+(?:acc|acct|account|one)\b|"
    r"^\W*(?:formerly|previously|used\s+to\s+(?:be|go\s+by)|went\s+by|same\s+(?:person|guy)\s+as|"
    r"old\s+(?:name|nick|acc\w*)\s*(?:was|is|=|:)|(?:본계|부계|예전\s?닉|전\s?닉|예전\s?계정|전\s?계정)\s*[:：])",
    re.IGNORECASE)
_WAS = re.compile(r"\s*(?:이었|였)(?:어요|음|습니다|다|고|는데|죠)")  # "저 달빛이었음": a former name, not the author's own
_INTRO = re.compile(r"(?:\bit'?s\s+me,?|\bi'?m|\bi\s+am|\bthis\s+is|(?<![가-힣(（])(?:저|나|전|난|저는|나는))\s*$", re.IGNORECASE)
_ALT_AFTER_NAME = re.compile(r"\S{0,3}\s*(?:'s\s+)?(?:의\s*)?(?:(?:새|부|본|세컨|서브|new|alt|other|second|backup|old|main)\s*(?:계정|계|캐|아이디|acc|acct|account|one)|(?:alt|main|backup)\b)"
                             # "it's X on my backup", "this is X, my main got banned": the author on another account
                             r"|,?\s*(?:on|from)\s+(?:my|a)\s+(?:backup|alt|new|other|second)\b|,?\s*my\s+(?:main|old|other)\s+(?:acc\w*\s+|one\s+)?(?:got|was|is)\s+(?:banned|nuked|deleted|suspended|locked|gone)\b", re.IGNORECASE)
# A former name: the author's new display name is the old one with a counter or a marker
# ("정산" → "정산2", "bluebird" → "bluebird v2", "달빛" → "달빛new").
_SUFFIX = re.compile(r"(?:v?\d{1,2}|new|re|sub|alt|backup|newacc|부계|새|뉴|새계정|새계|뉴계|세컨|서브)$")
# The claim is about a former account ("예전 닉 달빛이에요", "old acc got banned", "전 계정(유령)
# 지웠어요"): the name it gives was carried before the claim was made.
_PAST = re.compile(
    r"예전|옛|이전|원래|(?<![가-힣])(?:전|구)\s?(?:닉|계정|계|아이디)|정지|터져|터졌|날아|삭제|탈퇴|지워|지웠|"
    r"\b(?:old|previous|prev|former|formerly|previously|used\s+to|was|got\s+(?:banned|nuked|deleted))\b",
    re.IGNORECASE,
)
# ... and about a deleted one ("지워진 계정 저예요", "계정 삭제했어요", "deleted my old acc").
_DELETED = re.compile(
    r"(?:지워진|삭제된|삭제한|탈퇴한)\s?(?:계정|아이디|닉)|(?:계정|아이디).{0,12}?(?:지웠|지워|지움|삭제|탈퇴|날려|날렸|날림|없앴|없애|"
    # the passive: the account got deleted or lost ("계정 없어졌어요", "사라져서", "날아감")
    r"없어[졌짐져지]|사라[졌짐져지]|날아[갔감가])|"
    r"(?<!방\s)(?<!방)탈퇴(?:했|함|하고|해서)|"  # "탈퇴했다가 다시 왔어요" (not "방 탈퇴": leaving a room)
    r"\bdeleted\s+(?:my\s+)?(?:old\s+|other\s+)?(?:acc|acct|account)\b|\b(?:acc|acct|account)\s+(?:got\s+|was\s+|is\s+)?deleted\b",
    re.IGNORECASE,
)
_PLACEHOLDER = "@namedacct"
# Words that say an account is gone without saying it was deleted ("계정 날아감", "사라져서", "없어졌어요"):
# a ban reads the same, so the account may still show under its name.
_GONE = re.compile(r"(?:계정|아이디).{0,12}?(?:없어[졌짐져지]|사라[졌짐져지]|날아[갔감가]|날라[갔감가])")


def deleted_for_sure(text: str) -> bool:
    """A deletion said in so many words ("지워진 계정", "계정 삭제했어요"), not only an account gone."""
    return speaks_of_deleted(text) and bool(_DELETED.search(_GONE.sub(" ", text)))


def norm(name: str) -> str:
    return re.sub(r"[^0-9a-z가-힣]", "", name.lower())


def distinctive(key: str) -> bool:
    """Long enough to name one account: two Hangul syllables or three other characters."""
    return len(re.findall(r"[가-힣]", key)) >= 2 or len(key) >= 3


def speaks_of_past(text: str) -> bool:
    """Is the claim about a former account? A ban or a deletion is past, but an author who says
    they will move ("이 계정 곧 정지될 듯. X 로 옮길게", "앞으로 X 계정이 함") names the account to
    come, unless the words name a former one too ("예전 닉 X")."""
    if not _PAST.search(text):
        return False
    return not speaks_ahead(text)


def speaks_ahead(text: str) -> bool:
    """Does the author announce a move to come, naming no former account ("곧 이 계정 없어짐. 새 계정
    X", "앞으로 X 로 옮길게")?"""
    return bool(_AHEAD.search(text)) and not _FORMER.search(text)


_FORMER = re.compile(r"예전|옛|이전|원래|(?<![가-힣])(?:전|구)\s?(?:닉|계정|계|아이디)|\b(?:old|previous|prev|former|formerly|previously|used\s+to)\b",
                     re.IGNORECASE)
_AHEAD = re.compile(r"앞으로|이제부터|이제\s?부터|곧|옮길|갈아탈|넘어갈|할\s?거|할게|예정|\b(?:from\s+now\s+on|will|gonna|going\s+to)\b", re.IGNORECASE)


def speaks_of_deleted(text: str) -> bool:
    return bool(_DELETED.search(text))


def claims_deleted_account(text: str) -> bool:
    """Does the author say a deleted account was theirs ("지워진 계정 저예요", "전 계정 지웠어요",
    "deleted my old acc, this is me now")? A first person or a new-account announcement is
    needed ("삭제된 계정 환불계좌 확인" is a cashier speaking of someone else's account)."""
    if not text or not speaks_of_deleted(text) or statements.questioned_or_third_person(text):
        return False
    # Korean drops the "I": a verb of deleting in any form ("지워서 새로 왔어요", "날려서 새로 팠어요"),
    # or an English note that opens with the old account ("old acc deleted").
    return bool(_FIRST_PERSON.search(text)) or bool(ANNOUNCE.search(text)) or bool(_SELF_DELETED.search(text))


_SELF_DELETED = re.compile(
    r"지웠|지워서|지움|삭제했|삭제함|삭제해서|탈퇴했|탈퇴함|탈퇴해서|날렸|날려서|날림|없앴|없애서|"
    r"^\W*(?:old|previous|prev|former)\s+(?:acc|acct|account)\s+(?:got\s+|was\s+|is\s+)?(?:deleted|gone)\b",
    re.IGNORECASE)


def name_words(display: str) -> list[str]:
    """The distinctive words of a display name of several words ("정원 안내데스크" → "정원",
    "안내데스크"): writers name an account by one of them ("안내데스크 계정은 내 부계임"). Words
    about accounts ("(부계)", "작업계정") and marks in brackets say nothing of whose it is."""
    bare = re.sub(r"[(\[（【].*?[)\]）】]", " ", display)
    words = [norm(w) for w in re.split(r"[\s·|/_\-]+", bare)]
    words = [w for w in words if w and distinctive(w) and not CUE.search(w) and not _ACCOUNT_WORD.search(w)]
    return words if len(words) > 1 else []


_ACCOUNT_WORD = re.compile(r"부계|본계|새계|계정|세컨|서브|bot|봇|official|공식|admin", re.IGNORECASE)


def claimed_names(text: str, index: dict[str, set[int]], author: int,
                  eligible: Callable[[int, str], bool] | None = None,
                  words: dict[str, set[int]] | None = None) -> list[tuple[int, str]]:
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
        for cand in _stems(tok):
            key = norm(cand)
            source = index if key in index or not words else words
            accs = source.get(key, set()) - {author} if key and distinctive(key) else set()
            if eligible is not None:
                accs = {a for a in accs if eligible(a, key)}
            if len(accs) != 1 or author in source.get(key, set()):
                continue
            # The name stands where a handle would: the claim reader decides.
            start, end = m.start(), m.start() + len(cand)
            if not (first_person or _SELF_COPULA.match(text[end:]) or statements.speaks_of_own_account(text)
                    or _THIS_ACCOUNT.search(text)):
                break  # no one speaks of themselves: "오 이제 부계 정산 적응했네" is about someone else
            # "제가 X예요. 계정 정지돼서 새로 만들었습니다": the author is X on a new account (as for handles,
            # links.stated: "저 @x 예요" with a move)
            moved_self = bool(statements.SELF_BEFORE.search(text[:start]) and statements.SELF_COPULA_AFTER.match(text[end:])
                              and statements.announces_move(text))
            if _INTRO.search(text[:start]) and not _ALT_AFTER_NAME.match(text[end:]) and not _WAS.match(text[end:]) \
                    and not moved_self:
                break  # "its me ghost", "저 하린": the author's own name, not another account's
            if _renamed_someone_else(text, start, end, index, author):
                break  # "닉 변경: 여우비 → 비온뒤" posted by a third account announces another's rename
            swapped = text[:start] + _PLACEHOLDER + " " + text[end:]
            declared, alts, _ = statements.read(swapped)
            # "its me ghost", "저 하린이에요": the author gives their own name, which another
            # account may simply share; only a claim of another account counts.
            if _PLACEHOLDER[1:] in alts and (_PLACEHOLDER[1:] not in declared or moved_self):
                out.append((next(iter(accs)), cand))
            break
    return out


def _stems(tok: str) -> list[str]:
    """The token, then the token without each particle it may end with, longest first: a name
    that ends like a particle keeps it ("부엉이도" → "부엉", then "부엉이")."""
    out = [tok]
    for k in range(min(5, len(tok) - 1), 0, -1):
        if _PARTICLE.fullmatch(tok[-k:]) and tok[:-k] not in out:
            out.append(tok[:-k])
    return out


_ARROW_TO = re.compile(r"\s*(?:\S{0,3}\s*)?(?:→|->|=>|➡)\s*([^\s,.!?()]+)")
_FORMERLY_IN = re.compile(r"([^\s,.!?()]+)\s*[(（]\s*(?:구|전)\s*(?:닉네임|닉)?\s*[:：]?\s*$")
_FROM_TO = re.compile(r"\s*(?:에서|서)\s*([^\s,.!?()]{1,20}?)\s*(?:으로|로)\s")


def _renamed_someone_else(text: str, start: int, end: int, index: dict[str, set[int]], author: int) -> bool:
    """Is the name at text[start:end] the old side of a rename ("X → Y", "Y (구 X)") whose new
    side Y is another account's name, not the author's?"""
    m = _ARROW_TO.match(text[end:]) or _FROM_TO.match(text[end:]) or _FORMERLY_IN.search(text[:start])
    if not m:
        return False
    new = norm(_PARTICLE.sub("", m.group(1)))
    holders = index.get(new, set())
    return bool(holders) and author not in holders


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


_PREFIX = re.compile(r"(?:new|re|real|the|뉴|새|진짜|리|부계)")


def shares_core(new_key: str, old_key: str) -> bool:
    """A weaker match for an announced new account ("새벽감자" → "감자2", "정산" → "뉴정산"): the new
    name without its counter or marker is a part of the old one (or the old one a part of it), at
    least two Hangul syllables or four other characters long."""
    core = _SUFFIX.sub("", new_key) or new_key
    core = _PREFIX.sub("", core, count=1) if _PREFIX.match(core) and len(core) > 3 else core
    short, long_ = (core, old_key) if len(core) <= len(old_key) else (old_key, core)
    if short == long_ or short not in long_:
        return False
    return len(re.findall(r"[가-힣]", short)) >= 2 or len(short) >= 4


def claimed_in_reply(text: str, replied: str, index: dict[str, set[int]], author: int,
                     eligible: Callable[[int, str], bool] | None = None,
                     words: dict[str, set[int]] | None = None) -> list[tuple[int, str]]:
    """An answer to "whose account is X?" ("밤톨 누구 부계임?" → "ㅇㅇ 내 부계 맞음", "저요"): the one
    display name of the question the answer claims, read as if the answer had named it."""
    found: dict[int, str] = {}
    for w in statements.reply_subjects(text, replied):
        said = f"{w} 도 제 계정이에요" if statements.answers_me(text) else f"{w} {statements.answer_body(text)}"
        for other, name in claimed_names(said, index, author, eligible, words):
            found.setdefault(other, name)
    return list(found.items()) if len(found) == 1 else []
