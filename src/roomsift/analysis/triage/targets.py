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
- **the case being worked** — "X 건", handled, finished, paid in, no reply, a deadline,
  spread, a next part of their material: `worked_on`, two such messages make a victim;
- a third-person pointer right at the name ("이 애", "걔", "이놈", "this girl") adds to
  either: the person is talked about, not addressed.

Members who speak in the room are addressed, not worked on, and are skipped (victims.py
decides about participants from the conversation itself). The weights are set so that one
leverage message or two case messages reach the victim threshold (victims.VICTIM_MIN)."""

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
_WORKED_ON = re.compile(
    r"(?<![가-힣])건(?:은|이|도|으로|은요|이요)?(?![가-힣])|처리|끝내|끝낼|끝났|마무리|정리해|답장|답\s?없|읽씹|입금|들어옴|들어왔|"
    r"돈이?\s?없|잡았|뿌려|뿌리|뿌린|겁주|협박|카운트|보내버|퍼뜨|유포|다음\s?회차|회차|[0-9]탄|(?<![가-힣])편(?![가-힣])|"
    r"\b(?:case|handled?|done\s+with|paid|payment|no\s+reply|ghosting|deadline|leak|expose|next\s+part|episode)\b",
    re.IGNORECASE,
)
_POINTER = re.compile(r"이\s?애|그\s?애|걔|얘|이놈|그놈|이년|그년|이\s?새끼|그\s?여자|그\s?남자|\bthis\s+(?:girl|guy|kid|one)\b|\b(?:her|him)\b", re.IGNORECASE)


def reading(text: str) -> tuple[float, str]:
    """(weight, signal) of a message as talk about a person being worked on; (0, "") if none."""
    if not text:
        return 0.0, ""
    pointer = POINTER if _POINTER.search(text) else 0.0
    if _LEVERAGE.search(text):
        return min(1.0, LEVERAGE + pointer), "exposed_details"
    if _WORKED_ON.search(text):
        return WORKED_ON + pointer, "worked_on"
    return 0.0, ""
