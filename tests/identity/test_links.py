"""Identity rules on small in-memory inputs: what merges, what stays a candidate."""

import pytest
from roomsift.analysis.identity.cluster import cluster
from roomsift.analysis.identity.inputs import AccountInfo, Inputs, add_message
from roomsift.analysis.identity.links import MERGE_AT, find_links

pytestmark = pytest.mark.backend_neutral("link rules on in-memory inputs; no case")


def _inputs(*accounts):
    inp = Inputs()
    for acc in accounts:
        inp.accounts[acc.id] = acc
    return inp


def _acc(i, usernames=None, basis="id", platform="telegram", name=None):
    return AccountInfo(i, platform, name if basis == "nickname" else f"user{i}", basis, [name or f"name{i}"], usernames or {})


def _persons(inp, decisions=None):
    links = find_links(inp)
    return links, cluster(inp.accounts.keys(), links, decisions or {})


def test_stated_link_to_a_known_username_merges_with_evidence():
    inp = _inputs(_acc(3, {"old_handle": (1, 2)}), _acc(8))
    add_message(inp, 8, 1, 100, "제 예전 계정 @old_handle 입니다")
    links, clusters = _persons(inp)
    (link,) = links
    assert (link.label, link.kinds) == ("L3-8", ["stated"])
    assert link.strength >= MERGE_AT and link.evidence[0].messages == [100]
    assert clusters.person_of == {3: "P000003", 8: "P000003"}  # label: smallest account id


def test_question_about_someone_else_is_not_a_statement():
    inp = _inputs(_acc(3, {"old_handle": (1, 2)}), _acc(8))
    add_message(inp, 8, 1, 100, "@old_handle 부계정 아님?")
    assert find_links(inp) == []


def test_display_name_guess_is_only_a_candidate_until_confirmed():
    inp = _inputs(_acc(10, name="mr.kim"), _acc(19, name="김씨"))
    add_message(inp, 19, 2, 259, "제 예전 계정 @mrkim88 입니다, 그걸로 결제했었어요")
    links, clusters = _persons(inp)
    assert [(l.label, round(l.strength, 2)) for l in links] == [("L10-19", 0.6)]
    assert clusters.status["L10-19"] == "candidate" and clusters.person_of[19] == "P000019"
    _, confirmed = _persons(inp, {(10, 19): "confirm"})
    assert confirmed.person_of[19] == "P000010" and confirmed.status["L10-19"] == "confirmed"


def test_rejected_strong_link_never_merges():
    inp = _inputs(_acc(1), _acc(2))
    add_message(inp, 1, 1, 1, "제 번호 010-2345-6789 입니다")
    add_message(inp, 2, 2, 2, "my number is 010-2345-6789")
    links, clusters = _persons(inp)
    assert clusters.person_of[2] == "P000001"
    _, rejected = _persons(inp, {(1, 2): "reject"})
    assert rejected.person_of[2] == "P000002" and rejected.status["L1-2"] == "rejected"


def test_fee_wallet_shared_by_staff_and_quoted_by_payers_does_not_merge():
    inp = _inputs(*[_acc(i) for i in range(1, 6)])
    wallet = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    add_message(inp, 1, 1, 1, f"입장료 15만원 BTC {wallet} 로 보내주세요")
    add_message(inp, 2, 1, 2, f"입장료 15만원 BTC {wallet} 로 보내주세요")
    add_message(inp, 3, 1, 3, f"보냈어요 0.01 BTC {wallet}")
    add_message(inp, 4, 1, 4, f"보냈어요 0.01 BTC {wallet}")
    _, clusters = _persons(inp)
    assert len(set(clusters.person_of.values())) == 5


def test_exposed_phone_is_not_identity():
    inp = _inputs(_acc(1), _acc(2))
    add_message(inp, 1, 1, 1, "제 번호 010-2345-6789 입니다")  # the victim's own number
    add_message(inp, 2, 2, 2, "이 사람 번호 010-2345-6789 다들 저장해")  # staff expose it
    links, clusters = _persons(inp)
    assert links == [] and clusters.person_of[2] == "P000002"


def test_same_nickname_alone_is_a_candidate_but_owned_phone_links():
    def pair(*texts):
        inp = _inputs(_acc(1, basis="nickname", platform="kakaotalk", name="민수"), _acc(2, basis="nickname", platform="kakaotalk", name="민수"))
        for i, t in enumerate(texts):
            add_message(inp, 1 + i % 2, 10 * (1 + i % 2), i, t)
        return _persons(inp)
    links, clusters = pair("안녕하세요", "반가워요")
    assert [l.kinds for l in links] == [["nickname"]] and clusters.status[links[0].label] == "candidate"
    links, clusters = pair("제 번호 010-2345-6789", "제 번호 010-2345-6789")
    assert links[0].kinds == ["nickname", "own_phone"] and clusters.person_of[2] == "P000001"


def test_username_reuse_over_time_merges_but_overlap_and_cross_platform_do_not():
    inp = _inputs(_acc(1, {"handle1": (100, 200)}), _acc(2, {"handle1": (300, 400)}),
                  _acc(3, {"handle2": (100, 400)}), _acc(4, {"handle2": (200, 300)}),
                  _acc(5, {"handle3": (1, 2)}), _acc(6, {"handle3": (5, 6)}, platform="discord"))
    links, clusters = _persons(inp)
    status = {l.label: clusters.status[l.label] for l in links}
    assert status == {"L1-2": "merged", "L3-4": "candidate", "L5-6": "candidate"}


def test_shared_gift_pin_never_links_but_own_wallet_merges():
    inp = _inputs(*[_acc(i) for i in range(1, 5)])
    add_message(inp, 1, 1, 1, "문상 보냈습니다 핀번호 1234-5678-9012-3456")
    add_message(inp, 2, 2, 2, "해피머니 핀 1234-5678-9012-3456 확인완료")
    add_message(inp, 3, 1, 3, "my wallet 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
    add_message(inp, 4, 3, 4, "제 지갑 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed 로 환불 부탁")
    links, clusters = _persons(inp)
    assert [l.label for l in links] == ["L3-4"]
    assert clusters.person_of[2] == "P000002" and clusters.person_of[4] == "P000003"


def test_self_introduction_as_another_platform_account_is_a_candidate_by_the_name_given():
    inp = _inputs(_acc(3, name="달빛손님"), _acc(9, platform="whatsapp", basis="phone"), _acc(12, name="운영자"))
    add_message(inp, 9, 5, 40, "안녕하세요 텔레그램 달빛손님이에요 (@moon_guest)")
    add_message(inp, 12, 6, 41, "운영자는 텔레그램 달빛손님입니다 (@moon_guest)")  # about someone else: no claim
    links, clusters = _persons(inp)
    assert [(l.label, l.kinds, round(l.strength, 2)) for l in links] == [("L3-9", ["stated"], 0.6)]
    assert clusters.status["L3-9"] == "candidate"


def test_alt_claim_resolves_through_a_handle_another_account_declared():
    inp = _inputs(_acc(4), _acc(7), _acc(8))
    add_message(inp, 4, 1, 1, "연락은 제 텔레 아이디 @river_fox 로 주세요")
    add_message(inp, 8, 1, 2, "문의는 @river_fox 로")  # advertising someone's handle declares nothing
    add_message(inp, 7, 2, 3, "my old account @river_fox got banned, this is my new one")
    links, clusters = _persons(inp)
    assert [l.label for l in links] == ["L4-7"] and clusters.person_of[7] == "P000004"
    assert links[0].evidence[0].messages == [3, 1]  # the claim, then the declaration it rests on
