"""Roles are decided per account; a person holds its accounts' roles (roles.score_accounts).
Through the triage document (`roomsift.analysis.triage.engine`; the CLI's JSON shows the same
entries pseudonymised) on small hand-made exports (Telegram Desktop JSON):
an old account's payment does not make the new account a payer, a payer's account seen only
in an everyday room has no role, and an operator's declared alt acting for the ring runs it."""

import json

from typer.testing import CliRunner

from roomsift.analysis.triage import engine
from roomsift.cli import app
from test_roles_behaviour import VIDEO, paid_room
from test_rooms_victims import _case, _export, _json

runner = CliRunner()
PHONE = "010-4821-3390"


def _append(room, *lines):
    """Add (user id, name, text[, extra]) lines at the end of an export."""
    doc = json.loads((room / "result.json").read_text(encoding="utf-8"))
    for uid, who, text, *extra in lines:
        last = doc["messages"][-1]
        msg = {"id": last["id"] + 1, "type": "message", "date": last["date"], "date_unixtime": str(int(last["date_unixtime"]) + 60),
               "from": who, "from_id": f"user{uid}", "text": text, "text_entities": [{"type": "plain", "text": text}]}
        doc["messages"].append(msg | (extra[0] if extra else {}))
    (room / "result.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return room


def _triage(case) -> dict:
    shown = _json(runner.invoke(app, ["triage", "--case", str(case.path), "--format", "json"]))
    # The CLI shows each account's roles, pseudonymised like the person's accounts.
    assert all({a["account"] for a in p["account_roles"]} <= set(p["accounts"]) for p in shown["participants"])
    with case.connect() as conn:
        return engine.document(engine.run(conn))


def _person_of(doc: dict, account: str) -> dict:
    return next(p for p in doc["participants"] if account in p["accounts"])


def _own(person: dict) -> dict[str, set[str]]:
    return {a["account"]: set(a["roles"]) for a in person["account_roles"]}


def test_an_old_accounts_payment_stays_with_it_and_an_everyday_account_has_no_role(tmp_path):
    """Payer 5 gives its DM handle and pays; its new account 10 says it is the person who used
    that handle and only chats. The same person's phone, given as its own, also sits in a
    football club chat under account 11."""
    room = _append(paid_room(tmp_path), (5, "구름", "DM은 @gureum_kr 로 주세요"), (5, "구름", f"급하면 제 번호 {PHONE}"),
                   (10, "구름2", "예전 @gureum_kr 쓰던 사람입니다. 계정 터져서 새로 팜"), (10, "구름2", "오늘 야구 누가 이김?"))
    club = _export(tmp_path / "club", "조기축구 토요반", "private_supergroup", 901, [
        (11, "구름", f"제 번호 {PHONE} 입니다 늦으면 연락주세요"),
        (12, "감독", "토요일 7시 운동장"),
        (11, "구름", "넵 갑니다"),
    ])
    doc = _triage(_case(tmp_path, room, club))
    person = _person_of(doc, "telegram:user5")
    assert {"telegram:user10", "telegram:user11"} <= set(person["accounts"]), person["accounts"]  # identity: one person
    own = _own(person)
    assert "payer" in own["telegram:user5"]
    assert own["telegram:user10"] == {"viewer"}  # the new account paid nothing
    assert "telegram:user11" not in own  # seen only in the football club: no role
    assert "payer" in person["roles"]  # the person holds its accounts' roles


def test_an_operators_declared_alt_runs_its_desk_and_an_uploading_alt_distributes(tmp_path):
    """Operator 1 says the desk account 상담실장 (8) and the uploader 창고지기 (2) are his
    accounts. The desk deals with a buyer one-to-one and asks the uploader for new files; the
    uploader posts files."""
    room = _append(paid_room(tmp_path), (1, "달빛", "상담 부계 상담실장 도 제 계정입니다"),
                   (1, "달빛", "업로드 부계 창고지기 도 제 계정입니다"))
    desk = _export(tmp_path / "desk", "상담실장", "personal_chat", 8, [
        (9, "단골", "묶음으로 사면 얼마예요?"),
        (8, "상담실장", "건당 5만원, 묶음은 30만원"),
        (8, "상담실장", "입금은 국민 123456-01-123456"),
        (9, "단골", "30만원 입금했습니다"),
        (8, "상담실장", "창고지기한테 새 거 빨리 올려달라고 해주세요 요청 밀림"),
    ])
    doc = _triage(_case(tmp_path, room, desk))
    person = _person_of(doc, "telegram:user1")
    own = _own(person)
    assert "operator" in own["telegram:user1"]
    if "telegram:user8" in person["accounts"]:
        assert "operator" in own["telegram:user8"] and "solicitor" not in own["telegram:user8"]
    assert "payer" in _own(_person_of(doc, "telegram:user9"))["telegram:user9"]
