"""Language signals: what a message *does* (asks for material, hands it out, names a price,
claims a payment, threatens, exposes someone, pleads), each with a strength 0–1.

A signal is an intent pattern over concepts, never a sentence list, e.g.
request_material = request mood (imperative, 주세요/줘/셈, "please", "need", question)
                   + a material noun or an incitement qualifier ("something good", 좋은거, more).
Both the English and the Korean view are computed for mixed text and their concepts
pooled, so "BTC 보냈어요 check pls" works. Strengths are fixed per pattern and
documented in docs/triage.md; they are not fitted to the development corpus.

Whether a signal means a crime is decided later by room context (triage/context.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roomsift.analysis import artifacts
from roomsift.analysis.language import english, korean
from roomsift.analysis.language.lexicon import EN, EN_BENIGN_TOPIC, EN_PROHIBIT, KO_VERBS
from roomsift.analysis.language.prefilter import LATIN, may_signal

SIGNALS = (
    "request_material",
    "payment_question",
    "admission_control",
    "distribute_material",
    "price_announcement",
    "payment_instruction",
    "payment_claim",
    "rules_announcement",
    "staff_management",
    "threat",
    "coercion",
    "expose_personal",
    "victim_plea",
    "deadline",
)

# Addresses, bank accounts, gift-card PINs, amounts, phones, links and @usernames come from
# the artifact extractor (checksummed where the kind has a checksum).
_LINK_KINDS = {artifacts.model.INVITE_LINK, artifacts.model.URL}


class Keys(tuple):
    """Concept names whose matched words become a signal's cues (resolved lazily)."""

    def __new__(cls, *keys: str):
        return super().__new__(cls, keys)


@dataclass
class TextSignals:
    signals: dict[str, float] = field(default_factory=dict)
    cues: dict[str, list[str]] = field(default_factory=dict)  # signal → words that triggered it
    mentions: list[str] = field(default_factory=list)
    has_link: bool = False
    benign_topic: list[str] = field(default_factory=list)  # innocent objects named (trip, tournament, 소풍)
    labels: list[str] = field(default_factory=list)  # the learned model's labels (model.py), when it ran
    probabilities: dict[str, float] = field(default_factory=dict)
    lexicon: dict[str, float] = field(default_factory=dict)  # the lexicon's own reading, before the model
    has_phone: bool = False
    _concepts: dict = field(default_factory=dict, repr=False, compare=False)

    def add(self, name: str, strength: float, *cues) -> None:
        """Keep the strongest reading of a signal; cue words are gathered only then."""
        if strength > self.signals.get(name, 0.0):
            self.signals[name] = round(strength, 3)
            words: set[str] = set()
            for cue in cues:
                if isinstance(cue, Keys):
                    for key in cue:
                        words.update(self._concepts.get(key, ()))
                elif isinstance(cue, (set, frozenset, list, tuple)):
                    words.update(cue)
                elif cue:
                    words.add(cue)
            self.cues[name] = sorted(w for w in words if w)[:6]


# lemma → concepts it stands for (one dictionary lookup per word instead of a set
# intersection per concept).
_EN_CONCEPTS: dict[str, list[str]] = {}
for _concept, _words in EN.items():
    for _w in _words:
        _EN_CONCEPTS.setdefault(_w, []).append(_concept)
for _token, _concept in (("sth_good", "sth_good"), ("more_of_person", "sth_good"), ("coerce_cmd", "coerce_cmd"), ("plea_comply", "plea_comply")):
    _EN_CONCEPTS.setdefault(_token, []).append(_concept)
_KO_VERB_CONCEPTS: dict[str, list[str]] = {}
for _concept, _verbs in KO_VERBS.items():
    for _v in _verbs:
        _KO_VERB_CONCEPTS.setdefault(_v, []).append(_concept)


