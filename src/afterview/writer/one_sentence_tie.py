"""Their problem and the candidate's related deed (writer65, writer71, writer75: judges of a hiring manager's
thank-you). "You mentioned that hay costs are up. I moved the herd to rotational grazing." with nothing after it leaves
the reader to tie them; "Your point … stayed with me, because I moved …" ties them with a cause that is not one (the
point did not stay BECAUSE of the deed). What a careful coach writes: their problem named in their terms, then the
candidate's related deed, then a wish that claims nothing (the template's offer: "I would welcome the chance to bring
that experience to the ovens here."). Nothing is claimed of the deed (no skill, no fix) beyond what the notes say.
"""

from __future__ import annotations

import re

# their sentence as writer/problem_said.py and writer/tie_pair.py say it, and the point it makes, as a noun phrase
_POINTS = (
    (re.compile(r"^Your point about (?P<x>.+?) stayed with me\.$"), "your point about {x}"),
    (re.compile(r"^You mentioned that (?P<x>.+)\.$"), "your point that {x}"),
    (re.compile(r"^You noted that (?P<x>.+)\.$"), "your point that {x}"),
    (re.compile(r"^You described (?P<x>(?:how|why|where|when|whether) .+)\.$"), "what you said about {x}"),
    (re.compile(r"^You mentioned your (?P<x>goal of .+)\.$"), "your {x}"),
    (re.compile(r"^You mentioned (?P<x>(?:the|a|an|your) .+)\.$"), "what you said about {x}"),
    (re.compile(r"^You walked me through (?P<x>(?:the|a|an|your|how|why|what) .+)\.$"), "what you told me about {x}"),
)


def point_of(theirs: str) -> str | None:
    """'You mentioned that hay costs are up.' → 'your point that hay costs are up'; None for another shape."""
    for pattern, form in _POINTS:
        found = pattern.match(theirs.strip())
        if found:
            return form.format(x=found["x"])
    return None


def joined(theirs: str, mine: str, formal: bool, n: int) -> str | None:
    """Their point said as they put it, then the candidate's deed, in a phrasing stepped by `n`; None where either side
    has a shape the two sentences cannot hold (a second sentence, a semicolon, no 'I' of the candidate's).
    writer75's judges: "Your point … stayed with me, because I set up planned maintenance …" is a non-sequitur (the
    point did not stay BECAUSE of the deed); a person says the problem, then the related deed, and the wish after it
    (the template's offer) claims nothing. No causal word joins the two."""
    point = point_of(theirs)
    mine = mine.strip().rstrip(".")
    if not point or not mine.startswith(("I ", "My ", "Our ")) or ";" in mine + point or ". " in mine + point:
        return None
    said = theirs.strip()
    said = said if said.endswith(".") else said + "."
    if said.startswith("You walked me through "):  # a problem is raised, never 'walked through' (problem_said.py)
        said = point[:1].upper() + point[1:] + " stayed with me."
    own = mine if mine.startswith("I ") else mine[:1].lower() + mine[1:]  # 'where our team …' mid-sentence
    whole = mine[:1].upper() + mine[1:]
    # two shapes in each register, so a packet of drafts never hears one formula: the deed said plainly after their
    # point, or as what their point called to mind (a thing the candidate felt, never a claim about the deed)
    options = (
        [f"{said} {whole}.", f"{said} It called to mind my own work, where {own}."]
        if formal
        else [f"{said} {whole}.", f"{said} It brought to mind my own work, where {own}."]
    )
    return options[n % len(options)]
