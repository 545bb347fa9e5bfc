"""The time zone of exports that write only a wall-clock time (KakaoTalk, WhatsApp, older
Telegram Desktop exports).

Such a message keeps `time_local` exactly as written. When the zone is known — given with
`roomsift ingest --tz ZONE`, or the format's documented default (`Parser.default_tz`,
docs/formats.md) — it also gets `time_utc`, so time filters and time order work across
exports. Without a zone nothing is invented: `time_utc` stays empty and outputs say
"local, zone unknown"."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from roomsift.ingest.compiled import speedups as _fast
from roomsift.ingest.errors import IngestError
from roomsift.ingest.records import MessageRecord

NONE = "none"  # `--tz none`: keep local times only, even where the format has a default


def zone(name: str | None) -> ZoneInfo | None:
    """The zone for an IANA name (Asia/Seoul, UTC, Europe/Berlin); None for none."""
    if name is None or name.strip().lower() == NONE:
        return None
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise IngestError(f"unknown time zone {name!r}; give an IANA name such as Asia/Seoul, UTC or Europe/Berlin, or 'none'") from None


@lru_cache(maxsize=1 << 16)
def to_utc(local: str, tz: ZoneInfo) -> int | None:
    """Epoch seconds of a wall-clock ISO time in `tz` (the earlier instant when a clock
    change makes it ambiguous); None when the text is not an ISO time. Memoised: text
    exports repeat each minute's time on every message of that minute."""
    try:
        dt = datetime.fromisoformat(local)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return int(dt.astimezone(timezone.utc).timestamp())


def apply(rec: MessageRecord, tz: ZoneInfo) -> bool:
    """Give a local-time-only record its UTC time (and its edit time). True if it got one."""
    done = False
    if rec.time_utc is None and rec.time_local:
        rec.time_utc = to_utc(rec.time_local, tz)
        done = rec.time_utc is not None
    if rec.edited_utc is None and rec.edited_local:
        rec.edited_utc = to_utc(rec.edited_local, tz)
    return done


def apply_batch(recs: list[MessageRecord], tz: ZoneInfo) -> int:
    """`apply` over a batch; how many records got a UTC time. Text exports repeat each
    minute's time on every message of that minute, so one conversion per distinct text.
    Compiled as `roomsift.ingest._speedups.apply_zone` when the extension is built."""
    if _fast is not None:
        return _fast.apply_zone(recs, to_utc, tz)
    memo: dict[str, int | None] = {}
    done = 0
    for rec in [r for r in recs if r.time_utc is None and r.time_local]:
        local = rec.time_local
        utc = memo.get(local, False)
        if utc is False:
            utc = memo[local] = to_utc(local, tz)
        rec.time_utc = utc
        done += utc is not None
    for rec in [r for r in recs if r.edited_utc is None and r.edited_local]:
        rec.edited_utc = to_utc(rec.edited_local, tz)
    return done
