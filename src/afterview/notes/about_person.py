"""What `afterview new` is told about one interviewer, sorted into fields by the words people lead with.

One answer holds a few items: separated by ';' or on lines of their own. Each item is sorted by
the tag it starts with, the Markdown reader's tags (`Talked about:`, `Challenge:`, `In common:`,
`Email:`, `Asked me for:` and the other words those tables know). An untagged item is read by its
words as the reader reads an untagged bullet under a person ("we both ran Chicago" is common
ground, an email address is their email, "he's my main contact" or "handles scheduling" marks them
as the point of contact, "she's new to the team" is about the person and set aside); anything else
is a topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from afterview.notes.asides import is_aside
from afterview.notes.common_ground import common_ground
from afterview.notes.emails import is_email
from afterview.notes.importing import mask_brackets
from afterview.notes.markdown import labels as L
from afterview.notes.markdown.syntax import _ASKED, _DECIDE, _NOT_FOLLOW, _SPOKEN_TOPIC, _TAG
from afterview.notes.said_of_person import about_them, is_contact
from afterview.notes.suggest import closest

# The person's fields an answer may fill here; other tags the reader knows are asked elsewhere.
_ASKED_LATER = {
    "decision_by": "when they decide is asked a little later",
    "no_follow_up": "whether to follow up is asked with when they decide",
    "news": "company news is asked a little later",
    "highlights": "your highlights are asked at the end",
    "since_interview": "your news since the interview goes in the notes file",
    "title": "give the job title with the name, e.g. 'Dana Lee, Engineering Manager'",
    "role": "their part in hiring has its own question",
    "name": "the name has its own question",
}
_LISTS = ("topics", "challenges", "rapport")
_NONE = {"none", "nothing", "no", "n a", "na", "nil", "nada", "", "nothing to send", "none of them"}
# "…, Challenge: on-call pages": a tag after a comma or full stop starts a new item.
_INNER_TAG = re.compile(r"[,.]\s+(?=([A-Za-z][A-Za-z '’/_\-]{0,40}?)\s*:)")


@dataclass
class AboutPerson:
    topics: list[str] = field(default_factory=list)
    challenges: list[str] = field(default_factory=list)
    rapport: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)  # the notes' top-level list: what you said you would send
    email: str | None = None
    primary_contact: bool = False
    aside: list[str] = field(default_factory=list)  # notes about the person themself, kept out of messages
    cleared: set[str] = field(default_factory=set)  # 'Challenge: none', 'Send them: nothing': emptied, not filled

    def merge(self, other: AboutPerson) -> None:
        """Add what `other` says; a second, different email address is refused before anything changes."""
        if other.email is not None and self.email is not None and other.email != self.email:
            raise ValueError(f"that is a second email address ({other.email}); one per person")
        for key in (*_LISTS, "requested"):
            getattr(self, key).extend(getattr(other, key))
        self.email = other.email or self.email
        self.primary_contact = self.primary_contact or other.primary_contact

    def said(self) -> str:
        """What was filed, as `new` reads it back: 'Talked about: route optimization; In common: both cycle'."""
        filed = (
            ("Talked about", self.topics),
            ("Challenge", self.challenges),
            ("In common", self.rapport),
            ("Asked me for", self.requested),
        )
        return "; ".join(f"{label}: {'; '.join(values)}" for label, values in filed if values)

    def fields(self) -> dict[str, object]:
        """The interviewer's fields as the notes model names them (empty ones left out)."""
        out: dict[str, object] = {key: getattr(self, key) for key in _LISTS if getattr(self, key)}
        out |= {key: [] for key in _LISTS if key in self.cleared and not getattr(self, key)}
        if self.email is not None:
            out["email"] = self.email
        if self.primary_contact:
            out["primary_contact"] = True
        return out


def read_about_person(text: str) -> AboutPerson:
    """Sort one answer (a line, or lines) into a person's fields; a ValueError says what to write instead."""
    about = AboutPerson()
    for line in text.splitlines():
        for item in _items(line):
            found = _TAG.match(item)
            if found:
                label, value = found.group(1), (found.group(2) or "").strip()
                known = L.PERSON.get(L.norm(label))
                if known is not None:
                    _check_placed(known, label)
                    if value:
                        _put(about, known, value)
                    continue
                near = closest(L.norm(label), L.PERSON, cutoff=0.75)
                if near is not None:
                    raise ValueError(f"'{label}:' is not a tag I know; did you mean '{near.capitalize()}:'?")
            _untagged(about, item)
    return about


