"""A learned, calibrated reading of what a message does (threatens, extorts, pleads, asks for
material, names a price ...), replacing exact-phrase lexicons as the decision maker.

How it is built (deterministic, offline, about a second):
  - Training data: the hand-written, labelled messages shipped in `training/` beside this
    module (one JSON object a line: text, lang, labels). They were written by someone who
    never saw the detectors nor the evaluation corpora; see training/README or docs/triage.md.
    The threat writer's `threats_*` files teach only the threat family of labels (SCOPED_FILES).
  - Features: Kiwi morphemes (form/tag; kiwipiepy ships its model), English words and
    word pairs, character 2–4-grams (spelling variants, typos, spacing), the lexicon's own
    readings as tokens (`LEX_threat` ...: features, not verdicts) and frame tokens (quotation,
    reported speech, negation, question).
  - One logistic regression per label (one-vs-rest, L2, fixed solver: the same data gives
    the same model). Logistic regression's probabilities are calibrated by construction of
    its loss; docs/triage.md records how well on held-out folds.
  - Quoted or reported speech ('…'라고, he said "…") is cut out before reading, so a person
    retelling a threat does not threaten.

The model is fitted the first time it is needed (seconds) and kept in memory and in the
user's cache folder (~/.cache/roomsift, or $ROOMSIFT_CACHE), keyed by a hash of the training
data and the scikit-learn version, so later runs load it at once; nothing is downloaded. If scikit-learn or the training files are missing, `status()` says so and the
callers fall back to the lexicon alone (signals.py), which is weaker on text it has not seen.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

LABELS = (
    "threat_violence", "threat_exposure", "extortion", "deadline", "plea", "exposure_personal",
    "solicit_material", "offer_material", "price_list", "payment_instruction", "payment_claim",
    "room_admin", "ask_other",
)
TRAINING_DIR = Path(__file__).with_name("training")
MODEL_VERSION = "9"  # bump when features, the estimator or the label scopes change
ENV_TRAINING = "ROOMSIFT_LANGUAGE_TRAINING"  # another folder of *.jsonl (evaluation of the method)

# Quoted spans: retold words are not the speaker's act.
_QUOTE = re.compile(r"[\"“”「『]([^\"“”「」『』]{2,})[\"“”」』]|(?<![A-Za-z])'([^']{2,})'|‘([^’]{2,})’")
_REPORTED_KO = re.compile(r"(?:[이]?라고|다고|냐고|자고|라며|다며|래요|랬|했대|한대|이래|라더라|다더라|라던데|다던데|대요|댄다)")
_REPORTED_EN = re.compile(r"\b(?:said|says|say|told|wrote|writes|like)\s*[:,]?\s*$", re.I)
_NEG_KO = re.compile(r"(?:^|\s)(?:안|못|절대)\s|않|못하|말라고|없어요|아니")
_NEG_EN = re.compile(r"\b(?:not|never|no|don't|dont|won't|wont|wouldn't|didn't|isn't|ain't)\b", re.I)
_QUESTION = re.compile(r"\?|까요|나요|니\b|냐\b|어요\?|뭐임|뭐야")
_SAID_EN = re.compile(r"\b(?:said|says|told)\b", re.I)
_DIGIT = re.compile(r"\d")
_EN_WORD = re.compile(r"[a-z][a-z']+")


def strip_quotes(text: str) -> tuple[str, bool]:
    """The text without quoted or reported spans, and whether any were cut."""
    cut = False
    out = []
    last = 0
    for m in _QUOTE.finditer(text):
        after = text[m.end():m.end() + 6]
        before = text[max(0, m.start() - 12):m.start()]
        if _REPORTED_KO.match(after.lstrip()) or _REPORTED_EN.search(before) or len(m.group(0)) >= 6:
            out.append(text[last:m.start()])
            out.append(" QUOTED ")
            last = m.end()
            cut = True
    out.append(text[last:])
    return "".join(out), cut


def _frames(raw: str, text: str, quoted: bool) -> list[str]:
    toks = []
    if quoted:
        toks.append("FRAME_quote")
    if _REPORTED_KO.search(text) or _SAID_EN.search(text):
        toks.append("FRAME_report")
    if _NEG_KO.search(text) or _NEG_EN.search(text):
        toks.append("FRAME_neg")
    if _QUESTION.search(text):
        toks.append("FRAME_question")
    if _DIGIT.search(raw):
        toks.append("FRAME_digit")
    return toks


_WORD_MORPHEMES: dict[str, list[str]] = {}
_WORD_CACHE_MAX = 2_000_000


def _kiwi_tokens(texts: list[str]) -> list[list[str]]:
    """Kiwi morphemes (form/tag) per text, analysed once per distinct word: chat repeats its
    words far more than its sentences, so this is what keeps large cases fast."""
    from roomsift.analysis.language import korean

    words_of = [t.split() if korean.has_hangul(t) else [] for t in texts]
    new = list(dict.fromkeys(w for ws in words_of for w in ws if w not in _WORD_MORPHEMES and korean.has_hangul(w)))
    if new:
        if len(_WORD_MORPHEMES) + len(new) > _WORD_CACHE_MAX:
            _WORD_MORPHEMES.clear()
        for w, toks in zip(new, korean.kiwi().tokenize(new)):
            _WORD_MORPHEMES[w] = [f"{t.form}/{t.tag}" for t in toks]
    return [[m for w in ws for m in _WORD_MORPHEMES.get(w, ())] for ws in words_of]


def _lexicon_tokens(texts: list[str], known: list | None = None, changed: list[bool] | None = None) -> list[list[str]]:
    """LEX_<signal> tokens; `known` holds the lexicon's reading of the texts before quotes were
    cut, reused where nothing was cut (the lexicon pass is the costly part)."""
    from roomsift.analysis.language.signals import detect_lexicon

    redo = [i for i in range(len(texts)) if known is None or (changed and changed[i])]
    fresh = dict(zip(redo, detect_lexicon([texts[i] for i in redo]))) if redo else {}
    out = []
    for i in range(len(texts)):
        ts = fresh.get(i) or known[i]
        out.append([f"LEX_{name}" for name in (ts.lexicon or ts.signals)])
    return out


def featurise(texts: list[str], lexicon: list | None = None) -> tuple[list[str], list[list[str]]]:
    """(normalised text for character n-grams, token list) per text."""
    stripped = [strip_quotes(t) for t in texts]
    clean = [s for s, _ in stripped]
    kiwi = _kiwi_tokens(clean)
    lex = _lexicon_tokens(clean, lexicon, [cut for _, cut in stripped])
    chars, tokens = [], []
    for raw, (s, quoted), k, lx in zip(texts, stripped, kiwi, lex):
        low = s.lower()
        words = _EN_WORD.findall(low)
        toks = k + words + [a + "_" + b for a, b in zip(words, words[1:])] + lx + _frames(raw, s, quoted)
        chars.append(_DIGIT.sub("0", " ".join(low.split())))
        tokens.append(toks)
    return chars, tokens


def char_tfidf(vec, chars: list[str]):
    """`vec.transform(chars)` to the last bit, computed per distinct word: char_wb n-grams
    never cross a space, so a text's n-gram counts are the sum of its words' counts, and
    chat repeats words far more than texts (scikit-learn's analyser walks every n-gram of
    every text in Python)."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize

    column: dict[str, int] = {}
    indices, indptr = [], [0]
    for text in chars:
        indices.extend(column.setdefault(w, len(column)) for w in text.split())
        indptr.append(len(indices))
    per_text = csr_matrix((np.ones(len(indices), dtype=vec.dtype), indices, indptr), shape=(len(chars), len(column)))
    per_word = CountVectorizer(analyzer="char_wb", ngram_range=vec.ngram_range, vocabulary=vec.vocabulary_,
                               dtype=vec.dtype).transform(list(column))
    x = csr_matrix(per_text @ per_word)
    x.sort_indices()
    if vec.sublinear_tf:
        np.log(x.data, x.data)
        x.data += 1.0
    x.data *= vec.idf_[x.indices]
    return normalize(x, norm=vec.norm, copy=False)


