"""roomsift-verify: check an exported audit bundle without roomsift.

This file is deliberately standalone: it imports only the Python standard library and
`cryptography`, so an oversight body can read it in one sitting, copy it out of the
project and run it (`python verify.py BUNDLE`). roomsift's own log code imports the
hashing and proof checks from here, so both sides share one definition.

The log is an RFC 9162 (Certificate Transparency v2) Merkle tree:
  leaf hash = SHA-256(0x00 || entry bytes), node hash = SHA-256(0x01 || left || right),
  tree hash of n leaves split at the largest power of two below n (RFC 9162 §2.1.1).
Inclusion and consistency proofs are checked with the algorithms of §2.1.3.2 / §2.1.4.2.

A bundle is a folder:
  entries.jsonl      one entry per line; the line's bytes are what the leaf hash covers
  checkpoints.jsonl  signed tree heads (size, root, time), each with the consistency
                     proof from the checkpoint before it
  witnesses.jsonl    countersignatures of checkpoints by auditors (may be empty)
  keys.json          the log's public key and the case users' public keys
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

EMPTY_ROOT = hashlib.sha256(b"").digest()  # RFC 9162: the hash of an empty tree
ZERO_LINK = "0" * 64  # the "prev" link of the first entry


# -- RFC 9162 hashing --------------------------------------------------------------------
def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


class CompactRange:
    """The right edge of a growing tree: one perfect-subtree hash per set bit of the size.
    Appending is amortised O(1); the root at the current size is O(log n)."""

    def __init__(self, size: int = 0, nodes: list[bytes] | None = None):
        self.size = size
        self.nodes = list(nodes or [])  # left to right, largest subtree first
        if len(self.nodes) != bin(size).count("1"):
            raise ValueError("compact range does not match its size")

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add a leaf hash; return the perfect subtrees completed as (level, index, hash),
        the leaf itself included at level 0."""
        index = self.size
        made = [(0, index, leaf)]
        h, level = leaf, 0
        while (index >> level) & 1:  # merge while the subtree to the left has equal size
            h = node_hash(self.nodes.pop(), h)
            level += 1
            made.append((level, index >> level, h))
        self.nodes.append(h)
        self.size += 1
        return made

    def root(self) -> bytes:
        if not self.nodes:
            return EMPTY_ROOT
        h = self.nodes[-1]
        for left in reversed(self.nodes[:-1]):
            h = node_hash(left, h)
        return h


def root_of(entries: list[bytes]) -> bytes:
    tree = CompactRange()
    for e in entries:
        tree.append(leaf_hash(e))
    return tree.root()


# -- proof verification (RFC 9162 §2.1.3.2 and §2.1.4.2) ----------------------------------
def verify_inclusion(index: int, size: int, leaf: bytes, proof: list[bytes], root: bytes) -> bool:
    if index >= size or len(leaf) != 32:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(size1: int, size2: int, root1: bytes, root2: bytes, proof: list[bytes]) -> bool:
    if size1 > size2:
        return False
    if size1 == size2:
        return not proof and root1 == root2
    if size1 == 0:
        return not proof  # the empty tree is a prefix of every tree
    if not proof:
        return False
    path = list(proof)
    if size1 & (size1 - 1) == 0:  # size1 is a power of two: its root is a node of tree 2
        path.insert(0, root1)
    fn, sn = size1 - 1, size2 - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == root1 and sr == root2


# -- checkpoints and countersignatures ------------------------------------------------------
def checkpoint_body(origin: str, size: int, root_hex: str, time_utc: int) -> bytes:
    """The bytes a checkpoint signature covers (one field per line, like a C2SP checkpoint)."""
    return f"roomsift-checkpoint/v1\norigin {origin}\nsize {size}\nroot {root_hex}\ntime {time_utc}\n".encode()


def cosignature_body(origin: str, size: int, root_hex: str, time_utc: int) -> bytes:
    return b"roomsift-cosignature/v1\n" + checkpoint_body(origin, size, root_hex, time_utc)


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def check_signature(public_b64: str, signature_b64: str, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64)).verify(base64.b64decode(signature_b64), message)
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


# -- bundle verification --------------------------------------------------------------------
@dataclass
class Problem:
    message: str
    entry: int | None = None  # first entry the problem concerns, when one can be named


