"""KakaoTalk exports: every sample with its exact count, senders and times; the same
chat exported on four platforms gives the same messages."""

from __future__ import annotations

import re

import pytest

from roomsift.ingest.errors import IngestError
from roomsift.ingest.records import IDENTITY_NICKNAME, MEDIA_NOT_INCLUDED

from .conftest import SAMPLES, parse_one

pytestmark = pytest.mark.backend_neutral("parsers only; no case")

K = SAMPLES / "kakaotalk"

# Message counts, counted by hand from the raw files (one per header line: "[name] [time]"
# on Windows, "<timestamp>, …" / "<timestamp>: …" on Android and iOS, one per CSV row on
# macOS; day headers and continuation lines are not messages).
EXPECTED = {
    "kakaoship_android_en_cut.txt": 45,
    "kakaoship_android_kr_cut.txt": 45,
    "kakaoship_ios_en_cut.txt": 45,
    "kakaoship_ios_kr_cut.txt": 45,
    "kakaoship_mac_en_cut.csv": 45,
    "kakaoship_mac_kr_cut.csv": 45,
    "kakaoship_windows_en.txt": 29,
    "kakaoship_windows_kr.txt": 29,
    "uoneway_android_en.txt": 6,
    "uoneway_android_kr.txt": 6,
    "uoneway_window_kr.txt": 5,
}

_HEADER_LINE = re.compile(
    r"^(?:\[[^\]]+\] \[[^\]]+\]"  # Windows
    r"|\d{4}년 \d+월 \d+일 오[전후] \d+:\d+, "  # Android ko
    r"|[A-Z][a-z]+ \d+, \d{4}, \d+:\d+ [AP]M[,:] "  # Android en 2020, iOS en
    r"|\d+:\d+[ap]m, [A-Z][a-z]+ \d+, \d{4}, "  # Android en 2015
    r"|\d{4}\. \d+\. \d+\. 오[전후] \d+:\d+[,:] )"  # iOS ko
)


def independent_count(path) -> int:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".csv":
        return len(text.splitlines()) - 1  # no multi-line rows in these samples
    return sum(1 for line in text.splitlines() if _HEADER_LINE.match(line))


