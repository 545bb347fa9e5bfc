"""Roles from what people do, not only from the words they use: payments shown by a value
handed over or by a collector's confirmation, distribution shown by media — through the CLI
on a small hand-made paid room (Telegram Desktop JSON layout)."""

from roomsift.analysis.triage import engine
from test_rooms_victims import _case, _export, _roles_in_one_criminal_room

VIDEO = {"media_type": "video_file", "file": "video_files/v.mp4", "thumbnail": "video_files/v.jpg", "mime_type": "video/mp4"}
STICKER = {"media_type": "sticker", "file": "stickers/s.webp", "thumbnail": "stickers/s.jpg", "sticker_emoji": "🙂"}


def paid_room(tmp_path):
    """Operator 1 runs the room and collects. Member 2 hands over a gift-card PIN with no
    words of payment; member 3 says nothing about paying, but the operator confirms them by
    reply; member 4 only sends stickers; member 5 posts two videos without a word of offer;
    member 6 only chats."""
    return _export(tmp_path / "paid", "새벽 2관", "private_supergroup", 601, [
        (1, "달빛", {"action": "create_group", "title": "새벽 2관", "members": ["달빛"]}),
        (1, "달빛", "2관 입장료 20만원. 입금 확인되면 초대"),
        (1, "달빛", "계좌는 국민 123456-01-123456 입금자명은 닉네임으로"),
        (1, "달빛", "문상도 받음. 핀번호 여기 올리고 기다려"),
        (1, "달빛", {"action": "pin_message", "message_id": 2}),
        (2, "구름", "4185-2201-7734-9902-115"),
        (3, "노을", "네 방금 처리했어요 DM 봐주세요"),
        (1, "달빛", "ㅇㅋ 확인됐습니다 초대 보냄", {"reply_to_message_id": 7}),
        (6, "바람", "새 거 올려주세요 기다리는 중"),
        (7, "파도", "좋은 거 있으면 보내주세요"),
        (4, "별똥", "", STICKER),
        (4, "별똥", "", STICKER),
        (4, "별똥", "", STICKER),
        (5, "안개", "", VIDEO),
        (5, "안개", "", VIDEO),
        (6, "바람", "오늘 야구 누가 이김?"),
    ])


def _roles(tmp_path) -> dict[str, set[str]]:
    return _roles_in_one_criminal_room(_case(tmp_path, paid_room(tmp_path)))


def test_payments_and_distribution_are_read_from_behaviour(tmp_path):
    roles = _roles(tmp_path)
    assert "payer" in roles["telegram:user2"]  # handed over a gift-card PIN
    assert "payer" in roles["telegram:user3"]  # confirmed by the collector's reply
    assert "operator" in roles["telegram:user1"] and "payer" not in roles["telegram:user1"]  # confirming is not paying
    assert "distributor" in roles["telegram:user5"]  # two videos, no words
    assert roles["telegram:user4"] == {"viewer"}  # stickers are not material
    assert "payer" not in roles["telegram:user6"] and "distributor" not in roles["telegram:user6"]


def pin_desk_room(tmp_path):
    """Operator 1 runs the room; account 8 (a payment desk with no admin act and no words of
    its own) answers each payer's gift-card PIN by re-posting it with a receipt; members 2 and
    3 pay that way, member 4 only chats; member 5 is invited by the operator and asks the price and where to pay."""
    return _export(tmp_path / "desk", "새벽 입장", "private_supergroup", 602, [
        (1, "달빛", {"action": "create_group", "title": "새벽 입장", "members": ["달빛"]}),
        (1, "달빛", "2관 입장료 20만원. 입금 확인되면 초대"),
        (1, "달빛", "문상 핀번호 여기 올리면 결제 창구가 확인함"),
        (2, "구름", "문상 4185-2201-7734-9902-115 2관이요"),
        (8, "창구", "확인완료 ✅ 4185-2201-7734-9902-115 → 링크 DM 발송", {"reply_to_message_id": 4}),
        (3, "노을", "컬쳐랜드 5521-0934-6612-4409-227 입장 부탁"),
        (8, "창구", "확인완료 ✅ 5521-0934-6612-4409-227 → 링크 DM 발송", {"reply_to_message_id": 6}),
        (4, "별똥", "오늘 야구 누가 이김?"),
        (1, "달빛", {"action": "invite_members", "members": ["안개"]}),
        (5, "안개", "2관은 얼마에요?"),
        (5, "안개", "입장료는 어디로 보내요?"),
    ])


def test_an_account_collecting_from_two_payers_runs_the_room(tmp_path):
    roles = _roles_in_one_criminal_room(_case(tmp_path, pin_desk_room(tmp_path)))
    assert "operator" in roles["telegram:user8"] and "payer" not in roles["telegram:user8"]  # collects, whatever its words
    assert "payer" in roles["telegram:user2"] and "payer" in roles["telegram:user3"]
    assert "operator" not in roles["telegram:user2"] | roles["telegram:user3"]
    assert roles["telegram:user4"] == {"viewer"}


