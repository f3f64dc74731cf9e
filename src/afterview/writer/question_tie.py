"""The question an interviewer put to the candidate, said back only with something of the candidate's that bears on it.

'Your question about how I would run a stopped-lift evac was a good one, and I enjoyed talking it through.' names
the question and says nothing about it. A careful note says what in the candidate's own record the question touched
('I ran four rope-evac drills a season with the patrol'), or leaves the question out of a sentence of its own.

A highlight bears on a question when they share a content word that is not the job's own (a word of the position or
the company's name is shared by everything in the notes: 'lift' in 'Lift Operations Supervisor'), and the highlight
says itself as the candidate's clause (writer/gated.said_result). Never what the answer was: the note says the
candidate's work, not what they told the interviewer.
"""

from __future__ import annotations

import re
from typing import Any

from afterview.draft import DraftRequest
from afterview.vocabulary import Channel, Kind
from afterview.writer.adapt import usable_items
from afterview.writer.credited_result import credited_result, fell
from afterview.writer.gate import reads_well
from afterview.writer.gated import said_result
from afterview.writer.language_answer import language_answer
from afterview.writer.mine_said import mine_said, with_none_after
from afterview.writer.pair_weight import families
from afterview.writer.personal_item import offered
from afterview.writer.relate import stems
from afterview.writer.shorthand import prose
from afterview.writer.tie_pair import with_result
from afterview.writer.work_result import counts


def answering(question: str, highlights: list[str], job_words: str) -> str | None:
    """The candidate's clause for the highlight that shares most content words with the question (words of the
    job itself not counted), else None. 'how I would run a stopped-lift evac with new staff' with 'ran 4 rope-evac
    drills a season w/ ski patrol' → 'I ran 4 rope-evac drills a season with ski patrol'."""
    found = _answer(question, highlights, job_words)
    return found[0] if found else None


def answered_by(question: str, highlights: list[str], job_words: str) -> str | None:
    """The highlight whose clause answers the question (`answering`), else None (a language answer names none)."""
    found = _answer(question, highlights, job_words)
    return found[1] if found else None


def _answer(question: str, highlights: list[str], job_words: str) -> tuple[str, str | None] | None:
    spoken = language_answer(question, highlights)  # a question about language: the candidate's languages
    if spoken:
        return spoken, None
    asked = _asked_about(prose(question))
    theirs = stems(asked) - stems(prose(job_words))
    if not theirs:
        return None
    # the whole question, for a highlight that shares two of its words ('how would I win the unions' trust during the
    # retrofit' ↔ 'negotiated the retrofit phasing w/ the staff unions'): the thing asked is not its only subject
    whole = stems(prose(question)) - stems(prose(job_words)) - {"would", "could", "should", "how"}
    best: tuple[float, str, str] | None = None
    for item in highlights:
        credited = credited_result(item)
        # a question to bring something down ('how would I cut NCR turnaround') is answered by a result that did;
        # a word family joins different words of one subject ('the weighbridge queue' ↔ 'gate bookings to slots')
        shared = (
            len(theirs & stems(prose(item)))
            or (0.5 if credited and _LOWERS.search(question) and fell(item) else 0)
            or 0.5 * families(prose(item), asked)
            or (0.5 if len(whole & stems(prose(item))) >= 2 else 0)
        )
        if shared and (best is None or shared > best[0]):
            # a result the usual clause cannot read is said whole all the same (writer/mine_said.py)
            clause = said_result(item)
            clause = clause if clause and clause.startswith("I ") else mine_said(item, said_result) or clause
            clause = with_none_after(item, clause)  # '… - no strike days' said beside the deed
            whole_said = with_result(item)  # the deed with the change it made, where the clause leaves the change out
            changed = bool(whole_said and whole_said.startswith("I ") and _CHANGE.search(whole_said))
            # or the outcome it jots after the deed ('…, and all 4 are licensed now': writer/outcome_said.py)
            changed = changed or bool(clause and whole_said and whole_said.startswith(f"{clause}, and "))
            if whole_said and changed and not _CHANGE.search(clause or ""):
                clause = whole_said if reads_well(whole_said, "clause") else clause
            if credited and (not clause or clause in credited or not counts(clause)):
                best = (shared, credited, item)  # the change and the team the notes credit, said whole
            elif clause and clause.startswith("I ") and reads_well(clause, "clause"):
                best = (shared, clause, item)
    return (best[1], best[2]) if best else None


# words of a problem that name no subject of it ('about a third', 'more than')
_NOT_A_SUBJECT = frozenset("about over under nearly more less than from with their they this that into".split())
_CHANGE = re.compile(r"\bfrom\b.+\bto\b")
_LOWERS = re.compile(r"\b(?:cut|reduce|lower|shorten|speed up|halve|clear|bring down|fix)\b", re.I)


