"""A thing to be done jotted with its deadline and no verb ('DBS check + refs by 11 Dec', 'site survey + permits by
3 Mar', 'audit + sign-off by Q2'), said as the noun phrase it is with the word notes leave out: 'the DBS check
and references due by 11 December'. Never 'how DBS check and references by 11 December' (no verb for a 'how'),
nor 'the site survey and permits by 3 March' after 'discuss' (the date then reads as when the talk is due).
"""

from __future__ import annotations

import re

from afterview.writer.finite import has_verb
from afterview.writer.shapes import DETERMINERS, PREPOSITIONS, WH, lemmas

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
DATE = (
    rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?|"
    rf"(?:{_MONTHS})|[QH][1-4]|(?:{_DAYS})|(?:the\s+)?(?:end|middle|start)\s+of\s+(?:the\s+)?\w+|\d{{4}}-\d\d-\d\d|"
    rf"next\s+(?:week|month|quarter)|year[- ]end|month[- ]end)(?:,?\s+\d{{4}})?"
)
_DUE = re.compile(rf"^(?P<noun>[^,;:]+?)\s+by\s+(?P<date>{DATE})$")
# 'how the new CRM is live by Q3': a state and its date, which a 'how' clause cannot hold (no manner in it)
STATE_BY = re.compile(rf"^how\s.*\b(?:is|are|was|were|be)\s+(?:\w+\s+)?\w+\s+by\s+(?:{DATE})$")


def due_by(text: str) -> tuple[str, str] | None:
    """('DBS check and references', '11 December') when `text` is a noun phrase and its deadline with no verb;
    None for a clause ('the team decides by Friday'), a gerund ('hiring by January') or anything else."""
    found = _DUE.match(text.strip().rstrip("."))
    if not found:
        return None
    noun = found["noun"]
    words = [w.lower() for w in noun.split()]
    if not words or len(words) > 7 or words[0] in WH or words[0] in PREPOSITIONS - {"and"}:
        return None
    if has_verb(noun) or any(w.endswith("ing") and "VERB" in lemmas(w) for w in words[:1]):
        return None  # 'the team decides by Friday', 'hiring by January': not a thing that is due
    last = words[-1].strip(".,")
    nominal = "NOUN" in lemmas(last) or not lemmas(last) or noun.split()[-1][:1].isupper()  # 'sign-off', 'DBS'
    if last in DETERMINERS or last in PREPOSITIONS or not nominal:
        return None
    if "VERB" in lemmas(words[0]) and set(lemmas(words[0])) == {"VERB"}:
        return None  # 'finish permits by March': a task set, with its verb first
    return noun, found["date"]


def said_due(text: str) -> str | None:
    """'DBS check and references by 11 December' → 'the DBS check and references due by 11 December'; None when
    `text` is not a thing and its deadline (due_by)."""
    found = due_by(text)
    if not found:
        return None
    noun, date = found
    first = noun.split()[0].lower()
    owned = first in DETERMINERS or first in ("your", "their", "our", "my", "his", "her", "its")
    date = "the " + date if date.split()[0].lower() in ("end", "middle", "start") else date  # 'by the end of Q1'
    return f"{noun if owned else 'the ' + noun} due by {date}"
