"""`roomsift persons`, `person`, `link list|confirm|reject` on the demo case."""

import json

from roomsift.case.store import Case


def _json(result):
    return json.loads(result.stdout)


def test_persons_person_and_link_decisions(cli, fails, demo_case):
    persons = _json(cli("persons", "--case", demo_case, "--format", "json"))
    assert len(persons) == 100  # one page
    assert all(p["person"].startswith("P") for p in persons)
    links = _json(cli("link", "list", "--case", demo_case, "--format", "json"))
    # "제 예전 계정 @mrkim88 입니다": the username is matched by display name only → candidate.
    cand = [l for l in links if l["status"] == "candidate" and "stated" in l["kinds"]]
    assert cand, links
    label = cand[0]["link"]
    a, b = (int(x) for x in label[1:].split("-"))

    before = {p["person"] for p in _json(cli("persons", "--case", demo_case, "--min-accounts", "2", "--format", "json"))}
    assert f"P{a:06d}" not in before
    cli("link", "confirm", label, "--case", demo_case, "--note", "same payment history")
    merged = {p["person"]: p for p in _json(cli("persons", "--case", demo_case, "--min-accounts", "2", "--format", "json"))}
    assert merged[f"P{a:06d}"]["accounts"] == 2

    doc = _json(cli("person", f"P{a:06d}", "--case", demo_case, "--format", "json"))
    assert len(doc["person_accounts"]) == 2
    assert {"person_accounts", "name_history", "rooms", "payment_artifacts", "links"} <= set(doc)
    assert doc["links"][0]["status"] == "confirmed" and doc["links"][0]["link"] == label
    assert doc["rooms"] and doc["name_history"]
    table = cli("person", f"P{a:06d}", "--case", demo_case).stdout
    assert "links" in table and label in table

    cli("link", "reject", label, "--case", demo_case)
    after = {p["person"] for p in _json(cli("persons", "--case", demo_case, "--min-accounts", "2", "--format", "json"))}
    assert after == before

    kinds = [e["kind"] for e in Case.open(demo_case).events()]
    assert "link_confirm" in kinds and "link_reject" in kinds and "person_view" in kinds
    assert "no person or account" in fails("person", "P999999", "--case", demo_case)
    assert "not a link label" in fails("link", "confirm", "nonsense", "--case", demo_case)


def test_person_map_contract_and_stable_labels(demo_case):
    from roomsift.analysis.identity.api import person_map
    from roomsift.analysis.identity.build import ensure

    case = Case.open(demo_case)
    with case.connect() as conn:
        before = person_map(conn)  # whatever state: every account has a person
        n_accounts = conn.exec_driver_sql("select count(*) from accounts").scalar()
    assert len(before) == n_accounts
    ensure(case, force=True)
    with case.connect() as conn:
        after = person_map(conn)
    assert after == before
    assert all(label == f"P{min(a for a, l in after.items() if l == label):06d}" for label in set(after.values()))
