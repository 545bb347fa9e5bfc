"""`roomsift hashset export`: files the field's tools load, round trips through our own
importer, and refusals (never an empty file with exit 0) for what a format cannot hold."""

from __future__ import annotations

import json

import pytest

from roomsift.media.hashsets import read_hashset

from .conftest import SAMPLES

TE = SAMPLES / "threatexchange"
VICS = SAMPLES / "vics"


def _te_load(path, signal_type=None):
    """Load a file the way python-threatexchange's CLI and HMA do (local_file exchange),
    then parse every signal with its own signal type: returns {(type, signal)}."""
    from threatexchange.exchanges.impl.file_api import FileCollaborationConfig, LocalFileSignalExchangeAPI
    from threatexchange.signal_type.md5 import VideoMD5Signal
    from threatexchange.signal_type.pdq.signal import PdqSignal

    types = {t.get_name(): t for t in (PdqSignal, VideoMD5Signal)}
    api = LocalFileSignalExchangeAPI.for_collab(FileCollaborationConfig(name="roomsift", filename=str(path), signal_type=signal_type))
    loaded = set()
    for delta in api.fetch_iter(list(types.values()), None):
        for stype, signal in delta.updates:
            loaded.add((stype, types[stype].validate_signal_str(signal)))
    return loaded


def _import(cli, case, path, name, fmt=None):
    args = ["hashset", "import", path, "--name", name, "--case", case] + (["--format", fmt] if fmt else [])
    return cli(*args)


def _entries(path, fmt=None):
    return sorted((e.kind, e.value, e.ext_id, e.category) for e in read_hashset(path, fmt).entries)


def test_pdq_export_loads_every_signal_in_python_threatexchange(cli, case_dir, tmp_path):
    original = _te_load(TE / "pdq_needles.txt", "pdq")
    assert len(original) == 100
    _import(cli, case_dir, TE / "pdq_needles.txt", "needles")
    out = tmp_path / "needles.txt"
    cli("hashset", "export", "needles", "--format", "pdq", "--out", out, "--case", case_dir)
    assert _te_load(out, "pdq") == original
    assert _entries(out) == _entries(TE / "pdq_needles.txt")


def test_te_lines_load_without_a_fixed_signal_type(cli, case_dir, tmp_path):
    _import(cli, case_dir, TE / "synthetic_pte_file_collab_signals.txt", "collab")
    out = tmp_path / "collab.te"
    cli("hashset", "export", "collab", "--format", "te", "--out", out, "--case", case_dir)
    loaded = _te_load(out)
    assert sum(1 for t, _ in loaded if t == "pdq") == 17 and sum(1 for t, _ in loaded if t == "video_md5") == 1
    assert _entries(out) == _entries(TE / "synthetic_pte_file_collab_signals.txt")


def test_pdq_export_of_a_mixed_set_is_refused_not_shortened(cli, case_dir, tmp_path):
    _import(cli, case_dir, TE / "synthetic_pte_file_collab_signals.txt", "collab")
    out = tmp_path / "collab.txt"
    r = cli("hashset", "export", "collab", "--format", "pdq", "--out", out, "--case", case_dir, expect=2)
    assert "cannot hold 1 md5" in r.stderr and not out.exists()
    cli("hashset", "export", "collab", "--format", "pdq", "--kind", "pdq", "--out", out, "--case", case_dir)
    assert len(_te_load(out, "pdq")) == 17


def test_vics_of_pdq_only_set_is_an_error_not_an_empty_file(cli, case_dir, tmp_path):
    _import(cli, case_dir, TE / "pdq_needles.txt", "needles")
    out = tmp_path / "needles.json"
    r = cli("hashset", "export", "needles", "--format", "vics", "--out", out, "--case", case_dir, expect=2)
    assert "100 of 100 item(s)" in r.stderr and "MD5" in r.stderr and not out.exists()