DECISION = 0.5


def _as_tokens(tokens: list[str]) -> list[str]:  # a named function, so a fitted model can be pickled
    return tokens


@dataclass
class Example:
    text: str
    labels: frozenset[str]
    scope: frozenset[str] | None = None  # the labels this line teaches (None: all of them)
    vocabulary: bool = True  # its words and n-grams join the features' vocabulary (VOCABULARY_SKIP)


# Lines written for one family of labels teach only that family: the threat writer's lines
# (positives and their everyday twins) were labelled for threats, and their neutral lines
# would otherwise also teach the room-logistics labels (requests, payments) that roles read.
THREAT_LABELS = frozenset({"threat_violence", "threat_exposure", "extortion", "deadline", "plea", "exposure_personal"})
# The second room-logistics writer's lines (`rooms_*`: vague and indirect requests, nudges,
# bargaining, with reactions, payment talk and look-alike everyday rooms as negatives) teach
# requests only: trained on every label they made benign look-alike rooms criminal on a
# sealed corpus (training/language/README.md), and requests are what the first set covered
# thinly. Everyday banter and retold threats (`threats_neg_*`, all neutral) are also what a
# request is not ("한화 팬 있나요", "누구 있음?"): they teach requests as negatives too.
SOLICIT = frozenset({"solicit_material"})
# A question or request that asks for something other than material (what the room is, how to
# get in, who runs it, whether it is safe, what it costs, everyday talk): the writers' request
# lines are dense with question forms, so without a label of its own every question read as a
# request. It is taught by requests against requests only — its own lines (`sol_room_questions`)
# against the requests for material (`sol_requests`, `rooms_requests`) — so it learns what is
# asked for, not that something is asked (other files' everyday questions are labelled neutral).
ASKS = SOLICIT | {"ask_other"}
SCOPED_ONLY = frozenset({"ask_other"})  # labels only the files scoped to them teach
# The b2 writers' files (model v8, both written blind): `b2_threats*` teach the threat family
# like `threats_*` (their negatives are not request negatives: not measured as such);
# `b2_rooms*` teach nothing yet: as request lines they raised held-out request reading
# (leave-one-file-out) but lowered solicitor F1 on two open corpora (dev-3 .909 → .857,
# dev-5 1.0 → .963; training/language/README.md), so they wait for a method that uses them.
# v9: `sol_*` (issue 15: requests in thinly covered forms, and asks for anything else) teach
# requests and `ask_other`; `coercion.jsonl` no longer teaches requests — its pleas ("please
# delete it") and demands under threat (labelled extortion) were request negatives.
SCOPED_FILES = {
    "b2_threats": THREAT_LABELS, "b2_rooms": frozenset(),  # b2_threats_neg too (the prefix holds it)
    "threats_neg_": THREAT_LABELS | SOLICIT, "threats_": THREAT_LABELS, "rooms_requests": ASKS, "rooms_": SOLICIT,
    "sol_": ASKS, "coercion": frozenset(LABELS) - ASKS,
}


