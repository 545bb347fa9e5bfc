"""Room verdicts and roles from behaviour (issue 15, items 2 and 4): a demand with a deadline
is not coercion without a threat; a room staffed by its runners from a criminal room is tied
to it; a request naming what a room hands out is solicitation whatever its wording."""

from typer.testing import CliRunner

from roomsift.analysis.triage import engine
from roomsift.cli import app
from test_roles_structure import VIDEO, paid_room
from test_rooms_victims import _case, _export, _json, staff_room

runner = CliRunner()


def test_a_demand_with_a_deadline_is_not_coercion_without_a_threat(tmp_path):
    # A parent to a child: demands, deadlines, the child's pleas — no threat. (A bare countdown,
    # "5분 지나면 … 3 2 1", still reads as extortion to the model: docs/triage.md, limits.)
    nagging = [(1, "엄마", "방 정리 오늘 저녁 7시까지 끝내 놔"), (2, "지호", "아 엄마 제발 숙제부터 할게"),
               (1, "엄마", "7시까지다. 밥 먹기 전에 확인한다"), (2, "지호", "알았어 알았어 지금 할게"),
               (1, "엄마", "다 하면 같이 저녁 먹자")]
    case = _case(tmp_path, _export(tmp_path / "mom", "엄마", "personal_chat", 601, nagging))
    (room,) = _rooms(case).values()  # a one-to-one chat is shown by a pseudonym
    assert not room["criminal"], room


def test_friends_joking_about_a_small_debt_is_not_coercion(tmp_path):
    # The one "threatened" laughs along (a plea that laughs is played along, not a plea).
    joke = [(1, "민수", "야 돈 언제 갚냐 2만원"), (2, "태현", "월급날 줄게 ㅋㅋ"),
            (1, "민수", "월급날 지나면 이자 붙는다 하루 100원"), (2, "태현", "제발 그것만은 ㅋㅋㅋ 지금 보냄")]
    case = _case(tmp_path, _export(tmp_path / "joke", "민수", "personal_chat", 602, joke))
    (room,) = _rooms(case).values()
    assert not room["criminal"], room


def resale_room(tmp_path, invited: list[str]):
    """A paid room (more than a handful of members) created by account 13, who is not in the
    staff room, and who adds the given people by name; members ask, pay and receive files."""
    return _export(tmp_path / f"resale{len(invited)}", "새벽 창고", "private_supergroup", 503, [
        (13, "창고지기", {"action": "create_group", "title": "새벽 창고", "members": ["창고지기"]}),
        (13, "창고지기", {"action": "invite_members", "members": invited}),
        (13, "창고지기", "입장료 5만원 계좌 국민 123456-01-123456"),
        (31, "손님1", "입금했습니다"),
        (12, "별", "이번 주 묶음", VIDEO),
        (32, "손님2", "다음 거 언제 올라와요? 올려주세요"),
        (12, "별", "다음 묶음", VIDEO),
        (33, "손님3", "새 거 기다립니다 올려주세요"),
        (34, "손님4", "안녕하세요"),
        (35, "손님5", "반가워요"),
    ])


def _rooms(case) -> dict[str, dict]:
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    return {r["room"]: r for r in rooms}


def test_a_room_staffed_by_its_runner_from_a_criminal_room_is_linked(tmp_path):
    case = _case(tmp_path, staff_room(tmp_path), resale_room(tmp_path, ["달", "별"]))
    rooms = _rooms(case)
    assert rooms["운영진"]["criminal"]
    resale = rooms["새벽 창고"]
    kinds = {k["kind"]: k for k in resale["kinds"]}
    assert resale["criminal"] and "linked" in kinds, resale
    assert "added 2 people" in kinds["linked"]["why"] and kinds["linked"]["evidence"]


def test_one_criminal_room_member_added_to_a_room_does_not_link_it(tmp_path):
    case = _case(tmp_path, staff_room(tmp_path), resale_room(tmp_path, ["별"]))
    resale = _rooms(case)["새벽 창고"]
    assert "linked" not in {k["kind"] for k in resale["kinds"]}


def test_a_request_naming_the_rooms_own_material_is_solicitation(tmp_path):
    room = paid_room(tmp_path)  # judged criminal on its own (admission on payment, prices)
    import json
    data = json.loads((room / "result.json").read_text(encoding="utf-8"))
    extra = [(5, "안개", "통화건 1탄 묶음", VIDEO), (5, "안개", "통화건 2탄 올림", VIDEO),
             (8, "달무리", "통화건으로 더 부탁해요"), (9, "은하", "통화건 얘기 그만하고 밥이나 먹자")]
    for i, (uid, who, text, *media) in enumerate(extra, start=len(data["messages"]) + 1):
        m = {"id": i, "type": "message", "date": "2020-01-26T00:00:00", "date_unixtime": str(1_580_100_000 + i),
             "from": who, "from_id": f"user{uid}", "text": text, "text_entities": [{"type": "plain", "text": text}]}
        data["messages"].append(m | (media[0] if media else {}))
    (room / "result.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    case = _case(tmp_path, room)
    with case.connect() as conn:
        result = engine.run(conn)
    roles = {a: set(p["roles"]) for p in engine.document(result)["participants"] for a in p["accounts"]}
    assert "solicitor" in roles["telegram:user8"]  # asks (request mood) for the room's 통화건
    assert roles["telegram:user9"] == {"viewer"}  # names it without asking
    cited = [c for pf in result.participants for c in pf.cited if c.evidence.signal == "asks_room_material"]
    assert cited and all("통화건" in c.evidence.cues for c in cited)
