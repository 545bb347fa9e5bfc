"""Each form in which a person presents another account as their own — equality ("X = 나"), a
noun before the particle ("X 계정은 내 부계임"), a copula-less former name ("X 닉 쓰던 사람입니다"),
rename and move notices, English "my main is", a word of a longer display name, a contact given
before a topic word, a short answer to "whose account is it?" — each beside its look-alike:
someone else's handle or rename passed on, an impersonation warning, a quoted or reported claim,
a question. Through the public rule functions on small inputs, and the reply form through a case."""

import json

import pytest

from roomsift.analysis.identity.inputs import AccountInfo, add_message, add_reply
from roomsift.analysis.identity.statements import read
from test_named_claims import _inputs
from test_named_claims import _merged as _links
from tests.tgexport import msg, write_single_chat

pytestmark = pytest.mark.backend_neutral("identity rules on built inputs; one case test")


def _acc(i, name, usernames=(), seen=None):
    seen = seen or (1000 * i, 1000 * i + 500)
    return AccountInfo(i, "telegram", f"user{i}", "id", [name], {u: seen for u in usernames}, {name: seen})


def _merged(inp):
    return sorted(label for label, (_kinds, status) in _links(inp).items() if status == "merged")


def _room():
    """1 holds the handle @pale_moon7 and the name 은하수; 2 is the author; 3 a bystander."""
    return _inputs(_acc(1, "은하수", ["pale_moon7"]), _acc(2, "조약돌"), _acc(3, "구경꾼"))


