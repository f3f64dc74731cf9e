"""The candidate's side of a strong tie, said whole where the usual clause (tie_pair.with_result) finds none.

Notes jot the result a hiring manager most needs as parts the usual clause cannot read: a time first ('during the
2023 flood, rerouted 40 trucks …'), a change with its credit in brackets ('stem rejections ~7% -> ~3% over 2 seasons
(w/ the grading team - cold chain fixes + grader retraining)'), a credit then its means in brackets ('…, w/ the QA team
(new sampling plan)'), a change of a bare measure ('fleet utilisation 58% -> 71% … after we moved dispatch …'). Said in
order of preference: the deed with its result; the deed alone, its time kept; the result with its credit as the notes
give it ('I worked with the grading team, and we brought …'); the result clause ('in a previous role, our …
went from …'). Never a cause the notes do not give; None when no part reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from afterview.writer.credited_result import own_clause
from afterview.writer.gate import reads_well
from afterview.writer.measure import spelled_spans
from afterview.writer.phrase_kind import plural
from afterview.writer.result_clause import result_clause
from afterview.writer.shorthand import prose

# a time or an occasion jotted first, then the deed: 'during the Aug 2024 swell closure, re-sequenced 11 ships …'
_WHEN_FIRST = re.compile(r"^(?P<when>(?:during|in|after|before|over|for) [^,;()]{3,60}), (?P<deed>[a-z].+)$")
# a credit in brackets, the means after a dash: '(w/ the grading team - cold chain fixes + grader retraining)'
_BRACKET_CREDIT = re.compile(r"\s*\((?P<who>(?:w/|with) [^()\-,;]+?)(?: - [^()]*)?\)\s*$")
# the means in brackets after a credit: ', w/ the QA team (new pre-shipment sampling plan)'
_CREDIT_MEANS = re.compile(r"(?P<credit>, (?:w/|with) [^()\-,;]+?)\s*\((?P<means>[a-z][a-z' -]+)\)\s*$")
_MINE = re.compile(r"\b(?:I|my|me|we|our)\b")


def _when_first(highlight: str, say: Callable[[str], str | None]) -> str | None:
    """'during the Aug 2024 swell closure, re-sequenced 11 waiting ships …' → 'during the August 2024 swell closure,
    I re-sequenced 11 waiting ships …': the deed as the usual clause says it, its time kept before it."""
    found = _WHEN_FIRST.match(highlight.strip())
    when = prose(found.group("when")).strip() if found else ""
    if not found or _MINE.search(when) or not reads_well(when.split(" ", 1)[1]):
        return None
    deed = say(found.group("deed"))
    return f"{when}, {deed}" if deed and deed.startswith("I ") else None


def _credit_regrouped(highlight: str) -> str | None:
    """The highlight with its credit as a part of its own (', w/ the grading team'), its bracketed means said after the
    change ('… at Altyn Zher with a new pre-shipment sampling plan, w/ the QA team'); None when it jots neither."""
    text = " ".join(highlight.split())
    bracket = _BRACKET_CREDIT.search(text)
    if bracket:
        return f"{text[: bracket.start()]}, {bracket.group('who')}"
    means = _CREDIT_MEANS.search(text)
    if means and reads_well(means.group("means")):
        head = text[: means.start()]
        article = "an" if means.group("means")[:1] in "aeiou" else "a"
        return f"{head} with {article} {means.group('means')}{means.group('credit')}"
    return None


def mine_said(highlight: str, say: Callable[[str], str | None]) -> str | None:
    """The candidate's side when `say` (the usual clause) finds none: the deed after its time, the credited result,
    else the result clause. None when no part of the highlight reads."""
    if said := _when_first(highlight, say):
        return said
    regrouped = _credit_regrouped(highlight)
    if regrouped and (credited := own_clause(regrouped)):
        return spelled_spans(credited)
    return result_clause(highlight)


# a deed, then none of what it kept away, after a dash: 'negotiated the phasing w/ the unions - no strike days'
_NONE_AFTER = re.compile(r"^(?P<deed>[a-z].+?) - no (?P<none>[a-z][a-z -]{2,30})$")


def with_none_after(highlight: str, clause: str | None) -> str | None:
    """'I negotiated the phasing with the staff unions' → '…, and there were no strike days' where the notes jot
    none of something after the deed: said beside it, as the notes put it, never as what the deed caused."""
    found = _NONE_AFTER.match(" ".join(highlight.split()))
    if not clause or not found or not clause.startswith("I ") or " no " in clause:
        return clause
    none = found.group("none").strip()
    said = f"{clause}, and there were no {none}"
    return said if plural(none.split()[-1]) and reads_well(said, "clause") else clause
