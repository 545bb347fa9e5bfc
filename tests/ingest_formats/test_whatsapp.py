"""WhatsApp text exports: every sample with its exact count, senders and times; date
order, calendars, digits and bidi marks; system lines and media placeholders."""

from __future__ import annotations

import re

import pytest

from roomsift.ingest.records import IDENTITY_NICKNAME, IDENTITY_PHONE, MEDIA_INCLUDED, MEDIA_NOT_INCLUDED

from .conftest import SAMPLES, parse_one

pytestmark = pytest.mark.backend_neutral("parsers only; no case")

W = SAMPLES / "whatsapp"

# One message per header line, counted by hand (continuation lines in these samples
# never start with a date).
EXPECTED = {
    "chat-miner_android_es-ampm_mdy-12h.txt": 9,
    "chat-miner_ios_mdyy-24h_brackets.txt": 9,
    "frozenspider_android_en_mixed-date-orders.txt": 13,
    "whats_json_android_cs_dmyy-no-comma.txt": 60,
    "whats_json_android_en_group-system-messages.txt": 20,
    "whats_json_android_en_with-media_dmy.txt": 60,
    "whats_json_android_nl_dmy-dashes_with-media.txt": 41,
    "whats_json_android_ru_dmy-dots.txt": 60,
    "whats_json_ios_ar_arabic-indic-digits_rtl.txt": 23,
    "whats_json_ios_de_without-media.txt": 25,
    "whats_json_ios_en_buddhist-calendar.txt": 28,
    "whats_json_ios_en_japanese-era-calendar.txt": 28,
    "whats_json_ios_en_with-media_mdy-24h_crlf.txt": 25,
}
_STARTS_WITH_DATE = re.compile(r"^[\u200e\u200f]?\[?[\d\u0660-\u0669]{1,4}\u200f?[./-]")


def independent_count(path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if _STARTS_WITH_DATE.match(line))


