"""Numbers in a draft that the notes support: the figures the notes write, the interview's own times and
dates, and counts written in words ("three weeks") with their unit."""

from __future__ import annotations

import re

from afterview.guardrails.dates import supported_dates
from afterview.guardrails.notes_forms import in_full, multiplied_numbers
from afterview.guardrails.result_sizes import change_pairs
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import words
from afterview.notes.model import Notes
from afterview.shorthand_words import NUMBER_WORDS as SPELLED_NUMBERS

# The notes' number words, and "half" as in "cut it by half" (50 %).
NUMBER_WORDS = {**SPELLED_NUMBERS, "half": 50}
_CLAIM_UNITS = (
    r"(?:years?|months?|percent|%|million|billion|thousand|people|engineers|customers|users|services|teams"
    r"|countries|markets|releases)"
)
NUMBER_WORD = re.compile(rf"\b(?P<word>{'|'.join(NUMBER_WORDS)})[\s-]+(?P<unit>{_CLAIM_UNITS})\b", re.I)


@per_notes
def supported_numbers(notes: Notes) -> frozenset[str]:
    out: set[str] = set()
    for text in notes_texts(notes):
        for piece in words(text):
            for n in re.findall(r"\d+(?:\.\d+)?", piece.text):
                out.add(n)
        out |= {m.replace(",", "") for m in re.findall(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text)}  # "50,000" whole
        out |= multiplied_numbers(text)  # "40k" supports "40,000"
        out |= derived_numbers(text)  # "14% -> 6%" supports "8 points" and "57%"; "40%" supports "0.4"
    start = notes.interview.start
    out |= {
        str(start.hour),
        str(start.hour % 12 or 12),
        f"{start.hour}:{start.minute:02d}",
        f"{start.hour % 12 or 12}:{start.minute:02d}",
        str(notes.interview.duration_minutes),
    }
    if notes.interview.duration_minutes % 60 == 0:
        out.add(str(notes.interview.duration_minutes // 60))
    for day in supported_dates(notes):
        out |= {str(day.day), str(day.year), str(day.month)}
    return frozenset(out)


_PERCENT = re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)", re.I)


def _plain(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}".rstrip("0").rstrip(".")


def derived_numbers(text: str) -> set[str]:
    """The figures a letter may derive from an item's own: a change's difference ("8 points" for 14% -> 6%) and its
    relative size, rounded ("57%", "a 43% drop"), and a percent as a fraction ("0.4" for 40%)."""
    out: set[str] = set()
    for a, b in change_pairs(text):
        diff = round(abs(a - b), 1)
        out.add(_plain(diff))
        for scale in (1e3, 1e6):
            if diff >= scale and diff % scale == 0:
                out.add(_plain(diff / scale))  # "80k more bottles" for 40k -> 120k
        if a and b:
            rel = abs(a - b) / a * 100
            out |= {str(round(rel)), _plain(round(max(a, b) / min(a, b), 1))}
            out.add(str(round(rel / 5) * 5))  # "by about 40%" for 12 -> 7 (42%): the change in round figures
    for m in _PERCENT.finditer(text):
        out.add(_plain(float(m.group("n")) / 100).lstrip("0") or "0")
        out.add(_plain(float(m.group("n")) / 100))
    return out


def _unit_key(unit: str) -> str:
    return unit.lower().rstrip("s")[:5]


# A count: a number, at most two describing words, then what is counted ("six new routes", "3 weeks").
_DESCRIBING = r"(?:new|more|additional|extra|other|further|separate|full|whole|major|key|large|small|big|regional|local"
_DESCRIBING += r"|international|domestic|daily|weekly|monthly|annual|yearly|long|short|busy|direct|straight"
# ... and any adverb or participle: "two newly built sites", "four recently audited wards"
_DESCRIBING += r"|(?!(?:hundred|need|speed|seed|feed|bed|red|shed|july|family|supply|reply|apply|italy|ally|rally)\b)"
_DESCRIBING += r"(?:[a-z]{3,}ly|[a-z]{3,}ed)|built|made|run|grown|known)"
COUNT = re.compile(
    # ("10+ min": a floor, counted as its number)
    rf"\b(?P<n>\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)})\+?[\s-]+(?:{_DESCRIBING}[\s-]+){{0,2}}(?P<unit>[a-z%]+)",
    re.I,
)


@per_notes
def _counts(notes: Notes) -> frozenset[tuple[str, str]]:
    """(number, unit) pairs the notes write: ('3', 'weeks') for 'three weeks', ('6', 'route') for 'six new
    routes'."""
    out = set()
    for text in notes_texts(notes):
        units = set()
        text = in_full(text)  # "~6 wks to hit target" counts weeks
        for m in COUNT.finditer(text):
            n = m.group("n").lower()
            units.add(_unit_key(m.group("unit")))
            out.add((str(NUMBER_WORDS.get(n, n)), _unit_key(m.group("unit"))))
        # "~6 weeks, target 3": a bare number beside a count in the same line counts the same thing; so does one
        # after 'last' or 'first' ("12 yrs in tax, last 5 as senior manager")
        for m in (*_BARE_NUMBER.finditer(text), *_LAST_N.finditer(text), *_PART_OF.finditer(text)):
            n = m.group("n").lower()
            out |= {(str(NUMBER_WORDS.get(n, n)), unit) for unit in units}
    return frozenset(out)


# The words after a count's first word, up to a preposition, a conjunction or a mark ("delivery kitchens in Riyadh").
_HEADS_AFTER = re.compile(
    r"(?:[\s-]+(?!(?:in|at|of|for|to|and|or|with|per|from|by|on|a|an|the|across|over)\b)[a-z]+)*", re.I
)


# A number with no unit after it: at the end of the line or before punctuation ("target 3", "3)").
# ("can it go to 3?": a question mark ends it too)
# A part of the count before it: "6 yrs process eng., 2 of them on night shifts" (2 years).
_PART_OF = re.compile(rf"\b(?P<n>\d+|{'|'.join(NUMBER_WORDS)}) of (?:them|which|those|these)\b", re.I)
_LAST_N = re.compile(r"\b(?:last|first|past|next|final|latest)\s+(?P<n>\d+)\b", re.I)
_BARE_NUMBER = re.compile(r"(?<![\d.,])(?P<n>\d+)(?![\d.,]?\w)(?=\s*(?:$|[,;.)/?!]|->))")


def counted_in_notes(word: str, unit: str, notes: Notes) -> bool:
    key = (str(NUMBER_WORDS[word.lower()]), _unit_key(unit))
    return key in _counts(notes) or key in _head_counts(notes)


@per_notes
def _head_counts(notes: Notes) -> frozenset[tuple[str, str]]:
    """(number, head) pairs of counts with a noun modifier: ('3', 'kitchen') for "three delivery kitchens". They support
    "three kitchens", never contradict another count of the head ("into one format" beside "four different formats")."""
    out = set()
    for text in notes_texts(notes):
        text = in_full(text)
        for m in COUNT.finditer(text):
            n = m.group("n").lower()
            heads = _HEADS_AFTER.match(text, m.end())  # (matches at least the empty string)
            out |= {(str(NUMBER_WORDS.get(n, n)), _unit_key(h)) for h in (heads.group() if heads else "").split()[:2]}
    return frozenset(out)


def counts_other_unit(word: str, unit: str, notes: Notes) -> bool:
    """'three months' where the notes say 'three weeks': the number is theirs, the unit is not."""
    n = str(NUMBER_WORDS[word.lower()])
    units = {u for num, u in _counts(notes) if num == n}
    time_units = {"day", "week", "month", "year", "hour", "minut"}
    return bool(units & time_units) and _unit_key(unit) in time_units and _unit_key(unit) not in units


def counts_other_number(n: str, unit: str, notes: Notes) -> bool:
    """'eight new routes' where the notes say 'six new routes': the thing counted is theirs, the number is not."""
    number = str(NUMBER_WORDS.get(n.lower(), n))
    key = _unit_key(unit)
    numbers = {num for num, u in _counts(notes) if u == key}
    return bool(numbers) and number not in numbers and (number, key) not in _interview_length(notes)


def _interview_length(notes: Notes) -> frozenset[tuple[str, str]]:
    """How long the interview lasted, as counts: ('90', 'minut'), and ('2', 'hour') for 120 minutes ("after a two-hour
    onsite" is the notes' duration, not another figure)."""
    minutes = notes.interview.duration_minutes
    return frozenset({(str(minutes), "minut"), *([(str(minutes // 60), "hour")] if minutes % 60 == 0 else [])})
