"""A status check's tie to someone else on the panel: when the reader raised nothing the candidate's record answers,
the problem another interviewer raised that a highlight's result answers best, credited to them."""

from __future__ import annotations

from afterview import salutation
from afterview.draft import DraftRequest
from afterview.writer import adapt
from afterview.writer.items import tie_clause
from afterview.writer.relate import strength, usable_items


def result_for_check(request: DraftRequest, highlights: list[str]) -> dict[str, str] | None:
    """A status check's value when the reader raised nothing the candidate's record answers: the problem
    someone else on the panel raised that a highlight answers best (by its result), credited to them."""
    best: tuple[int, str, str, str] | None = None
    for other in request.notes.interviewers:
        if other.name == request.planned.to.name:
            continue
        for challenge in usable_items(request.style.keep(other.challenges)):
            found = adapt.pick_related(highlights, challenge, least=2, problem=True)
            clause = tie_clause(found) if found else None
            if found and clause and (best is None or strength(found, challenge) > best[0]):
                best = (strength(found, challenge), salutation.greeting_name(other, request.notes), challenge, clause)
    if best is None:
        return None
    _, name, challenge, clause = best
    return {"name": name, "challenge": adapt.topic(challenge, to_owner=False), "tie_past": clause, "item": challenge}
