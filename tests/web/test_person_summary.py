"""The person page's rooms come from per-account counts the server reads once per state of
the case, and its payment values a page at a time: both must say what `roomsift person`
(which counts the person's messages and lists every value) says."""

from __future__ import annotations

import json


def _cli_person(cli, case_dir, label: str) -> dict:
    out = cli("person", label, "--case", case_dir, "--format", "json").stdout
    return json.loads(out[out.index("{"):])


def test_rooms_and_payments_match_the_cli(sign_in, team_case, cli):
    case_dir = team_case[0]
    kim = sign_in("kim")
    listed = [p["person"] for p in kim.get("/api/participants").json()["participants"]]
    checked_rooms = checked_payments = 0
    for label in listed[:6]:
        web = kim.get(f"/api/person/{label}").json()
        cli_doc = _cli_person(cli, case_dir, label)
        assert [(r["chat_id"], r["messages"], r["first"], r["last"]) for r in web["rooms"]] == \
            [(r["chat"], r["messages"], r["first"], r["last"]) for r in cli_doc["rooms"]], label
        checked_rooms += len(web["rooms"])
        cli_pay = [(p["time"], p["kind"], p["validity"]) for p in cli_doc["payment_artifacts"]]
        assert web["payments_total"] == len(cli_pay), label
        shown = []
        for page in range(1, web["payments_pages"] + 1):
            got = kim.get(f"/api/person/{label}?pay={page}").json()
            assert got["payments_page"] == page and len(got["payment_artifacts"]) <= 100
            shown += [(p["time"], p["kind"], p["validity"]) for p in got["payment_artifacts"]]
        assert shown == cli_pay, label
        checked_payments += len(shown)
        last = kim.get(f"/api/person/{label}?pay=9999").json()  # past the end: the last page
        assert last["payments_page"] == web["payments_pages"]
    assert checked_rooms > 6 and checked_payments > 0  # the demo's leading participants write in several rooms and pay
