"""Which ties a thank-you makes, and to whom: of everything the reader raised (their problems, then their topics) and
the candidate's highlights, the strongest pair (writer/tie_pair.best_pair, weighed by writer/pair_weight.py); for the
person who decides (hiring manager, executive) in an email, a second strong pair with another item and another
highlight. The job's own words and the notes' own subject weigh little (`weights`); one result is never told twice.
"""

from __future__ import annotations

import re
from functools import partial

from afterview.draft import DraftRequest
from afterview.vocabulary import Channel, Kind, Role
from afterview.writer import adapt
from afterview.writer.adapt import usable_items
from afterview.writer.gate import reads_well
from afterview.writer.measure import NUMBER
from afterview.writer.pair_weight import common_stems, job_stems
from afterview.writer.question_tie import answered_by
from afterview.writer.result_clause import ARROW
from afterview.writer.their_question import question_of
from afterview.writer.tie_pair import best_pair

Pair = tuple[str, str, str, str]
Weights = tuple[frozenset[str], frozenset[str]]
_NONE: Weights = (frozenset(), frozenset())
# a second tie is said only for a pair this strong: a content word and another, a family, or the result after the
# highlight's arrow that counts it ('-> 0 lapsed tickets' ↔ '3 lapsed last yr'); or one measure
SECOND_LEAST = 1.5


def weights(request: DraftRequest) -> Weights:
    """The job's own words (its title, the company's name) and the stems three or more items of the notes use."""
    notes = request.notes
    items = [*notes.candidate.highlights, *notes.candidate.since_interview]
    items += [i for p in notes.interviewers for i in (*p.topics, *p.challenges)]
    return job_stems(notes.position, notes.company.name), common_stems(items)


def for_request(
    request: DraftRequest, topics: list[str], challenges: list[str], highlights: list[str], least: float = 1
) -> Pair | None:
    """The hiring manager's (or a peer's, or anyone else's by a shared measure) item and the candidate's highlight
    that are about one thing, in a thank-you email or card of the usual length or longer, never a result another
    message of the run tells (`told_before`); None for anyone else or when nothing relates."""
    person, style = request.planned.to, request.style
    channel = request.planned.channel
    if request.planned.kind is not Kind.thank_you or channel is Channel.linkedin or style.length <= -2:
        return None
    weighed = weights(request)
    answer = _question_answer(request, highlights)  # said as the answer to their question, never as a tie too
    highlights = [h for h in highlights if h != answer]
    if person.role is Role.hiring_manager:
        return pair_of(person.role, topics, challenges, highlights, weighed, least)
    told = told_before(request, highlights)  # a result not told to another already
    return pair_of(person.role, topics, challenges, [h for h in highlights if h not in told], weighed, least)


def _question_answer(request: DraftRequest, highlights: list[str]) -> str | None:
    """The highlight that answers the question this reader put to the candidate (writer/question_tie.py), else None."""
    person, notes = request.planned.to, request.notes
    question = question_of(usable_items(request.style.keep([*person.topics, *person.challenges])))
    return answered_by(question, highlights, f"{notes.position} {notes.company.name}") if question else None


def answered(problem: str, highlights: list[str]) -> bool:
    """Whether a result of the candidate's answers an executive's problem: by what it relates to, or as their tie."""
    related = adapt.pick_related(highlights, problem, least=2, problem=True)
    return bool(related or pair_of(Role.executive, [], [problem], highlights))


def second(
    request: DraftRequest, topics: list[str], challenges: list[str], highlights: list[str]
) -> tuple[tuple[str, str, str], str] | None:
    """A second item of the hiring manager's or executive's email that a second result answers strongly (what is left
    once the first tie took its item and highlight): ((the item as a topic, or their sentence, and the candidate's
    clause), the highlight it tells, which no other sentence of the letter tells again); else None."""
    person = request.planned.to
    if request.planned.channel is not Channel.email or person.role not in (Role.hiring_manager, Role.executive):
        return None
    pair = for_request(request, topics, challenges, highlights, SECOND_LEAST)
    about = adapt.topic(ARROW.split(pair[0])[0]) if pair else None
    if pair and about and not NUMBER.search(about) and reads_well(about):
        return (re.sub(r"^your ", "the ", about), "", pair[3]), pair[1]
    if pair and pair[2].startswith("You mentioned that "):  # their clause: 'You also mentioned that …'
        return ("", pair[2].replace("You mentioned", "You also mentioned", 1), pair[3]), pair[1]
    point = re.match(r"^Your point about (?P<np>the .+) stayed with me\.$", pair[2]) if pair else None
    if pair and point:  # their problem as the first tie names it: 'the repairs backlog'
        return (point.group("np"), "", pair[3]), pair[1]
    return None


def pair_of(
    role: Role,
    topics: list[str],
    challenges: list[str],
    highlights: list[str],
    weighed: Weights = _NONE,
    least: float = 1,
) -> Pair | None:
    """The one tie for a person of `role`: the hiring manager's problem or topic; a peer's craft (their topics, or a
    problem of theirs a result counts: 'about 1 in 3 trainees washes out' ↔ '11 trainees, 9 certified'); an
    executive's problem with a result in numbers, else a topic of theirs a result counts in one unit; anyone else's
    only where a result counts what their own metric counts; none for a recruiter."""
    quiet, common = weighed
    pick = partial(best_pair, quiet=quiet, common=common, least=least)
    if role is Role.hiring_manager:
        return pick([*challenges, *topics], highlights, problems=tuple(challenges))
    if role is Role.peer:
        return pick(topics, highlights) or pick(challenges, highlights, measured_only=True, problems=tuple(challenges))
    if role is Role.executive:  # a director hears a problem of theirs only with a result in numbers that meets it
        measured = [h for h in highlights if ARROW.search(h)]
        # or a goal of theirs a result counts in the same unit ('to 4,500 t/day by 2028' ↔ '2,200 -> 3,400 t/day')
        return pick(challenges, measured, problems=tuple(challenges)) or pick(topics, measured, measured_only=True)
    if role is Role.other:
        return pick([*challenges, *topics], highlights, measured_only=True, problems=tuple(challenges))
    return None


def told_before(request: DraftRequest, highlights: list[str]) -> set[str]:
    """The highlights the ties of the hiring manager and of the people listed before this one use (email or card):
    one run never tells two people of one company the same result in the same sentence."""
    told: set[str] = set()
    weighed = weights(request)
    for other in request.notes.interviewers:
        if other is request.planned.to or other.name == request.planned.to.name:
            break
        fresh = highlights if other.role is Role.hiring_manager else [h for h in highlights if h not in told]
        pair = pair_of(other.role, other.topics, other.challenges, fresh, weighed)
        told |= {pair[1]} if pair else set()
    for other in request.notes.interviewers:  # a hiring manager listed after this one comes first all the same
        if other.role is Role.hiring_manager and other.name != request.planned.to.name:
            pair = pair_of(other.role, other.topics, other.challenges, highlights, weighed)
            told |= {pair[1]} if pair else set()
    return told
