"""What an author says about usernames: "this handle is mine" and "that handle was my
other account".

- A **declaration** gives a handle as the author's own contact: "저 DM은 @x 로 주세요",
  "저(@x)한테 DM", "my handle is @x", "DM me at @x", "제 텔레 아이디 @x". Telegram
  Desktop exports carry no usernames, so a declaration is often the only place a
  handle is tied to an account.
- An **alt claim** says a handle is (or was) another account of the author: "예전 계정
  @x 터져서 새로 팠어요", "로비는 내 부계 @x 로 돌림", "old acc @x got nuked, this is me
  now", "@x 도 저예요", "안녕하세요 텔레그램 밤손님입니다 (@x)". It links the author to
  whoever holds @x, by name history or by declaration (or, as a candidate only, to the
  one account whose display name matches the name given).

Neither fires on advertising or addressing someone ("문의 @x", "@x 님 DM 확인해보세요",
"입장 문의는 @x 로 DM"), on questions ("@x 부계정 아님?") or denials, or when the words
point at a third person ("걔 예전 계정 @x")."""

from __future__ import annotations

import re

from roomsift.analysis.artifacts import ownership_model

_BREAK = re.compile(r"[\n.!?|]\s|\n")
WINDOW = 40

_POSSESSIVE = r"(?:(?<![가-힣])(?:제|내|저의|나의)\s*|\bmy\s+)"
_HANDLE_NOUN = r"(?:아이디|계정|텔레|텔그|핸들|닉네임|유저네임|디엠|id\b|handle|username|user\s?name|tg\b|telegram|account|acc\b|dm\b|contact)"
_DECLARE_BEFORE = re.compile(
    "(?:" + _POSSESSIVE + r"(?:\S{1,6}\s+)?" + _HANDLE_NOUN + r"\S*(?:\s+\S+)?\s*[:：=]?\s*"  # 제 텔레 아이디 / my handle is
    r"|(?<![가-힣])(?:저|나)\s*\(\s*"  # 저(@x)
    r"|(?<![가-힣])(?:저|나)\s+(?:DM|디엠|dm|연락|문의)\S*\s+"  # 저 DM은 @x
    r"|\b(?:dm|pm|message|msg|text|contact|ping|reach|find|add|hit)\s+me\s+(?:up\s+)?(?:at|on|via|@)?\s*"
    r"|\bi'?\s?a?m\s+"  # I'm @x
    r")$",
    re.IGNORECASE,
)
_DECLARE_AFTER = re.compile(
    r"^\s*\)?\s*(?:이|가|은|는|이에요|예요|입니다|임)?\s*(?:" + _POSSESSIVE + r"(?:\S{1,6}\s+)?" + _HANDLE_NOUN
    + r"|(?:is|=)\s+(?:me|mine|my\b))",
    re.IGNORECASE,
)

