"""A figure given for a thing the notes give another figure for: "roughly 3% of devices" an update bricks where the
notes say "~0.3% of devices", "six places in the intern cohort" where they say "intern cohort of 4". Each number
may appear somewhere in the notes (a '3pm', a date), so the figure alone looks supported; beside the words of the
one notes item it describes, it must be that item's figure."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.notes_forms import in_full, multiplied_numbers
from afterview.guardrails.result_sizes import change_pairs
from afterview.guardrails.support import notes_texts, per_notes
from afterview.guardrails.text import content_stems
from afterview.notes.model import Notes
from afterview.shorthand_words import NUMBER_WORDS

# Number words that count (not 'one', a manner of speaking, nor multipliers: 'million', 'dozen').
_WORDS = "|".join(w for w, n in NUMBER_WORDS.items() if 1 < n < 100 and w != "dozen")
# A figure written in parts ('twenty-five', '1.2 million', '11 million'): read whole by the other number checks.
_COMPOUND = re.compile(rf"(?:[\d.,]+|\b(?:{'|'.join(NUMBER_WORDS)}))[\s-]*$", re.I)
_COMPOUND_AFTER = re.compile(rf"^[\s-]*(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)", re.I)
# A figure: digits not part of a name or a code ('8D', 'v2', 'x3'), or a number word; with its percent sign.
_FIGURE = re.compile(
    rf"(?<![\w.,])(?P<n>\d+(?:\.\d+)?(?![A-Za-z])|\b(?:{_WORDS})\b)(?P<unit>\s?%|\s?percent\b)?(?![\w.,]?\d)",
    re.I,
)
# A figure's scale word after it: "2 million trips" is compared as 2 with the notes' "1 million trips".
_SCALE_AFTER = re.compile(r"\s+(?P<scale>million|billion|thousand)\b", re.I)
_SCALE = {"thousand": 1000, "million": 10**6, "billion": 10**9}
_WINDOW = 5  # content words either side of a figure that say what it counts
# not a code ('8D', 'v2') in a notes item; a unit jotted onto its figure ('3h', '72h', '40min', '6wks', '1.8x') is
# a figure
_ITEM_NUMBER = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?(?:(?![A-Za-z])|(?=(?:h|hrs?|min|mins|d|wks?|mos?|yrs?|km|kg|ms|x)\b))"
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # a year is a date: the date checks read it
# Words of the window that name no thing: they cannot tie a figure to an item.
_EMPTY = frozenset("about around roughly nearly almost over under just only per each every".split())


@per_notes
def _items(notes: Notes) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each notes item with figures: its content stems and its numbers (words read as numbers)."""
    out = []
    for text in notes_texts(notes):
        numbers = {x for x in _ITEM_NUMBER.findall(text) if not _YEAR.fullmatch(x)} | multiplied_numbers(text)
        numbers |= {str(n) for w, n in NUMBER_WORDS.items() if re.search(rf"\b{w}\b", text, re.I)}
        if numbers:
            out.append((frozenset(content_stems(in_full(text), generic=True)), frozenset(numbers)))
    return tuple(out)


# A figure of a rate: "three flights in ten", "two shifts out of five" (either end).
_RATE_BEFORE = re.compile(rf"(?:\d+|\b(?:{_WORDS}|one))\s+(?:[a-z-]+\s+){{0,2}}(?:in|out of)\s+$", re.I)
_RATE_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}(?:in|out of)\s+(?:\d+|(?:{_WORDS})\b)", re.I)


# Where a figure's words end: its sentence, and the next figure of a list, which counts a thing of its own ("the
# 90-day plan and two references": the references are two's); a range ("from 14% to 9%") reads on.
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)|\n")
_LIST_JOIN = re.compile(r",|\b(?:and|plus|as well as|along with)\b", re.I)


# The start of a range just before a figure: "from 3.1 to ", "61% -> ".
_RANGE_START = re.compile(r"(?<![\w.,])(?P<a>\d+(?:\.\d+)?)\s?(?:%|percent)?\s*(?:to|->|\u2192)\s*$", re.I)


def _own_words(body: str, m: re.Match[str]) -> tuple[str, str]:
    """The text before and after figure `m` that can say what it counts: within its sentence, and not past the
    next figure of a list."""
    start = max((e.end() for e in _SENTENCE_END.finditer(body, 0, m.start())), default=0)
    stop = next((e.start() for e in _SENTENCE_END.finditer(body, m.end())), len(body))
    for f in _FIGURE.finditer(body, m.end(), stop):
        if _LIST_JOIN.search(body, m.end(), f.start()):
            stop = f.start()
        break
    # nor past a new clause of its own: "stuck at 78% and the Tijuana line still losing hours" (the line is not
    # what 78% counts)
    joined = _NEW_CLAUSE.search(body, m.end(), stop)
    if joined is not None:
        stop = joined.start()
    return body[start : m.start()], body[m.end() : stop]


# The other end of a hedged range: "two or three", "3 to 4", "five-six".
OR_RANGE = re.compile(rf"(?<![\w.,])(?P<o>\d+|{_WORDS})\s*(?:or|to|-|\u2013)\s*$", re.I)
OR_RANGE_AFTER = re.compile(rf"\s*(?:or|to|-|\u2013)\s*(?P<o>\d+|{_WORDS})\b", re.I)


def hedged_other_end(body: str, start: int, end: int) -> re.Match[str] | None:
    """The other figure of a hedged range around the figure at `start`..`end` ("two or three"), its group 'o'."""
    return OR_RANGE.search(body[max(0, start - 20) : start]) or OR_RANGE_AFTER.match(body, end)


