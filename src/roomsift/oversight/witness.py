"""Witnessing: an auditor countersigns a checkpoint after checking that it extends every
checkpoint they countersigned before. Once a checkpoint is countersigned, the case holder
cannot present a different history up to it (a fork) or a shorter one (a rollback)
without the verifier naming the contradiction."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import insert, select

from roomsift.errors import UserError
from roomsift.oversight import keys, tables
from roomsift.oversight.auditlog import StoredTree, latest_checkpoint, origin_of, sign_checkpoint
from roomsift.oversight.users import acting_user, signing_key
from roomsift.oversight.verify import cosignature_body, leaf_hash, verify_consistency, verify_inclusion


def _earlier(conn, name: str, own_file: Path | None) -> list[dict]:
    c = tables.audit_cosignatures.c
    seen = [{"size": r.size, "root": r.root} for r in
            conn.execute(select(c.size, c.root).where(c.witness == name))]
    if own_file and own_file.exists():
        seen += [json.loads(line) for line in own_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return seen


def witness(case, own_file: Path | None = None) -> dict:
    with case.begin() as conn:
        user = acting_user(case, conn, ("auditor",), "countersigning the audit log")
        private = signing_key(case, user)
        case.record_event(conn, "audit_witness", f"{user.name} countersigned the audit log", {"witness": user.name})
        cp = sign_checkpoint(case, conn)
        tree = StoredTree(conn)
        for old in _earlier(conn, user.name, own_file):
            if old["size"] > cp.size:
                raise UserError(f"refused: the log has {cp.size} entries but you countersigned {old['size']} before (rolled back)")
            proof = tree.consistency(old["size"], cp.size)
            if not verify_consistency(old["size"], cp.size, bytes.fromhex(old["root"]), bytes.fromhex(cp.root), proof):
                raise UserError(f"refused: the log does not extend the checkpoint of {old['size']} entries you countersigned (fork)")
        origin = origin_of(case)
        cos = {"origin": origin, "size": cp.size, "root": cp.root, "time_utc": cp.time_utc, "witness": user.name,
               "public_key": user.public_key,
               "signature": keys.sign(private, cosignature_body(origin, cp.size, cp.root, cp.time_utc))}
        conn.execute(insert(tables.audit_cosignatures), {k: v for k, v in cos.items() if k != "origin"})
    if own_file:
        with own_file.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(cos) + "\n")
    return cos


def inclusion(case, index: int) -> dict:
    """An inclusion proof of entry `index` against the latest checkpoint, self-checked."""
    with case.connect() as conn:
        cp = latest_checkpoint(conn)
        if cp is None or not 0 <= index < cp.size:
            raise UserError(f"entry #{index} is not covered by a signed checkpoint yet")
        entry = conn.execute(select(tables.audit_entries.c.entry).where(tables.audit_entries.c.seq == index)).scalar_one()
        proof = StoredTree(conn).inclusion(index, cp.size)
    leaf = leaf_hash(entry.encode("utf-8"))
    if not verify_inclusion(index, cp.size, leaf, proof, bytes.fromhex(cp.root)):
        raise UserError(f"entry #{index} does not verify against the checkpoint: the log is damaged")
    return {"entry_index": index, "tree_size": cp.size, "root": cp.root, "checkpoint_time_utc": cp.time_utc,
            "leaf_hash": leaf.hex(), "proof": [h.hex() for h in proof], "entry": entry}


