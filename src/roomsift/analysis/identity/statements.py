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

- Each form is read wherever it occurs, not as one sentence: equality ("@x = 나", "@x 도 나임"),
  a noun before the particle ("@x 계정은 내 부계임"), a former name with its noun ("@x 닉 쓰던
  사람입니다"), rename and move notices ("@x 에서 닉 바꿨어요", "닉 변경: @x →", "@x 에서 이
  계정으로 옮김", "moved here from @x", "@x 로 옮겼어요"), English "my main is @x", "I'm @x's alt",
  and a short answer to "whose account is @x?" ("저요", "ㅇㅇ 내 부계 맞음": read_reply).
- Around the handle rather than next to it: a sentence giving only the handle before the author's
  arrival on a new account ("@x 입니다. 계정 터져서 새로 팠어요"), "그거 나임" / "that's me" pointing
  back at an account named just before ("@x 계정 새로 팠음. 그거 나임"), a move announced ahead ("@x
  로 옮길게", "앞으로 @x 계정으로 활동함"), a rename naming the new name ("@x 에서 Y로 바꿈", "@x → Y
  닉변"), and a reply that says the replied message's author is the author's (claims_replied_account).

Neither fires on advertising or addressing someone ("문의 @x", "@x 님 DM 확인해보세요",
"입장 문의는 @x 로 DM", "@x 님"), on questions ("@x 부계정 아님?"; a tag question after the claim's
own clause does not count) or denials, on quoted or reported claims ("누가 '@x 내 부계임' 이러던데",
"옮겼대요"), on impersonation warnings, or when the words point at a third person ("걔 예전 계정 @x")."""

from __future__ import annotations

import re

from roomsift.analysis.artifacts import ownership_model

_BREAK = re.compile(r"[\n.!?|]\s|\n")
WINDOW = 40

_POSSESSIVE = r"(?:(?<![가-힣])(?:제|내|저의|나의)\s*|\bmy\s+)"
# Latin nouns end where Latin letters end: Korean particles attach to them ("제 DM은 @x", "내 ID는 @x").
_HANDLE_NOUN = r"(?:아이디|계정|텔레|텔그|핸들|닉네임|유저네임|디엠|id(?![a-z])|handle|username|user\s?name|tg(?![a-z])|telegram|account|acc(?![a-z])|dm(?![a-z])|contact)"
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

# An account banned, deleted or lost ("정지", "터졌", "날아감", "막힘").
_BAN = r"(?:정지|밴|터져|터졌|터짐|날아|날라|삭제|막혀|막혔|막힘|잠겨|잠김|털려|털림)"
_ALT_WORD = r"(?:예전|옛|이전|원래|전|구|본|부|세컨|서브|새|백업|old|previous|prev|former|main|alt|other|second|backup|original|new)"
_ALT_NOUN = r"(?:계정|계|캐|아이디|닉네임|닉|account|acc|acct|id|handle|one|name|nick)"  # 부캐/본캐: slang for alt/main
_ALT_BEFORE = re.compile(
    "(?:" + _ALT_WORD + r"\S{0,2}\s*(?:\S+\s+)?" + _ALT_NOUN + r"\S*(?:\s+(?:was|is|=|:))?\s*[:：=]?\s*"
    r"|\b(?:used\s+to\s+be|formerly|previously(?:\s+known\s+as)?|i\s+was|aka|(?:the\s+)?same\s+(?:person|guy|one)\s+as)\s+"
    r"|\bex-?\s*|(?<![가-힣])구\s+|[(（]\s*전\s*(?:닉네임|닉)?\s*[:：]?\s*"  # "ex-@x here", "구 @x 입니다" (the former @x)
    r"|\b(?:back|returned|here)\s+(?:after|since)\s+"  # "back after @x got banned"
    r"|\b(?:main|alt|old|other|real|previous|backup|new)\s+(?:one\s+)?(?:is|was|=)\s+"  # "main is @x", "my backup is @x"
    r"|\b(?:used\s+to\s+go\s+by|went\s+by|this\s+(?:acc|acct|account|one)\s+belongs\s+to)\s+"
    # rename and move notices: "renamed from @x", "moved here from @x", "닉 변경 @x →", "닉변: @x"
    r"|\b(?:renamed|changed\s+(?:my\s+)?(?:name|nick|handle|username)|moved|switched|migrated)\s+(?:here\s+|over\s+)?from\s+"
    r")$",
    re.IGNORECASE,
)
_ALT_AFTER = re.compile(
    r"^\s*(?:이것|그것|얘|것)?\s*(?:계정|아이디|닉네임|닉|acc|account)?\s*(?:이|가|은|는|도)?\s*(?:"
    r"(?:제|내|저의)\s*(?:" + _ALT_WORD + r"\s*)?(?:계정|계|꺼|거)|저예요|저에요|저입니다|저임|접니다|"
    # "@x 내 세컨임", "@x 제 부캐예요": slang nouns for a second account standing alone
    r"(?:제|내|저의)\s*(?:세컨|서브|부캐|본캐)(?:임|이야|야|이에요|예요|에요|입니다|이요|요)?(?![가-힣])|"
    # "@x = 나", "@x 도 나임", "@x 는 저예요" ("@x 는 나한테 물어봐" goes on: not a claim)
    r"(?:[=＝]\s*|(?:도|는|은|가|이)\s+|(?:그거|그게)\s*)(?:나|저|본인|me)(?:임|이야|야|예요|에요|입니다|요)?(?=\s*(?:[.!~,)ㅋㅎ]|$))|"
    # "@x 에서 닉 바꿨어요", "@x 에서 이 계정으로 옮김": a rename or a move away from @x
    r"(?:에서|서)\s*(?:[^\s.,!?]{1,20}?\s*(?:으로|로)\s*)?(?:닉네임|닉|이름|아이디)?\s*(?:을|를)?\s*(?:바꿨|바꿈|변경|닉변)|"
    # "@x → Y 닉변했어요": a rename to a new name (named._renamed_someone_else checks Y is not another account's)
    r"(?:→|->|=>|➡)\s*[^\s.,!?]{1,20}\s*(?:으로|로)?\s*(?:닉변|닉\s*변경|닉네임\s*변경|이름\s*변경|바꿨|바꿈|변경)|"
    # "@x 이랑 같은 사람임", "@x 계정 주인입니다", "@x 도 제가 씀"
    r"(?:이랑|랑|와|과|하고)\s*(?:(?:나|저)(?:랑|와|하고)?\s*)?(?:같은\s*사람|동일인|동일\s*인물)(?:임|이에요|예요|입니다|이요|요)?(?![가-힣])|"
    r"(?:주인|소유자)(?:임|이에요|예요|입니다)(?![가-힣])|(?:제가|내가)\s*(?:씀|씁니다|써요|쓰는\s*(?:계정|거)|쓰고\s*있)|"
    # "@x 내가 돌림", "@x 제가 운영해요", "@x 관리하는 것도 나": the author runs that account
    r"(?:도\s*)?(?:제가|내가)\s*(?:돌림|돌려요|돌립니다|돌리는\s*(?:계정|거)|(?:운영|관리)(?:함|해요|합니다|중|하는\s*(?:계정|거)))(?![가-힣])|"
    r"(?:계정\s*)?(?:운영|관리)하는\s*(?:것|거|계정|사람)?\s*도?\s*(?:나|저|본인)(?:임|야|이야|예요|에요|입니다|요)?(?=\s*(?:[.!~,)ㅋㅎ]|$))|"
    r"(?:계정)?\s*(?:에서|서)\s*(?:이\s?계정|이걸로|이거로|여기|새\s?계정)\S*\s*(?:으로|로)?\s*(?:옮|이사|넘어|갈아|왔|옴)|"
    r"(?:→|->|=>)\s*(?:이\s?계정|이거|여기|this|here|now)|"
    r"(?:was|is)\s+(?:also\s+)?(?:me|mine|my\s+(?:old|alt|other|main|previous|new))\b|"
    r"(?:was|got)\s+(?:banned|nuked|deleted|suspended|locked)\b.{0,30}\b(?:was|is)\s+me\b|"
    # "@x 터져서 새로 팠어요", "@x 계정 정지돼서 이걸로 왔어요", "@x got banned, this is my new one"
    r"(?:계정|계)?\s*(?:이|가|은|는)?\s*" + _BAN + r"\S*\s.{0,30}?(?:새로|새\s?계정|이걸로|이\s?계정|다시)\S*\s?\S*?(?:팠|왔|만들었|가입했|들어왔)(?!나|냐|니|대|다던)|"
    # ... in the nominal chat ending ("이걸로 옴", "새로 팜"), only with words for the account written
    # from (a moderator's "@x 밴했는데 다시 들어옴" speaks of the banned account coming back)
    r"(?:계정|계)?\s*(?:이|가|은|는)?\s*" + _BAN + r"\S*\s.{0,30}?(?:새로|새\s?계정|이걸로|이거로|이\s?계정)\S*\s?(?:다시\s?)?\S*?(?:팜|옴|만듦|들어옴)(?![가-힣?])|"
    r"(?:got|was|is)\s+(?:banned|nuked|deleted|suspended|locked|gone)\b.{0,40}\b(?:new\s+(?:one|acc|account)|this\s+(?:one|acc|account)|i'?m\s+back|back\s+now)\b|"
    # "@x 쓰던 사람입니다" (I am the one who used @x), "@x 로 활동하던 사람", "@x 로 활동했어요"
    # ("@x 쓰던 사람 요즘 안 보이네" is not a copula "요")
    r"(?:(?:라는\s*)?(?:닉네임|닉|아이디|계정)(?:을|를|으로|로)?\s*)?"  # "@x 닉 쓰던 사람입니다"
    r"(?:쓰던|썼던|사용하던|였던|이었던|(?:으로|로)\s*(?:활동하던|있던))\s*(?:사람|계정)?\s*(?:입니다|이에요|예요|에요|임|요)(?![가-힣])|"
    # "@x 닉으로 결제했던 사람입니다": the author acted under that name ("@x 로 입금했던" may be the payee: a noun is needed)
    r"(?:닉네임|닉|이름|계정|아이디)\s*(?:으로|로)\s*[가-힣]{1,6}(?:했던|하던|던)\s*(?:사람|계정)\s*(?:입니다|이에요|예요|에요|임|요)(?![가-힣])|"
    # "hey it's @x on my backup", "this is @x, my main got banned"
    r",?\s*(?:on|from)\s+(?:my|a)\s+(?:backup|alt|new|other|second)\b|"
    r",?\s*my\s+(?:main|old|other)\s+(?:acc\w*\s+|one\s+)?(?:got|was|is)\s+(?:banned|nuked|deleted|suspended|locked|gone)\b|"
    # "원래 @x 인데 폰 바꿔서 새 계정", "@x 맞아요 새 계정이에요": the author is @x, on a new account
    r"(?:인데|이었는데|였는데|이고|맞아요|맞음|맞습니다)[.,]?\s.{0,25}?(?:새\s?계정|새로\s?(?:팠|팜|만들|만듦|가입)|이걸로|이거로|이\s?계정으로)|"
    r"(?:으로|로)\s*활동(?:했|하다|하던)|"
    # "@x 인데 계정 터져서 새로 팠어요": the author is @x, on a new account
    r"(?:인데|이었는데|였는데|입니다|이에요|예요|임)\s*,?\s*(?:계정|아이디|본계)?\s*(?:이|가)?\s*" + _BAN + "|"
    # "@x here, new account", "@x here (new acc)"
    r"here\b\W{0,3}(?:on\s+(?:a|my)\s+)?(?:new|alt|other|second|backup)\s+(?:one|acc|acct|account|phone)\b|"
    # "달지기 부계임", "X's new acc": the author is X's alt or new account
    r"(?:'s|의)?\s*(?:새|부|본|세컨|서브|new|alt|other|second|backup)\s*(?:계정|계|캐|아이디|acc|acct|account|one)\s*(?:임|이에요|에요|예요|입니다|이요|요|$|[.!~ㅋㅎ])"
    r")",
    re.IGNORECASE,
)
# "this is @x's alt", "I'm @x's backup": the author introduces their account as another's alt
# ("that's @x's alt" points at someone else's).
_ENGLISH_ALT_OF = (re.compile(r"^\W*(?:this\s+is|i'?m|i\s+am|it'?s\s+me,?)\s*$", re.IGNORECASE),
                   re.compile(r"^\s*'s\s*(?:alt|main|backup|new|other|second)\b", re.IGNORECASE))
# "@x 로 옮겼어요": the author moved to the account @x — unless a room or channel moved ("공지방 @x 로 옮겼어요").
_MOVED_TO = re.compile(r"^\s*(?:계정\s*)?(?:으로|로)\s*(?:계정\s*)?(?:다시\s*)?(?:옮겼|옮김|옮길|옮겨|갈아탔|갈아탐|갈아탈|넘어갔|넘어감|넘어갈|이사\s?(?:감|갈|함|할)|활동(?:함|할|해요|합니다|예정|하겠))")
_ROOM = re.compile(r"방|채널|공지|그룹|\b(?:room|channel|group|chat)\b", re.IGNORECASE)
# A rename notice that opens the sentence ("닉 변경: @x → ...", "제 닉 바꿨어요 @x →"); with a subject
# before it ("운영자 닉 변경 @x") it is about someone else.
_RENAME_BEFORE = re.compile(r"^\s*(?:(?:제|내|저의|my)\s*)?(?:닉|닉네임|이름|아이디|계정)\s*(?:변경|바꿈|바꿨\S*|변\S*)\s*[:：]?\s*$")
# "저 @x 예요" / "it's me, @x": the author says they are @x — their handle, and, if another
# account holds it, their other account.
_SELF_BEFORE = SELF_BEFORE = re.compile(r"(?:(?<![가-힣])(?:저|나|전|난|저는|나는|제가)\s+(?:원래|예전에?|전에|이전에?)?\s*|\bit'?s\s+me,?\s+)$", re.IGNORECASE)
_SELF_AFTER = SELF_COPULA_AFTER = re.compile(r"^\s*(?:이에요|예요|에요|입니다|임|이요|요)(?![가-힣])")
# "저 @x 였어요", "저 예전에 @x 썼어요", "원래 @x 였음": the author was, or used, @x — a former
# account. Korean drops the "I", so a sentence that opens with nothing but "원래/예전에" before
# the handle speaks of the author too ("운영자 원래 @x 였음" has a subject and does not).
_PAST_SELF_AFTER = re.compile(
    r"^\s*(?:이었|였)(?:어요|어|음|습니다|다|죠)(?![가-힣])|^\s*(?:를|을)?\s*(?:썼|썼었|사용했)(?:어요|어|음|습니다|다|죠)(?![가-힣])")
_PAST_ONLY_BEFORE = re.compile(r"^\s*(?:원래|예전에?|전에|이전에?|옛날에?)\s*$")
# Korean drops the copula too: "예전 @x 쓰던 사람." is a whole sentence (one that goes on — "@x
# 쓰던 사람 요즘 안 보이네" — speaks of someone else).
_FORMER_PHRASE_AFTER = re.compile(r"^\s*(?:(?:닉네임|닉|아이디|계정)\s*)?(?:쓰던|썼던|사용하던|였던|이었던|(?:으로|로)\s*활동하던)\s*(?:사람|계정)\s*(?:[.!~ㅋㅎ]|$)")
# Both forms without a subject ("원래 @x 였음", "예전 @x 쓰던 사람.") also answer "who was that?"
# about someone else, so they count only when the message speaks of its author elsewhere: a
# first person, the account having moved, or a sentence that only gives the author's name
# ("K임.", "하늘입니다").
_NAME_ONLY_SENTENCE = re.compile(r"(?:^|[.!?\n]\s*)[^\s.!?@]{1,15}\s?(?:임|입니다|이에요|예요|에요)\s*(?:[.!?\n]|$)")
# "@x 정지 먹음. 이걸로 다시 옴": the ban of @x in one sentence, the author's arrival on a new
# account in the next. The arrival must be done (옴/왔/팠, not "들어올게": the old account still
# speaks) and not reported ("새로 팠대").
_BANNED_THEN_HERE = re.compile(
    r"^\s*(?:계정|계|아이디)?\s*(?:이|가|은|는)?\s*" + _BAN + r"[^.!?\n]{0,20}[.!?\n]+\s*"
    r"[^.!?\n]{0,30}?(?:새로|새\s?계정|이걸로|이거로|이\s?계정|부계로|다시)\S*\s?\S*?(?:팠|팜|왔|옴|만들었|만듦|가입했|들어왔|들어옴)(?!대|다던|냐|니|\?)")
# "안녕하세요 텔레그램 밤손님입니다 (@x)": the author introduces themselves as their account on
# another platform, by its display name and handle.
_INTRO_BEFORE = re.compile(
    r"(?:^|(?:안녕하세요|안녕|저는|전|제가|\bhi|\bhello|\bhey|\bthis\s+is|\bi'?m|\bit'?s)[\s,.!~]*)\s*"  # the author speaks of themselves
    r"(?:텔레그램|텔레|텔그|telegram|tg|카톡|카카오톡|kakaotalk|kakao|디스코드|discord|왓츠앱|whatsapp)\s*(?:에서|에선|은|는|의|:)?\s*"
    r"(?P<name>[^\s()@:]{1,20}?)\s*(?:입니다|이에요|예요|에요|임|이요)?\s*[(（]\s*$",
    re.IGNORECASE,
)
# The author writes from a new or other account now ("이걸로", "새로 팠어요", "this one", "new acc").
_NEW_HERE = re.compile(
    r"이걸로|이거로|이\s?계정|새\s?계정|새로|다시|부계로|본계로|새\s?폰|"
    r"\bthis\s+(?:one|acc|acct|account)\b|\bnew\s+(?:one|acc|acct|account|phone)\b|\bback\b|\bnow\b",
    re.IGNORECASE,
)
# Syllables ending in ㅆ (했, 됐, 옮겼, 바꿨): "-ㅆ대" reports what someone else did ("옮겼대요").
_PAST_SYLLABLES = "".join(chr(0xAC00 + i * 28 + 20) for i in range(19 * 21))
# The words are about someone else, reported, asked, or denied ("@x 부계 아님?", "걔 부계래",
# "누가 '@x 내 부계임' 이러던데", "@x 사칭 조심", "beware, @x is impersonating me").
_NOT_A_CLAIM = re.compile(
    r"\?|아님|아니|아닌|\bnot\b|\bisn'?t\b|(?<![가-힣])(?:그|저|이)\s?(?:놈|새끼|사람|분|친구|녀석|애)|걔|쟤|얘네|"
    r"\b(?:his|her|their|him|them|that\s+guy|probably|maybe)\b|했대|됐대|래요|라던데|이래|사칭|듯|겠지|것\s?같|"
    r"(?<=[" + _PAST_SYLLABLES + r"])대(?:요)?(?![가-힣])|이러던데|그러던데|이러더라|그러더라|라더라|라고\s?(?:했|하던|하더|하네|하는데|함)|"
    r"\b(?:said|says|claims?|claimed|claiming|imperson\w*|pretend\w*|posing)\b",
    re.IGNORECASE,
)
# A Korean clause ends at a declarative ending and a space ("@x 내 부계임 다들 알지?"): a tag
# question after it asks about the listeners, not about the claim.
# A run of laughing or crying jamo standing alone ("ㅋㅋ", "ㅠ") ends a clause as punctuation does.
_CLAUSE_END = re.compile(r"(?<=[가-힣])(?:임|음|함|됨|요|다|죠|셈|봄|옴)(?=\s)|[.!]|(?<=\s)[ㅋㅎㅠㅜ]+(?=\s)")
# "나 = @x", "본인 = @x": an equality with the author first ...
_EQUALS_ME_BEFORE = re.compile(r"(?<![가-힣])(?:나|저|본인)\s*[=＝]\s*$|\bme\s*[=＝]\s*$", re.IGNORECASE)
# ... that ends with the handle (a copula or an emoticon may follow).
_EQUALS_END_AFTER = re.compile(r"^\s*(?:임|이야|야|이에요|예요|에요|입니다|이요|요)?\s*(?:[.!~,)ㅋㅎㅠㅜ^]|$)")
# "@x 님", "@x 씨": the handle is addressed or spoken of politely, never one's own.
_HONORIFIC = re.compile(r"^\s*(?:님|씨)")
# Quoted speech: an opening quote before the handle that is not closed before it.
_OPEN_QUOTE = re.compile(r"(?:^|[\s(])['\"“‘「『](?!.*['\"”’」』])")


def _clause(after: str) -> str:
    """The words after the handle up to the end of its own clause. A declarative ending and a
    space end it ("@x 내 부계임 다들 알지?"); where no such ending shows on the surface (a verb
    standing alone: "@x 정지당해서 이걸로 옴 ㅠ 입장료 다시 내야 됨?"), Kiwi's sentence split decides,
    from the morphemes (a final ending, a chat emoticon after it)."""
    cut = _CLAUSE_END.search(after)
    if cut:
        return after[:cut.end()]
    if "?" in after and _HANGUL.search(after):
        from roomsift.analysis.language.korean import kiwi

        sents = kiwi().split_into_sents(after)
        if len(sents) > 1:
            return after[:sents[0].end]
    return after


_HANGUL = re.compile(r"[가-힣]")


def _vetoed(before: str, after: str) -> bool:
    """Is the handle between `before` and `after` (one sentence) asked about, denied, quoted,
    or about someone else? A question mark counts only within the handle's own clause."""
    clause_after = _clause(after)
    if _NOT_A_CLAIM.search(before) or _OPEN_QUOTE.search(before) or _HONORIFIC.match(after):
        return True
    return bool(_NOT_A_CLAIM.search(clause_after) or _NOT_A_CLAIM.search(after.replace("?", "")))


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


# "그거 나임", "이게 나", "that's me": a sentence of its own (or a clause after a comma) that points
# back at the account the words before it spoke of ("@x 계정 새로 팠음. 그거 나임", "@x 본계 정리 중,
# 이게 나"). The words before must speak of an account (a noun for one, a ban, a move): "@x 가 사진
# 올렸대. 그거 나임" points at a photo, and a question ("그거 나임?") claims nothing.
_POINTS_BACK = re.compile(
    r"^[\s,.!~]*(?:그거|그게|이거|이게|그\s?계정|이\s?계정|그것|이것)\s*(?:도\s*)?(?:나|저|본인)"
    r"(?:임|이야|야|예요|에요|입니다|이에요|요)?[\s~ㅋㅎ^]*(?:$|[.!\n,])"
    r"|^[\s,.!~]*(?:that'?s|this\s+is|it'?s)\s+(?:also\s+)?me\b[\s~]*(?:$|[.!\n,])",
    re.IGNORECASE)
_ACCOUNT_TALK = re.compile(r"계정|부계|본계|아이디|닉|\b(?:acc|acct|account|alt|handle)\b|" + _BAN, re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r"[.!\n,]\s*|\s+(?=(?:그거|그게|이거|이게|that'?s|this\s+is)\s)", re.IGNORECASE)


def _points_back(text: str, start: int, end: int, before: str, after: str) -> bool:
    """Is the clause right after the handle's own "그거 나임" / "this is me", and do the words
    before speak of an account?"""
    if not _ACCOUNT_TALK.search(before + " " + after) and not _MOVED.search(before + " " + after):
        return False
    rest = text[end:end + 2 * WINDOW]
    cut = _NEXT_CLAUSE.search(rest)
    if not cut or _NOT_A_CLAIM.search(before) or _NOT_A_CLAIM.search(rest[:cut.start()]) or _CONTENT.search(before + rest[:cut.start()]):
        return False
    return bool(_POINTS_BACK.match(rest[cut.start():]))


# What "그거" may point at other than an account: "@x 계정에 올라온 사진, 그거 나임" is a person in a photo.
_CONTENT = re.compile(r"사진|영상|동영상|자료|파일|글|썰|얘기|말|후기|캡처|캡쳐|링크|\b(?:photo|pic|picture|video|post|clip|story)s?\b", re.IGNORECASE)


# "새벽별임. 본계 정지먹어서 이걸로 옴", "@x 입니다. 계정 터져서 새로 팠어요", "@x here, old acc got
# banned": a sentence that gives only the name (Korean drops the "I"), in a message that says the
# author arrived on a new account after the old one went. Without the arrival it introduces the
# author (who may share a name), or answers "who is that?" about someone else.
_GREETING = re.compile(r"^\W*(?:(?:안녕하세요|안녕|하이|ㅎㅇ|hi|hello|hey)\W*)?$", re.IGNORECASE)
_NAME_IS_ME_AFTER = re.compile(r"^\s*(?:본인\s*)?(?:이에요|예요|에요|입니다|임|이요|인데요|이고요)[\s~ㅋㅎㅠㅜ]*(?:[.!,\n]|$)|^\s+here\b", re.IGNORECASE)
_OLD_ONE = re.compile(r"본계|원래\s?계정|예전\s?계정|전\s?계정|구\s?계정|\b(?:old|previous|main)\s+(?:acc|acct|account|one)\b", re.IGNORECASE)


# "원래 @x 쓰던 사람인데 계정 날아감": the author used @x, and their account went (announces_move).
_FORMER_BUT = re.compile(r"^\s*(?:(?:닉네임|닉|아이디|계정)\s*)?(?:쓰던|썼던|사용하던|였던|이었던|(?:으로|로)\s*(?:활동하던|있던))\s*(?:사람|계정)?\s*인데")


def _named_self_arrived(text: str, start: int, end: int, before: str, after: str) -> bool:
    if not _GREETING.match(before) or not _NAME_IS_ME_AFTER.match(after):
        return False
    rest = text[:start] + " " + text[end:]
    if _NOT_A_CLAIM.search(rest.replace("?", "")) or "?" in after:
        return False
    return bool(_MOVED.search(rest)) and bool(_NEW_HERE.search(rest) or _OLD_ONE.search(rest))


# A sentence that ends asking without a question mark: "-었나", "-냐", "-니" ("이걸로 왔나", "새로 팠냐").
_ASKED = re.compile(r"(?:(?<=[" + _PAST_SYLLABLES + r"])나|냐|(?<=[" + _PAST_SYLLABLES + r"])니|나요|는지)[\sㅋㅎ~.!]*$")


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
        if _vetoed(before, after):
            continue
        n = len(declared) + len(alts)
        intro = _INTRO_BEFORE.search(before)
        if _EQUALS_ME_BEFORE.search(before):
            # "나 = @x": the author is @x only where @x ends the clause ("나 = @x 팬" is a fan)
            if _EQUALS_END_AFTER.match(after):
                alts.append(handle)
            continue
        if _SELF_BEFORE.search(before) and (_SELF_AFTER.search(after) or before.lower().startswith("it")):
            declared.append(handle)
            alts.append(handle)
        elif _SELF_BEFORE.search(before) and _PAST_SELF_AFTER.search(after):
            alts.append(handle)  # a former handle: the contact it was given under says whose
        elif ((_PAST_ONLY_BEFORE.match(before) and _PAST_SELF_AFTER.search(after)) or _FORMER_PHRASE_AFTER.match(after)) \
                and _author_speaks_of_self(text, start, end):
            alts.append(handle)
        elif intro or _ALT_BEFORE.search(before) or _ALT_AFTER.search(after) or _RENAME_BEFORE.match(before) or (
                _MOVED_TO.match(after) and not _ROOM.search(before + after)) or (
                _ENGLISH_ALT_OF[0].match(before) and _ENGLISH_ALT_OF[1].match(after)) or (
                not before.strip() and _BANNED_THEN_HERE.match(text[end:end + 2 * WINDOW])
                and not _NOT_A_CLAIM.search(text[end:end + 2 * WINDOW])):
            alts.append(handle)
            if intro:
                names[handle] = intro.group("name")
        elif _named_self_arrived(text, start, end, before, after) or _points_back(text, start, end, before, after) or (
                _FORMER_BUT.match(after) and announces_move(text[:start] + " " + text[end:])):
            alts.append(handle)
        elif _DECLARE_BEFORE.search(before) or _DECLARE_AFTER.search(after):
            declared.append(handle)
        if len(declared) + len(alts) == n:
            missed.append((handle, start, end, before, after))
    # What the rules missed, the learned reader may still read as a claim (strict cut).
    # A handle given as one's own contact needs the author speaking of themselves ("입장 문의는
    # @x 로 DM" advertises someone); a moved or banned account may be announced without it.
    for (handle, _, _, before, after), p in zip(missed, ownership_model.read(text, [(m[1], m[2]) for m in missed])):
        if not p or p.get("own", 0.0) + p.get("alt", 0.0) < ownership_model.CLAIM_CUT or _ASKED.search(after):
            continue  # too weak, or the sentence ends asking ("@x 정지먹었네 ㅋㅋ 이걸로 왔나")
        if p.get("alt", 0.0) > p.get("own", 0.0):
            # "@x got banned lol" reports someone else's ban: an alt claim speaks of the
            # author or of the account they write from now.
            if ownership_model.speaks_of_self(before, after) or _NEW_HERE.search(before + " " + after):
                alts.append(handle)
        elif ownership_model.speaks_of_self(before, after):
            declared.append(handle)
    return declared, alts, names


# A handle given as a way to reach the author without saying "my" ("연락은 @x 로", "텔레 @x 으로
# 연락 주세요", "@x 으로 갠톡 주세요", "DM @x"). The same words advertise someone else's desk
# ("입장 문의는 @x 로"), so such a contact never links on its own: it only tells which account an
# alt claim about @x points to, when no account holds or declares @x (links.stated).
_CONTACT_BEFORE = re.compile(
    r"(?:연락|갠톡|개인톡|디엠|DM|dm|텔레|텔그|tg|telegram|pm|msg|message|reach|contact|아이디|핸들|\bid|handle)\S{0,2}\s*[:：]?\s*$",
    re.IGNORECASE)
_CONTACT_AFTER = re.compile(
    r"^\s*(?:으로|로|에서)?\s*(?:연락|갠톡|개인톡|디엠|DM|dm|문자|톡)\S*"
    r"|^\s*(?:으로|로)\s*$|^\s*(?:으로|로)?\s*(?:주세요|줘|ㄱ|plz|pls|please)", re.IGNORECASE)
# The request ends the contact phrase: an advert word after it is the topic of what follows.
_REQUEST_DONE = re.compile(r"주세요|줘요|줘|해주세요|plz|pls|please", re.IGNORECASE)
# Advertising or addressing: an inquiry desk, an admin, entry, purchase; "@x 님".
_ADVERT = re.compile(r"문의|입장|구매|가입|상담|운영자|관리자|관리|어드민|판매자|셀러|업체|admin|support|inquir|join|buy|order|seller|vendor|님|씨|\bask\b", re.IGNORECASE)


def contacts(text: str) -> list[str]:
    """Handles given as the author's contact without a first person, and not advertised."""
    out: list[str] = []
    if not text or "@" not in text:
        return out
    for handle, start, end in _handles(text):
        before, after = _sentence(text, start, end)
        done = _REQUEST_DONE.search(after[:12])
        if _vetoed(before, after) or _ADVERT.search(before) or _ADVERT.search(after[:done.end() if done else 12]):
            continue
        if _CONTACT_BEFORE.search(before) or _CONTACT_AFTER.search(after):
            out.append(handle)
    return out


# The author's account moved: banned, deleted or replaced by the one they write from now.
_MOVED = re.compile(
    _BAN + r"|새로\s?(?:팠|팜|만들|가입)|새\s?계정|이\s?계정으로|이걸로|부계로|"
    r"\b(?:banned|nuked|deleted|suspended|locked|new\s+(?:acc|acct|account|one)|this\s+(?:acc|acct|account))\b",
    re.IGNORECASE)


# The author renamed or moved their own account ("비온뒤로 바꿨어요 (구 여우비)", "닉 변경", "renamed
# from X", "이 계정으로 옮김"): Korean drops the "I", the notice is about the writer.
_RENAMED = re.compile(
    r"(?:닉|닉네임|이름|아이디)\s*(?:을|를|은|는)?\s*(?:변경|바꿨|바꿈|바꿔)|(?:으로|로)\s*(?:닉\s*)?(?:바꿨|바꿈|변경)|"
    r"옮김|옮겼|옮길게|이사\s?(?:옴|왔|함|했)|닉변|갈아탐|갈아탔|갈아탈게|넘어갈게|"
    r"\b(?:renamed|changed\s+(?:my\s+)?(?:name|nick|handle|username)|moved\s+(?:here|over|to\s+this))\b",
    re.IGNORECASE)


def speaks_of_own_account(text: str) -> bool:
    """Does the message announce the author's own account moving, being banned or renamed?"""
    return bool(text and (_MOVED.search(text) or _RENAMED.search(text))) and not questioned_or_third_person(text)


def announces_move(text: str) -> bool:
    """Does the message say the author's account was banned, deleted or replaced ("저 @x 예요. 계정
    정지돼서 새로 만들었어요")? Then "I am @x" speaks of a former account."""
    return bool(text and _MOVED.search(text)) and not questioned_or_third_person(text)


_FIRST_PERSON = re.compile(r"(?<![가-힣])(?:저|나|제|내|본인)(?:도|는|가|의|한테|랑|예요|에요|임)?(?![가-힣])|\b(?:i|i'?m|me|my|mine)\b",
                           re.IGNORECASE)
_THIRD_PERSON = re.compile(r"(?<![가-힣])(?:그|저|이)\s?(?:놈|새끼|사람|분|친구|녀석|애)|걔|쟤|얘네|했대|래요|라던데|사칭|"
                           r"\b(?:his|her|their|him|them|that\s+guy)\b", re.IGNORECASE)


def _author_speaks_of_self(text: str, start: int, end: int) -> bool:
    """Does the rest of the message speak of its author (and of no one else)?"""
    rest = text[:start] + " " + text[end:]
    if _THIRD_PERSON.search(rest):
        return False
    return bool(_FIRST_PERSON.search(rest) or _MOVED.search(rest) or _NEW_HERE.search(rest) or _NAME_ONLY_SENTENCE.search(rest))


def questioned_or_third_person(text: str) -> bool:
    """Is the sentence a question, a denial, or about someone else ("걔 새 계정임?")?"""
    return bool(_NOT_A_CLAIM.search(text))


# Reply context: "@x 누구 계정임?" answered by "저요" or "ㅇㅇ 내 부계 맞음". The answer names no handle,
# the message it replies to does; it counts only when that message asks whose account it is (a
# "저요!" under "@x 랑 같이 갈 사람" volunteers, it claims nothing).
_WHOSE = re.compile(
    r"누구|누군|\bwho\b|\bwhose\b|(?:부계|본계|계정|아이디|alt|acc|account)\S*\s*(?:임|이야|인가|맞|이세요|예요|에요)?\S*\s*\?|"
    r"(?<![가-힣])(?:너|님|당신)(?:임|이야|야|냐|이세요|이에요)?\s*\?|\byou\?",
    re.IGNORECASE)
# The whole answer is "it's me": "저요", "나임 ㅋㅋ", "네 접니다", "that's me", "me".
_ANSWER_ME = re.compile(
    r"^\W*(?:(?:ㅇㅇ|ㅇ|네|넵|응|어|맞아요|맞음|yes|yep|yeah)\W*)?(?:그거\s*)?"
    r"(?:저요|저예요|저에요|저임|접니다|저입니다|나요|나임|나야|나예요|본인(?:임|이에요|입니다)|(?:that'?s|it'?s|thats|its)\s+me|me)"
    r"[\s.!~ㅋㅎ^]*$",
    re.IGNORECASE)
_ANSWER_MAX = 40
_AFFIRM = re.compile(r"^\W*(?:ㅇㅇ|ㅇ|네|넵|응|어|맞아요|맞음|yes|yep|yeah)(?![가-힣\w])\W*", re.IGNORECASE)


# A reply to another account's message that says that account is the author's ("이거 내 예전 계정임",
# "얘 제 부계예요", "그 계정 나임", "that's my old acc"): the replied message names the account.
# The whole answer is the claim; "ㅋㅋ 내 본계보다 낫네" or "이거 나임" (a photo, a story) are not.
_REPLY_OWN = re.compile(
    r"^\W*(?:(?:ㅇㅇ|ㅇ|네|넵|응|어|맞아요|맞음|ㅋㅋ+)\s*)?(?:(?:이거|이건|이게|그거|그건|얘|쟤는?|이\s?계정|그\s?계정|이\s?아이디)(?:도|은|는|이)?\s*)?"
    r"(?:(?:제|내|저의|나의)\s*(?:예전|옛|전|원래|본|부|세컨|서브|다른|구|old)?\s*(?:계정|계|아이디|부캐|본캐|세컨)"
    r"|(?:이|그)\s?계정\s*(?:도|은|는)?\s*(?:나|저|본인))"
    r"(?:임|이야|야|예요|에요|이에요|입니다|이었음|였음|이었어요|였어요|요)?[\s.!~ㅋㅎ^]*$"
    r"|^\W*(?:yes\W*|yeah\W*)?(?:that'?s|this\s+is|it'?s|thats|its)\s+(?:also\s+)?my\s+(?:old\s+|other\s+|alt\s+|main\s+|second\s+|backup\s+|previous\s+)?(?:acc|acct|account|alt|main)\b[\s.!~]*$",
    re.IGNORECASE)


def claims_replied_account(text: str, replied: str) -> bool:
    """Does a short reply say the replied message's author is the author's other account? Not when
    the replied message asks or speaks of someone ("은하수 누구 부계임?" → "ㅇㅇ 내 부계임" claims 은하수,
    not the asker: read_reply and named.claimed_in_reply read those)."""
    if not text or len(text) > _ANSWER_MAX or "@" in text or not _REPLY_OWN.match(text.strip()):
        return False
    return not ("?" in replied or "@" in replied or _WHOSE.search(replied) or _ASKED.search(replied))


def answer_body(text: str) -> str:
    """The answer without its leading "yes" ("ㅇㅇ 내 부계임" → "내 부계임")."""
    return _AFFIRM.sub("", text or "", count=1)


def read_reply(text: str, replied: str) -> tuple[list[str], list[str]]:
    """(declared, alts) for an answer `text` to the message `replied`: the one handle that message
    asks about, read as if the answer had named it."""
    if not text or not replied or len(text) > _ANSWER_MAX or "@" in text or not _WHOSE.search(replied):
        return [], []
    handles = {h for h, _s, _e in _handles(replied)}
    if len(handles) != 1:
        return [], []
    (handle,) = handles
    if _ANSWER_ME.match(text):
        return [handle], [handle]  # as "저 @x 예요": the handle is the author's, maybe another account's too
    declared, alts, _ = read(f"@{handle} {answer_body(text)}")
    return declared, alts


def reply_subjects(text: str, replied: str) -> list[str]:
    """The words of `replied` an answer may claim as the author's other account (display names are
    resolved by identity/named.py): every word, when `text` answers "whose account is it?"."""
    if not text or not replied or len(text) > _ANSWER_MAX or "@" in text or not _WHOSE.search(replied):
        return []
    return [w for w in re.findall(r"[^\s,.!?~:;()\[\]\"'`]+", replied)][:12]


def answers_me(text: str) -> bool:
    return bool(_ANSWER_ME.match(text or ""))
