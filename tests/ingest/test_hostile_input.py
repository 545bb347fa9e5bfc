"""Hostile input (issue 10): deep nesting, corrupt zips, a legacy-encoded KakaoTalk file.
Each is a one-line error naming the file, in bounded memory, and the case is unchanged."""

from __future__ import annotations

import io
import json
import struct
import zipfile

import pytest

from tests.ingest.test_bad_input import assert_rejected, seeded_case  # noqa: F401  (fixture)
from tgexport import msg, write_single_chat


def _nested_message(depth: int) -> bytes:
    head = ('{"name":"x","type":"personal_chat","id":1,"messages":[{"id":1,"type":"message",'
            '"date":"2020-01-01T00:00:00","from":"a","from_id":"user1","text":')
    return (head + '{"a":' * depth + "1" + "}" * depth + "}]}").encode()


@pytest.mark.parametrize("depth", [300, 5_000])
def test_deep_nesting_is_refused_in_bounded_memory(cli, seeded_case, tmp_path, depth):  # noqa: F811
    import tracemalloc

    f = tmp_path / "result.json"
    f.write_bytes(_nested_message(depth))
    tracemalloc.start()
    assert_rejected(cli, seeded_case, f, "result.json", "nested deeper than")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 64 << 20, f"peak {peak / 2**20:.0f} MB"  # memory grew with the square of the depth (24 GB at 100,000)


def test_deep_nesting_of_a_discord_export(cli, seeded_case, tmp_path):  # noqa: F811
    body = '{"guild":{"id":"1","name":"g"},"channel":{"id":"2","name":"c","type":"GuildTextChat"},"messages":[' + "[" * 5000 + "]" * 5000 + "]}"
    f = tmp_path / "dce.json"
    f.write_text(body)
    assert_rejected(cli, seeded_case, f, "dce.json", "nested deeper than")


@pytest.mark.backend_neutral("the JSON depth guard on bytes; no case")
def test_brackets_inside_strings_do_not_count():
    from roomsift.ingest.formats._json_events import DepthGuard

    text = json.dumps({"t": "[" * 500 + '\\"{{{' + "\\" * 3, "u": [[["ok"]]]}).encode()
    for size in (1, 2, 3, 5, 4096):  # every way a chunk can cut a string or an escape
        guard = DepthGuard(io.BytesIO(text), "x", limit=4)
        while guard.read(size):
            pass
        assert guard.depth == 0 and guard.in_string == 0


def _zip_of(tmp_path, name: str) -> tuple[bytearray, int, int]:
    folder = write_single_chat(tmp_path / "z", [msg(i, f"message {i} " * 20) for i in range(1, 400)])
    z = tmp_path / name
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(folder / "result.json", "result.json")
    data = bytearray(z.read_bytes())
    return data, data.find(b"PK\x01\x02"), data.find(b"PK\x03\x04")


def test_zip_with_bad_crc(cli, seeded_case, tmp_path):  # noqa: F811
    data, central, local = _zip_of(tmp_path, "bad.zip")
    data[central + 16] ^= 0xFF
    data[local + 14] ^= 0xFF
    (tmp_path / "bad.zip").write_bytes(data)
    assert_rejected(cli, seeded_case, tmp_path / "bad.zip", "bad.zip", "corrupt zip member", "CRC")


def test_zip_with_false_size(cli, seeded_case, tmp_path):  # noqa: F811
    data, central, local = _zip_of(tmp_path, "size.zip")
    size = struct.unpack("<I", data[central + 24:central + 28])[0]
    data[central + 24:central + 28] = struct.pack("<I", size // 2)
    data[local + 22:local + 26] = struct.pack("<I", size // 2)
    (tmp_path / "size.zip").write_bytes(data)
    assert_rejected(cli, seeded_case, tmp_path / "size.zip", "size.zip", "corrupt zip member")


def test_zip_with_damaged_data(cli, seeded_case, tmp_path):  # noqa: F811
    data, central, local = _zip_of(tmp_path, "data.zip")
    start = local + 30 + len("result.json")
    for i in range(200, 260):
        data[start + i] ^= 0x5A
    (tmp_path / "data.zip").write_bytes(data)
    assert_rejected(cli, seeded_case, tmp_path / "data.zip", "data.zip", "corrupt zip member")


@pytest.mark.parametrize("sample", ["kakaotalk/uoneway_window_kr.txt", "kakaotalk/kakaoship_windows_kr.txt",
                                    "kakaotalk/uoneway_android_kr.txt"])
def test_cp949_kakaotalk_is_named(cli, seeded_case, tmp_path, samples, sample):  # noqa: F811
    text = (samples / sample).read_text(encoding="utf-8")
    f = tmp_path / "KakaoTalkChats.txt"
    f.write_bytes(text.encode("cp949", errors="replace"))
    assert_rejected(cli, seeded_case, f, "KakaoTalkChats.txt", "not UTF-8 (looks like CP949")
