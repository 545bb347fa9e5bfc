"""Solicitation and distribution read from what people do in a criminal room — who gets
answered with material, who forwards posts, who runs the room — through public functions on
a small hand-made paid room (Telegram Desktop JSON layout)."""

from typer.testing import CliRunner

from roomsift.analysis.triage import engine
from roomsift.cli import app
from test_rooms_victims import _case, _export, _json

runner = CliRunner()
VIDEO = {"media_type": "video_file", "file": "video_files/v.mp4", "thumbnail": "video_files/v.jpg", "mime_type": "video/mp4"}
CHATTER = "그 시리즈 생각나네요"  # no request words: whether it asked shows only in how it was answered


def paid_room(tmp_path):
    """Operator 1 runs the room (creates, pins, sets the fee, confirms payments). Uploader 2
    posts files. Member 3's line is answered, by reply, with a video; member 4 writes the same
    line and nobody answers. Member 5 pays and is answered with an invitation link. Member 6
    passes on two posts from an outside channel (the export carries no media); member 7 one.
    The operator asks the uploader for new material and forwards a notice twice."""
    return _export(tmp_path / "paid", "새벽 2관", "private_supergroup", 701, [
        (1, "달빛", {"action": "create_group", "title": "새벽 2관", "members": ["달빛", "창고지기"]}),
        (1, "달빛", "2관 입장료 20만원. 입금 확인되면 초대"),
        (1, "달빛", "계좌는 국민 123456-01-123456 입금자명은 닉네임으로"),
        (1, "달빛", "문상도 받음. 핀번호 여기 올리고 기다려"),
        (1, "달빛", {"action": "pin_message", "message_id": 2}),
        (2, "창고지기", "", VIDEO),
        (3, "노을", CHATTER),  # 7
        (2, "창고지기", "", VIDEO | {"reply_to_message_id": 7}),
        (4, "바람", CHATTER),
        (5, "구름", "입금했습니다 확인 부탁드려요"),  # 10
        (1, "달빛", "ㅇㅋ 확인됐습니다 초대 보냄 t.me/+AbCdEf12345", {"reply_to_message_id": 10}),
        (6, "파도", "[video]", {"forwarded_from": "바깥창고"}),
        (6, "파도", "[zip]", {"forwarded_from": "바깥창고"}),
        (7, "안개", "[video]", {"forwarded_from": "바깥창고"}),
        (1, "달빛", "창고지기 새 거 빨리 올려주세요 요청 밀림"),
        (1, "달빛", "공지 다시 봐라", {"forwarded_from": "새벽 공지"}),
        (1, "달빛", "입장 규칙 필독", {"forwarded_from": "새벽 공지"}),
        (2, "창고지기", "", VIDEO),
    ])


def _roles(tmp_path) -> dict[str, set[str]]:
    case = _case(tmp_path, paid_room(tmp_path))
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    assert [r["criminal"] for r in rooms] == [True], rooms
    with case.connect() as conn:
        doc = engine.document(engine.run(conn))
    return {a: set(p["roles"]) for p in doc["participants"] for a in p["accounts"]}


def test_a_message_answered_with_material_is_a_request(tmp_path):
    roles = _roles(tmp_path)
    assert "solicitor" in roles["telegram:user3"]  # answered, by reply, with a video
    assert "solicitor" not in roles["telegram:user4"]  # the same words, unanswered
    # A payment answered with an invitation is admission, not material.
    assert "solicitor" not in roles["telegram:user5"] and "payer" in roles["telegram:user5"]


def test_forwarded_posts_make_a_distributor_when_repeated(tmp_path):
    roles = _roles(tmp_path)
    assert "distributor" in roles["telegram:user6"]  # two posts passed on from an outside channel
    assert "distributor" not in roles["telegram:user7"]  # one is not a pattern
    assert "distributor" in roles["telegram:user2"]  # posts files


def test_operators_asks_and_relayed_notices_are_neither_solicitation_nor_distribution(tmp_path):
    roles = _roles(tmp_path)
    assert roles["telegram:user1"] == {"operator"}
