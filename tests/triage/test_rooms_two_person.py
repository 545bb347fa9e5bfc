"""Two-person chats (issue 15, point 2): a harsh or a quoted one-to-one chat alone does not make
a room criminal. Between two people, coercion of a person is enough alone only when the other
party pleads and it menaces (violence, exposure) or she begs again and again; pressure nobody
pleads against (a coach), a collector's visit answered once, and a victim telling someone else
the threats she received are not coercion in themselves. Through the CLI on hand-made exports."""

from typer.testing import CliRunner

from roomsift.cli import app
from test_rooms_victims import _case, _export, _json

runner = CliRunner()


def _chats(case) -> list[dict]:
    """The one-to-one chats of the case as `triage --rooms` shows them (by a pseudonym)."""
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    return [r for r in rooms if r["type"] == "personal_chat"]


def _texts(room: dict) -> set[str]:
    return {e["text"] for k in room["kinds"] for e in k["evidence"]}


def _one(tmp_path, chat_id, lines) -> dict:
    (room,) = _chats(_case(tmp_path, _export(tmp_path / f"c{chat_id}", "상대", "personal_chat", chat_id, lines)))
    return room


SEXTORTION = [
    (11, "모르는사람", "싫으면 안 해도 돼. 대신 내일 너네 학교 단톡에서 보자"),
    (12, "세린", "제발 그만해주세요 누구세요"),
    (11, "모르는사람", "오늘 밤까지 안 보내면 네 사진이랑 이름 다 올린다"),
    (12, "세린", "하지 마세요 제발요 시키는 대로 할게요"),
    (11, "모르는사람", "부모님 번호도 알아. 말 안 들으면 다 보낸다"),
    (12, "세린", "제발요 지워주세요"),
]


def test_menace_answered_by_pleas_is_criminal_alone(tmp_path):
    room = _one(tmp_path, 701, SEXTORTION)
    assert room["criminal"], room


def test_a_coachs_unanswered_pressure_is_not_coercion(tmp_path):
    coach = [(21, "김코치", "수영장 6시. 늦으면 오늘 훈련 없다"), (22, "수영", "네 코치님 가고 있어요"),
             (21, "김코치", "아프면 전날 말해. 연락 없이 빠지면 다음 대회 못 나간다"),
             (21, "김코치", "내일까지 훈련일지 제출. 안 내면 대회 엔트리에서 뺀다. 진짜로 뺀다"),
             (22, "수영", "오늘 밤에 꼭 낼게요"), (21, "김코치", "변명 듣기 싫다 결과로 보여줘")]
    room = _one(tmp_path, 702, coach)
    assert not room["criminal"], room


def test_a_collectors_visit_answered_once_is_not_enough_alone(tmp_path):
    debt = [(31, "박과장", "고객님 렌탈료 3개월분 미납입니다. 이번주 금요일까지 납부하셔야 합니다"),
            (32, "고객", "금요일은 좀 힘든데요"),
            (31, "박과장", "안 하시면 법적 절차 진행됩니다. 신용정보 등록 들어갑니다"),
            (31, "박과장", "오늘 밤 12시까지 확인 안 되면 자택 방문합니다"),
            (32, "고객", "방문은 하지 마세요 오늘 넣을게요"),
            (31, "박과장", "확인되었습니다. 완납 처리되었습니다")]
    room = _one(tmp_path, 703, debt)
    assert not room["criminal"], room


def test_a_victim_quoting_her_threats_to_her_teacher_threatens_nobody(tmp_path):
    # 세린 (12) pleads under coercion in her own chat; to her teacher she retells it.
    teacher = [(12, "세린", "선생님 상의드릴 게 있어요"), (41, "선생님", "그래 무슨 일이야?"),
               (12, "세린", "모르는 사람이 이렇게 보냈어요 '오늘 밤까지 안 보내면 네 사진이랑 이름 다 올린다'"),
               (12, "세린", "또 '부모님 번호도 알아. 말 안 들으면 다 보낸다' 이런 말도요"),
               (41, "선생님", "많이 무서웠겠다. 말해줘서 고마워. 대화 지우지 말고 캡처해 둬"),
               (12, "세린", "근데 신고하면 진짜 다 올릴까봐 무서워요"),
               (41, "선생님", "내일 같이 경찰서 가자")]
    case = _case(tmp_path, _export(tmp_path / "dm", "모르는사람", "personal_chat", 701, SEXTORTION),
                 _export(tmp_path / "teacher", "세린", "personal_chat", 704, teacher))
    criminal = [r for r in _chats(case) if r["criminal"]]
    assert len(criminal) == 1, criminal  # her own chat with the one who coerces her, not her teacher's
    assert "부모님 번호도 알아. 말 안 들으면 다 보낸다" in _texts(criminal[0]), criminal
    assert not any("선생님" in t for t in _texts(criminal[0])), criminal