def _concepts(ev: english.EnglishView | None, kv: korean.KoreanView | None) -> dict[str, set[str]]:
    """Pool both languages into concept → matched words."""
    found: dict[str, set[str]] = {}
    if ev is not None:
        for lemma in ev.lemmas:
            for concept in _EN_CONCEPTS.get(lemma, ()):
                found.setdefault(concept, set()).add(lemma)
    if kv is not None:
        for concept, stems in kv.nouns.items():
            found.setdefault(concept, set()).update(stems)
        for verb in kv.verbs:
            for concept in _KO_VERB_CONCEPTS.get(verb, ()):
                found.setdefault(concept, set()).add(verb)
    return found


# Strength kept when a message names an everyday object ("from your trip", 토너먼트).
BENIGN_TOPIC_FACTOR = 0.3

# Lemmas too common to be a request verb on their own (need a material/incitement word).
_WEAK_REQ = {"get", "take", "make", "put", "hand", "come", "주다", "하다", "해주다", "구하다"}


def detect_one(text: str, ev: english.EnglishView | None, kv: korean.KoreanView | None) -> TextSignals:
    out = TextSignals()
    found = artifacts.extract(text)
    kinds = {a.kind for a in found}
    out.mentions = ["@" + a.value for a in found if a.kind == artifacts.model.USERNAME]
    out.has_link = bool(kinds & _LINK_KINDS)
    out.has_phone = artifacts.model.PHONE in kinds
    c = _concepts(ev, kv)
    if not c and not found:
        return out  # chatter: no concept and no artifact, nothing can fire
    out._concepts = c
    topic = (ev.lemmas & EN_BENIGN_TOPIC) if ev else set()
    topic |= c.get("benign_topic", set())
    out.benign_topic = sorted(topic)
    words = lambda *ks: [w for k in ks for w in c.get(k, ())]  # noqa: E731

    en_past = ev.past if ev else set()
    ko_req = kv.requested if kv else set()
    ko_done = kv.done if kv else set()
    question = (ev.question if ev else False) or (kv.question if kv else False)
    amount = artifacts.model.AMOUNT in kinds
    address = any(a.is_payment for a in found)
    negated = bool(kv and kv.negated_request) or bool(ev and ({"don't", "dont", "not", "never", "stop"} & ev.lemmas))

    # --- request / incitement ------------------------------------------------------
    en_req_verbs = (ev.lemmas & EN["req_verb"]) - en_past if ev else set()
    en_request_mood = bool(ev) and ((ev.second_person and bool(ev.lemmas & {"can", "could", "would", "will"})) or ev.imperative_start or bool(ev.lemmas & EN["please"]) or bool(ev.lemmas & EN["want"]) or (question and ev.second_person) or "let" in ev.lemmas)
    ko_req_verbs = ko_req & KO_VERBS["req_verb"]
    ko_request_noun = ("request_noun" in c)
    request_mood = (en_request_mood and (bool(en_req_verbs) or ev.imperative_start or bool(ev.lemmas & EN["want"]))) or bool(ko_req_verbs) or ko_request_noun
    material = ("material" in c) or ("sth_good" in c)
    incite = ("sth_good" in c) or ("incite_qual" in c)
    strong_verbs = (en_req_verbs | ko_req_verbs) - _WEAK_REQ
    en_dist_done = (en_past & EN["dist_verb"]) if ev else set()
    ko_dist_done = ko_done & KO_VERBS["dist_verb"]
    announcing = (bool(en_dist_done or ko_dist_done) or bool(ev and {"here", "here's"} & ev.lemmas)) and not question
    if (not negated or ("sth_good" in c)) and not announcing:
        if request_mood and ("sth_good" in c):
            out.add("request_material", 0.85, Keys("sth_good"), *strong_verbs)
        elif request_mood and material and (strong_verbs or incite):
            out.add("request_material", 0.75, Keys("material", "incite_qual"), *strong_verbs)
        elif request_mood and material:
            out.add("request_material", 0.55, Keys("material"), *en_req_verbs, *ko_req_verbs)
        elif material and incite and (question or (ev and ev.lemmas & EN["want"])):
            out.add("request_material", 0.55, Keys("material", "incite_qual", "want"))
        elif ("sth_good" in c) and not (en_past or ko_done):
            out.add("request_material", 0.5, Keys("sth_good"))
        elif ("more_q" in c) or (ev and "more" in ev.lemmas and ("person_obj" in c) and (en_request_mood or question)):
            out.add("request_material", 0.6, Keys("more_q", "person_obj"), "more")
        elif ko_request_noun and (("dist_marker" in c) or ("incite_qual" in c)) and not (ko_done or en_past):
            out.add("request_material", 0.55, Keys("request_noun", "dist_marker", "incite_qual"))

    # --- distribution ----------------------------------------------------------------
    dist_marker = ("dist_marker" in c)
    statement = not question and not request_mood
    if (en_dist_done or ko_dist_done) and (material or out.has_link or dist_marker) and not question:
        out.add("distribute_material", 0.8, *en_dist_done, *ko_dist_done, Keys("material"))
    elif dist_marker and (material or ko_done) and statement:
        out.add("distribute_material", 0.65, Keys("dist_marker", "material"))
    elif out.has_link and material and statement:
        out.add("distribute_material", 0.6, Keys("material"), "link")
    elif material and ("incite_qual" in c) and statement and not ("sth_good" in c) and not (ev and ev.lemmas & EN["want"]) and not ("plea" in c):
        out.add("distribute_material", 0.5, Keys("material", "incite_qual"))

    # --- money -------------------------------------------------------------------------
    fee = ("fee" in c)
    money = amount or ("currency" in c)
    pay_verbs = words("pay_verb") + words("pay_noun")
    paid_done = (en_past & EN["pay_verb"] if ev else set()) | (ko_done & KO_VERBS["pay_verb"]) | ({"입금완료", "송금완료", "결제완료", "이체완료"} & c.get("proof", set()))
    if not paid_done and not question:
        if fee and money:
            out.add("price_announcement", 0.8, Keys("fee", "currency"))
        elif fee and (("destination" in c) or address):
            out.add("price_announcement", 0.6, Keys("fee", "destination"))
    if (("destination" in c) or address) and (pay_verbs or fee or money) and not paid_done:
        out.add("payment_instruction", 0.8 if address else 0.65, Keys("destination", "pay_verb", "pay_noun"))
    if paid_done and (money or fee or ("proof" in c) or ("destination" in c) or ("pay_noun" in c)):
        out.add("payment_claim", 0.85, *paid_done, Keys("currency", "fee", "proof"))
    elif ("proof" in c) and (money or fee or pay_verbs) and not ("rules" in c):
        out.add("payment_claim", 0.6, Keys("proof", "pay_noun", "currency"))

    asks_cost = "얼마" in c.get("price_q", ()) or bool(ev and {"how", "much"} <= ev.lemmas)
    if question and (fee or pay_verbs or money or asks_cost) and not paid_done:
        if ("price_q" in c) or fee or asks_cost:
            out.add("payment_question", 0.7, Keys("price_q", "fee", "pay_verb", "pay_noun"))
    if ("admit" in c) and (("pay_noun" in c) or ("proof" in c) or paid_done or (ev and ev.lemmas & {"paid", "payment", "pay", "confirmed"})) and not question:
        out.add("admission_control", 0.7, Keys("admit", "pay_noun", "proof"))
        out.signals.pop("payment_claim", None)
        out.signals.pop("distribute_material", None)

    # --- running the room ---------------------------------------------------------------
    prohibit = bool(ev and ev.lemmas & EN_PROHIBIT) or ("prohibit" in c)
    if ("rules" in c) and (prohibit or len(c.get("rules", ())) >= 2):
        out.add("rules_announcement", 0.7, Keys("rules"))
    if ("staff" in c) and (ev and ev.lemmas & {"promote", "appoint", "new", "welcome", "our", "contact"} or any(k in text for k in ("임명", "모집", "새로운", "신입", "문의"))):
        out.add("staff_management", 0.6, Keys("staff"))

    # --- threats, coercion, exposure ---------------------------------------------------
    leverage = ("leverage_verb" in c) or ("threat_word" in c)
    audience = ("audience" in c)
    condition = ("condition" in c)
    if leverage and audience and condition:
        out.add("threat", 0.9, Keys("leverage_verb", "threat_word", "audience", "condition"))
    elif audience and (("threat_word" in c) or (("leverage_verb" in c) and ev and ev.second_person and ev.lemmas & {"i'll", "will", "gonna", "going", "i", "we", "refuse", "again"})):
        out.add("threat", 0.75, Keys("leverage_verb", "threat_word", "audience"))
    elif leverage and ("personal" in c) and (condition or (ev and ev.lemmas & {"refuse", "again", "unless", "if"})):
        out.add("threat", 0.8, Keys("leverage_verb", "personal", "condition"))
    elif ("threat_word" in c) and (condition or (ev and ev.second_person)):
        out.add("threat", 0.7, Keys("threat_word", "condition"))
    elif leverage and condition and ev and ev.second_person and (ev.lemmas & {"picture", "photo", "video", "everything", "this", "these"}):
        out.add("threat", 0.6, Keys("leverage_verb", "condition"))
    if ("coerce_cmd" in c) or (("coerce" in c) and (condition or ko_req or (ev and ev.imperative_start)) and (("coerce" in c) and len(c["coerce"]) >= 2 or ("coerce_cmd" in c) or condition)):
        out.add("coercion", 0.7, Keys("coerce", "coerce_cmd", "condition"))
    if ("police" in c) and (condition or (ev and ev.lemmas & {"if", "dare"})) and not ("plea" in c):
        out.add("coercion", 0.7, Keys("police", "condition"))
    details = words("personal")
    identifying = bool(out.mentions) or artifacts.model.PHONE in kinds
    if len(set(details)) >= 2 and (identifying or ("reveal" in c) or audience):
        out.add("expose_personal", 0.8 if identifying else 0.65, *details)
    elif details and identifying and (("reveal" in c) or leverage):
        out.add("expose_personal", 0.6, *details)

    # --- an innocent object turns asking/offering/paying into everyday talk -------------
    if out.benign_topic:
        for name in ("request_material", "distribute_material", "price_announcement", "payment_instruction", "payment_claim", "rules_announcement"):
            if name in out.signals:
                out.signals[name] = round(out.signals[name] * BENIGN_TOPIC_FACTOR, 3)

    # --- the victim's own words --------------------------------------------------------
    plea_words = words("plea") + words("plea_comply")
    if ("plea_comply" in c) or (len(set(plea_words)) >= 2 and (negated or ("plea_comply" in c) or any(w in ("제발", "please", "지워", "삭제해", "그만", "살려") for w in plea_words))):
        out.add("victim_plea", 0.75, *plea_words)
    return out


