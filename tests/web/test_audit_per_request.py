"""Each page view lands in the audit log once: a person or chat view as its own entry, a
ranked-list page as one access entry (not one per table on the page)."""

from __future__ import annotations


def _kinds_after(case_dir, since: int) -> list[str]:
    from roomsift.case.store import Case

    with Case.open(case_dir) as case:
        return [e["kind"] for e in case.events() if e["id"] > since]


def _last_id(case_dir) -> int:
    from roomsift.case.store import Case

    with Case.open(case_dir) as case:
        return max(e["id"] for e in case.events())


def test_one_audit_entry_per_page_view(sign_in, team_case, cli):
    case_dir = team_case[0]
    # `roomsift serve --workers 1` serves inside a CLI command: its pages are still logged one by one
    cli("chats", "--case", case_dir)
    kim = sign_in("kim")
    person = kim.get("/api/participants").json()["participants"][0]["person"]

    mark = _last_id(case_dir)
    assert kim.get(f"/person/{person}").status_code == 200
    assert _kinds_after(case_dir, mark) == ["person_view"]

    mark = _last_id(case_dir)
    assert kim.get("/participants?sort=cited").status_code == 200
    assert _kinds_after(case_dir, mark) == ["access"]

    mark = _last_id(case_dir)
    assert kim.get("/chat/1").status_code == 200
    assert _kinds_after(case_dir, mark) == ["chat_view"]
