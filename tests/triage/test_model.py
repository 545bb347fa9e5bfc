"""The learned language model decides: threats of violence and exposure, polite and implied
blackmail, pleas and exposure are recognised in Korean and English; negated, quoted and
reported threats and everyday words do not fire. Sentences here are the test author's own
(not from the training data nor the evaluation corpora)."""

import pytest

from roomsift.analysis.language import detect, model

pytestmark = pytest.mark.backend_neutral("language model on single texts; no case")


def harm(text: str) -> float:
    s = detect(text).signals
    return max(s.get("threat", 0.0), s.get("coercion", 0.0))


def test_the_model_is_in_use():
    assert model.get() is not None, model.status()
    assert "learned model" in model.status()


@pytest.mark.parametrize("text", [
    "너 죽여버릴거야",  # death threat
    "싫으시면 안 하셔도 돼요. 대신 뉴스에서 보시구요",  # polite-form blackmail
    "맞고 줄래 그냥 줄래",  # a beating threat put as a choice question (issue 15's example)
    "if you dont do it I will send these pics to your parents and school",
])
def test_threats_and_blackmail_are_recognised(text):
    assert harm(text) >= 0.5, detect(text).probabilities


@pytest.mark.parametrize("text", [
    "그 사람이 '학교에 다 뿌린다'고 했대",  # reported speech
    "I would never send your photos to anyone",  # negated
    "나도 말하면서 추억 돋았어",  # a single everyday word that used to fire coercion
    "어머니들 회비 마감 오늘까지예요",  # an everyday deadline
    "저 탱커 죽여버린다 ㅋㅋ",  # game talk
])
def test_negated_quoted_and_everyday_do_not_fire(text):
    assert harm(text) < 0.5, detect(text).probabilities


def test_plea_is_recognised():
    assert detect("제발 지워주세요 부탁이에요").signals.get("victim_plea", 0) >= 0.5


def test_quoted_spans_are_cut_before_reading():
    stripped, cut = model.strip_quotes("어제 누가 '오늘까지 안 보내면 학교에 다 뿌린다' 이런 캡처 올렸던데")
    assert cut and "뿌린다" not in stripped


def test_without_training_data_the_lexicon_decides(tmp_path, monkeypatch):
    monkeypatch.setenv(model.ENV_TRAINING, str(tmp_path))  # an empty folder
    model.reset()
    try:
        assert model.get() is None and "lexicon only" in model.status()
        assert detect("if you dont do it I will send these pics to your parents and school").signals.get("threat", 0) >= 0.6
    finally:
        monkeypatch.delenv(model.ENV_TRAINING)
        model.reset()


def test_a_threat_writers_line_teaches_only_threat_labels(tmp_path):
    # A line in a threats_* file labelled for a payment and a threat keeps only the threat
    # label, and its neutral twin does not count as a negative for the logistics labels.
    (tmp_path / "threats_x.jsonl").write_text(
        '{"text": "계좌로 50 보내 안 보내면 학교에 다 말한다", "lang": "ko", "labels": ["payment_instruction", "threat_exposure"], "register": "x"}\n'
        '{"text": "회비 50 보내주세요", "lang": "ko", "labels": ["neutral"], "register": "x"}\n', encoding="utf-8")
    (tmp_path / "rooms.jsonl").write_text(
        '{"text": "입장료는 이 계좌로", "lang": "ko", "labels": ["payment_instruction"], "register": "x"}\n', encoding="utf-8")
    examples = {e.text: e for e in model.load_examples(sorted(tmp_path.glob("*.jsonl")))}
    assert examples["계좌로 50 보내 안 보내면 학교에 다 말한다"].labels == {"threat_exposure"}
    assert "payment_instruction" not in examples["회비 50 보내주세요"].scope
    assert examples["입장료는 이 계좌로"].scope is None and examples["입장료는 이 계좌로"].labels == {"payment_instruction"}


def test_the_b2_files_teach_what_their_scope_says(tmp_path):
    # b2_threats* teach the threat family only; b2_rooms* (kept for later) teach no label at all,
    # so their lines are neither positives nor negatives of any label.
    (tmp_path / "b2_threats.jsonl").write_text(
        '{"text": "내일까지 오만원 안 가져오면 맞는다", "lang": "ko", "labels": ["extortion", "deadline", "payment_instruction"], "register": "x"}\n', encoding="utf-8")
    (tmp_path / "b2_rooms.jsonl").write_text(
        '{"text": "2탄 언제 올라와요", "lang": "ko", "labels": ["solicit_material"], "register": "x"}\n', encoding="utf-8")
    examples = {e.text: e for e in model.load_examples(sorted(tmp_path.glob("*.jsonl")))}
    assert examples["내일까지 오만원 안 가져오면 맞는다"].labels == {"extortion", "deadline"}
    room = examples["2탄 언제 올라와요"]
    assert room.labels == frozenset() and not any(label in room.scope for label in model.LABELS)
