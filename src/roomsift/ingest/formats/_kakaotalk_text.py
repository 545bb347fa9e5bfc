"""KakaoTalk's words: timestamps, service sentences and media placeholders (ko/en).

Kept apart from the parser (`kakaotalk.py`) so the grammar of each export layout reads
on its own. Registers no parser.
"""

from __future__ import annotations

import re

from roomsift.ingest.records import MEDIA_NOT_INCLUDED, ActionTarget, MediaRecord

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], 1)}
MONTHS.update({name[:3]: i for name, i in list(MONTHS.items())})
MONTHS["sept"] = 9

# Timestamps that open a message line (Android and iOS layouts). Each returns
# (year, month, day, hour, minute) through `ts_parts`.
_TS_PATTERNS = [
    # Android ko: 2015년 7월 9일 오후 8:34
    ("android", re.compile(r"(?P<y>\d{4})년 (?P<mo>\d{1,2})월 (?P<d>\d{1,2})일 (?P<ap>오전|오후) (?P<h>\d{1,2}):(?P<mi>\d{2})")),
    # iOS ko: 2015. 7. 9. 오후 8:34   (newer builds may drop the marker for a 24-h clock)
    ("ios", re.compile(r"(?P<y>\d{4})\. (?P<mo>\d{1,2})\. (?P<d>\d{1,2})\. (?:(?P<ap>오전|오후) )?(?P<h>\d{1,2}):(?P<mi>\d{2})")),
    # Android en (2020) "February 10, 2016, 2:33 AM" and iOS en "Jul 9, 2015, 8:34 PM"
    ("android", re.compile(r"(?P<mon>[A-Z][a-z]+) (?P<d>\d{1,2}), (?P<y>\d{4}),? (?P<h>\d{1,2}):(?P<mi>\d{2}) (?P<ap>[AP]M)")),
    # Android en (2015): 8:34pm, July 9, 2015
    ("android", re.compile(r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?P<ap>[ap]m), (?P<mon>[A-Z][a-z]+) (?P<d>\d{1,2}), (?P<y>\d{4})")),
]

# Day headers that carry no message (iOS: "2015년 7월 9일 목요일", "Thursday, July 9, 2015",
# newer "2025. 10. 14. 월요일"; Windows separators hold the same text between dashes).
_KO_DATE = re.compile(r"(?P<y>\d{4})(?:년|\.) ?(?P<mo>\d{1,2})(?:월|\.) ?(?P<d>\d{1,2})(?:일|\.)")
_EN_DATE = re.compile(r"(?:[A-Z][a-z]+, )?(?P<mon>[A-Z][a-z]{2,8})\.? (?P<d>\d{1,2}), (?P<y>\d{4})")
IOS_DAY_HEADER = re.compile(r"^(?:\d{4}년 \d{1,2}월 \d{1,2}일 \S+요일|\d{4}\. \d{1,2}\. \d{1,2}\. \S+요일|[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4})$")

# Windows clock inside "[name] [오후 2:37]" / "[2:37 PM]" / "[20:36]".
_WIN_TIME = re.compile(r"^(?:(?P<ap1>오전|오후) )?(?P<h>\d{1,2}):(?P<mi>\d{2})(?: (?P<ap2>[AP]M))?$")


def _hour(h: int, marker: str | None) -> int | None:
    if marker is None:
        return h if 0 <= h <= 23 else None
    if not 1 <= h <= 12 and not (h == 0 and marker in ("오전", "AM", "am")):
        return None
    pm = marker in ("오후", "PM", "pm")
    return (h % 12) + (12 if pm else 0)


def _month(m: re.Match) -> int | None:
    if m.groupdict().get("mo"):
        return int(m.group("mo"))
    return MONTHS.get(m.group("mon").lower())


def iso_minute(y: int, mo: int, d: int, h: int, mi: int) -> str:
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}"


_STAMPS: dict[str, str | None] = {}


