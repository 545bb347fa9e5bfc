"""Rooms first, from convergent evidence (issue 15, point 2). A room that only sells — a price
list and an account, payments, files handed out, requests for the next part — has common kinds
only (any paid class or early-access room does the same) and is not criminal. It is tied to a
ring by behaviour: its own staff (who sell or hand material out there) coerce a person, its
sellers keep naming a criminal room, or it keeps naming a person coerced in a criminal room who
is not its member. A member who coerces elsewhere, or a coerced person who is a member, ties
nothing."""

from typer.testing import CliRunner

from roomsift.cli import app
from test_rooms_victims import _case, _export, _json

runner = CliRunner()
VIDEO = {"file": "(File not included. Change data exporting settings to download.)", "media_type": "video_file",
         "mime_type": "video/mp4"}
CHATTER = ["안녕하세요", "오늘 비 오네요", "잘 보고 있어요", "ㅎㅎ 감사합니다", "주말 잘 보내세요", "반가워요", "좋아요", "감사해요"]


def _rooms(case) -> dict[str, dict]:
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    return {r["room"]: r for r in rooms}


def _one_to_one(rooms: dict) -> dict:
    (chat,) = [r for r in rooms.values() if r["type"] == "personal_chat"]  # shown by a pseudonym
    return chat


def _kinds(room: dict) -> dict[str, dict]:
    return {k["kind"]: k for k in room["kinds"]}


def shop(tmp_path, runner_id=1, uploader_id=5, media=VIDEO):
    """A room that sells without gating entry: prices and an account, members who pay and ask
    for the next part and the full version, an uploader who posts files, everyday chatter."""
    r, u = runner_id, uploader_id
    return _export(tmp_path / f"shop{r}{u}", "정규반 3기", "private_supergroup", 611, [
        (r, "운영", "가격 안내: 1개월 3만원, 프리미엄 6만원"),
        (r, "운영", "국민 123456-01-123456 으로 입금하고 입금자명 남겨주세요"),
        (31, "회원1", "3만원 입금했습니다 확인 부탁드려요"),
        (u, "자료담당", "이번 주 분 올립니다", media),
        (33, "회원3", "다음 편 언제 올라와요? 풀버전으로 올려주세요"),
        (u, "자료담당", "다음 편입니다", media),
        (34, "회원4", "원본 있으면 올려주세요 기다릴게요"),
        (u, "자료담당", "풀버전 추가분", media),
        (r, "운영", "이번 달 회비 3만원 입금 부탁드립니다. 입금 후 입금자명 남겨주세요"),
        (35, "회원5", "회비 보냈어요"),
    ] + [(60 + k, f"회원{10 + k}", t) for k, t in enumerate(CHATTER)])


def coercion_dm(tmp_path, aggressor_id: int):
    """A one-to-one chat: someone threatens to spread a person's pictures unless she complies."""
    return _export(tmp_path / f"dm{aggressor_id}", "연락처 없음", "personal_chat", 612, [
        (aggressor_id, "모르는사람", "싫으면 안 해도 돼. 대신 내일 너네 학교 단톡에서 보자"),
        (41, "세린", "제발 그만해주세요 누구세요"),
        (aggressor_id, "모르는사람", "오늘 밤까지 안 보내면 네 사진이랑 이름 다 올린다"),
        (41, "세린", "하지 마세요 제발요 시키는 대로 할게요"),
        (aggressor_id, "모르는사람", "부모님 번호도 알아. 말 안 들으면 다 보낸다"),
    ])


def test_a_room_that_only_sells_is_not_criminal(tmp_path):
    room = _rooms(_case(tmp_path, shop(tmp_path)))["정규반 3기"]
    assert not room["criminal"], room
    assert {"price_payment", "material"} <= set(_kinds(room)), room  # the kinds are still shown


