"""The artifact record: one thing of investigative interest found in a piece of text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Validity of an artifact.
VALID = "valid"  # a checksum was verified by a library
UNCHECKED = "unchecked"  # well-formed, but the kind carries no checksum (or an all-lowercase EIP-55 address)
MALFORMED = "malformed"  # shaped like the kind, but its checksum or length fails: never a usable address

# Kinds. Payment kinds are the ones that can receive money.
BTC, ETH, XMR, TRX = "btc", "eth", "xmr", "trx"
BANK_ACCOUNT, GIFT_CARD, AMOUNT = "bank_account", "gift_card", "amount"
PHONE, INVITE_LINK, USERNAME, URL = "phone", "invite_link", "username", "url"

CRYPTO_KINDS = (BTC, ETH, XMR, TRX)
PAYMENT_KINDS = CRYPTO_KINDS + (BANK_ACCOUNT, GIFT_CARD)
CHECKSUM_KINDS = CRYPTO_KINDS
ALL_KINDS = PAYMENT_KINDS + (AMOUNT, PHONE, INVITE_LINK, USERNAME, URL)


@dataclass(slots=True, frozen=True)
class Artifact:
    kind: str
    value: str  # normalised: what two posts of the same thing share
    raw: str  # exactly as written
    start: int
    end: int
    validity: str = UNCHECKED
    detail: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def is_payment(self) -> bool:
        return self.kind in PAYMENT_KINDS and self.validity != MALFORMED
