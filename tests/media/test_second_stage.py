"""The second matching stage: a copy PDQ misses is found after the in-house list is
augmented from its images (CLI end to end), rotated and captioned copies are verified
with local features, and unrelated pictures are not."""

from __future__ import annotations

import glob
import io
import json

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from roomsift.demo.images import abstract_image
from roomsift.media import features as lf
from roomsift.media.index import PDQIndex
from roomsift.media.matching import query_variants
from roomsift.media.regions import list_windows, query_regions
from roomsift.media.second_stage import Augmentation, SecondStage
from roomsift.media.signals.pdq import PDQ


def _framed(im: Image.Image, seed: int) -> Image.Image:
    """`im` as the central 80 % of a larger picture (a noisy frame around it): `im` is then
    a 10 %-per-side crop of the result, which PDQ alone does not match."""
    w, h = im.size
    big = (int(w / 0.8), int(h / 0.8))
    noise = np.random.default_rng(seed).integers(0, 256, (big[1], big[0], 3), dtype=np.uint8)
    out = Image.fromarray(noise)
    out.paste(im, ((big[0] - w) // 2, (big[1] - h) // 2))
    return out


def test_cropped_copy_in_case_found_after_augment(fresh_demo, run_cli, tmp_path):
    case, folder, _expected = fresh_demo
    posted = sorted(glob.glob(str(folder / "exports/telegram/photoclub/photos/*.jpg")))[0]
    listed = _framed(Image.open(posted).convert("RGB"), 1)
    images = tmp_path / "inhouse"
    images.mkdir()
    listed.save(images / "item-1.png")
    pdq = PDQ.hash_array(np.asarray(listed)).hex
    (tmp_path / "inhouse.csv").write_text(f"hash,quality,id,category\n{pdq},100,item-1,A1\n")
    run_cli("hashset", "import", str(tmp_path / "inhouse.csv"), "--name", "inhouse", "--format", "pdq", "--case", case.path)

    def posted_matches():
        rows = json.loads(run_cli("media", "matches", "--case", case.path, "--hashset", "inhouse", "-f", "json").stdout)
        return [r for r in rows if r["ext_id"] == "item-1"]

    out = run_cli("media", "match", "--case", case.path, "--hashset", "inhouse").stdout
    assert "second stage:" in out and posted_matches() == []  # hashes only: the crop is out of PDQ's reach

    out = run_cli("hashset", "augment", "inhouse", "--images", str(images), "--case", case.path).stdout
    assert "1 listed item(s) augmented from 1 image(s)" in out
    out = run_cli("media", "match", "--case", case.path, "--hashset", "inhouse").stdout
    assert "regions 1" in out or "features 1" in out, out
    (m,) = posted_matches()
    assert m["stage"] == 2 and m["kind"] in ("regions", "features") and m["category"] == "A1"
    # augmentation is never exported: the list's own hashes only
    exported = run_cli("hashset", "export", "inhouse", "--format", "pdq", "--case", case.path).stdout
    assert exported.count(pdq) == 1 and len([x for x in exported.splitlines() if x and not x.startswith("hash")]) == 1


def test_augment_reports_images_not_on_the_list(fresh_demo, run_cli, tmp_path):
    case, *_ = fresh_demo
    images = tmp_path / "imgs"
    images.mkdir()
    abstract_image(99, (320, 240)).save(images / "stranger.png")
    (images / "broken.jpg").write_bytes(b"not a jpeg")
    (tmp_path / "l2.csv").write_text("hash,quality,id,category\n" + "f" * 64 + ",100,x,1\n")
    run_cli("hashset", "import", tmp_path / "l2.csv", "--name", "l2", "--format", "pdq", "--case", case.path)
    res = run_cli("hashset", "augment", "l2", "--images", images, "--case", case.path)
    assert "0 listed item(s) augmented from 2 image(s)" in res.stdout and "stranger.png" in res.stdout
    assert "broken.jpg" in res.stderr
    bad = run_cli("hashset", "augment", "l2", "--images", tmp_path / "missing", "--case", case.path, expect=None)
    assert bad.exit_code != 0 and "not a folder of images" in bad.stderr


def _jpeg(im: Image.Image, q: int = 85) -> np.ndarray:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q)
    return np.asarray(Image.open(buf).convert("RGB"))


def _stage(listed: list[Image.Image]) -> SecondStage:
    full = [PDQ.hash_array(np.asarray(im)).hex for im in listed]
    aug = Augmentation()
    for eid, im in enumerate(listed):
        for w, h in list_windows(im):
            aug.window_owner.append(eid)
            aug.window_name.append(w)
            aug.window_hex.append(h)
        aug.features[eid] = lf.extract(np.asarray(im))
    aug.build(dict(enumerate(full)))
    return SecondStage(PDQIndex.from_hex(full), list(range(len(full))), aug)


def _photo(seed: int) -> Image.Image:
    """A textured generated picture (abstract shapes plus fine detail, so it has corners)."""
    base = abstract_image(seed, (640, 480)).convert("RGB")
    d = ImageDraw.Draw(base)
    rnd = np.random.default_rng(seed)
    for _ in range(120):
        x, y = rnd.integers(0, 620), rnd.integers(0, 460)
        d.rectangle([x, y, x + rnd.integers(4, 20), y + rnd.integers(4, 20)], fill=tuple(int(v) for v in rnd.integers(0, 256, 3)))
    return base


def test_rotated_copy_is_verified_by_local_features_unrelated_is_not():
    listed = [_photo(s) for s in range(5)]
    stage = _stage(listed)
    for angle in (5, -4):
        copy = _jpeg(listed[2].rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(0, 0, 0)))
        h = PDQ.hash_array(copy, dihedral=True)
        stage1 = query_variants(h.hex, list(h.dihedral), None)
        assert not stage.index.search(np.frombuffer(bytes.fromhex(h.hex), np.uint8).reshape(1, 32), 31)
        hits = stage.match(copy, stage1)
        assert [x.entry_id for x in hits] == [2], (angle, hits)
        assert hits[0].stage in ("regions", "features")
    for seed in (50, 51, 52):
        other = _jpeg(_photo(seed))
        h = PDQ.hash_array(other, dihedral=True)
        assert stage.match(other, query_variants(h.hex, list(h.dihedral), None)) == []


def test_features_reject_an_unrelated_pair_and_accept_an_overlaid_copy():
    a, b = _photo(7), _photo(8)
    fa = lf.extract(np.asarray(a))
    captioned = a.copy()
    ImageDraw.Draw(captioned).rectangle([0, 400, 640, 480], fill=(20, 20, 20))
    ok, n = lf.verified(lf.extract(_jpeg(captioned, 40)), fa)
    assert ok and n >= lf.MIN_INLIERS
    ok, n = lf.verified(lf.extract(np.asarray(b)), fa)
    assert not ok and n < lf.MIN_INLIERS
    ok, _ = lf.verified(lf.extract(np.asarray(ImageOps.mirror(b))), fa)
    assert not ok


def test_query_regions_of_a_captioned_copy_meet_the_listed_window():
    im = _photo(11)
    captioned = im.copy()
    ImageDraw.Draw(captioned).rectangle([0, int(480 * 0.87), 640, 480], fill=(10, 10, 10))
    q = dict(query_regions(_jpeg(captioned)))
    w = dict(list_windows(im))
    assert PDQ.distance(q["top85"], w["top85"]) <= 31
    assert PDQ.distance(q["top85"], w["top85"]) < PDQ.distance(PDQ.hash_array(_jpeg(captioned)).hex, PDQ.hash_array(np.asarray(im)).hex)
