"""Alt claims by display name, new accounts that take over an old account's name, and contact
handles that resolve alt claims — through the public rule functions on small inputs."""

import pytest

from roomsift.analysis.identity.cluster import cluster
from roomsift.analysis.identity.inputs import AccountInfo, Inputs, add_message
from roomsift.analysis.identity.links import MERGE_AT, find_links
from roomsift.analysis.identity.statements import read

pytestmark = pytest.mark.backend_neutral("link rules on in-memory inputs; no case")


def _acc(i, name, seen=(None, None)):
    return AccountInfo(i, "telegram", f"user{i}", "id", [name], {}, {name: seen})


def _inputs(*accounts):
    inp = Inputs()
    for acc in accounts:
        inp.accounts[acc.id] = acc
    return inp


def _merged(inp):
    links = find_links(inp)
    clusters = cluster(inp.accounts.keys(), links, {})
    return {l.label: (l.kinds, clusters.status[l.label]) for l in links}


def test_claim_by_display_name_merges_and_both_sides_make_it_surer():
    inp = _inputs(_acc(1, "달지기"), _acc(2, "moonkeeper"), _acc(3, "구경꾼"))
    add_message(inp, 1, 10, 100, "운영 부계 moonkeeper 도 제 계정입니다")
    assert _merged(inp) == {"L1-2": (["stated_name"], "merged")}
    add_message(inp, 2, 10, 101, "ㅇㅇ 저 달지기 부계임")
    (link,) = find_links(inp)
    assert link.strength > 0.9 and sorted(link.evidence[0].messages) == [100, 101]


def test_names_said_about_someone_else_or_shared_do_not_link():
    inp = _inputs(_acc(1, "정산"), _acc(2, "케이"), _acc(3, "Jay"), _acc(4, "Jay"), _acc(5, "ghost"), _acc(6, "누군가"))
    add_message(inp, 2, 10, 100, "오 이제 부계 정산 적응했네 ㅋㅋ")  # about someone else's alt
    add_message(inp, 6, 10, 101, "Jay 도 제 계정이에요")  # two accounts carry the name
    add_message(inp, 6, 10, 102, "old acc got nuked, its me ghost")  # the author's own name
    add_message(inp, 6, 10, 103, "정산 부계 아님?")  # a question
    assert find_links(inp) == []


def test_former_name_with_a_self_copula_links():
    inp = _inputs(_acc(1, "달빛"), _acc(2, "새벽"))
    add_message(inp, 2, 10, 100, "예전 닉 달빛이에요 다시 왔어요")
    assert _merged(inp) == {"L1-2": (["stated_name"], "merged")}


def test_new_account_taking_over_a_quiet_accounts_name_merges_only_with_an_announcement():
    old, new = _acc(1, "정산", (100, 200)), _acc(2, "정산2", (300, 400))
    inp = _inputs(old, new, _acc(3, "정산팀장", (100, 400)))
    add_message(inp, 2, 10, 100, "입금 확인했어요")
    assert find_links(inp) == []  # a similar name alone is a collision
    add_message(inp, 2, 10, 101, "본계 터져서 부계로 왔음")
    assert _merged(inp) == {"L1-2": (["name_takeover"], "merged")}


def test_takeover_with_overlapping_times_is_only_a_candidate():
    inp = _inputs(_acc(1, "달빛", (100, 500)), _acc(2, "달빛", (300, 400)))
    add_message(inp, 2, 10, 100, "새 계정입니다")
    (link,) = find_links(inp)
    assert link.kinds == ["name_takeover"] and link.strength < MERGE_AT


def test_contact_handle_resolves_an_alt_claim_but_an_advertised_one_does_not():
    inp = _inputs(_acc(1, "올빼미"), _acc(2, "새올빼미"), _acc(3, "운영"))
    add_message(inp, 1, 10, 100, "궁금한 거 있으면 연락은 @night_owl_kr 로")
    add_message(inp, 2, 10, 101, "예전 @night_owl_kr 쓰던 사람임 계정 날아가서 새로 팜")
    assert _merged(inp) == {"L1-2": (["stated"], "merged")}
    inp = _inputs(_acc(1, "올빼미"), _acc(2, "새올빼미"), _acc(3, "운영"))
    add_message(inp, 3, 10, 100, "입장 문의는 @night_owl_kr 로 DM")
    add_message(inp, 2, 10, 101, "예전 @night_owl_kr 쓰던 사람임 계정 날아가서 새로 팜")
    assert find_links(inp) == []


def test_wider_alt_phrasings_and_a_reported_ban():
    for text in ("구 @kira_old 입니다", "@kira_old 로 활동하던 사람입니다", "previously known as @kira_old",
                 "@kira_old here, new account", "this is @kira_old's new acc", "back after @kira_old got banned"):
        assert read(text)[1] == ["kira_old"], text
    assert read("@kira_old got banned lol") == ([], [], {})
