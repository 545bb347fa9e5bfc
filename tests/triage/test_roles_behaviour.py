"""Solicitation and distribution read from what people do in a criminal room — who gets
answered with material, who forwards posts, who runs the room — through public functions on
a small hand-made paid room (Telegram Desktop JSON layout)."""

from typer.testing import CliRunner

from roomsift.analysis.triage import engine
from roomsift.cli import app
from test_rooms_victims import _case, _export, _json, _roles_in_one_criminal_room

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
    return _roles_in_one_criminal_room(_case(tmp_path, paid_room(tmp_path)))


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


def _desk_chat(tmp_path, claim: bool):
    """The paid room, where operator 1 may say the desk account 상담실장 (8) is his alt, and a
    buyer's export of a one-to-one chat with that desk account: prices and a payment only."""
    room = paid_room(tmp_path)
    if claim:
        import json

        doc = json.loads((room / "result.json").read_text(encoding="utf-8"))
        last = doc["messages"][-1]
        doc["messages"].append(last | {"id": last["id"] + 1, "date_unixtime": str(int(last["date_unixtime"]) + 60),
                                       "from": "달빛", "from_id": "user1", "text": "상담 부계 상담실장 도 제 계정입니다",
                                       "text_entities": [{"type": "plain", "text": "상담 부계 상담실장 도 제 계정입니다"}]})
        doc["messages"][-1].pop("media_type", None), doc["messages"][-1].pop("file", None)
        doc["messages"][-1].pop("thumbnail", None), doc["messages"][-1].pop("mime_type", None)
        (room / "result.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    desk = _export(tmp_path / "desk", "상담실장", "personal_chat", 8, [
        (9, "단골", "묶음으로 사면 얼마예요?"),
        (8, "상담실장", "건당 5만원, 묶음은 30만원"),
        (8, "상담실장", "입금은 국민 123456-01-123456"),
        (9, "단골", "30만원 입금했습니다"),
    ])
    case = _case(tmp_path, room, desk)
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    return next(r for r in rooms if r["type"] == "personal_chat")  # its title is a name: pseudonymised


def test_a_one_to_one_chat_with_a_runners_declared_alt_is_tied_to_the_ring(tmp_path):
    assert not _desk_chat(tmp_path / "without", claim=False)["criminal"]  # prices and a payment alone
    tied = _desk_chat(tmp_path / "with", claim=True)
    assert tied["criminal"] and "linked" in {k["kind"] for k in tied["kinds"]}
