"""A status check never says again the tie the thank-you to the same person made (run27 judges: "repeats the
thank-you material in pasted-notes phrasing … reads as mechanical in a status check").

The point of contact was thanked first (this run's thank-you, or one the history records), and that thank-you ties
the candidate's result to the same problem of theirs; a check that says it again adds nothing new. Its value is then
what is new (the candidate's news, the company's news) or nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from afterview.draft import DraftRequest
from afterview.vocabulary import Kind
from afterview.writer.context import build_context


def _deed_of(context: dict[str, Any]) -> str:
    one = context.get("one_tie") or {}
    mine = one.get("mine") if isinstance(one, dict) else None
    return " ".join(str(s) for s in (context.get("tie_past"), mine) if s).lower()


def without_thanked_tie(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """The status check's context without its tie (`tie_to`, `tie_past`) when the thank-you to the same person
    ties the same deed; anything else as it is."""
    said = context.get("tie_past")
    if request.planned.kind is not Kind.status_check or not context.get("tie_to") or not said:
        return context
    thanks = build_context(replace(request, planned=replace(request.planned, kind=Kind.thank_you)))
    if str(said).lower() not in _deed_of(thanks):
        return context
    return {**context, "tie_to": None, "tie_past": None, "tie_having": None, "tie_noun": None}
