"""A highlight said as the candidate's deed WITH the result the notes give it: 'X -> Y' and 'X (Y)' keep Y ('I
started pre-outfitting …, which meant about two weeks less quay time per tug'). The arrow is the candidate's own
cause, so it is said; a change jotted with its own arrow ('donors 310 -> 1,150') is left to the usual clause."""

from __future__ import annotations

import re
from collections.abc import Callable

from afterview.writer import adapt
from afterview.writer.gate import has_verb
from afterview.writer.lemma import lemmas
from afterview.writer.np_article import measure_subject
from afterview.writer.outcome_said import with_outcome
from afterview.writer.result_clause import ARROW, _change
from afterview.writer.shapes import classify
from afterview.writer.shorthand import prose
from afterview.writer.work_noun import worked_on
from afterview.writer.work_result import counts

_NUMBERED_ASIDE = re.compile(r"\s*\(([^()]*\d[^()]*)\)\s*$")
# 'attendance up about 30% in 2024', 'stockouts 14 -> 3 a quarter', 'about 2 weeks less quay time per tug'
_MOVED = re.compile(r"^(?P<np>[A-Za-z][\w/' -]*?) (?P<dir>up|down) (?P<n>(?:about |nearly |over )?\d.*)$")
_COUNTED = re.compile(r"^(?P<np>[A-Za-z][\w/' -]*?) (?P<x>(?:about |nearly |over |under )?[$£€]?\d.*)$")
# 'Geelong waterfront NYE 2025 - contractor inductions moved from paper to QR code': where, then what changed there
_PLACE_DASH = re.compile(r"^(?P<place>[A-Z][^-–]{2,60}?)\s+[-–]\s+(?P<rest>[a-z].+)$")
_LESS_MORE = re.compile(r"\b(?:less|fewer|more|faster|lower|higher|shorter|cheaper)\b")
_FROM_TO = re.compile(
    r"^(?P<np>[A-Za-z][\w/' -]*?) from "
    r"(?P<rest>(?:about |nearly |over |under )?[$£€]?\d[\d.,]*%?(?: \w+){0,2}? to "
    r"(?:about |nearly |over |under )?[$£€]?\d.*)$"
)
# 'our loss went 9%', 'scrap rate 6%': what changed and where it started, before the arrow to where it went
_WENT = re.compile(
    r"^(?P<np>(?:our |the |my )?[a-z][\w/ -]*?) (?:went |was |at |from )?(?P<a>(?:about |~)?[$£€]?\d[\d.,]*%?)$"
)
_ENDS_COUNT = re.compile(r"[~$£€]?\d[\d.,]*%?(?:\s*/\s*[a-z]+)?$")  # a rate too: "~30/mo"
_STARTS_COUNT = re.compile(r"^[~$£€]?\d")
# the size of whom the deed was for, never where a change started: 'a tracker for our crew of 40 -> 0 lapsed tickets'
_GROUP_SIZE = re.compile(r"\b(?:crew|team|fleet|staff|group|class|workforce|squad|cohort|pool) of ~?\d[\d,]*\s*$")
# a result that is a count of things: '0 lapsed tickets in 2 yrs', '3 new clients'
_COUNT_OF = re.compile(
    r"^(?:about |nearly |over |under )?\d[\d,]* (?!(?:seconds|minutes|hours|days|weeks|months|years|times)\b)"
    r"(?:[a-z-]+ ){0,2}[a-z-]+s\b"
)
# the end of a change jotted in words: 'same day', 'next-day', 'none'
_WORDED_END = re.compile(r"^(?:(none|nil)|(?:the )?(same|next)[- ]day)$", re.I)
# the same unit on both sides of the arrow ('45 min -> 20 min', '12 days -> 5 days'): a change of one measure
_UNIT_BEFORE = re.compile(r"[~$£€]?\d[\d.,]*\s*(?P<unit>[A-Za-z]+\.?)$")


def _same_unit_change(before: str, after: str) -> bool:
    unit = _UNIT_BEFORE.search(before.strip())
    if unit is None:
        return False
    word = re.escape(unit.group("unit").rstrip("."))
    return re.match(rf"^[~$£€]?\d[\d.,]*\s*{word}\b", after.strip(), re.I) is not None