def test_every_sample_is_covered():
    assert sorted(p.name for p in K.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_counts(name):
    chat, msgs = parse_one(K / name)
    assert chat.platform == "kakaotalk"
    assert len(msgs) == EXPECTED[name] == independent_count(K / name)
    assert len({m.platform_id for m in msgs}) == len(msgs)
    for m in msgs:
        assert m.time_utc is None  # the zone is unknown: never invented
        if m.sender is not None:
            assert m.sender.identity_basis == IDENTITY_NICKNAME


def test_android_korean_senders_times_and_service():
    chat, msgs = parse_one(K / "kakaoship_android_kr_cut.txt")
    assert chat.title == "서우석 멘토님,박영우 소마,강수지 소마 4"
    first = msgs[0]
    assert (first.kind, first.action, first.time_local) == ("service", "invite_members", "2015-07-09T20:34")
    # a nickname is an account of its chat, never one account across chats
    assert first.sender.platform_id == f"{chat.platform_id}/박영우 소마" and first.sender.name == "박영우 소마"
    assert [t.name for t in first.targets] == ["김민기", "강수지 소마"]
    assert (msgs[1].sender_name, msgs[1].time_local) == ("박영우 소마", "2015-07-09T20:34")
    assert msgs[1].text.startswith("안녕하세요. 저는 박영우라고합니다!")
    # "회원님" is the exporter: an account of this chat's own, not a shared "회원님" account
    own = [m for m in msgs if m.sender_name == "회원님"]
    assert len(own) == 16 and {m.sender.platform_id for m in own} == {f"exporter-of-{chat.platform_id}"}
    invite2 = next(m for m in msgs if m.time_local == "2015-07-10T12:50" and m.kind == "service")
    assert [t.name for t in invite2.targets] == ["서우석 멘토님"]  # nickname ending in 님 survives
    last = msgs[-1]
    assert (last.time_local, last.sender_name, last.text) == ("2015-07-14T21:00", "강수지 소마", "")
    assert [(x.kind, x.status) for x in last.media] == [("photo", MEDIA_NOT_INCLUDED)]
    assert last.media[0].extra["placeholder"] == "<사진>"
    morning = next(m for m in msgs if m.time_local.startswith("2015-07-14T08"))
    assert morning.time_local == "2015-07-14T08:47" and morning.sender_name == "서우석 멘토님"


def test_ios_english_clock_and_self():
    chat, msgs = parse_one(K / "kakaoship_ios_en_cut.txt")
    assert chat.title == "멘토님방 (4 people)"
    assert msgs[0].kind == "service" and [t.name for t in msgs[0].targets] == ["김민기", "수ㅈ"]
    you = msgs[2]
    assert (you.sender_name, you.time_local, you.text) == ("You", "2015-07-09T20:35", "맞아용 ㅎㅎ")
    noon = [m for m in msgs if m.time_local == "2015-07-10T12:50"]
    assert [m.kind for m in noon] == ["service", "message", "message"]  # 12:50 PM is 12:50, not 00:50


def test_mac_csv_seconds_and_lossy_invites():
    chat, msgs = parse_one(K / "kakaoship_mac_kr_cut.csv")
    assert msgs[0].kind == "service" and msgs[0].time_local == "2015-07-09T20:34:26"
    assert [t.name for t in msgs[0].targets] == ["김민기"]  # macOS drops the other invitee
    assert (msgs[2].sender_name, msgs[2].time_local) == ("수ㅈ", "2015-07-09T20:35:19")
    assert msgs[-1].media[0].kind == "photo" and msgs[-1].media[0].extra["placeholder"] == "(사진)"


def test_windows_separators_and_clock():
    chat, msgs = parse_one(K / "kakaoship_windows_kr.txt")
    assert chat.title == "멘토님방" and chat.extra["layout"] == "windows"
    assert (msgs[0].sender_name, msgs[0].time_local) == ("수ㅈ", "2015-08-01T14:37")
    assert (msgs[-1].sender_name, msgs[-1].time_local, msgs[-1].text) == ("박영우", "2015-08-02T17:36", "저도 좋습니다!!")
    assert [m.media[0].kind for m in msgs if m.media] == ["photo"]


def test_multiline_messages_keep_inner_blank_lines():
    _chat, msgs = parse_one(K / "uoneway_window_kr.txt")
    assert msgs[0].time_local == "2020-06-28T01:01" and msgs[0].media[0].kind == "photo"
    body = msgs[2].text
    assert body.startswith("화 19:30-22:30\n\n\n자유석권(선착순)\n") and body.endswith("별도로 통제합니다")
    assert msgs[3].time_local == "2020-08-11T12:03" and msgs[3].text == "https://www.youtube.com"


def _comparable(msgs):
    """What every platform's export of one chat must agree on."""
    out = []
    for m in msgs:
        if m.kind == "service":
            out.append((m.time_local[:16], "service", m.action))
        else:
            out.append((m.time_local[:16], "message", m.text, tuple(x.kind for x in m.media)))
    return out


def _sender_map(a, b):
    mapping = {}
    for x, y in zip(a, b):
        if x.kind == "message":
            assert mapping.setdefault(x.sender.platform_id, y.sender.platform_id) == y.sender.platform_id
    assert len(set(mapping.values())) == len(mapping)  # a bijection: one person, one name per export
    return mapping


def test_same_chat_on_four_platforms_gives_the_same_messages():
    names = ["kakaoship_android_kr_cut.txt", "kakaoship_android_en_cut.txt", "kakaoship_ios_kr_cut.txt",
             "kakaoship_ios_en_cut.txt", "kakaoship_mac_kr_cut.csv", "kakaoship_mac_en_cut.csv"]
    parsed = {n: parse_one(K / n)[1] for n in names}
    reference = _comparable(parsed[names[0]])
    for n in names[1:]:
        assert _comparable(parsed[n]) == reference, n
        mapping = _sender_map(parsed[names[0]], parsed[n])
        assert len(mapping) == 4
    # Windows (a later day of the same chat) in both UI languages agrees too, ids included
    kr, en = parse_one(K / "kakaoship_windows_kr.txt")[1], parse_one(K / "kakaoship_windows_en.txt")[1]
    assert _comparable(kr) == _comparable(en)
    assert [m.platform_id for m in kr] == [m.platform_id for m in en]


def test_android_ids_are_language_independent():
    kr = parse_one(K / "kakaoship_android_kr_cut.txt")
    en = parse_one(K / "kakaoship_android_en_cut.txt")
    assert kr[0].platform_id == en[0].platform_id
    assert [m.platform_id for m in kr[1]] == [m.platform_id for m in en[1]]


WINDOWS_EXPORT = """\
작전방 님과 카카오톡 대화
저장한 날짜 : 2024-03-02 10:00:00

--------------- 2024년 3월 1일 금요일 ---------------
민수님이 들어왔습니다.
[방장] [오후 11:58] 입장료는 BTC로
주소는 따로 보냄

[민수] [오후 11:59] 네
나는 어제 친구를 invited 했어.
방장님이 민수님을 내보냈습니다.
--------------- 2024년 3월 2일 토요일 ---------------
[방장] [오전 12:00] 새 자료 올림
민수님이 나갔습니다.
"""


def test_windows_service_lines_are_told_from_continuations(tmp_path):
    path = tmp_path / "KakaoTalk_20240302_1000_00_000_group.txt"
    path.write_text(WINDOWS_EXPORT.replace("\n", "\r\n"), encoding="utf-8")
    _chat, msgs = parse_one(path)
    got = [(m.kind, m.action, m.time_local, m.sender_name, m.text) for m in msgs]
    assert got == [
        ("service", "join_group_by_link", "2024-03-01", "민수", "민수님이 들어왔습니다."),
        ("message", None, "2024-03-01T23:58", "방장", "입장료는 BTC로\n주소는 따로 보냄"),
        ("message", None, "2024-03-01T23:59", "민수", "네\n나는 어제 친구를 invited 했어."),
        ("service", "remove_members", "2024-03-01", "방장", "방장님이 민수님을 내보냈습니다."),
        ("message", None, "2024-03-02T00:00", "방장", "새 자료 올림"),
        ("service", "leave_group", "2024-03-02", "민수", "민수님이 나갔습니다."),
    ]
    assert [t.name for t in msgs[3].targets] == ["민수"]


def test_bad_day_separator_is_a_one_line_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("방 님과 카카오톡 대화\n저장한 날짜 : 2024-03-02 10:00:00\n\n--------------- someday ---------------\n[a] [오후 1:00] x\n", encoding="utf-8")
    with pytest.raises(IngestError) as exc:
        parse_one(path)
    assert "line 4" in str(exc.value) and "\n" not in str(exc.value)


def test_malformed_csv_row_is_a_one_line_error(tmp_path):
    path = tmp_path / "KakaoTalk_Chat_room_2024-01-01-10-00-00.csv"
    path.write_text('Date,User,Message\n2024-01-01 10:00:00,"a","hi"\nnot a date,"b","x"\n', encoding="utf-8")
    with pytest.raises(IngestError) as exc:
        parse_one(path)
    assert "line 3" in str(exc.value) and "unreadable date" in str(exc.value)
