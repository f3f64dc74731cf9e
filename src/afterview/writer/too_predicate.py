"""A jotted problem said with 'too' and no verb ('agency spend too high', 'makeready times too long on the old
Heidelberg', 'response times too slow'): the verb the jotting dropped is put back. As a clause: 'the agency spend is
too high'; as a noun phrase for "about …": 'the agency spend being too high'. Never 'what you said about the agency
spend too high' nor 'how response times too slow' (writer72's judges: a jotting garbled into a sentence)."""

from __future__ import annotations

import re

# a subject of up to four words, no verb in it, then 'too'/'far too'/'much too' and an adjective, then what follows
_TOO = re.compile(
    r"^(?P<np>(?:[\w'&/-]+ ){0,3}[\w'&/-]+) (?P<pred>(?:(?:far|much|way|a bit|slightly) )?too (?:many|much|few|[a-z-]+)"
    r"(?: [a-z-]+)?)(?P<rest>(?: (?:on|in|at|for|with|during|across|from|after|before|since|at) .+)?)$",
    re.IGNORECASE,
)
_VERBS = frozenset("is are was were be been being has have had do does did takes take runs run gets get".split())
_DETERMINERS = frozenset("a an the my our your their his her its this that these those some any no".split())
_MASS = frozenset("data staff staffing spend churn turnover footfall traffic waste stock equipment feedback".split())


def _plural(head: str) -> bool:
    low = head.lower()
    return low not in _MASS and low.endswith("s") and not low.endswith(("ss", "us", "is", "sis"))


def _split(text: str) -> tuple[str, str, str] | None:
    found = _TOO.match(text.strip())
    if not found:
        return None
    np, pred, rest = found.group("np"), found.group("pred"), found.group("rest") or ""
    last = np.rsplit(" ", 1)
    if len(last) == 2 and last[1].lower() in ("far", "much", "way", "slightly"):  # 'waiting list far too long'
        np, pred = last[0], f"{last[1]} {pred}"
    words = np.lower().split()
    if any(w in _VERBS or w.endswith("n't") for w in words) or words[0] in ("how", "why", "what", "whether", "when"):
        return None
    if pred.split()[-1] in ("many", "much", "few") and len(pred.split()) == 2:
        return None  # 'too many no-shows': a quantity said before its noun, no predicate to complete
    if words[0] not in _DETERMINERS and np[:1].islower() and words[0] not in ("i", "we", "you", "they"):
        np = "the " + np
    return np, pred, rest


def too_clause(text: str) -> str | None:
    """'agency spend too high' → 'the agency spend is too high'; None when the jotting is no such problem."""
    parts = _split(text)
    if parts is None:
        return None
    np, pred, rest = parts
    return f"{np} {'are' if _plural(np.split()[-1]) else 'is'} {pred}{rest}"


def too_noun(text: str) -> str | None:
    """'agency spend too high' → 'the agency spend being too high', for "what you said about …"."""
    parts = _split(text)
    if parts is None:
        return None
    np, pred, rest = parts
    return f"{np} being {pred}{rest}"
