"""Korean and English language signals over chat messages (see signals.py)."""

from roomsift.analysis.language.signals import SIGNALS, TextSignals, detect, detect_many

__all__ = ["SIGNALS", "TextSignals", "detect", "detect_many"]