# The request-family lines of v9 (`sol_*`) are read with the vocabulary (and idf) of the other
# files instead of adding theirs: they teach requests and `ask_other` only, and so they move no
# other label's reading (a refitted vocabulary shifts borderline payment and threat readings).
VOCABULARY_SKIP = ("sol_",)


def _scope(path: Path) -> frozenset[str] | None:
    """The labels a file teaches (the first matching prefix; longer prefixes come first)."""
    return next((labels for prefix, labels in SCOPED_FILES.items() if path.name.startswith(prefix)), None)


def training_files() -> list[Path]:
    folders = [Path(os.environ[ENV_TRAINING])] if os.environ.get(ENV_TRAINING) else [TRAINING_DIR]
    # ownership.jsonl labels who owns a value (artifacts/ownership_model.py); its message labels
    # are a placeholder (training/language/README.md), so it stays out of this model.
    return sorted(p for f in folders if f.is_dir() for p in f.glob("*.jsonl") if p.name != "ownership.jsonl")


def load_examples(files: list[Path] | None = None) -> list[Example]:
    out = []
    for path in files if files is not None else training_files():
        scope = _scope(path)
        vocabulary = not path.name.startswith(VOCABULARY_SKIP)
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            labels = frozenset(lab for lab in row.get("labels", ()) if lab in LABELS)
            out.append(Example(row["text"], labels if scope is None else labels & scope, scope, vocabulary))
    return out


