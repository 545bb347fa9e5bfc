"""The ranked list and its JSON API page by keyset: each page's `next` cursor (the ranking
key of its last row) gives the following page, in a stable order, with the filters kept."""

from __future__ import annotations

import re

import pytest


def _walk(client, query: str) -> list[dict]:
    rows, cursor, seen_cursors = [], None, set()
    while True:
        got = client.get(f"/api/participants?{query}" + (f"&after={cursor}" if cursor else "")).json()
        assert got["start"] == len(rows)
        rows += got["participants"]
        cursor = got["next"]
        assert all(re.fullmatch(r"\d+(\.\d+)?", c) for c in (cursor, got["prev"]) if c), "a cursor carries numbers only"
        if cursor is None:
            return rows
        assert cursor not in seen_cursors
        seen_cursors.add(cursor)


@pytest.mark.parametrize("sort", ["rank", "cited", "person"])
def test_next_cursors_walk_the_whole_list_once_in_order(sign_in, sort):
    kim = sign_in("kim")
    first = kim.get(f"/api/participants?sort={sort}").json()
    assert first["total"] > first["page_size"], "the demo case should have more than one page"
    rows = _walk(kim, f"sort={sort}")
    persons = [r["person"] for r in rows]
    assert len(persons) == first["total"] == len(set(persons))
    if sort == "rank":
        assert [r["rank"] for r in rows] == sorted(r["rank"] for r in rows)
    elif sort == "cited":
        assert [(-r["cited"], r["rank"]) for r in rows] == sorted((-r["cited"], r["rank"]) for r in rows)
    else:
        assert persons == sorted(persons)


def test_filters_are_kept_across_pages_and_prev_goes_back(sign_in):
    kim = sign_in("kim")
    everyone = _walk(kim, "sort=rank")
    viewers = _walk(kim, "role=viewer&sort=cited")
    assert viewers and all("viewer" in r["roles"] for r in viewers)
    assert {r["person"] for r in viewers} == {r["person"] for r in everyone if "viewer" in r["roles"]}
    tier = everyone[0]["tier"]
    in_tier = _walk(kim, f"tier={tier}")
    assert [r["person"] for r in in_tier] == [r["person"] for r in everyone if r["tier"] == tier]

    page1 = kim.get("/api/participants").json()
    page2 = kim.get(f"/api/participants?after={page1['next']}").json()
    assert page2["prev"] is not None and page1["prev"] is None
    back = kim.get(f"/api/participants?before={page2['prev']}").json()
    assert back["participants"] == page1["participants"] and back["start"] == 0


def test_the_page_links_follow_the_cursor_and_a_bad_cursor_is_a_clear_error(sign_in):
    kim = sign_in("kim")
    html = kim.get("/participants?role=viewer&sort=cited").text
    nxt = re.search(r'rel="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "role=viewer" in nxt and "sort=cited" in nxt and "after=" in nxt
    second = kim.get(nxt)
    assert second.status_code == 200 and 'rel="prev"' in second.text
    api_second = kim.get("/api/participants?" + nxt.split("?", 1)[1]).json()
    for r in api_second["participants"]:
        assert f'href="/person/{r["person"]}"' in second.text
    bad = kim.get("/api/participants?sort=cited&after=not-a-cursor")
    assert bad.status_code == 400 and "cursor" in bad.text
    assert kim.get("/participants?sort=sideways").status_code == 400
