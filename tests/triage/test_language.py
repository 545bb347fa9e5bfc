"""The lexicon's intent patterns over concepts, in Korean, English and mixed text, robust to
inflection, spacing, slang and typos, and quiet on everyday talk. The lexicon is now one
feature of the learned model (test_model.py tests what decides); these test the feature."""

import pytest

from roomsift.analysis.language.signals import detect_lexicon

pytestmark = pytest.mark.backend_neutral("language signals on single texts; no case")


def top(text: str) -> dict:
    return detect_lexicon([text])[0].signals


def detect(text: str):
    return detect_lexicon([text])[0]


def detect_many(texts):
    return detect_lexicon(texts)


@pytest.mark.parametrize("text", [
    "send us something good", "Show us some positive things", "s3nd moar vids pls", "pleeease post more clips tonight",
    "좋은거 좀 올려주세요", "좋은 거 좀 올려 주세요", "좋은거좀올려주셈", "새 자료 언제 풀려요?", "이번엔 진짜 쎈 걸로 부탁드려요", "can u hand over something spicy",
])
def test_requests_in_many_phrasings(text):
    assert top(text).get("request_material", 0) >= 0.5


@pytest.mark.parametrize("text", ["new batch uploaded, check pinned", "새자료 업로드했습니다", "오늘 분량 업로드 완료", "2편 올림", "just dropped the fresh set, vip only"])
def test_distribution_is_not_a_request(text):
    s = top(text)
    assert s.get("distribute_material", 0) >= 0.5
    assert s.get("request_material", 0) == 0


def test_money_signals_keep_asking_paying_and_pricing_apart():
    assert top("Entry fee 0.01 BTC, send to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh").get("price_announcement", 0) >= 0.6
    assert "price_announcement" not in top("entry fee transferred: 0.01 BTC, txid in dm")
    assert top("입금했습니다 확인 부탁드려요").get("payment_claim", 0) >= 0.6
    assert top("paid 0.01 btc, txid in dm").get("payment_claim", 0) >= 0.6
    assert top("입장료 어디로 보내요?").get("payment_question", 0) >= 0.5
    assert top("how much for VIP?").get("payment_question", 0) >= 0.5
    assert top("결제 확인된 분들 1단계 초대합니다").get("admission_control", 0) >= 0.5


@pytest.mark.parametrize("text", [
    "if you dont do it I will send these pics to your parents and school", "안 하면 학교랑 부모님한테 다 뿌린다",
    "오늘 밤까지 보내. 안 보내면 네 번호랑 이름 방에 올린다", "refuse again and I leak everything to your classmates",
])
def test_threats(text):
    assert top(text).get("threat", 0) >= 0.6


def test_exposure_and_pleas():
    assert top("her name is Jisoo, goes to Hanbit high school, phone 010-1234-5678").get("expose_personal", 0) >= 0.6
    assert top("얘 학교 주소 전화번호 다 털었다 @kim_sy").get("expose_personal", 0) >= 0.6
    assert top("제발 지워주세요 시키는대로 할게요").get("victim_plea", 0) >= 0.6
    assert top("please delete them, I will do anything").get("victim_plea", 0) >= 0.6


@pytest.mark.parametrize("text", ["great shot, love the colours", "오늘 저녁 뭐 먹지", "I sent the report yesterday", "ㅋㅋㅋ", "who's in for the raid tonight?", "학부모 회비 만원씩 보내주세요"])
def test_everyday_talk_is_quiet(text):
    s = top(text)
    assert not {k: v for k, v in s.items() if v >= 0.5}, s


def test_everyday_objects_damp_the_same_words():
    assert top("Send us something good from your trip!").get("request_material", 0) < 0.5
    assert top("tournament entry fee 0.001 BTC").get("price_announcement", 0) < 0.5
    assert top("소풍 사진 좀 올려주세요~").get("request_material", 0) < 0.5


def test_batch_equals_single():
    texts = ["좋은거 좀 올려주세요", "new batch uploaded", "ㅋㅋ", "if you don't, I'll send these to your parents"]
    assert [s.signals for s in detect_many(texts)] == [detect(t).signals for t in texts]
