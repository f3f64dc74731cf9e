"""Turn notes items into phrases that fit a sentence, whatever shape the user wrote them in."""

from __future__ import annotations

import re
from collections.abc import Callable

from afterview.vocabulary import Format
from afterview.writer.shorthand import prose

# Past-tense verbs people start an accomplishment with ("led the migration", "ran the team").
_IRREGULAR_PAST = set(
    (
        "became began brought built bought chose cut did drew drove fought found gave got grew held kept "
        "knew laid led left made met oversaw paid put ran rebuilt rewrote saw sent set shut sold spent spoke "
        "spun stood taught took told undertook won wrote"
    ).split()
)
_NOT_VERBS = {"red", "bed", "seed", "need", "speed", "feed", "embed", "bleed", "breed", "shed", "ted"}


# "We talked about X", "Discussed X": the lead-in says nothing the sentence around it does not.
_LEAD_IN = re.compile(
    r"^(?:(?:we|i|they)\s+)?(?:(?:talked|spoke|chatted)\s+about|discussed|covered|went over|touched on)\s+", re.I
)  # "spoke at a CIPD event" is an achievement, not a lead-in
_FUNCTION_WORDS = set(
    "the a an our their his her its my your both how what why when where whether we they there this that these "
    "those some many most".split()
)
# A finite verb after a subject makes an item a clause ("the team wants to rewrite the API").
_FINITE = set(
    "is are was were has have had wants want needs need plans plan will can could should would does do did "
    "uses use runs run deploys deploy ships ship struggles struggle hopes hope expects expect".split()
)
_SUBJECTS = {"the", "they", "we", "our", "their", "it", "he", "she", "you", "this", "that", "its", "his", "her"}


def clean(item: str) -> str:
    """One notes item as a phrase to use mid-sentence: single spaces, no trailing full stop, no
    "we talked about" lead-in, and a capital only where it belongs ("The team" → "the team")."""
    text = _LEAD_IN.sub("", prose(" ".join(item.split()))).rstrip(" .;,!")
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and first[1:].islower() and first.lower() in _FUNCTION_WORDS:
        text = first.lower() + (" " + rest if rest else "")
    return text


# "Angela: wants …", "Watanabe-san: new FOM owns …": who said it, jotted before what they said.
_SPEAKER = re.compile(r"^(?P<name>[A-Z][a-z][\w'-]*?)(?:-(?:san|sama|sensei))?:\s+(?=\S)")
# "… -> can we turn them into sponsorships?": a question of the candidate's jotted after an arrow
_ARROW_QUESTION = re.compile(r"\s*(?:->|→|=>|-->)\s*[^>→]*\?\s*$")
_ASIDE = re.compile(r"\s*\([^()]*\)")
_QUESTION_STARTS = {
    "how", "why", "what", "where", "when", "whether", "who", "which", "whose", "is", "are", "was", "were",
    "do", "does", "did", "can", "could", "should", "will", "would", "has", "have",
}  # fmt: skip


def _unjotted(item: str) -> str:
    text = " ".join(item.split())
    found = _SPEAKER.match(text)
    if found:
        import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

        if not lemminflect.getAllLemmas(found.group("name").lower()):  # a name, not 'Visa:' or 'Note:'
            text = text[found.end() :]
    text = _ARROW_QUESTION.sub("", text)
    return _ASIDE.sub("", text).split(";")[0].strip()


def spoken(item: str) -> str:
    """A topic, problem or common ground as something to say to its person: without who said it ('Lars:'),
    an aside in brackets ('(him 2009)', '(Opera Cloud)'), a question jotted after an arrow, or a second
    thought after a semicolon; then `clean`."""
    return clean(_unjotted(item))


def jotted_question(item: str) -> bool:
    """'start Jan or Apr 2027?', 'too concentrated?': a question the candidate jotted for themselves, not
    one a sentence can hold ('who signs off condition reports?' can: 'about who signs off …')."""
    text = _unjotted(item)
    words = text.lower().split()
    return text.endswith("?") and bool(words) and words[0] not in _QUESTION_STARTS


def as_topic(item: str) -> str:
    """A topic that reads after "our discussion of": a clause becomes "how …"."""
    text = clean(item)
    words = text.lower().split()
    if words and words[0] in _SUBJECTS and any(w in _FINITE for w in words[1:5]):
        return "how " + text
    return text