CLAIMS = [
    "@pale_moon7 = 나", "그리고 은하수 = 나. 부계로 돌림", "@pale_moon7 도 나임",
    "@pale_moon7 계정은 내 부계임 다들 알지?", "은하수 계정은 내 부계임 다들 알지?",
    "안녕하세요 예전에 은하수 닉 쓰던 사람입니다.", "예전에 @pale_moon7 닉 쓰던 사람입니다.",
    "조약돌로 바꿨어요 (구 은하수). 폰 털려서 예전 계정 버림", "닉 변경: 은하수 → 조약돌", "은하수에서 닉 바꿨어요",
    "renamed from 은하수", "은하수 계정에서 이 계정으로 옮김", "@pale_moon7 에서 이 계정으로 옮겼어요",
    "moved here from @pale_moon7", "my main is @pale_moon7", "@pale_moon7 is my main", "this is my alt, main is @pale_moon7",
    # the account written from, spoken of in the third person; past tense; "same person"
    "이 계정은 은하수 부계임", "여기 은하수 부계임", "this account belongs to 은하수", "this is 은하수's alt",
    "예전 닉 은하수였음", "저 원래 은하수였어요", "저 은하수였음 폰 바꿔서 새로 팜", "I was 은하수 before", "formerly 은하수",
    "old name was 은하수", "본계: 은하수", "은하수랑 동일인입니다", "same person as 은하수", "@pale_moon7 로 옮겼어요 이제 거기서 봐요",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_each_form_of_an_alt_claim_links_the_author(text):
    inp = _room()
    add_message(inp, 2, 10, 100, text)
    assert _merged(inp) == ["L1-2"]


LOOK_ALIKES = [
    ("@pale_moon7 = 사기꾼", 2), ("@pale_moon7 는 나한테 물어봐", 2),  # equality with someone else / addressing
    ("@pale_moon7 계정 누구 부계임?", 2), ("은하수 부계 아님?", 2),  # questions, denials
    ("은하수 닉 쓰던 사람 요즘 안 보이네", 2), ("@pale_moon7 쓰던 사람 요즘 안 보이네", 2),  # speaks of someone else
    ("닉 변경: 은하수 → 조약돌", 3), ("조약돌 (구 은하수) 님 환영합니다", 3), ("은하수가 닉 바꿨대", 2),  # someone else's rename
    ("은하수 계정에서 새 계정으로 옮겼대요", 2),  # a reported move
    ("his main is @pale_moon7", 2), ("beware, @pale_moon7 is impersonating me", 2),  # third person, impersonation
    ("@pale_moon7 사칭 계정 조심하세요 제 계정 아닙니다", 2), ("은하수 사칭하는 계정 있어요 조심", 2),
    ("누가 '@pale_moon7 내 부계임' 이러던데", 2), ("은하수가 '은하수 = 나' 라고 했어요", 2),  # quoted, reported
    ("은하수 부계입니다", 2), ("that's @pale_moon7's alt", 2), ("that's 은하수's alt", 2),  # may answer about someone else
    ("공지방 @pale_moon7 로 옮겼어요", 2),  # a room moved, not the author
]


@pytest.mark.parametrize("text,author", LOOK_ALIKES)
def test_look_alikes_of_claims_do_not_link(text, author):
    inp = _room()
    add_message(inp, author, 10, 100, text)
    assert _merged(inp) == []


def test_a_word_of_a_longer_display_name_names_its_account_only_when_unique():
    inp = _inputs(_acc(1, "등대 접수창구"), _acc(2, "등대지기"), _acc(3, "구경꾼"))
    add_message(inp, 2, 10, 100, "접수창구 계정은 내 부계임 거기로 오는 문의 내가 다 봄")
    assert _merged(inp) == ["L1-2"]
    # the word belongs to two names: no one account is meant
    inp = _inputs(_acc(1, "등대 접수창구"), _acc(2, "등대지기"), _acc(3, "항구 접수창구"))
    add_message(inp, 2, 10, 100, "접수창구 계정은 내 부계임")
    assert _merged(inp) == []
    # a bracketed account word ("(부계)") names nobody: "내 부계임" is not a claim on "별똥 (부계)"
    inp = _inputs(_acc(1, "별똥 (부계)"), _acc(2, "등대지기"))
    add_message(inp, 2, 10, 100, "로비는 내 부계로 돌림 부계임")
    assert _merged(inp) == []


def test_a_contact_given_before_a_topic_word_resolves_an_alt_claim_but_an_advert_does_not():
    inp = _inputs(_acc(1, "해바라기"), _acc(2, "해바라기 (부계)", seen=(5000, 6000)), _acc(3, "총무"))
    add_message(inp, 1, 10, 100, "DM은 @sunflower_kr 로 주세요 공구 문의")
    add_message(inp, 2, 10, 101, "폰 잃어버려서 본계 @sunflower_kr 로 못들어와요 ㅠ")
    assert _merged(inp) == ["L1-2"]
    inp = _inputs(_acc(1, "해바라기"), _acc(2, "새싹"), _acc(3, "총무"))
    add_message(inp, 3, 10, 100, "공구 문의는 @sunflower_kr 로 DM")
    add_message(inp, 2, 10, 101, "폰 잃어버려서 본계 @sunflower_kr 로 못들어와요 ㅠ")
    assert _merged(inp) == []


def test_this_account_is_my_alt_takes_over_the_quiet_accounts_name():
    old, new = _acc(1, "해바라기", seen=(100, 200)), _acc(2, "해바라기 (부계)", seen=(300, 400))
    inp = _inputs(old, new, _acc(3, "총무"))
    add_message(inp, 2, 10, 100, "인증 완료")
    assert _merged(inp) == []  # a similar name alone is a collision
    add_message(inp, 2, 10, 101, "폰 잃어버려서 이 계정이 부계입니다")
    assert _merged(inp) == ["L1-2"]


REPLIES = [("@pale_moon7 이거 누구 계정임?", "저요 ㅋㅋ"), ("whose alt is @pale_moon7?", "that's me"),
           ("@pale_moon7 누구 부계임?", "ㅇㅇ 내 부계 맞음"), ("은하수 누구 부계임?", "내 부계임"), ("은하수 누구임?", "저요")]
NOT_REPLIES = [("@pale_moon7 랑 같이 갈 사람", "저요"), ("은하수 이랑 같이 할 사람", "저요"),  # volunteering
               ("@pale_moon7 누구임?", "몰라 걔 부계래"), ("은하수 누구임?", "사칭 계정임 조심"),  # someone else's
               ("@pale_moon7 누구 계정임?", "저요 @other_one 한테 물어봐요")]  # the answer names another handle


@pytest.mark.parametrize("question,answer", REPLIES)
def test_a_short_answer_to_whose_account_it_is_claims_it(question, answer):
    inp = _room()
    add_message(inp, 3, 10, 99, question)
    add_message(inp, 2, 10, 100, answer)
    assert _merged(inp) == []  # the answer alone names no account
    add_reply(inp, 2, 100, answer, question)
    assert _merged(inp) == ["L1-2"]


@pytest.mark.parametrize("question,answer", NOT_REPLIES)
def test_answers_that_volunteer_or_speak_of_someone_else_do_not(question, answer):
    inp = _room()
    add_message(inp, 3, 10, 99, question)
    add_message(inp, 2, 10, 100, answer)
    add_reply(inp, 2, 100, answer, question)
    assert _merged(inp) == []


def test_reading_keeps_own_handles_apart_from_other_accounts():
    assert read("@pale_moon7 본인입니다")[:2] == (["pale_moon7"], [])  # the author's own handle
    assert read("@pale_moon7 = 나")[1] == ["pale_moon7"]


def test_reply_context_through_an_ingested_case(tmp_path, cli):
    asker, old, new = ("구경꾼", "user901"), ("은하수", "user902"), ("조약돌", "user903")
    messages = [
        msg(1, "오늘 후기 올라옴?", sender=old),
        msg(2, "은하수 누구 부계임? 말투 똑같네", sender=asker),
        msg(3, "ㅇㅇ 내 부계임", sender=new, reply_to_message_id=2),
        msg(4, "은하수 누구 부계임?", sender=asker),
        msg(5, "ㅇㅇ 내 부계임", sender=("다른사람", "user904")),  # not a reply: names no account
    ]
    case = tmp_path / "case"
    cli("case", "new", case)
    cli("ingest", write_single_chat(tmp_path / "room", messages), "--case", case)
    persons = json.loads(cli("persons", "--min-accounts", "2", "--case", case, "--format", "json").stdout)
    assert [p["accounts"] for p in persons] == [2]
    links = json.loads(cli("link", "list", "--case", case, "--format", "json").stdout)
    assert [(l["kinds"], l["status"]) for l in links] == [("stated_name", "merged")]


REFUND = "신한 110-731-204518"
SUCCESSOR_SAYS = [f"탈퇴했다가 다시 왔어요 {REFUND}", f"계정 날려서 새로 팠어요 환불 {REFUND} 로 부탁",
                  f"예전 계정 지워서 새로 왔어요. 환불계좌 {REFUND} 그대로", f"old acc deleted, refund to {REFUND}"]
NOT_SUCCESSOR = [f"삭제된 계정 환불계좌 {REFUND} 확인", f"방 탈퇴한 사람 환불 {REFUND} 처리함", f"{REFUND} 확인했습니다"]


def _deleted_room():
    inp = _inputs(AccountInfo(1, "telegram", "user1", "id", [], {}, {}), _acc(2, "새이름"), _acc(3, "총무"))
    inp.deleted.add(1)
    add_message(inp, 1, 10, 99, f"환불은 제 계좌 {REFUND} 로 부탁해요")
    return inp


@pytest.mark.parametrize("text", SUCCESSOR_SAYS)
def test_a_deleted_accounts_successor_reclaims_its_value_in_subject_less_words(text):
    inp = _deleted_room()
    add_message(inp, 2, 10, 100, text)
    assert _merged(inp) == ["L1-2"]


@pytest.mark.parametrize("text", NOT_SUCCESSOR)
def test_a_cashier_repeating_a_deleted_accounts_value_is_not_its_successor(text):
    inp = _deleted_room()
    add_message(inp, 3, 10, 100, text)
    assert _merged(inp) == []