def _items(line: str) -> list[str]:
    pieces = [p.strip() for p in line.split(";")]
    items: list[str] = []
    for piece in pieces:
        start = 0
        for found in _INNER_TAG.finditer(piece):
            if L.norm(found.group(1)) in L.PERSON:
                items.append(piece[start : found.start() + 1].rstrip(",. "))
                start = found.end()
        items.append(piece[start:].strip())
    items = [part for item in items for part in _parts(item)]
    return [i for i in items if i and i.strip(",.")]


def _parts(item: str) -> list[str]:
    """'route optimization, we both like cycling (hill country ride)': an untagged item whose later comma-part
    reads on its own (common ground, a problem under its tag) is two items, as a pasted line's would be."""
    from afterview.notes.paste_said import problem

    if _TAG.match(item):
        return [item]
    masked = mask_brackets(item)  # a bracketed detail stays whole
    cuts = [m.span() for m in re.finditer(r",\s+", masked)]
    starts = [0, *(end for _, end in cuts)]
    parts = [item[a : (cuts[k][0] if k < len(cuts) else len(item))].strip() for k, a in enumerate(starts)]
    if 1 < len(parts) <= 3 and any(common_ground(p) or problem(p) for p in parts[1:]):
        return parts
    return [item]


def _check_placed(target: str, label: str) -> None:
    where = _ASKED_LATER.get(target)
    if where is not None:
        raise ValueError(f"'{label}:' is not asked here; {where}")


def _put(about: AboutPerson, target: str, value: str) -> None:
    value = value.strip()
    if (target in _LISTS or target == "requested") and L.norm(value) in _NONE:
        about.cleared.add(target)  # 'Send them: nothing': none of them, never a thing called 'nothing'
    elif target in _LISTS or target == "requested":
        getattr(about, target).append(value)
    elif target == "email":
        _email(about, value)
    elif target == "primary_contact":
        if L.norm(value) in L.NO:
            return
        about.primary_contact = True
    else:  # channel, greet_as, timezone: kept for the notes file, not asked by `new`
        raise ValueError(f"'{L.WRITTEN.get(target, target)}:' is not asked here; add it to the notes file later")


def _email(about: AboutPerson, value: str) -> None:
    if not is_email(value):
        raise ValueError(f"'{value}' is not one email address, such as dana@acme.example")
    about.merge(AboutPerson(email=value))


def _untagged(about: AboutPerson, text: str) -> None:
    if _DECIDE.search(text) or _NOT_FOLLOW.search(text):
        raise ValueError(f"'{text}' is about what happens next; it is asked a little later")
    asked = _ASKED.search(text)
    if asked:
        about.requested.append(asked.group("item") or asked.group("sent"))
        return
    if L.norm(text) in L.PRIMARY_WORDS or is_contact(text):  # "he's my main contact", "handles scheduling"
        about.primary_contact = True
        return
    if is_aside(text):  # "super direct, ran 40 min", "forgot to ask about parking": never said back as a topic
        about.aside.append(text)
        return
    spoken = _SPOKEN_TOPIC.match(text)
    kind, doing = about_them(text)
    if spoken:
        about.topics.append(spoken.group("rest") or spoken.group("rest2"))
    elif kind == "doing" and doing:  # "they're moving billing to Kafka": what the team is doing
        about.topics.append(doing)
    elif kind == "person":  # "she's new to the team": about the person, never said back to them as a topic
        about.aside.append(text)
    elif common_ground(text):  # 'we both ran Chicago', 'he plays chess too (the city open)'
        about.rapport.append(common_ground(text) or text)
    elif is_email(text):
        _email(about, text)
    elif "@" in text and " " not in text:
        raise ValueError(f"'{text}' is not one email address, such as dana@acme.example")
    else:
        about.topics.append(text)
