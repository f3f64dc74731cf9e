"""Requests a follow-up must not make, as speech acts read per sentence (issue 15):

- lobbying: asking an interviewer to speak for you to the one who decides ("put in a good word with Marisol",
  "could you recommend me to Solveig?", "push Michal to decide this week", "push for me with Rui");
- terms demanded: conditions set as the reader's task ("I'll need you to push it to April", "I'd need the relocation
  package confirmed before I could commit", "send me the policy by Thursday", "in writing by Friday");
- a desperate concession: "I would be happy to accept any salary and any start date".

Offers and questions about the role are not these: "happy to share references with Rui", "could you tell me when
the team expects to decide?" (a status question), "I can start in April if that suits".
"""

from __future__ import annotations

import re

from afterview.draft import Finding

_LOBBY = re.compile(
    r"\b(?:put|putting) in a (?:good|kind|positive) word\b"
    r"|\b(?:recommend|vouch for|speak up for|advocate for) me (?:to|with)\b"
    r"|\b(?:push|nudge|persuade|convince|lean on|talk) (?:[A-Z][\w'-]+|him|her|them|the team|the panel|the board)"
    r" (?:to|into) (?:decide|decid|make|hire|choose|pick|offer)\w*"
    r"|\bpush for me\b|\btell (?:her|him|them|[A-Z][\w'-]+) (?:that )?I(?:'d|\u2019d| would) be a (?:good|great) fit\b",
)
_TERMS = re.compile(
    r"\bI(?:'ll|\u2019ll| will)? need you to\b"
    r"|\bI(?:'d|\u2019d| would) need (?:the |a |an |my |your )?(?:[\w-]+ ){0,4}?(?:confirmed|agreed|guaranteed|covered"
    r"|in writing|sorted|approved)\b[^.!?]{0,40}\bbefore\b"
    r"|\b(?:in writing|confirmed|the (?:policy|details|figures|numbers|feedback)) by (?:Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|tomorrow|the end of (?:the|this) week|end of (?:the )?(?:day|week))\b"
    # their sending asked for by a date (not the writer's own "I will send the references by Friday")
    r"|\b(?:please|you|you to|you could|you can|you would|could you|can you|would you)(?: kindly| please)?"
    r" (?:send|share|give|confirm) (?:me |us )?(?:[\w'-]+ ){1,6}?by"
    r" (?:Monday|Tuesday|Wednesday|Thursday|Friday|tomorrow|the end of (?:the|this) week)\b"
    r"|\bI(?:'m|\u2019m| am) sure you can make (?:that|it|this) happen\b",
    re.I,
)
_CONCEDE = re.compile(
    r"\b(?:accept|take|agree to) any (?:salary|pay|wage|rate|offer|terms|start date|conditions)\b"
    r"|\bwhatever (?:salary|pay|you (?:can )?offer)\b[^.!?]{0,20}\b(?:fine|okay|ok|accept)\b",
    re.I,
)
_WHAT = {
    "lobbying": (
        _LOBBY,
        "asks them to lobby for you",
        "Leave the decision to the people who make it; thank them for their time.",
    ),
    "demands": (
        _TERMS,
        "sets terms or a deadline for them",
        "Ask about terms at the offer stage, as a question, without a deadline.",
    ),
    "desperate": (_CONCEDE, "concedes everything in advance", "Leave it out; terms are for the offer stage."),
}


def request_findings(body: str) -> list[Finding]:
    """Lobbying, demanded terms and desperate concessions in `body` (one finding each at most)."""
    found = []
    for code, (pattern, what, advice) in _WHAT.items():
        m = pattern.search(body)
        if m is not None:
            found.append(Finding("tone", "error", code, f"'{m.group()}' {what}.", m.span(), advice))
    return found
