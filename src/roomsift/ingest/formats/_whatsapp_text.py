"""WhatsApp's words: header grammar, calendars, system sentences and media placeholders.

Kept apart from the parser (`whatsapp.py`); registers no parser. The phrase tables hold
the locales of the samples plus common ones; an unknown localised system line is still
kept (as a service message without an action), never dropped.
"""

from __future__ import annotations

import re

from roomsift.ingest.records import MEDIA_INCLUDED, MEDIA_NOT_INCLUDED, MediaRecord

BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_B = f"[{BIDI}]*"
_STRIP_BIDI = str.maketrans("", "", BIDI)

# Korean-locale iPhones write "2020. 2. 17." (a space after each dot).
_DATE = (
    rf"(?P<a>\d{{1,4}}){_B}(?P<sep>[./-]) ?{_B}(?P<b>\d{{1,2}}){_B}[./-] ?{_B}"
    rf"(?P<c>\d{{1,4}}|[MTSHR]\d{{1,2}})(?P<be> BE)?\.?{_B}"
)
_JOIN = r"(?:[,،]? |\s+klo\s+)"
_TIME = (
    rf"(?:(?P<ap1>오전|오후|午前|午後) ?)?(?P<h>\d{{1,2}})[:.](?P<mi>\d{{2}})(?:[:.](?P<s>\d{{2}}))?"
    rf"(?:[ \u202f\u00a0]?(?P<ap2>[AaPp]\.? ?[Mm]\.?|م|ص|오전|오후))?\.?{_B}"
)
ANDROID_HEADER = re.compile(rf"^{_B}{_DATE}{_JOIN}{_TIME} [-–] {_B}(?P<rest>.*)$")
IOS_HEADER = re.compile(rf"^{_B}\[{_DATE}{_JOIN}{_TIME}\] {_B}(?P<rest>.*)$")

