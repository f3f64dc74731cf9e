"""A measured highlight said whole, as one clause with its change and the people the notes credit for it.

Notes jot a result as parts: the deed, the change, who did it ('led 8D on a recurring burr defect, escapes 12/month ->
2/month, w/ team of 3'; 'changeover time on the carding line 70 min -> 40 min, w/ the maintenance crew'; 'our claims
team of 40 cut avg claim time 6 days -> 2 days'). A reader weighs the change; the team is part of the claim. So the
clause keeps all three: 'I led 8D on a recurring burr defect with a team of three, and escapes fell from 12 a month to
2 a month'; 'with the maintenance crew, we brought changeover time on the carding line down from 70 minutes to 40
minutes'. A part it cannot read (a change with words after its figure, a fourth part) leaves the highlight to the
usual clauses: None.
"""

from __future__ import annotations

import re

from afterview.shorthand_words import SPELLED
from afterview.writer import adapt
from afterview.writer.shorthand import prose
from afterview.writer.team_words import TEAM

_N = r"~?\d[\d.,]*\s*(?:k|%|[a-z]+)?(?:\s*/\s*[a-z]+|\s+in\s+\d+)?"
_CHANGE = re.compile(
    rf"^(?P<verb>[a-z]+ed\s+|cut\s+|grew\s+|rose\s+|fell\s+)?(?P<np>[A-Za-z][\w' -]*?)\s+"
    rf"(?P<a>{_N})\s*->\s*(?P<b>{_N})(?:\s+(?P<means>(?:w/|with|by|using|via|on|at|across|in|over|within)\s.+))?$"
)
_TEAM = re.compile(rf"^(?:w/|with)\s+(?P<who>(?:a |the |my )?(?:[\w-]+\s+)?{TEAM}(?:\s+of\s+\d+)?)$", re.I)
_BARE_TEAM = re.compile(rf"^(?P<who>(?:a\s+)?{TEAM}\s+of\s+\d+)$", re.I)
# the people a deed was done with, by their count ('w/ 2 coordinators', 'with three nurses'), lead a highlight too
_PEOPLE = r"(?:\d|two|three|four|five|six)\s+(?:[a-z]+\s+)?[a-z]{3,}s"
_TEAM_LEADS = re.compile(
    r"^(?:w/|with)\s+(?P<who>(?:a |the |my )?" + TEAM + r"(?:\s+of\s+\d+)?|" + _PEOPLE + r")\s+"
    r"(?P<rest>[a-z].+)$",
    re.I,
)
# 'set up a rota -> bookings ~1 in 10 -> ~1 in 40': the deed, then the change it made, each with its own arrow
_DEED_ARROW = re.compile(r"^(?P<deed>[a-z][^,>]*?[a-z])\s*->\s*(?=[^,]*\d[^,]*->)")
# a year jotted in brackets after the result ('… on the bottle line (2024)'): said as when it happened
_YEAR = re.compile(r"\s*\((?P<year>(?:19|20)\d\d)\)\s*$")
_OUR_TEAM = re.compile(
    r"^(?P<who>(?:our|my)\s+(?:[\w-]+\s+)?(?:team|crew|squad|group)(?:\s+of\s+\d+)?)\s+(?P<rest>[a-z].+)$", re.I
)
_ABBREVIATED = {"avg": "average", "approx": "approximately", "mgmt": "management", "ops": "operations"}


def _words(text: str) -> str:
    said = " ".join(_ABBREVIATED.get(w.lower(), w) for w in text.split())
    return re.sub(r"\bof ([2-9])\b", lambda m: "of " + SPELLED[m.group(1)], said)


def _team(who: str) -> str:
    """'team of 3' → 'a team of three'; 'the maintenance crew' as it is."""
    said = _words(who.strip())
    counted = re.match(r"^(\d)\s", said)  # '2 coordinators': the people by their number, in words
    if counted:
        return (SPELLED[counted.group(1)] if counted.group(1) in "23456789" else counted.group(1)) + said[1:]
    return said if re.match(r"(?i)^(?:a|the|my|our|two|three|four|five|six)\s", said) else "a " + said


def figure_value(text: str) -> float | None:
    """The size of one side of a jotted change: '~1,600' → 1600, '40k' → 40000, '1 in 15' → 1/15 (fewer than '1 in
    6'); None when it holds no figure."""
    ratio = re.search(r"(\d+)\s+(?:in|of)\s+(\d+)", text)
    if ratio:
        return int(ratio.group(1)) / max(int(ratio.group(2)), 1)
    found = re.search(r"\d[\d.,]*", text)
    if not found:
        return None
    try:
        number = float(found.group().replace(",", "").rstrip("."))
    except ValueError:  # '1.2.3'
        return None
    return number * 1000 if re.search(r"\d\s*k\b", text) else number


