"""Former and deleted accounts: a former handle said without a copula or in the past tense, a
former display name resolved by name history, and a deleted account's successor reclaiming
what it owned — each with its look-alike, through the public rule functions on small inputs."""

import pytest

from roomsift.analysis.identity.cluster import cluster
from roomsift.analysis.identity.inputs import AccountInfo, Inputs, add_message
from roomsift.analysis.identity.links import find_links
from roomsift.analysis.identity.statements import read

pytestmark = pytest.mark.backend_neutral("identity rules on built inputs; no case")

REFUND = "신한 110-482-371950"


def _acc(i, name=None, seen=(None, None)):
    names = [name] if name else []
    return AccountInfo(i, "telegram", f"user{i}", "id", names, {}, {name: seen} if name else {})


def _inputs(*accounts, deleted=()):
    inp = Inputs()
    for acc in accounts:
        inp.accounts[acc.id] = acc
    inp.deleted.update(deleted)
    return inp


def _links(inp):
    links = find_links(inp)
    clusters = cluster(inp.accounts.keys(), links, {})
    return {l.label: (l.kinds, clusters.status[l.label]) for l in links}


@pytest.mark.parametrize("text", [
    "하늘임. 예전 @quiet_fox 쓰던 사람", "저 예전에 @quiet_fox 썼어요", "원래 @quiet_fox 였음. 계정 날아가서 새로 팜",
    "저 @quiet_fox 였어요", "@quiet_fox 썼던 사람입니다", "전 @quiet_fox 입니다. 새로 왔어요",
    "@quiet_fox 정지 먹음. 이걸로 다시 옴", "@quiet_fox 터짐. 새 계정으로 다시 들어왔어요",
])
def test_former_handle_without_a_copula_or_in_the_past_tense_is_an_alt_claim(text):
    assert read(text)[1] == ["quiet_fox"]


@pytest.mark.parametrize("text", [
    "@quiet_fox 쓰던 사람 요즘 안 보이네", "운영자 원래 @quiet_fox 였음", "걔 원래 @quiet_fox 였음",
    # no subject and nothing else about the author: an answer about someone else
    "예전 @quiet_fox 쓰던 사람.", "방장? 원래 @quiet_fox 였음", "예전 @quiet_fox 쓰던 사람. 저 사람 요즘 뭐함",
    "저 @quiet_fox 팬이었어요", "@quiet_fox 였어요", "원래 @quiet_fox 였음?", "@quiet_fox 쓰던 사람 누구",
    "@quiet_fox 정지 먹음. 새 계정 만들어서 다시 들어올게",  # the old account still speaks
    "@quiet_fox 정지 먹음. 걔 새로 팠대", "@quiet_fox 정지됨. 새로 팠나?",
])
def test_someone_else_a_question_or_a_bare_handle_claims_nothing(text):
    assert read(text)[:2] == ([], [])


def test_former_handle_resolves_through_the_contact_given_earlier_and_a_mention_does_not():
    inp = _inputs(_acc(1, "여우"), _acc(2, "Q"), _acc(3, "구경"))
    add_message(inp, 1, 10, 100, "궁금하면 DM은 @quiet_fox 로")
    add_message(inp, 3, 10, 101, "@quiet_fox 쓰던 사람 요즘 안 보이네")  # someone else mentions it
    assert find_links(inp) == []
    add_message(inp, 2, 10, 102, "예전 @quiet_fox 쓰던 사람. 번호도 새로 바꿨어요")
    assert _links(inp) == {"L1-2": (["stated"], "merged")}


def test_i_am_x_links_through_a_contact_only_when_the_account_moved():
    # 1 gave @night_bird as a contact; 2 says it is @night_bird
    moved = _inputs(_acc(1, "밤새"), _acc(2, "아침새"))
    add_message(moved, 1, 10, 100, "연락은 @night_bird 로 주세요")
    add_message(moved, 2, 10, 101, "저 @night_bird 예요. 계정 정지돼서 새로 만들었어요")
    assert _links(moved) == {"L1-2": (["stated"], "merged")}
    promoted = _inputs(_acc(1, "홍보"), _acc(2, "운영"))  # a promoter passes on the operator's contact
    add_message(promoted, 1, 10, 100, "연락은 @night_bird 로 주세요")
    add_message(promoted, 2, 10, 101, "저 @night_bird 예요. 편하게 연락 주세요")
    assert find_links(promoted) == []


def test_an_id_given_bare_is_a_contact_but_a_sellers_id_is_not():
    for given, expected in (("텔레 아이디 @night_bird", {"L1-2": (["stated"], "merged")}), ("판매자 아이디 @night_bird", {})):
        inp = _inputs(_acc(1, "밤새"), _acc(2, "아침새"))
        add_message(inp, 1, 10, 100, given)
        add_message(inp, 2, 10, 101, "예전 아이디 @night_bird 였는데 정지당함")
        assert _links(inp) == expected, given


def test_former_display_name_must_have_been_carried_before_the_claim():
    claim = "예전 닉 달빛이에요 다시 왔어요"
    later = _inputs(_acc(1, "달빛", (500, 600)), _acc(2, "새벽", (100, 700)))
    add_message(later, 2, 10, 100, claim, 300)  # 달빛 first appeared after the claim: another person
    assert find_links(later) == []
    earlier = _inputs(_acc(1, "달빛", (50, 60)), _acc(2, "새벽", (100, 700)))
    add_message(earlier, 2, 10, 100, claim, 300)
    assert _links(earlier) == {"L1-2": (["stated_name"], "merged")}


def test_deleted_account_successor_reclaims_its_refund_account_never_the_live_namesake():
    # 1 is deleted (exported nameless); 3 is a live account that carries the deleted one's old name.
    inp = _inputs(_acc(1), _acc(2, "노랑이", (400, 900)), _acc(3, "노랑", (100, 900)), _acc(4, "정산", (100, 900)),
                  deleted={1})
    add_message(inp, 1, 10, 100, f"입금했는데 안 들어왔으면 환불은 제 계좌 {REFUND} 로", 200)
    add_message(inp, 4, 10, 101, f"노랑님 {REFUND} 확인했어요 환불 처리할게요", 250)  # the cashier repeats it
    assert find_links(inp) == []
    add_message(inp, 2, 10, 102, f"지워진 계정 저예요 (전 닉 노랑). 환불계좌 {REFUND} 그대로", 500)
    assert _links(inp) == {"L1-2": (["deleted_successor"], "merged")}


def test_a_deleted_account_claim_without_a_first_person_links_nothing():
    inp = _inputs(_acc(1), _acc(2, "정산", (100, 900)), deleted={1})
    add_message(inp, 1, 10, 100, f"환불은 제 계좌 {REFUND} 로 부탁해요", 200)
    add_message(inp, 2, 10, 101, f"삭제된 계정 환불계좌 {REFUND} 확인", 300)
    assert find_links(inp) == []
