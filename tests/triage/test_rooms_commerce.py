"""Rooms first, from convergent evidence (issue 15, point 2): commerce alone — paid entry,
prices and payments, staff, material handed out — is how every paid community runs (a study
group, a signal room, an artist's early-access room) and never makes a room criminal; a paid
room is criminal when what it sells is tied to harm done to a person: its runners or its own
staff coerce someone, or its entry is sold in (or sells) a room tied so. Pressure without
menace (deadlines, "or you are out", "we will visit to collect") is not coercion."""

from typer.testing import CliRunner

from roomsift.cli import app
from test_rooms_victims import _case, _export, _json

runner = CliRunner()
PDF = {"file": "(File not included. Change data exporting settings to download.)", "media_type": "document",
       "mime_type": "application/pdf"}
VIDEO = {"file": "(File not included. Change data exporting settings to download.)", "media_type": "video_file",
         "mime_type": "video/mp4"}


def _rooms(case) -> dict[str, dict]:
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    return {r["room"]: r for r in rooms}


def _one_to_one(rooms: dict) -> dict:
    (chat,) = [r for r in rooms.values() if r["type"] == "personal_chat"]  # shown by a pseudonym
    return chat


def paid_room(tmp_path, runner_id=1, uploader_id=5, media=VIDEO):
    """A closed paid room: the runner sets a price, admits on payment and kicks a non-payer; an
    uploader posts files; members pay, ask for the next part and the full version."""
    r, u = runner_id, uploader_id
    return _export(tmp_path / f"paid{r}{u}", "정규반 3기", "private_supergroup", 611, [
        (r, "운영", {"action": "create_group", "title": "정규반 3기", "members": ["운영"]}),
        (r, "운영", {"action": "invite_members", "members": ["자료담당", "회원1", "회원2", "회원3", "회원4"]}),
        (r, "운영", "월 3만원, 프리미엄 6만원. 입금 확인되면 초대합니다 국민 123456-01-123456"),
        (r, "운영", {"action": "pin_message", "message_id": 3}),
        (31, "회원1", "3만원 입금했습니다 확인 부탁드려요"),
        (r, "운영", "확인됐습니다 초대 보냈어요", {"reply_to_message_id": 5}),
        (32, "회원2", "6만원 보냈어요 프리미엄으로"),
        (u, "자료담당", "이번 주 분 올립니다", media),
        (33, "회원3", "다음 편 언제 올라와요? 풀버전으로 올려주세요"),
        (u, "자료담당", "다음 편입니다", media),
        (34, "회원4", "원본 있으면 올려주세요 기다릴게요"),
        (u, "자료담당", "풀버전 추가분", media),
        (r, "운영", {"action": "remove_members", "members": ["회원4"]}),
        (r, "운영", "미입금자 정리했습니다. 다음 달 회비도 같은 계좌로"),
    ])


def coercion_dm(tmp_path, aggressor_id: int):
    """A one-to-one chat: someone threatens to spread a person's pictures unless she complies."""
    return _export(tmp_path / f"dm{aggressor_id}", "연락처 없음", "personal_chat", 612, [
        (aggressor_id, "모르는사람", "싫으면 안 해도 돼. 대신 내일 너네 학교 단톡에서 보자"),
        (41, "세린", "제발 그만해주세요 누구세요"),
        (aggressor_id, "모르는사람", "오늘 밤까지 안 보내면 네 사진이랑 이름 다 올린다"),
        (41, "세린", "하지 마세요 제발요 시키는 대로 할게요"),
        (aggressor_id, "모르는사람", "부모님 번호도 알아. 말 안 들으면 다 보낸다"),
    ])


def test_a_paid_room_alone_is_commerce_not_crime(tmp_path):
    # Paid admission, prices, payments, kicks of non-payers, files handed out and requests for
    # the next part: the structure of every paid class or early-access room.
    room = _rooms(_case(tmp_path, paid_room(tmp_path)))["정규반 3기"]
    assert not room["criminal"], room
    assert {"paid_admission", "material"} <= {k["kind"] for k in room["kinds"]}, room  # the kinds are still shown


def test_a_paid_room_whose_runner_coerces_a_person_is_criminal(tmp_path):
    rooms = _rooms(_case(tmp_path, paid_room(tmp_path), coercion_dm(tmp_path, aggressor_id=1)))
    assert _one_to_one(rooms)["criminal"]
    room = rooms["정규반 3기"]
    assert room["criminal"] and "linked" in {k["kind"] for k in room["kinds"]}, room


