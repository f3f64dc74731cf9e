"""A highlight and a topic that speak of the same measure, said as a coach would tie them.

Notes hand the writer its best sentence when a highlight's result and the person's topic count the same
thing ('pop coverage 71% -> 88% in 3 yrs' ↔ 'licence obligation: 95% population coverage by 2028, now
~84%'): the topic said back as theirs with its numbers, the highlight as the candidate's own sentence with
its result. Only the notes' own link between a deed and its outcome is kept ('and', 'with'); no cause is
added that the notes do not make. An item whose result cannot be said cleanly keeps its deed alone.
"""

from __future__ import annotations

import re

from afterview.shorthand_words import CLIPPED_UNITS, SPELLED
from afterview.writer.shorthand import prose

# A number with what kind of quantity it is: a share, money, or a count of something.
_PERCENT = re.compile(r"\d(?:[\d.,]*)\s*(?:%|percent\b)")
MONEY = re.compile(r"[$£€]\s?\d|\d[\d.,]*\s?(?:k|m|bn)\b")  # an amount of money: '$40k', '€1.2m', '3 bn'
NUMBER = re.compile(r"(?<![\w.])[$£€~]?\d[\d.,]*\s*(?:%|k\b|m\b|bn\b)?")
_WORD = re.compile(r"[a-z][a-z-]{2,}")
_FILLER = set(
    "the and for from with now about over under into per than that this their your our was were are has have "
    "had year years month months week weeks day days in by to of at on up down cut".split()
)


def kinds(text: str) -> set[str]:
    """The kinds of number an item gives: a share ('%'), money."""
    found = set()
    if _PERCENT.search(text):
        found.add("%")
    if MONEY.search(text):
        found.add("money")
    return found


def _stem(word: str) -> str:
    return word[:6]


def _measured_words(text: str) -> set[str]:
    """Content words next to a number (two either side): what the number counts ('population coverage')."""
    out: set[str] = set()
    for match in NUMBER.finditer(text):
        before = _WORD.findall(text[: match.start()].lower())[-2:]
        after = _WORD.findall(text[match.end() :].lower())[:2]
        out.update(_stem(w) for w in (*before, *after) if w not in _FILLER)
    return out


def same_measure(highlight: str, target: str) -> bool:
    """Whether the two items count the same thing with numbers of one kind: a share on both sides and a word
    that names what is counted in common ('coverage'). A shared word far from the numbers is not enough."""
    a, b = prose(highlight), prose(target)
    return bool(kinds(a) & kinds(b)) and bool(_measured_words(a) & _measured_words(b))


# --- The highlight as the candidate's sentence with its result -------------------------------------

_ARROW = re.compile(r"\s*(?:->|→|=>|-->)\s*")
_ASIDE = re.compile(r"\s*\([^)]*\)")
_UNITS = "|".join(sorted({w for u in CLIPPED_UNITS.values() for w in (u, u + "s")}, key=len, reverse=True))
_AMOUNT = rf"\S+(?: (?:{_UNITS})\b)?"
_CHANGE = re.compile(rf"^(?P<np>[a-z][\w' -]*?) from (?P<x>{_AMOUNT}) to (?P<y>{_AMOUNT})(?P<rest>(?: [^,;]*)?)$", re.I)
# an outcome jotted as a noun and a participle ('drive days cut by a third', 'churn down 20%')
_PARTICIPLE = re.compile(
    r"^(?P<np>[a-z][\w' -]*?) (?P<v>cut|reduced|halved|doubled|tripled|raised|lowered|increased|decreased|"
    r"improved|up|down)\b(?P<rest>[^,;]*)$",
    re.I,
)
_RANGE = re.compile(rf"^ (from {_AMOUNT} to {_AMOUNT}(?: [^,;]*)?)$", re.I)
_FINITE = re.compile(r"\b(?:is|are|was|were|went|rose|fell|grew|dropped|became|has|have|had)\b", re.I)
_SPAN = re.compile(
    r"\b(in|over|within|after|for) ([1-9]) "
    r"(years?|months?|weeks?|days?|quarters?|seasons?|harvests?|summers?|winters?)\b"
)


def spelled_spans(text: str) -> str:
    """'in 3 years' → 'in three years': a small span of time reads as words in a letter."""
    return _SPAN.sub(lambda m: f"{m.group(1)} {SPELLED[m.group(2)]} {m.group(3)}", text)