# where the thing asked about ends: what follows is its circumstance ('… with new staff', '… if the stream rose')
_CIRCUMSTANCE = re.compile(
    r"\s(?:with|if|when|while|after|before|during|for|to|in|on|at|from|without|so|and|or|but|because|given)\s.*$",
    re.I,
)
_ASKED = re.compile(
    r"^(?:how|what|which|why|when|where|whether)\b.*?\bI\s+(?:(?:would|should|could|can|will|might)\s+)?(?P<rest>.+)$"
)


def _asked_about(question: str) -> str:
    """What a question is about: its verb and the head of its object ('how I would run a stopped-lift evac with new
    staff' → 'run stopped-lift evac'); a bare modifier of the object ('a tour group') or a circumstance after it
    ('with new staff') shares words with much of a candidate's record by accident. Nothing for another shape."""
    found = _ASKED.match(question)
    if not found:
        return ""
    words = _CIRCUMSTANCE.sub("", found.group("rest")).split()
    if not words:
        return ""
    verb, head = words[0], words[-1] if len(words) > 1 else ""
    # a hyphened modifier names the kind of thing asked about ('a man-overboard call'), a bare one may not
    kinds = [w for w in words[1:-1] if "-" in w.strip("-")]
    return " ".join([verb, *kinds, head]).strip(" ?.,")


def with_answer(context: dict[str, Any], request: DraftRequest) -> dict[str, Any]:
    """The context with the question's answer (`question_answer`), or, in a card or an email with nothing of the
    candidate's to say about it, without the question (the topics it stood in for come back). LinkedIn keeps an
    unanswered question inside its one line of thanks, which names it without a sentence of its own."""
    question = context.get("question")
    context = {**context, "question_answer": None, "question_open": None}
    context["challenge_answer"] = _challenge_answer(context, request)
    if not question or request.planned.kind is not Kind.thank_you:
        return context
    notes = request.notes
    told = (
        " ".join(str(context.get(key) or "") for key in ("_tied", "_value", "_strongest", "_second", "value2_past"))
        + " "
        + str((context.get("one_tie") or {}).get("mine", ""))
    )
    highlights = offered(
        usable_items(request.style.keep(notes.candidate.highlights)), request.style.mention, notes.position
    )
    answer = answering(question, highlights, f"{notes.position} {notes.company.name}")
    second = str(context.get("value2_past") or "")
    if answer and second and answer[2:] in second:
        context = {**context, "value2_past": None}  # the second item answers their question: said there, once
        told = told.replace(second, "")
    value = str(context.get("_value") or context.get("value_past") or "")
    if answer and value and prose(answer[2:]) in prose(value) and context.get("value_past"):
        # the result said on its own answers their question: said there, as the answer, once
        context = {**context, **dict.fromkeys(("value_past", "value_noun", "value_having", "_value"))}
        told = told.replace(value, "")
    if answer and prose(answer[2:]) in prose(told):
        answer = None  # said elsewhere in this note: not twice
    if answer:
        return {**context, "question_answer": answer}
    if request.planned.channel is Channel.linkedin:
        return context
    # ... kept aside: a note too short to send acknowledges it (thank_you_email.j2), before any line for anyone
    return {**context, "question": None, "question_open": question}


def _challenge_answer(context: dict[str, Any], request: DraftRequest) -> dict[str, str] | None:
    """The candidate's measured result, credited as the notes credit it (`answer`), on a problem this reader raised (a
    content word in common, the job's own words not counted), and the word they share (`about`: 'claims', 'the
    backlog'), for a thank-you whose problem has no tie of its own; else None. A problem the gate could not say is
    named by that word alone."""
    if request.planned.kind is not Kind.thank_you or context.get("tie_to") == "challenge":
        return None
    notes = request.notes
    job = stems(prose(f"{notes.position} {notes.company.name}"))
    best: tuple[int, str, str] | None = None
    highlights = offered(
        usable_items(request.style.keep(notes.candidate.highlights)), request.style.mention, notes.position
    )
    for problem in request.planned.to.challenges:
        words = [w.strip(".,;:()~") for w in prose(problem).split()]
        words = [w for w in words if w.isalpha() and w.islower() and len(w) > 3 and w not in _NOT_A_SUBJECT]
        words = [w for w in words if not w.endswith(("ed", "ing"))]
        theirs = stems(" ".join(words)) - job
        for item in highlights:
            said = credited_result(item)
            shared = theirs & stems(prose(item))
            if said and shared and (best is None or len(shared) > best[0]):
                about = next((w for w in words if stems(w) & shared), "")
                if about:
                    best = (len(shared), said, about if about.endswith("s") else "the " + about)
    return {"answer": best[1], "about": best[2]} if best else None
