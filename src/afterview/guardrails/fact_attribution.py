"""A detail of one notes item told of another (a `facts` error).

- moved_detail: a figure with its unit ("two days", "40 crates") that the notes give one item ("loading the kiln
  for a 2-day firing") said in a sentence about a different item ("reclaiming clay is still a challenge and takes
  about two days"). The sentence must name the other item and nothing of the item the figure belongs to: a
  sentence that names both ("the 2-day firing after loading the kiln, and reclaiming the scraps") is told right.
- news_as_speech: company news ("a 3-year inspection contract") said to have been explained, described or mentioned
  by the recipient or a named interviewer, when it is none of that person's topics or challenges: the candidate
  read it, nobody told it.
"""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.fact_numbers import COUNT, NUMBER_WORDS
from afterview.guardrails.notes_forms import in_full
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import Piece, content_stems, item_stems, sentences, stems_match
from afterview.notes.model import Interviewer, Notes

# Units that measure (a span, a share, a size), keyed as _key keys them: "2 references" names its item by its noun,
# "two days" or "35%" could be told of anything.
_MEASURES = frozenset(
    {
        "day",
        "week",
        "month",
        "year",
        "hour",
        "minut",
        "secon",
        "night",
        "shift",
        "%",
        "perce",
        "km",
        "kg",
        "tonne",
        "ton",
        "litre",
        "liter",
        "mile",
        "metre",
        "meter",
        "hecta",
        "acre",
        "k",
        "m",
        "x",
        "times",
    }
)


def _key(n: str, unit: str) -> tuple[str, str]:
    return str(NUMBER_WORDS.get(n.lower(), n.lower())), unit.lower().rstrip("s")[:5]


@per_notes
def _items(notes: Notes) -> tuple[str, ...]:
    c = notes.candidate
    out = [*c.highlights, *c.since_interview, *notes.company.news, *notes.requested]
    for person in notes.interviewers:
        out += [*person.topics, *person.challenges, *person.rapport]
    return tuple(dict.fromkeys(i for i in out if i))


@per_notes
def _counted(notes: Notes) -> dict[tuple[str, str], tuple[str, ...]]:
    """Each (number, unit) the notes write, and the items that write it."""
    out: dict[tuple[str, str], list[str]] = {}
    for item in _items(notes):
        for m in COUNT.finditer(in_full(item)):
            out.setdefault(_key(m.group("n"), m.group("unit")), []).append(item)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _words_of(item: str) -> tuple[str, ...]:
    """An item's content stems without its figures and their units: what names the thing itself."""
    units = {_key(m.group("n"), m.group("unit"))[1] for m in COUNT.finditer(in_full(item))}
    return tuple(s for s in item_stems(item) if not any(ch.isdigit() for ch in s) and s[:5].rstrip("s") not in units)


def _names(item: str, said: list[str]) -> int:
    """How many of the item's own words the sentence says."""
    return sum(1 for w in _words_of(item) if any(stems_match(w, s) for s in said))


def _named(item: str, said: list[str]) -> bool:
    words = _words_of(item)
    return len(words) >= 2 and _names(item, said) >= max(2, -(-len(words) // 2))


def moved_details(body: str, notes: Notes) -> list[Finding]:
    counted = _counted(notes)
    if not counted:
        return []
    found = []
    for sentence in sentences(body):
        said = content_stems(sentence.text, generic=True)
        for m in COUNT.finditer(sentence.text):
            n, unit = m.group("n"), m.group("unit")
            if _key(n, unit)[1] not in _MEASURES or n.lower() == "one":
                continue
            owners = counted.get(_key(n, unit), ())
            if not owners or any(_names(o, said) for o in owners):
                continue  # no item gives it (other rules' business), or the sentence names its own item
            told_of = next((i for i in _items(notes) if i not in owners and _named(i, said)), None)
            if told_of is None:
                continue
            start = sentence.start + m.start()
            found.append(
                Finding(
                    "facts",
                    "error",
                    "moved_detail",
                    f"'{m.group()}' belongs to '{owners[0]}' in your notes, not to '{told_of}'.",
                    (start, start + len(m.group())),
                    "Tell the figure with the item it belongs to, or leave it out.",
                )
            )
            break
    return found


_SPOKE = (
    r"(?:explained|described|told me about|told us about|talked (?:me )?(?:about|through)|walked me through|mentioned"
    r"|shared|outlined|spoke about|went over|went through|presented|laid out|raised|brought up|filled me in on)"
)


# Where what was told ends: the next clause ("you mentioned a date, and I know the new shop ...").
_CLAUSE_END = re.compile(r"[;:\u2014\u2013]|,\s+(?:and|but|so|which|while|although|though|as|since)\b| - ")


def _speaker(sentence: Piece, recipient: Interviewer | None, notes: Notes) -> tuple[Interviewer, str] | None:
    """Who the sentence says told something ('you', the recipient, or an interviewer named as the subject), and the
    words of what they told, up to the clause's end."""
    text = sentence.text
    m = re.search(rf"\byou (?:\w+ly )?{_SPOKE}\b", text, re.I) if recipient is not None else None
    who = recipient
    if m is None:
        for person in notes.interviewers:
            m = re.search(rf"\b{re.escape(person.first_name)} (?:\w+ly )?{_SPOKE}\b", text)
            if m is not None:
                who = person
                break
    if m is None or who is None:
        return None
    end = _CLAUSE_END.search(text, m.end())
    return who, text[m.end() : end.start() if end else len(text)]


def news_as_speech(body: str, notes: Notes, recipient: Interviewer | None) -> list[Finding]:
    if not notes.company.news:
        return []
    found = []
    for sentence in sentences(body):
        told = _speaker(sentence, recipient, notes)
        if told is None:
            continue
        speaker, what = told
        said = content_stems(what, generic=True)
        news = next((n for n in notes.company.news if _named(n, said)), None)
        if news is None:
            continue
        theirs = (*speaker.topics, *speaker.challenges)
        if any(_named(t, said) or _overlap(t, news) for t in theirs):
            continue  # the news is also what they talked about, or the sentence names their topic too
        found.append(
            Finding(
                "facts",
                "error",
                "news_as_speech",
                f"'{news}' is company news in your notes, not something {speaker.name} told you.",
                (sentence.start, sentence.end),
                "Say it as news you read ('I was glad to read about …'), or leave it out.",
            )
        )
    return found


def _overlap(topic: str, news: str) -> bool:
    a, b = _words_of(topic), _words_of(news)
    return sum(1 for w in a if any(stems_match(w, x) for x in b)) >= 2
