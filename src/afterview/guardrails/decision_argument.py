"""A feedback request that asks for feedback but asks them to reconsider beside it: the message does its job (no
purpose fault, purpose.argument_beside_ask), so the argument is reported as what it is (SPEC 4): pressure, the
tone check's, an error. (Calling the decision surprising or wrong is a dispute: negativity's, negative_conduct.)"""

from __future__ import annotations

from afterview.draft import Draft, Finding
from afterview.guardrails.purpose import argument_beside_ask


def reconsider_findings(draft: Draft) -> list[Finding]:
    argued = argument_beside_ask(draft)
    if argued is None or argued[0] != "reconsider":
        return []
    m = argued[1]
    return [
        Finding(
            "tone",
            "error",
            "asks_reconsider",
            f"'{m.group()}' presses them to reverse a decision they have made; the request for feedback beside it"
            " reads as an afterthought.",
            m.span(),
            "Accept the decision and keep only the request for feedback.",
        )
    ]