def test_vics_never_merges_unrelated_hashes_into_one_item(cli, case_dir, tmp_path):
    """17 PDQ + 1 MD5 without ids are 18 items; 17 of them have no MD5 for VICS."""
    _import(cli, case_dir, TE / "synthetic_pte_file_collab_signals.txt", "collab")
    r = cli("hashset", "export", "collab", "--format", "vics", "--case", case_dir, expect=2)
    assert "17 of 18 item(s)" in r.stderr
    out = tmp_path / "md5.json"
    cli("hashset", "export", "collab", "--format", "vics", "--kind", "md5", "--out", out, "--case", case_dir)
    media = json.loads(out.read_text())["value"]
    assert len(media) == 1 and "AlternativeHashes" not in media[0]


def test_vics_round_trip_keeps_one_media_per_item_with_all_hashes_and_category(cli, case_dir, tmp_path):
    src = VICS / "synthetic_vics20_case_cases.json"
    _import(cli, case_dir, src, "case")
    out = tmp_path / "case.json"
    cli("hashset", "export", "case", "--format", "vics", "--out", out, "--case", case_dir)
    doc = json.loads(out.read_text())
    assert doc["@odata.context"].endswith("$metadata#Media")
    original = read_hashset(src)
    items = {e.extra["md5"] for e in original.entries}
    assert len(doc["value"]) == len(items)
    first = next(m for m in doc["value"] if m["MediaID"] == 1)
    names = {a["HashName"] for a in first.get("AlternativeHashes", [])}
    assert "PDQ" in names and first["SHA1"]
    assert _entries(out) == _entries(src)
    # and it imports as a set of its own
    _import(cli, case_dir, out, "again")


def test_vics_hashset_round_trip_keeps_categories(cli, case_dir, tmp_path):
    src = VICS / "synthetic_vics20_hashset_media.json"
    _import(cli, case_dir, src, "media")
    out = tmp_path / "media.json"
    cli("hashset", "export", "media", "--format", "vics", "--out", out, "--case", case_dir)
    assert _entries(out) == _entries(src)
    cats = [m["Category"] for m in json.loads(out.read_text())["value"]]
    assert cats == [m["Category"] if m["Category"] is None else int(m["Category"])
                    for m in json.loads(src.read_text(encoding="utf-8-sig"))["value"]]


@pytest.mark.parametrize("src,fmt", [
    ("threatexchange/pdq_needles.txt", None),
    ("threatexchange/synthetic_pte_file_collab_signals.txt", None),
    ("vics/synthetic_vics20_case_cases.json", None),
    ("vics/synthetic_vics20_hashset_media.json", None),
])
def test_csv_round_trip_one_row_per_item(cli, case_dir, tmp_path, src, fmt):
    _import(cli, case_dir, SAMPLES / src, "set")
    out = tmp_path / "set.csv"
    cli("hashset", "export", "set", "--format", "csv", "--out", out, "--case", case_dir)
    assert out.read_text().splitlines()[0] == "md5,sha1,sha256,pdq,quality,id,category"
    assert _entries(out) == _entries(SAMPLES / src)


def test_csv_refuses_vpdq_and_vpdq_round_trips(cli, case_dir, tmp_path):
    _import(cli, case_dir, TE / "vpdq_cpp_doorknob-hd-no-bar.txt", "video")
    r = cli("hashset", "export", "video", "--format", "csv", "--case", case_dir, expect=2)
    assert "cannot hold 1 vpdq" in r.stderr and r.stdout == ""
    out = tmp_path / "video.te"
    cli("hashset", "export", "video", "--format", "vpdq", "--out", out, "--case", case_dir)
    # the video's id was its file name; the signal itself comes back unchanged
    assert [e[:2] for e in _entries(out)] == [e[:2] for e in _entries(TE / "vpdq_cpp_doorknob-hd-no-bar.txt")]


def test_export_is_logged(cli, case_dir, tmp_path):
    from roomsift.case.store import Case

    _import(cli, case_dir, TE / "pdq_needles.txt", "needles")
    cli("hashset", "export", "needles", "--format", "pdq", "--out", tmp_path / "n.txt", "--case", case_dir)
    kinds = [e["kind"] for e in Case.open(case_dir).events()]
    assert kinds[-2:] == ["hashset_exported", "export"]  # what was exported, then the file and its SHA-256
