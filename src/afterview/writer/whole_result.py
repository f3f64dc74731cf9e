"""A measured highlight said whole, when the stricter readers (writer/credited_result.py, writer/metric_deed.py) leave
it: the deed, the change in numbers and the people the notes credit, as one sentence a reader weighs.

Notes jot these in many orders: 'grew donor base ~400 -> ~1,600 w/ a fundraising team of 3'; 'sheet breaks ~11/wk ->
~4/wk w/ the wet-end crew (team of 5)'; 'rotas for 35 lifeguards, sick-cover gaps 11/month -> 3/month'; 'courier
routing w/ a team of 4, pickups ~55 min -> ~30 min'. Said: 'I grew our donor base from about 400 to about 1,600 with
a fundraising team of three'; 'working with the wet-end crew, a team of five, we brought sheet breaks down from about
11 a week to about 4 a week'; 'I worked on rotas for 35 lifeguards, and sick-cover gaps fell from 11 a month to 3 a
month'. The team is part of the claim: a result the notes credit to a team is never the candidate's alone ('we').
A part it cannot read (a third part, a change with no number before the arrow, years of service) gives None.
"""

from __future__ import annotations

import re

from afterview.shorthand_words import SPELLED
from afterview.writer.credited_result import figure_value
from afterview.writer.np_article import measure_subject
from afterview.writer.phrase_kind import plural
from afterview.writer.shapes import is_clause
from afterview.writer.shorthand import CHANGES, DEEDS, prose
from afterview.writer.team_words import TEAM, WORKED_WITH

_WHO = r"(?:a |the |my |one |two |three |four |five |\d+ )?(?:[\w-]+ ){0,2}?" + WORKED_WITH
# 'w/ a fundraising team of 3', 'with the wet-end crew', 'w/ a team of 3 volunteers', 'w/ one colleague'
_WITH = re.compile(rf"(?:,\s*)?\b(?:w/|with)\s+(?P<who>{_WHO}(?: of \d+(?: [a-z]+)?)?)(?=\s*(?:$|[,(]))")
# '(team of 5)', '(a team of 22 on my shift)'
_BRACKET_TEAM = re.compile(r"\s*\((?:a |my )?(?P<team>(?:[\w-]+ )?team of \d+)(?: [^)]*)?\)")
_N = r"~?\d[\d.,]*k?(?:\s(?:in|of)\s\d+|\s?%|\s?/\s?[a-z]+|\s(?!in\b|of\b)[a-z]+(?:/[a-z0-9]+)?)?"
_CHANGE = re.compile(rf"^(?P<np>[A-Za-z][\w' -]*?)\s+(?P<a>{_N})\s*->\s*(?P<b>{_N})(?P<rest>(?: [a-z][\w/]*){{0,3}})$")
# '~800 -> ~3,100 followers in a year': the count first, the thing counted after it
_COUNT_FIRST = re.compile(
    r"^(?P<a>~?\d[\d.,]*k?)\s*->\s*(?P<b>~?\d[\d.,]*k?) (?P<np>[a-z][\w-]*(?: [a-z][\w-]*){0,3})$"
)
# 'our loss went 9% -> 4%': the verb jotted before the figures is said by the sentence
_JOTTED_VERB = re.compile(r"\s+(?:went|dropped|fell|rose|grew|from)(?=\s+~?\d)")
_BY_SHARE = re.compile(r"^(?P<np>[A-Za-z][\w' -]*?)\s+~?(?P<sign>[-+])(?P<n>\d[\d.]*)%$")
_DEED = re.compile(rf"^(?:{DEEDS})\b")
# a change said by its verb ('grew donor base ~400 -> ~1,600'); another '-ed' word describes the measure ('unstaffed
# shifts 12 -> 2', 'missed pickups 15 -> 4')
_CHANGED = re.compile(rf"^(?:{CHANGES})\b")
_YEARS = re.compile(r"^\d+\s*(?:yrs?|years?|months?)\b")
# 'for university beekeeping club': a jotted place of one's own work takes its article
_THE_PLACE = re.compile(
    r"\b(for|at|in) (?!the |a |an |my |our |their )([a-z][\w-]*(?: [a-z][\w-]*){0,3} "
    r"(?:club|society|team|stall|shop|charity|museum|centre|center|library|farm|group|choir|festival))\b"
)
_MEANS = re.compile(r"\s*\(([a-z][a-z ,+&-]*)\)\s*$")
# 'our export team of 4 took export share', 'the team cut pickups': a team of one's own told as the doer
_TEAM_DID = re.compile(rf"^(?P<team>(?:our|the|my) (?:[\w-]+ ){{0,2}}?{TEAM}(?: of \d+)?) (?P<rest>[a-z]+ .+)$", re.I)
_DETERMINER = re.compile(r"^(?:the|a|an|our|my|their|its|\d)", re.I)


def _count(text: str) -> str:
    """'team of 3' → 'team of three': a small count in a sentence is a word."""
    return re.sub(r"\b(?<=of )([2-9])\b", lambda m: SPELLED[m.group(1)], text)


def _team(highlight: str) -> tuple[str, str | None]:
    """The highlight without its credit, and the people credited ('a fundraising team of three')."""
    who: str | None = None
    highlight = re.sub(r"\((?:w/|with) ([^)]*)\)", r"w/ \1", highlight)  # '(w/ one colleague)'
    bracket = _BRACKET_TEAM.search(highlight)
    if bracket:
        who = "a " + bracket.group("team")
        highlight = _BRACKET_TEAM.sub("", highlight, count=1)
    found = _WITH.search(highlight)
    if found:
        said = found.group("who")
        # 'the wet-end crew (team of 5)': the crew, counted
        who = f"{said}, {who}" if who and not re.search(r"\d", said) else said
        highlight = (highlight[: found.start()] + highlight[found.end() :]).strip(" ,")
    who = f"a {who}" if who and re.match(r"(?:team|crew|group) ", who) else who  # 'w/ team of 3'
    return highlight.strip(" ,"), _count(who) if who else None


