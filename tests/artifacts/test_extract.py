"""Korean and English payment, contact and link artifacts through `extract`."""

import pytest

from roomsift.analysis.artifacts import extract

pytestmark = pytest.mark.backend_neutral("artifact extraction from single texts; no case")


def kinds(text):
    return [(a.kind, a.value) for a in extract(text)]


@pytest.mark.parametrize(
    "text,amount,currency",
    [
        ("입장료 15만원", 150000, "KRW"),
        ("150,000원 입금", 150000, "KRW"),
        ("it costs 1.55 million won", 1550000, "KRW"),
        ("0.01 BTC sent", 0.01, "BTC"),
        ("VIP is $50", 50, "USD"),
        ("5만 보내면 됨", 50000, "KRW"),
        ("1억 5천만원", 150000000, "KRW"),
        ("3천원", 3000, "KRW"),
        ("0.5 이더로 결제", 0.5, "ETH"),
        ("20만 원", 200000, "KRW"),
        ("50달러", 50, "USD"),
        ("1.2 XMR", 1.2, "XMR"),
        ("100 USDT", 100, "USDT"),
    ],
)
def test_amounts(text, amount, currency):
    arts = [a for a in extract(text) if a.kind == "amount"]
    assert len(arts) == 1, arts
    assert arts[0].detail == {"amount": pytest.approx(amount), "currency": currency}


@pytest.mark.parametrize("text", ["5만명이 봤대", "방 3개", "10명 들어옴", "2021년 3월", "ㅋㅋㅋ 좋아요", "오후 3시"])
def test_counts_and_dates_are_not_money(text):
    assert not [a for a in extract(text) if a.kind == "amount"]


@pytest.mark.parametrize(
    "text,value",
    [
        ("국민은행 123456-12-123456 홍길동", "국민:12345612123456"),
        ("카카오뱅크 3333-01-1234567 으로", "카카오뱅크:3333011234567"),
        ("신한 110-123-456789", "신한:110123456789"),
        ("입금: 우리은행 1002-123-456789", "우리:1002123456789"),
        ("토스뱅크 1000-1234-5678 예금주 김", "토스뱅크:100012345678"),
        ("농협 302-1234-5678-11", "농협:3021234567811"),
    ],
)
def test_bank_accounts_need_a_named_bank(text, value):
    arts = [a for a in extract(text) if a.kind == "bank_account"]
    assert [(a.value, a.validity) for a in arts] == [(value, "unchecked")]


def test_bank_format_mismatch_is_malformed_and_no_bank_is_nothing():
    assert [a.validity for a in extract("카카오뱅크 123-456-7890123") if a.kind == "bank_account"] == ["malformed"]
    assert not [a for a in extract("주문번호 123456-12-123456") if a.kind == "bank_account"]


def test_phones():
    assert kinds("연락 010-1234-5678") == [("phone", "010-1234-5678")]
    assert kinds("+82 10 1234 5678") == [("phone", "010-1234-5678")]
    assert kinds("01012345678 문자주세요") == [("phone", "010-1234-5678")]
    assert kinds("사무실 02-123-4567") == [("phone", "02-123-4567")]


@pytest.mark.parametrize(
    "text,brand,value",
    [
        ("문상 핀번호 1234-5678-9012-3456 보냈어요", "문화상품권", "1234567890123456"),
        ("해피머니 1234567890123456", "해피머니", "1234567890123456"),
        ("북앤라이프 1111-2222-3333-4444", "북앤라이프", "1111222233334444"),
        ("컬쳐랜드 1234-5678-9012-345678", "문화상품권", "123456789012345678"),
        ("구글플레이 기프트코드 ABCD-1234-EFGH-5678-IJKL", "Google Play", "ABCD1234EFGH5678IJKL"),
    ],
)
def test_gift_cards(text, brand, value):
    arts = [a for a in extract(text) if a.kind == "gift_card"]
    assert [(a.detail["brand"], a.value) for a in arts] == [(brand, value)]


def test_links_and_usernames():
    got = kinds("입장은 https://t.me/joinchat/AbCdEf123 또는 t.me/+XyZ12345, 공지 t.me/NoticeRoom 문의 @Gate_Keeper 메일 a@b.com https://example.org/x.")
    assert got == [
        ("invite_link", "t.me/+AbCdEf123"),
        ("invite_link", "t.me/+XyZ12345"),
        ("invite_link", "t.me/noticeroom"),
        ("username", "gate_keeper"),
        ("url", "https://example.org/x"),
    ]


def test_plain_chat_has_nothing():
    for text in ["ㅋㅋㅋ 좋은 거 좀 올려주세요", "send us something good", "new batch uploaded", "", "ThisIsAVeryLongWordWithoutAnyDigitsAtAll"]:
        assert extract(text) == []


def test_positions_point_at_the_raw_text():
    text = "지갑 1BoatSLRHtKNngkdXEeobR76b53LETtpyT 이고 15만원"
    for a in extract(text):
        assert text[a.start:a.end] == a.raw
