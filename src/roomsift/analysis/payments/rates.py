"""Conversion of claimed amounts to KRW.

The basis is a fixed, documented table, never a live price feed (no network at run time,
and a claimed payment should be valued at the time of the case, not today). The default
rates are approximate market rates of 1 March 2020, the period of the case that shaped
roomsift; an investigator replaces them with `--rates FILE` (JSON: {"BTC": 9000000, ...,
"date": "2020-03-01", "source": "..."}), and every output states the basis it used."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from roomsift.errors import UserError

DEFAULT_RATES = {"KRW": 1.0, "BTC": 10_300_000.0, "ETH": 270_000.0, "XMR": 80_000.0, "USDT": 1_190.0, "USD": 1_190.0, "TRX": 17.0}
DEFAULT_DATE = "2020-03-01"
DEFAULT_SOURCE = "approximate KRW market rates of 2020-03-01 built into roomsift"


@dataclass(frozen=True)
class Rates:
    krw_per_unit: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_RATES))
    date: str = DEFAULT_DATE
    source: str = DEFAULT_SOURCE

    def to_krw(self, amount: float, currency: str) -> float | None:
        rate = self.krw_per_unit.get(currency)
        return None if rate is None else amount * rate

    @property
    def basis(self) -> str:
        parts = ", ".join(f"1 {c} = {v:,.0f} KRW" for c, v in sorted(self.krw_per_unit.items()) if c != "KRW")
        return f"{self.source} (as of {self.date}): {parts}"


def load_rates(path: Path | None) -> Rates:
    if path is None:
        return Rates()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UserError(f"{path}: cannot read rates file: {exc}") from exc
    if not isinstance(data, dict):
        raise UserError(f"{path}: rates file must be a JSON object like {{\"BTC\": 9000000, \"date\": \"2020-03-01\"}}")
    rates = dict(DEFAULT_RATES)
    for key, value in data.items():
        if key in ("date", "source"):
            continue
        if not isinstance(value, (int, float)) or value <= 0:
            raise UserError(f"{path}: rate for {key!r} must be a positive number")
        rates[key.upper()] = float(value)
    return Rates(rates, str(data.get("date", "unstated")), str(data.get("source", f"rates file {Path(path).name}")))
