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
- more kinds: caught or newly found, on hold, asked after, their material or a "mission",
  and `traded` (the model reads the line as asking for or offering material, or the message
  carries media): a person named in it is the subject of what the room trades;
- in a ring's back room (its staff's own room) one kind other than payment processing is
  enough (BACK_ROOM);
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
BACK_ROOM = 0.5  # one kind of case talk in a ring's back room (victims.VICTIM_MIN)
TRADED_MIN = 0.5  # the model's reading of a line as asking for or offering material

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
    "silent": r"답장|답\s?없|답이\s?(?:없|느려|안)|읽씹|잠수|연락\s?(?:끊|두절|안\s?됨)|\b(?:no\s+reply|ghost(?:ing|ed)?|left\s+on\s+read)\b",
    # Caught or newly found: a lure taken, a new one found or brought in.
    "caught": r"잡았|낚았|낚임|미끼|물었|걸려\s?들|걸렸|찾았|찾음|새로\s?(?:하나|한\s?명|들어온|온\s?애)|새\s?(?:애|타겟)|타겟|"
              r"\b(?:hooked|caught|took\s+the\s+bait|new\s+(?:one|girl|target)|found\s+(?:one|another|a\s+new))\b",
    "spread": r"뿌려|뿌리|뿌린|퍼뜨|유포|보내버|\b(?:leak(?:ed)?|expose[ds]?)\b",
    "pressure": r"겁주|겁줌|협박|카운트|압박|입단속|굴림|굴려|굴리|\b(?:deadline|pressure|scare)\b",
    "sequel": r"다음\s?회차|회차|[0-9]탄|(?<![가-힣])편(?![가-힣])|후속|이어서|속편|하나\s?더|\b(?:next\s+part|episode|sequel|more\s+of)\b",
    "posted": r"올려|올렸|올림|올리자|내려|내렸|내림|내리자|풀어|풀었|풀림|\b(?:upload(?:ed)?|posted|take\s+(?:it\s+)?down|took\s+(?:it\s+)?down)\b",
    # Put on hold, stopped, or asked after: the person's case as a matter being run.
    "held": r"보류|중단|킵해|\b(?:on\s+hold|paused?|shelved?)\b",
    "status": r"어떻게\s?(?:됨|됐|돼|되고)|진행\s?(?:중|상황|됨)|\b(?:how'?s\s+\S+\s+going|any\s+progress|status)\b",
    # Material of the person: what the room trades in, or work to make it (a "mission").
    "material": r"영상|동영상|사진|풀버전|원본|정리본|모음|(?<![가-힣])짤|미션|작업|의뢰|\b(?:video|pics?|photos?|full\s+version|mission)\b",
    "handled": r"처리|끝내|끝낼|끝났|끝남|마무리|정리해|\b(?:handled?|done\s+with|finished)\b",
    "paid": r"입금|들어옴|들어왔|돈이?\s?없|\b(?:paid|payment)\b",
}
_CASE_RE = {kind: re.compile(rx, re.IGNORECASE) for kind, rx in _CASE_KINDS.items()}
SHARED_WITH_PAYMENTS = frozenset({"handled", "paid"})
_POINTER = re.compile(r"이\s?애|그\s?애|걔|얘|이놈|그놈|이년|그년|이\s?새끼|그\s?여자|그\s?남자|이분|그분|이\s사람|그\s사람|\bthis\s+(?:girl|guy|kid|one)\b|\b(?:her|him)\b", re.IGNORECASE)


def case_kinds(text: str, probabilities: dict[str, float] | None = None) -> set[str]:
    """The kinds of case talk in a message. `probabilities` (the language model's reading of
    the line) add `traded`: the line asks for or offers material (>= TRADED_MIN) — a person
    named in it is the subject of what the room trades."""
    kinds = {kind for kind, rx in _CASE_RE.items() if rx.search(text)}
    if probabilities and max(probabilities.get("solicit_material", 0.0), probabilities.get("offer_material", 0.0)) >= TRADED_MIN:
        kinds.add("traded")
    return kinds


def reading(text: str, probabilities: dict[str, float] | None = None, back_room: bool = False,
            media: bool = False) -> tuple[float, str]:
    """(weight, signal) of a message as talk about a person being worked on; (0, "") if none.
    `media`: the message carries the room's material (a photo, a video, a file): its caption
    is `traded`, like a line the model reads as an offer.
    In a ring's back room (`back_room`: its staff, who run or coerce for the other rooms) one
    kind of case talk other than payment processing is enough: staff do not discuss a
    stranger's case, material or recruitment for nothing."""
    if not text:
        return 0.0, ""
    pointer = POINTER if _POINTER.search(text) else 0.0
    if _LEVERAGE.search(text):
        return min(1.0, LEVERAGE + pointer), "exposed_details"
    kinds = case_kinds(text, probabilities) | ({"traded"} if media else set())
    if not kinds:
        return 0.0, ""
    own = kinds - SHARED_WITH_PAYMENTS
    n = len(kinds) if own else 1
    w = 1.0 - (1.0 - WORKED_ON) ** min(n, 2) + pointer
    if back_room and own:
        w = max(w, BACK_ROOM)
    return round(min(1.0, w), 3), "worked_on"
