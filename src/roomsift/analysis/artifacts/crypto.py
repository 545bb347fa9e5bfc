"""Checksum validation of cryptocurrency addresses, each with a library doing the maths:

- Bitcoin base58check (P2PKH/P2SH) and Tron: `base58.b58decode_check`.
- Bitcoin bech32 (BIP-173, witness v0) and bech32m (BIP-350, v1+): the `bech32m` package,
  Pieter Wuille's reference code updated for BIP-350 (the older `bech32` package knows
  only BIP-173 and would call every Taproot address malformed).
- Ethereum EIP-55 mixed-case checksum: Keccak-256 from pycryptodome.
- Monero standard, integrated and subaddresses: the `monero` package (block base58 plus
  Keccak checksum, network bytes).

Each function returns (validity, normalised value, detail). Results are cached: a case
repeats the same few fee wallets thousands of times, and checksums are the costly part.
Callers must not mutate the returned detail dict."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import base58
from bech32m import codecs as bech32m_codecs

from roomsift.analysis.artifacts.model import MALFORMED, UNCHECKED, VALID

Result = tuple[str, str, dict[str, Any]]

_BTC_VERSIONS = {0x00: "p2pkh", 0x05: "p2sh"}
_BTC_TESTNET = {0x6F: "p2pkh", 0xC4: "p2sh"}


@lru_cache(maxsize=65536)
def btc_base58(addr: str) -> Result:
    try:
        payload = base58.b58decode_check(addr)
    except ValueError:
        return MALFORMED, addr, {"reason": "base58check checksum fails"}
    if len(payload) == 21 and payload[0] in _BTC_VERSIONS:
        return VALID, addr, {"type": _BTC_VERSIONS[payload[0]], "network": "mainnet"}
    if len(payload) == 21 and payload[0] in _BTC_TESTNET:
        return VALID, addr, {"type": _BTC_TESTNET[payload[0]], "network": "testnet"}
    return MALFORMED, addr, {"reason": f"version byte {payload[0]:#04x} / length {len(payload)} is not a Bitcoin address"}


@lru_cache(maxsize=65536)
def btc_segwit(addr: str) -> Result:
    value = addr.lower()
    try:
        hrp, _data, _spec = bech32m_codecs.bech32_decode(addr)
        decoded = bech32m_codecs.decode(hrp, addr)
    except bech32m_codecs.DecodeError:
        return MALFORMED, value, {"reason": "bech32/bech32m checksum, case or program fails"}
    if hrp not in ("bc", "tb"):
        return MALFORMED, value, {"reason": f"unknown prefix {hrp!r}"}
    encoding = "bech32" if decoded.witver == 0 else "bech32m"
    kind = {(0, 20): "p2wpkh", (0, 32): "p2wsh", (1, 32): "p2tr"}.get((decoded.witver, len(decoded.witprog)), f"witness_v{decoded.witver}")
    return VALID, value, {"type": kind, "encoding": encoding, "network": "mainnet" if hrp == "bc" else "testnet"}


def eip55_checksum(address_hex: str) -> str:
    """The EIP-55 spelling of 40 hex digits (without 0x)."""
    from Crypto.Hash import keccak  # here, not at import: pycryptodome loads cffi (~70 ms of every command's start, issue 13)

    lower = address_hex.lower()
    digest = keccak.new(digest_bits=256, data=lower.encode("ascii")).hexdigest()
    return "".join(c.upper() if c.isalpha() and int(digest[i], 16) >= 8 else c for i, c in enumerate(lower))


@lru_cache(maxsize=65536)
def eth(addr: str) -> Result:
    body = addr[2:]
    value = "0x" + body.lower()
    if body == body.lower() or body == body.upper():
        # All one case: EIP-55 says such an address carries no checksum.
        return UNCHECKED, value, {"checksum": "none (single case)"}
    if eip55_checksum(body) == body:
        return VALID, value, {"checksum": "eip55"}
    return MALFORMED, value, {"reason": "EIP-55 mixed-case checksum fails"}


@lru_cache(maxsize=65536)
def tron(addr: str) -> Result:
    try:
        payload = base58.b58decode_check(addr)
    except ValueError:
        return MALFORMED, addr, {"reason": "base58check checksum fails"}
    if len(payload) == 21 and payload[0] == 0x41:
        return VALID, addr, {}
    return MALFORMED, addr, {"reason": "not a Tron address (version byte 0x41)"}


@lru_cache(maxsize=65536)
def monero(addr: str) -> Result:
    from monero.address import Address, IntegratedAddress, SubAddress, address

    try:
        parsed = address(addr)
    except (ValueError, TypeError) as exc:
        return MALFORMED, addr, {"reason": " ".join(str(exc).split())[:120]}
    kind = (
        "integrated" if isinstance(parsed, IntegratedAddress)
        else "subaddress" if isinstance(parsed, SubAddress)
        else "standard" if isinstance(parsed, Address)
        else "unknown"
    )
    return VALID, addr, {"type": kind, "network": str(parsed.net)}