_ALT_WORD = r"(?:예전|옛|이전|원래|전|구|본|부|세컨|서브|새|old|previous|prev|former|main|alt|other|second|backup|original|new)"
_ALT_NOUN = r"(?:계정|계|캐|아이디|account|acc|acct|id|handle|one)"  # 부캐/본캐: slang for alt/main
_ALT_BEFORE = re.compile(
    "(?:" + _ALT_WORD + r"\S{0,2}\s*(?:\S+\s+)?" + _ALT_NOUN + r"\S*(?:\s+(?:was|is|=|:))?\s*[:：=]?\s*"
    r"|\b(?:used\s+to\s+be|formerly|previously|i\s+was|(?:the\s+)?same\s+(?:person|guy|one)\s+as)\s+"
    r")$",
    re.IGNORECASE,
)
_ALT_AFTER = re.compile(
    r"^\s*(?:이것|그것|얘|것)?\s*(?:이|가|은|는|도)?\s*(?:"
    r"(?:제|내|저의)\s*(?:" + _ALT_WORD + r"\s*)?(?:계정|계|꺼|거)|저예요|저에요|저입니다|저임|접니다|"
    r"(?:was|is)\s+(?:also\s+)?(?:me|mine|my\s+(?:old|alt|other|main|previous|new))\b|"
    r"(?:was|got)\s+(?:banned|nuked|deleted|suspended|locked)\b.{0,30}\b(?:was|is)\s+me\b|"
    # "@x 터져서 새로 팠어요", "@x 계정 정지돼서 이걸로 왔어요", "@x got banned, this is my new one"
    r"(?:계정|계)?\s*(?:이|가|은|는)?\s*(?:정지|밴|터져|터졌|날아|삭제|막혀|막혔|잠겨|털려)\S*\s.{0,30}?(?:새로|새\s?계정|이걸로|이\s?계정|다시)\S*\s?\S*?(?:팠|왔|만들었|가입했|들어왔)|"
    r"(?:got|was|is)\s+(?:banned|nuked|deleted|suspended|locked|gone)\b.{0,40}\b(?:new\s+(?:one|acc|account)|this\s+(?:one|acc|account)|i'?m\s+back|back\s+now)\b|"
    # "@x 쓰던 사람입니다" (I am the one who used @x)
    r"(?:쓰던|였던|이었던)\s*(?:사람|계정)?\s*(?:입니다|이에요|예요|에요|임|요))",
    re.IGNORECASE,
)
# "저 @x 예요" / "it's me, @x": the author says they are @x — their handle, and, if another
# account holds it, their other account.
_SELF_BEFORE = re.compile(r"(?:(?<![가-힣])(?:저|나)\s+|\bit'?s\s+me,?\s+)$", re.IGNORECASE)
_SELF_AFTER = re.compile(r"^\s*(?:이에요|예요|에요|입니다|임|이요|요)(?![가-힣])")
# "안녕하세요 텔레그램 밤손님입니다 (@x)": the author introduces themselves as their account on
# another platform, by its display name and handle.
_INTRO_BEFORE = re.compile(
    r"(?:^|(?:안녕하세요|안녕|저는|전|제가|\bhi|\bhello|\bhey|\bthis\s+is|\bi'?m|\bit'?s)[\s,.!~]*)\s*"  # the author speaks of themselves
    r"(?:텔레그램|텔레|텔그|telegram|tg|카톡|카카오톡|kakaotalk|kakao|디스코드|discord|왓츠앱|whatsapp)\s*(?:에서|에선|은|는|의|:)?\s*"
    r"(?P<name>[^\s()@:]{1,20}?)\s*(?:입니다|이에요|예요|에요|임|이요)?\s*[(（]\s*$",
    re.IGNORECASE,
)
# The words are about someone else, asked, or denied.
_NOT_A_CLAIM = re.compile(
    r"\?|아님|아니|아닌|\bnot\b|\bisn'?t\b|(?<![가-힣])(?:그|저|이)\s?(?:놈|새끼|사람|분|친구|녀석|애)|걔|쟤|얘네|"
    r"\b(?:his|her|their|him|them|that\s+guy|probably|maybe)\b|했대|래요|라던데|이래|사칭|듯|겠지|것\s?같",
    re.IGNORECASE,
)


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after text[start:end] within its sentence."""
    seg_b = text[max(0, start - WINDOW):start]
    cuts = list(_BREAK.finditer(seg_b))
    before = seg_b[cuts[-1].end():] if cuts else seg_b
    seg_a = text[end:end + WINDOW]
    cut = _BREAK.search(seg_a)
    after = seg_a[:cut.start() + 1] if cut else seg_a
    return before, after


def _handles(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(1).lower(), m.start(), m.end()) for m in _HANDLE_RE.finditer(text)]


_HANDLE_RE = re.compile(r"(?<![\w.@/])@([A-Za-z][A-Za-z0-9_]{3,31})(?![\w@])")


def read(text: str) -> tuple[list[str], list[str], dict[str, str]]:
    """(handles declared as the author's own, handles claimed as the author's other account,
    {claimed handle: the display name the author gave for that account})."""
    declared: list[str] = []
    alts: list[str] = []
    names: dict[str, str] = {}
    if not text or "@" not in text:
        return declared, alts, names
    missed: list[tuple[str, int, int, str, str]] = []
    for handle, start, end in _handles(text):
        before, after = _sentence(text, start, end)
        if _NOT_A_CLAIM.search(before) or _NOT_A_CLAIM.search(after):
            continue
        n = len(declared) + len(alts)
        intro = _INTRO_BEFORE.search(before)
        if _SELF_BEFORE.search(before) and (_SELF_AFTER.search(after) or before.lower().startswith("it")):
            declared.append(handle)
            alts.append(handle)
        elif intro or _ALT_BEFORE.search(before) or _ALT_AFTER.search(after):
            alts.append(handle)
            if intro:
                names[handle] = intro.group("name")
        elif _DECLARE_BEFORE.search(before) or _DECLARE_AFTER.search(after):
            declared.append(handle)
        if len(declared) + len(alts) == n:
            missed.append((handle, start, end, before, after))
    # What the rules missed, the learned reader may still read as a claim (strict cut).
    # A handle given as one's own contact needs the author speaking of themselves ("입장 문의는
    # @x 로 DM" advertises someone); a moved or banned account may be announced without it.
    for (handle, _, _, before, after), p in zip(missed, ownership_model.read(text, [(m[1], m[2]) for m in missed])):
        if not p or p.get("own", 0.0) + p.get("alt", 0.0) < ownership_model.CLAIM_CUT:
            continue
        if p.get("alt", 0.0) > p.get("own", 0.0):
            alts.append(handle)
        elif ownership_model.speaks_of_self(before, after):
            declared.append(handle)
    return declared, alts, names