_PM = {"p", "م", "오후", "午後"}
_AM = {"a", "ص", "오전", "午前"}
_ERAS = {"M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}  # Japanese era year 1 = base + 1


_HAS_BIDI = re.compile(f"[{BIDI}]").search
has_bidi = _HAS_BIDI  # callers that strip several parts of one text test it once


def strip_bidi(text: str) -> str:
    return text.translate(_STRIP_BIDI) if _HAS_BIDI(text) else text


def match_header(line: str) -> tuple[str, re.Match] | None:
    """("ios"|"android", match) when `line` opens a message."""
    if not line:
        return None
    m = IOS_HEADER.match(line) if "[" in line[:3] else None
    if m:
        return "ios", m
    m = ANDROID_HEADER.match(line)
    return ("android", m) if m else None


def shape_key(layout: str, m: re.Match) -> tuple:
    """A date's written shape; day/month order is decided per shape over the whole file
    (one file can mix shapes: the frozenspider sample has "6/30/23" and "30/6/2023")."""
    a, sep, c, be = m.group("a", "sep", "c", "be")
    return (layout, len(a) == 4, sep, len(c) if c[0].isdigit() else 0, bool(be))


def shape_label(key: tuple) -> str:
    """Readable name of a shape key for the chat's `extra`, e.g. "android:n/yyyy"."""
    layout, year_first, sep, year_len, be = key
    year = "y" * year_len if year_len else "era"
    return f"{layout}:{'aaaa' if year_first else 'n'}{sep}{year}{'BE' if be else ''}"


def year_of(m: re.Match, raw: str) -> tuple[int, str | None]:
    """Gregorian year and the calendar it was converted from (None: Gregorian)."""
    if raw[0].isalpha():
        return _ERAS[raw[0]] + int(raw[1:]), "japanese"
    year = int(raw)
    if m.group("be") or year > 2400:
        return year - 543, "buddhist"
    if len(raw) <= 2:
        return 2000 + year, None
    return year, None


def hour_of(m: re.Match) -> int | None:
    h = int(m.group("h"))
    marker = m.group("ap1") or m.group("ap2")
    if marker is None:
        return h if h <= 23 else None
    key = marker[0].lower() if marker[0].isascii() else marker
    if key not in _PM and key not in _AM or h > 12:
        return None
    return (h % 12) + (12 if key in _PM else 0)


# --- senders ------------------------------------------------------------------------
_PHONE = re.compile(r"^\+?[\d\s\-().]{6,}$")
SELF_NAMES = {"You", "you", "You're"}


def phone_id(name: str) -> str | None:
    """E.164-like id of a sender shown as a phone number, else None."""
    if not _PHONE.match(name):
        return None
    digits = re.sub(r"\D", "", name)
    if len(digits) < 6:
        return None
    return ("+" if name.startswith("+") else "") + digits


# --- system sentences ---------------------------------------------------------------
_NAMES_SPLIT = re.compile(r", and |, | and |님(?:과|와|,) ?")
SYSTEM = [
    ("create_group", re.compile(r'^(?P<actor>.+?) created group "(?P<title>.*)"$')),
    ("create_group", re.compile(r"^(?P<actor>.+?) created this group$")),
    ("invite_members", re.compile(r"^(?P<targets>You) were added$")),
    ("invite_members", re.compile(r"^(?P<actor>.+?) added (?P<targets>.+)$")),
    ("remove_members", re.compile(r"^(?P<targets>You) were removed$")),
    ("remove_members", re.compile(r"^(?P<actor>.+?) removed (?P<targets>.+)$")),
    ("join_group_by_link", re.compile(r"^(?P<who>.+?) joined using (?:this group's|an|this) invite link$")),
    ("leave_group", re.compile(r"^(?P<who>.+?) left$")),
    ("edit_group_title", re.compile(r'^(?P<actor>.+?) changed the (?:subject|group name) (?:from "(?P<old>.*)" )?to "(?P<title>.*)"$')),
    ("edit_group_photo", re.compile(r"^(?P<actor>.+?) changed this group's icon$")),
    ("delete_group_photo", re.compile(r"^(?P<actor>.+?) deleted this group's icon$")),
    ("edit_group_description", re.compile(r"^(?P<actor>.+?) changed the group description$")),
    ("edit_group_settings", re.compile(r"^(?P<actor>.+?) changed this group's settings\b")),
    ("set_messages_ttl", re.compile(r"^(?P<actor>.+?) (?:updated the message timer|turned (?:on|off) disappearing messages)\b")),
    ("promote_admin", re.compile(r"^(?P<targets>You)'re now an admin$")),
    ("change_number", re.compile(r"^(?P<actor>.+?) changed (?:their|his|her) phone number\b")),
    ("contact_notice", re.compile(r"^(?P<who>.+?) is a contact$")),
    # Korean locale: names carry the honorific 님 and a particle ("A님이 B님과 C님을 추가했습니다.")
    ("create_group", re.compile(r'^(?P<actor>.+?)님이 (?:그룹 )?["“](?P<title>.*)["”](?:을|를)? ?(?:그룹을 )?만들었습니다\.?$')),
    ("create_group", re.compile(r"^(?P<actor>.+?)님이 (?:이 )?그룹을 만들었습니다\.?$")),
    ("invite_members", re.compile(r"^(?P<actor>.+?)님이 (?P<targets>.+?)님을 (?:추가|초대)했습니다\.?$")),
    ("remove_members", re.compile(r"^(?P<actor>.+?)님이 (?P<targets>.+?)님을 (?:내보냈|삭제했|제거했)습니다\.?$")),
    ("join_group_by_link", re.compile(r"^(?P<who>.+?)님이 (?:이 그룹의 )?초대 링크(?:를 사용하여|로) (?:참여|가입)했습니다\.?$")),
    ("leave_group", re.compile(r"^(?P<who>.+?)님이 나갔습니다\.?$")),
    ("edit_group_title", re.compile(r'^(?P<actor>.+?)님이 (?:그룹 )?(?:제목|이름)을 ["“](?P<title>.*)["”](?:으로|로) 변경했습니다\.?$')),
]
# Notices WhatsApp writes in every chat; on iOS they look like messages of the chat's name.
_NOTICES = [
    ("encryption_notice", (
        "Messages and calls are end-to-end encrypted", "Messages to this group are now secured with end-to-end encryption",
        "Messages to this chat and calls are now secured with end-to-end encryption",
        "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt", "Сообщения и звонки защищены сквозным шифрованием",
        "Zprávy a hovory jsou zabezpečeny koncovým šifrováním", "Berichten en oproepen worden end-to-end versleuteld",
        "الرسائل والمكالمات مشفرة", "Los mensajes y las llamadas están cifrados de extremo a extremo",
        "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta",
        "Les messages et les appels sont chiffrés de bout en bout", "I messaggi e le chiamate sono crittografati end-to-end",
        "메시지와 전화는 종단간 암호화", "メッセージと通話はエンドツーエンド暗号化",
    )),
    ("security_code_changed", (
        "Your security code with", "Deine Sicherheitsnummer für", "Ваш код безопасности", "رمز الأمان الخاص بك",
    )),
]
_MISSED_CALLS = {
    "Missed voice call", "Missed video call", "Missed group voice call", "Missed group video call",
    "Пропущенный аудиозвонок", "Пропущенный видеозвонок", "Zmeškaný hovor", "Gemiste spraakoproep",
    "Gemiste videogesprek", "Verpasster Sprachanruf", "Verpasster Videoanruf", "Llamada perdida", "Appel vocal manqué",
}
DELETED = {
    "This message was deleted", "This message was deleted.", "You deleted this message", "You deleted this message.",
    "Diese Nachricht wurde gelöscht.", "Du hast diese Nachricht gelöscht.", "Данное сообщение удалено",
    "Вы удалили данное сообщение", "Tato zpráva byla odstraněna.", "Tuto zprávu jste odstranil/a.",
    "Dit bericht is verwijderd", "U hebt dit bericht verwijderd", "تم حذف هذه الرسالة.", "أنت حذفت هذه الرسالة.",
    "Se eliminó este mensaje.", "Eliminaste este mensaje.",
}
_EDITED = re.compile(r"\s*<(?:This message was edited|Diese Nachricht wurde bearbeitet|Сообщение изменено|Se editó este mensaje\.?)>$")


def notice(text: str) -> str | None:
    """Action of a WhatsApp-written notice (encryption, security code), else None."""
    if len(text) < 20:  # every notice is longer: skip the work for ordinary short messages
        return None
    clean = strip_bidi(text).lstrip()
    for action, prefixes in _NOTICES:
        if clean.startswith(prefixes):
            return action
    return None


def missed_call(text: str, plain: bool = False) -> bool:
    return len(text) < 40 and (text if plain else strip_bidi(text)).strip() in _MISSED_CALLS


def parse_system(text: str) -> tuple[str | None, str | None, list[str], dict]:
    """(action, actor, target names, extra) of a system line (no author)."""
    clean = strip_bidi(text).strip()
    action = notice(clean)
    if action:
        return action, None, [], {}
    for action, rx in SYSTEM:
        m = rx.match(clean)
        if not m:
            continue
        g = m.groupdict()
        extra = {k: g[k] for k in ("title", "old") if g.get(k) is not None}
        if g.get("who"):
            return action, g["who"], [g["who"]], extra
        targets = [n.strip() for n in _NAMES_SPLIT.split(g.get("targets") or "") if n.strip()]
        return action, g.get("actor"), targets, extra
    return None, None, [], {}


def edited_suffix(text: str) -> tuple[str, bool]:
    if not text.endswith(">"):
        return text, False
    m = _EDITED.search(text)
    return (text[: m.start()], True) if m else (text, False)


# --- media ----------------------------------------------------------------------------
_ANDROID_ATTACHED = re.compile(r"^(?P<file>[^/\\<>:\"|?*]+\.[A-Za-z0-9]{1,5}) \((?P<label>[^()]+)\)$")
_ATTACHED_LABELS = {
    "file attached", "soubor byl přiložen", "bestand bijgevoegd", "файл добавлен", "Datei angehängt",
    "archivo adjunto", "arquivo anexado", "fichier joint", "file allegato", "dosya ekli",
}
_WA_NAME = re.compile(r"^(?:IMG|VID|PTT|AUD|STK|DOC|GIF)-\d{8}-WA\d+")
_IOS_ATTACHED = re.compile(r"^(?P<pre>.*?)<(?P<label>[^<>:]{2,30}): (?P<file>[^<>/\\]+)>$")
_IOS_ATTACHED_LABELS = {"attached", "Anhang", "adjunto", "anexo", "pièce jointe", "allegato", "bijlage", "вложение", "ملف مرفق"}
_ANDROID_OMITTED = {
    "<Media omitted>", "<Без медиафайлов>", "<Média vynechány>", "<Media weggelaten>", "<Medien ausgeschlossen>",
    "<Multimedia omitido>", "<Mídia oculta>", "<Médias omis>", "<Media omessi>", "<미디어 파일 생략>",
}
_IOS_OMITTED = {
    "image omitted": "photo", "video omitted": "video_file", "audio omitted": "voice_message",
    "sticker omitted": "sticker", "GIF omitted": "animation", "Contact card omitted": "contact_vcard",
    "document omitted": "file",
    "Bild weggelassen": "photo", "Video weggelassen": "video_file", "Audio weggelassen": "voice_message",
    "Sticker weggelassen": "sticker", "GIF weggelassen": "animation", "Kontaktkarte ausgelassen": "contact_vcard",
    "Dokument weggelassen": "file",
    "لم يتم إدراج الصورة": "photo", "لم يتم إدراج الفيديوهات": "video_file", "لم يتم إدراج المقاطع الصوتية": "voice_message",
    "تم حذف الملصقات": "sticker", "لم يتم إدراج صورة GIF": "animation", "لم يتم إدراج بطاقة جهة اتصال": "contact_vcard",
    "لم يتم إدراج المستند": "file",
}
_OMITTED_BY_LAST_WORD: dict[str, list[str]] = {}
for _phrase in sorted(_IOS_OMITTED, key=len, reverse=True):
    _OMITTED_BY_LAST_WORD.setdefault(_phrase.rsplit(" ", 1)[-1], []).append(_phrase)
_KIND_BY_PREFIX = {
    "IMG": "photo", "PHOTO": "photo", "VID": "video_file", "VIDEO": "video_file", "PTT": "voice_message",
    "AUDIO": "voice_message", "AUD": "audio_file", "STK": "sticker", "STICKER": "sticker", "GIF": "animation", "DOC": "file",
}


def _kind_of_file(name: str) -> str:
    base = re.sub(r"^\d{8}-", "", name)  # iOS numbers attachments: 00000035-PHOTO-…
    prefix = base.split("-", 1)[0].upper()
    if prefix in _KIND_BY_PREFIX:
        return _KIND_BY_PREFIX[prefix]
    if name.lower().endswith(".vcf"):
        return "contact_vcard"
    return "file"


def media_of(first_line: str, folder: str, plain: bool = False) -> tuple[MediaRecord, str] | None:
    """(media, what is left of the first line) when the first line of a message is an
    attachment or an omitted-media placeholder. Attached files are named relative to the
    export root (the chat file's folder + file name); the ingest core hashes them.
    `plain`: the caller knows the line holds no bidi marks."""
    clean = (first_line if plain else strip_bidi(first_line)).strip()
    if len(clean) > 300 or not clean:
        return None
    tail = clean[-1]
    if tail == ")":
        m = _ANDROID_ATTACHED.match(clean)
    elif tail == ">":
        m = None
    else:
        phrase = next((p for p in _OMITTED_BY_LAST_WORD.get(clean.rsplit(" ", 1)[-1], ()) if clean.endswith(p)), None)
        if phrase is None:
            return None
        media = MediaRecord(kind=_IOS_OMITTED[phrase], path=None, status=MEDIA_NOT_INCLUDED, extra={"placeholder": phrase})
        pre = clean[: -len(phrase)].strip()
        if pre:
            media.file_name = pre.split(" • ")[0].strip()
            media.extra["description"] = pre
        return media, ""
    if m and (m.group("label") in _ATTACHED_LABELS or _WA_NAME.match(m.group("file")) or m.group("file").lower().endswith(".vcf")):
        name = m.group("file")
        return MediaRecord(kind=_kind_of_file(name), path=folder + name, status=MEDIA_INCLUDED, file_name=name), ""
    m = _IOS_ATTACHED.match(clean)
    if m and (m.group("label") in _IOS_ATTACHED_LABELS or re.match(r"^\d{8}-", m.group("file"))):
        name = m.group("file")
        media = MediaRecord(kind=_kind_of_file(name), path=folder + name, status=MEDIA_INCLUDED, file_name=name)
        if m.group("pre").strip():
            media.extra["description"] = m.group("pre").strip()
        return media, ""
    if clean in _ANDROID_OMITTED:
        return MediaRecord(kind="unknown", path=None, status=MEDIA_NOT_INCLUDED, extra={"placeholder": clean}), ""
    return None