def test_a_selling_room_whose_uploader_coerces_a_person_is_criminal(tmp_path):
    # The uploader runs nothing (no pins, no kicks) but hands the material out: the room's own
    # staff coerce a person, so what it sells is tied to that harm.
    rooms = _rooms(_case(tmp_path, shop(tmp_path), coercion_dm(tmp_path, aggressor_id=5)))
    assert _one_to_one(rooms)["criminal"]
    room = rooms["정규반 3기"]
    assert room["criminal"], room
    assert "sell or hand out material here coerce" in _kinds(room)["linked"]["why"], room


def test_a_member_who_coerces_elsewhere_does_not_make_a_selling_room_criminal(tmp_path):
    # The person who coerces is only a paying member here (one payment message).
    rooms = _rooms(_case(tmp_path, shop(tmp_path), coercion_dm(tmp_path, aggressor_id=35)))
    assert _one_to_one(rooms)["criminal"]
    assert not rooms["정규반 3기"]["criminal"], rooms["정규반 3기"]


def selling_channel(tmp_path, posts: list[str]):
    return _export(tmp_path / f"channel{len(posts)}", "안내 채널", "private_channel", 614,
                   [(51, "안내 채널", {"action": "create_channel", "title": "안내 채널"}),
                    (51, "안내 채널", "가격 안내: 1개월 3만원"),
                    (51, "안내 채널", "국민 123456-01-123456 으로 입금하고 입금자명 남겨주세요")]
                   + [(51, "안내 채널", p) for p in posts])


def test_a_selling_channel_that_keeps_naming_a_criminal_room_is_tied_to_it(tmp_path):
    posts = ["이번 주 분은 정규반에 올라갑니다", "정규반 3기 자리 얼마 안 남음", "오늘 날씨 좋네요"]
    case = _case(tmp_path, shop(tmp_path), coercion_dm(tmp_path, aggressor_id=5), selling_channel(tmp_path, posts))
    (channel,) = [r for r in _rooms(case).values() if r["type"] == "private_channel"]
    assert channel["criminal"], channel
    assert "name criminal rooms" in _kinds(channel)["paid_admission"]["why"], channel


def test_a_selling_channel_that_names_it_once_is_not(tmp_path):
    posts = ["이번 주 분은 정규반에 올라갑니다", "오늘 날씨 좋네요"]
    case = _case(tmp_path, shop(tmp_path), coercion_dm(tmp_path, aggressor_id=5), selling_channel(tmp_path, posts))
    (channel,) = [r for r in _rooms(case).values() if r["type"] == "private_channel"]
    assert not channel["criminal"], channel


def _with_lines(folder, *lines):
    """Append (user id, name, text) messages to an export."""
    import json
    path = folder / "result.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    last = data["messages"][-1]
    for k, (uid, who, text) in enumerate(lines, start=1):
        data["messages"].append({"id": last["id"] + k, "type": "message", "date": last["date"],
                                 "date_unixtime": str(int(last["date_unixtime"]) + 60 * k), "from": who,
                                 "from_id": f"user{uid}", "text": text, "text_entities": [{"type": "plain", "text": text}]})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_selling_room_that_names_a_coerced_person_is_criminal(tmp_path):
    # Someone outside the room (77) coerces 세린; the room's uploader offers "세린" parts.
    room = _with_lines(shop(tmp_path), (5, "자료담당", "세린 2편 올렸습니다"), (33, "회원3", "세린 다음 거 언제 나와요?"))
    room = _rooms(_case(tmp_path, room, coercion_dm(tmp_path, aggressor_id=77)))["정규반 3기"]
    assert room["criminal"], room
    assert "name a person coerced" in _kinds(room)["linked"]["why"], room


def test_a_coerced_person_who_is_a_member_is_talked_to_not_sold(tmp_path):
    # 세린 is a member of the room herself: people address her there; that ties nothing.
    room = _with_lines(shop(tmp_path), (41, "세린", "안녕하세요 새로 왔어요"),
                       (33, "회원3", "세린님 반가워요"), (5, "자료담당", "세린님 자료는 공지 보세요"))
    room = _rooms(_case(tmp_path, room, coercion_dm(tmp_path, aggressor_id=77)))["정규반 3기"]
    assert not room["criminal"], room