@dataclass
class Report:
    entries: int = 0
    checkpoints: int = 0
    witnesses: int = 0
    log_key_id: str = ""
    problems: list[Problem] = field(default_factory=list)
    signed_size: int = 0  # entries covered by the largest checkpoint that verifies against them
    unsigned_tail: tuple[int, int] | None = None  # (first, last) entries no signed checkpoint covers, when allowed

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_tampered_entry(self) -> int | None:
        named = [p.entry for p in self.problems if p.entry is not None]
        return min(named) if named else None

    def add(self, message: str, entry: int | None = None) -> None:
        self.problems.append(Problem(message, entry))


def _hex32(value) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(ch in "0123456789abcdef" for ch in value)


def _read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check_entries(lines: list[bytes], report: Report) -> list[bytes]:
    """Check sequence numbers and hash links; return the leaf hashes."""
    leaves: list[bytes] = []
    order_ok = True
    where: dict[int, int] = {}  # seq -> position, to tell a deletion from a reordering
    for pos, line in enumerate(lines):
        try:
            where.setdefault(json.loads(line)["seq"], pos)
        except (ValueError, KeyError, TypeError):
            pass
    for pos, line in enumerate(lines):
        try:
            entry = json.loads(line)
            seq, link = entry["seq"], entry["prev"]
        except (ValueError, KeyError, TypeError):
            report.add(f"entry #{pos}: not a readable log entry", pos)
            leaves.append(leaf_hash(line))
            order_ok = False
            continue
        if seq != pos:
            if order_ok:  # name only the first break in the numbering
                if pos in where and where[pos] != pos:
                    report.add(f"entries reordered: position #{pos} holds entry #{seq}; entry #{pos} is at #{where[pos]}", pos)
                elif isinstance(seq, int) and seq > pos:
                    report.add(f"entry #{pos} is missing (deleted): position #{pos} holds entry #{seq}", pos)
                else:
                    report.add(f"entries reordered: position #{pos} holds entry #{seq}", pos)
            order_ok = False
        elif order_ok and pos > 0 and link != leaves[pos - 1].hex():
            report.add(f"entry #{pos - 1} altered: its hash no longer matches the link stored in entry #{pos}", pos - 1)
        leaves.append(leaf_hash(line))
    return leaves


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def verify_bundle(folder: str | Path, *, log_key: str | None = None, witness_files: list[str | Path] = (),
                  allow_unsigned_tail: bool = False) -> Report:
    """Check everything in a bundle; `log_key` pins the expected log key id, and
    `witness_files` adds countersignatures kept by auditors outside the bundle.

    Every entry must be covered by a checkpoint signed with the log key: entries after the
    last signed checkpoint could have been appended or rewritten by anyone. With
    `allow_unsigned_tail` they are reported in `unsigned_tail` instead of as a problem."""
    folder = Path(folder)
    report = Report()
    keys = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
    log_pub = keys["log"]["public_key"]
    report.log_key_id = key_id(base64.b64decode(log_pub))
    if log_key and log_key != report.log_key_id:
        report.add(f"log key {report.log_key_id} is not the pinned key {log_key}")
    origin = keys.get("origin", "")

    raw = (folder / "entries.jsonl").read_bytes()
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    report.entries = len(lines)
    leaves = _check_entries(lines, report)

    # Roots of the bundle's own tree at every size a checkpoint or witness mentions.
    checkpoints = _read_jsonl(folder / "checkpoints.jsonl")
    witnesses = _read_jsonl(folder / "witnesses.jsonl")
    for wf in witness_files:
        witnesses += _read_jsonl(Path(wf))
    wanted = {c.get("size") for c in checkpoints if _whole(c.get("size"))} | {w.get("size") for w in witnesses if _whole(w.get("size"))}
    roots: dict[int, bytes] = {0: EMPTY_ROOT}
    tree = CompactRange()
    for leaf in leaves:
        tree.append(leaf)
        if tree.size in wanted:
            roots[tree.size] = tree.root()
    n = len(leaves)

    # Signed checkpoints: signature, then agreement with the entries, then consistency.
    report.checkpoints = len(checkpoints)
    previous = None
    for i, cp in enumerate(checkpoints):
        size, root_hex, t = cp.get("size"), cp.get("root", ""), cp.get("time_utc")
        label = f"checkpoint {i + 1} (size {size})"
        if not _whole(size) or not isinstance(t, int) or not _hex32(root_hex):
            report.add(f"checkpoint {i + 1}: size {size!r}, time {t!r} or root {root_hex!r} is malformed (not a whole number / 64 hex digits)")
            continue
        if cp.get("origin") != origin or not check_signature(
            log_pub, cp.get("signature", ""), checkpoint_body(origin, size, root_hex, t)
        ):
            report.add(f"{label}: signature does not verify with the log key (forged or altered checkpoint)")
            continue
        if previous is not None:
            psize, proot = previous["size"], previous["root"]
            if size < psize:
                report.add(f"{label}: tree shrank from {psize} entries (rolled back)", size)
            elif not verify_consistency(psize, size, bytes.fromhex(proot), bytes.fromhex(root_hex),
                                        [bytes.fromhex(h) for h in cp.get("consistency", [])]):
                report.add(f"{label}: not consistent with the checkpoint before it (the history was rewritten)", psize)
        if size > n:
            report.add(f"log truncated: {label} covers {size} entries but the bundle holds {n}; first missing entry #{n}", n)
        elif roots[size].hex() == root_hex:
            report.signed_size = max(report.signed_size, size)
        else:
            lo = previous["size"] if previous and previous["size"] <= size else 0
            named = [p.entry for p in report.problems if p.entry is not None and lo <= p.entry < size]
            if not named:  # the links inside the interval hold, so the last entry of it changed
                report.add(f"entry #{size - 1} altered: the entries no longer produce the root signed in {label}", size - 1)
        previous = cp

    if report.signed_size < n:
        first, last = report.signed_size, n - 1
        if allow_unsigned_tail:
            report.unsigned_tail = (first, last)
        else:
            report.add(f"entries #{first}..#{last} are not covered by any checkpoint signed with the log key "
                       "(appended, or the log rewritten, without the key)", first)

    # Countersigned checkpoints: the bundle must contain exactly the history a witness saw.
    report.witnesses = len(witnesses)
    user_keys = {u["name"]: u["public_key"] for u in keys.get("users", [])}
    agreeing = [0]
    checked = []
    for w in witnesses:
        who, size, root_hex, t = w.get("witness"), w.get("size"), w.get("root", ""), w.get("time_utc")
        if not _whole(size) or not _hex32(root_hex):
            report.add(f"countersignature by {who}: size {size!r} or root {root_hex!r} is malformed")
            continue
        pub = w.get("public_key") or user_keys.get(who, "")
        if who in user_keys and user_keys[who] != pub:
            report.add(f"countersignature by {who}: key differs from the one listed for that user")
            continue
        if not check_signature(pub, w.get("signature", ""), cosignature_body(w.get("origin", ""), size, root_hex, t)):
            report.add(f"countersignature by {who} at size {size}: signature does not verify")
            continue
        checked.append(w)
        if size <= n and roots[size].hex() == root_hex:
            agreeing.append(size)
    for w in checked:
        size, who = w["size"], w["witness"]
        if size > n:
            report.add(
                f"rolled back: {who} countersigned a tree of {size} entries but the bundle holds {n}; "
                f"first missing entry #{n}", n,
            )
        elif roots[size].hex() != w["root"]:
            lo = max(a for a in agreeing if a < size) if any(a < size for a in agreeing) else 0
            named = [p.entry for p in report.problems if p.entry is not None and lo <= p.entry < size]
            if named:
                first, where = min(named), f"entry #{min(named)}"
            else:  # relinked and re-signed: only the witnessed roots bound where it differs
                first, where = lo, f"entry #{lo}" if size - lo == 1 else f"an entry in #{lo}..#{size - 1}"
            report.add(
                f"fork: the bundle contradicts the checkpoint of size {size} countersigned by {who}; "
                f"history first differs at {where}", first,
            )
    return report


