"""Wires the audit log into the case store. `roomsift.case.store` imports this module
when the first Case object is made, so no code path can open a case — CLI, web, tests,
scripts — without its events feeding the audit log.

Output is not wired here: `roomsift.present.output` calls the privacy layer itself, and is
the only module that writes user-visible output (tests/test_one_door.py)."""

from __future__ import annotations

import logging

from roomsift.case.store import EVENT_LISTENERS, Case
from roomsift.oversight import access, keys, privacy
from roomsift.oversight.auditlog import append_event, sign_checkpoint

_touched: set = set()  # case folders whose log grew during this command


def _on_event(case, conn, event_id, row) -> None:
    if row["kind"] == "case_created":  # make the case's secrets with the case itself
        keys.case_secret(case, conn, keys.PSEUDONYM_SECRET)
        keys.log_signing_key(case, conn)
    append_event(case, conn, event_id, row)
    _touched.add(case.path)


def command_started(ctx=None) -> None:
    """Called by the CLI root: forget the last command's state; checkpoint at its end."""
    privacy.start_command()
    _touched.clear()
    if ctx is not None:
        access.started(ctx)
        ctx.call_on_close(checkpoint_touched)


def checkpoint_touched() -> None:
    """Sign a checkpoint for every case this command added log entries to."""
    for path in sorted(_touched):
        try:
            with Case.open(path) as case, case.begin() as conn:
                sign_checkpoint(case, conn)
        except Exception as exc:  # never lose the command's work over a checkpoint
            logging.getLogger("roomsift").warning("audit checkpoint for %s not signed: %s", path, exc)
    _touched.clear()


if _on_event not in EVENT_LISTENERS:
    EVENT_LISTENERS.append(_on_event)
