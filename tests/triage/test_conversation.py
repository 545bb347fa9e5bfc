"""A two-person conversation is read as a whole: several medium threat readings by one party
(answered by the other's pleas) make coercion, the threatened party is a victim and never a
suspect whoever wrote first; everyday banter with violent hyperbole adds up to nothing.
Text written for these tests (hand-made Telegram exports, through the public engine/CLI)."""

from roomsift.analysis.language.signals import detect_many
from roomsift.analysis.triage import engine
from tests.triage.test_rooms_victims import _case, _export


def _doc(tmp_path, export):
    case = _case(tmp_path, export)
    with case.connect() as conn:
        return engine.document(engine.run(conn))


def _ids(doc):
    suspects = {a for p in doc["participants"] for a in p["accounts"]}
    victims = {a for v in doc["potential_victims"] for a in v["accounts"]}
    return suspects, victims


def test_threatened_person_who_opens_a_two_person_group_is_the_victim(tmp_path):
    doc = _doc(tmp_path, _export(tmp_path / "g", "스터디", "private_group", 4301, [
        (31, "서진", "선배 저 이번 주는 진짜 돈이 없어요"),
        (32, "선배", "없으면 구해 와야지 내가 그걸 왜 신경 써"),
        (31, "서진", "다음 주에 꼭 드릴게요 한 번만 봐주세요"),
        (32, "선배", "금요일까지 30 안 들고 오면 그날 집에 못 간다고 생각해"),
        (31, "서진", "제발 그러지 마세요 진짜 무서워요"),
        (32, "선배", "부모님한테 연락 가는 거 싫으면 알아서 해"),
    ]))
    suspects, victims = _ids(doc)
    assert "telegram:user31" in victims and "telegram:user31" not in suspects
    assert "telegram:user32" not in victims


def test_everyday_banter_with_violent_hyperbole_makes_no_finding(tmp_path):
    lines = []
    talk = [
        "배고파 죽겠다 점심 뭐 먹지", "나도 굶어 죽을 듯 국밥 콜?", "어제 게임 너 때문에 졌잖아 ㅋㅋ",
        "담판에 내가 캐리한다 너 오늘 죽었다 ㅋㅋ", "ㅋㅋ 말로만", "시험 망하면 엄마한테 혼나 죽을 듯",
        "그니까 오늘 도서관 갈래?", "7시에 정문 앞에서 보자", "ㅇㅋ 늦으면 커피 쏘기", "콜 ㅋㅋ",
    ]
    for k in range(4):  # a long friendly chat: the window keeps it from adding up
        for i, text in enumerate(talk):
            lines.append((41 + i % 2, "하율" if i % 2 == 0 else "도하", text))
    doc = _doc(tmp_path, _export(tmp_path / "f", "도하", "personal_chat", 42, lines))
    assert doc["participants"] == [] and doc["potential_victims"] == []


def test_punctuation_and_emoji_alone_read_as_nothing():
    for ts in detect_many(["???", "? 🔥", "ㅋㅋㅋ!!", "진짜?"]):
        assert not ts.labels, (ts.labels, ts.probabilities)
