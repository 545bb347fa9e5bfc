"""Ownership of a value is judged from the words right around it (artifacts/ownership.py)."""

import pytest

from roomsift.analysis.artifacts import extract
from roomsift.analysis.artifacts.ownership import owned

pytestmark = pytest.mark.backend_neutral("ownership of values in single texts; no case")

WALLET = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
ETH = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"


def _own(text):
    found = extract(text)
    return [mine for a, mine in zip(found, owned(text, found)) if a.kind != "amount"]


@pytest.mark.parametrize("text", [
    f"환불은 제 지갑 {WALLET} 으로 부탁드려요",
    f"my wallet: {WALLET}",
    f"refund to my btc please {WALLET}",
    "연락은 제 번호 010-2345-6789 로 주세요",
    "신한 110-590-077677 (제 명의)",
    "국민 685602-00-144474 예금주 본인입니다",
    f"{ETH} 이거 제 꺼예요",
])
def test_first_person_claims_are_ownership(text):
    assert _own(text) == [True]


@pytest.mark.parametrize("text", [
    f"{WALLET} 로 0.01 BTC 보냈어요",  # paid to it
    f"입장료는 {WALLET} 로 보내주세요",  # offered as the place to pay
    "김OO 환불해달라고 신한 110-590-077677 보내옴",  # someone else's account re-posted
    "이 사람 번호 010-2345-6789 다들 저장해",  # exposed
    f"제 지갑 아니고 운영자 지갑 {WALLET}",  # denied
    f"{ETH} 이거 맞죠?",  # asked about
    f"제가 보낸 주소 {WALLET}",  # "the address I sent to"
])
def test_paying_quoting_and_exposing_are_not_ownership(text):
    assert _own(text) == [False]


def test_each_value_is_judged_on_its_own():
    assert _own(f"my wallet {ETH} and the operator's wallet {WALLET}") == [True, False]


def test_series_codes_before_original_are_not_money():
    assert [a.kind for a in extract("A-17 원본 있어요? 15만원이면 살게요")] == ["amount"]
