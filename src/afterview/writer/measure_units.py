"""What a number in the notes counts, by its unit: '14 L/kg' and '15 to 9 L/kg' count litres per kilogram,
'1 in 3 trainees' and '11 trainees' count trainees, '34%' and '36% -> 31%' a share. Two items that count the
same thing in the same unit are the tie a careful reader makes first (their metric ↔ the candidate's result).

A share or an amount of money is shared by items about anything: it ties two items only with a content word
in common ('food cost at 34%' ↔ 'food cost 36% -> 31%'). A unit of time ('6 months', '3 yrs') ties nothing.
"""

from __future__ import annotations

import re

from afterview.writer.lemma import lemmas
from afterview.writer.measure import MONEY

# a number, then what it counts: '14 L/kg', '8 L water per kg', '11 trainees', '1 in 3 trainees', '34%'
_COUNTED = re.compile(
    r"(?<![\w.])[$£€]?\d[\d.,]*\s*"
    r"(?:(?P<pct>%|percent\b)|(?:(?:in|of|out of) \d[\d.,]* )?(?P<unit>[A-Za-z][A-Za-z/]*)"
    r"(?: (?:of )?(?!per\b)(?P<what>[a-z]+)(?:/(?P<per2>[A-Za-z]+))?)?(?: per (?P<per>[a-z]+))?)?"
)
# units and words after a number that say when or how, not what is counted
_NOT_COUNTED = set(
    "to and or in of on at by for from per a an the than about over under yr yrs year years month months mo mos "
    "week weeks wk wks day days hr hrs hour hours min mins minute minutes sec secs second seconds am pm st nd rd "
    "th x times k m bn pax am".split()
)
# a short unit is said as its full word on both sides ('kg', 'kilogram'); plural counts are counted as one
_SAME = {"l": "litre", "liter": "litre", "liters": "litre", "litres": "litre", "kg": "kilogram", "kgs": "kilogram",
         "kilograms": "kilogram", "t": "tonne", "tonnes": "tonne", "tons": "tonne", "ton": "tonne"}  # fmt: skip


def _one(word: str) -> str | None:
    """The unit said one way ('L' → 'litre', 'trainees' → 'trainee'); None for a word that is no noun ('9
    certified')."""
    word = word.lower()
    if word in _SAME:
        return _SAME[word]
    if "/" in word:
        parts = [_SAME.get(part, part) for part in word.split("/") if part]
        return "/".join(parts) if parts else None
    found = lemmas(word)
    if "NOUN" in found:
        return found["NOUN"][0].lower()
    # a word the dictionary lacks ('techs') is counted as itself, one of it; a known verb or adjective is no unit
    return None if found else (word[:-1] if word.endswith("s") and len(word) > 3 else word)


def units(text: str) -> set[str]:
    """The units the numbers of `text` count in: '%', 'money', 'litre/kilogram', 'trainee'."""
    out: set[str] = set()
    if MONEY.search(text):
        out.add("money")
    for match in _COUNTED.finditer(text):
        if match.group("pct"):
            out.add("%")
            continue
        unit = match.group("unit")
        if not unit or unit.lower() in _NOT_COUNTED:
            continue
        said = _one(unit)
        per = match.group("per") or match.group("per2")
        if said and per and per not in _NOT_COUNTED:  # '8 L water per kg': litres per kilogram
            said = f"{said}/{_SAME.get(per, per)}"
        if said:
            out.add(said)
    return out


def same_unit(a: str, b: str, shared_words: int) -> bool:
    """Whether the two items count one thing in one unit: a unit of their own ('L/kg', 'trainees') on both
    sides, or a share or money on both sides with a content word in common (`shared_words`), or a measure per one
    thing that the other counts."""
    common = units(a) & units(b)
    return (
        bool(common - {"%", "money"}) or bool(common and shared_words) or bool(_per(a) & units(b) | _per(b) & units(a))
    )


# a measure taken per one thing ('build time per canoe 210 h -> 150 h'): it counts what a goal of theirs counts
# ('from 30 to 45 canoes a year'), since the time each one takes is how many a year can be made
_PER = re.compile(r"\bper (?P<noun>[a-z]{3,})\b")


def _per(text: str) -> set[str]:
    found = {_one(m.group("noun")) for m in _PER.finditer(text)}
    return {f for f in found if f and f not in _NOT_COUNTED}
