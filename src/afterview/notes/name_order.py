"""Names whose second part is no family name: a patronymic, by which no one is called.

An Icelandic name is a given name and the father's (or mother's) name with '-dóttir' or '-son'
('Sigríður Jónsdóttir', 'Ólafur Gunnarsson'): people are called by the given name, in every register, and
'Ms. Jónsdóttir' is no one's name. A Mongolian name is written the father's name first, the given name last
('Gantulga Nomin' is Nomin, daughter of Gantulga): the first word is never said alone.
"""

from __future__ import annotations

from afterview.notes.names import name_parts

_MONGOLIAN_ZONES = ("Asia/Ulaanbaatar", "Asia/Hovd", "Asia/Choibalsan")
_ICELANDIC_ZONES = ("Atlantic/Reykjavik",)


def icelandic_given(name: str, zone: str = "") -> str | None:
    """'Sigríður Jónsdóttir' → 'Sigríður' (a '-dóttir' name anywhere; a '-son' one where the zone is Iceland's);
    None for any other name ('Ben Johnson')."""
    parts = name_parts(name)
    if len(parts) < 2:
        return None
    last = parts[-1].casefold()
    if last.endswith(("dóttir", "dottir")) or (zone in _ICELANDIC_ZONES and last.endswith("son")):
        return parts[0]
    return None


def mongolian_given(name: str, zone: str = "") -> str | None:
    """'Gantulga Nomin' in Ulaanbaatar's zone → 'Nomin': the given name, written after the patronymic. None
    elsewhere, or for a name of one word or more than two."""
    parts = name_parts(name)
    return parts[1] if zone in _MONGOLIAN_ZONES and len(parts) == 2 else None
