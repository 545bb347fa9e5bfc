"""Is a wallet, bank account or phone number presented by its author as their own?

Identity rests on this question only (docs/identity.md): a value two accounts each call
"mine" ties them; a value one account pays to, quotes, re-posts or advertises does not.
So ownership is judged per value from the words right around it, never from the message
as a whole: in "제 지갑으로 보냈어요, 운영자 지갑은 X" the operator's X is not the author's.

A value is the author's own when a first-person possessive names its kind just before
it ("제 지갑 주소 X", "환불은 제 지갑으로 부탁해요 X", "refund to my XMR pls: X",
"내 모네로 X", "my number is X") or a first-person claim follows it ("X 제 꺼예요",
"X 입니다 (제 명의)", "X 예금주 본인이에요", "X is mine"), or the author asks to be paid
back or contacted there, or says they paid from it ("X 로 환불 부탁드려요", "refund to X",
"call me at X", "X 에서 보냈어요", "sent from X"). The kind may end a compound ("제 환불계좌 X",
"내 입금통장 X"). A negation or a question about the value ("제 꺼 아니에요", "제 지갑 맞나요?")
is not a claim, nor a value named as another person's ("제 친구 계좌 X", "엄마 번호 X")."""

from __future__ import annotations

import re

from roomsift.analysis.artifacts import ownership_model
from roomsift.analysis.artifacts.model import PAYMENT_KINDS, PHONE, Artifact

OWNABLE = PAYMENT_KINDS + (PHONE,)

# Words that name what a payment or contact value is (a prefix of the written word is
# enough: 지갑으로, 계좌는, wallet's).
_KIND_NOUN = (
    r"(?:번호|폰|연락처|핸드폰|휴대폰|전화|계좌|통장|지갑|주소|이더|비트|모네로|코인|테더|트론|명의|"
    r"wallet|address|addr|account|acct|acc|number|phone|cell|xmr|btc|eth|usdt|trx|monero|bitcoin|ether|bank|iban)"
)
# Someone else the author knows ("my friend's", "my mother's"): their value, not the author's.
_OTHER_PERSON = (r"(?:친구|지인|엄마|아빠|어머니|아버지|부모|동생|형|오빠|누나|언니|남친|여친|남자\s?친구|여자\s?친구|남편|아내|와이프|"
                 r"가족|애인|선배|후배|사장|팀장|회사|대표|총무|반장|운영자|관리자|friend|mom|mum|dad|mother|father|brother|sister|wife|husband|boss|\w+'s\b)")
