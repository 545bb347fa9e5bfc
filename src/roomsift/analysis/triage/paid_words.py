"""Words of a payment made, read for roles in criminal rooms only (evidence.py, roles.py).

The learned model reads "I paid" in the forms its training lines use, and misses terse or
ungrammatical ones a buyer types in a hurry: a payment stem with a completed ending ("…입금함",
"송금 끝", "…이체 완료"), or a verb of handing over with a means of payment as its object
("… 200,000원 보냄", "핀 DM으로 드렸어요", "돈 냈으니", "sent 0.01 btc"). What such a line
says is plain; what it means depends on the room: in a study group it is a member's fee, in a
room judged criminal it is paying the ring. So this reading is never used for room verdicts
(it is its own signal, `says_paid`, which context.py does not read) and counts for roles only
where the room is already judged criminal on other evidence.

Not read as a payment: retold or quoted words ("'입금했는데 왜 초대 안 해줘요' 함 ㅋㅋ",
"입금했대"), questions to someone else ("입금하셨나요?", "보냈어?"), negations and
intentions ("아직 안 보냄", "내일 입금할게요": no completed form; "있으면 돈 더 냄": a
condition), and receipts — the
collector's side ("입금 확인 완료", "들어왔습니다", "받았어요") — unless the line asks for
its own payment to be checked ("입금했어요 확인 부탁"). A collector's or runner's report of
others' payments is their admission work (attribution.py, roles.py), not a payment."""

from __future__ import annotations

import functools
import re

from roomsift.analysis.language.model import strip_quotes

# A payment stem with a completed form: "입금함", "송금 끝", "이체했습니다", "입금 0.01 ETH 완료",
# "1단계 입금 5만원 했으니까" (the completion may follow a short amount or tier).
_STEM_DONE = re.compile(
    r"(?:입금|송금|이체|결제)(?!\s?(?:하면|하시|하세|해야|해\s?주|할|후|전|시|은|는|방법))(?:(?:[^.?!\n]|(?<=\d)\.(?=\d)){0,14}?\s)?"
    r"(?:했|햇|함(?=$|[\s.!~,ㅋㅎㅠㅜ^;)])|완료|끝|해\s?드렸|해\s?드림|해씀|했음)"
)
# A verb of handing over, done: "보냈", "보냄", "쐈", "넣었", "냈", "보탬", "드렸" …
_SEND_DONE = re.compile(
    r"(?:보냈|보냄|보내\s?드렸|보내\s?드림|쐈|쏨(?=$|[\s.!~,ㅋㅎ])|쏴\s?드렸|넣었|넣음(?=$|[\s.!~,ㅋㅎ])|"
    r"(?<![가-힣])냈|(?<![가-힣])냄(?=$|[\s.!~,ㅋㅎ])|보탬|보탰|드렸)"
)
# …whose object is a means or sum of payment.
_PAY_OBJECT = re.compile(
    r"\d\s?(?:만\s?)?원|만\s?원|천\s?원|₩|\$|\d\s?(?:btc|eth|xmr|usdt|trx)\b|\b(?:btc|eth|xmr|usdt|trx)\b|"
    r"비트|이더|코인|테더|모네로|핀\s?(?:번호)?|pin\b|문상|문화상품권|컬쳐|컬처|해피머니|상품권|기프트|"
    r"(?<![가-힣])돈|차액|입장료|입장비|회비|금액|계좌|지갑",
    re.IGNORECASE,
)
_EN_DONE = re.compile(
    r"\b(?:sent|paid|transferred|deposited)\b[^.?!\n]{0,30}?"
    r"(?:\d|\b(?:btc|eth|xmr|usdt|trx|gift\s?card|pin|fee|money|payment|entry)\b|\$)|"
    r"\bpayment\s+(?:sent|done|made|complete|completed)\b",
    re.IGNORECASE,
)
# Asking whether someone else paid, or honorific forms about another person.
_ASKS_OTHER = re.compile(r"(?:했|보냈|냈|쐈|넣었)(?:나요|나|냐|니|는지|어\s?\?|어요\s?\?|음\s?\?)|하셨|보내셨|내셨|\b(?:did|have)\s+you\b", re.IGNORECASE)
# Retold: "입금했대", "보냈다던데", and quoted spans (cut first, as the language model does).
_REPORTED = re.compile(r"(?:했|함|보냈|냈|쐈|넣었|드렸)(?:대|다고|다며|다던|다는|다더|단다)")
# An offer on a condition ("있으면 5만원 더 드림", "나오면 돈 더 냄"): a promise, not a payment.
_CONDITION = re.compile(r"[가-힣](?:으면|면)(?=$|[\s,.])|\bif\b", re.IGNORECASE)
_NEGATED = re.compile(r"(?:안|못)\s?(?:했|함|보냈|보냄|냈|냄|넣었|드렸)|아직|않았|\b(?:not|never|haven'?t|didn'?t)\b", re.IGNORECASE)
# The collector's side: a receipt, unless the line asks for its own payment to be checked.
_RECEIPT = re.compile(r"확인\s?(?:완료|됨|됐|했|함)|들어왔|들어옴|받았|받음|수령|\b(?:received|confirmed|got\s+it)\b", re.IGNORECASE)
_CHECK_MINE = re.compile(r"확인\s?(?:부탁|좀|해\s?주|해\s?줘|요청|바랍|plz|pls)|확인\s?(?:됐|되었|된)\S*\s?\?|확인\s?(?:됐|되었)(?:나|는지)|\b(?:please\s+(?:check|confirm)|check\s+(?:pls|plz|please))\b", re.IGNORECASE)
_CUES = re.compile(r"입금|송금|이체|결제|보냈|보냄|보내|쐈|쏨|쏴|넣었|넣음|냈|냄|보탬|보탰|드렸|드림|sent|paid|transferred|deposited|payment", re.IGNORECASE)


# Sentences, each with its closing mark ("…완료." "…됐나요?"); a decimal point does not close one.
_SENTENCE = re.compile(r"(?:[^.?!\n]|(?<=\d)\.(?=\d))+[.?!\n]*")


@functools.lru_cache(maxsize=65536)  # read for every message; rooms repeat their lines
def says_paid(text: str | None) -> bool:
    """The author says they made a payment (see the module's note for what is left out). Each
    sentence is read on its own: "입금 0.02 ETH 완료. 환불이면 이 지갑으로" pays in the first."""
    if not text or not _CUES.search(text):
        return False
    text, _ = strip_quotes(text)
    checks_mine = bool(_CHECK_MINE.search(text))
    return any(_sentence_pays(m.group(0), checks_mine) for m in _SENTENCE.finditer(text))


def _sentence_pays(text: str, checks_mine: bool) -> bool:
    if not _CUES.search(text):
        return False
    if _ASKS_OTHER.search(text) or _NEGATED.search(text) or _REPORTED.search(text) or _CONDITION.search(text):
        return False
    if _RECEIPT.search(text) and not checks_mine:
        return False
    if _STEM_DONE.search(text) or _EN_DONE.search(text):
        return True
    return bool(_SEND_DONE.search(text) and _PAY_OBJECT.search(text))
