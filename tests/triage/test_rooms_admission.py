"""Rooms tied by structure (issue 15): a room whose entry is sold in another room — payers
there turn up in it afterwards — is a paid tier; a look-alike with the same words, whose
payers do not go on to enter one closed room together, stays clean. A price list naming a
criminal closed room sells entry to it; a buyer's chat with a ring's back-room staff is tied."""

from typer.testing import CliRunner

from roomsift.cli import app
from test_rooms_victims import _case, _export, _json

runner = CliRunner()
PHOTO = {"photo": "photos/a.jpg", "width": 10, "height": 10}


def _rooms(case) -> dict[str, dict]:
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    return {r["room"]: r for r in rooms}


def _kinds(room: dict) -> dict[str, dict]:
    return {k["kind"]: k for k in room["kinds"]}


def lobby(tmp_path, name: str, price: str, payers: list[tuple[int, str, str]]):
    """An open room posting a tiered price list; members hand over gift-card PINs and a desk
    account confirms each one."""
    lines = [(1, "안내", price), (1, "안내", "문의는 공지 먼저 보세요")]
    for uid, who, pin in payers:
        lines += [(uid, who, f"문상 {pin} 보냅니다"), (2, "확인봇", f"확인 {pin}")]
    return _export(tmp_path / f"lobby-{name}", name, "public_supergroup", 700 + len(name), lines)


def tier(tmp_path, name: str, joiners: list[tuple[int, str]], start: int):
    """A closed room: people join by link (after `start` filler lines, so later than the
    lobby's payments), one account posts photos, the others ask for more."""
    lines = [(3, "창고", {"action": "create_group", "title": name, "members": ["창고"]})]
    lines += [(3, "창고", "ㅎㅇ")] * start
    lines += [(uid, who, {"action": "join_group_by_link", "inviter": "창고"}) for uid, who in joiners]
    lines += [(3, "창고", "이번 주 분", PHOTO), (joiners[0][0], joiners[0][1], "다음 거 언제 올라와요? 올려주세요"),
              (3, "창고", "다음 분", PHOTO), (joiners[1][0], joiners[1][1], "새 거 기다립니다 더 올려주세요"),
              (3, "창고", "추가분", PHOTO)]
    return _export(tmp_path / f"tier-{name}", name, "private_supergroup", 800 + len(name), lines)


PAYERS = [(21, "하늘", "1234-5678-9012-3456"), (22, "바다", "2345-6789-0123-4567"), (23, "구름", "3456-7890-1234-5678")]


def test_a_paid_tier_entered_after_paying_in_a_lobby_is_criminal(tmp_path):
    case = _case(tmp_path,
                 lobby(tmp_path, "모집 공지방", "1단계 5만원 / 2단계 15만원. 문상 핀번호로 결제", PAYERS),
                 tier(tmp_path, "1단계 방", [(uid, who) for uid, who, _ in PAYERS], start=10))
    rooms = _rooms(case)
    lobby_room, tier_room = rooms["모집 공지방"], rooms["1단계 방"]
    assert tier_room["criminal"] and lobby_room["criminal"], (tier_room, lobby_room)
    assert {"paid_admission", "material"} <= set(_kinds(tier_room)), tier_room
    assert "payers here then joined" in _kinds(lobby_room)["paid_admission"]["why"], lobby_room
    assert "joined after paying" in _kinds(tier_room)["paid_admission"]["why"]
    assert _kinds(tier_room)["paid_admission"]["evidence"]


def test_same_words_without_payers_entering_a_closed_room_together_stay_clean(tmp_path):
    # The same price list, PINs and requests; only one payer also joins the closed room
    # (a person with two interests), and the joiners who did not pay elsewhere ask there.
    case = _case(tmp_path,
                 lobby(tmp_path, "모집 공지방", "1단계 5만원 / 2단계 15만원. 문상 핀번호로 결제", PAYERS),
                 tier(tmp_path, "1단계 방", [(21, "하늘"), (31, "별"), (32, "달")], start=10))
    rooms = _rooms(case)
    assert not rooms["모집 공지방"]["criminal"] and not rooms["1단계 방"]["criminal"], rooms
    assert "paid_admission" not in _kinds(rooms["1단계 방"])


def test_joining_before_paying_is_not_paid_entry(tmp_path):
    # The same people, but they were in the closed room before they paid in the lobby
    # (members of a club paying a fee afterwards): order matters, not co-membership.
    case = _case(tmp_path,
                 lobby(tmp_path, "모집 공지방", "1단계 5만원 / 2단계 15만원. 문상 핀번호로 결제", PAYERS),
                 tier(tmp_path, "1단계 방", [(uid, who) for uid, who, _ in PAYERS], start=0))
    rooms = _rooms(case)
    assert "paid_admission" not in _kinds(rooms["1단계 방"]), rooms["1단계 방"]