def test_repeated_begging_under_oblique_pressure_is_coercion(tmp_path):
    # No threat of exposure in words ("약속", "미션", a deadline), but she begs again and again.
    oblique = [(51, "마루", "약속은 지켜야지. 이번 주 미션 두 개"), (52, "해온", "제발요 이제 그만하고 싶어요"),
               (51, "마루", "그만하는 건 내가 정해. 토요일까지. 늦으면 알지?"), (52, "해온", "제발요 진짜 마지막으로 해주세요"),
               (51, "마루", "마지막은 내가 정한다고 했지"), (52, "해온", "보냈어요 이제 진짜 마지막이에요 제발")]
    room = _one(tmp_path, 705, oblique)
    assert room["criminal"], room


def test_a_quarrel_where_both_threaten_is_not_coercion_alone(tmp_path):
    quarrel = [(61, "지훈", "너 진짜 이런 식으로 나오면 가만 안 둬"),
               (62, "수연", "보증금 600 안 돌려주면 너네 회사에 다 말할 거야"),
               (61, "지훈", "말해봐 가만 안 둔다고 했다"),
               (62, "수연", "이번주까지 안 보내면 진짜 다 말한다. 너네 팀장 번호 있어"),
               (61, "지훈", "그건 니가 나가라고 해서 나간 거잖아"),
               (62, "수연", "변명하지 마. 금요일까지야")]
    room = _one(tmp_path, 706, quarrel)
    assert not room["criminal"], room


PRESSURE = [(0, "", "너 진짜 이런 식으로 나오면 가만 안 둬"), (81, "지수", "왜 그래요"),
            (0, "", "내일까지 답 안 하면 너네 학교에 다 말한다"), (81, "지수", "무슨 말이에요"),
            (0, "", "말 안 들으면 어떻게 되는지 보게 될 거야")]


def _pressure(tmp_path, who: int, chat_id: int):
    return _export(tmp_path / f"pressure{who}", "지수", "personal_chat", chat_id,
                   [(who if uid == 0 else uid, "상대" if uid == 0 else name, text) for uid, name, text in PRESSURE])


def test_pressure_by_a_member_of_a_criminal_room_is_the_rings(tmp_path):
    # Unanswered pressure is not coercion in itself; from someone who is a member of a room
    # judged criminal (the paying member 35 of a selling room whose uploader coerces), it is tied.
    from test_rooms_commerce import coercion_dm, shop
    case = _case(tmp_path, shop(tmp_path), coercion_dm(tmp_path, aggressor_id=5), _pressure(tmp_path, 35, 707))
    pressed = [r for r in _chats(case) if "말 안 들으면 어떻게 되는지 보게 될 거야" in _texts(r)]
    assert len(pressed) == 1 and pressed[0]["criminal"], pressed
    assert any("member of a criminal room" in k["why"] for k in pressed[0]["kinds"]), pressed


def test_the_same_pressure_by_someone_outside_the_ring_is_not_criminal_alone(tmp_path):
    from test_rooms_commerce import coercion_dm, shop
    case = _case(tmp_path, shop(tmp_path), coercion_dm(tmp_path, aggressor_id=5), _pressure(tmp_path, 90, 708))
    chats = _chats(case)
    assert len(chats) == 2 and [r["criminal"] for r in chats].count(True) == 1, chats  # the coercion chat only
    assert not any("member of a criminal room" in k["why"] for r in chats for k in r["kinds"]), chats
