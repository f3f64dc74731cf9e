"""A result of the candidate's jotted with its names in brackets and its figure after a dash, said as a person would in
a letter (writer65, judges of a hiring manager's thank-you): 'got the retail listings at 2 German chains (REWE
regional, Globus) - EUR 380k 1st yr' → 'secured retail listings at two German chains, REWE regional and Globus, worth
EUR 380k in the first year'. The bracket's names are folded in after the count they name, the figure after the dash
is kept as what the result was worth (a percentage, a sum, a count), a small count of things is a word (a figure with
a unit, money or a percentage stays digits), and a jotted 'got' is said as what it was. Nothing the notes do not give
is added: an item in any other shape is returned as it came (None), and the usual clause takes it.
"""

from __future__ import annotations

import re

_SMALL = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine"}
# a jotted 'got' said as what it was, by what was got; anything else keeps the notes' own verb
_GOT = {
    "listing": "secured",
    "contract": "won",
    "tender": "won",
    "account": "won",
    "deal": "closed",
    "order": "won",
    "grant": "secured",
    "funding": "secured",
    "approval": "secured",
    "permit": "secured",
    "licence": "secured",
    "license": "secured",
    "placement": "secured",
    "distribution": "secured",
    "sponsorship": "secured",
}
# '(REWE regional, Globus)': two to four names, each starting with a capital or a digit
_NAMES = re.compile(r"\s*\((?P<names>[A-Z0-9][^(),;]*(?:,\s*[A-Z0-9][^(),;]*){1,3})\)")
# ' - EUR 380k 1st yr': a figure, then an optional period it was reached in
_CURRENCY = r"(?:EUR|USD|GBP|CHF|AUD|CAD|NZD|SEK|NOK|DKK|€|\$|£)"
_MONEY = (
    rf"(?:{_CURRENCY}\s?\d[\d.,]*\s?(?:k|m|bn|K|M)?"
    r"|\d[\d.,]*\s?(?:k|m|bn)?\s?(?:EUR|USD|GBP|euros?|dollars?|pounds?))"
)
_FIGURE = re.compile(rf"^(?P<fig>{_MONEY})(?:\s+(?P<when>.+))?$")
_PERIODS = {
    "1st yr": "in the first year",
    "1st year": "in the first year",
    "first yr": "in the first year",
    "first year": "in the first year",
    "yr 1": "in the first year",
    "year 1": "in the first year",
    "in yr 1": "in the first year",
    "in year 1": "in the first year",
    "p.a.": "a year",
    "p.a": "a year",
    "pa": "a year",
    "/yr": "a year",
    "per yr": "a year",
    "per year": "a year",
    "a yr": "a year",
    "a year": "a year",
    "/mo": "a month",
    "per month": "a month",
}
_PLACE_FIRST = re.compile(r"^(?P<place>at (?:[A-Z][\w&'-]*\s?)+?)\s(?P<deed>[a-z]+ed\b.*)$")
_DASH = re.compile(r"\s+[-–—]\s+")
_SMALL_WORDS = {"of", "at", "in", "for", "with", "on", "to", "from", "by", "per", "a", "an", "the"}
_UNITS = {
    "yrs",
    "years",
    "mos",
    "months",
    "wks",
    "weeks",
    "days",
    "hrs",
    "hours",
    "mins",
    "minutes",
    "kgs",
    "tons",
    "pts",
}
_COUNTED = re.compile(r"(?<![\w.,$£€%-])(?P<n>[2-9])\s+(?P<rest>(?:[A-Za-z][\w'-]*\s+){0,3}?[a-z][\w-]*s)\b(?![%\w])")
# ' - 40% of new revenue', ' - 6 months early': a share of something, or time saved
_SHARE = re.compile(r"^\d[\d.,]*\s?%\s+of\s+[\w ]+$")
_EARLY = re.compile(r"^(?P<n>\d+)\s+(?P<unit>mo|mos|months?|wks?|weeks?|days?)\s+(?P<how>early|ahead of schedule)$")
_TIME = {"mo": "months", "mos": "months", "month": "months", "months": "months", "wk": "weeks", "wks": "weeks"}
_VERB_TAIL = re.compile(r"^(?:saved|cut|raised|added|brought in|generated|freed up|reduced)\s+[^,]*\d")


