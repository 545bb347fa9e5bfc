"""Ownership phrased in ways the phrase rules do not list is still read as a claim (the
learned reader, artifacts/ownership_model.py), while what is not a first-person claim stays
unclaimed. Text written for this test, not taken from the training file."""

import pytest

from roomsift.analysis.artifacts import ownership_model
from roomsift.analysis.artifacts.extract import extract
from roomsift.analysis.artifacts.ownership import owned
from roomsift.analysis.identity.statements import read

pytestmark = [pytest.mark.skipif(ownership_model.get() is None, reason="no scikit-learn or no ownership training data"),
              pytest.mark.backend_neutral("ownership reader on single texts; no case")]
WALLET = "0x52908400098527886E0F7030069857D2E4169EE7"


@pytest.mark.parametrize("text", [
    "ping me on @river_fox thats my acc btw",
    "연락 주실 분은 저한테 @river_fox 로 주시면 돼요",
])
def test_own_handles_phrased_freely(text):
    declared, alts, _ = read(text)
    assert "river_fox" in declared + alts


@pytest.mark.parametrize("text", [
    f"환불 받을 건 {WALLET} 요거 제 메타마스크예요",
    f"fyi {WALLET} is the one i use myself",
])
def test_own_values_phrased_freely(text):
    found = extract(text)
    flags = [own for art, own in zip(found, owned(text, found)) if art.kind == "eth"]
    assert flags == [True]


@pytest.mark.parametrize("text", [
    f"번호는 그대로 {WALLET} 입니다",  # a club's or operator's value, said without a first person
    f"{WALLET} 여기로 보내면 돼요?",  # a question about where to pay
    f"운영자 지갑 {WALLET} 맞나요",
])
def test_values_not_presented_as_ones_own_stay_unclaimed(text):
    found = extract(text)
    assert not any(own for art, own in zip(found, owned(text, found)) if art.kind == "eth")


@pytest.mark.parametrize("text", [
    "입장 문의는 @river_fox 로 DM 주세요", "@river_fox 님 답장 좀 해주세요", "걔 부계 @river_fox 래요",
])
def test_advertising_and_third_persons_claim_nothing(text):
    assert read(text)[:2] == ([], [])
