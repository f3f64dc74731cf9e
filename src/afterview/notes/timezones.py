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
        common = timezone_from_words(name)
        example = f"'{common}'" if common else "America/New_York or Europe/London"
        raise ValueError(f"'{name}' is an abbreviation or legacy alias; use a region name such as {example}")
    common = timezone_from_words(name)
    did = f"; did you mean '{common}'?" if common else ""
    did = did or did_you_mean(name, _canonical(), " (use an IANA name such as America/New_York)", cutoff=0.5)
    raise ValueError(f"'{name}' is not a known IANA timezone{did}")


# What people call their timezone, and the region name that means it.
_COMMON = {
    "eastern": "America/New_York",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "central": "America/Chicago",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "mountain": "America/Denver",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "arizona": "America/Phoenix",
    "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "uk": "Europe/London",
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "british": "Europe/London",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "central european": "Europe/Berlin",
    "ist": "Asia/Kolkata",
    "india": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "aest": "Australia/Sydney",
    "sgt": "Asia/Singapore",
    # Cities people name that the timezone database does not (it names one city per zone).
    "sf": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "bay area": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "portland": "America/Los_Angeles",
    "san diego": "America/Los_Angeles",
    "nyc": "America/New_York",
    "boston": "America/New_York",
    "washington dc": "America/New_York",
    "dc": "America/New_York",
    "atlanta": "America/New_York",
    "miami": "America/New_York",
    "philadelphia": "America/New_York",
    "austin": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "minneapolis": "America/Chicago",
    "salt lake city": "America/Denver",
    "montreal": "America/Toronto",
    "munich": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "melbourne": "Australia/Melbourne",
}
_FILLER = re.compile(r"\b(?:time|zone|timezone|standard|daylight|us|the)\b", re.I)
_CONTINENTS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


def region_of(text: str) -> str:
    """An IANA region name, or what people call a timezone ("central time", "London") as the region they
    mean; anything else raises check_timezone's ValueError."""
    try:
        return check_timezone(text)
    except ValueError:
        common = timezone_from_words(text)
        if common is None:
            raise
        return common


def timezone_from_words(text: str) -> str | None:
    """The region name for what people call a timezone ("central time", "Eastern", "London"), or None."""
    plain = " ".join(_FILLER.sub(" ", re.sub(r"[^\w/ ]|_", " ", text)).casefold().split())
    if not plain:
        return None
    if plain in _COMMON:
        return _COMMON[plain]
    city = plain.replace(" ", "_")
    return next((z for z in sorted(_canonical()) if z.casefold().rsplit("/", 1)[-1] == city), None)


@functools.cache
def _canonical() -> frozenset[str]:
    """Region names under a continent or ocean (no legacy aliases such as US/Central)."""
    return frozenset(z for z in _regions() if z.startswith(_CONTINENTS))


@functools.cache
def _regions() -> frozenset[str]:
    """Region names of the timezone database (no fixed offsets, no right/ or posix/ copies)."""
    return frozenset(z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith("Etc/"))


@functools.cache
def zone_countries() -> dict[str, tuple[str, str]]:
    """IANA timezone → its country's two letters and name ('Asia/Tokyo' → ('JP', 'Japan')), from tzdata's zone.tab
    and iso3166.tab, read once when first asked; empty where tzdata is missing."""
    import importlib.resources

    try:
        folder = importlib.resources.files("tzdata.zoneinfo")
        zones, codes = (folder / "zone.tab").read_text("utf-8"), (folder / "iso3166.tab").read_text("utf-8")
    except (ModuleNotFoundError, OSError):
        return {}
    names = dict(line.split("\t")[:2] for line in codes.splitlines() if line and not line.startswith("#"))
    out: dict[str, tuple[str, str]] = {}
    for line in zones.splitlines():
        cells = line.split("\t")
        if len(cells) >= 3 and not line.startswith("#") and cells[0] in names:
            out.setdefault(cells[2], (cells[0], names[cells[0]]))
    return out