def match_timestamp(line: str, preferred: list[int]) -> tuple[str, str, int] | None:
    """If `line` starts with a message timestamp: (layout, ISO local time to the minute,
    end offset). `preferred` holds the index of the pattern that matched last (files use
    one pattern throughout, so it is tried first). Stamp texts repeat minute after minute,
    so their conversion is memoised (bounded)."""
    first = preferred[0] if preferred else -1
    if first >= 0:
        found = _try(first, line)
        if found is not None:
            return found
    for i in range(len(_TS_PATTERNS)):
        if i != first:
            found = _try(i, line)
            if found is not None:
                preferred[:] = [i]
                return found
    return None


def quick_timestamp(line: str, preferred: list[int]) -> tuple[str, int] | None:
    """(ISO local time, end offset) when `line` starts with a stamp of the preferred
    pattern already converted before (nearly every line of a long export); None means
    "ask `match_timestamp`", which gives the same answer for the lines this one takes."""
    if not preferred:
        return None
    m = _TS_PATTERNS[preferred[0]][1].match(line)
    if m is None:
        return None
    iso = _STAMPS.get(m.group(0))
    return None if iso is None else (iso, m.end())


def _try(i: int, line: str) -> tuple[str, str, int] | None:
    layout, rx = _TS_PATTERNS[i]
    m = rx.match(line)
    if not m:
        return None
    stamp = m.group(0)
    iso = _STAMPS.get(stamp, False)
    if iso is False:
        iso = _stamp_iso(m)
        if len(_STAMPS) > 50_000:
            _STAMPS.clear()
        _STAMPS[stamp] = iso
    return None if iso is None else (layout, iso, m.end())


def _stamp_iso(m: re.Match) -> str | None:
    mo = _month(m)
    hour = _hour(int(m.group("h")), m.group("ap"))
    if mo is None or hour is None or not 1 <= mo <= 12 or int(m.group("mi")) > 59:
        return None
    return iso_minute(int(m.group("y")), mo, int(m.group("d")), hour, int(m.group("mi")))


def parse_day(text: str) -> str | None:
    """ISO date of a day header / separator text, ko or en."""
    m = _KO_DATE.search(text) or _EN_DATE.search(text)
    if not m:
        return None
    mo = _month(m)
    if mo is None:
        return None
    return f"{int(m.group('y')):04d}-{mo:02d}-{int(m.group('d')):02d}"


_CLOCKS: dict[str, tuple[int, int] | None] = {}


def windows_time(text: str) -> tuple[int, int] | None:
    """(hour, minute) of a Windows clock ("오후 2:37", "2:37 PM", "20:36"); memoised,
    there are at most a few thousand distinct clock texts."""
    if text in _CLOCKS:
        return _CLOCKS[text]
    if len(_CLOCKS) > 10_000:
        _CLOCKS.clear()
    _CLOCKS[text] = clock = _windows_time(text)
    return clock


def _windows_time(text: str) -> tuple[int, int] | None:
    m = _WIN_TIME.match(text)
    if not m:
        return None
    hour = _hour(int(m.group("h")), m.group("ap1") or m.group("ap2"))
    if hour is None or int(m.group("mi")) > 59:
        return None
    return hour, int(m.group("mi"))


