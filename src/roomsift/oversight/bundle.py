"""`roomsift audit export`: write the log as a bundle that `roomsift-verify` checks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import select

from roomsift.errors import UserError
from roomsift.oversight import keys, tables
from roomsift.oversight.auditlog import StoredTree, entries, origin_of, sign_checkpoint


def _jsonl(path: Path, rows) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def export_bundle(case, out: Path) -> dict:
    """Log the export, sign a checkpoint that covers it, then write the bundle folder."""
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UserError(f"{out}: already exists and is not an empty folder")
    with case.begin() as conn:
        case.record_event(conn, "audit_export", "audit log exported for outside verification", {"bundle": out.name})
        sign_checkpoint(case, conn)
        log_public = keys.public_b64(keys.log_signing_key(case, conn))
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with case.connect() as conn:
        with (tmp / "entries.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            n = 0
            for _seq, entry in entries(conn):
                fh.write(entry + "\n")
                n += 1
        tree = StoredTree(conn)
        cps, prev = [], None
        for row in conn.execute(select(tables.audit_checkpoints).order_by(tables.audit_checkpoints.c.id)):
            proof = tree.consistency(prev.size, row.size) if prev is not None and prev.size <= row.size else []
            cps.append({"origin": origin_of(case), "size": row.size, "root": row.root, "time_utc": row.time_utc,
                        "key_id": row.key_id, "signature": row.signature, "consistency": [h.hex() for h in proof]})
            prev = row
        _jsonl(tmp / "checkpoints.jsonl", cps)
        cos = tables.audit_cosignatures
        _jsonl(tmp / "witnesses.jsonl", [
            {"origin": origin_of(case), "size": r.size, "root": r.root, "time_utc": r.time_utc, "witness": r.witness,
             "public_key": r.public_key, "signature": r.signature}
            for r in conn.execute(select(cos).order_by(cos.c.id))
        ])
        users = [{"name": u.name, "role": u.role, "public_key": u.public_key, "key_id": keys.public_key_id(u.public_key),
                  "active": bool(u.active)} for u in conn.execute(select(tables.case_users).order_by(tables.case_users.c.name))]
    (tmp / "keys.json").write_text(json.dumps({
        "origin": origin_of(case),
        "log": {"public_key": log_public, "key_id": keys.public_key_id(log_public)},
        "users": users,
    }, indent=2) + "\n", encoding="utf-8")
    if out.exists():
        out.rmdir()
    tmp.replace(out)
    return {"entries": n, "checkpoints": len(cps), "log_key_id": keys.public_key_id(log_public), "path": str(out)}
