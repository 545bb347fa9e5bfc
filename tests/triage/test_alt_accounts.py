"""Roles are decided per account: a person's other account, linked by a value both accounts
state as their own but seen only in an everyday room, is not given the person's roles."""

from roomsift.analysis.identity.api import person_map
from roomsift.analysis.triage import engine
from test_roles_behaviour import paid_room
from test_rooms_victims import _case, _export

PHONE = "010-4821-7730"


def test_an_alt_seen_only_in_an_everyday_room_holds_no_role(tmp_path):
    room = paid_room(tmp_path)
    import json

    doc = json.loads((room / "result.json").read_text(encoding="utf-8"))
    last = doc["messages"][-1]
    line = f"입금자 확인 안 되면 제 번호로 연락 주세요 {PHONE}"
    doc["messages"].append({k: v for k, v in last.items() if k not in ("media_type", "file", "thumbnail", "mime_type")}
                           | {"id": last["id"] + 1, "date_unixtime": str(int(last["date_unixtime"]) + 60), "from": "구름",
                              "from_id": "user5", "text": line, "text_entities": [{"type": "plain", "text": line}]})
    (room / "result.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    market = _export(tmp_path / "market", "동네 중고거래", "private_supergroup", 902, [
        (20, "구름2", f"자전거 팝니다 5만원. 제 번호 {PHONE} 로 문자 주세요"),
        (21, "이웃", "사진 더 있나요?"),
        (20, "구름2", "내일 보여드릴게요"),
    ])
    case = _case(tmp_path, room, market)
    with case.connect() as conn:
        result = engine.run(conn)
        people = person_map(conn)
    acc = {k: a for a, k in result.corpus.account_keys.items()}
    assert people.get(acc["telegram:user5"]) == people.get(acc["telegram:user20"]) is not None  # one person
    people_doc = engine.document(result)["participants"]
    roles = {a["account"]: set(a["roles"]) for p in people_doc for a in p["account_roles"]}
    assert "payer" in roles["telegram:user5"]
    assert "telegram:user20" not in roles  # the alt did nothing in the paid room
    assert any({"telegram:user5", "telegram:user20"} <= set(p["accounts"]) for p in people_doc)  # shown with the person
