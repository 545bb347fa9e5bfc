"""Paying read from acts: a value handed over is its giver's payment, a bare price pays nothing,
and a paying member the runner threatens stays a suspect — through the CLI and public functions
on a small hand-made paid room (Telegram Desktop JSON layout)."""

from roomsift.analysis.triage import engine
from test_roles_paying import _upload_room
from test_rooms_victims import _case, _export, _roles_in_one_criminal_room

VIDEO = {"media_type": "video_file", "file": "video_files/v.mp4", "thumbnail": "video_files/v.jpg", "mime_type": "video/mp4"}
UPLOADS = [(2, "창고지기", "", VIDEO), (2, "창고지기", "", VIDEO), (2, "창고지기", "", VIDEO)]


def test_a_buyer_handing_over_pins_is_a_payer_not_a_runner(tmp_path):
    """A buyer who pays in gift-card PINs, one line each, writes lines the model reads as a
    price or as someone's details (a string of digits). The payments capability shows the PINs
    handed over: they are the buyer's payments, and set no terms of the room."""
    room = _upload_room(tmp_path, UPLOADS, later=[
        (6, "단골손님", "입금 어디로 하면 되나요 위에 계좌 맞죠?"),
        (6, "단골손님", "8389-8385-1811-656161 문상 5만원짜리 하나 먼저 보냄"),
        (6, "단골손님", "9529-1247-4156-846880"),
        (6, "단골손님", "5943-4108-9764-5463"),
        (6, "단골손님", "0695-1531-7688-6118 이번달 시즌권"),
        (1, "달빛", "문상 4장 확인 완료"),
        (6, "단골손님", "계좌로 2만원 보냄"),
        (6, "단골손님", "4번 후속 나오면 바로 올려주세요"),
    ])
    roles = _roles_in_one_criminal_room(_case(tmp_path, room))
    assert "payer" in roles["telegram:user6"]
    assert "operator" not in roles["telegram:user6"]
    assert "operator" in roles["telegram:user1"]


def test_a_bare_price_is_no_payment(tmp_path):
    """A seller's bare "3만원" reads faintly as a payment and plainly as a price: it names a
    price and pays nothing. A member's "3만원 보냈어요" is a payment."""
    room = _upload_room(tmp_path, UPLOADS, later=[
        (2, "창고지기", "3만원"),
        (7, "새벽별", "3만원 보냈어요"),
    ])
    roles = _roles_in_one_criminal_room(_case(tmp_path, room))
    assert roles["telegram:user2"] == {"distributor"}
    assert "payer" in roles["telegram:user7"]


def test_a_paying_member_threatened_by_the_runner_stays_a_suspect(tmp_path):
    """A member pays in the paid room; the runner threatens him one-to-one to keep quiet and he
    pleads. He is listed as a potential victim for a person to judge, and he stays a payer
    among the suspects: paying the ring is his own act, where nobody threatened him."""
    room = _upload_room(tmp_path, UPLOADS, later=[(8, "토요일밤", "3관 입장료 20만원 입금 완료했습니다")])
    dm = _export(tmp_path / "dm", "토요일밤", "personal_chat", 9001, [
        (1, "달빛", "너 캡처 밖에 돌렸지? 한 번만 더 돌리면 신상 털어서 학교에 다 뿌린다"),
        (8, "토요일밤", "죄송합니다 제발 그러지 마세요 다 지웠어요"),
        (1, "달빛", "오늘 밤 12시까지 캡처한 거 전부 지우고 인증해. 안 하면 진짜 뿌린다"),
        (8, "토요일밤", "제발요 지금 지울게요"),
    ])
    case = _case(tmp_path, room, dm)
    with case.connect() as conn:
        doc = engine.document(engine.run(conn))
    roles = {a["account"]: set(a["roles"]) for p in doc["participants"] for a in p["account_roles"]}
    assert "telegram:user8" in {a for v in doc["potential_victims"] for a in v["accounts"]}
    assert "payer" in roles.get("telegram:user8", set())
    assert "operator" in roles["telegram:user1"]
