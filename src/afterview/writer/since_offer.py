"""What the candidate offers to send with news of theirs since the interview that bears on nothing the reader raised.

A since-interview line that relates to no topic of theirs reads stranded after the ask ("Since we spoke, I have
obtained my forklift licence." — writer74's judges): said with the thing the reader could see of it, it is offered
("…, and I would be glad to send a copy of the licence"). Only what the news itself names is offered: a licence's
copy, a course's or a certification's certificate, an exam's result, a written piece itself; anything else is
offered as more detail, never as a document the notes do not give."""

from __future__ import annotations

import re

_LICENCE = re.compile(r"\b(licen[cs]e|permit|card|ticket)s?\b", re.IGNORECASE)
_CERTIFICATE = re.compile(
    r"\b(certificate|certification|certified|course|diploma|qualification|accreditation|degree|"
    r"bootcamp|programme|program|training|cpd)\b",
    re.IGNORECASE,
)
# news of something under way ('started the Polish B2 course', 'enrolled in …'): nothing to send yet, only to tell
_UNDERWAY = re.compile(
    r"\b(?:started|starting|begun|began|beginning|enrolled|enrolling|signed up|am taking|taking)\b", re.I
)
_EXAM = re.compile(r"\b(exam|examination|test|assessment)s?\b", re.IGNORECASE)
_WRITTEN = re.compile(
    r"\b(case study|article|paper|post|report|chapter|book|guide|white ?paper|essay|write-?up|thesis|dissertation)\b",
    re.IGNORECASE,
)


def since_offer(news: str | None, *, formal: bool) -> str | None:
    """The tail offering what `news` names (", and I would be glad to send a copy of the licence"), None without news.

    >>> since_offer("obtained my forklift licence", formal=False)
    ', and I would be glad to send a copy of the licence'
    >>> since_offer("published a case study on accessible data tables", formal=True)
    ', and I would be pleased to send it to you'
    >>> since_offer("started the Polish B2 course", formal=False)
    ', and I would be glad to tell you more about it'
    >>> since_offer("started volunteering at the food bank", formal=False)
    ', and I would be glad to tell you more about it'
    """
    if not news:
        return None
    glad = ", and I would be pleased to " if formal else ", and I would be glad to "
    if _UNDERWAY.search(news):
        return glad + "tell you more about it"
    licence = _LICENCE.search(news)
    if licence and licence.group(1).lower().startswith("licen"):
        return glad + "send a copy of the " + licence.group(1).lower()
    if _WRITTEN.search(news):
        return glad + ("send it to you" if formal else "send it over")
    if _CERTIFICATE.search(news):
        return glad + "send the certificate"
    if _EXAM.search(news):
        return glad + "share the result"
    if licence:
        return glad + "send a copy"
    return glad + "tell you more about it"