def detect_lexicon(texts: list[str], prefilter: bool = True) -> list[TextSignals]:
    """The lexicon's reading alone (concept patterns; a feature of the learned model).

    Texts the prefilter proves empty (prefilter.py: no concept word, no artifact possible)
    get an empty reading without analysis; `prefilter=False` reads every text in full."""
    todo = [i for i, t in enumerate(texts) if not prefilter or may_signal(t)]
    ko_idx = [i for i in todo if korean.has_hangul(texts[i])]
    ko_views = dict(zip(ko_idx, korean.views([texts[i] for i in ko_idx]))) if ko_idx else {}
    out = [TextSignals() for _ in texts]
    for i in todo:
        text = texts[i]
        ev = english.view(text) if LATIN.search(text) else None  # the prefilter's own test
        out[i] = detect_one(text, ev, ko_views.get(i))
    return out


# The learned model's labels → the signals triage scores (model.py). A label decides its
# signal: the lexicon's reading of those signals is only one of the model's features.
MODEL_SIGNAL = {
    "threat_violence": "threat",
    "threat_exposure": "threat",
    "extortion": "coercion",
    "deadline": "deadline",
    "plea": "victim_plea",
    "exposure_personal": "expose_personal",
    "solicit_material": "request_material",
    "offer_material": "distribute_material",
    "price_list": "price_announcement",
    "payment_instruction": "payment_instruction",
    "payment_claim": "payment_claim",
    "room_admin": "rules_announcement",
}
MODEL_DECIDES = set(MODEL_SIGNAL.values())
MODEL_THRESHOLD = 0.5  # a calibrated probability: the label is more likely than not
LEXICON_VETO = 0.15  # below this probability the model overrules a lexicon reading


