"""Rules 9: ownership said the way people say it in chats, each beside its look-alike —
a sentence that gives only the author's old name before the arrival on a new account ("물안개임.
원래 계정 잠겨서 이걸로 들어옴"), "that's me" pointing back at an account named in the sentence
before ("X 계정 새로 팠음. 그거 나임"), moves announced ahead by the old account ("X 로 옮길게",
"이제부터 X 가 나야"), renames that name the new name ("X에서 Y로 바꿈", "X → Y 닉변"), a reply
saying the replied message's author is the author's other account, a new account whose name
keeps the core of a quiet account's name, refund requests, and an own value said over two
messages. Through the public rule functions on small inputs and ingested cases."""

import json

import pytest

from roomsift.analysis.artifacts import extract
from roomsift.analysis.artifacts.ownership import owned
from roomsift.analysis.identity.inputs import add_message
from roomsift.analysis.identity.links import find_links
from roomsift.analysis.identity.statements import read
from test_former_accounts import _acc, _inputs, _links
from tests.tgexport import msg, write_single_chat

pytestmark = pytest.mark.backend_neutral("identity rules on built inputs; two case tests")

OLD, NEW, OTHER = "물안개", "조각달", "파수꾼"


def _pair():
    """1 is the old account (seen first), 2 the new one (seen after), 3 a bystander."""
    return _inputs(_acc(1, OLD, (100, 200)), _acc(2, NEW, (300, 400)), _acc(3, OTHER, (50, 500)))


def _said(old=(), new=(), bystander=()):
    inp = _pair()
    for i, text in enumerate(old):
        add_message(inp, 1, 10, 100 + i, text, 150)
    for i, text in enumerate(new):
        add_message(inp, 2, 11, 200 + i, text, 350)
    for i, text in enumerate(bystander):
        add_message(inp, 3, 11, 300 + i, text, 360)
    return _links(inp)


# --- the new account gives its old name, then says it arrived ------------------------------

@pytest.mark.parametrize("text", [
    f"{OLD}임. 원래 계정 잠겨서 이걸로 들어옴",
    f"{OLD}입니다. 계정 털려서 새로 팠어요",
    f"하이 {OLD} 본인입니다. 본계 정지당해서 이걸로 왔어요",
    f"{OLD} 계정 정지됨, 이게 나",
    f"{OLD} 그거 나야. 폰 바꿔서 새로 만듦",
    f"{OLD} here, old acc got banned",
])
def test_the_old_name_said_by_the_new_account_with_its_arrival_links(text):
    assert _said(new=[text]) == {"L1-2": (["stated_name"], "merged")}


@pytest.mark.parametrize("text", [
    f"{OLD}임. 걔 계정 정지돼서 새로 팠대",  # reported
    f"범인은 {OLD}임. 정지 처리함",  # a moderator names someone
    f"{OLD}이에요? 계정 새로 팠어요?",  # asked
    f"하이 {OLD}임 ㅋㅋ 반가워",  # a greeting by a namesake: no arrival
    f"{OLD} 입니다. 계정 정지 풀렸어요",  # the same account, unbanned
    f"{OLD} 정지먹었네 ㅋㅋ 이걸로 왔나",  # a question without a question mark
    f"{OLD} 계정에 올라온 사진, 그거 나임",  # "그거" is the photo
    f"{OLD} 계정 정지됨. 그거 나임?",
])
def test_reports_questions_greetings_and_photos_do_not(text):
    assert _said(new=[text]) == {}


# --- the old account announces the new one ahead -------------------------------------------

@pytest.mark.parametrize("text", [
    f"{NEW} 계정 새로 만들었어요. 그게 저예요",
    f"곧 이 계정 접음. 앞으로 공지는 {NEW} 계정이 함. 그거 나임. 사칭 조심",
    f"이 계정 곧 정지될 듯. {NEW} 로 옮길게",
    f"이제부터 {NEW} 가 나야",
    f"부계 {NEW} 로 들어갈게요",
    f"made a new acc {NEW}, that's me",
])
def test_the_old_account_naming_the_new_one_ahead_links(text):
    # The new account is first seen after the claim: a move announced ahead names the account
    # to come, so the claim is not held to names carried before it.
    assert _said(old=[text]) == {"L1-2": (["stated_name"], "merged")}


