"""The tie said with both sides' numbers (writer/measure.py): which items, in which shapes, for whom."""

from __future__ import annotations

from afterview.writer import adapt
from afterview.writer.items import tie_clause
from afterview.writer.measure import NUMBER, kinds, numbered_topic, same_measure, with_result
from afterview.writer.shorthand import prose


def measured_tie(tied: str | None, target: list[str], tie_to: str, hears_craft: bool) -> dict[str, str] | None:
    """A hiring manager's or a peer's topic or problem with its numbers, and the candidate's highlight with
    its result, when the two count the same thing ('95% population coverage by 2028' ↔ 'pop coverage 71% ->
    88%'); None otherwise (the usual tie, or none)."""
    if not tied or not target or not hears_craft or not same_measure(tied, target[0]):
        return None
    deed = tie_clause(tied)
    # the deed carries its numbers: through its outcome ('…, and coverage went from 71% to 88%') or in itself
    # ('I cut chronic absenteeism from 22% to 15% with …')
    counted = bool(deed) and (bool(with_result(tied, adapt.highlight_clause(tied))) or bool(kinds(prose(deed or ""))))
    said = numbered_topic(target[0], adapt.topic(target[0]).split(" (")[0])
    clause = None if said else adapt.clause_form(target[0])
    if clause and not NUMBER.search(clause):
        clause = None  # 'you said that …' only with the numbers it was about
    if not counted or not deed or not (said or clause):
        return None
    return {"to": tie_to, "topic": said or "", "clause": clause or "", "deed": deed}
