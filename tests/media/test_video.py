"""vPDQ: parsing/matching always; hashing only where the optional `vpdq` package (extra
`video`, built against FFmpeg) and the ffmpeg tool to make a test clip are installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from roomsift.media import hashing
from roomsift.media.signals.vpdq import VPDQ, vpdq_available

from .conftest import TE

NO_VPDQ = vpdq_available()
needs_video = pytest.mark.skipif(
    bool(NO_VPDQ) or shutil.which("ffmpeg") is None,
    reason=f"video hashing unavailable here: {NO_VPDQ or 'no ffmpeg binary to make a test clip'}",
)


def _clip(tmp_path, seeds, name="clip.mp4", mirror=False) -> bytes:
    from PIL import Image

    from roomsift.demo.images import abstract_image

    for i, seed in enumerate(seeds):
        im = abstract_image(seed, (320, 240))
        (im.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if mirror else im).save(tmp_path / f"f{i:03d}.png")
    out = tmp_path / name
    subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-framerate", "1", "-i", str(tmp_path / "f%03d.png"),
                    "-c:v", "mpeg4", "-q:v", "3", "-pix_fmt", "yuv420p", "-r", "2", str(out)], check=True)
    for p in tmp_path.glob("f*.png"):
        p.unlink()
    return out.read_bytes()


def test_sample_video_hash_matches_itself_and_not_another():
    a = VPDQ.parse((TE / "vpdq_cpp_doorknob-hd-no-bar.txt").read_text())
    b = VPDQ.parse((TE / "vpdq_cpp_test-padded-dimensions.txt").read_text())
    assert VPDQ.match_share(a, a) == 1.0
    assert VPDQ.match_share(a, b) < 0.8


def test_video_without_vpdq_is_reported_not_skipped(monkeypatch):
    monkeypatch.setattr(hashing, "vpdq_available", lambda: "vpdq is not installed (test)")
    res = hashing.hash_video(3, b"\0\0\0 ftypisom fake")
    assert res.state == "unsupported" and "vpdq is not installed" in res.error and res.digests["sha256"]


@needs_video
def test_vpdq_hashes_a_clip_and_matches_a_reencode(tmp_path):
    seeds = [11, 12, 13, 14, 15, 16]
    one = hashing.hash_video(1, _clip(tmp_path, seeds))
    assert one.state == "ok" and len(one.vpdq) >= 5
    other = hashing.hash_video(2, _clip(tmp_path, [21, 22, 23, 24, 25, 26], "other.mp4"))
    frames = lambda r: VPDQ.parse(__import__("json").dumps(r.vpdq))
    assert VPDQ.match_share(frames(one), frames(one)) == 1.0
    assert VPDQ.match_share(frames(other), frames(one)) < 0.8


@needs_video
def test_broken_video_is_an_error_per_file():
    res = hashing.hash_video(4, b"definitely not a video" * 10)
    assert res.state == "error" and res.error


@needs_video
def test_video_in_a_case_is_hashed_and_matched(fresh_demo, run_cli, tmp_path):
    """A video posted in a room matches a listed re-encode of it by vPDQ."""
    import hashlib
    from pathlib import Path

    from sqlalchemy import select, update

    from roomsift.case import schema
    from roomsift.media.tables import media_hashes

    case, _folder, _ = fresh_demo
    seeds = [31, 32, 33, 34, 35, 36]
    posted = _clip(tmp_path, seeds, "posted.mp4")
    listed = hashing.hash_video(0, _clip(tmp_path, seeds, "listed.mp4"))
    with case.begin() as conn:
        m = schema.media
        row = conn.execute(select(m.c.id, schema.evidence.c.location, m.c.path)
                           .join(schema.evidence, schema.evidence.c.id == m.c.evidence_id).order_by(m.c.id.desc()).limit(1)).one()
        Path(row.location, row.path).write_bytes(posted)
        conn.execute(update(m).where(m.c.id == row.id).values(kind="video_file", mime="video/mp4",
                                                                sha256=hashlib.sha256(posted).hexdigest()))
        conn.execute(media_hashes.delete().where(media_hashes.c.media_id == row.id))
    lst = tmp_path / "video-list.txt"
    lst.write_text("\n".join(f"{i},{f.split(',')[1]},{f.split(',')[0]},{f.split(',')[2]}" for i, f in enumerate(listed.vpdq)) + "\n")
    run_cli("hashset", "import", lst, "--name", "videos", "--case", case.path)
    assert "ok: 1" in run_cli("media", "hash", "--case", case.path, "--workers", "1").stdout
    assert run_cli("media", "match", "--case", case.path, "--hashset", "videos").stdout.startswith("1 media matched videos (vpdq 1)")