@pytest.mark.parametrize("text", [
    f"{NEW} 가 나보다 빠름",
    f"{NEW} 님 곧 옮길게요 자료",
    f"공지방 {NEW} 로 옮길게",  # a room moves
    f"{NEW} 로 입금할게요",
    f"{NEW} 한테 갈게",
    f"{NEW} 계정 새로 팠대. 그거 걔임",
])
def test_payments_rooms_and_reports_about_a_name_do_not(text):
    assert _said(old=[text]) == {}


def test_handles_read_the_same_forms():
    h = "mist_owl"
    for text in (f"@{h} 계정 새로 팠음. 그거 나임", f"@{h} 입니다. 계정 터져서 새로 팠어요", f"@{h} 로 옮길게",
                 f"앞으로 @{h} 계정으로 활동함", f"@{h} 가 나야", f"닉변함 (전 @{h})"):
        assert read(text)[1] == [h], text
    for text in (f"@{h} 계정에 올라온 사진 그거 나임", f"@{h} 입니다. 문의는 DM", f"@{h} 가 나보다 먼저 옴",
                 f"@{h} 이 나쁜 놈", f"입장은 @{h} 로 옮겼습니다 (공지방)"):
        assert read(text)[1] == [], text


# --- renames that name the new name --------------------------------------------------------

@pytest.mark.parametrize("text", [f"닉 {OLD}에서 {NEW}로 바꿈", f"{OLD} → {NEW} 닉변했어요", f"닉변함 (전 {OLD})"])
def test_a_rename_to_the_authors_name_links(text):
    assert _said(new=[text]) == {"L1-2": (["stated_name"], "merged")}


def test_a_rename_to_another_accounts_name_is_that_accounts_news():
    assert _said(new=[f"{OLD} → {OTHER} 닉변했어요"]) == {}
    assert _said(new=[f"{OLD} 닉변했네"]) == {}


# --- a new account keeping the core of a quiet account's name --------------------------------

def test_an_announced_account_keeping_the_core_of_a_quiet_name_merges_only_after_it():
    quiet, new = _acc(1, "한밤고양이", (100, 200)), _acc(2, "고양이2", (300, 400))
    inp = _inputs(quiet, new, _acc(3, "문지기", (100, 400)))
    add_message(inp, 2, 10, 100, "오늘 날씨 좋네")
    assert find_links(inp) == []  # a shared word alone is a collision
    add_message(inp, 2, 10, 101, "본계 터져서 이걸로 왔어요")
    assert _links(inp) == {"L1-2": (["name_takeover"], "merged")}
    # The old account still speaking after the new one appeared: two people, not even a candidate.
    inp = _inputs(_acc(1, "한밤고양이", (100, 500)), _acc(2, "고양이2", (300, 400)))
    add_message(inp, 2, 10, 101, "본계 터져서 이걸로 왔어요")
    assert find_links(inp) == []


# --- own values: refund requests, and a claim over two messages -----------------------------

BANK = "카뱅 3333-41-8820157"
WALLET = "0x5ae1a0c3b2d9f4e6a7c8b9d0e1f2a3b4c5d6e7f8"


def _own(text):
    found = extract(text)
    return [mine for a, mine in zip(found, owned(text, found)) if a.kind != "amount"]


@pytest.mark.parametrize("text", [
    f"환불은 {BANK} 로 부탁드려요", f"환불 받을 주소 {WALLET}", f"환불은 여기로 주세요 {WALLET}",
    f"혹시 안 되면 환불 {WALLET} 로 해주세요", f"계좌로 받을게요 {BANK}",
])
def test_a_refund_asked_for_or_a_payment_taken_there_is_the_authors(text):
    assert _own(text) == [True]


@pytest.mark.parametrize("text", [
    f"환불 {BANK} 로 해드렸어요",  # the cashier refunds someone else
    f"환불은 {BANK} 로 처리 완료", f"입금은 {BANK} 로 부탁드려요", f"계좌로 받았어요 {BANK}",
    f"환불은 운영자한테 부탁하세요 {BANK}",
])
def test_a_refund_given_back_or_a_payment_asked_for_is_not(text):
    assert _own(text) == [False]


def _persons(tmp_path, cli, rooms):
    tmp_path.mkdir(parents=True, exist_ok=True)
    case = tmp_path / "case"
    cli("case", "new", case)
    for n, messages in enumerate(rooms):
        cli("ingest", write_single_chat(tmp_path / f"room{n}", messages, name=f"Room {n}", chat_id=4242 + n), "--case", case)
    persons = json.loads(cli("persons", "--min-accounts", "2", "--case", case, "--format", "json").stdout)
    links = json.loads(cli("link", "list", "--case", case, "--format", "json").stdout)
    return persons, [(l["kinds"], l["status"]) for l in links]


