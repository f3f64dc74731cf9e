"""Their problem and the candidate's related deed said in ONE sentence (writer65, judges of a hiring manager's
thank-you): "You mentioned that hay costs are up. I moved the herd to rotational grazing." sets the two side by side
and leaves the reader to tie them, and "That is close to my own work, where …" claims ground the notes do not give.
The one sentence names their point in their terms, then the candidate's deed and why it bears on it, in words
(writer71's judges: a semicolon leaves the link unsaid): "Your point that hay costs are up stayed with me, because I
moved the herd to rotational grazing, which cut bought-in feed by 18%."
Nothing is claimed of the deed (no skill, no fix) beyond what the notes say.
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
    """Their point and the candidate's clause ('I moved …') as one sentence, in a phrasing stepped by `n`; None where
    either side has a shape the sentence cannot hold (a second sentence, a semicolon, no 'I' of the candidate's)."""
    point = point_of(theirs)
    mine = mine.strip().rstrip(".")
    if not point or not mine.startswith(("I ", "My ", "Our ")) or ";" in mine + point or ". " in mine + point:
        return None
    said = point[:1].upper() + point[1:]
    mine = mine if mine.startswith("I ") else mine[:1].lower() + mine[1:]  # 'because our team …' mid-sentence
    # the relation said in words ('because'), never left to a semicolon between two sentences the reader must tie
    options = (
        [f"{said} has stayed with me, because {mine}.", f"I have given more thought to {point}, because {mine}."]
        if formal
        else [f"{said} stayed with me, because {mine}.", f"I keep coming back to {point}, because {mine}."]
    )
    return options[n % len(options)]
