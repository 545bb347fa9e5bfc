"""People spoken of as the object of a criminal room's work: victims only @mentioned or
named, in words no threat model reads as a threat.

A ring's staff rarely threaten in their own room; they talk shop about the people they
coerce: "@jh_0817 이거 오늘 처리해야됨 어제부터 답장 없음", "김태현은 학교 쪽 리스트 확보함",
"@sua_ing 지원서 왔는데 부모님 번호까지 적어줌", "김예린 건은 끝났으니까 정리해", and members
of a paid room ask for more of a person ("@x 이 애 다음 회차 없어요?"). What marks such a
person is not one phrase but the kind of words said about them, in a room already judged
criminal from other evidence:

- **leverage** — their personal details in the ring's hands (school, workplace, contact
  lists, parents, phone, address, social account, ID): `exposed_details`, enough alone;
- **the case being worked** — `worked_on`, read as *kinds* of case talk, each WORKED_ON and
  combined like independent evidence (noisy-OR): the person as a case ("X 건"), no reply
  from them, caught, spreading or intimidation, a next part of their material, their
  material posted or taken down ("이서현 건은 내리자"), and two
  kinds that payment processing shares (handled or finished; money paid in). One kind is not
  enough; two different kinds in one line are ("ㅇㅇ 건 처리됨", "@x 오늘 처리해야됨 답장 없음"),
  as are two lines — but handled + paid alone is what a cashier says of a buyer ("@x 입금
  확인 처리"), so such a line counts as one kind;
- a third-person pointer right at the name ("이 애", "걔", "이분", "this girl") adds to
  either: the person is talked about, not addressed.

Members who speak in the room are addressed, not worked on, and are skipped (victims.py
decides about participants from the conversation itself). The weights are set so that one
leverage message, one line with two kinds of case talk, or two case messages reach the
victim threshold (victims.VICTIM_MIN)."""

from __future__ import annotations

import re

LEVERAGE = 0.6
WORKED_ON = 0.35
POINTER = 0.2

_LEVERAGE = re.compile(
    r"학교|학년|학과|과\s?단톡|동아리|회사|직장|단톡|명단|리스트|연락처|주소|집\s?(?:주소|앞|위치)|부모|엄마|아빠|가족|"
    r"번호|인스타|페북|지원서|학생증|신분증|신상|실명|얼굴|사는\s?곳|"
    r"\b(?:school|college|class|company|office|work(?:place)?|boss|contacts?|contact\s+list|parents?|mom|dad|family|"
    r"address|instagram|insta|ig|phone|number|real\s+name|student\s+id|id\s+card)\b",
    re.IGNORECASE,
)
# Kinds of case talk. The first group marks a person being coerced; the last two are also
# what a room's cashier says about a buyer.
_CASE_KINDS = {
    "case": r"(?<![가-힣])건(?:은|이|도|으로|은요|이요)?(?![가-힣])|\bcase\b",
    "silent": r"답장|답\s?없|답이\s?(?:없|느려|안)|읽씹|잠수|\b(?:no\s+reply|ghost(?:ing|ed)?|left\s+on\s+read)\b",
    "caught": r"잡았|낚았|\b(?:hooked|caught)\b",
    "spread": r"뿌려|뿌리|뿌린|퍼뜨|유포|보내버|\b(?:leak(?:ed)?|expose[ds]?)\b",
    "pressure": r"겁주|협박|카운트|압박|\b(?:deadline|pressure|scare)\b",
    "sequel": r"다음\s?회차|회차|[0-9]탄|(?<![가-힣])편(?![가-힣])|\b(?:next\s+part|episode)\b",
    "posted": r"올려|올렸|올림|올리자|내려|내렸|내림|내리자|풀어|풀었|풀림|\b(?:upload(?:ed)?|posted|take\s+(?:it\s+)?down|took\s+(?:it\s+)?down)\b",
    "handled": r"처리|끝내|끝낼|끝났|끝남|마무리|정리해|\b(?:handled?|done\s+with|finished)\b",
    "paid": r"입금|들어옴|들어왔|돈이?\s?없|\b(?:paid|payment)\b",
}
_CASE_RE = {kind: re.compile(rx, re.IGNORECASE) for kind, rx in _CASE_KINDS.items()}
SHARED_WITH_PAYMENTS = frozenset({"handled", "paid"})
_POINTER = re.compile(r"이\s?애|그\s?애|걔|얘|이놈|그놈|이년|그년|이\s?새끼|그\s?여자|그\s?남자|이분|그분|이\s사람|그\s사람|\bthis\s+(?:girl|guy|kid|one)\b|\b(?:her|him)\b", re.IGNORECASE)


def case_kinds(text: str) -> set[str]:
    """The kinds of case talk in a message."""
    return {kind for kind, rx in _CASE_RE.items() if rx.search(text)}


def reading(text: str) -> tuple[float, str]:
    """(weight, signal) of a message as talk about a person being worked on; (0, "") if none."""
    if not text:
        return 0.0, ""
    pointer = POINTER if _POINTER.search(text) else 0.0
    if _LEVERAGE.search(text):
        return min(1.0, LEVERAGE + pointer), "exposed_details"
    kinds = case_kinds(text)
    if not kinds:
        return 0.0, ""
    n = len(kinds) if kinds - SHARED_WITH_PAYMENTS else 1
    return round(min(1.0, 1.0 - (1.0 - WORKED_ON) ** min(n, 2) + pointer), 3), "worked_on"
