"""What authors say about handles: their own contact, or their other account."""

import pytest

from roomsift.analysis.identity.statements import read

pytestmark = pytest.mark.backend_neutral("statement reading of single texts; no case")


@pytest.mark.parametrize("text", [
    "연락은 제 텔레 아이디 @river_fox 로", "dm me at @river_fox", "my username is @river_fox",
    "이제 저(@river_fox)한테 문의하세요", "저 디엠은 @river_fox 로 부탁해요",
])
def test_declarations(text):
    assert read(text)[:2] == (["river_fox"], [])


@pytest.mark.parametrize("text", [
    "옛날 계정 @river_fox 정지먹어서 새로 팠음", "본캐는 @river_fox 입니다", "@river_fox 도 제 계정이에요",
    "@river_fox 계정 막혀서 이걸로 왔어요", "my previous account was @river_fox", "formerly @river_fox, now here",
    "@river_fox got suspended, this is my new one", "@river_fox 쓰던 사람이에요",
])
def test_alt_claims(text):
    assert read(text)[1] == ["river_fox"]


@pytest.mark.parametrize("text", [
    "문의는 @river_fox 로", "@river_fox 님 답장 좀", "@river_fox 부계 아님?", "걔 예전 계정 @river_fox 임",
    "@river_fox 정지됐네 새로 팔 듯", "@river_fox 사칭 계정 조심", "입장 문의는 @river_fox 로 DM",
    "@river_fox 제 계정 아니에요",
])
def test_advertising_addressing_questions_and_third_persons_claim_nothing(text):
    assert read(text)[:2] == ([], [])
