"""Items of a measure jotted with no verb, said whole for a tie by measure family (writer/measure_family.py).

Their side: a count of things ('2 serious near-misses last year' → 'You mentioned the two serious near-misses last
year.'), a time a job takes ('line 2 changeover A -> B takes ~2 h' → 'You mentioned that the line 2 changeover takes
about two hours.'). The candidate's side: a measure and its change with no deed ('site TRIR 2.1 -> 0.6 over 4 yrs, w/
our joint H&S committee' → 'in a previous role, our site TRIR went from 2.1 to 0.6 over four years, with our joint
health and safety committee'): the change as the notes give it, the credit kept, never a deed or a cause added.
"""

from __future__ import annotations

import re

from afterview.shorthand_words import SPELLED
from afterview.writer import adapt
from afterview.writer.frameable import frameable
from afterview.writer.gate import has_verb, reads_well
from afterview.writer.measure import spelled_spans
from afterview.writer.result_clause import ARROW
from afterview.writer.sentence_check import _needs_an
from afterview.writer.shapes import classify
from afterview.writer.shorthand import prose

# '2 serious hexane near-misses last year': a small count, then what was counted (a plural), then when
_COUNT = re.compile(r"^(?P<n>[1-9]) (?P<np>[a-z][\w-]*(?: [\w-]+){0,7})$")
# 'line 2 changeover whole-cabbage -> mat-kimchi takes ~2 h': the job, what it goes between, the time it takes
_TAKES = re.compile(
    r"^(?P<np>[a-z][\w-]*(?: [\w-]+){0,4}?)(?: [\w-]+ (?:->|→) [\w-]+)? takes (?P<about>~|about )?(?P<n>[1-9])\s?"
    r"(?P<unit>h|hrs?|hours?|min|mins|minutes?|days?|wks?|weeks?)\b"
)
_UNIT_WORD = {"h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "wk": "week", "wks": "week"}
# 'site TRIR 2.1 -> 0.6 over 4 yrs': a measure with no verb, a number, the arrow, a number and its span
_CHANGE = re.compile(
    r"^(?P<np>[a-z][\w&/-]*(?: [\w&/-]+){0,3}) (?P<x>~?\d[\d.,]*\s?(?:%|[a-z]+)?) ?(?:->|→) ?"
    r"(?P<y>~?\d[\d.,]*\s?(?:%|[a-z]+)?)(?P<span> (?:over|in|within) \d+ (?:yrs?|years?|months?|mos?|wks?|weeks?))?$"
)
_CREDIT = re.compile(r"^(?:w/|with) (?P<who>(?:our|the|my) [\w&' -]+)$")
_PROJECT = re.compile(r"^(?:an? )?(?P<what>[A-Za-z][\w&-]*(?: [\w&-]+){0,2} project)$")


def counted_thing(item: str) -> str | None:
    """'2 serious hexane near-misses last year' → 'You mentioned the two serious hexane near-misses last year.'"""
    said = prose(item.split(" - ")[0]).strip(" .")
    found = _COUNT.match(said)
    if not found or has_verb(found.group("np")) or not reads_well(f"the {found.group('np')}"):
        return None
    return f"You mentioned the {SPELLED[found.group('n')]} {found.group('np')}."


def time_taken(item: str) -> str | None:
    """'line 2 changeover whole-cabbage -> mat-kimchi (cut) takes ~2 h, …' → 'You mentioned that the line 2
    changeover takes about two hours.'"""
    text = re.sub(r"\s*\([^)]*\)", "", item.split(",")[0]).strip()
    found = _TAKES.match(text)
    if not found or classify(found.group("np")) != "noun":
        return None
    n, unit = found.group("n"), found.group("unit").lower()
    unit = _UNIT_WORD.get(unit, unit.rstrip("s"))
    amount = f"{SPELLED[n]} {unit}{'' if n == '1' else 's'}"
    about = "about " if found.group("about") else ""
    np = found.group("np")
    owned = adapt.perspective(np, to_owner=True) if re.match(r"(?:their|our|the|its) ", np) else f"the {np}"
    return f"You mentioned that {owned} takes {about}{amount}."


def held(problem: str) -> bool:
    """Whether a problem of theirs can be said: as a clause, a topic a frame holds, a count or a time taken."""
    if adapt.clause_form(problem) or frameable(adapt.topic(problem)):
        return True
    return bool(time_taken(problem) or counted_thing(ARROW.split(problem, maxsplit=1)[0]))


def bare_change(highlight: str) -> str | None:
    """'site TRIR 2.1 -> 0.6 over 4 yrs, w/ our joint health & safety committee' → 'in a previous role, our site
    TRIR went from 2.1 to 0.6 over four years, with our joint health and safety committee'; None for a deed."""
    main, _, aside = highlight.partition(" - ")
    head, *rest = [p.strip() for p in main.split(",")]
    found = _CHANGE.match(head.strip())
    np = found.group("np") if found else ""
    if not found or classify(np) != "noun" or has_verb(np) or re.match(r"(?i)(?:our|the|my|a|an) ", np):
        return None
    span = " " + spelled_spans(prose(found.group("span"))) if found.group("span") else ""
    x, y = found.group("x").strip(), found.group("y").strip()
    if re.sub(r"[~\d.,\s]", "", x) == re.sub(r"[~\d.,\s]", "", y) != "%":
        x = re.sub(r"\s?[a-z]+$", "", x)  # '95 min -> 40 min': from 95 to 40 minutes
    core = f"our {np} went from {x} to {_units(y)}{span}"
    if not reads_well(core, "clause"):
        return None
    said = f"in a previous role, {core}"
    project = _PROJECT.match(aside.split(",")[0].strip()) if aside else None
    if project:
        said += f", in {_article(project.group('what'))} {project.group('what')}"
    credit = _CREDIT.match(rest[0]) if rest else None
    if credit:
        said += f", with {prose(credit.group('who'))}"
    return said.replace(" & ", " and ")


def _units(amount: str) -> str:
    """'40 min' → '40 minutes': a unit of time jotted short said whole."""
    found = re.match(r"^(?P<n>~?[\d.,]+)\s?(?P<unit>[a-z]+)$", amount.strip())
    unit = found.group("unit") if found else ""
    if not found or unit not in {*_UNIT_WORD, "hours", "minutes", "days", "weeks"}:
        return amount.strip()
    word = _UNIT_WORD.get(unit, unit.rstrip("s"))
    return f"{found.group('n')} {word}{'' if found.group('n') == '1' else 's'}"


def _article(np: str) -> str:
    return "an" if _needs_an(np.split()[0]) else "a"  # 'an SMED project', as the sentence check reads it