def letter_result(item: str) -> str | None:
    """`item` said as a letter's result (module doc), or None when it is not a jotted result with a bracketed list of
    names or a figure after a dash."""
    text = item.strip().rstrip(".")
    deed, dash, tail = _split_tail(text)
    place = _PLACE_FIRST.match(deed)  # 'at Brookfield Farm moved the herd …': the place said after the deed
    if place and dash:
        deed = place["deed"] + " " + place["place"]
    found = _NAMES.search(deed)
    if not found and not dash:
        return None
    if found:
        folded = _folded(deed[: found.start()], found["names"])
        if folded is None:
            return None
        deed = (folded + deed[found.end() :]).rstrip(" ,")
    if dash and re.search(r"->|→|=>", deed):
        return None  # an arrow's change is said by the usual clause (writer/arrow_result.py)
    after = _after(tail) if dash else ""
    if dash and not after:
        return None  # a dash before anything but a figure: another note, left to the usual clause
    return _verb_said(_counts(deed)) + after


def letter_clause(item: str) -> str | None:
    """'I secured retail listings at two German chains, …': the letter's result as the candidate's clause, where it
    starts with their own verb and keeps every figure of the notes; None otherwise."""
    from afterview.writer.faithful import keeps_the_notes
    from afterview.writer.phrasing import starts_with_past_verb

    letter = letter_result(item)
    if letter and starts_with_past_verb(letter) and keeps_the_notes(item, "I " + letter):
        return "I " + letter
    return None


def _split_tail(text: str) -> tuple[str, bool, str]:
    parts = _DASH.split(text)
    if len(parts) == 2:
        return parts[0], True, parts[1].strip()
    return text, False, ""


def _folded(before: str, names: str) -> str | None:
    """'… at 2 German chains' + 'REWE regional, Globus' → '… at 2 German chains, REWE regional and Globus': only
    after a count of the things the names name (all of them, or 'including' some); None for any other bracket."""
    counted = re.search(r"\b(?P<n>[2-9]|1[0-9])\s+(?:[\w'-]+\s+){0,3}?[a-z][\w-]*s$", before)
    each = [n for n in names.split(",") if n.strip()]
    span = [w.lower() for w in counted.group().split()[1:]] if counted else []
    if not counted or any(w in _UNITS or w in _SMALL_WORDS for w in span) or int(counted["n"]) < len(each):
        return None
    joined = _joined(names)
    return before + (", " if int(counted["n"]) == len(each) else ", including ") + joined


def dash_said(clause: str) -> str:
    """'I cut scrap from 12% to 4% - saved EUR 200k' → '…, which saved EUR 200k': a jotted dash before what a
    deed's change saved or added, said as a clause."""
    deed, sep, tail = clause.partition(" - ")
    if sep and _VERB_TAIL.match(tail) and " - " not in tail:
        return deed + ", which " + tail
    return clause


def _joined(names: str) -> str:
    each = [n.strip() for n in names.split(",") if n.strip()]
    return ", ".join(each[:-1]) + " and " + each[-1]


def _after(tail: str) -> str:
    """What the dash's figure adds to the deed, in the words a letter uses ('' when it is not a figure)."""
    if _VERB_TAIL.match(tail):
        return ", which " + _counts(tail)
    if _SHARE.match(tail):
        return ", worth " + tail
    if early := _EARLY.match(tail):
        n, unit = early["n"], early["unit"].lower()
        unit = _TIME.get(unit, unit if unit.endswith("s") else unit + "s")
        return ", " + _SMALL.get(n, n) + " " + (unit[:-1] if n == "1" else unit) + " " + early["how"]
    worth = _worth(tail)
    return ", worth " + worth if worth else ""


def _worth(tail: str) -> str:
    found = _FIGURE.match(tail.strip())
    if not found:
        return ""
    when = (found["when"] or "").strip().lower()
    if when and when not in _PERIODS:
        return ""
    return found["fig"] + (" " + _PERIODS[when] if when else "")


def _counts(text: str) -> str:
    """'at 2 German chains' → 'at two German chains': a count of things, never a figure with a unit."""

    def said(found: re.Match[str]) -> str:
        if found["rest"].split()[-1].lower() in _UNITS or found["rest"].split()[0].lower() in _UNITS:
            return found.group()
        return _SMALL[found["n"]] + " " + found["rest"]

    return _COUNTED.sub(said, text)


def _verb_said(deed: str) -> str:
    """'got the retail listings at …' → 'secured retail listings at …': a jotted 'got' said as what it was, and the
    shorthand's 'the' before a plural it names for the first time dropped; any other verb is the notes' own."""
    words = deed.split()
    if not words or words[0].lower() != "got":
        return deed
    rest = words[1:]
    object_words = rest[1:] if rest and rest[0].lower() == "the" else rest
    for word in object_words[:4]:
        stem = word.lower().rstrip(",")
        stem = stem[:-1] if stem.endswith("s") and stem[:-1] in _GOT else stem
        if stem in _GOT:
            plural = word.lower().rstrip(",").endswith("s") and stem != word.lower().rstrip(",")
            said = object_words if plural else rest
            return " ".join([_GOT[stem], *said])
    return deed
