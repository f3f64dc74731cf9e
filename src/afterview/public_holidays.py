"""The public holidays of the country a timezone is in ('Europe/Lisbon' → Portugal's New Year's Day, Christmas),
read offline from the `holidays` package, so a status check is never planned for a day the office is closed. The
zone's country comes from the timezone database's own table (tzdata's zone.tab); a zone of no one country
('Etc/UTC') or a country the package does not know has no holidays."""

from __future__ import annotations

import functools
from datetime import date


def holiday_on(day: date, zone: str) -> str | None:
    """The name of the public holiday on `day` in the country of `zone` ('New Year's Day'), or None."""
    country = _countries().get(zone)
    return _calendar(country, day.year).get(day) if country else None


@functools.cache
def _calendar(country: str, year: int) -> dict[date, str]:
    try:
        import holidays
    except ImportError:  # an install without it plans by weekdays alone, as the spec's business days say
        return {}
    try:
        found = holidays.country_holidays(country, years=year)
    except NotImplementedError:  # a country the package has no calendar for
        return {}
    return {day: str(name) for day, name in found.items()}


@functools.cache
def _countries() -> dict[str, str]:
    """Timezone name → its country's two letters, from zone.tab (a zone shared by several countries: the first)."""
    from importlib import resources

    try:
        text = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            out.setdefault(fields[2], fields[0])
    return out
