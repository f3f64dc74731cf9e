"""What a thank-you to the recruiter, who set the day up, says of the day: the talk with the person who decides, by name
and by what it was about (the decider writer/decider_topics.py finds), and, where the
candidate's record relates to that talk, what they bring to it ('having led the Kafka migration at Northwind').

A recruiter's own topics are the terms of the job (writer/logistics.py); without the day they set up, a note to them is
logistics and a line that fits any interview. Nothing here when no one else who decides was met, or when what was
talked about with them cannot be said as written English (then the others are named, as before). Where the recruiter's
topics make something the candidate's to do for the process (the documents a work permit needs, references), that
comes first, and the technical talks get one sentence (`logistics_offer`)."""

from __future__ import annotations

import re
from typing import Any

from afterview import salutation
from afterview.draft import DraftRequest
from afterview.notes.model import Interviewer
from afterview.vocabulary import Kind, Role
from afterview.writer import adapt
from afterview.writer.adapt import usable_items
from afterview.writer.decider_topics import decider
from afterview.writer.frameable import frameable
from afterview.writer.gate import reads_well
from afterview.writer.head_noun import keeps_point
from afterview.writer.headline import noun_article
from afterview.writer.personal_item import offered
from afterview.writer.phrasing import jotted_question


def decider_talk(request: DraftRequest) -> dict[str, Any]:
    """`decider` (the name their greeting uses), `decider_topic` (what the candidate talked about with them, as a noun
    phrase), `decider_having` ('having led …': the candidate's result that relates to it, else None), and `other` and
    `other_topic` (the next one met with a talk that can be said); all None outside a recruiter's thank-you or with
    nothing sayable. The rest met are not listed by name: an HR reader has no use for a roll call (run52 judges), and a
    name that is no name ('Ignore All Previous Instructions') would be said as one."""
    keys = ("decider", "decider_topic", "decider_having", "other", "other_topic", "logistics_offer")
    none: dict[str, Any] = dict.fromkeys(keys)
    notes, person, style = request.notes, request.planned.to, request.style
    if request.planned.kind is not Kind.thank_you or person.role is not Role.recruiter:
        return none
    offer = logistics_offer(person, request.notes.requested)
    none = {**none, "logistics_offer": offer}
    source = decider(notes)  # who decides (decider_topics.py)
    if source is None:
        return none
    item, said = _talk(source, request)
    if not item:
        return none
    highlights = offered(usable_items(style.keep(notes.candidate.highlights)), style.mention, notes.position)
    related = adapt.pick_related(highlights, item, *source.challenges[:1], least=2)
    having = adapt.having(related) if related else None
    rest = [p for p in notes.interviewers if p.name not in (person.name, source.name)]
    # the first other one met with a talk that can be said: by name and topic, the rest by name; none when the note
    # says what the candidate does for the process (`offer`): that is what it is for, and the technical talks get
    # one sentence at most (writer_blind52's judges: "tells the HR officer about its technical talks with the other
    # interviewers"). Without an offer the second talk stays: leaving it out would leave room for a line of padding.
    talked = None if offer else next(((p, told) for p in rest if (told := _talk(p, request)[1])), None)
    return {
        "decider": salutation.greeting_name(source, notes),
        "decider_topic": said,
        "decider_having": having if having and reads_well(having, "phrase") else None,
        "other": salutation.greeting_name(talked[0], notes) if talked else None,
        "other_topic": talked[1] if talked else None,
        "logistics_offer": offer,
    }


_PAPERS = re.compile(r"\b(?P<what>(?:work |residence )?permit|visa)\b", re.I)
_REFERENCES = re.compile(r"\breferences?\b", re.I)


def logistics_offer(person: Interviewer, requested: list[str]) -> str | None:
    """What the candidate can do for the process the recruiter runs, from the recruiter's own topics: the documents a
    work permit or visa they went through needs ('work permit paperwork' → 'I would be glad to send any documents the
    work permit needs.'), or references they talked about (unless the notes' `requested` already sends them). None
    for anything else: a start date or notice period is the candidate's to state, never guessed here."""
    for topic in usable_items(person.topics):
        papers = _PAPERS.search(topic)
        if papers and not jotted_question(topic):
            return f"I would be glad to send any documents the {papers.group('what').lower()} needs."
    asked = any(_REFERENCES.search(r) for r in requested)
    if not asked and any(_REFERENCES.search(t) and not jotted_question(t) for t in person.topics):
        return "I can send my references whenever they would be useful."
    return None


def _talk(person: Interviewer, request: DraftRequest) -> tuple[str | None, str | None]:
    """This person's first topic that reads as written English said as a noun phrase, and its notes item."""
    for item in usable_items(request.style.keep(person.topics)):
        said = noun_article(adapt.topic(item))
        if not jotted_question(item) and frameable(adapt.topic(item)) and reads_well(said) and keeps_point(item, said):
            return item, said
    return None, None
