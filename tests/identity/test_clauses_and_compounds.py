"""Rules 8: where a claim's clause ends when no ending shows on the surface (Kiwi's sentence
split), values named by a compound noun ("제 환불계좌 X"), Latin handle nouns with Korean
particles ("제 DM은 @x"), a nominal arrival after a ban ("이걸로 옴"), and a deletion said in the
passive ("계정 사라져서 새로 만듦") — each beside its look-alike: a question in the claim's own
clause, a moderator's ban notice, another person's value, a cashier re-posting a deleted
account's refund account. Through the public rule functions on small inputs and one
ingested case."""

import json

import pytest

from roomsift.analysis.artifacts import extract
from roomsift.analysis.artifacts.ownership import owned
from roomsift.analysis.identity.inputs import add_message
from roomsift.analysis.identity.links import find_links
from roomsift.analysis.identity.statements import read
from test_former_accounts import _acc, _inputs, _links
from tests.tgexport import msg, write_single_chat

pytestmark = pytest.mark.backend_neutral("identity rules on built inputs; one case test")

HANDLE = "silver_owl31"
REFUND = "우리 1002-418-550917"


# --- the claim's own clause ends before a question about something else -------------------

AFTER_A_BAN = [
    f"구 계정 @{HANDLE} 밴 먹어서 이 계정으로 옴 ㅠ 자료 다시 받을 수 있음?",
    f"@{HANDLE} 잠겨서 새로 팜 ㅋㅋ 공지 어디 있음?",
    f"원래 @{HANDLE} 였는데 털려서 이거로 옴 ㅜ 인증 다시 해야 돼?",
]


@pytest.mark.parametrize("text", AFTER_A_BAN)
def test_an_alt_claim_holds_when_a_question_follows_in_the_next_clause(text):
    # 1 gave the handle as its own contact, with a Latin noun and a Korean particle.
    inp = _inputs(_acc(1, "부엉이"), _acc(2, "부엉이2"), _acc(3, "문지기"))
    add_message(inp, 1, 10, 100, f"입금했어요. 제 DM은 @{HANDLE} 으로 주세요")
    add_message(inp, 2, 10, 101, text)
    assert _links(inp) == {"L1-2": (["stated"], "merged")}


@pytest.mark.parametrize("text", [
    f"구 계정 @{HANDLE} 밴 먹어서 이 계정으로 옴?",  # the question is the claim's own clause
    f"@{HANDLE} 밴 처리, 재가입 모니터링",  # a moderator's notice
    f"@{HANDLE} 정지했는데 다시 들어옴",  # a moderator: the banned account came back
    f"@{HANDLE} 잠겨서 새로 팠대 ㅋㅋ 진짜임?",  # reported
])
def test_a_question_a_ban_notice_or_a_report_claims_nothing(text):
    inp = _inputs(_acc(1, "부엉이"), _acc(2, "관리봇"))
    add_message(inp, 1, 10, 100, f"제 ID는 @{HANDLE} 이에요")
    add_message(inp, 2, 10, 101, text)
    assert find_links(inp) == []


@pytest.mark.parametrize("before", ["제 DM은", "내 ID는", "제 tg는", "my dm is"])
def test_latin_handle_nouns_take_korean_particles(before):
    assert read(f"{before} @{HANDLE}")[0] == [HANDLE]


# --- a value named by a compound noun ---------------------------------------------------

def _own(text):
    found = extract(text)
    return [mine for a, mine in zip(found, owned(text, found)) if a.kind != "amount"]


@pytest.mark.parametrize("text", [
    f"문제 생기면 제 환불계좌 {REFUND} 로 돌려주세요",
    f"혹시 모르니까 내 입금통장 {REFUND}",
    f"제 비상연락처 010-3391-2287",
])
def test_a_compound_kind_noun_after_my_is_ownership(text):
    assert _own(text) == [True]


@pytest.mark.parametrize("text", [
    f"제 친구계좌 {REFUND} 로 보내도 되나요",
    f"제 동생 계좌 {REFUND} 로 환불 부탁드려요",
    f"엄마 번호 010-3391-2287 제가 대신 남겨요",
    f"총무 계좌 {REFUND} 다시 올립니다",
])
def test_another_persons_value_is_never_the_authors(text):
    assert _own(text) == [False]


# --- a deleted account's successor, the deletion said in the passive -----------------------

