"""Oversight: pseudonyms, case users and roles, legal bases with four-eyes approval, and
an RFC 9162 Merkle-tree audit log that outsiders verify with `roomsift-verify`.

Kept free of imports on purpose: `roomsift.oversight.verify` must load with no other
roomsift module. The wiring into the case store lives in `hook.py`."""
