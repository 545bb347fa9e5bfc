"""Identity by ownership, not co-occurrence (issue 15): values passed from payer to collector
are payment relations, alt accounts resolve through handles declared earlier, large
clusters wait for a human, and a nickname is an account of its chat."""

import json

from roomsift.analysis.identity.cluster import MAX_AUTO_ACCOUNTS, cluster
from roomsift.analysis.identity.inputs import AccountInfo, Inputs, add_message
from roomsift.analysis.identity.links import find_links
from roomsift.case.store import Case
from tests.tgexport import msg, write_single_chat

WALLET = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
OPERATOR, STAFF = ("관리자", "user301"), ("총무", "user302")
PAYERS = [(f"payer{i}", f"user20{i}") for i in range(1, 5)]
OLD, NEW, BYSTANDER = ("새벽세시", "user205"), ("새벽3시", "user206"), ("사장님", "user207")


def _case(tmp_path, cli):
    lobby = [
        msg(1, f"입장료 15만원 BTC {WALLET} 로 보내주세요", sender=OPERATOR),
        msg(2, "컬쳐랜드 1111-2222-3333-4444 보냈어요", sender=PAYERS[0]),
        msg(3, "문상 5555-6666-7777-8888 보냈습니다", sender=PAYERS[1]),
        msg(4, f"{WALLET} 여기로 0.01 BTC 쐈어요", sender=PAYERS[2]),
        msg(5, f"0.0102 BTC 보냈어요 {WALLET}", sender=PAYERS[3]),
        msg(6, "저 DM은 @dawn_rider7 로 주세요 답 빨라요", sender=OLD),
        msg(7, "@dawn_rider7 님 DM 확인해보세요", sender=BYSTANDER),
        msg(8, "예전 계정 @dawn_rider7 터져서 새로 팠어요 ㅠ 다시 넣어주실 수 있나요", sender=NEW),
        msg(9, "초대 안 와서 환불 부탁드려요 신한 110-590-077677 예금주 본인이에요", sender=PAYERS[3]),
    ]
    staff = [
        msg(101, "컬쳐랜드 1111-2222-3333-4444 확인완료", sender=STAFF),
        msg(102, "문상 5555-6666-7777-8888 정상. 초대", sender=STAFF),
        msg(103, "payer4 환불해달라고 신한 110-590-077677 보내옴 무시", sender=STAFF),
    ]
    case = tmp_path / "case"
    cli("case", "new", case)
    cli("ingest", write_single_chat(tmp_path / "lobby", lobby, name="Lobby", chat_id=1), "--case", case)
    cli("ingest", write_single_chat(tmp_path / "staff", staff, name="Staff", chat_type="private_group", chat_id=2), "--case", case)
    return case


def _key(who):
    return f"telegram:{who[1]}"


def test_pin_repost_and_shared_payee_wallet_are_payment_relations_not_links(tmp_path, cli):
    from roomsift.analysis.identity import evaluation
    from roomsift.analysis.identity.build import ensure
    from roomsift.analysis.payments import report

    case_dir = _case(tmp_path, cli)
    case = Case.open(case_dir)
    ensure(case)
    truth = {
        "identity_links": [[_key(OLD), _key(NEW), "stated alt"]],
        "non_links": [[_key(PAYERS[0]), _key(STAFF), "PIN re-posted by the collector"],
                      [_key(PAYERS[1]), _key(STAFF), "PIN re-posted by the collector"],
                      [_key(PAYERS[2]), _key(PAYERS[3]), "both paid to the operator wallet"],
                      [_key(PAYERS[2]), _key(OPERATOR), "paid to the operator"],
                      [_key(PAYERS[3]), _key(STAFF), "refund account re-posted"],
                      [_key(BYSTANDER), _key(OLD), "@mentions the handle"]],
    }
    with case.connect() as conn:
        scored = evaluation.score(conn, truth)["identity"]
        flows = report.flow_rows(conn)
    assert scored["non_links_merged"] == 0 and scored["precision"] == 1.0 and scored["recall"] == 1.0
    pins = {(f["payer"], tuple(f["collectors"])) for f in flows if f["kind"] == "gift_card"}
    assert pins == {(_key(PAYERS[0]), (_key(STAFF),)), (_key(PAYERS[1]), (_key(STAFF),))}
    btc = {(f["payer"], tuple(f["collectors"]), f["amount"]) for f in flows if f["kind"] == "btc"}
    assert btc == {(_key(PAYERS[2]), (_key(OPERATOR),), "0.01 BTC"), (_key(PAYERS[3]), (_key(OPERATOR),), "0.0102 BTC")}
    # nothing flows through the re-posted refund account: nobody paid to it
    assert not [f for f in flows if f["kind"] == "bank_account"]

    shown = json.loads(cli("payments", "--flows", "--case", case_dir, "--format", "json").stdout)
    assert len(shown) == len(flows) and WALLET not in json.dumps(shown)  # values stay pseudonymised
    table = cli("link", "eval", "--truth", _write(tmp_path, truth), "--case", case_dir).stdout
    assert "1.000 / 1.000" in table and "non-links merged" in table


