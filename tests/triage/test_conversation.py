"""Threats read as exchanges between people (triage/coercion.py), through the CLI and
engine.run on small hand-made Telegram exports: who threatens whom comes from the messages,
banter and retold or negated threats make no finding, and in a group threat words addressed
to nobody are no evidence."""

from typer.testing import CliRunner

from roomsift.analysis.triage import engine
from roomsift.case.store import Case
from roomsift.cli import app
from roomsift.ingest.core import ingest
from test_rooms_victims import _export

runner = CliRunner()


def _run(tmp_path, *exports):
    case = Case.create(tmp_path / "case")
    for folder in exports:
        ingest(case, folder, progress=False)
    with case.connect() as conn:
        result = engine.run(conn)
    return case, result, engine.document(result)


def _accounts(doc):
    suspects = {a for p in doc["participants"] for a in p["accounts"]}
    victims = {a for v in doc["potential_victims"] for a in v["accounts"]}
    return suspects, victims


def test_two_person_threat_victim_is_the_threatened_one_even_when_the_aggressor_is_pleaded_with_first(tmp_path):
    # The threatened person (31) writes first; the aggressor (32) threatens, sets a deadline.
    dm = _export(tmp_path / "dm", "민수", "personal_chat", 32, [
        (31, "지호", "형 저 돈 없어요 진짜로요"),
        (32, "민수", "내일까지 30 안 가져오면 너 학교 앞에서 기다린다"),
        (31, "지호", "제발요 한 번만 봐주세요"),
        (32, "민수", "맞고 줄래 그냥 줄래 좋은 말로 할 때 가져와"),
        (31, "지호", "알겠어요 가져갈게요 때리지만 마세요"),
    ])
    _, result, doc = _run(tmp_path, dm)
    suspects, victims = _accounts(doc)
    assert "telegram:user31" in victims and "telegram:user31" not in suspects
    assert "telegram:user32" not in victims
    assert [c.criminal for c in result.contexts.values()] == [True]


def test_two_person_threat_in_english_is_read_the_same_way(tmp_path):
    dm = _export(tmp_path / "dm", "Jay", "personal_chat", 42, [
        (41, "Sam", "who is this? stop texting me"),
        (42, "Jay", "you know who. pay me 500 by friday or your boss sees the screenshots"),
        (41, "Sam", "please don't, I'm begging you"),
        (42, "Jay", "clock's ticking. midnight friday or everyone at your work gets them"),
    ])
    _, _, doc = _run(tmp_path, dm)
    suspects, victims = _accounts(doc)
    assert "telegram:user41" in victims and "telegram:user42" not in victims
    assert "telegram:user41" not in suspects


def test_banter_in_a_group_makes_no_finding(tmp_path):
    clan = _export(tmp_path / "clan", "주말 롤 내전", "private_supergroup", 601, [
        (51, "탑신", {"action": "create_group", "title": "주말 롤 내전", "members": ["탑신"]}),
        (51, "탑신", "오늘 9시 내전 ㄱㄱ"),
        (52, "정글러", "너 오늘 죽었다 ㅋㅋㅋ 탑 솔킬 각오해라", {"reply_to_message_id": 2}),
        (51, "탑신", "ㅋㅋㅋ 말로만 하지 말고 와봐", {"reply_to_message_id": 3}),
        (53, "미드", "둘 다 죽여버린다 ㅋㅋ 미드 차이 보여줌"),
        (52, "정글러", "ㅋㅋㅋㅋ 진 사람 치킨 쏘기", {"reply_to_message_id": 5}),
        (54, "서폿", "가만 안 둔다 ㅋㅋ 어제 와드 안 박은 놈", {"reply_to_message_id": 6}),
        (52, "정글러", "ㅎㅎ 미안 오늘은 박을게", {"reply_to_message_id": 7}),
    ])
    case, result, doc = _run(tmp_path, clan)
    assert doc["participants"] == [] and doc["potential_victims"] == []
    assert not any(c.criminal or "coercion" in c.kinds for c in result.contexts.values())


