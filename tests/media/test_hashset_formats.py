"""Hash-set files: the real/derived samples, quirks, errors with line numbers, round trips."""

from __future__ import annotations

import io

import pytest

from roomsift.media.hashsets import HashSetError, detect, read_hashset
from roomsift.media.hashsets import csv_digests, pdq_list, vics
from roomsift.media.signals.vpdq import VPDQ

from .conftest import TE, VICS

pytestmark = pytest.mark.backend_neutral("hash-list file formats; no case")


def test_upstream_pdq_needles():
    p = read_hashset(TE / "pdq_needles.txt")
    assert p.format == "pdq" and len(p.entries) == 100 and {e.kind for e in p.entries} == {"pdq"}


def test_local_file_exchange_lines_map_signal_types_and_count_the_rest():
    p = read_hashset(TE / "synthetic_pte_file_collab_signals.txt")
    kinds = [e.kind for e in p.entries]
    assert kinds.count("md5") == 1 and kinds.count("pdq") == 17
    assert p.skipped == {"url": 1}


def test_threatexchange_dataset_csv_keeps_category_and_collab():
    p = read_hashset(TE / "synthetic_pte_dataset_print_signals.csv")
    assert p.scheme == "threatexchange" and len(p.entries) == 3
    assert p.entries[0].category == "POSITIVE_CLASS" and p.entries[0].extra["collab"] == "Sample Data"


def test_vpdq_files_both_serialisations_agree():
    cpp = read_hashset(TE / "vpdq_cpp_doorknob-hd-no-bar.txt")
    pte = read_hashset(TE / "derived_pte_vpdq_signal_doorknob-hd-no-bar.json")
    a, b = VPDQ.parse(cpp.entries[0].value), VPDQ.parse(pte.entries[0].value)
    assert len(a) == len(b) == 120
    assert [f.pdq for f in a] == [f.pdq for f in b]
    assert VPDQ.match_share(a, b) == 1.0


def test_vics_media_hashset_with_string_booleans_and_uppercase():
    p = read_hashset(VICS / "synthetic_vics20_hashset_media.json")
    assert p.format == "vics" and p.scheme == "VICS US"
    md5 = [e for e in p.entries if e.kind == "md5"]
    assert len(md5) == 4 and md5[1].value == "d35c785545392755e7e4164457657269"
    assert md5[0].category == "0" and md5[0].extra["is_precategorized"] is False


def test_vics_case_export_reads_nested_media_and_alternative_hashes():
    p = read_hashset(VICS / "synthetic_vics20_case_cases.json")
    kinds = sorted({e.kind for e in p.entries})
    assert kinds == ["md5", "pdq", "sha1", "sha256"]
    first = [e for e in p.entries if e.ext_id == "1"]
    assert {e.kind: e.value for e in first}["pdq"] == "cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940"
    assert all(e.category is None for e in first)  # null stays distinct from 0


def test_detect_refuses_unknown_files(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello world\n")
    with pytest.raises(HashSetError, match="cannot tell"):
        detect(f)


def test_bad_hash_is_reported_with_file_and_line(tmp_path):
    f = tmp_path / "list.txt"
    f.write_text("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22\nnot-a-hash\n")
    with pytest.raises(HashSetError, match=r"list.txt:2: not a PDQ hash"):
        read_hashset(f, "pdq")


def test_csv_digests_by_column_and_by_length(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text("hash,id,category\n" + "A" * 32 + ",x1,2\n" + "b" * 40 + ",x2,\n" + "c" * 64 + ",x3,1\n")
    p = read_hashset(f)
    assert [(e.kind, e.value[:2], e.ext_id, e.category) for e in p.entries] == [
        ("md5", "aa", "x1", "2"), ("sha1", "bb", "x2", None), ("sha256", "cc", "x3", "1")]
    bad = tmp_path / "bad.csv"
    bad.write_text("md5\n1234\n")
    with pytest.raises(HashSetError, match=r"bad.csv:2"):
        read_hashset(bad)


@pytest.mark.parametrize("module,sample", [
    (pdq_list, TE / "pdq_needles.txt"),
    (vics, VICS / "synthetic_vics20_case_cases.json"),
])
def test_round_trip(module, sample, tmp_path):
    entries = read_hashset(sample).entries
    buf = io.StringIO()
    module.write(entries, buf)
    out = tmp_path / ("rt.json" if module is vics else "rt.txt")
    out.write_text(buf.getvalue())
    again = read_hashset(out).entries
    key = lambda e: (e.kind, e.value)
    want = sorted(map(key, [e for e in entries if e.kind in ("md5", "sha1", "sha256", "pdq")]))
    assert sorted(map(key, again)) == want


def test_csv_round_trip(tmp_path):
    entries = read_hashset(VICS / "synthetic_vics20_hashset_media.json").entries
    buf = io.StringIO()
    assert csv_digests.write(entries, buf) == 4  # one row per known item, all its digests
    out = tmp_path / "rt.csv"
    out.write_text(buf.getvalue())
    assert sorted((e.kind, e.value) for e in read_hashset(out).entries) == sorted((e.kind, e.value) for e in entries)