def test_a_paid_room_whose_uploader_coerces_a_person_is_criminal(tmp_path):
    # The uploader runs nothing (no pins, no kicks) but hands the material out: the room's own
    # staff coerce a person, so what it sells is tied to that harm.
    rooms = _rooms(_case(tmp_path, paid_room(tmp_path), coercion_dm(tmp_path, aggressor_id=5)))
    room = rooms["정규반 3기"]
    assert room["criminal"], room
    (linked,) = [k for k in room["kinds"] if k["kind"] == "linked"]
    assert "coerce" in linked["why"] and linked["evidence"], linked


def test_a_member_who_coerces_elsewhere_does_not_make_a_paid_room_criminal(tmp_path):
    # The person who coerces is only a paying member here (one payment message, one request).
    rooms = _rooms(_case(tmp_path, paid_room(tmp_path), coercion_dm(tmp_path, aggressor_id=32)))
    assert _one_to_one(rooms)["criminal"]
    assert not rooms["정규반 3기"]["criminal"], rooms["정규반 3기"]


def test_pressure_without_menace_in_a_one_to_one_chat_is_not_coercion(tmp_path):
    # A collector and a coach press with deadlines and consequences; the other party pleads.
    collector = [(1, "김과장", "고객님 이번 달 납부가 확인되지 않습니다. 오늘 18시까지 입금 부탁드립니다"),
                 (2, "이수진", "죄송해요 월급이 늦게 들어와서요 조금만 기다려 주세요"),
                 (1, "김과장", "오늘까지 확인 안 되면 내일 자택으로 방문해서 기기 회수합니다"),
                 (2, "이수진", "방문은 하지 말아 주세요 제발 오늘 꼭 넣을게요"),
                 (1, "김과장", "연장은 없습니다. 18시까지입니다. 늦으면 연체 기록 남습니다"),
                 (2, "이수진", "네 알겠습니다")]
    rooms = _rooms(_case(tmp_path, _export(tmp_path / "collector", "김과장", "personal_chat", 613, collector)))
    chat = _one_to_one(rooms)
    assert not chat["criminal"] and "coercion" not in {k["kind"] for k in chat["kinds"]}, chat


def selling_channel(tmp_path, posts: list[str]):
    return _export(tmp_path / f"channel{len(posts)}", "안내 채널", "private_channel", 614,
                   [(51, "안내 채널", {"action": "create_channel", "title": "안내 채널"}),
                    (51, "안내 채널", "입장료 3만원. 입금 확인되면 초대 국민 123456-01-123456"),
                    (51, "안내 채널", "입금 후 입금자명 DM 주세요. 문상 핀번호도 받아요")]
                   + [(51, "안내 채널", p) for p in posts])


def test_a_selling_channel_that_keeps_naming_a_criminal_room_is_tied_to_it(tmp_path):
    posts = ["이번 주 분은 정규반에 올라갑니다", "정규반 3기 자리 얼마 안 남음", "오늘 날씨 좋네요"]
    case = _case(tmp_path, paid_room(tmp_path), coercion_dm(tmp_path, aggressor_id=1), selling_channel(tmp_path, posts))
    (channel,) = [r for r in _rooms(case).values() if r["type"] == "private_channel"]
    assert channel["criminal"], channel
    assert "name criminal rooms" in {k["kind"]: k for k in channel["kinds"]}["paid_admission"]["why"], channel


def test_a_selling_channel_that_names_it_once_is_not(tmp_path):
    posts = ["이번 주 분은 정규반에 올라갑니다", "오늘 날씨 좋네요"]
    case = _case(tmp_path, paid_room(tmp_path), coercion_dm(tmp_path, aggressor_id=1), selling_channel(tmp_path, posts))
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


def test_a_paid_room_selling_a_coerced_persons_material_is_criminal(tmp_path):
    # Someone outside the room (77) coerces 세린; the room's uploader offers "세린" parts.
    room = _with_lines(paid_room(tmp_path), (5, "자료담당", "세린 2편 올렸습니다"), (33, "회원3", "세린 다음 거 언제 나와요?"))
    rooms = _rooms(_case(tmp_path, room, coercion_dm(tmp_path, aggressor_id=77)))
    room = rooms["정규반 3기"]
    assert room["criminal"], room
    (linked,) = [k for k in room["kinds"] if k["kind"] == "linked"]
    assert "name a person coerced" in linked["why"], linked


def test_a_coerced_person_who_is_a_member_is_talked_to_not_sold(tmp_path):
    # 세린 is a member of the room herself: people address her there; that ties nothing.
    room = _with_lines(paid_room(tmp_path), (41, "세린", "안녕하세요 새로 왔어요"),
                       (33, "회원3", "세린님 반가워요"), (5, "자료담당", "세린님 자료는 공지 보세요"))
    rooms = _rooms(_case(tmp_path, room, coercion_dm(tmp_path, aggressor_id=77)))
    assert not rooms["정규반 3기"]["criminal"], rooms["정규반 3기"]
