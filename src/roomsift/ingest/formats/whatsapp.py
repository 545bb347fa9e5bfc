"""WhatsApp "Export chat" text files (`_chat.txt`, `WhatsApp Chat with X.txt`), with or
without media, as a file, a folder or a .zip.

Format reference: /shared/formats/whatsapp-txt.md; samples in /shared/samples/whatsapp/.
The file has no timezone, no ids and no fixed date format, so:
- times are `time_local` only (never `time_utc`), to the second on iOS, the minute on
  Android;
- day/month order is decided per written date shape over the whole file in a first
  streaming pass: a component above 12 settles it; otherwise the order under which the
  dates run forwards; otherwise the locale's usual order (US short dates are m/d/yy,
  everything else d/m/y). The decision and its basis go into the chat's `extra`;
- Buddhist ("2565 BE") and Japanese-era ("R4") years are converted to Gregorian,
  Arabic-Indic digits read as digits, bidi marks and narrow no-break spaces ignored in
  headers;
- senders are contact names from the exporting phone (identity basis "nickname", an
  account of its chat: `<chat>/<name>`, since a saved name is not an identity) or phone
  numbers (basis "phone", one account across chats); "You" in system lines is the
  exporter, an account of its own per chat;
- message ids come from (time, sender, text, occurrence) — see `_text.MessageIds`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from roomsift.ingest.compiled import speedups as _fast
from roomsift.ingest.errors import IngestError
from roomsift.ingest.formats._text import MessageIds, exporter_account_id, iter_lines, nickname_account_id, read_head, title_chat_id
from roomsift.ingest.formats._whatsapp_text import (
    BIDI,
    DELETED,
    SELF_NAMES,
    edited_suffix,
    has_bidi,
    hour_of,
    match_header,
    media_of,
    missed_call,
    notice,
    parse_system,
    phone_id,
    shape_key,
    shape_label,
    strip_bidi,
    year_of,
)
from roomsift.ingest.records import IDENTITY_NICKNAME, IDENTITY_PHONE, AccountRef, ActionTarget, ChatRecord, MessageRecord, Record
from roomsift.ingest.registry import Parser, register
from roomsift.ingest.source import ExportSource

PLATFORM = "whatsapp"
MAX_AUTHORS = 100_000  # names remembered by the first pass (memory bound)
_TITLE = re.compile(
    r"^(?:WhatsApp[ -]Chat(?: with| mit| con| avec| com| met| -)?|Chat WhatsApp s uživatelem|Чат WhatsApp с контактом|Chat de WhatsApp con)\s+(?P<t>.+)$"
)


@dataclass
class _Shape:
    """What the first pass learned about one written date shape."""

    a_over_12: int = 0
    b_over_12: int = 0
    year_first: bool = False
    prev_dmy: tuple = ()
    prev_mdy: tuple = ()
    back_dmy: int = 0  # dates running backwards if read as d/m
    back_mdy: int = 0
    us_like: bool = False
    order: str = ""
    basis: str = ""

    def see(self, m: re.Match) -> None:
        a_text, b_text, c = m.group("a", "b", "c")
        a, b = int(a_text), int(b_text)
        if len(a_text) == 4:
            self.year_first = True
            self.b_over_12 += b > 12
            return
        self.a_over_12 += a > 12
        self.b_over_12 += b > 12
        if self.a_over_12 or self.b_over_12:
            return  # decided by the numbers; chronology no longer needed
        dmy, mdy = (c, b, a), (c, a, b)
        if self.prev_dmy and dmy < self.prev_dmy:
            self.back_dmy += 1
        if self.prev_mdy and mdy < self.prev_mdy:
            self.back_mdy += 1
        self.prev_dmy, self.prev_mdy = dmy, mdy
        self.us_like = m.group("sep") == "/" and len(c) == 2 and not m.group("a").startswith("0")

    def decide(self) -> None:
        if self.year_first:
            self.order, self.basis = ("ydm", "day above 12") if self.b_over_12 else ("ymd", "year first")
        elif self.a_over_12 and not self.b_over_12:
            self.order, self.basis = "dmy", "day above 12"
        elif self.b_over_12 and not self.a_over_12:
            self.order, self.basis = "mdy", "day above 12"
        elif self.a_over_12 and self.b_over_12:
            self.order, self.basis = "per-line", "both orders occur; ambiguous lines follow the majority"
        elif self.back_dmy != self.back_mdy:
            self.order, self.basis = ("dmy" if self.back_dmy < self.back_mdy else "mdy"), "dates run forwards"
        else:
            self.order, self.basis = ("mdy" if self.us_like else "dmy"), "assumed from the date style (undecidable)"


@dataclass(slots=True)
class _Pending:
    lineno: int
    time_local: str
    author: str | None
    lines: list[str] = field(default_factory=list)


def _title_of(source: ExportSource, main_file: str) -> str:
    path = PurePosixPath(main_file)
    stem = path.stem
    if stem == "_chat":  # iOS: the zip (or the folder it was unpacked to) carries the name
        stem = path.parent.name if str(path.parent) != "." else (
            source.location.stem if source.container == "zip" else source.location.parent.name if source.container == "file" else source.location.name
        )
    m = _TITLE.match(stem)
    return m.group("t").strip() if m else stem


@register
class WhatsAppText(Parser):
    name = "whatsapp"
    platform = PLATFORM
    description = "WhatsApp chat export (.txt, with or without media, folder or .zip), iOS and Android, any locale"
    bytes_per_message = 60  # one line of a few words each

    @classmethod
    def detect(cls, source: ExportSource) -> list[str]:
        candidates = [source.single_file] if source.single_file else [p for p in source.files() if p.lower().endswith(".txt")]
        found = []
        for path in candidates:
            if not path or not path.lower().endswith(".txt"):
                continue
            first = next((ln for ln in read_head(source, path, 4096).splitlines() if ln.strip()), "")
            if match_header(first):
                found.append(path)
        return found

    def parse(self, source: ExportSource, main_file: str, on_read=None) -> Iterator[Record]:
        where = source.describe(main_file)
        shapes, authors, layouts = self._survey(source, main_file)
        if not shapes:
            raise IngestError("not a WhatsApp chat export (no line starts with a WhatsApp date)", file=where)
        title = _title_of(source, main_file)
        chat_id = title_chat_id(PLATFORM, title)
        yield ChatRecord(
            platform=PLATFORM, platform_id=chat_id, title=title, type=None, source_file=main_file,
            extra={
                "layout": max(layouts, key=layouts.get),
                "date_order": {shape_label(k): {"order": s.order, "basis": s.basis} for k, s in shapes.items()},
                "time_zone": "unknown (phone local time)",
                "identity": "contact names from the exporting phone, or phone numbers",
            },
        )
        folder = str(PurePosixPath(main_file).parent)
        emitter = _Emitter(chat_id, "" if folder == "." else folder + "/", authors)
        pending: _Pending | None = None
        self._dates: dict[tuple, str | None] = {}
        self._clocks: dict[tuple, str | None] = {}
        self._times: dict[tuple, str | None] = {}
        if _fast is not None:  # the same loop, compiled (roomsift.ingest._speedups.whatsapp_messages)
            yield from _fast.whatsapp_messages(self, iter_lines(source, main_file, on_read), shapes, emitter)
            return
        for lineno, line in iter_lines(source, main_file, on_read):
            header = match_header(line)
            time_local = self._time(header, shapes) if header else None
            if time_local is None:
                if pending is not None:
                    pending.lines.append(line)
                continue
            if pending is not None:
                yield emitter(pending)
            author, text = emitter.split(header[1].group("rest"))
            pending = _Pending(lineno, time_local, author, [text])
        if pending is not None:
            yield emitter(pending)

    @staticmethod
    def _survey(source: ExportSource, main_file: str) -> tuple[dict[tuple, _Shape], set[str], dict[str, int]]:
        """First streaming pass: date shapes and the names that appear as authors."""
        if _fast is not None:  # the same pass, compiled (roomsift.ingest._speedups.whatsapp_survey)
            return _fast.whatsapp_survey(iter_lines(source, main_file), sys.modules[__name__])
        shapes: dict[tuple, _Shape] = {}
        authors: set[str] = set()
        layouts: dict[str, int] = {}
        # A header repeating the previous header's date (most of them: many messages a
        # day) would only add its (day > 12, month > 12) to the same shape's counters.
        last_date: tuple = ()
        last_shape, last_a, last_b = None, 0, 0
        for _lineno, line in iter_lines(source, main_file):
            header = match_header(line)
            if header is None:
                continue
            layout, m = header
            layouts[layout] = layouts.get(layout, 0) + 1
            date = (layout, *m.group("a", "sep", "b", "c", "be"))
            if date == last_date:
                last_shape.a_over_12 += last_a
                last_shape.b_over_12 += last_b
            else:
                key = shape_key(layout, m)
                shape = shapes.get(key)
                if shape is None:
                    shape = shapes[key] = _Shape()
                shape.see(m)
                last_date, last_shape = date, shape
                last_a = 0 if len(date[1]) == 4 else int(date[1]) > 12
                last_b = int(date[3]) > 12
            rest = m.group("rest")
            cut = rest.find(": ")
            if cut > 0 and len(authors) < MAX_AUTHORS:
                name = rest[:cut]
                if name not in authors:
                    authors.add(name)
                    authors.add(strip_bidi(name).strip())
        for shape in shapes.values():
            shape.decide()
        return shapes, authors, layouts

    def _time(self, header: tuple[str, re.Match], shapes: dict[tuple, _Shape]) -> str | None:
        """`_time_of`, memoised on every part of the written stamp it reads (one lookup a
        line: messages of one minute share their stamp)."""
        layout, m = header
        key = (layout, *m.group("a", "sep", "b", "c", "be", "ap1", "h", "mi", "s", "ap2"))
        found = self._times.get(key, False)
        if found is False:
            found = self._time_of(header, shapes)
            if len(self._times) > 50_000:
                self._times.clear()
            self._times[key] = found
        return found

    def _time_of(self, header: tuple[str, re.Match], shapes: dict[tuple, _Shape]) -> str | None:
        """Local ISO time of a header under its shape's day/month order; None when the
        date or clock is impossible (then the line was text, not a header). Dates and
        clocks repeat line after line, so both are memoised (bounded)."""
        layout, m = header
        date_key = (layout, *m.group("a", "sep", "b", "c", "be"))
        date = self._dates.get(date_key, False)
        if date is False:
            _layout, a, _sep, b, c, _be = date_key
            date = self._date(shapes.get(shape_key(layout, m)), m, a, b, c)
            if len(self._dates) > 50_000:
                self._dates.clear()
            self._dates[date_key] = date
        if date is None:
            return None
        clock_key = m.group("ap1", "h", "mi", "s", "ap2")
        clock = self._clocks.get(clock_key, False)
        if clock is False:
            hour, minute = hour_of(m), int(clock_key[2])
            clock = None if hour is None or minute > 59 else f"{hour:02d}:{minute:02d}" + (f":{int(clock_key[3]):02d}" if clock_key[3] is not None else "")
            self._clocks[clock_key] = clock  # at most a few thousand distinct clocks
        return None if clock is None else f"{date}T{clock}"

    @staticmethod
    def _date(shape: _Shape | None, m: re.Match, a_text: str, b_text: str, c_text: str) -> str | None:
        if shape is None:
            return None
        a, b = int(a_text), int(b_text)
        order = shape.order
        if order == "per-line":
            order = "dmy" if a > 12 else "mdy" if b > 12 else ("dmy" if shape.a_over_12 >= shape.b_over_12 else "mdy")
        if order in ("ymd", "ydm"):
            year, _calendar = year_of(m, a_text)
            month, day = (b, int(c_text)) if order == "ymd" else (int(c_text), b)
        else:
            year, _calendar = year_of(m, c_text)
            day, month = (a, b) if order == "dmy" else (b, a)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"


class _Emitter:
    def __init__(self, chat_id: str, folder: str, authors: set[str]):
        self.chat_id = chat_id
        self.folder = folder
        self.authors = authors
        self.ids = _fast.MessageIds(PLATFORM) if _fast is not None else MessageIds(PLATFORM)
        self.exporter = exporter_account_id(chat_id)
        self._accounts: dict[str, AccountRef] = {}  # records share one AccountRef per sender

    def split(self, rest: str) -> tuple[str | None, str]:
        """(author, text) of a header's remainder; author None for system lines."""
        cut = rest.find(": ")
        if cut > 0 and '"' not in rest[:cut]:
            return rest[:cut], rest[cut + 2 :]
        head, colon, tail = rest.partition(":")
        if colon and strip_bidi(head).strip() in self.authors:  # "John Doe:." / "John Doe:" + next line
            return head, tail
        return None, rest

    def account(self, shown: str) -> AccountRef:
        ref = self._accounts.get(shown)
        if ref is None:
            ref = self._accounts[shown] = self._new_account(shown)
            if len(self._accounts) > MAX_AUTHORS:
                self._accounts.clear()
        return ref

    def _new_account(self, shown: str) -> AccountRef:
        name = strip_bidi(shown).strip()
        if name in SELF_NAMES:
            return AccountRef(platform_id=self.exporter, name=name, identity_basis=IDENTITY_NICKNAME)
        phone = phone_id(name)
        if phone:
            return AccountRef(platform_id=phone, name=name, identity_basis=IDENTITY_PHONE)
        shown_as = name.lstrip("~").strip() or name
        return AccountRef(platform_id=nickname_account_id(self.chat_id, shown_as), name=name, identity_basis=IDENTITY_NICKNAME)

    def __call__(self, p: _Pending) -> MessageRecord:
        text = "\n".join(p.lines).rstrip("\n")
        text = text.lstrip(BIDI)  # marks the app puts before notices and placeholders
        if p.author is None:
            return self._system(p, text)
        sender = self.account(p.author)
        rec = MessageRecord(platform_id=0, kind="message", sender=sender, sender_name=sender.name, time_local=p.time_local, text=text)
        action = notice(text) if len(text) >= 20 else None  # (every notice is longer)
        plain = has_bidi(text) is None  # then neither it nor its parts need their marks stripped
        system = parse_system(text) if p.lines and p.lines[0][:1] in BIDI and "\n" not in text else None
        if action is not None:  # iOS writes notices as messages of the chat's name
            rec.kind, rec.action, rec.sender = "service", action, None
        elif system is not None and system[0] is not None:
            # iOS writes a group's system lines ("A님이 B님을 추가했습니다.") as messages of
            # the group's name, marked with a left-to-right mark: they are service actions
            return self._system(p, text)
        elif len(text) < 40 and missed_call(text, plain):
            rec.kind, rec.action, rec.extra = "service", "phone_call", {"discard_reason": "missed"}
        else:
            first, _, caption = text.partition("\n")
            found = media_of(first, self.folder, plain)
            if found is not None:
                rec.media.append(found[0])
                rec.text = caption
            if rec.text.endswith(">"):
                rec.text, edited = edited_suffix(rec.text)
                if edited:
                    rec.extra["edited"] = True
            if len(rec.text) < 60 and (rec.text if plain else strip_bidi(rec.text)).strip() in DELETED:
                rec.extra["deleted"] = True
        rec.platform_id = self.ids.next(p.time_local, sender.name or "", text, p.lineno)
        return rec

    def _system(self, p: _Pending, text: str) -> MessageRecord:
        action, actor, targets, extra = parse_system(text)
        rec = MessageRecord(platform_id=0, kind="service", time_local=p.time_local, text=text, action=action, extra=extra)
        if actor:
            rec.sender = self.account(actor)
            rec.sender_name = rec.sender.name
        rec.targets = [ActionTarget("member", strip_bidi(t).strip(), self.account(t)) for t in targets]
        rec.platform_id = self.ids.next(p.time_local, "(system)", text, p.lineno)
        return rec