def _said_change(np: str, a: str, b: str) -> tuple[str, str, str] | None:
    """(the measure, from, to) in words, or None when a side is no figure."""
    before, after = prose(a.strip()), prose(b.strip())
    if not re.search(r"\d", before) or not re.search(r"\d", after):
        return None
    return _words(prose(np.strip())), before, after


def credited_result(highlight: str) -> str | None:
    """The highlight as one clause with its deed, its change and its team ('I …' or 'with …, we …' or 'our … team …'),
    or None when it holds no change with a team, or a part that cannot be read."""
    text = " ".join(highlight.split())
    text = _YEAR.sub(lambda m: f" in {m.group('year')}", text)
    text = _DEED_ARROW.sub(lambda m: m.group("deed") + ", ", text)
    lead = _TEAM_LEADS.match(text) or _OUR_TEAM.match(text)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if lead:
        parts = [lead.group("rest").split(",")[0].strip(), *parts[1:]]
    team = _team(lead.group("who")) if lead else None
    subject_team = bool(lead and re.match(r"(?i)^(?:our|my)\s", lead.group("who")))
    deed = change = None
    for part in parts:
        found_team = _TEAM.match(part) or _BARE_TEAM.match(part)
        found_change = _CHANGE.match(part)
        if found_team and team is None:
            team = _team(found_team.group("who"))
        elif found_change and change is None:
            change = found_change
        elif deed is None and not found_change:
            deed = part
        else:
            return None
    if change is None:
        return None
    said = _said_change(change.group("np"), change.group("a"), change.group("b"))
    if said is None:
        return None
    measure, before, after = said
    jotted_means = change.group("means") or ""
    means_team = _TEAM.match(jotted_means)
    if means_team and team is None:  # 'cut dry-hop losses 9% -> 4% w/ the packaging crew'
        team, jotted_means = _team(means_team.group("who")), ""
    if team is None:
        return None
    means = (" " + prose(jotted_means)) if jotted_means else ""
    verb = (change.group("verb") or "").strip()
    if verb and deed:  # 'misplaced students' beside a deed of its own: the verb-like word is the measure's
        measure, verb = f"{verb} {measure}", ""
    if verb:  # 'cut avg claim time 6 days -> 2 days': the notes' own verb says the change
        done = f"{verb} {'the ' if measure.startswith('average') else ''}{measure} from {before} to {after}{means}"
        if deed:
            return None
        return f"{team} {done}" if subject_team else f"with {team}, we {done}"
    fell = (figure_value(after) or 0) < (figure_value(before) or 0)
    subject = _the(measure)
    if deed and subject_team:  # 'our teacher team of 5 redesigned the placement test, misplaced students …'
        return f"{team} {prose(deed)}, and {subject} {'fell' if fell else 'rose'} from {before} to {after}{means}"
    if deed:
        clause = adapt.highlight_clause(deed)
        if not clause or not clause.startswith("I "):
            return None
        return f"{clause} with {team}, and {subject} {'fell' if fell else 'rose'} from {before} to {after}{means}"
    if subject_team:
        return None
    return f"with {team}, we brought {measure} {'down' if fell else 'up'} from {before} to {after}{means}"


_PREPOSITION = re.compile(r"\s(?:at|in|on|of|for|per|across|from)\s")


def _the(measure: str) -> str:
    """A measure as the subject of its change: 'queue at the ramp' → 'the queue at the ramp' (a singular count noun
    takes its article); 'unfilled bookings', 'the wait' and 'NPS' as they are."""
    head = _PREPOSITION.split(measure, maxsplit=1)[0]
    first = measure.split()[0] if measure.split() else ""
    if not head or head.endswith("s") or not first.islower() or first in ("the", "a", "an", "my", "our", "average"):
        return measure
    return "the " + measure


def fell(highlight: str) -> bool:
    """Whether the change a highlight jots went down ('escapes 12/month -> 2/month')."""
    found = re.search(rf"(?P<a>{_N})\s*->\s*(?P<b>{_N})", highlight)
    if not found:
        return False
    before, after = figure_value(found.group("a")), figure_value(found.group("b"))
    return before is not None and after is not None and after < before


def own_clause(highlight: str) -> str | None:
    """The credited result as a clause that starts with "I", as a tie says the candidate's work ('I worked with a
    team of three, and we cut …'): the team keeps its credit. None when `credited_result` has none."""
    said = credited_result(highlight)
    found = re.match(r"^with (?P<team>[^,]+), we (?P<done>.+)$", said or "")
    if found:
        return f"I worked with {found.group('team')}, and we {found.group('done')}"
    return said if said and said.startswith("I ") else None
