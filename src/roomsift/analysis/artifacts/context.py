"""How an artifact was posted, judged from the words of its message.

- `ask`: someone asks where or how to pay ("입장료 어디로 보내요?", "where do I send").
- `proof`: someone says they paid ("15만원 입금했습니다", "0.01 BTC sent, proof in DM").
- `self`: someone gives their own contact or account ("제 번호", "my wallet", "부계정").
- `offer`: someone tells others where and what to pay ("입장료 15만원, BTC로 보내주세요").
- `mention`: none of these.

Cues are checked in that order, so "입장료 어디로 보내요?" is a question, not an offer."""

from __future__ import annotations

import re

ASK, PROOF, SELF, OFFER, MENTION = "ask", "proof", "self", "offer", "mention"
CONTEXTS = (ASK, PROOF, SELF, OFFER, MENTION)

_ASK = re.compile(
    r"어디로|어디에|어디다|어떻게\s?(?:결제|입금|보내|송금)|(?:주소|계좌|지갑)\s?(?:좀|알려|뭐)|얼마(?:에요|예요|인가요|임|야|죠)|"
    r"where\s+(?:do|should|can|to)\b|how\s+(?:do\s+i|to|can\s+i)\s+(?:pay|send)|which\s+(?:wallet|address|account)|how\s+much",
    re.IGNORECASE,
)
# A payment said to be made ("보냈어요", "0.01 BTC sent", "txid ...").
_PROOF = re.compile(
    r"보냈|송금했|송금\s?완료|입금했|입금\s?완료|결제했|결제\s?완료|이체했|이체\s?완료|쏴드렸|쐈|넣었|보냄|txid|tx\s?id|\btx\b|"
    r"\b(?:sent|paid|transferred)\b",
    re.IGNORECASE,
)
# Nouns of proof: "인증샷", "영수증", "proof of payment -> @desk" also appear in price lists
# telling payers what to send, so they count only when nothing offers a price or a place to pay.
_PROOF_NOUN = re.compile(r"인증\s?(?:합니다|샷|해요)|영수증|\b(?:proof|receipt)\b", re.IGNORECASE)
_SELF = re.compile(
    r"(?:제|내|저의|나의)\s?(?:번호|폰|연락처|계좌|지갑|주소|아이디|계정)|부계정?|본계정?|옛\s?계정|예전\s?계정|이전\s?계정|새\s?계정|"
    r"\bmy\s+(?:number|phone|wallet|address|account|old|new|main|alt|other)\b|\b(?:alt|old|new|main)\s+account\b",
    re.IGNORECASE,
)
_OWN_TRANSFER = re.compile(r"\bto\s+my\s+(?:own\s+|cold\s+|hardware\s+|other\s+)?wallet\b|(?:내|제)\s?(?:개인\s?|콜드\s?)?지갑으로", re.IGNORECASE)
_OFFER = re.compile(
    r"입장료|입장비|가격|요금|참가비|후원|보내\s?주세요|보내면|입금\s?(?:해|하시|하면|후|주세요)|송금\s?(?:해|하시|하면|후)|결제는|결제\s?(?:하시|하면|후)|"
    r"\d\s?단계|VIP|방\s?값|여기로|이쪽으로|계좌는|입금\s?계좌|받는\s?(?:주소|계좌|지갑)|"
    r"\b(?:fee|price|prices|entry|send\s+to|pay\s+to|send\s+(?:it\s+)?here|deposit|tier|vip)\b",
    re.IGNORECASE,
)


def classify(text: str) -> str:
    if _ASK.search(text) or ("?" in text and re.search(r"주소|계좌|지갑|address|wallet|account", text, re.I)):
        return ASK
    if _OWN_TRANSFER.search(text):
        return SELF  # moving one's own coins is not a payment to anyone
    if _PROOF.search(text):
        return PROOF
    if _SELF.search(text):
        return SELF
    if _OFFER.search(text):
        return OFFER
    if _PROOF_NOUN.search(text):
        return PROOF
    return MENTION
