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

from afterview.writer import adapt
from afterview.writer.shorthand import prose

_N = r"~?\d[\d.,]*\s*(?:k|%|[a-z]+)?(?:\s*/\s*[a-z]+|\s+in\s+\d+)?"
_CHANGE = re.compile(
    rf"^(?P<verb>[a-z]+ed\s+|cut\s+|grew\s+|rose\s+|fell\s+)?(?P<np>[A-Za-z][\w' -]*?)\s+"
    rf"(?P<a>{_N})\s*->\s*(?P<b>{_N})(?:\s+(?P<means>(?:w/|with|by|using|via)\s.+))?$"
)
_TEAM = re.compile(
    r"^(?:w/|with)\s+(?P<who>(?:a |the |my )?(?:[\w-]+\s+)?(?:team|crew|squad|group)(?:\s+of\s+\d+)?)$", re.I
)
_BARE_TEAM = re.compile(r"^(?P<who>(?:a\s+)?(?:team|crew|squad|group)\s+of\s+\d+)$", re.I)
_TEAM_LEADS = re.compile(
    r"^(?:w/|with)\s+(?P<who>(?:a |the |my )?(?:team|crew|squad|group)(?:\s+of\s+\d+)?)\s+(?P<rest>[a-z].+)$", re.I
)
_OUR_TEAM = re.compile(
    r"^(?P<who>(?:our|my)\s+(?:[\w-]+\s+)?(?:team|crew|squad|group)(?:\s+of\s+\d+)?)\s+(?P<rest>[a-z].+)$", re.I
)
_SMALL = dict(zip("2 3 4 5 6 7 8 9".split(), "two three four five six seven eight nine".split(), strict=True))
_ABBREVIATED = {"avg": "average", "approx": "approximately", "mgmt": "management", "ops": "operations"}


def _words(text: str) -> str:
    said = " ".join(_ABBREVIATED.get(w.lower(), w) for w in text.split())
    return re.sub(r"\bof (\d)\b", lambda m: "of " + _SMALL.get(m.group(1), m.group(1)), said)


def _team(who: str) -> str:
    """'team of 3' → 'a team of three'; 'the maintenance crew' as it is."""
    said = _words(who.strip())
    return said if re.match(r"(?i)^(?:a|the|my|our)\s", said) else "a " + said


def _value(text: str) -> float | None:
    ratio = re.search(r"(\d+)\s+in\s+(\d+)", text)  # '1 in 15' is fewer than '1 in 6'
    if ratio:
        return int(ratio.group(1)) / max(int(ratio.group(2)), 1)
    found = re.search(r"\d[\d.,]*", text)
    if not found:
        return None
    number = float(found.group().replace(",", ""))
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
    fell = (_value(after) or 0) < (_value(before) or 0)
    if deed and subject_team:  # 'our teacher team of 5 redesigned the placement test, misplaced students …'
        return f"{team} {prose(deed)}, and {measure} {'fell' if fell else 'rose'} from {before} to {after}{means}"
    if deed:
        clause = adapt.highlight_clause(deed)
        if not clause or not clause.startswith("I "):
            return None
        return f"{clause} with {team}, and {measure} {'fell' if fell else 'rose'} from {before} to {after}{means}"
    if subject_team:
        return None
    return f"with {team}, we brought {measure} {'down' if fell else 'up'} from {before} to {after}{means}"


def fell(highlight: str) -> bool:
    """Whether the change a highlight jots went down ('escapes 12/month -> 2/month')."""
    found = re.search(rf"(?P<a>{_N})\s*->\s*(?P<b>{_N})", highlight)
    if not found:
        return False
    before, after = _value(found.group("a")), _value(found.group("b"))
    return before is not None and after is not None and after < before
