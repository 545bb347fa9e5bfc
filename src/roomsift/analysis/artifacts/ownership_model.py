"""A learned second reader of ownership: is the value (or handle) at this place in a message
presented as the author's own, as the author's other account, or neither?

The phrase rules (ownership.py, identity/statements.py) are precise but miss what a new
writer phrases differently ("입금자명 솜사탕00 그거 저에요", "hmu @x thats my acc",
"🔁 @x = 저 (새 계정)"). This model reads the words around the value — the value itself
masked, so it learns the claim, never the value — with character n-grams (Korean endings,
spacing and typos) and words tagged by their side of the value. It is trained on
`training/language/ownership.jsonl` (hand-written own / alt / not-own lines, with
look-alikes: a payer's PIN re-posted by the cashier, someone else's handle passed on, a
quoted claim), ships with the package and is fitted at first use in well under a second.

It only adds claims the rules missed, at a strict cut: a link still needs a second account
that claims or holds the same value (identity/links.py), and questions, denials and
third-person words veto as before. Without scikit-learn or the training file it is off
and the rules decide alone.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path

TRAINING = Path(__file__).resolve().parents[1] / "language" / "training" / "ownership.jsonl"
WINDOW = 48
CLAIM_CUT = 0.7  # probability of own + alt at which a claim the rules missed counts
LABEL = {"own_value": "own", "own_handle": "own", "alt_account": "alt", "not_own": "not"}

_HANDLE = re.compile(r"@[A-Za-z0-9_.]{3,32}")
_LONG = re.compile(r"\b(?=[A-Za-z0-9_#.\-]*\d)[A-Za-z0-9_#.\-]{6,}\b")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[가-힣]+|[A-Za-z']+|[^\sA-Za-z가-힣0-9]")

# The author speaks of themselves near the value: a claim of "mine" needs a first person
# ("저예요", "내가 쏜 거", "제 번호", "that's me"). "번호는 X 이에요" or "벌금 계좌 X 입니다" said by
# two people is a shared number or a club's account, not two claims of ownership.
_SELF = re.compile(
    r"(?<![가-힣])(?:제|저|내|나|본인)(?:가|는|의|한테|에게|예요|에요|이에요|입니다|임|이요|꺼|거|것|명의|\s|$)"
    r"|\b(?:i|i'?m|me|my|mine|myself)\b",
    re.IGNORECASE,
)

_lock = threading.Lock()
_model = None
_tried = False


def _norm(s: str) -> str:
    s = _HANDLE.sub(" @H ", s)
    s = _LONG.sub(" X ", s)
    return _DIGITS.sub("0", s).lower()


def masked(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after the value, other handles and values masked."""
    return _norm(text[max(0, start - WINDOW):start]), _norm(text[end:end + WINDOW])


def _side_tokens(pair: tuple[str, str]) -> list[str]:
    left, right = (_WORD.findall(p) for p in pair)
    toks = [f"L:{w}" for w in left] + [f"R:{w}" for w in right]
    toks += [f"L1:{w}" for w in left[-2:]] + [f"R1:{w}" for w in right[:2]]
    return toks


def _joined(pair: tuple[str, str]) -> str:
    return f"{pair[0]} ⟪v⟫ {pair[1]}"


def examples(path: Path = TRAINING) -> list[tuple[tuple[str, str], str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        label, value, text = LABEL.get(row.get("ownership", "")), row.get("value") or "", row.get("text") or ""
        at = text.find(value) if value else -1
        if label and at >= 0:
            out.append((masked(text, at, at + len(value)), label))
    return out


def fit(rows: list[tuple[tuple[str, str], str]]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.preprocessing import FunctionTransformer

    chars = make_pipeline(FunctionTransformer(lambda xs: [_joined(x) for x in xs]),
                          TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True))
    words = make_pipeline(FunctionTransformer(lambda xs: [_side_tokens(x) for x in xs]),
                          TfidfVectorizer(analyzer=lambda toks: toks, sublinear_tf=True))
    model = make_pipeline(make_union(chars, words), LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced"))
    model.fit([x for x, _ in rows], [y for _, y in rows])
    return model


class Reader:
    """The fitted pipeline's arithmetic in plain Python (vocabulary, idf, coefficients):
    scikit-learn's per-call overhead is milliseconds, this is tens of microseconds, and a
    case asks once per handle or payment value."""

    def __init__(self, pipeline):
        union, lr = pipeline.steps[0][1], pipeline.steps[-1][1]
        self.parts = []
        offset = 0
        for _, part in union.transformer_list:
            prep, vec = part.steps[0][1], part.steps[-1][1]
            self.parts.append((prep.func, vec.build_analyzer(), vec.vocabulary_, vec.idf_, offset))
            offset += len(vec.vocabulary_)
        self.classes_ = list(lr.classes_)
        self.coef = lr.coef_
        self.intercept = lr.intercept_

    def proba(self, x) -> dict[str, float]:
        import math

        scores = list(self.intercept)
        for func, analyze, vocab, idf, offset in self.parts:
            counts: dict[int, int] = {}
            for gram in analyze(func([x])[0]):
                j = vocab.get(gram)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
            weights = {j: (1.0 + math.log(n)) * idf[j] for j, n in counts.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for j, w in weights.items():
                for k in range(len(scores)):
                    scores[k] += self.coef[k][offset + j] * w / norm
        top = max(scores)
        exp = [math.exp(v - top) for v in scores]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes_, exp)}


def get() -> Reader | None:
    """The fitted model, or None (no scikit-learn, no training file)."""
    global _model, _tried
    with _lock:
        if not _tried:
            _tried = True
            try:
                rows = examples()
                _model = Reader(fit(rows)) if len({y for _, y in rows}) == 3 else None
            except (ImportError, OSError, ValueError):
                _model = None
        return _model


def speaks_of_self(before: str, after: str) -> bool:
    """Does the author speak of themselves in the sentence around the value (the words
    before and after it, cut at the sentence's ends by the caller)?"""
    return bool(_SELF.search(before) or _SELF.search(after))


def read(text: str, spans: list[tuple[int, int]]) -> list[dict[str, float]]:
    """For each (start, end) span of text: {'own': p, 'alt': p, 'not': p}; empty without a model."""
    model = get()
    if model is None or not spans:
        return [{} for _ in spans]
    return [model.proba(masked(text, s, e)) for s, e in spans]
