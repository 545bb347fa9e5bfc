"""A person threatened in a chat not judged criminal (issue 15): the room's verdict and a person's
protection are two bars. A two-person chat where one person threatens the other and she does not
plead stays "no sign of crime" (t-rooms' rule: no suspect is made from it), but the threatened
person is a potential victim, with the messages cited, a record that names no suspect. A quarrel
where both press and neither menaces threatens nobody. Through the CLI on hand-made exports."""

from typer.testing import CliRunner

from roomsift.cli import app
from test_rooms_victims import _case, _export, _json

runner = CliRunner()

# 민호 (51) threatens 지수 (52) with violence and demands money; she brushes it off, no plea.
LONE_THREAT = [
    (51, "민호", "야 너 어제 나 무시하고 지나갔지"),
    (52, "지수", "뭐래"),
    (51, "민호", "내일까지 50만원 가져와. 안 가져오면 죽여버린다"),
    (52, "지수", "웃기고 있네"),
    (51, "민호", "너네 집 어딘지 다 알아. 밤길 조심해라 진짜 가만 안 둔다"),
    (52, "지수", "어쩌라고"),
]

# Two former flatmates quarrel over money: both demand and both threaten to sue; neither menaces
# violence or exposure, and neither pleads.
QUARREL = [
    (61, "현우", "보증금 50만원 이번주까지 안 돌려주면 소송 건다"),
    (62, "태민", "무슨 소리야 네가 깨뜨린 가구값 30만원 먼저 안 주면 나도 소송할 거야"),
    (61, "현우", "내일까지 입금 안 하면 내용증명 보낸다"),
    (62, "태민", "너야말로 가구값 이번주까지 안 보내면 소송한다"),
    (62, "태민", "가구값 30만원 이번주까지 안 주면 나도 소송 건다"),
    (61, "현우", "진짜 어이없다"),
    (62, "태민", "나도 어이없어"),
]


def _rooms(case) -> list[dict]:
    return _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]


def _victims(case) -> list[dict]:
    return _json(runner.invoke(app, ["victims", "--case", str(case.path), "--format", "json"]))["potential_victims"]


def _participants(case) -> list[dict]:
    return _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json"]))["participants"]


def test_a_lone_threat_flags_the_threatened_person_in_a_room_not_judged_criminal(tmp_path):
    case = _case(tmp_path, _export(tmp_path / "dm", "민호", "personal_chat", 801, LONE_THREAT))
    (room,) = _rooms(case)
    assert not room["criminal"], room  # t-rooms' rule: no plea under menace, no tie to a ring
    (victim,) = _victims(case)
    assert victim["protection_only"], victim
    assert any(e["chat"] == room["room"] for e in victim["evidence"]), victim
    # The threatened person is cited by the threats, and the threats are the aggressor's lines.
    assert len(victim["evidence"]) >= 2, victim
    assert victim["victim"] in room["threatened"], room
    assert "threatened" in room["verdict"] and room["verdict"].startswith("no sign of crime"), room
    # A protection record names no suspect: nobody is listed by triage from this chat.
    assert _participants(case) == []
    # Same output path and privacy layer as any victim record: pseudonyms, no display names, and
    # the table cites the threats by nobody.
    out = runner.invoke(app, ["victims", "--case", str(case.path), "--format", "json"]).stdout
    assert "민호" not in out and "지수" not in out, out
    table = runner.invoke(app, ["victims", "--case", str(case.path), "--format", "csv"])
    assert table.exit_code == 0, table.output
    rows = [line for line in table.stdout.splitlines() if victim["victim"] in line]
    assert rows and all(line.rstrip().endswith(",") for line in rows), table.stdout


def test_the_threatened_one_is_the_victim_not_the_one_who_threatens(tmp_path):
    # The chat exported by the victim (titled after the aggressor) and by the aggressor (titled
    # after her) gives the same direction: who threatens is read from the messages.
    for title, cid in (("민호", 811), ("지수", 812)):
        case = _case(tmp_path / title, _export(tmp_path / title / "dm", title, "personal_chat", cid, LONE_THREAT))
        (victim,) = _victims(case)
        cited = {e["message"] for e in victim["evidence"]}
        # The cited messages are among 민호's threats (ids 3 and 5) or her own lines, never the reverse.
        assert cited & {3, 5}, victim
        pseudonym = victim["person"]
        vic_rows = _json(runner.invoke(app, ["victims", "--case", str(case.path), "--format", "json"]))["potential_victims"]
        assert [v["person"] for v in vic_rows] == [pseudonym]


def test_a_quarrel_where_neither_menaces_flags_nobody(tmp_path):
    case = _case(tmp_path, _export(tmp_path / "q", "태민", "personal_chat", 821, QUARREL))
    assert _victims(case) == []
    assert not _rooms(case)[0]["criminal"]
