"""How the candidate's deed bears on their problem, said in one clause in the problem's own terms (writer68, hiring
managers' judges): "Your point that feed costs rose 25% stayed with me; I moved the herd to rotational grazing" sets two
facts side by side for the reader to join. Where the deed's result moves the very thing their problem says went the
wrong way (the same word counted on both sides, the opposite direction), the tie says so, and claims no more than that
one way was seen: "…; I moved the herd to rotational grazing, and bought-in feed fell 18%, so I have seen one way to
bring down those costs". Where the two count different things, no clause is added (nothing is claimed).

Also here: a result jotted after the deed with a comma ('moved the herd to rotational grazing, bought-in feed fell
18%') kept with the deed, since the usual clause reads the deed alone.
"""

from __future__ import annotations

import re

from afterview.writer.measure import NUMBER

# their problem: what went the wrong way, and which way ('bought-in feed costs rose 25% this year')
_UP = (
    r"rose|risen|rising|went up|are up|is up|up|increased|increasing|doubled|tripled|climbed|climbing|grew|jumped"
    r"|spiked"
)
_DOWN = r"fell|fallen|falling|dropped|dropping|declined|declining|slipped|slipping|slips|are down|is down|down"
_PROBLEM = re.compile(
    rf"^(?:our |their |the )?(?P<np>[a-z][\w-]*(?: [\w-]+){{0,3}}?) (?:has |have |had )?(?:been )?"
    rf"(?P<way>{_UP}|{_DOWN})\b(?P<rest>.*)$",
    re.I,
)
# the deed's result: what moved, and which way ('bought-in feed fell 18%', 'cut nuisance alarms 40%')
_RESULT_UP = re.compile(r"\b(?:rose|raised|lifted|increased|grew|improved|boosted)\b")
_RESULT_DOWN = re.compile(r"\b(?:fell|cut|reduced|lowered|dropped|halved|trimmed|brought down|down)\b")
# a result clause after a comma: 'bought-in feed fell 18%', 'no-shows dropped to 4%'
_TAIL = re.compile(
    r"^(?P<deed>[^,]+), (?P<tail>[a-z][\w-]*(?: [a-z][\w-]*){0,3} "
    r"(?:fell|rose|dropped|grew|doubled|halved|went (?:up|down)|improved)(?: by| to| from)? [$£€~]?\d[\d.,]*\s*%?.*)$"
)
_LITTLE = frozenset(
    "the a an of in on at to for and our their my this that year month week day costs cost rate".split()
)


def result_kept(highlight: str, said: str | None) -> str | None:
    """The candidate's clause with the result jotted after a comma, where the usual clause left it out:
    ('moved the herd to rotational grazing, bought-in feed fell 18%', 'I moved the herd to rotational grazing') →
    'I moved the herd to rotational grazing, and bought-in feed fell 18%'."""
    found = _TAIL.match(highlight.strip().rstrip("."))
    if not said or not found or NUMBER.search(said) or not said.startswith("I "):
        return said
    deed = found["deed"].strip().lower()
    if not said.lower().endswith(deed.split(" ", 1)[-1]):  # the clause says the deed as jotted, and only that
        return said
    return f"{said}, and {found['tail']}"


def _content(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][\w-]+", text.lower()) if w not in _LITTLE}


def bearing(problem: str, mine: str, formal: bool = False) -> str | None:
    """', so I have seen one way to bring down those costs' where the deed's result (`mine`, with a number)
    moves what their problem (`problem`, as jotted) says went the wrong way; None where it does not."""
    said = problem.strip().rstrip(".")
    found = _PROBLEM.match(said[:1].lower() + said[1:] if said[1:2].islower() else said)
    if not found or not NUMBER.search(mine):
        return None
    np, up = found["np"], not re.match(rf"^(?:{_DOWN})$", found["way"], re.I)
    result = mine.split(", and ", 1)[-1] if ", and " in mine else mine
    if not (_content(np) & _content(result)):
        return None  # the two count different things: no bearing is claimed
    moved_down = bool(_RESULT_DOWN.search(result)) and not _RESULT_UP.search(result)
    moved_up = bool(_RESULT_UP.search(result)) and not _RESULT_DOWN.search(result)
    if (up and not moved_down) or (not up and not moved_up):
        return None  # the deed moved it the same way as their problem, or no way the words say
    # their problem was named just before: said again by its head ('those costs', 'that rate'), never whole twice
    head = re.split(r" (?:in|on|at|for|of|across) ", np)[0].split()[-1]
    np = f"those {head}" if head.endswith("s") and not head.endswith("ss") else f"that {head}"
    verb = ("reduce" if formal else "bring down") if up else ("improve" if formal else "lift")
    return f", so I have seen one way to {verb} {np}"