def as_highlight(item: str) -> str:
    """'I led the migration' → 'led the migration', which the templates put after "I" themselves."""
    text = clean(item)
    return text[2:] if text.startswith("I ") and starts_with_past_verb(text[2:]) else text


_PRESENT = set("love like enjoy run play have live support follow cook climb read".split())


def shared_activity(rapport: str) -> bool:
    """'both ran the Chicago marathon' reads after "we"; 'both from Ohio' does not."""
    words = rapport.split()
    if len(words) < 2 or words[0].lower() not in ("both", "each"):
        return False
    return starts_with_past_verb(" ".join(words[1:])) or words[1].lower() in _PRESENT


# Past forms that are also a material, read as one before a bare noun: 'felt hat blocking', 'cast iron repairs'
# (never 'forged gate hinges', a deed with its object).
_MATERIAL_PAST = {"felt", "cast", "ground", "wrought"}
_BARE_NOUN_NEXT = re.compile(
    r"\s+(?!(?:the|a|an|my|our|their|his|her|its|this|that|these|those|it|them|up|out|down|off|in|on|at|to|for|"
    r"with|from|into|by|over|about|and|or)\b)[a-z][\w-]*\s+[a-z]"
)


def material_first(item: str) -> bool:
    """'felt hat blocking - rejects 8% -> 3%' → True: the item opens with a material, not a deed ('felt the …')."""
    first = item.split(maxsplit=1)[0] if item.strip() else ""
    return first.lower() in _MATERIAL_PAST and bool(_BARE_NOUN_NEXT.match(item[len(first) :]))


def starts_with_past_verb(item: str) -> bool:
    """'led the Kafka migration' → True; 'ten years of Go' or 'Acme Pay launched' → False."""
    first = item.split(maxsplit=1)[0] if item.strip() else ""
    if not first or not first[0].islower():
        return False
    word = first.strip(",;:").lower()
    if material_first(item):
        return False
    if word in _IRREGULAR_PAST:
        return True
    return word.endswith("ed") and len(word) > 4 and word not in _NOT_VERBS


def meeting_noun(fmt: Format | None) -> str:
    return {Format.phone: "call", Format.video: "video call"}.get(fmt, "conversation") if fmt else "conversation"


def pick(items: list[str], index: int, shape: Callable[[str], str] = clean) -> str | None:
    """The item for the `index`-th recipient, rotating so neighbours get different ones."""
    return shape(items[index % len(items)]) if items else None


_JOINED = re.compile(r"\s+(?:\+|&)\s+")


def asked_aside(item: str) -> str | None:
    """'youth clinics in 30 schools, can partners fund them?': the topic before a question jotted after it;
    'start date (March?) + the 2-month trial period': the part of a joined item that is no question."""
    parts = _JOINED.split(item)
    if len(parts) > 1 and any("?" in p for p in parts) and not all("?" in p for p in parts):
        item = " and ".join(p for p in parts if "?" not in p)
    first, sep, rest = item.partition(", ")
    mine = re.search(r"(?i)^ask|\b(?:my|me|i)\b", first)  # 'asked abt my moot final, …?': theirs to the candidate
    if sep and rest.rstrip().endswith("?") and "?" not in first and not mine:
        return first
    return item


# 'finished a water chemistry course - high-altitude mash pH': a detail jotted after a spaced dash; '3 - 4 weeks'
# (a range between numbers) is no aside
_DASH_ASIDE = re.compile(r"(?<=[A-Za-z)])\s+[-–—]\s+(?=\S)")


def dash_aside(text: str) -> str:
    found = _DASH_ASIDE.search(text)
    return text[: found.start()] if found and len(text[: found.start()].split()) >= 2 else text


_PEOPLE = ("ers", "ors", "ists", "ians", "fans", "addicts", "buffs")


def people_plural(text: str) -> bool:
    """'trail runners', 'keen sea swimmers', 'Arsenal fans': a noun phrase naming people, with no verb ('both trail
    runners' is 'we are both trail runners', never 'we both trail runners')."""
    from afterview.writer.phrase_kind import NOUN, kind

    return text.lower().endswith(_PEOPLE) and kind(text) == NOUN
