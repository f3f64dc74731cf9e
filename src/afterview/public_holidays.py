"""The public holidays of the country a timezone is in ('Europe/Lisbon' → Portugal's New Year's Day, Christmas),
read offline from the `holidays` package, so a status check is never planned for a day the office is closed. The
zone's country comes from the timezone database's own table (`notes.timezones.zone_countries`); a zone of no one
country ('Etc/UTC') or a country the package does not know has no holidays. The same calendars give each country's
weekend: in Oman, Bangladesh or Egypt Friday is a day off, so a status check is not planned for it either."""

from __future__ import annotations

import functools
from datetime import date

from afterview.notes.timezones import zone_countries


def holiday_on(day: date, zone: str) -> str | None:
    """The name of the public holiday on `day` in the country of `zone` ('New Year's Day'), or None."""
    country = zone_countries().get(zone, ("", ""))[0]
    return _calendar(country, day.year).get(day) if country else None


@functools.cache
def _calendar(country: str, year: int) -> dict[date, str]:
    import holidays  # a dependency; imported here, the first time a plan asks, to keep start-up fast

    try:
        found = holidays.country_holidays(country, years=year)
    except NotImplementedError:  # a country the package has no calendar for
        return {}
    return {day: str(name) for day, name in found.items()}


def closed_on(day: date, zone: str) -> str | None:
    """Why the office is shut on `day` in the country of `zone`, said after "is": "New Year's Day, a public holiday",
    "a weekend day in Oman" for a Friday where the weekend is Friday and Saturday; None on a working day. Saturday and
    Sunday are never business days here (timing.is_business_day), so only another weekday can be named."""
    name = holiday_on(day, zone)
    if name is not None:
        return f"{name}, a public holiday"
    country, place = zone_countries().get(zone, ("", ""))
    if country and day.weekday() < 5 and day.weekday() in _weekend(country):
        return f"a weekend day in {place}"
    return None


@functools.cache
def _weekend(country: str) -> frozenset[int]:
    import holidays

    try:
        return frozenset(holidays.country_holidays(country).weekend)
    except NotImplementedError:
        return frozenset({5, 6})