def test_stated_alt_account_links_through_the_handle_it_declared(tmp_path, cli):
    from roomsift.analysis.identity import queries
    from roomsift.analysis.identity.build import ensure

    case_dir = _case(tmp_path, cli)
    case = Case.open(case_dir)
    ensure(case)
    with case.connect() as conn:
        links = queries.link_rows(conn)
    assert [(l["account_a"], l["account_b"], l["status"], l["kinds"]) for l in links] == [(_key(OLD), _key(NEW), "merged", "stated")]
    assert "its own words" in links[0]["evidence"]


def _write(tmp_path, doc):
    path = tmp_path / "truth.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _phone_ring(n):
    inp = Inputs()
    for i in range(1, n + 1):
        inp.accounts[i] = AccountInfo(i, "telegram", f"user{i}", "id", [f"name{i}"])
        add_message(inp, i, i, i, "제 번호 010-2345-6789 입니다")
    return inp


def test_more_than_four_accounts_wait_for_review_until_confirmed():
    inp = _phone_ring(MAX_AUTO_ACCOUNTS)
    small = cluster(inp.accounts, find_links(inp), {})
    assert len(set(small.person_of.values())) == 1 and set(small.status.values()) == {"merged"}

    inp = _phone_ring(MAX_AUTO_ACCOUNTS + 1)
    links = find_links(inp)
    waiting = cluster(inp.accounts, links, {})
    assert len(set(waiting.person_of.values())) == MAX_AUTO_ACCOUNTS + 1  # nobody merged on their own
    assert set(waiting.status.values()) == {"review"}
    decided = cluster(inp.accounts, links, {(1, 2): "confirm", (1, 3): "confirm"})
    assert decided.person_of[2] == decided.person_of[3] == "P000001" and decided.person_of[4] == "P000004"


def test_review_links_are_listed_and_confirmed_through_the_cli(tmp_path, cli, fails):
    messages = [msg(i, "연락은 제 번호 010-2345-6789 로 주세요", sender=(f"m{i}", f"user{500 + i}")) for i in range(1, 6)]
    case_dir = tmp_path / "case"
    cli("case", "new", case_dir)
    cli("ingest", write_single_chat(tmp_path / "room", messages), "--case", case_dir)
    review = json.loads(cli("link", "list", "--status", "review", "--case", case_dir, "--format", "json").stdout)
    assert len(review) == 10
    persons = json.loads(cli("persons", "--min-accounts", "2", "--case", case_dir, "--format", "json").stdout)
    assert persons == []
    cli("link", "confirm", review[0]["link"], "--case", case_dir)
    persons = json.loads(cli("persons", "--min-accounts", "2", "--case", case_dir, "--format", "json").stdout)
    assert [p["accounts"] for p in persons] == [2]
    assert "unknown status" in fails("link", "list", "--status", "maybe", "--case", case_dir)


def _kakaotalk(path, partner, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    out = ["\ufeff" + f"{partner} 님과 카카오톡 대화", "저장한 날짜 : 2020년 3월 1일 오후 9:00", "", "", "2020년 2월 1일 오후 9:00"]
    out += [f"2020년 2월 1일 오후 9:{i:02d}, {who} : {text}" for i, (who, text) in enumerate(lines)]
    path.write_text("\r\n".join(out) + "\r\n", encoding="utf-8")
    return path


def test_same_kakaotalk_nickname_in_two_chats_is_two_accounts(tmp_path, cli):
    from sqlalchemy import select

    from roomsift.case import schema

    case_dir = tmp_path / "case"
    cli("case", "new", case_dir)
    cli("ingest", _kakaotalk(tmp_path / "a" / "KakaoTalkChats.txt", "민준", [("민준", "안녕하세요"), ("회원님", "네")]), "--case", case_dir)
    cli("ingest", _kakaotalk(tmp_path / "b" / "KakaoTalkChats.txt", "민준 외 2명", [("민준", "반가워요"), ("서연", "ㅎㅇ")]), "--case", case_dir)
    case = Case.open(case_dir)
    with case.connect() as conn:
        a = schema.accounts.c
        minjun = conn.execute(select(a.key, a.identity_basis).where(a.name == "민준")).all()
    assert len(minjun) == 2 and {r.identity_basis for r in minjun} == {"nickname"}
    persons = json.loads(cli("persons", "--min-accounts", "2", "--case", case_dir, "--format", "json").stdout)
    assert persons == []  # the shared nickname alone never merges
    links = json.loads(cli("link", "list", "--case", case_dir, "--format", "json").stdout)
    assert [(l["kinds"], l["status"]) for l in links] == [("nickname", "candidate")]
