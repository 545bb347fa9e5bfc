"""Every page and API route, as each role with no legal basis: no real identifier of the
demo case in any response; every route answers each role as its role allows."""

from __future__ import annotations

import re

import pytest

from web_identifiers import identifiers, leaks

ROLES = {"kim": "investigator", "lee": "supervisor", "oh": "auditor", "adm": "admin"}


def _routes(app) -> set[str]:
    return {r.path for r in app.routes if hasattr(r, "methods") and "GET" in r.methods}


@pytest.fixture(scope="module")
def walk(app, sign_in, team_case):
    """(user, url, status, body) for every GET route, filled with real labels of the case."""
    kim = sign_in("kim")
    ranked = kim.get("/api/participants").json()["participants"]
    person = ranked[0]["person"]
    chat = kim.get("/chats").text
    chat_id = re.search(r'href="/chat/(\d+)"', chat).group(1)
    urls = {"/": ["/"], "/signin": ["/signin"], "/participants": ["/participants", "/participants?role=operator&sort=cited",
                                                                   "/participants?page=2"],
            "/api/participants": ["/api/participants", "/api/participants?tier=1"],
            "/person/{label}": [f"/person/{p['person']}" for p in ranked[:8]],
            "/api/person/{label}": [f"/api/person/{person}"],
            "/chats": ["/chats"], "/chat/{chat}": [f"/chat/{chat_id}", f"/chat/{chat_id}?page=2"],
            "/api/chat/{chat}": [f"/api/chat/{chat_id}"], "/payments": ["/payments"], "/network": ["/network"],
            "/media": ["/media"], "/victims": ["/victims"], "/audit": ["/audit"], "/bases": ["/bases"],
            "/admin/users": ["/admin/users"], "/api/users": ["/api/users"], "/healthz": ["/healthz"]}
    ours = _routes(app) - {"/static"}
    missing = {r for r in ours if not r.startswith("/static")} - set(urls)
    assert not missing, f"routes the walk does not visit (add them): {missing}"
    out = []
    for user in ROLES:
        client = kim if user == "kim" else sign_in(user)
        for group in urls.values():
            for url in group:
                r = client.get(url)
                out.append((user, url, r.status_code, r.text))
    return out


def test_every_page_for_every_role_is_pseudonymised(walk, team_case):
    idents = identifiers(team_case[0])
    assert len(idents) > 150
    found = {}
    for user, url, status, body in walk:
        assert status in (200, 403), f"{user} {url}: {status}"
        hit = leaks(body, idents)
        if hit:
            found[f"{user} {url}"] = hit[:6]
    assert not found, found


def test_pages_really_show_the_case(walk):
    by = {(u, url): (st, body) for u, url, st, body in walk}
    st, body = by[("kim", "/participants")]
    assert st == 200 and "operator" in body and body.count('class="person"') == 50
    st, body = by[("kim", "/network")]
    assert st == 200 and "<svg" in body and 'class="edge"' in body
    st, body = by[("oh", "/audit")]
    assert st == 200 and "person_view" in body  # the walk's own views are in the log


def test_roles_see_what_their_role_allows(walk):
    status = {(u, url): st for u, url, st, _ in walk}
    assert status[("kim", "/admin/users")] == 403 and status[("kim", "/api/users")] == 403
    assert status[("adm", "/admin/users")] == 200
    assert status[("oh", "/victims")] == 403 and status[("kim", "/victims")] == 200
    assert status[("adm", "/participants")] == 403  # user administration is not case work
    assert status[("kim", "/audit")] == 403 and status[("oh", "/audit")] == 200
