"""KakaoTalk chat exports: Windows PC .txt, Android .txt, iOS .txt and macOS .csv, each
in the Korean or English UI.

Format reference: /shared/formats/kakaotalk.md; samples in /shared/samples/kakaotalk/
(the same conversation exported on all four platforms). What the exports know, and so
what roomsift keeps:
- senders are nicknames as shown on the exporting device (identity basis "nickname"):
  a nickname is not an identity, so each is an account of its chat
  (`<chat>/<nickname>`); the same nickname in two chats is two accounts until evidence
  links them. The exporter appears as 회원님/You/you on Android and iOS and gets an
  account of its own per chat (`exporter-of-<chat>`);
- times are device-local with no zone: `time_local` only, never `time_utc`; to the
  minute (to the second on macOS); Windows service lines carry only their day;
- media never travel with a text export: placeholders become media records with
  status not_included (the placeholder itself is kept in the media record);
- message ids are derived from (time, sender, text, occurrence) — see `_text.MessageIds`.
Layout quirks are handled where they matter: day separators and day headers, multi-line
messages (continuation lines, including blank ones), service lines without a sender
(Windows: without a time either), Android's mixed line endings and BOM, macOS CSV quoting.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from roomsift.ingest.compiled import speedups as _fast
from roomsift.ingest.errors import IngestError
from roomsift.ingest.formats._kakaotalk_text import (
    IOS_DAY_HEADER,
    MEDIA_FIRST_CHARS,
    match_timestamp,
    media_placeholder,
    quick_timestamp,
    parse_day,
    parse_service,
    service_needs_known_actor,
    windows_time,
)
from roomsift.ingest.formats._text import MessageIds, exporter_account_id, iter_lines, looks_cp949, nickname_account_id, open_text, read_head, title_chat_id
from roomsift.ingest.records import IDENTITY_NICKNAME, AccountRef, ActionTarget, ChatRecord, MessageRecord, Record
from roomsift.ingest.registry import Parser, register
from roomsift.ingest.source import ExportSource

PLATFORM = "kakaotalk"
SELF_LABELS = {"회원님", "you", "You"}  # how Android and iOS exports name the exporter

_TITLES = [
    re.compile(r"^(?P<t>.+?) ?님과 카카오톡 대화$"),  # Windows/Android ko
    re.compile(r"^(?P<t>.+?) with KakaoTalk Chats$"),  # Windows (2015 builds, both UIs)
    re.compile(r"^KakaoTalk Chats with (?P<t>.+?)(?:-\d+\.txt)?$"),  # Android/iOS en
    re.compile(r"^(?P<t>.+?)(?:과|와) 카카오톡 대화(?:-\d+)?\.txt$"),  # iOS ko
]
_SAVED = re.compile(r"^(?:저장한 날짜|Date Saved) ?: ?(?P<saved>.*)$")
_CSV_HEADER = "Date,User,Message"
_MAC_FILE = re.compile(r"^KakaoTalk_Chat_(?P<t>.+)_\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.csv$")
_COUNT_SUFFIX = re.compile(r"\s*\((?:\d+명|\d+ people|\d+)\)$")
_WIN_SEP = re.compile(r"^-{15} (?P<day>.+) -{15}$")
_WIN_MSG = re.compile(r"^\[(?P<name>.+?)\] \[(?P<time>[^\]]{3,12})\](?: (?P<text>.*))?$")
_MAC_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})$")


def _sniff(head: str) -> tuple[str, str | None, str | None] | None:
    """(layout family, title, saved-date text) if `head` is a KakaoTalk export."""
    lines = head.splitlines()
    if not lines:
        return None
    first = lines[0].strip()
    if first == _CSV_HEADER:
        return "mac", None, None
    title = next((m.group("t") for rx in _TITLES if (m := rx.match(first))), None)
    saved = _SAVED.match(lines[1].strip()) if len(lines) > 1 else None
    if title is None or saved is None:
        return None
    body = lines[2:]
    if any(_WIN_SEP.match(line) or _WIN_MSG.match(line) for line in body):
        return "windows", title, saved.group("saved")
    return "timestamped", title, saved.group("saved")


def _chat_key(title: str) -> str:
    """What identifies the room across exports of one device kind: the title without the
    member count that KakaoTalk appends ("(4명)", "(4 people)", Android's trailing " 4")."""
    key = _COUNT_SUFFIX.sub("", title)
    if "," in key:  # Android's auto title lists members, then the count
        key = re.sub(r"\s+\d+$", "", key)
    return key


@dataclass(slots=True)
class _Pending:
    lineno: int
    time_local: str | None
    sender: str | None  # nickname as shown; None for service lines without an actor
    kind: str
    lines: list[str] = field(default_factory=list)


@register
class KakaoTalkExport(Parser):
    name = "kakaotalk"
    platform = PLATFORM
    description = "KakaoTalk chat export: Windows/Android/iOS .txt or macOS .csv, Korean or English UI"
    bytes_per_message = 60  # one line of a few words each
    # The export writes the phone's clock without a zone. KakaoTalk is a Korean messenger and
    # its exports come from Korean phones: read them as Korea time unless `--tz` says otherwise.
    default_tz = "Asia/Seoul"

    @classmethod
    def detect(cls, source: ExportSource) -> list[str]:
        if source.single_file:
            candidates = [source.single_file]
        else:
            candidates = [p for p in source.files() if p.lower().endswith((".txt", ".csv"))]
        return [p for p in candidates if p.lower().endswith((".txt", ".csv")) and _sniff(read_head(source, p))]

    @classmethod
    def explain_miss(cls, source: ExportSource) -> str | None:
        """KakaoTalk for Windows in Korean saved exports in CP949 for years: say so instead
        of "no known format" (we never guess an encoding while ingesting evidence)."""
        candidates = [source.single_file] if source.single_file else [p for p in source.files() if p.lower().endswith((".txt", ".csv"))]
        for path in candidates:
            if not path or not path.lower().endswith((".txt", ".csv")):
                continue
            with source.open(path) as fh:
                head = fh.read(4096)
            try:
                head.decode("utf-8")
                continue
            except UnicodeDecodeError as exc:
                if exc.start >= len(head) - 3:  # a character cut at the end of the head
                    continue
            if looks_cp949(head) and _sniff(head.decode("cp949", errors="ignore")):
                return (("" if source.single_file else f"{path}: ") + "not UTF-8 (looks like CP949, KakaoTalk's legacy Korean encoding); "
                        "convert it first, e.g. iconv -f CP949 -t UTF-8 IN > OUT, and ingest the copy")
        return None

    def parse(self, source: ExportSource, main_file: str, on_read=None) -> Iterator[Record]:
        sniffed = _sniff(read_head(source, main_file))
        where = source.describe(main_file)
        if sniffed is None:
            raise IngestError("not a KakaoTalk export (no KakaoTalk header line)", file=where)
        family, title, saved = sniffed
        if family == "mac":
            yield from self._mac(source, main_file, where, on_read)
        else:
            yield from self._text(source, main_file, where, family, title or "", saved, on_read)

    # -- Windows, Android, iOS ----------------------------------------------------------
    def _text(self, source, main_file, where, family, title, saved, on_read) -> Iterator[Record]:
        layout = "windows" if family == "windows" else ("ios" if source_title_is_ios(source, main_file) else "android")
        chat_id = title_chat_id(PLATFORM, layout, _chat_key(title))
        yield ChatRecord(
            platform=PLATFORM, platform_id=chat_id, title=title, type=None, source_file=main_file,
            extra={"layout": layout, "saved": saved, "time_zone": "unknown (device local time)", "identity": "nicknames as shown on the exporting device"},
        )
        ids = _message_ids(PLATFORM)
        emit = _Emitter(chat_id, ids)
        lines = iter_lines(source, main_file, on_read)
        next(lines, None), next(lines, None)  # title and saved-date lines
        if layout == "windows":
            yield from self._windows(lines, emit, where)
        elif _fast is not None:  # the same loop as _timestamped, compiled
            yield from _fast.kakao_timestamped(lines, emit)
        else:
            yield from self._timestamped(lines, emit)

    def _timestamped(self, lines, emit: "_Emitter") -> Iterator[MessageRecord]:
        pending: _Pending | None = None
        preferred: list[int] = []
        for lineno, line in lines:
            ts = None
            if line[:1].isalnum():
                ts = quick_timestamp(line, preferred) or match_timestamp(line, preferred)
            if ts is not None:
                time_local, end = ts[-2:]
                rest = line[end:]
                new: _Pending | None = None
                if rest == "":  # Android day header: the first message's timestamp alone
                    new = None
                elif rest.startswith(", "):
                    body = rest[2:]
                    cut = body.find(" : ")
                    if cut >= 0:
                        new = _Pending(lineno, time_local, body[:cut], "message", [body[cut + 3 :]])
                    elif body.endswith(" :"):
                        new = _Pending(lineno, time_local, body[:-2], "message", [""])
                    else:  # Android service line: "<ts>, <sentence>"
                        new = _Pending(lineno, time_local, None, "service", [body])
                elif rest.startswith(": "):  # iOS service line: "<ts>: <sentence>"
                    new = _Pending(lineno, time_local, None, "service", [rest[2:]])
                else:
                    if pending is not None:
                        pending.lines.append(line)
                    continue
                if pending is not None:
                    yield emit(pending)
                pending = new
            elif IOS_DAY_HEADER.match(line):
                if pending is not None:
                    yield emit(pending)
                pending = None
            elif pending is not None:
                pending.lines.append(line)
            # text before the first message (blank lines after the header) is layout
        if pending is not None:
            yield emit(pending)

    def _windows(self, lines, emit: "_Emitter", where: str) -> Iterator[MessageRecord]:
        pending: _Pending | None = None
        day: str | None = None
        for lineno, line in lines:
            sep = _WIN_SEP.match(line) if line.startswith("-") else None
            if sep is not None:
                if pending is not None:
                    yield emit(pending)
                pending = None
                day = parse_day(sep.group("day"))
                if day is None:
                    raise IngestError(f"unreadable day separator {sep.group('day')!r}", file=where, position=f"line {lineno}")
                continue
            m = _WIN_MSG.match(line) if line.startswith("[") else None
            clock = windows_time(m.group("time")) if m else None
            if m is not None and clock is not None:
                if day is None:
                    raise IngestError("message before the first day separator", file=where, position=f"line {lineno}")
                if pending is not None:
                    yield emit(pending)
                hour, minute = clock
                pending = _Pending(lineno, f"{day}T{hour:02d}:{minute:02d}", m.group("name"), "message", [m.group("text") or ""])
                continue
            # Windows service lines have neither sender nor time; tell them from a
            # message's continuation lines by their fixed sentences.
            service = parse_service(line.strip()) if line.strip() else None
            if service is not None and (
                not service_needs_known_actor(service[0]) or (service[1] or "") in emit.senders
            ):
                if pending is not None:
                    yield emit(pending)
                pending = _Pending(lineno, day, None, "service", [line.strip()])
            elif pending is not None:
                pending.lines.append(line)
        if pending is not None:
            yield emit(pending)

    # -- macOS CSV ----------------------------------------------------------------------
    def _mac(self, source, main_file, where, on_read) -> Iterator[Record]:
        name = main_file.rsplit("/", 1)[-1]
        m = _MAC_FILE.match(name)
        title = m.group("t") if m else name.rsplit(".", 1)[0]
        chat_id = title_chat_id(PLATFORM, "mac", title)
        yield ChatRecord(
            platform=PLATFORM, platform_id=chat_id, title=title, type=None, source_file=main_file,
            extra={"layout": "mac", "time_zone": "unknown (device local time)", "identity": "nicknames as shown on the exporting device"},
        )
        emit = _Emitter(chat_id, _message_ids(PLATFORM))
        text, _ = open_text(source, main_file, on_read)
        with text:
            reader = csv.reader(text)
            try:
                header = next(reader, None)
                if header is None or ",".join(header).lstrip("\ufeff") != _CSV_HEADER:
                    raise IngestError("not a KakaoTalk macOS export (header is not Date,User,Message)", file=where, position="line 1")
                for row in reader:
                    if not row:
                        continue
                    if len(row) != 3:
                        raise IngestError(f"expected 3 columns, found {len(row)}", file=where, position=f"line {reader.line_num}")
                    date, user, message = row
                    tm = _MAC_TIME.match(date)
                    if tm is None:
                        raise IngestError(f"unreadable date {date!r}", file=where, position=f"line {reader.line_num}")
                    time_local = f"{tm.group(1)}T{tm.group(2)}"
                    service = parse_service(message)
                    if service is not None and service[1] == user:
                        yield emit(_Pending(reader.line_num, time_local, None, "service", [message]))
                    else:
                        yield emit(_Pending(reader.line_num, time_local, user or None, "message", [message]))
            except csv.Error as exc:
                raise IngestError(f"malformed CSV: {exc}", file=where, position=f"line {reader.line_num}") from None
            except UnicodeDecodeError as exc:
                raise IngestError(f"not UTF-8 text: {exc.reason}", file=where, position=f"line {reader.line_num + 1}") from None


def _message_ids(scope: str):
    """MessageIds, compiled when the extension is built (the same ids)."""
    return _fast.MessageIds(scope) if _fast is not None else MessageIds(scope)


def source_title_is_ios(source: ExportSource, main_file: str) -> bool:
    """iOS exports name their own file in the title line ("…-1.txt")."""
    first = read_head(source, main_file, 1024).splitlines()[:1]
    return bool(first) and first[0].strip().endswith(".txt")


class _Emitter:
    """Turns a finished pending message into a MessageRecord (accounts, media, service
    action, stable id)."""

    def __init__(self, chat_id: str, ids: MessageIds):
        self.chat_id = chat_id
        self.ids = ids
        self.senders: set[str] = set()  # nicknames seen so far (bounded by the room's members)
        self.exporter = exporter_account_id(chat_id)
        self._accounts: dict[str, AccountRef] = {}  # one shared AccountRef per nickname

    def account(self, name: str) -> AccountRef:
        ref = self._accounts.get(name)
        if ref is None:
            ref = self._accounts[name] = self._new_account(name)
        return ref

    def _new_account(self, name: str) -> AccountRef:
        if name in SELF_LABELS:
            return AccountRef(platform_id=self.exporter, name=name, identity_basis=IDENTITY_NICKNAME)
        return AccountRef(platform_id=nickname_account_id(self.chat_id, name), name=name, identity_basis=IDENTITY_NICKNAME)

    def __call__(self, p: _Pending) -> MessageRecord:
        text = "\n".join(p.lines).rstrip("\n")  # blank lines before a day header are layout
        if p.kind == "service":
            return self._service(p, text)
        if len(self.senders) < 100_000:
            self.senders.add(p.sender or "")
        rec = MessageRecord(platform_id=0, kind="message", time_local=p.time_local, text=text)
        if p.sender is not None:
            rec.sender = self.account(p.sender)
            rec.sender_name = p.sender
        media = media_placeholder(text) if text[:1] in MEDIA_FIRST_CHARS and "\n" not in text else None
        key = text
        if media is not None:
            rec.media.append(media)
            rec.text = ""
            key = f"[{media.kind}]"  # the same across UI languages (사진 / photo / <Photo>)
        who = "(exporter)" if p.sender in SELF_LABELS else (p.sender or "")
        rec.platform_id = self.ids.next(p.time_local or "", who, key, p.lineno)
        return rec

    def _service(self, p: _Pending, text: str) -> MessageRecord:
        rec = MessageRecord(platform_id=0, kind="service", time_local=p.time_local, text=text)
        parsed = parse_service(text)
        key = text
        if parsed is not None:
            action, actor, targets = parsed
            rec.action = action
            if actor:
                rec.sender = self.account(actor)
                rec.sender_name = actor
            rec.targets = [ActionTarget(t.role, t.name, self.account(t.name)) for t in targets if t.name]
            # Language-independent key: "A님이 B님을 초대했습니다" and "A invited B." agree.
            key = f"{action}|{actor or ''}|{'|'.join(t.name or '' for t in targets)}"
        rec.platform_id = self.ids.next(p.time_local or "", "(service)", key, p.lineno)
        return rec
