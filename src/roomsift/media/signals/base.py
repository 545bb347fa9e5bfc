"""Base class of every hash kind."""

from __future__ import annotations

from typing import ClassVar


class SignalType:
    """A kind of hash: how it is written, validated and compared.

    Like python-threatexchange's SignalType, classes are used without instances."""

    name: ClassVar[str]
    #: "exact" kinds match on equality, "perceptual" ones on a distance threshold
    match: ClassVar[str] = "exact"

    @classmethod
    def normalise(cls, value: str) -> str:
        """Canonical text form (lower-case hex), or ValueError with a one-line reason."""
        raise NotImplementedError

    @classmethod
    def distance(cls, a: str, b: str) -> int:
        return 0 if cls.normalise(a) == cls.normalise(b) else 1

    @classmethod
    def is_valid(cls, value: str) -> bool:
        try:
            cls.normalise(value)
        except ValueError:
            return False
        return True