def deed_only(text: str) -> str:
    """'automated drive-test analysis -> drive days cut by a third' → the deed before the arrow; an arrow
    between two values ('9 -> 15', 'weekly -> daily') or two names ('Raiser's Edge -> Bloomerang') stays."""
    parts = _ARROW.split(text)
    if len(parts) != 2 or not parts[0].split():
        return text
    left, right = parts[0].split()[-1], parts[1].split()
    if len(parts[0].split()) < 2 or NUMBER.fullmatch(left) or len(right) < 2 or not right[0][:1].islower():
        return text
    return parts[0].rstrip(" ,;")


def split_result(item: str) -> tuple[str, str] | None:
    """'planned 180 rural sites (Uganda), pop coverage 71% -> 88% in 3 yrs' → the deed and its outcome,
    the outcome in prose ('population coverage from 71% to 88% in 3 years'); None with no outcome."""
    text = _ASIDE.sub("", item).strip()
    deed, sep, tail = text.partition("; ") if "; " in text else text.partition(", ")
    if sep and NUMBER.search(tail):
        said = _from(prose(tail).strip(" ."))
        if _CHANGE.match(said) or _PARTICIPLE.match(said):
            return deed, said
    cut = deed_only(text)
    if cut != text:
        return cut, _from(prose(text[len(cut) :].lstrip(" ,;").lstrip("->→=").strip()).strip(" ."))
    return None


# 'no-shows 14% to 6%': a change jotted without its "from"
_BARE_CHANGE = re.compile(r"^(?P<np>[a-z][\w' -]*?) (?P<x>[$£€]?\d[\d.,]*%?) to (?P<y>[$£€]?\d[\d.,]*%?\S*)", re.I)


def _from(said: str) -> str:
    if " from " in f" {said} ":
        return said
    return _BARE_CHANGE.sub(r"\g<np> from \g<x> to \g<y>", said, count=1)


def outcome(result: str) -> str | None:
    """The outcome as words that follow a clause: 'and population coverage went from 71% to 88% in three
    years', 'with drive days cut by a third'; None when it is no such simple outcome (it is left out)."""
    if re.match(r"(?i)^which (?!\w+ing\b)\w+", result.strip()):
        # 'which cut bought-in feed by 18%': the notes' own relative clause, said as written (writer75: never read as
        # a subject 'which' and its participle, "with which cut …")
        return spelled_spans(prose(result).strip(" .;"))
    moved = _PARTICIPLE.match(result)
    ranged = _RANGE.match(moved.group("rest")) if moved and moved.group("v").lower() in ("up", "down") else None
    if moved and ranged and not _FINITE.search(moved.group("np")):
        # 'colour spread down from 6 to 2 Agtron points': the change said as it went ('went from 6 to 2 …')
        return spelled_spans(f"and {moved.group('np')} went {ranged.group(1)}")
    if moved and not _FINITE.search(moved.group("np")):
        return spelled_spans(f"with {moved.group('np')} {moved.group('v')}{moved.group('rest')}")
    change = _CHANGE.match(result)
    if change and _deed_first(change.group("np")):
        # 'cut new-hire ramp from 3 wks to 10 days': a second deed with its own change, said as one ('and cut …
        # from three weeks to ten days'), never 'and cut new-hire ramp went from …'
        return spelled_spans(f"and {prose(result).strip(' .;')}")
    if change and not _FINITE.search(change.group("np")):
        np, rest = change.group("np"), change.group("rest")
        return spelled_spans(f"and {np} went from {change.group('x')} to {change.group('y')}{rest}")
    return None


def _deed_first(np: str) -> bool:
    """The change's subject opens with the candidate's past verb ('cut new-hire ramp', 'brought wait times')."""
    from afterview.writer.phrasing import starts_with_past_verb

    return starts_with_past_verb(np)


def with_result(item: str, deed_clause: str | None) -> str | None:
    """The candidate's deed ('I planned 180 rural sites at Nile Mobile') with the notes' outcome after it."""
    found = split_result(item)
    if not found or not deed_clause:
        return None
    said = outcome(found[1])
    return f"{deed_clause}, {said}" if said else None


# --- The person's topic with its numbers -------------------------------------------------------------


def numbered_topic(item: str, head: str) -> str | None:
    """'licence obligation: 95% population coverage by 2028, now ~84%' → 'your licence obligation (95%
    population coverage by 2028, now about 84%)': the topic's head as theirs, its numbers kept beside it.
    None when the item has no numbers after a colon (its head is said the usual way)."""
    _, sep, detail = item.partition(":")
    detail = prose(detail).strip(" .")
    if not sep or not NUMBER.search(detail) or not head or re.search(r"[;:()]", detail):
        return None
    owned = head if re.match(r"(?i)^(?:your|the|a|an|my)\b", head) else f"your {head}"
    return f"{owned} ({detail})"
