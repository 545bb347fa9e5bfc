"""Rooms first, victims as people, compute once — through the CLI and public functions on
small hand-made Telegram exports (the Telegram Desktop JSON layout)."""

import json

from typer.testing import CliRunner

from roomsift.analysis.triage import engine
from roomsift.case.store import Case
from roomsift.cli import app
from roomsift.ingest.core import ingest

runner = CliRunner()
T0 = 1_580_000_000


def _export(folder, name, kind, chat_id, lines):
    """lines: (user id, display name, text) or (user id, name, {"action": ..., ...}) or
    (user id, name, text, {"photo": ...})."""
    msgs = []
    for i, line in enumerate(lines, start=1):
        uid, who, body = line[:3]
        t = T0 + 60 * i
        base = {"id": i, "date": "2020-01-26T00:00:00", "date_unixtime": str(t)}
        if isinstance(body, dict):
            msgs.append(base | {"type": "service", "actor": who, "actor_id": f"user{uid}"} | body)
            continue
        m = base | {"type": "message", "from": who, "from_id": f"user{uid}", "text": body, "text_entities": [{"type": "plain", "text": body}]}
        if len(line) > 3:
            m |= line[3]
        msgs.append(m)
    folder.mkdir(parents=True)
    (folder / "result.json").write_text(json.dumps({"name": name, "type": kind, "id": chat_id, "messages": msgs}, ensure_ascii=False), encoding="utf-8")
    return folder


def _case(tmp_path, *exports):
    case = Case.create(tmp_path / "case")
    for folder in exports:
        ingest(case, folder, progress=False)
    return case


def _json(result):
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout[result.stdout.index("{"):])


def _roles_in_one_criminal_room(case) -> dict[str, set[str]]:
    """account → roles of a case whose one room must be judged criminal (the CLI says which)."""
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    assert [r["criminal"] for r in rooms] == [True], rooms
    with case.connect() as conn:
        doc = engine.document(engine.run(conn))
    return {a: set(p["roles"]) for p in doc["participants"] for a in p["accounts"]}


def photo_club(tmp_path):
    """A camera club using the criminal rooms' everyday words: fees, bank account, photo requests."""
    return _export(tmp_path / "club", "주말 사진 모임", "private_supergroup", 501, [
        (1, "총무", {"action": "create_group", "title": "주말 사진 모임", "members": ["총무"]}),
        (1, "총무", "이번 달 회비 2만원 입금 부탁드려요. 신한 110-123-456789"),
        (2, "민지", "회비 입금했습니다!"),
        (3, "도윤", "회비 입금했어요 확인 부탁드려요"),
        (4, "서아", "어제 출사 사진 올려주세요~"),
        (2, "민지", "사진 올렸습니다", {"photo": "photos/a.jpg", "width": 10, "height": 10}),
        (5, "하준", "원본 있으면 DM 주세요 인화하고 싶어요"),
        (3, "도윤", "새 거 올라왔어요", {"photo": "photos/b.jpg", "width": 10, "height": 10}),
        (4, "서아", "노출 좀 더 주면 좋겠네요"),
        (1, "총무", "다음 모임 참가비는 5천원이에요"),
    ])


def test_benign_look_alike_room_makes_no_suspects(tmp_path):
    case = _case(tmp_path, photo_club(tmp_path))
    doc = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json"]))
    assert doc["participants"] == [] and doc["potential_victims"] == []
    rooms = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--rooms", "--format", "json"]))["rooms"]
    assert [r["criminal"] for r in rooms] == [False]


def staff_room(tmp_path):
    """A paid room's staff: admission on payment, prices, and threats against people who are
    only @mentioned (they never write here)."""
    return _export(tmp_path / "staff", "운영진", "private_group", 502, [
        (11, "달", {"action": "create_group", "title": "운영진", "members": ["달", "별"]}),
        (11, "달", "1관 입장료 15만원. 입금 확인되면 초대"),
        (12, "별", "입금 확인 끝난 사람들 초대 완료"),
        (11, "달", "@target_mina 오늘 밤까지 안 보내면 학교랑 부모한테 다 뿌린다고 전해"),
        (12, "별", "@target_mina 번호 010-0999-1234 확보함. 말 안 들으면 신상 공개"),
        (11, "달", "@target_mina 내일까지 답 없으면 친구들한테 전부 보낸다"),
    ])


def test_mention_only_victim_becomes_a_victim_record(tmp_path):
    case = _case(tmp_path, staff_room(tmp_path))
    with case.connect() as conn:
        result = engine.run(conn)
    assert any(c.criminal for c in result.contexts.values())
    records = [v for v in engine.victims_document(result) if "@target_mina" in v["mentions"]]
    assert len(records) == 1  # three messages, one person
    assert not [v for v in engine.victims_document(result) if v["accounts"]]  # the two staff threaten; neither is threatened
    v = records[0]
    assert v["victim"].startswith("V") and v["accounts"] == [] and len(v["evidence"]) >= 2
    cli = _json(runner.invoke(app, ["victims", "--case", str(case.path), "--format", "json"]))
    assert v["victim"] in {x["victim"] for x in cli["potential_victims"]}


def coercion_dm(tmp_path):
    """A 1:1 chat exported by the threatened person, who writes first and even says she sent it."""
    return _export(tmp_path / "dm", "해결사", "personal_chat", 777, [
        (21, "하늘", "누구세요? 연락하지 마세요"),
        (22, "해결사", "싫으시면 안 하셔도 돼요. 대신 내일 학교 게시판에서 보시구요"),
        (21, "하늘", "제발 그만해주세요"),
        (22, "해결사", "오늘 밤까지 안 보내면 네 번호랑 이름 다 올린다"),
        (21, "하늘", "보냈어요 이제 지워주세요 제발요"),
        (22, "해결사", "너 죽여버릴거야 말 안 들으면"),
    ])