# Signals of the speaker's own threat, coercion, exposure, plea or deadline. Words someone
# else said, quoted ("그 사람이 '신고하면 다 뿌린다'라고 보냈어요", she said "…"), are not the
# speaker's act: the learned model reads the text with quoted spans cut (model.strip_quotes),
# and so does the lexicon for these signals. Other signals keep the whole text (a quoted room
# name in a price list is still a price list).
SPEAKER_ACT = ("threat", "coercion", "expose_personal", "victim_plea", "deadline")


def _unquote_threats(texts: list[str], readings: list[TextSignals]) -> None:
    from roomsift.analysis.language.model import strip_quotes

    cut = []
    for i, text in enumerate(texts):
        if any(sig in readings[i].signals for sig in SPEAKER_ACT):
            rest, quoted = strip_quotes(text)
            if quoted:
                cut.append((i, rest))
    if not cut:
        return
    for (i, _), again in zip(cut, detect_lexicon([rest for _, rest in cut])):
        ts = readings[i]
        for sig in SPEAKER_ACT:
            if sig in again.signals:
                ts.signals[sig] = again.signals[sig]
                ts.cues[sig] = again.cues.get(sig, [])
            else:
                ts.signals.pop(sig, None)
                ts.cues.pop(sig, None)


def detect_many(texts: list[str]) -> list[TextSignals]:
    """Signals for many texts: the learned model decides the signals it knows; the lexicon
    keeps only those the model has no label for (payment questions, admission, staff)."""
    from roomsift.analysis.language import model as learned

    out = detect_lexicon(texts)
    _unquote_threats(texts, out)
    m = learned.get()
    if m is None:
        return out
    matrix = m.predict(texts, out)
    # A row with every probability below the recorded floor (0.05), the veto and every cut
    # changes nothing but drop the lexicon's readings of the signals the model decides:
    # most chatter, so it skips the per-label loop.
    quiet = min(0.05, LEXICON_VETO, *(m.thresholds.get(label, MODEL_THRESHOLD) for label in m.labels))
    loud = (matrix >= quiet).any(axis=1).tolist()
    for ts, row, is_loud in zip(out, matrix.tolist(), loud):
        lexicon = ts.lexicon = dict(ts.signals)
        ts.signals = {k: v for k, v in lexicon.items() if k not in MODEL_DECIDES}
        if not is_loud:
            continue
        probs = dict(zip(m.labels, row))
        if "ask_other" in probs and "solicit_material" in probs:
            # A question asks for one thing: material, or something else (the room, entry,
            # safety, prices, everyday talk). The request reading keeps only the share the
            # other reading leaves.
            probs["solicit_material"] *= 1.0 - probs["ask_other"]
        ts.probabilities = {k: round(v, 3) for k, v in probs.items() if v >= 0.05}
        support: dict[str, float] = {}
        for label, p in probs.items():
            sig = MODEL_SIGNAL.get(label)
            if sig is None:
                continue
            support[sig] = max(support.get(sig, 0.0), p)
            cut = m.thresholds.get(label, MODEL_THRESHOLD)
            if p >= cut and p > ts.signals.get(sig, 0.0):
                # Strength on the probability scale, lifted so that the label's own decision
                # threshold maps to 0.5 (what triage reads as "more likely than not").
                ts.signals[sig] = round(0.5 + 0.5 * (p - cut) / (1.0 - cut), 3)
                ts.cues[sig] = ts.cues.get(sig) or [label]
        for sig, strength in lexicon.items():
            # A lexicon reading the model does not contradict keeps a damped strength; one the
            # model finds unlikely (everyday use of the same words) is dropped.
            if sig in MODEL_DECIDES and sig not in ts.signals and support.get(sig, 0.0) >= LEXICON_VETO:
                ts.signals[sig] = round(strength * min(1.0, 0.5 + support[sig]), 3)
        ts.labels = sorted(label for label, p in probs.items() if p >= m.thresholds.get(label, MODEL_THRESHOLD))
    return out


def detect(text: str) -> TextSignals:
    return detect_many([text])[0]