def _owned(np: str) -> str:
    """What a deed acted on takes 'our' when it is one thing with no word of its own before it ('donor base')."""
    last = np.split()[-1]
    return np if _DETERMINER.match(np) or plural(last) or np[:1].isupper() else f"our {np}"


def _the_work(np: str) -> str:
    """'RFID pilot on 4,000 uniforms' → 'the RFID pilot on …': one piece of work takes 'the'; plurals stay bare."""
    chunk = re.split(r" (?:for|on|of|in|at|with|across) ", np, maxsplit=1)[0].split()
    return np if _DETERMINER.match(np) or plural(chunk[-1]) else f"the {np}"


def _change(part: str) -> tuple[str, str, str, str] | None:
    """(what was measured, from, to, direction) of a change part: 'sheet breaks ~11/wk -> ~4/wk'."""
    found = _CHANGE.match(part)
    if not found:
        return None
    a, b = figure_value(found.group("a")), figure_value(found.group("b"))
    if a is None or b is None or a == b:
        return None
    a_said, b_said = (prose(re.sub(r"(\d)k\b", r"\1,000", found.group(n))) for n in ("a", "b"))
    rest = found.group("rest").strip()
    span = f"from {a_said} to {b_said}" + (f" {prose(rest)}" if rest else "")
    return found.group("np").strip(), span, "", "down" if b < a else "up"


# a measure named by a singular count noun, with what it measures after it, takes 'the' ('survival rate of stock')
_A_MEASURE = re.compile(
    r"^(?!(?:the|our|my|a|an) )[a-z-]+(?: [a-z-]+)? (?:rate|time|share|score|ratio|level) (?:of|per|for) "
)


def whole_result(highlight: str) -> str | None:
    """The highlight as one clause: deed, change and credit ('I grew our donor base from about 400 to about 1,600
    with a fundraising team of three'); None when it is no measured result or a part cannot be read."""
    if "->" not in highlight and "%" not in highlight:
        return None
    rest, who = _team(highlight.strip())
    means = _MEANS.search(rest)  # '(heat recovery + pool covers)': how it was done, said after the change
    rest = rest[: means.start()].strip(" ,") if means else rest
    how = f" through {prose(means.group(1).replace(' + ', ' and '))}" if means else ""
    parts = [p.strip() for p in re.split(r",\s+|\s+-\s+", rest) if p.strip()]
    if not parts or len(parts) > 2 or any(_YEARS.match(p) for p in parts):
        return None
    *deeds, measured = parts
    share = _BY_SHARE.match(measured)
    counted = _COUNT_FIRST.match(measured)
    if counted and len(deeds) == 1 and _DEED.match(deeds[0]):  # 'ran the shop's Instagram - ~800 -> ~3,100 followers'
        a, b = (prose(re.sub(r"(\d)k\b", r"\1,000", counted.group(n))) for n in ("a", "b"))
        verb = "grew" if (figure_value(counted.group("b")) or 0) > (figure_value(counted.group("a")) or 0) else "went"
        said = "I " + _THE_PLACE.sub(r"\1 the \2", prose(deeds[0])) + (f" with {who}" if who else "")
        return f"{said}, and it {verb} from {a} to {b} {prose(counted.group('np'))}"
    we = measured.startswith("we ")  # 'we cut no-show shifts 1 in 5 -> 1 in 12': the team's own deed
    change = _change(_JOTTED_VERB.sub("", measured[3:] if we else measured))
    if share and not deeds:
        verb = "cut" if share.group("sign") == "-" else "raised"
        said = f"{verb} {prose(share.group('np'))} by about {share.group('n')}%"
        return (f"working with {who}, we {said}" if who else f"I {said}") + how
    if not change or how:
        return None
    np, span, _, direction = change
    np = prose(np)
    if _CHANGED.match(np) and not deeds:  # 'grew donor base ~400 -> ~1,600'
        verb, _, obj = np.partition(" ")
        if not obj:
            return None
        if we:
            return (f"working with {who}, we" if who else "we") + f" {verb} {obj} {span}"
        return f"I {verb} {_owned(obj)} {span}" + (f" with {who}" if who else "")
    if we:
        return None
    if _CHANGED.match(np) or len(deeds) > 1:
        return None
    moved = f"{np} {'fell' if direction == 'down' else 'rose'} {span}"
    if deeds:
        deed = _THE_PLACE.sub(r"\1 the \2", prose(deeds[0]))
        done = f"I {deed}" if _DEED.match(deed) else f"I worked on {_the_work(deed)}"
        return f"{done}" + (f" with {who}" if who else "") + f", and {moved}"
    told = _TEAM_DID.match(np)
    if told:  # 'our export team of 4 took export share 10% -> 35%': the team is the subject the notes gave
        return f"{_count(told.group('team')).replace('the ', 'our ', 1)} {told.group('rest')} {span}"
    if is_clause(np):  # a clause of its own takes no deed before it ('I grew our team took …')
        return None
    np = "the " + np if _A_MEASURE.match(np) else measure_subject(np)  # 'grew the survival rate of seeded stock'
    brought = f"brought {np} down {span}" if direction == "down" else f"grew {np} {span}"
    return f"working with {who}, we {brought}" if who else f"I {brought}"