def test_an_own_value_said_over_two_messages_links_through_an_ingested_case(tmp_path, cli):
    a, b, staff, payer = ("다람쥐", "user801"), ("청설모", "user802"), ("정산", "user803"), ("손님", "user804")
    room1 = [
        msg(1, "환불은 제 지갑으로 부탁드려요", sender=a),
        msg(2, WALLET, sender=a),
        msg(3, "입금 주소 알려주세요", sender=payer),
        msg(4, "운영 지갑 주소요", sender=staff),
        msg(5, "0x9bc4d2e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1", sender=staff),
    ]
    room2 = [
        msg(11, "제 계좌 카뱅 3333-41-8820157 에서 보냈어요", sender=b),
        msg(12, "제 이더 주소는 이거예요", sender=b),
        msg(13, WALLET, sender=b),
        msg(14, "보냈어요", sender=payer),
        msg(15, "0x9bc4d2e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1", sender=payer),  # the payee's, pasted
    ]
    persons, links = _persons(tmp_path, cli, [room1, room2])
    assert [p["accounts"] for p in persons] == [2]
    assert links == [("own_payment", "merged")]


def test_a_reply_saying_the_replied_account_is_the_authors_links(tmp_path, cli):
    old, new, asker = ("솔방울", "user811"), ("도토리", "user812"), ("구경꾼", "user813")
    room = [
        msg(1, "오늘 자료 언제 올라와요", sender=old),
        msg(2, "누구 부계임?", sender=asker),
        msg(3, "ㅇㅇ 내 부계임", sender=new, reply_to_message_id=2),  # answers a question: claims no one here
        msg(4, "요즘 바쁨", sender=asker),
        msg(5, "ㅋㅋ 내 본계보다 낫네", sender=new, reply_to_message_id=4),  # a comparison, not a claim
    ]
    persons, links = _persons(tmp_path, cli, [room])
    assert persons == [] and links == []
    room.append(msg(6, "이거 내 예전 계정임", sender=new, reply_to_message_id=1))
    persons, links = _persons(tmp_path / "again", cli, [room])
    assert [p["accounts"] for p in persons] == [2]
    assert links == [("stated_reply", "merged")]


# --- former names in a clause that goes on, acts under a name, English backups, gone accounts --

@pytest.mark.parametrize("text", [
    f"원래 {OLD} 쓰던 사람인데 계정 날아감",  # "gone" may be a ban: the account may still show its name
    f"{OLD} 닉으로 결제했던 사람입니다",
    f"{OLD}이었던 사람입니다",
    f"hey it's {OLD} on my backup",
    f"this is {OLD}, my main got banned",
])
def test_former_names_said_in_passing_link(text):
    assert _said(new=[text]) == {"L1-2": (["stated_name"], "merged")}


@pytest.mark.parametrize("text", [
    f"{OLD} 쓰던 사람인데 요즘 안 보이네",  # someone else, no move
    f"{OLD} 쓰던 사람인데 계정 정지됐대",
    f"{OLD} 닉으로 결제했던 사람 누구임?",
    f"{OLD} 닉으로 활동하던 사람 알아요?",
    f"{OLD}이었던 사람 어디 감",
    f"that's {OLD}, his main got banned",
    f"나 {OLD}. 계정 날라가서 새로 팜",  # a self-introduction without a copula, as "its me ghost"
])
def test_questions_third_persons_and_bare_introductions_do_not(text):
    assert _said(new=[text]) == {}


@pytest.mark.parametrize("text", [f"새 계정 {NEW} 임. 이 계정 곧 없어짐", f"my backup is {NEW}"])
def test_an_account_to_come_is_not_held_to_names_seen_before_the_claim(text):
    assert _said(old=[text]) == {"L1-2": (["stated_name"], "merged")}


def test_a_deletion_said_in_so_many_words_still_means_only_a_nameless_account():
    # "지워진 계정" / "계정 삭제했어요": the live account under the name is a namesake.
    assert _said(new=[f"계정 삭제했어요. 전 닉 {OLD} 였어요"]) == {}
    inp = _inputs(_acc(1, OLD, (100, 200)), _acc(2, NEW, (300, 400)), deleted={1})
    add_message(inp, 2, 11, 200, f"계정 삭제했어요. 전 닉 {OLD} 였어요", 350)
    assert _links(inp) == {"L1-2": (["stated_name"], "merged")}