_NEW_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas|yet)\s+(?:the|a|an|my|our|your|their|its|I|we|it|they)\b")


# Units that any figure may count: a span of time or a share, never the thing that ties a figure to one item.
_UNITS = frozenset(
    content_stems(
        "second seconds minute minutes hour hours day days week weeks month months year years percent per cent times"
        " time x",
        generic=True,
    )
)


def _thing_counted(right: str) -> str | None:
    """The stem of the word a figure counts when it says right after it ("14 stores", "nine greenhouses"): a
    common noun, not a unit of time or share nor a name."""
    words = right.split()[:1]
    if not words or not re.fullmatch(r"[a-z][a-z-]+", words[0].strip(",.;:")):
        return None
    stems = content_stems(words[0].strip(",.;:"), generic=True)
    return stems[0] if stems and stems[0] not in _UNITS else None


_Items = tuple[tuple[frozenset[str], frozenset[str]], ...]


def _ends_own_change(body: str, start: int, end: int, value: str, items: _Items) -> bool:
    """Whether the figure ends a change ('from 12 days to 5', '12 -> 5') whose two ends one notes item gives."""
    window = body[max(0, start - 40) : end]
    for a, b in change_pairs(window):
        ends = {_plain_number(a), _plain_number(b)}
        if value in ends and any(ends <= numbers for _, numbers in items):
            return True
    return False


def _plain_number(x: float) -> str:
    return str(int(x)) if x.is_integer() else str(x)


def mismatched_counts(body: str, notes: Notes, flagged: set[tuple[int, int]]) -> list[Finding]:
    items = _items(notes)
    found: list[Finding] = []
    for m in _FIGURE.finditer(body):
        n = m.group("n").lower()
        value = str(NUMBER_WORDS.get(n, n))
        if any(s <= m.start() < e for s, e in flagged) or _YEAR.fullmatch(value):
            continue
        scale = _SCALE_AFTER.match(body, m.end())
        scaled = scale is not None and not _COMPOUND.search(body[max(0, m.start() - 12) : m.start()])
        if not scaled and (
            _COMPOUND.search(body[max(0, m.start() - 12) : m.start()]) or _COMPOUND_AFTER.match(body[m.end() :])
        ):
            continue  # ("2 million trips" reads on: the notes' "1 million trips" give 1 before the same 'million')
        if _RATE_BEFORE.search(body[max(0, m.start() - 40) : m.start()]) or _RATE_AFTER.match(body, m.end()):
            continue  # "three flights in ten", "two out of five": a rate, the share of the notes' percent
        if _ends_own_change(body, m.start(), m.end(), value, items):
            continue  # "from 12 days to 5 and ... three chairlifts": the change's end, not a count of what follows
        left, right = _own_words(body, m)
        before = content_stems(" ".join(left.split()[-_WINDOW:]), generic=True)
        after = content_stems(" ".join(right.split()[:_WINDOW]), generic=True)
        near = {s for s in before + after if s not in _EMPTY and not any(ch.isdigit() for ch in s)}
        counted = set(content_stems(" ".join(right.split()[:4]), generic=True))
        overlap = [(len(near & stems), stems, numbers) for stems, numbers in items]
        best = max((k for k, _, _ in overlap), default=0)
        # the item the words describe best, and what the figure counts is in it ("3% of devices", "six places in
        # the intern cohort"; not "the three of us talked about the 68% utilisation")
        about = [numbers for k, stems, numbers in overlap if k >= 2 and k == best and counted & stems]
        # the end of a range whose start is an item's figure: "inventory turns from 3.1 to 6" for "3.1 -> target 5"
        start = _RANGE_START.search(body[max(0, m.start() - 20) : m.start()])
        if not about and start is not None:
            about = [numbers for k, _, numbers in overlap if k >= 2 and k == best and start.group("a") in numbers]
        if scale is not None and scaled:
            whole = float(value) * _SCALE[scale.group("scale").lower()]
            if whole.is_integer() and any(str(int(whole)) in numbers for numbers in about):
                continue  # "EUR 38 million" where the notes write "EUR 38m"
        if not about or any(value in numbers for numbers in about):
            continue
        lead = {s for s in before if s not in _EMPTY and s not in _UNITS and not any(ch.isdigit() for ch in s)}
        by_lead = [(len(lead & stems), numbers) for stems, numbers in items]
        most = max((k for k, _ in by_lead), default=0)
        if most >= 2 and any(k == most and value in numbers for k, numbers in by_lead):
            continue  # "cut warranty returns by 35% at Rába": the words before it name the item that gives 35%
        thing = _thing_counted(right)
        if thing and any(value in numbers and thing in stems for stems, numbers in items):
            continue  # "across 14 stores" where another item holds "14 stores": that item's figure, in its words
        head = set(content_stems(" ".join(right.split()[:1]), generic=True)) - _UNITS
        if head and any(value in numbers and head & stems for stems, numbers in items):
            continue  # "14 DMAs planned by 2028" where another item holds "14 DMAs": that item's figure
        other = hedged_other_end(body, m.start(), m.end())
        if other is not None:
            said = other.group("o").lower()
            if any(str(NUMBER_WORDS.get(said, said)) in numbers for numbers in about):
                continue  # "two or three times a week" for the notes' 2: a hedged range holding their figure
        theirs = sorted({x for numbers in about for x in numbers})
        found.append(
            Finding(
                "facts",
                "error",
                "unsupported_number",
                f"'{m.group().strip()}' does not match your notes, which give {' or '.join(theirs)} for it.",
                m.span(),
                theirs[0] if len(theirs) == 1 else None,
            )
        )
    return found
