"""Synthetic payment identifiers with valid checksums, derived from a seed.

The demo must contain addresses that validate (so payment analysis has something real to
find) without being anyone's wallet: each is built from hash output of a fixed label, so
its key material is unknown to everyone."""

from __future__ import annotations

import hashlib

import base58
import bech32
from Crypto.Hash import keccak


def _material(label: str, n: int) -> bytes:
    return hashlib.sha256(f"roomsift-demo:{label}".encode()).digest()[:n]


def btc_p2pkh(label: str) -> str:
    return base58.b58encode_check(b"\x00" + _material(label, 20)).decode()


def btc_bech32(label: str) -> str:
    return bech32.encode("bc", 0, _material(label, 20))


def eth_eip55(label: str) -> str:
    raw = _material(label, 20).hex()
    digest = keccak.new(digest_bits=256, data=raw.encode()).hexdigest()
    return "0x" + "".join(ch.upper() if ch.isalpha() and int(digest[i], 16) >= 8 else ch for i, ch in enumerate(raw))


def tron(label: str) -> str:
    return base58.b58encode_check(b"\x41" + _material(label, 20)).decode()


def corrupt(address: str) -> str:
    """Same address with one character changed: its checksum no longer holds."""
    pos = len(address) // 2
    ch = address[pos]
    repl = "q" if ch != "q" else "p"
    if address.startswith("1") or address.startswith("T"):
        repl = "2" if ch != "2" else "3"
    return address[:pos] + repl + address[pos + 1 :]


def digits(label: str, n: int) -> str:
    """n decimal digits derived from the label (bank accounts, gift-card PINs)."""
    value = int.from_bytes(hashlib.sha256(f"roomsift-demo-digits:{label}".encode()).digest(), "big")
    return str(value)[-n:].rjust(n, "0")