def test_an_invitation_and_price_questions_prove_no_payment(tmp_path):
    roles = _roles_in_one_criminal_room(_case(tmp_path, pin_desk_room(tmp_path)))
    assert roles["telegram:user5"] == {"viewer"}  # admitted by the operator, asked the price: no payment shown


def channel_export(tmp_path):
    """A paid channel whose export names its posts' sender with another id than the chat's own
    (channel 701 posting in chat 700): its price list, payment desk and two video posts."""
    folder = _export(tmp_path / "chan", "새벽 채널", "private_channel", 700, [
        (0, "새벽 채널", "입장료 20만원. 입금 확인되면 VIP 초대"),
        (0, "새벽 채널", "계좌는 국민 123456-01-123456 입금자명은 닉네임으로"),
        (0, "새벽 채널", "입금 확인된 분들 초대 완료"),
        (0, "새벽 채널", "새 영상 올림", VIDEO),
        (0, "새벽 채널", "2편 올림", VIDEO),
    ])
    path = folder / "result.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"user0"', '"channel701"'), encoding="utf-8")
    return folder


def test_a_channel_posting_in_its_own_channel_is_a_participant(tmp_path):
    roles = _roles_in_one_criminal_room(_case(tmp_path, channel_export(tmp_path)))
    assert "distributor" in roles.get("telegram:channel701", set())  # its own posts, whatever id the export gives it


def echo_desk_room(tmp_path):
    """As pin_desk_room, but the desk's receipt uses words no list knows: it only echoes each
    PIN. Member 2 pays twice, each time with a line that reads like a payment instruction."""
    return _export(tmp_path / "echo", "새벽 충전소", "private_supergroup", 603, [
        (1, "달빛", {"action": "create_group", "title": "새벽 충전소", "members": ["달빛"]}),
        (1, "달빛", "2관 입장료 20만원. 입금 확인되면 초대"),
        (1, "달빛", "문상 핀번호 여기 올리면 충전 창구가 처리함"),
        (2, "구름", "문상 핀 4185-2201-7734-9902-115 10크레딧 부탁요"),
        (8, "창구", "✅ 충전 4185-2201-7734-9902-115 → 10크레딧", {"reply_to_message_id": 4}),
        (3, "노을", "컬쳐랜드 5521-0934-6612-4409-227"),
        (8, "창구", "✅ 충전 5521-0934-6612-4409-227 → 10크레딧", {"reply_to_message_id": 6}),
        (2, "구름", "문상 핀 6630-1187-2245-0981-334 10크레딧 더 부탁요"),
        (8, "창구", "✅ 충전 6630-1187-2245-0981-334 → 20크레딧", {"reply_to_message_id": 8}),
    ])


def test_an_account_echoing_payers_pins_collects_and_the_payers_pay(tmp_path):
    roles = _roles_in_one_criminal_room(_case(tmp_path, echo_desk_room(tmp_path)))
    assert "operator" in roles["telegram:user8"] and "payer" not in roles["telegram:user8"]  # echoes others' PINs: receives them
    assert "payer" in roles["telegram:user2"] and "operator" not in roles["telegram:user2"]  # two PINs handed over: pays twice
    assert "payer" in roles["telegram:user3"]


def member_dm(tmp_path):
    """Member 6 of the paid room (no admin act, no back room) threatens a victim one-to-one."""
    return _export(tmp_path / "mdm", "채린", "personal_chat", 778, [
        (31, "채린", "그 사진 너가 올린 거 맞지? 지워줘"),
        (6, "바람", "말하는 순간 니네 학원 단톡에도 다 뿌린다"),
        (31, "채린", "제발 그러지 마"),
        (6, "바람", "오늘 밤까지 조용히 있어. 선생님한테 말하면 끝이야"),
        (31, "채린", "알았어 제발 지워줘"),
    ])


def test_a_member_who_threatens_privately_is_no_operator_but_a_lone_coercer_is(tmp_path):
    from test_rooms_victims import coercion_dm

    case = _case(tmp_path, paid_room(tmp_path), member_dm(tmp_path), coercion_dm(tmp_path))
    with case.connect() as conn:
        doc = engine.document(engine.run(conn))
    roles = {a: set(p["roles"]) for p in doc["participants"] for a in p["accounts"]}
    victims = {a for v in doc["potential_victims"] for a in v["accounts"]}
    assert "telegram:user31" in victims  # the threat is still a crime against her
    assert "operator" not in roles["telegram:user6"]  # a member's private threats are not running the ring
    assert "operator" in roles["telegram:user22"]  # a coercer seen in no group room runs their own coercion