def test_negated_and_retold_threats_in_a_two_person_chat_make_no_finding(tmp_path):
    dm = _export(tmp_path / "dm", "수빈", "personal_chat", 72, [
        (71, "예린", "뉴스 봤어? 어떤 사람이 \"돈 안 주면 사진 다 뿌린다\"고 협박했대"),
        (72, "수빈", "헐 무섭다 그런 사람은 신고해야지"),
        (71, "예린", "나는 절대 그런 말 안 해 걱정 마"),
        (72, "수빈", "ㅋㅋ 알아 내일 점심 같이 먹자"),
    ])
    _, result, doc = _run(tmp_path, dm)
    assert doc["participants"] == [] and doc["potential_victims"] == []
    assert [c.criminal for c in result.contexts.values()] == [False]


def test_threat_words_addressed_to_nobody_in_a_group_are_no_coercion(tmp_path):
    # Several people, nobody replied to or mentioned: the room has no coercion kind, and the
    # lines are no evidence (they would give their writers a role if the room were criminal).
    group = _export(tmp_path / "grp", "동네 축구", "private_supergroup", 801, [
        (81, "주장", {"action": "create_group", "title": "동네 축구", "members": ["주장"]}),
        (81, "주장", "이번 주 토요일 경기 지는 팀은 다 죽여버린다"),
        (82, "골키퍼", "상대 팀 오늘 밤까지 명단 안 내면 몰수패래"),
        (83, "윙어", "심판한테 걸리면 가만 안 둔다던데"),
        (84, "수비", "토요일 7시 운동장"),
    ])
    _, result, doc = _run(tmp_path, group)
    (ctx,) = result.contexts.values()
    assert "coercion" not in ctx.kinds and not ctx.criminal
    (facts,) = result.facts.values()
    assert not [e for e in facts.evidence if e.signal in ("threat", "coercion")]


def test_a_reply_threat_answered_by_a_plea_in_a_group_is_coercion_of_that_person(tmp_path):
    group = _export(tmp_path / "grp", "3반 단톡", "private_supergroup", 901, [
        (91, "반장", {"action": "create_group", "title": "3반 단톡", "members": ["반장"]}),
        (92, "유나", "내일 체육복 챙겨오래"),
        (93, "태오", "너 선생님한테 말하면 사진 반 단톡에 다 뿌린다", {"reply_to_message_id": 2}),
        (92, "유나", "제발 그러지 마 아무한테도 말 안 할게", {"reply_to_message_id": 3}),
        (94, "민재", "체육복 몇 시까지?"),
    ])
    _, result, doc = _run(tmp_path, group)
    (ctx,) = result.contexts.values()
    assert "coercion" in ctx.kinds
    (facts,) = result.facts.values()
    assert [(x.aggressor, x.target, x.how) for x in facts.exchanges] == [(_acc(result, 93), _acc(result, 92), "reply")]


def _acc(result, uid):
    return next(a for a, k in result.corpus.account_keys.items() if k == f"telegram:user{uid}")


def test_a_threat_retold_without_quotes_in_a_counselling_chat_makes_no_finding(tmp_path):
    dm = _export(tmp_path / "dm", "상담사", "personal_chat", 1002, [
        (1001, "도연", "안녕하세요 동생 일로 상담받고 싶어서요"),
        (1002, "상담사", "네 말씀하세요 천천히 들을게요"),
        (1001, "도연", "동생한테 어떤 애가 돈 안 주면 영상 퍼뜨린다고 했대요"),
        (1002, "상담사", "많이 놀라셨겠어요 대화 내용은 지우지 말고 저장해 두세요"),
        (1001, "도연", "네 오늘 같이 경찰서 가 보려고요"),
    ])
    _, result, doc = _run(tmp_path, dm)
    assert doc["participants"] == [] and doc["potential_victims"] == []
    assert [c.criminal for c in result.contexts.values()] == [False]



