"""The guardrail stage (SPEC 4): every draft goes through the same ordered, independent checks.

Each check is a small pure function `(draft, ctx) -> list[Finding]`; "any error means not
ready" is the pipeline's rule, not theirs. Heavy libraries (harper, vaderSentiment) load lazily.
"""

from __future__ import annotations

from collections.abc import Callable

from afterview.draft import Draft, Finding
from afterview.guardrails import severity_policy
from afterview.guardrails.ai_tells import check_ai_tells
from afterview.guardrails.claims import check_claims
from afterview.guardrails.context import CheckContext
from afterview.guardrails.draft_reader import DraftFileError, read_draft
from afterview.guardrails.facts import check_facts
from afterview.guardrails.fluency import check_fluency
from afterview.guardrails.grammar import (
    GrammarEngine,
    GrammarEngineError,
    LanguageToolUnavailable,
    check_grammar,
    make_grammar_engine,
)
from afterview.guardrails.length import check_length
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.personalization import check_personalization
from afterview.guardrails.placeholders import check_placeholders
from afterview.guardrails.purpose import check_purpose
from afterview.guardrails.similarity import check_similarity
from afterview.guardrails.timing import check_timing
from afterview.guardrails.tone import check_tone

Check = Callable[[Draft, CheckContext], list[Finding]]

CHECKS: tuple[Check, ...] = (
    check_placeholders,
    check_length,
    check_timing,
    check_personalization,
    check_facts,
    check_tone,
    check_negativity,
    check_similarity,
    check_grammar,
    check_ai_tells,
    check_claims,
    check_purpose,
    check_fluency,
)


def check_draft(draft: Draft, ctx: CheckContext) -> tuple[Finding, ...]:
    """Run every check in CHECKS order and return all their findings, at the severity the policy gives them for
    this draft's writer (guardrails/severity_policy.py)."""
    found: list[Finding] = []
    for check in CHECKS:
        found += check(draft, ctx)
    return severity_policy.settle(draft, found)


__all__ = [
    "CHECKS",
    "Check",
    "CheckContext",
    "DraftFileError",
    "GrammarEngine",
    "GrammarEngineError",
    "LanguageToolUnavailable",
    "check_draft",
    "make_grammar_engine",
    "read_draft",
]