class LanguageModel:
    """Per-label probabilities for texts; fit() once, predict() many times."""

    def __init__(self, c: float = 8.0, class_weight: str | None = None):
        self.c = c
        self.class_weight = class_weight
        self.labels: list[str] = []
        self.fingerprint = ""

    def fit(self, examples: list[Example], features: tuple[list[str], list[list[str]]] | None = None) -> "LanguageModel":
        """`features`: featurise() of the examples' texts, if already known (held-out evaluation
        featurises once and fits many times)."""
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer

        chars, tokens = features if features is not None else featurise([e.text for e in examples])
        self.char_vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), min_df=2, sublinear_tf=True, dtype=np.float32)
        self.tok_vec = TfidfVectorizer(analyzer=_as_tokens, min_df=1, sublinear_tf=True, dtype=np.float32)
        keep = [i for i, e in enumerate(examples) if e.vocabulary]
        if len(keep) == len(examples):
            x = self._stack(self.char_vec.fit_transform(chars), self.tok_vec.fit_transform(tokens))
        else:
            self.char_vec.fit([chars[i] for i in keep])
            self.tok_vec.fit([tokens[i] for i in keep])
            x = self._stack(char_tfidf(self.char_vec, chars), self.tok_vec.transform(tokens))
        self.labels = [lab for lab in LABELS if sum(lab in e.labels for e in examples) >= 3]
        self.models = {}
        for lab in self.labels:
            rows = np.array([lab in e.scope if e.scope is not None else lab not in SCOPED_ONLY for e in examples])
            y = np.array([lab in e.labels for e in examples], dtype=int)
            self.models[lab] = self._estimator().fit(x[rows], y[rows])
        # One cut for every label: the calibrated probability says "more likely than not".
        # (Cuts chosen by cross-validation on the training data came out far lower and made
        # everyday chat fire: the training data is dense with positives, real chat is not.)
        self.thresholds = {lab: DECISION for lab in self.labels}
        digest = hashlib.sha256()
        for e in examples:
            digest.update((e.text + "|" + ",".join(sorted(e.labels)) + "\n").encode())
        self.fingerprint = digest.hexdigest()[:16]
        self.size = len(examples)
        return self

    def _estimator(self):
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=self.c, class_weight=self.class_weight, solver="liblinear", dual=True, max_iter=2000)

    @staticmethod
    def _stack(a, b):
        from scipy.sparse import hstack

        return hstack([a, b]).tocsr()

    def predict(self, texts: list[str], lexicon: list | None = None, features: tuple | None = None):
        """Probabilities, a row per text and a column per label of `self.labels` (numpy);
        `lexicon`: the lexicon's TextSignals of the same texts, if known; `features`: their
        featurise(), if known."""
        import numpy as np

        if not texts:
            return np.zeros((0, len(self.labels)))
        chars, tokens = features if features is not None else featurise(texts, lexicon)
        x = self._stack(char_tfidf(self.char_vec, chars), self.tok_vec.transform(tokens))
        return np.column_stack([self.models[lab].predict_proba(x)[:, 1] for lab in self.labels])


_model: LanguageModel | None = None
_status = "not loaded"
_lock = threading.Lock()


def get() -> LanguageModel | None:
    """The fitted model, or None (then status() says why and signals.py uses the lexicon)."""
    global _model, _status
    if _model is not None or _status not in ("not loaded",):
        return _model
    with _lock:
        if _model is not None or _status != "not loaded":
            return _model
        if os.environ.get("ROOMSIFT_LANGUAGE_MODEL", "").lower() in ("0", "off", "lexicon"):
            _status = "switched off (ROOMSIFT_LANGUAGE_MODEL=off): lexicon only"
            return None
        try:
            import sklearn  # noqa: F401
        except ImportError:
            _status = "scikit-learn is not installed: lexicon only"
            return None
        examples = load_examples()
        if len({lab for e in examples for lab in e.labels}) < 3:
            _status = f"no training data in {TRAINING_DIR}: lexicon only"
            return None
        _model = _cached_fit(examples)
        _status = f"learned model on {len(examples)} messages ({_model.fingerprint})"
        return _model


def _data_hash(examples: list[Example]) -> str:
    import sklearn

    digest = hashlib.sha256(f"{MODEL_VERSION}|sklearn {sklearn.__version__}|".encode())
    for e in examples:
        digest.update((e.text + "|" + ",".join(sorted(e.labels)) + "|" + ",".join(sorted(e.scope or ())) + f"|{e.vocabulary:d}\n").encode())
    return digest.hexdigest()[:24]


def _cache_dir() -> Path | None:
    root = os.environ.get("ROOMSIFT_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "roomsift")
    try:
        Path(root).mkdir(parents=True, exist_ok=True)
        return Path(root)
    except OSError:
        return None


def _cached_fit(examples: list[Example]) -> LanguageModel:
    """Fitting takes seconds; the fitted model is kept in the user's cache folder, keyed by the
    training data, this module's version and scikit-learn's version (a changed input refits)."""
    import pickle

    folder = _cache_dir()
    path = folder / f"language-model-{_data_hash(examples)}.pickle" if folder else None
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except Exception:  # a truncated or foreign file: refit
            pass
    fitted = LanguageModel().fit(examples)
    if path is not None:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        try:
            with tmp.open("wb") as fh:
                pickle.dump(fitted, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
    return fitted


def status() -> str:
    get()
    return _status


def reset() -> None:
    """Forget the fitted model (tests that point ROOMSIFT_LANGUAGE_TRAINING elsewhere)."""
    global _model, _status
    _model, _status = None, "not loaded"