def test_every_sample_is_covered():
    assert sorted(p.name for p in W.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_counts(name):
    chat, msgs = parse_one(W / name)
    assert chat.platform == "whatsapp"
    assert len(msgs) == EXPECTED[name] == independent_count(W / name)
    assert len({m.platform_id for m in msgs}) == len(msgs)
    assert all(m.time_utc is None and re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$", m.time_local) for m in msgs)


def _rows(msgs):
    return [(m.kind, m.time_local, m.sender_name, m.text) for m in msgs]


def test_spanish_12_hour_clock_and_authors():
    chat, msgs = parse_one(W / "chat-miner_android_es-ampm_mdy-12h.txt")
    assert chat.extra["date_order"] == {"android:n/yyyy": {"order": "mdy", "basis": "day above 12"}}
    rows = _rows(msgs)
    assert rows[0] == ("message", "2019-01-01T11:25", "John Doe", "Lorem ipsum dolor sit amet.")
    assert rows[1] == ("message", "2019-01-20T11:23", "John Doe", ".")  # "John Doe:." — no space after the colon
    assert rows[2] == ("message", "2019-01-30T20:49", "Jahn Doe", "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.")
    assert rows[3][2:] == ("John-John Doe", "Lorem ipsum : dolor sit amet.")
    created = msgs[4]
    assert (created.kind, created.action, created.time_local, created.extra["title"]) == ("service", "create_group", "2020-06-20T00:08", "Groupname")
    assert (created.sender.platform_id, created.sender.identity_basis) == ("+12345578", IDENTITY_PHONE)
    added = msgs[5]
    assert added.action == "invite_members" and added.targets[0].account.platform_id == f"exporter-of-{chat.platform_id}"
    assert rows[7][1:3] == ("2021-12-20T12:10", "🤓")  # 12:10 p. m. is noon


def test_ios_and_android_exports_of_one_chat_agree():
    ios = parse_one(W / "chat-miner_ios_mdyy-24h_brackets.txt")[1]
    android = parse_one(W / "chat-miner_android_es-ampm_mdy-12h.txt")[1]
    assert _rows(ios) == _rows(android)


def test_mixed_date_orders_in_one_file():
    chat, msgs = parse_one(W / "frozenspider_android_en_mixed-date-orders.txt")
    orders = {k: v["order"] for k, v in chat.extra["date_order"].items()}
    assert orders == {"android:n/yy": "mdy", "android:n/yyyy": "dmy"}
    assert {m.time_local[:10] for m in msgs} == {"2023-06-30"}
    assert msgs[0].kind == "service" and msgs[0].action == "encryption_notice" and msgs[0].sender is None
    assert msgs[1].action == "contact_notice"
    assert msgs[2].text == "hello there!\n\nthis is a\nmulti-line message!"
    photo = msgs[6]
    assert (photo.text, photo.media[0].kind, photo.media[0].path, photo.media[0].status) == ("image comment", "photo", "IMG-20230630-WA0000.jpg", MEDIA_INCLUDED)
    assert [m.media[0].kind for m in msgs[7:10]] == ["video_file", "audio_file", "sticker"]
    assert msgs[10].text == "null" and not msgs[10].media  # view-once media, kept as written
    assert msgs[11].media[0].status == MEDIA_NOT_INCLUDED
    assert all(m.sender.identity_basis == IDENTITY_PHONE for m in msgs[5:])
    assert msgs[3].sender.identity_basis == IDENTITY_NICKNAME


def test_undecidable_dates_say_so():
    chat, msgs = parse_one(W / "whats_json_android_en_group-system-messages.txt")
    order = chat.extra["date_order"]["android:n/yyyy"]
    assert order["order"] == "dmy" and "undecidable" in order["basis"]
    assert msgs[0].time_local == "2023-01-11T16:13"
    actions = [m.action for m in msgs if m.kind == "service"]
    assert actions[:3] == ["encryption_notice", "create_group", "invite_members"]
    join = next(m for m in msgs if m.action == "join_group_by_link")
    assert join.sender.platform_id == "+79999999999" and join.sender.identity_basis == IDENTITY_PHONE
    removed = next(m for m in msgs if m.action == "remove_members")
    assert removed.sender_name == "Dmitry S" and removed.targets[0].account.platform_id == "+79999999999"
    title = next(m for m in msgs if m.action == "edit_group_title")
    assert title.extra == {"title": "Group Chat XXX", "old": "Group Chat"}
    assert sum(m.kind == "message" for m in msgs) == 4


def test_chronology_decides_when_no_day_exceeds_12(tmp_path):
    path = tmp_path / "WhatsApp Chat with Kim.txt"
    path.write_text("01/02/2023, 10:00 - A: one\n03/02/2023, 10:00 - B: two\n05/02/2023, 10:00 - A: three\n01/03/2023, 10:00 - B: four\n", encoding="utf-8")
    chat, msgs = parse_one(path)
    assert chat.title == "Kim"
    assert chat.extra["date_order"]["android:n/yyyy"] == {"order": "dmy", "basis": "dates run forwards"}
    assert [m.time_local[:10] for m in msgs] == ["2023-02-01", "2023-02-03", "2023-02-05", "2023-03-01"]


@pytest.mark.parametrize("name, first, last", [
    ("whats_json_android_cs_dmyy-no-comma.txt", "2022-03-23T13:31", "2023-01-07T23:32"),
    ("whats_json_android_ru_dmy-dots.txt", "2022-03-23T13:31", "2023-01-07T23:32"),
    ("whats_json_android_nl_dmy-dashes_with-media.txt", "2022-03-23T13:31", "2023-01-07T23:32"),
    ("whats_json_android_en_with-media_dmy.txt", "2022-03-23T13:31", "2023-01-07T23:32"),
    ("whats_json_ios_ar_arabic-indic-digits_rtl.txt", "2022-03-18T14:56:00", "2022-03-27T21:56:45"),
    ("whats_json_ios_de_without-media.txt", "2022-03-18T14:56:00", "2023-01-07T23:32:30"),
    ("whats_json_ios_en_buddhist-calendar.txt", "2022-03-18T14:56:01", "2023-01-12T15:35:15"),
    ("whats_json_ios_en_japanese-era-calendar.txt", "2022-03-18T14:56:01", "2023-01-12T15:35:15"),
])
def test_locales_and_calendars_give_gregorian_times(name, first, last):
    _chat, msgs = parse_one(W / name)
    assert (msgs[0].time_local, msgs[-1].time_local) == (first, last)
    assert msgs[0].kind == "service" and msgs[0].action == "encryption_notice"


def test_arabic_digits_bidi_and_phone_authors():
    _chat, msgs = parse_one(W / "whats_json_ios_ar_arabic-indic-digits_rtl.txt")
    assert (msgs[1].time_local, msgs[1].sender_name, msgs[1].text) == ("2022-03-27T21:41:35", "Dmitry S", "Hello World")
    deleted = next(m for m in msgs if m.time_local == "2022-03-27T21:54:45")
    assert deleted.sender.platform_id == "+40521028618" + "8" and deleted.sender.identity_basis == IDENTITY_PHONE
    assert deleted.extra.get("deleted") is True
    kinds = [m.media[0].kind for m in msgs if m.media]
    assert kinds == ["photo", "photo", "video_file", "voice_message", "contact_vcard", "sticker", "sticker",
                     "file", "file", "file", "photo", "animation", "photo", "video_file"]


def test_ios_attachments_name_files_next_to_the_chat():
    _chat, msgs = parse_one(W / "whats_json_ios_en_with-media_mdy-24h_crlf.txt")
    attached = [m.media[0] for m in msgs if m.media and m.media[0].status == MEDIA_INCLUDED]
    assert len(attached) == 13
    assert attached[0].path == "00000035-PHOTO-2022-03-27-21-41-55.jpg" and attached[0].kind == "photo"
    pdf = next(x for x in attached if x.path.endswith(".pdf"))
    assert pdf.kind == "file" and pdf.extra["description"] == "Resume-Dmitry-Starkov.pdf • 2 pages"
    omitted = [m for m in msgs if m.media and m.media[0].status == MEDIA_NOT_INCLUDED]
    assert [m.time_local for m in omitted] == ["2022-03-27T21:51:20"]
    codes = [m for m in msgs if m.action == "security_code_changed"]
    assert len(codes) == 2 and all(m.sender is None for m in codes)


def test_localised_placeholders_and_calls():
    _chat, msgs = parse_one(W / "whats_json_ios_de_without-media.txt")
    assert sum(1 for m in msgs if m.media) == 14  # counted by hand: 4 Bild, 2 Video, Audio, Kontaktkarte, 2 Sticker, 3 Dokument, GIF
    assert next(m for m in msgs if m.text.startswith("Du hast")).extra["deleted"] is True
    _chat, ru = parse_one(W / "whats_json_android_ru_dmy-dots.txt")
    calls = [m for m in ru if m.action == "phone_call"]
    assert len(calls) == 2 and calls[0].extra == {"discard_reason": "missed"} and calls[0].sender_name == "Dmitry S"
    _chat, en = parse_one(W / "whats_json_android_en_with-media_dmy.txt")
    captioned = [m for m in en if m.media and m.text]
    assert ("Caption" in [m.text for m in captioned]) and ("Титл" in [m.text for m in captioned])


def test_narrow_no_break_space_and_edited_marker(tmp_path):
    path = tmp_path / "_chat.txt"
    path.write_text(
        "[12/31/22, 9:05:01\u202fPM] Kim: see you\r\n[1/1/23, 12:00:00\u202fAM] \u200eLee: ok <This message was edited>\r\n",
        encoding="utf-8",
    )
    chat, msgs = parse_one(path)
    assert [m.time_local for m in msgs] == ["2022-12-31T21:05:01", "2023-01-01T00:00:00"]
    assert (msgs[1].sender_name, msgs[1].text, msgs[1].extra) == ("Lee", "ok", {"edited": True})
    assert chat.title == tmp_path.name  # iOS "_chat.txt": named after its folder


def test_text_that_only_looks_like_a_header_is_a_continuation(tmp_path):
    path = tmp_path / "WhatsApp Chat with Kim.txt"
    path.write_text("31/12/2022, 10:00 - Kim: list:\n99/99/2022, 10:00 - not a date\n31/12/2022, 10:01 - Kim: end\n", encoding="utf-8")
    _chat, msgs = parse_one(path)
    assert [m.text for m in msgs] == ["list:\n99/99/2022, 10:00 - not a date", "end"]