# -- case packages (`roomsift export package`) -----------------------------------------------
def verify_package(path: str | Path, *, log_key: str | None = None) -> Report:
    """Check a case package zip: the manifest's Ed25519 signature, the audit checkpoint it
    cites (signed by the same log key), and every file against its SHA-256 — with no file
    missing and none added."""
    import zipfile

    report = Report()
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        for required in ("manifest.json", "manifest.sig"):
            if required not in names:
                report.add(f"{required} is missing: not a signed roomsift package")
                return report
        body = z.read("manifest.json")
        manifest = json.loads(body)
        key = manifest.get("signing_key", {}).get("public_key", "")
        report.log_key_id = key_id(base64.b64decode(key)) if key else ""
        if log_key and log_key != report.log_key_id:
            report.add(f"signed by key {report.log_key_id}, not the pinned log key {log_key}")
        if not check_signature(key, z.read("manifest.sig").strip().decode("ascii", "replace"), body):
            report.add("manifest.json: signature does not verify (manifest altered or signed by another key)")
        cp = manifest.get("checkpoint") or {}
        if not check_signature(key, cp.get("signature", ""),
                               checkpoint_body(cp.get("origin", ""), cp.get("size"), cp.get("root", ""), cp.get("time_utc"))):
            report.add("audit checkpoint: signature does not verify with the package's log key")
        report.checkpoints = 1
        listed = {f["name"]: f for f in manifest.get("files", [])}
        for name in sorted(names - set(listed) - {"manifest.json", "manifest.sig"}):
            report.add(f"{name}: in the package but not in the manifest (added)")
        for name, f in sorted(listed.items()):
            if name not in names:
                report.add(f"{name}: listed in the manifest but missing")
                continue
            data = z.read(name)
            if hashlib.sha256(data).hexdigest() != f.get("sha256") or len(data) != f.get("size"):
                report.add(f"{name}: SHA-256 does not match the manifest (altered)")
        report.entries = len(listed)
    return report


