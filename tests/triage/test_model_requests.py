"""Requests for material against questions that ask for something else (issue 15: the model
read questions about the room — what it is, how to get in, who runs it, whether it is safe —
as requests). Sentences here are the test author's own: not from the training data nor the
evaluation corpora."""

import pytest

from roomsift.analysis.language import detect, model

pytestmark = pytest.mark.backend_neutral("language model on single texts; no case")


def asks(text: str) -> float:
    return detect(text).signals.get("request_material", 0.0)


@pytest.mark.parametrize("text", [
    "이 채팅방 목적이 뭔지 아시는 분?",  # what the room is
    "들어가려면 뭐부터 해야 돼요?",  # how to get in
    "여기 운영하는 사람 누구임",  # who runs it
    "경찰 단속 같은 거 걱정 안 해도 됨?",  # whether it is safe
    "오늘 야구 이긴 팀 어디임?",  # everyday talk
    "what exactly is this channel for",
    "how do i join the vip one",
])
def test_questions_about_the_room_are_not_requests(text):
    assert asks(text) < 0.5, detect(text).probabilities


@pytest.mark.parametrize("text", [
    "저 분 거 다른 것도 있으면 좀 나눠주세요",  # polite, indirect
    "자료 좀 풀어주세요 ㅠㅠ",  # slangy nudge
    "could someone repost the full folder please",
])
def test_requests_for_material_are_still_read(text):
    assert asks(text) >= 0.5, detect(text).probabilities


def test_the_other_question_reading_takes_its_share_of_the_request_reading():
    # "ask_other" is a reading of its own; the request probability triage sees is what it leaves.
    ts = detect("이 채팅방 목적이 뭔지 아시는 분?")
    assert ts.probabilities.get("ask_other", 0.0) >= 0.5
    assert "ask_other" not in ts.signals  # no triage signal of its own


def test_ask_other_is_taught_only_by_the_files_scoped_to_it(tmp_path):
    # The request writers' files teach both readings (their requests are negatives of
    # ask_other); an unscoped file's everyday question is neutral for requests but teaches
    # nothing about ask_other; coercion.jsonl (victims' pleas, demands under threat) is no
    # request negative.
    (tmp_path / "sol_room_questions.jsonl").write_text(
        '{"text": "가입은 어디서 해요", "lang": "ko", "labels": ["ask_other"], "register": "x"}\n', encoding="utf-8")
    (tmp_path / "rooms_requests.jsonl").write_text(
        '{"text": "다음 편 올려 주세요", "lang": "ko", "labels": ["solicit_material"], "register": "x"}\n', encoding="utf-8")
    (tmp_path / "neg_friends.jsonl").write_text(
        '{"text": "저녁 뭐 먹을래", "lang": "ko", "labels": ["neutral"], "register": "x"}\n', encoding="utf-8")
    (tmp_path / "coercion.jsonl").write_text(
        '{"text": "제발 지워 주세요", "lang": "ko", "labels": ["plea"], "register": "x"}\n', encoding="utf-8")
    ex = {e.text: e for e in model.load_examples(sorted(tmp_path.glob("*.jsonl")))}
    assert ex["가입은 어디서 해요"].labels == {"ask_other"} and "solicit_material" in ex["가입은 어디서 해요"].scope
    assert "ask_other" in ex["다음 편 올려 주세요"].scope
    assert ex["저녁 뭐 먹을래"].scope is None and "ask_other" in model.SCOPED_ONLY
    assert "solicit_material" not in ex["제발 지워 주세요"].scope and "plea" in ex["제발 지워 주세요"].labels


def _write(path, rows):
    import json

    path.write_text("".join(json.dumps({"text": t, "lang": "ko", "labels": labs, "register": "x"}, ensure_ascii=False) + "\n"
                            for t, labs in rows), encoding="utf-8")


def test_request_family_lines_move_no_other_labels_reading(tmp_path):
    # sol_* lines teach requests and ask_other only and are read with the other files'
    # vocabulary: adding them leaves every other label's probability as it was.
    _write(tmp_path / "rooms.jsonl", [
        ("입금 완료했습니다 확인 부탁", ["payment_claim"]), ("방금 송금했어요 캡처 보냄", ["payment_claim"]),
        ("이체 끝났어요 확인해 주세요", ["payment_claim"]), ("다음 편 올려 주세요", ["solicit_material"]),
        ("새 자료 더 주세요", ["solicit_material"]), ("그거 또 올려 줘", ["solicit_material"]),
        ("오늘 날씨 좋다", ["neutral"]), ("점심 뭐 먹지", ["neutral"]), ("주말에 영화 볼 사람", ["neutral"]),
    ])
    probe = ["입금했는데 확인 좀", "여기 가입 어떻게 해요?", "다음 거 올려 주세요"]
    before = model.LanguageModel().fit(model.load_examples(sorted(tmp_path.glob("*.jsonl"))))
    _write(tmp_path / "sol_room_questions.jsonl", [
        ("여기 가입은 어디서 하나요", ["ask_other"]), ("방장님 누구세요?", ["ask_other"]), ("입장 조건이 뭐예요?", ["ask_other"]),
    ])
    _write(tmp_path / "sol_requests.jsonl", [
        ("그분 거 더 있으면 부탁드려요", ["solicit_material"]), ("다음 편 빨리 풀어 주세요", ["solicit_material"]),
        ("원본으로 하나만 더요", ["solicit_material"]),
    ])
    examples = model.load_examples(sorted(tmp_path.glob("*.jsonl")))
    assert [e.vocabulary for e in examples if e.text == "방장님 누구세요?"] == [False]
    after = model.LanguageModel().fit(examples)
    assert "ask_other" in after.labels and "ask_other" not in before.labels
    pb, pa = before.predict(probe), after.predict(probe)
    col = before.labels.index("payment_claim")
    assert pa[:, after.labels.index("payment_claim")] == pytest.approx(pb[:, col], abs=1e-5)  # float32 rounding aside
    # ... while the request family did learn from them: the room question now reads as asking for something else
    assert pa[1, after.labels.index("ask_other")] > 0.5