# --- service sentences --------------------------------------------------------------
# (action, regex); groups: actor (who did it), targets (members it was done to), who
# (the member when actor and member are one). Telegram's action names where the meaning
# is the same; a leave is "leave_group".
_KO_NAMES_SPLIT = re.compile(r"님과 |님, |님,")
_EN_NAMES_SPLIT = re.compile(r", and |, | and ")
_SERVICE = [
    ("invite_members", "ko", re.compile(r"^(?P<actor>.+?)님이 (?P<targets>.+)님[을를] 초대(?:했|하였)습니다\.?$")),
    ("join_group_by_link", "ko", re.compile(r"^(?P<who>.+?)님이 들어왔습니다\.?$")),
    ("leave_group", "ko", re.compile(r"^(?P<who>.+?)님이 나갔습니다\.?$")),
    ("remove_members", "ko", re.compile(r"^(?:(?P<actor>.+?)님이 )?(?P<targets>.+?)님[을를] 내보냈습니다\.?$")),
    ("invite_members", "en", re.compile(r"^(?P<actor>.+?) invited (?P<targets>.+?)\.?$")),
    ("join_group_by_link", "en", re.compile(r"^(?P<who>.+?) (?:joined this chatroom|entered this chatroom|has joined)\.?$")),
    ("leave_group", "en", re.compile(r"^(?P<who>.+?) (?:left this chatroom|has left|left the chatroom|left)\.$")),
    ("remove_members", "en", re.compile(r"^(?:(?P<actor>.+?) )?(?:removed|kicked) (?P<targets>.+?)(?: from this chatroom)?\.$")),
]
#: actions whose English sentence is too ordinary to trust in a line without a timestamp
_NEEDS_KNOWN_ACTOR = {"invite_members", "remove_members"}


def parse_service(text: str) -> tuple[str, str | None, list[ActionTarget]] | None:
    """(action, actor name, targets) of a KakaoTalk service sentence, or None."""
    for action, lang, rx in _SERVICE:
        m = rx.match(text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("who"):
            who = groups["who"]
            return action, who, [ActionTarget("member", who)]
        split = _KO_NAMES_SPLIT if lang == "ko" else _EN_NAMES_SPLIT
        # macOS drops invitee names and leaves "A invited B and." behind: trim the dangling "and"
        listed = re.sub(r",? and$", "", groups["targets"]) if lang == "en" else groups["targets"]
        names = [n.strip() for n in split.split(listed) if n.strip()]
        return action, groups.get("actor"), [ActionTarget("member", n) for n in names]
    return None


def service_needs_known_actor(action: str) -> bool:
    return action in _NEEDS_KNOWN_ACTOR


# --- media placeholders ---------------------------------------------------------------
_PLACEHOLDERS = {
    "사진": "photo", "photo": "photo",
    "동영상": "video_file", "video": "video_file",
    "이모티콘": "sticker", "emoticon": "sticker",
    "음성메시지": "voice_message", "voice message": "voice_message",
    "보이스톡": "voice_message",
}
_FIRST_CHARS = {c for p in _PLACEHOLDERS for c in (p[0], p[0].upper())} | set("<(파F0123456789Pp")
MEDIA_FIRST_CHARS = _FIRST_CHARS  # a placeholder starts with one of these (callers skip the call otherwise)
_MULTI_PHOTO = re.compile(r"^(?:사진 (?P<n1>\d+)장|(?P<n2>\d+) photos|photos? \((?P<n3>\d+)\))$", re.I)
_FILE = re.compile(r"^(?:파일|File): (?P<name>.+)$")


def media_placeholder(text: str) -> MediaRecord | None:
    """The media a whole-message placeholder stands for (`사진`, `<Photo>`, `(사진)`,
    `파일: name`...). KakaoTalk text exports never include the files."""
    if len(text) > 80 or text[:1] not in _FIRST_CHARS:  # most messages skip the work
        return None
    t = text.strip()
    inner = t[1:-1] if len(t) > 2 and (t[0], t[-1]) in (("<", ">"), ("(", ")")) else t
    kind = _PLACEHOLDERS.get(inner.lower())
    if kind:
        return MediaRecord(kind=kind, path=None, status=MEDIA_NOT_INCLUDED, extra={"placeholder": t})
    m = _MULTI_PHOTO.match(inner)
    if m:
        count = int(m.group("n1") or m.group("n2") or m.group("n3"))
        return MediaRecord(kind="photo", path=None, status=MEDIA_NOT_INCLUDED, extra={"placeholder": t, "count": count})
    m = _FILE.match(t)
    if m:
        return MediaRecord(kind="file", path=None, status=MEDIA_NOT_INCLUDED, file_name=m.group("name"), extra={"placeholder": t})
    return None