def with_result(
    highlight: str, usual: Callable[[str], str | None] | None = None, *, named_work: bool = False
) -> str | None:
    """The candidate's deed as a clause with the result the notes give it: 'X -> Y' and 'X (Y)' keep Y
    ('I started …, which meant about two weeks less quay time per tug'); 'X, cut Y by 30%' is said whole by
    the usual clause (`usual`, items._tie_clause, when given). With `named_work`, a piece of work named by a noun
    ('RFID pilot on 4,000 uniforms') is said as 'I worked on …' (in the one tie only). None when the highlight
    holds no deed of the candidate's."""
    text = highlight.strip()
    halves = ARROW.split(text, maxsplit=1)
    aside = _NUMBERED_ASIDE.search(text) if len(halves) == 1 else None
    deed, result = (
        (halves[0], halves[1])
        if len(halves) == 2
        else ((text[: aside.start()], aside.group(1)) if aside else (text, ""))
    )
    # no deed-then-result arrow: a plain deed, or a change jotted with its own arrow ('grew donors 310 -> 1,150',
    # 'planned 180 sites, coverage 71% -> 88%'), which the usual clause says whole
    change_arrow = (
        len(halves) == 2
        and not _GROUP_SIZE.search(halves[0])
        and (bool(_ENDS_COUNT.search(halves[0]) and _STARTS_COUNT.match(halves[1])) or _same_unit_change(*halves))
    )
    if (not result or change_arrow) and usual:
        whole = usual(text)
        if whole and whole.startswith("I "):
            return whole if result else with_outcome(text, whole)  # ', all 4 licensed now' said too
    if change_arrow and not named_work:
        return None  # 'cut dispensing errors 14 -> 5/quarter': a change the usual clause says whole, never cut at '14'
    if change_arrow and named_work:  # 'RFID pilot on 4,000 uniforms, our loss went 9% -> 4%': the work, its change
        work, _, jotted = halves[0].rpartition(", ")
        went = _WENT.match(jotted.strip())
        done = worked_on(work) if went else None
        if done and went:
            return f"{done}, and {went.group('np')} went from {prose(went.group('a'))} to {prose(halves[1])}"
    named = worked_on(deed) if named_work else None
    clause = adapt.highlight_clause(deed.strip(" ,;")) or _present(deed.strip(" ,;")) or _where(deed) or named
    if not clause or not (clause.startswith("I ") or clause.startswith("at ")):
        return None
    if not result:
        return with_outcome(text, clause)
    said = re.sub(r"\b(about|nearly|over|under) from ", r"from \1 ", prose(result).strip(" .;"))  # '~15 -> 5'
    inner = ARROW.split(said, maxsplit=1)
    if len(inner) == 2:  # 'stockouts 14 -> 3 a quarter', 'check-in about 4 minutes -> under 1 minute per vehicle'
        before = _COUNTED.match(inner[0])
        # an end said in words ('quote time 2 days -> same day', '-> zero'): a change all the same
        after = _WORDED_END.sub(lambda m: "zero" if m[1] in ("none", "nil", "0") else f"the {m[2]} day", inner[1])
        said = f"{measure_subject(before.group('np'))} went from {before.group('x')} to {after}" if before else ""
        worded = after != inner[1] and bool(before and counts(before.group("x")))
        return f"{clause}, and {said}" if said and (counts(inner[1]) or worded) else clause
    if not said or not counts(said):
        # a result without a count (or with a year only) is no result a reader can weigh; an outcome in words is
        return with_outcome(text, clause)
    if re.match(r"^[A-Za-z][\w/' -]*? (?:cut|down|up|\w+ed) (?:from|by|to)\b", said):
        return f"{clause}, with {said}"  # 'close days cut from 9 to 5': the participle says the change itself
    change = _change(said) or (f"{m.group('np')} went from {m.group('rest')}" if (m := _FROM_TO.match(said)) else None)
    if change:
        return f"{clause}, and {change}"
    moved = _MOVED.match(said)
    if moved:
        return f"{clause}, and {moved.group('np')} went {moved.group('dir')} {moved.group('n')}"
    if classify(said) != "clause" and (_LESS_MORE.search(said) or _COUNT_OF.match(said)):
        return f"{clause}, which meant {re.sub(r'^0 ', 'no ', said)}"  # '-> 0 lapsed tickets in 2 yrs
    return with_outcome(text, clause)


def _where(deed: str) -> str | None:
    """'Geelong waterfront NYE 2025 - contractor inductions moved from paper to QR code + phone' → 'at Geelong
    waterfront NYE 2025, contractor inductions moved from paper to QR code and phone': what changed where the
    candidate worked, in the notes' own verb (no "I" the notes do not write)."""
    found = _PLACE_DASH.match(deed.strip(" ,;"))
    rest = prose(found.group("rest")).strip(" .") if found else ""
    if not found or not has_verb(rest) or not re.match(r"^[a-z][\w -]* (?:moved|went|rose|fell|dropped|grew)\b", rest):
        return None
    return f"at {prose(found.group('place'))}, {rest}"


def _present(deed: str) -> str | None:
    """'plays the cello in an amateur orchestra' → 'I play the cello in an amateur orchestra': a pastime jotted
    in the third person, said as the candidate's own."""
    first, _, rest = deed.partition(" ")
    verbs = lemmas(first.lower()).get("VERB", ()) if first.endswith("s") and rest else ()
    return f"I {verbs[0]} {rest}" if verbs and verbs[0] != first.lower() else None
