"""Which English a recipient's timezone suggests: "uk" (the UK, Ireland, Australia, New Zealand, South
Africa, India), "ca" (Canada), "us" (the United States and the English-speaking Americas) or "" (anywhere
else, Latin America included). The writer spells its own words (spelling.py) and writes dates
(context.regional_date: "November 20" in the US and Canada, "20 November" elsewhere) by it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

_BRITISH_ZONES = (
    "Europe/London",
    "Europe/Dublin",
    "Europe/Belfast",
    "Europe/Guernsey",
    "Europe/Jersey",
    "Europe/Isle_of_Man",
    "GB",
    "Eire",
    "Australia/",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "NZ",
    "Africa/Johannesburg",
    "Asia/Kolkata",
    "Asia/Calcutta",
)
_CANADIAN_ZONES = (
    "Canada/",
    "America/Toronto",
    "America/Montreal",
    "America/Vancouver",
    "America/Edmonton",
    "America/Winnipeg",
    "America/Regina",
    "America/Halifax",
    "America/St_Johns",
    "America/Moncton",
    "America/Glace_Bay",
    "America/Goose_Bay",
    "America/Whitehorse",
    "America/Yellowknife",
    "America/Iqaluit",
    "America/Dawson",
    "America/Dawson_Creek",
    "America/Swift_Current",
    "America/Rankin_Inlet",
    "America/Cambridge_Bay",
    "America/Inuvik",
    "America/Thunder_Bay",
    "America/Nipigon",
    "America/Rainy_River",
    "America/Atikokan",
)
_US_ZONES = ("America/", "US/", "Pacific/Honolulu")
# Zones in the Americas whose region writes neither US English nor the month first.
_LATIN_AMERICA = (
    "America/Mexico_City", "America/Bogota", "America/Lima", "America/Santiago", "America/Sao_Paulo",
    "America/Buenos_Aires", "America/Argentina/", "America/Caracas", "America/Montevideo", "America/La_Paz",
    "America/Asuncion", "America/Guayaquil", "America/Havana", "America/Guatemala", "America/Costa_Rica",
    "America/Panama", "America/El_Salvador", "America/Tegucigalpa", "America/Managua", "America/Santo_Domingo",
    "America/Monterrey", "America/Cancun", "America/Tijuana", "America/Recife", "America/Fortaleza",
    "America/Manaus", "America/Bahia", "America/Belem",
)  # fmt: skip


def region(zone: ZoneInfo) -> str:
    """'uk', 'ca', 'us' or '' for the recipient's timezone."""
    key = zone.key
    if key.startswith(_BRITISH_ZONES):
        return "uk"
    if key.startswith(_CANADIAN_ZONES):
        return "ca"
    if key.startswith(_LATIN_AMERICA):
        return ""
    if key.startswith(_US_ZONES):
        return "us"
    return ""