@pytest.mark.parametrize("text", [
    f"폰 초기화하다 계정 사라져서 새로 만듦. 위에 {REFUND} 제 거예요",
    f"예전 계정 없어졌어요 ㅠ {REFUND} 이거 제 통장 맞아요",
    f"계정이 지워져서 새로 가입했어요 환불은 {REFUND} 로 부탁해요",
])
def test_a_successor_reclaims_the_deleted_accounts_compound_named_refund_account(text):
    inp = _inputs(_acc(1), _acc(2, "다시왔음"), _acc(3, "정산담당"), deleted={1})
    add_message(inp, 1, 10, 100, f"결제했어요. 안 되면 제 환불계좌 {REFUND}")
    add_message(inp, 3, 10, 101, f"삭제된 계정 환불계좌 {REFUND} 확인함")  # the cashier repeats it
    assert find_links(inp) == []
    add_message(inp, 2, 10, 102, text)
    assert set(_links(inp)) == {"L1-2"} and _links(inp)["L1-2"][1] == "merged"


@pytest.mark.parametrize("text", [
    f"그 계정 없어졌네 {REFUND} 환불 처리함",  # a cashier about someone else's account
    f"그 계정 사라졌던데 다시 들어왔대 {REFUND}",  # reported
])
def test_a_deletion_spoken_of_someone_else_links_nothing(text):
    inp = _inputs(_acc(1), _acc(2, "정산담당"), deleted={1})
    add_message(inp, 1, 10, 100, f"결제했어요. 안 되면 제 환불계좌 {REFUND}")
    add_message(inp, 2, 10, 101, text)
    assert find_links(inp) == []


# --- through an ingested case ------------------------------------------------------------------

def test_handle_declared_earlier_and_claimed_after_a_ban_through_a_case(tmp_path, cli):
    old, new, mod = ("부엉이", "user911"), ("부엉이2", "user912"), ("야간관리", "user913")
    messages = [
        msg(1, f"입장 완료! 제 DM은 @{HANDLE} 으로 주세요", sender=old),
        msg(2, f"@{HANDLE} 밴 처리, 재가입 모니터링", sender=mod),
        msg(3, f"구 계정 @{HANDLE} 밴 먹어서 이 계정으로 옴 ㅠ 자료 다시 받을 수 있음?", sender=new),
    ]
    case = tmp_path / "case"
    cli("case", "new", case)
    cli("ingest", write_single_chat(tmp_path / "room", messages), "--case", case)
    links = json.loads(cli("link", "list", "--case", case, "--format", "json").stdout)
    assert [(l["kinds"], l["status"]) for l in links] == [("stated", "merged")]
    persons = json.loads(cli("persons", "--min-accounts", "2", "--case", case, "--format", "json").stdout)
    assert [p["accounts"] for p in persons] == [2]


# --- an account named by its display name, claimed in a first-person copula or as run by the author

NAMED_CLAIMS = ["은빛부엉이도 나야", "참고로 은빛부엉이 = 본인", "나 = 은빛부엉이", "은빛부엉이 그거 나임 ㅋㅋ",
                "은빛부엉이 내 세컨임", "은빛부엉이 계정 내꺼", "은빛부엉이랑 나랑 같은 사람", "공지용 은빛부엉이 내가 돌림",
                "은빛부엉이도 제가 운영해요", "은빛부엉이 관리하는 것도 나",
                # the author is the named account, now on a new one
                "전에 은빛부엉이로 있던 사람이에요", "원래 은빛부엉이인데 폰 바꿔서 새 계정", "은빛부엉이 맞아요 새 계정이에요",
                "제가 은빛부엉이예요 계정 정지돼서 새로 만들었습니다"]
NAMED_LOOK_ALIKES = ["나 = 은빛부엉이 팬", "저 은빛부엉이 팬이에요 계정 새로 팠어요", "은빛부엉이 = 사기꾼",
                     "은빛부엉이 좋아하는 사람 나임", "은빛부엉이한테 입금한 거 저예요", "은빛부엉이 방 제가 관리해요",
                     "은빛부엉이 사칭 계정임 조심", "은빛부엉이는 운영자 부계래", "은빛부엉이도 나야?",
                     "저 은빛부엉이예요 반가워요", "은빛부엉이인데 새 계정 팠대", "은빛부엉이 맞아요? 새 계정이에요?",
                     "그 사람 은빛부엉이 맞음 새 계정으로 왔던데", "은빛부엉이로 있던 사람 요즘 안 보이네",
                     "은빛부엉이 방에 있던 사람이에요"]


def _named_room():
    return _inputs(_acc(1, "은빛부엉이"), _acc(2, "조약돌"), _acc(3, "구경꾼"))


@pytest.mark.parametrize("text", NAMED_CLAIMS)
def test_a_display_name_claimed_in_a_first_person_copula_links(text):
    inp = _named_room()
    add_message(inp, 2, 10, 100, text)
    assert _links(inp) == {"L1-2": (["stated_name"], "merged")}


@pytest.mark.parametrize("text", NAMED_LOOK_ALIKES)
def test_a_fan_a_payer_a_room_or_a_report_is_not_the_named_account(text):
    inp = _named_room()
    add_message(inp, 2, 10, 100, text)
    assert find_links(inp) == []
