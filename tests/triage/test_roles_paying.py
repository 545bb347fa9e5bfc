"""Payers read from what a member says and shows in a criminal room (roles.py, paid_words.py):
terse words of a payment made count, price questions and guesses do not, and a transfer
screenshot is a payment, not distribution — through public functions on small hand-made rooms
(Telegram Desktop JSON layout)."""

import pytest

from roomsift.analysis.triage.paid_words import says_paid
from test_roles_behaviour import VIDEO, paid_room
from test_rooms_victims import _case, _export, _roles_in_one_criminal_room

PHOTO = {"photo": "photos/p.jpg", "width": 640, "height": 480}


@pytest.mark.parametrize("text", [
    "2관 업글 입금 끝냄 ㅋㅋ",  # a payment stem, completed
    "방금 입금함",
    "차액 70,000원 송금했어요",
    "입금 0.02 ETH 완료 확인 부탁",
    "문화상품권 핀 방금 DM으로 드렸습니다",  # a verb of handing over + a means of payment
    "코인 쐈어요 ㅎㅎ",
    "돈 냈으니까 빨리 좀",
    "just sent 0.004 btc",
    "payment sent, check pls",
    "입금했는데 확인 됐나요?",  # asks about its own payment: still a payment
])
def test_terse_words_of_a_payment_made_are_read(text):
    assert says_paid(text)


@pytest.mark.parametrize("text", [
    "입금하셨나요?",  # asks someone else
    "너 입금했어?",
    "아직 송금 안 했어요",  # negated
    "내일 입금할게요",  # intention: no completed form
    "입금하면 바로 끝",  # the terms: a condition
    "다음 편 있으면 돈 더 냄",  # an offer on a condition
    "걔 입금했대",  # retold
    "누가 '입금했는데 왜 안 넣어줘요' 이럼 ㅋㅋ",  # quoted
    "입금 확인 완료 초대 보냄",  # the collector's receipt
    "링크 보냈어요",  # handing over, but no means of payment
    "사진 보냄",
    "결제는 문상으로 해주세요",
    "did you send the btc?",
])
def test_other_talk_of_payment_is_not_a_payment(text):
    assert not says_paid(text)


def _paying_room(tmp_path):
    """The paid room of test_roles_behaviour plus members who pay in few words (8), pay with
    a screenshot captioned as a payment, twice (9), only ask the price (10), and the operator
    reporting takings in the same words (1)."""
    room = paid_room(tmp_path)
    import json

    doc = json.loads((room / "result.json").read_text(encoding="utf-8"))
    t = int(doc["messages"][-1]["date_unixtime"])
    extra = [
        (8, "새벽별", "2관 입장 입금함 ㅋㅋ", None),
        (9, "별빛", "입금했어요 캡처 첨부", PHOTO),
        (9, "별빛", "VIP 차액도 보냈어요 캡처요", PHOTO),
        (10, "달무리", "2관은 얼마예요?", None),
        (10, "달무리", "VIP도 가격 같아요?", None),
        (1, "달빛", "오늘 3명 입금함", None),
    ]
    for i, (uid, name, text, media) in enumerate(extra, start=1):
        m = {"id": doc["messages"][-1]["id"] + 1, "type": "message", "date": "2020-01-26T00:00:00",
             "date_unixtime": str(t + 60 * i), "from": name, "from_id": f"user{uid}", "text": text,
             "text_entities": [{"type": "plain", "text": text}]}
        if media:
            m |= media
        doc["messages"].append(m)
    (room / "result.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return _roles_in_one_criminal_room(_case(tmp_path, room))


def test_payers_by_their_words_and_screenshots(tmp_path):
    roles = _paying_room(tmp_path)
    assert "payer" in roles["telegram:user8"]  # "입금함": few words, still a payment
    assert "payer" in roles["telegram:user9"]  # screenshots captioned as payments
    assert "distributor" not in roles["telegram:user9"]  # ... which hand out nothing
    assert "payer" not in roles["telegram:user10"]  # asked the price, twice: intent, not a payment
    assert "payer" not in roles["telegram:user1"]  # the operator reports takings
    assert "distributor" in roles["telegram:user2"]  # the uploader still distributes


def _upload_room(tmp_path, uploads, later=()):
    return _export(tmp_path / "up", "새벽 3관", "private_supergroup", 702, [
        (1, "달빛", {"action": "create_group", "title": "새벽 3관", "members": ["달빛", "창고지기"]}),
        (1, "달빛", "3관 입장료 20만원. 입금 확인되면 초대"),
        (1, "달빛", "계좌는 국민 123456-01-123456 입금자명은 닉네임으로"),
        (1, "달빛", {"action": "pin_message", "message_id": 2}),
        *uploads,
        (3, "구름", "입금했습니다 확인 부탁드려요"),
        (1, "달빛", "ㅇㅋ 확인됐습니다 초대 보냄 t.me/+AbCdEf12345", {"reply_to_message_id": 5 + len(uploads)}),
        *later,
    ])


def test_a_distributors_captions_are_not_payments(tmp_path):
    """An uploader's caption that the model reads faintly as a payment (a code and "썸네일")
    labels the upload: the uploader is no payer."""
    room = _upload_room(tmp_path, [(2, "창고지기", "S-12 썸네일", PHOTO), (2, "창고지기", "", VIDEO), (2, "창고지기", "", VIDEO)])
    roles = _roles_in_one_criminal_room(_case(tmp_path, room))
    assert roles["telegram:user2"] == {"distributor"}
    assert "payer" in roles["telegram:user3"]


def test_captions_read_as_prices_make_no_collector(tmp_path):
    """Captions the model reads as prices ("S-12 썸네일", "N-07 표지") set no terms: the uploader
    is no collector, so their own payment later is their payment, not a confirmation."""
    room = _upload_room(tmp_path, [(2, "창고지기", "S-12 썸네일", PHOTO), (2, "창고지기", "N-07 표지", PHOTO), (2, "창고지기", "", VIDEO)],
                        later=[(2, "창고지기", "VIP 차액 입금했습니다 확인 부탁드려요")])
    roles = _roles_in_one_criminal_room(_case(tmp_path, room))
    assert roles["telegram:user2"] == {"distributor", "payer"}


def test_two_pictures_are_not_a_distribution_pattern(tmp_path):
    """A member's two pictures in a criminal room (a meme, a view from the window) make no
    distributor; uploads do (two videos: test_roles_structure)."""
    room = _upload_room(tmp_path, [(2, "창고지기", "", VIDEO), (2, "창고지기", "", VIDEO), (2, "창고지기", "", VIDEO),
                                   (4, "노을", "창밖 눈 옴", PHOTO), (4, "노을", "ㅋㅋㅋ", PHOTO)])
    roles = _roles_in_one_criminal_room(_case(tmp_path, room))
    assert "distributor" in roles["telegram:user2"]
    assert "distributor" not in roles["telegram:user4"]


def test_reactions_to_an_upload_are_not_words_of_distribution(tmp_path):
    """A member who only reacts to others' uploads — thanks, noticing them — is no distributor,
    however much the reactions read like offers."""
    room = _upload_room(tmp_path, [(2, "창고지기", "", VIDEO), (2, "창고지기", "", VIDEO), (2, "창고지기", "", VIDEO)],
                        later=[(5, "안개", "와 이번엔 풀버전으로 올렸네 ㅋㅋ"), (5, "안개", "새 영상 올려주셨네요 감사"),
                               (5, "안개", "업로드 감사 링크 잘 됨")])
    roles = _roles_in_one_criminal_room(_case(tmp_path, room))
    assert "distributor" not in roles["telegram:user5"]
