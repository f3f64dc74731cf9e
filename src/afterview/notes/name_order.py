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


# A Hungarian name is written family name first ('Kovács Eszter'); in an English letter it is said as an English
# name is: the given name where a first name would go, 'Ms. Kovács' where a title and surname would.
_HUNGARIAN_ZONES = ("Europe/Budapest",)
_HUNGARIAN_FAMILY = frozenset(
    "nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar németh nemeth farkas balogh "
    "papp takács takacs juhász juhasz lakatos mészáros meszaros oláh olah rácz racz fekete szilágyi szilagyi török "
    "torok fehér feher balázs balazs gál gal kis szűcs szucs kocsis orsós pintér pinter fodor szalai sipos magyar "
    "lukács lukacs gulyás gulyas biró biro király kiraly katona bogdán bogdan jakab sándor sandor boros vincze hegedűs "
    "hegedus bakó fazekas kelemen lengyel".split()
)
_HUNGARIAN_GIVEN = frozenset(
    "eszter dóra dora anna zsófia zsofia katalin erzsébet erzsebet ilona éva eva judit ágnes agnes andrea krisztina "
    "mária maria márta marta zsuzsanna zsuzsa ildikó ildiko orsolya réka reka boglárka boglarka petra noémi noemi "
    "nóra nora viktória viktoria gabriella tímea timea anikó aniko edit erika hajnalka enikő eniko csilla beáta "
    "beata tamás tamas lászló laszlo istván istvan józsef jozsef zoltán zoltan sándor sandor gábor gabor ferenc "
    "attila péter peter jános janos zsolt tibor csaba balázs balazs dániel daniel ádám adam gergely gergő gergo "
    "levente bence máté mate dávid david márton marton miklós miklos imre bálint balint norbert krisztián "
    "krisztian róbert robert szabolcs ákos akos botond barnabás barnabas".split()
)


def hungarian_given(name: str, zone: str = "") -> str | None:
    """'Kovács Eszter' → 'Eszter': a Hungarian name written family name first (a common Hungarian family name, or
    Budapest's zone, before a Hungarian given name). None for a name in English order ('Eszter Kovács', 'Simon
    Rácz') or any other name."""
    parts = name_parts(name)
    if len(parts) != 2:
        return None
    family, given = (p.casefold() for p in parts)
    if given not in _HUNGARIAN_GIVEN or (family in _HUNGARIAN_GIVEN and family not in _HUNGARIAN_FAMILY):
        return None
    return parts[1] if family in _HUNGARIAN_FAMILY or zone in _HUNGARIAN_ZONES else None
