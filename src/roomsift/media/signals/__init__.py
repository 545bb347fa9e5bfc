"""Signal types: one class per hash kind behind one base class, shaped like
python-threatexchange's `signal_type` package (name, validation, distance, index).

`SIGNAL_TYPES` maps a kind name ("md5", "sha1", "sha256", "pdq", "vpdq") to its class."""

from roomsift.media.signals.base import SignalType
from roomsift.media.signals.digests import MD5, SHA1, SHA256, DigestSignal
from roomsift.media.signals.pdq import PDQ
from roomsift.media.signals.vpdq import VPDQ

SIGNAL_TYPES: dict[str, type[SignalType]] = {s.name: s for s in (MD5, SHA1, SHA256, PDQ, VPDQ)}
DIGEST_KINDS = ("md5", "sha1", "sha256")


def signal_type(name: str) -> type[SignalType]:
    try:
        return SIGNAL_TYPES[name.lower()]
    except KeyError:
        raise ValueError(f"unknown hash kind {name!r}; known: {', '.join(SIGNAL_TYPES)}") from None


__all__ = ["SignalType", "DigestSignal", "MD5", "SHA1", "SHA256", "PDQ", "VPDQ", "SIGNAL_TYPES", "DIGEST_KINDS", "signal_type"]
