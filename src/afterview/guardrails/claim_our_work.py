"""'our' for the company's operations and figures, before the candidate has joined: "bring our plant 2 to 40,000
units", "dig into our trip data", "bring our cancellation rate down", "help us win back riders", "where we lose
riders". claim_our.py decides whether the sentence is about the candidate's own past team instead."""

from __future__ import annotations

import re

_THEIR_OPERATIONS = re.compile(
    r"\bour (?:(?:[\w-]+ ){0,2})(?:plant|plants|factory|factories|line|lines|site|sites|warehouse|warehouses|fleet"
    r"|mill|mills|kiln|kilns|depot|depots|yard|data|numbers|metrics|kpis|figures|rate|rates|targets?|backlog"
    r"|pipeline|funnel|churn|retention|cancellations|trips|orders|inventory|margins?|costs|volumes?|output"
    r"|capacity)\b"
    r"|\bhelp us (?:to )?(?:bring|cut|grow|reduce|improve|get|fix|hit|reach|win|keep|lower|raise|ramp|scale)\b"
    r"|\bwe(?: are|'re)? (?:lose|losing|keep losing|are losing) (?:\w+ )?(?:riders|customers|users|drivers|clients"
    r"|members|patients|staff|people|orders|money)\b",
    re.I,
)


def their_operation(text: str) -> re.Match[str] | None:
    """'our' or 'us' for the company's plant, data or figures."""
    return _THEIR_OPERATIONS.search(text)