def price_channel(tmp_path):
    """An open channel whose price list names "1단계" (no payer of it enters anything)."""
    return _export(tmp_path / "channel", "맛보기 채널", "public_channel", 901, [
        (41, "맛보기 채널", "1단계 입장료 5만원, 문상 핀번호로 결제"), (41, "맛보기 채널", "오늘 사진", PHOTO),
        (41, "맛보기 채널", "이번 주만 1단계 입장료 4만원")])


def test_a_price_list_naming_a_criminal_closed_room_sells_entry_to_it(tmp_path):
    case = _case(tmp_path,
                 lobby(tmp_path, "모집 공지방", "1단계 5만원 / 2단계 15만원. 문상 핀번호로 결제", PAYERS),
                 tier(tmp_path, "1단계 방", [(uid, who) for uid, who, _ in PAYERS], start=10),
                 price_channel(tmp_path))
    (channel,) = [r for r in _rooms(case).values() if r["type"] == "public_channel"]  # shown by a pseudonym
    assert "names it" in _kinds(channel).get("paid_admission", {}).get("why", ""), channel


def test_a_title_word_an_everyday_room_also_uses_names_nothing(tmp_path):
    # The same channel and criminal tier, but an everyday room is called "요가 1단계": the
    # word no longer names the criminal room alone.
    yoga = _export(tmp_path / "yoga", "요가 1단계", "private_group", 902, [
        (51, "강사", "다음 주 수업 7시"), (52, "수강생", "네 알겠습니다"), (53, "수강생2", "참석합니다")])
    case = _case(tmp_path,
                 lobby(tmp_path, "모집 공지방", "1단계 5만원 / 2단계 15만원. 문상 핀번호로 결제", PAYERS),
                 tier(tmp_path, "1단계 방", [(uid, who) for uid, who, _ in PAYERS], start=10),
                 price_channel(tmp_path), yoga)
    rooms = _rooms(case)
    assert rooms["1단계 방"]["criminal"]
    (channel,) = [r for r in rooms.values() if r["type"] == "public_channel"]
    assert "paid_admission" not in _kinds(channel), channel


def back_room(tmp_path):
    """A ring's back room: the paid room's runner (1), the staff room's runner (11) and an alt
    (61) that speaks nowhere else."""
    return _export(tmp_path / "back", "뒷방", "private_group", 903, [
        (1, "달빛", {"action": "create_group", "title": "뒷방", "members": ["달빛", "달", "상담"]}),
        (1, "달빛", "2관 입장료 20만원. 입금 확인되면 초대"),
        (11, "달", "계좌는 국민 123456-01-123456 입금자명은 닉네임으로"),
        (61, "상담", "상담 계정으로 문의 받을게요"),
    ])


def desk_chat(tmp_path):
    """A buyer's one-to-one chat with the alt: prices and payment, nothing else."""
    return _export(tmp_path / "desk", "상담", "personal_chat", 904, [
        (71, "손님", "문의요"), (61, "상담", "2관 입장료 20만원"),
        (61, "상담", "계좌는 국민 123456-01-123456 입금자명은 닉네임으로"), (71, "손님", "입금했습니다 확인 부탁드려요")])


def _desk(rooms: dict) -> dict:
    (desk,) = [r for r in rooms.values() if r["type"] == "personal_chat"]  # shown by a pseudonym
    return desk


def test_a_buyers_chat_with_back_room_staff_is_linked(tmp_path):
    from test_roles_structure import paid_room
    from test_rooms_victims import staff_room
    case = _case(tmp_path, paid_room(tmp_path), staff_room(tmp_path), back_room(tmp_path), desk_chat(tmp_path))
    rooms = _rooms(case)
    assert rooms["뒷방"]["criminal"], rooms["뒷방"]
    desk = _desk(rooms)
    assert desk["criminal"] and "staffs" in _kinds(desk)["linked"]["why"], desk


def test_the_same_chat_without_a_back_room_stays_clean(tmp_path):
    from test_roles_structure import paid_room
    from test_rooms_victims import staff_room
    case = _case(tmp_path, paid_room(tmp_path), staff_room(tmp_path), desk_chat(tmp_path))
    desk = _desk(_rooms(case))
    assert not desk["criminal"] and "linked" not in _kinds(desk), desk
