"""A thank-you email's subject that names this conversation: the thing of theirs the body says, with the day
("Thank you for Tuesday's conversation about line 3"), else the role and the day ("Thanks for yesterday's Senior
Product Designer interview"). Never a subject that fits any interview ("Thank you for your time"), never a dash or a
colon pasting a note after a label ("Thank you: the line 3 glaze work"), at most nine words and the subject limit.

The template (thank_you_email.j2) exports what it said (`about_topics`, `about_when`, `about_tone`, `about_n`);
`gate_kept.subject_line` asks here once the last gate has had the body, so the subject never names a topic the
body no longer holds."""

from __future__ import annotations

import re

from afterview import limits

MAX_WORDS = 9
_PASTED = re.compile(r"[:;–—()\[\]\"]| - ")  # a label with a note pasted after it, or an aside
_WH = ("how ", "why ", "what ", "whether ", "where ", "when ", "who ", "which ")

# by tone: the conversation named by what it was about; the first is stepped by the notes' subject slot
_ABOUT = {
    "warm": (
        "Thank you for {day} conversation about {t}",
        "Thanks for {day} talk about {t}",
        "Thanks for {day} conversation about {t}",
    ),
    "formal": (
        "Thank you for {day} discussion about {t}",
        "Thank you for {day} conversation about {t}",
        "With thanks for {day} discussion about {t}",
    ),
    "concise": (
        "Thanks for {day} talk about {t}",
        "Thank you for {day} talk about {t}",
        "Thanks for {day} talk on {t}",
    ),
    "enthusiastic": (
        "Thanks for a great talk about {t}",
        "Thank you for {day} great conversation about {t}",
        "Thanks for {day} conversation about {t}",
    ),
}
# ... without the day, where the day leaves the topic no room (60 characters go quickly)
_UNDATED = {"formal": ("Thank you for discussing {t}", "Our conversation about {t}")}
_UNDATED_ANY = ("Thanks for talking about {t}", "Our talk about {t}")
# ... and, with no topic of theirs short enough (or left in the body), by the role and the day
_ROLE = {
    "warm": ("Thank you for {day} {role} interview", "Thanks for {day} {role} interview"),
    "formal": ("Thank you for {day} {role} interview", "With thanks for {day} {role} interview"),
    "concise": ("Thanks for {day} {role} interview", "Thank you for {day} {role} interview"),
    "enthusiastic": ("Thanks for a great {role} interview {when}", "Thank you for {day} {role} interview"),
}
_DATED = ("Thank you for the {role} interview {when}", "Thanks for the {role} interview {when}")
_LAST = "Thank you for {day} conversation {when}"


def day_possessive(when: str) -> str:
    """'yesterday's', 'Tuesday's'; 'our' for a date ('on 20 November' has no possessive a person would write)."""
    said = when.strip()
    if said in ("today", "yesterday"):
        return said + "'s"
    weekday = re.fullmatch(r"on ([A-Z][a-z]+day)", said)
    return weekday.group(1) + "'s" if weekday else "our"


def fits(subject: str) -> bool:
    """At most nine words and the subject limit, with nothing pasted after a label."""
    return (
        len(subject.split()) <= MAX_WORDS and len(subject) <= limits.SUBJECT_MAX_CHARS and not _PASTED.search(subject)
    )


def in_body(topic: str, body: str) -> bool:
    """The body still says the topic (the last gate may have taken its sentence): its words, in order."""
    flat = " ".join(body.split()).casefold()
    return " ".join(topic.split()).casefold() in flat


def _ordered(forms: tuple[str, ...], n: int) -> list[str]:
    start = n % len(forms)
    return list(forms[start:] + forms[:start])


def _said(form: str, **slots: str) -> str:
    text = " ".join(form.format(**slots).split())
    return text.replace(" talk on how ", " talk about how ")  # 'on how' reads as a manual's section title


def conversation_subject(topics: list[str], when: str, position: str, tone: str, n: int, body: str) -> str:
    """The subject: a topic the body says, else the role, else the day; the first form that fits."""
    day = day_possessive(when)
    about = _ABOUT.get(tone, _ABOUT["warm"])
    for topic in (t.strip() for t in topics if t and t.strip()):
        if not in_body(topic, body):
            continue
        for form in _ordered(about, n) + list(_UNDATED.get(tone, _UNDATED_ANY)):
            subject = _said(form, day=day, t=topic)
            if fits(subject):
                return subject
    when_said = when if day == "our" else ""
    roles = _ordered(_ROLE.get(tone, _ROLE["warm"]), n) if day != "our" else list(_DATED)  # 'our Welder interview'
    for form in roles:
        subject = _said(form, day=day, role=position, when=when_said)
        if fits(subject):
            return subject
    return _said(_LAST, day=day, when=when_said)
