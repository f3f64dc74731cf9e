"""Self-deprecation said as a flat fact about oneself, the shapes negative_acts' list does not hold.

"I have no real experience on a desk", "I understand if other candidates are stronger", "device physics has never
been my strong side", "I'm sorry I made such a mess of the flux noise question", "I'm sure it showed": each runs
the candidacy down with no verb of performance the other lists know. "I have no experience of Odense winters yet"
is rare enough in a follow-up that the shape is kept narrow: experience qualified as real, actual, relevant or
direct, other candidates set above the writer by the writer ("I understand if …", not "the areas where other
candidates were stronger", a question about feedback), a strong side denied, a mess made of something.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.gate import gated
from afterview.guardrails.negative_acts import said_finding
from afterview.guardrails.text import Piece

_DOUBT = gated(
    r"\bI (?:have|had|'ve) (?:no|little|hardly any|barely any) (?:real|actual|relevant|direct|proper|formal|hands-on)"
    r" (?:\w+ )?experience\b"
    # other candidates set above the writer: "I understand if other candidates are stronger", "others probably have
    # more formal degrees than I do"
    r"|\bI (?:understand|know|realise|realize|accept|suspect|imagine|expect|am sure|'m sure)(?: that| if)?"
    r" (?:other|the other|most other|some of the other|many of the other) (?:candidates|applicants)"
    r" (?:are|were|will be|may be|might be|must be|probably|likely|may|might|must|surely)"
    r"(?: \w+){0,2}? (?:stronger|better|more (?:qualified|experienced|suited)|more \w+ \w+ than (?:I|me)\b)"
    r"|\b(?:has|have|'s) never been my (?:strong|strongest|best) (?:side|suit|point|area|subject)\b"
    r"|\b(?:isn't|is not|was not|wasn't|not) (?:exactly |really )?my (?:strong|strongest) (?:side|suit|point|area)\b"
    r"|\bI (?:made|make) (?:such |a bit of |quite |something of )?a (?:mess|hash|muddle|pig's ear) of\b"
    r"|\bI(?:'m|\u2019m| am) sure it showed\b",
    re.I,
)

WHAT = {"self_deprecation": "runs yourself down"}
ADVICE = {"self_deprecation": "Leave it out; end on what you would bring, not on doubts about yourself."}


def self_doubt_findings(sentence: Piece) -> list[Finding]:
    """The candidate running themselves down in one sentence (at most one finding)."""
    m = _DOUBT.search(sentence.text)
    return [] if m is None else [said_finding("self_deprecation", m, sentence.start, WHAT, ADVICE)]
