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
    r"|\bI(?:'m|\u2019m| am) sure it showed\b"
    # one's answers run down by how they came out: "my answers on low-speed control came out badly"
    r"|\bmy (?:answers?|responses?|explanations?|points?|examples?)\b[^.!?;]{0,40}?\b(?:came|come|coming) out"
    r" (?:all |a bit |rather |quite |pretty |very |so |too |a little |somewhat )?(?:badly|wrong|wrongly|poorly|garbled"
    r"|muddled|jumbled|confused|rushed|messy|clumsy|awkward)\b"
    # justice not done to oneself: "I am not sure I did myself justice", "I don't think I did myself justice"
    r"|\b(?:not sure|unsure|doubt|don't think|do not think|didn't|did not|failed to|fear I (?:didn't|did not)"
    r"|worry I (?:didn't|did not))(?: that| whether| if)?(?: I)?(?: really| quite| fully)? (?:did|do|done) myself"
    r" (?:\w+ )?justice\b"
    # a worry, looking back, about one's answers: "I worried I had rambled too much", "I fear I may have rambled"
    r"|\bI (?:worried|worry|fear|feared|suspect|realised|realized|think|thought)(?: that)? I (?:had|may have"
    r"|might have|must have|probably)? ?(?:rambled|waffled|babbled|talked too much|gone on too long|went on too long"
    r"|lost my thread)\b"
    # set below the others: "did not come across as sharp as the other candidates", "not as strong as the others"
    r"|\b(?:did not|didn't|do not|don't|won't|will not|probably did not) (?:come across|seem|sound|look)"
    r" (?:as|so) \w+ as (?:the |some |many |most )?(?:other|others)\b"
    # the writer's rank denied: "I am not the strongest coder", "I'm hardly the most experienced planner"
    r"|\bI(?:'m|\u2019m| am) (?:probably |certainly |clearly |definitely )?(?:not|hardly|far from|no longer)"
    r" (?:the|your) (?:strongest|best|fastest|sharpest|smartest|most (?:experienced|qualified|polished|technical"
    r"|talented|gifted|skilled))(?: [\w-]+){1,2}\b"
    # the writer as no priority of theirs: "I know I am probably not a priority"
    r"|\bI(?:'m|\u2019m| am) (?:probably |likely |surely |certainly |clearly )?(?:not|hardly) (?:a|your|much of a)"
    r" (?:top |high |real )?priority\b"
    # someone better already chosen, in the writer's own mouth: "if the team has already chosen someone more
    # qualified", "you have probably found a stronger candidate"
    r"|\b(?:already|probably|likely|surely|must have|may have|might have|I assume|I imagine|I suspect)"
    r"(?: \w+){0,3}? (?:chosen|chose|found|picked|hired|selected|gone with|went with|offered it to)"
    r" (?:someone|somebody|a candidate|another candidate|an applicant) (?:far |much |a lot |rather )?"
    r"(?:more (?:qualified|experienced|suitable|capable|skilled)|better(?: suited| qualified)?|stronger)\b",
    re.I,
)

WHAT = {"self_deprecation": "runs yourself down"}
ADVICE = {"self_deprecation": "Leave it out; end on what you would bring, not on doubts about yourself."}


def self_doubt_findings(sentence: Piece) -> list[Finding]:
    """The candidate running themselves down in one sentence (at most one finding)."""
    m = _DOUBT.search(sentence.text)
    return [] if m is None else [said_finding("self_deprecation", m, sentence.start, WHAT, ADVICE)]