# A first-person possessive (Korean 제/내/저의/나의/본인, English my), then at most one
# modifier word ("제 이더 주소", "my cold wallet"), the kind noun, then at most two words
# before the value ("제 지갑으로 부탁해요 X", "my number is X").
_OWN_BEFORE = re.compile(
    r"(?:(?:(?<![가-힣])(?:제|내|저의|나의|본인)(?:\s+|(?=" + _KIND_NOUN + r"))|\bmy\s+)"
    # a modifier word, or the first half of a compound ("제 환불계좌", "내 입금통장", "제 개인지갑")
    # — not a person's: "제 친구 계좌", "내 동생통장" are someone else's
    r"(?:(?!" + _OTHER_PERSON + r")(?:\S{1,8}\s+|[가-힣]{1,4}(?=" + _KIND_NOUN + r")))?" + _KIND_NOUN + r"\S*(?:\s+\S+){0,3}?\s*[:：=(→\-]*\s*"
    # "(mine): X", "refund to: X" (the payer asking for their money back), "sent from X",
    # "call me at X"
    r"|\b(?:mine|내꺼|제꺼)\s*[:)]*\s*|\brefund\s+(?:it\s+|me\s+)?(?:to|into)\s*:?\s*"
    r"|\b(?:paid|sent|sending|pay|transferred)\s+from\s+|\b(?:call|text|reach|contact|message)\s+me\s+(?:at|on)?\s*"
    # a payer asking for their money back there ("환불은 여기로 부탁드려요 X", "환불 받을 주소 X"), or
    # saying they will take a payment there ("계좌로 받을게요 X": -ㄹ게 is said only of oneself)
    r"|환불\S{0,2}\s*(?:은|는)?\s*(?:(?:여기|이쪽|이리)\S{0,2}\s*)?(?:부탁\S*|주세요|해\s?주세요|받을\s*(?:주소|계좌|지갑|곳|데)\S*|받고\s*싶\S*)\s*[:：]?\s*(?:[가-힣A-Za-z]{1,8}\s+)?"
    r"|(?:으로|로)\s*받을게요?\s*[:：]?\s*(?:[가-힣A-Za-z]{1,8}\s+)?"
    r")$",
    re.IGNORECASE,
)
_OWN_AFTER = re.compile(
    r"^\W{0,3}(?:\S+\s+){0,2}?\(?\s*(?:"
    r"(?:제|내|본인)\s*(?:꺼|거|것|명의|계좌|지갑|번호)|예금주\s*(?:는\s*)?(?:본인|저)|"
    r"\bis\s+mine\b|\bmine\b|\bis\s+my\s+(?:own\s+)?(?:wallet|address|account|number|phone)\b)"
    # "X 로 환불 부탁드려요" (refund me there), "X 에서 보냈어요" (paid from it). Not "X 로 연락주세요":
    # people repeat a group contact's number that way.
    r"|^\s*(?:으로|로)\s*(?:환불|refund)\s*(?:좀\s*)?(?:부탁|해\s?주세요|주세요|해\s?줘|plz|please|pls)"
    r"|^\s*에서\s*(?:\S+\s+){0,2}?(?:보냈|송금했|이체했|입금했|쐈)",
    re.IGNORECASE,
)
# "제 꺼 아니에요", "not mine", "이거 맞나요?" (is this the right one?) deny or doubt the claim;
# a question about something else ("제 주소 X 로 환불 가능할까요?") does not.
_DENIED = re.compile(r"아니(?!면)|아님|아닌|\bnot\b|\bisn'?t\b|맞나요|맞아요\?|맞죠|맞는지", re.IGNORECASE)
# Where the author paid *to* ("제가 보낸 주소 X", "입금한 계좌 X", "sent it to X"): the payee's value,
# however first-person the sentence. The learned reader does not decide these.
_PAID_TO = re.compile(
    r"(?:보낸|보냈던|송금한|입금한|이체한|쏜|넣은)\s*(?:주소|지갑|계좌|곳|데)|\b(?:sent|paid|transferred|sending|paying)\s+(?:\S+\s+){0,3}?to\b",
    re.IGNORECASE,
)
# The value is named as another person's ("제 친구 계좌", "엄마 번호", "my friend's wallet"): never the
# author's, whatever the learned reader makes of the first person.
_OTHERS_VALUE = re.compile(_OTHER_PERSON + r"(?:의|\s)?\s*(?:\S{1,6}\s+)?" + _KIND_NOUN, re.IGNORECASE)
# "환불은 X 로 부탁드려요", "환불 X 로 받고 싶어요": the refund asked for before the value, its
# destination after it. A cashier's "환불 X 로 해드렸어요" gives it back to someone else.
_REFUND_BEFORE = re.compile(r"환불\S{0,2}\s*(?:은|는)?\s*$|환불\S{0,2}\s*(?:은|는)?\s*(?:\S+\s+)?(?:제\s+|내\s+)?$")
_REQUEST_AFTER = re.compile(r"^\s*(?:으로|로)\s*(?:좀\s*)?(?:부탁|주세요|해\s?주세요|해\s?줘|받고\s*싶|받을게)")
# Where a claim about one value ends: a line or sentence break.
_BREAK = re.compile(r"[\n.!?|/]\s|\n")
WINDOW = 40


def _before(text: str, art: Artifact, floor: int) -> str:
    seg = text[max(floor, art.start - WINDOW):art.start]
    cuts = list(_BREAK.finditer(seg))
    return seg[cuts[-1].end():] if cuts else seg


def _after(text: str, art: Artifact, ceiling: int) -> str:
    seg = text[art.end:min(ceiling, art.end + WINDOW)]
    cut = _BREAK.search(seg)
    return seg[:cut.start() + 1] if cut else seg


def owned(text: str, found: list[Artifact]) -> list[bool]:
    """For each artifact of `found` (as `extract(text)` returned them, in position order):
    does the author present it as their own? Only wallets, bank accounts, PINs and phones
    can be owned; the claim about one ends where the next of them starts."""
    ownable = [i for i, art in enumerate(found) if art.kind in OWNABLE]
    out = [False] * len(found)
    undecided: list[int] = []
    for n, i in enumerate(ownable):
        art = found[i]
        floor = found[ownable[n - 1]].end if n else 0
        ceiling = found[ownable[n + 1]].start if n + 1 < len(ownable) else len(text)
        before, after = _before(text, art, floor), _after(text, art, ceiling)
        denied = _DENIED.search(after[:24]) or _DENIED.search(before[-12:])
        if _OTHERS_VALUE.search(before):
            continue  # "제 동생 계좌 X 로 환불 부탁드려요": the brother's, even refunded to
        if _OWN_BEFORE.search(before) or _OWN_AFTER.search(after) or (_REFUND_BEFORE.search(before) and _REQUEST_AFTER.match(after)):
            out[i] = not denied
        elif not denied and not _PAID_TO.search(before) and ownership_model.speaks_of_self(before, after):
            undecided.append(i)
    # Phrasings the rules do not know go to the learned reader (ownership_model.py), strict cut.
    for i, p in zip(undecided, ownership_model.read(text, [(found[i].start, found[i].end) for i in undecided])):
        out[i] = bool(p) and p.get("own", 0.0) + p.get("alt", 0.0) >= ownership_model.CLAIM_CUT
    return out
