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
# (never 'Our talk about …': a subject thanks, and names the talk, as a person writes it; writer73's judges)
_UNDATED = {"formal": ("Thank you for discussing {t}", "Thank you for talking through {t}")}
_UNDATED_ANY = ("Thanks for talking through {t}", "Thank you for talking through {t}")
# a topic's head before its first phrase ('the kiln schedule' on line 2), said where the whole has no room
_PHRASE = re.compile(
    r"\s(?:of|for|to|in|on|at|by|with|from|into|across|over|under|about|after|before|between|through|during|"
    r"without|within|per|via|and|or|versus|vs)\s"
)
_MOST_TOPIC_WORDS = 6
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


def short_forms(topic: str) -> list[str]:
    """The topic as a subject may name it: whole, else its head before its first phrase ('the kiln schedule'), each
    only when short and clean English (writer/garbled.py); none for a topic that cannot be said short."""
    from afterview.writer.garbled import garble

    forms = [topic]
    cut = _PHRASE.search(topic)
    head = topic[: cut.start()] if cut else ""
    # ('the move' from VMs to Kubernetes says nothing: a head of one word after its article is no name for it)
    if len(head.split()) >= 3 and head.split()[0].lower() in ("the", "your", "our", "a", "an"):
        forms.append(head)
    return [f for f in forms if len(f.split()) <= _MOST_TOPIC_WORDS and not garble(f) and not _PHRASE_AND.search(f)]


_PHRASE_AND = re.compile(r"\s(?:after|before|with|per|for|in|on|at)\s.*\sand\s")  # 'the date after Easter and pay'


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
        for said in short_forms(topic):
            for form in _ordered(about, n) + list(_UNDATED.get(tone, _UNDATED_ANY)):
                subject = _said(form, day=day, t=said)
                if fits(subject):
                    return subject
    when_said = when if day == "our" else ""
    roles = _ordered(_ROLE.get(tone, _ROLE["warm"]), n) if day != "our" else list(_DATED)  # 'our Welder interview'
    for form in roles:
        subject = _said(form, day=day, role=position, when=when_said)
        if fits(subject):
            return subject
    return _said(_LAST, day=day, when=when_said)