def test_threatened_person_in_a_two_person_chat_is_not_a_suspect(tmp_path):
    case = _case(tmp_path, coercion_dm(tmp_path))
    with case.connect() as conn:
        result = engine.run(conn)
    doc = engine.document(result)
    suspects = {a for p in doc["participants"] for a in p["accounts"]}
    victims = {a for v in doc["potential_victims"] for a in v["accounts"]}
    assert "telegram:user21" in victims and "telegram:user21" not in suspects
    assert "telegram:user22" in suspects and "telegram:user22" not in victims


def test_stored_results_are_reused_until_the_case_changes(tmp_path):
    case = _case(tmp_path, coercion_dm(tmp_path))
    runs = lambda: sum(1 for e in case.events() if e["kind"] == "analysis_run" and "triage" in e["summary"])  # noqa: E731
    first = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json"]))
    assert runs() == 1 and list((case.path / "derived").glob("triage-*.pickle"))
    for command in (["triage"], ["victims"], ["eval", "--truth", str(_truth(tmp_path))]):
        assert runner.invoke(app, [*command, "--case", str(case.path), "--format", "json"]).exit_code == 0
    assert runs() == 1  # triage, victims and eval read the stored result
    ingest(case, staff_room(tmp_path), progress=False)
    again = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json"]))
    assert runs() == 2 and again != first


def _truth(tmp_path):
    path = tmp_path / "truth.json"
    path.write_text(json.dumps({"participants": [{"account": "telegram:user22", "roles": ["operator"]}],
                                "potential_victims": [{"account": "telegram:user21", "mention": None, "name": "하늘"}],
                                "rooms": {"해결사": "criminal"}}), encoding="utf-8")
    return path


def test_a_basis_can_cover_a_victim_record(tmp_path):
    case = _case(tmp_path, coercion_dm(tmp_path))
    label = _json(runner.invoke(app, ["victims", "--case", str(case.path), "--format", "json"]))["potential_victims"][0]["victim"]
    me = runner.invoke(app, ["user", "add", "test-investigator", "--role", "investigator", "--case", str(case.path)])
    assert me.exit_code == 0, me.output
    out = runner.invoke(app, ["basis", "add", "--case", str(case.path), "--type", "victim_protection", "--victim", label,
                              "--reference", "VP-1", "--issuer", "court", "--expires", "2099-01-01", "--grounds", "protect the victim"])
    assert out.exit_code == 0, out.output
    from roomsift.oversight import basis as bases

    with case.connect() as conn:
        (row,) = bases.all_bases(conn)
    assert row.type == "victim_protection" and label in row.scope
    assert any(p.startswith("P") for p in row.scope)  # the victim's account's person is covered too
    bad = runner.invoke(app, ["basis", "add", "--case", str(case.path), "--type", "victim_protection", "--victim", "V999999",
                              "--reference", "VP-2", "--issuer", "court", "--expires", "2099-01-01", "--grounds", "x"])
    assert bad.exit_code != 0


def worked_on_room(tmp_path):
    """A ring's staff talking shop about people they coerce, without a threat word: details in
    their hands, a case being handled. The collector is @mentioned too, but speaks here."""
    return _export(tmp_path / "work", "작업실", "private_group", 503, [
        (31, "곰", {"action": "create_group", "title": "작업실", "members": ["곰", "루나", "정산"]}),
        (31, "곰", "입장료 5만원 VIP 15만원. 입금 확인되면 초대"),
        (33, "정산", "입금 확인 끝난 사람들 초대 완료"),
        (32, "루나", "@taehyun_k 회사 단톡 명단 떴음"),
        (32, "루나", "@jh_case 이 애 다음 회차 언제 올림?"),
        (32, "루나", "김태현은 학교 쪽 리스트 확보함 근데 돈이 없대요"),
        (31, "곰", "@collector_j 이번달 정산 내일까지 보고해"),
        (33, "정산", "넵 정리해서 올릴게요", {"photo": "photos/x.jpg", "width": 10, "height": 10}),
    ])


def test_people_worked_on_in_a_staff_room_are_victims_and_speakers_are_not(tmp_path):
    folder = worked_on_room(tmp_path)
    case = _case(tmp_path, folder, staff_room(tmp_path))
    with case.connect() as conn:
        result = engine.run(conn)
    victims = engine.victims_document(result)
    assert any("@jh_case" in v["mentions"] for v in victims)
    # The handle and the Korean name spell one person: one record citing both messages.
    named = [v for v in victims if "김태현" in v["names"]]
    assert len(named) == 1 and named[0]["mentions"] == ["@taehyun_k"] and len(named[0]["evidence"]) == 2
    # No staff member who speaks in a criminal room becomes a victim.
    assert not [v for v in victims if v["accounts"]]


def test_a_name_and_a_handle_pair_only_when_the_spelling_is_unique():
    from roomsift.analysis.triage.victim_names import pairs
    from roomsift.analysis.triage.victims import SURNAMES

    surnames = frozenset(SURNAMES)
    assert sorted(pairs({"정성민", "최민혁", "김가온"}, {"@seongmin_0x", "@minhyuk_c", "@dal_bit22"}, surnames)) == [
        ("정성민", "@seongmin_0x"), ("최민혁", "@minhyuk_c")]
    # Two handles spelling one name: neither is paired.
    assert pairs({"정성민"}, {"@seongmin_0x", "@seongmin_real"}, surnames) == []
