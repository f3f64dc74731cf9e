"""IANA timezone names: validated against the system database (or the tzdata package)."""

from __future__ import annotations

import functools
import re
import zoneinfo

from afterview.notes.suggest import did_you_mean


def check_timezone(name: str) -> str:
    """Return `name` if it is a region timezone (or UTC), else raise ValueError with a hint.

    Abbreviations such as 'EST' exist in the database but are fixed offsets without
    daylight saving time, which is rarely what someone writing notes means.
    """
    try:
        zoneinfo.ZoneInfo(name)
        known = True
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        known = False
    if known and name in ("UTC", "Etc/UTC"):
        return name
    if known and name.startswith(("right/", "posix/")):
        region = name.split("/", 1)[1]
        raise ValueError(f"'{name}' is a copy kept inside the timezone database; write '{region}'")
    if (known and name.startswith("Etc/")) or re.match(r"^\s*(?:UTC|GMT)\s*[+-]\s*\d", name, re.I):
        raise ValueError(
            f"'{name}' is a fixed offset, which ignores daylight saving time; use a region name such as "
            "Europe/Berlin or America/New_York"
        )
    if known and "/" in name and name in _regions():
        return name
    if known:
        raise ValueError(
            f"'{name}' is an abbreviation or legacy alias; use a region name such as America/New_York or Europe/London"
        )
    did = did_you_mean(name, _regions(), " (use an IANA name such as America/New_York)", cutoff=0.5)
    raise ValueError(f"'{name}' is not a known IANA timezone{did}")


@functools.cache
def _regions() -> frozenset[str]:
    """Region names of the timezone database (no fixed offsets, no right/ or posix/ copies)."""
    return frozenset(z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith("Etc/"))