def _main_package(path: str, log_key: str | None) -> int:
    try:
        report = verify_package(path, log_key=log_key)
    except (OSError, ValueError, KeyError) as exc:
        print(f"error: cannot read package {path}: {exc}", file=sys.stderr)
        return 2
    print(f"package signed by log key {report.log_key_id}: {report.entries} files")
    if report.ok:
        print("OK: the manifest signature and its audit checkpoint verify, and every file matches its SHA-256")
        return 0
    print("TAMPERED")
    for p in report.problems:
        print(f"  - {p.message}")
    return 1


def main(argv: list[str] | None = None) -> int:
    """Exit 0: verified. 1: tampered. 2: unreadable. 3: verified only up to an unsigned tail
    the caller explicitly allowed."""
    parser = argparse.ArgumentParser(prog="roomsift-verify", description="Verify a roomsift audit bundle.")
    parser.add_argument("bundle", help="folder written by `roomsift audit export`, or a package zip from `roomsift export package`")
    parser.add_argument("--log-key", help="expected log key id (from a previous verification or the case holder)")
    parser.add_argument("--witness", action="append", default=[], help="countersignature file kept by an auditor")
    parser.add_argument("--allow-unsigned-tail", action="store_true",
                        help="report entries after the last signed checkpoint as a warning (exit 3) instead of tampering")
    args = parser.parse_args(argv)
    if Path(args.bundle).is_file():  # a case package zip (roomsift export package)
        return _main_package(args.bundle, args.log_key)
    try:
        report = verify_bundle(args.bundle, log_key=args.log_key, witness_files=args.witness,
                               allow_unsigned_tail=args.allow_unsigned_tail)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        print(f"error: cannot read bundle {args.bundle}: {exc}", file=sys.stderr)
        return 2
    print(f"log key {report.log_key_id}: {report.entries} entries, {report.checkpoints} checkpoints, "
          f"{report.witnesses} countersignatures")
    if not args.log_key:
        print(f"WARNING: no --log-key given: the key in the bundle itself was trusted; pin {report.log_key_id} "
              "from an earlier verification or the case holder")
    if report.ok:
        if report.unsigned_tail is not None:
            first, last = report.unsigned_tail
            print(f"UNSIGNED TAIL: entries #{first}..#{last} are NOT covered by any signed checkpoint; "
                  "anyone could have written them. Only entries before #%d are verified." % first)
            return 3
        print("OK: every signature verifies, the entries produce every signed root, checkpoints are consistent, "
              "and a signed checkpoint covers every entry")
        return 0
    first = report.first_tampered_entry
    print("TAMPERED" + (f": first tampered entry #{first}" if first is not None else ""))
    for p in report.problems:
        print(f"  - {p.message}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