def test_threats_a_person_quotes_to_someone_she_trusts_make_no_finding(tmp_path):
    # A pupil tells her tutor, word for word, what a stranger sent her: the quoted words are the
    # stranger's act, not hers, and the tutor is not threatened by them (language/signals.py:
    # the lexicon, like the learned model, reads the text without its quoted spans).
    dm = _export(tmp_path / "dm", "지아 학생", "personal_chat", 1102, [
        (1101, "지아", "쌤 이상한 계정이 자꾸 디엠을 보내요"),
        (1102, "과외쌤", "무슨 내용인데? 천천히 말해봐"),
        (1101, "지아", "이렇게 왔어요 '금요일까지 사진 안 보내면 니네 반 단톡이랑 부모님한테 다 뿌린다'"),
        (1101, "지아", "그리고 '경찰에 말하면 바로 올린다 너 사는 데 다 알아' 이것도요"),
        (1102, "과외쌤", "많이 놀랐겠다 답장하지 말고 캡처부터 해두자"),
        (1101, "지아", "또 \"오늘 밤 열두 시 넘으면 끝이다\"라고 보냈어요"),
        (1102, "과외쌤", "내일 부모님이랑 같이 경찰서 가자 선생님도 같이 갈게"),
        (1101, "지아", "네 감사해요"),
    ])
    _, result, doc = _run(tmp_path, dm)
    assert doc["participants"] == [] and doc["potential_victims"] == []
    assert [c.criminal for c in result.contexts.values()] == [False]


def test_quoted_threat_words_give_no_threat_reading_but_the_same_words_said_do():
    from roomsift.analysis.language.signals import detect_many

    said, quoted = detect_many([
        "금요일까지 사진 안 보내면 니네 반 단톡이랑 부모님한테 다 뿌린다",
        "그 사람이 '금요일까지 사진 안 보내면 니네 반 단톡이랑 부모님한테 다 뿌린다'라고 보냈어요",
    ])
    assert said.lexicon.get("threat", 0) >= 0.5
    assert "threat" not in quoted.lexicon and "threat" not in quoted.signals


def test_threats_retold_with_a_verb_of_saying_or_feared_make_no_finding(tmp_path):
    # Told to a friend, without quotation marks: "…뿌린다고 문자 왔어", "…올릴까 봐 무서워".
    dm = _export(tmp_path / "dm", "하린", "personal_chat", 1202, [
        (1201, "서우", "하린아 나 진짜 어떡해"),
        (1202, "하린", "왜 무슨 일인데"),
        (1201, "서우", "전남친이 돈 안 보내면 사진 다 뿌린다고 문자 보냈어"),
        (1201, "서우", "돈 안 보내면 회사에 다 알린다고 했어"),
        (1201, "서우", "돈 안주면 가족들한테도 말한다고 연락 왔어"),
        (1202, "하린", "미친 거 아냐? 절대 보내지 마 경찰에 신고하자"),
        (1201, "서우", "신고하면 진짜 올릴까 봐 무서워"),
        (1202, "하린", "내가 같이 가줄게 캡처 다 해놔"),
    ])
    _, result, doc = _run(tmp_path, dm)
    assert doc["participants"] == [] and doc["potential_victims"] == []
    assert [c.criminal for c in result.contexts.values()] == [False]


def test_who_created_a_two_person_group_is_not_who_threatens(tmp_path):
    # The threatened person set up the two-person group (a service act, like writing first);
    # the messages show the other one threatening: she is the victim and no suspect.
    grp = _export(tmp_path / "grp", "정산", "private_group", 1301, [
        (1311, "소윤", {"action": "create_group", "title": "정산", "members": ["소윤", "태석"]}),
        (1311, "소윤", "빌린 돈 얘기 여기서 해요"),
        (1312, "태석", "이번 주 금요일까지 삼백 안 갚으면 너네 집 찾아간다"),
        (1311, "소윤", "제발 조금만 기다려 주세요 월급 받으면 바로 드릴게요"),
        (1312, "태석", "못 갚으면 니 동생 학교 앞에서 기다린다 각오해"),
        (1311, "소윤", "살려주세요 동생은 건드리지 마세요"),
    ])
    _, result, doc = _run(tmp_path, grp)
    suspects, victims = _accounts(doc)
    assert "telegram:user1311" in victims and "telegram:user1311" not in suspects
    assert "telegram:user1312" in suspects and "telegram:user1312" not in victims
