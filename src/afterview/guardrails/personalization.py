"""Personalization: a thank-you names something specific from that conversation; a status check adds value."""

from __future__ import annotations

import re

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.status_value import adds_value_in_own_words
from afterview.guardrails.text import any_referenced, bare_word, content_stems, item_stems, stems_match, words
from afterview.guardrails.word_counts import word_counts
from afterview.notes.city_zones import known_places
from afterview.notes.names import name_parts
from afterview.vocabulary import Kind

# A greeting that names someone ("Hi [Name],", "Hi Lelani,"): a wrong or unfilled name is the facts or
# placeholders check's to report, not a missing one.
_ADDRESSED = re.compile(
    r"^\s*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\s+(?:\[[^\]\n]+\]|\{[^}\n]+\}|<[^>\n]+>"
    r"|(?!(?:there|all|team|everyone|sir|madam|hiring|recruiter|recruiting)\b)[A-Z][\w'\u2019.-]+)",
    re.I,
)


def _addressed(body: str) -> bool:
    return bool(_ADDRESSED.match(body))


def _named(item: str, body_stems: list[str]) -> bool:
    """A status check names a discussed item by two of its content words ("the forecasting work" for
    "demand forecasting per store"), or by one long, specific one."""
    found = [w for w in item_stems(item) if any(stems_match(w, b) for b in body_stems)]
    return len(found) >= 2 or any(len(w) >= 7 for w in found)


# The words of any status check's ask: they fit every company.
_ASKING = (
    "hiring timeline decision process update news status application candidacy interview role position next step"
    " steps stage opportunity team time consideration"
)


def _specific(body_stems: list[str], *generic: str) -> list[str]:
    """The body's stems less those of words that fit any message to this company (its name, the role's title)."""
    common = set(content_stems(" ".join(generic)))
    return [b for b in body_stems if b not in common]


# Verbs any note uses whatever was discussed ("thanks for taking the time", "how the team works", "keep in touch"):
# an item's verb among them ('take' of "our test runs take 6 hours") names nothing of it when it is said.
_LIGHT = frozenset(
    content_stems(
        "take taking took taken make making made get getting got give giving gave keep keeping kept put putting go"
        " going went come coming came works help helping helped need needs needed know knowing knew think thinking"
        " thought see seeing saw say saying said tell telling told love loved like liked hope hoped want wanted bring"
        " bringing brought",
        generic=True,
    )
)


# How near an item's words stand when a note names it in other words, in content words of the body: "the move from
# punch cards" and "a smooth first visit" two sentences apart name no "pricing of 10-visit cards".
_NEAR = 8


def _said_as(own: str, said: str) -> bool:
    """Whether a body word `said` says an item's word `own`: the same stem, or a longer word built on it
    ("cancellations" for "riders cancel")."""
    return stems_match(own, said) or (len(own) >= 5 and said.startswith(own))


def _together(own: list[str], body_stems: list[str], need: int) -> bool:
    """Whether `need` of the item's own words are said within _NEAR content words of each other."""
    at = [{w for w in own if _said_as(w, b)} for b in body_stems]
    for start, first in enumerate(at):
        if not first:
            continue
        seen: set[str] = set()
        for words_here in at[start : start + _NEAR]:
            seen |= words_here
        if len(seen) >= need:
            return True
    return False


def _paraphrased(item: str, body_stems: list[str], common: frozenset[str] = frozenset()) -> bool:
    """An item named by two of its content words, in any order and any wording around them; words of the role's
    title or the company's name (`common`) are not the item's own ("further information" names no "informatics
    nurses" of a Clinical Informatics Manager's interview)."""
    own = [w for w in item_stems(item) if w not in common and w not in _LIGHT]
    return _together(own, body_stems, 2)


_ASIDE = re.compile(r",\s+|\s+[-\u2013\u2014]+\s+|\s*[:;]\s+|\s+\(|\s*(?:->|=>|\u2192)\s*")


def _first_part(item: str) -> str:
    """An item up to its first aside (a comma, dash, colon, semicolon, bracket or jotted arrow '->')."""
    return _ASIDE.split(item.strip(), maxsplit=1)[0]


def _referenced_beyond(items: list[str], body_stems: list[str], common: frozenset[str]) -> bool:
    """Whether an item is referenced (any_referenced) by half of its own words, those that are not the role's title
    or the company's name: "my background in digital services" names no "hybrid days for the digital team" of a
    Digital Services Librarian's interview."""
    for item in items:
        if not any_referenced([item], body_stems):
            continue
        body = set(body_stems)
        own = [w for w in item_stems(item) if w not in common]
        hits = [w for w in own if w in body or any(_said_as(w, b) for b in body if len(b) >= 5)]
        # half of the item's own words, as any_referenced asks of all of them: "my experience working with nurses"
        # in a Clinical Informatics Manager's note names no "how informatics nurses are staffed on nights"
        need = -(-len(own) // 2)
        if hits and len(hits) >= need and _together(hits, body_stems, need):
            return True
    return False


_PROPER = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z\u00c0-\u00de][\w\u00e0-\u00ff'-]{2,}")


def _proper_named(items: list[str], body: str, *generic: str) -> bool:
    """An item named by a proper noun of its own ("the fourth gym in Bodø" for "opening a 4th gym in Bodø"): a
    place, product or project name no other message would carry. The company's and the role's names fit any."""
    common = {w.lower() for g in generic for w in re.findall(r"[\w'-]+", g)}
    said = set(re.findall(r"[\w'-]+", body))
    for item in items:
        for m in _PROPER.finditer(item.strip()):
            if m.start() > 0 and m.group() in said and m.group().lower() not in common:
                return True
    return False


# What the draft calls a discussed subject: "our conversation on desk turnover", "what we discussed about sampling".
_DISCUSSED = re.compile(
    r"\b(?:(?:our|the|that) (?:conversation|discussion|talk|chat|exchange)|(?:we|you and I) (?:talked|spoke|discussed"
    r"|chatted))(?: (?:on|about|of|around|regarding))? ((?:[\w'-]+ ){0,2}[\w'-]+)",
    re.I,
)


# An offer to send something the candidate made: "I would be happy to send the design report".
_OFFER = re.compile(
    r"\b(?:I(?:'d|\u2019d| would)(?: be)? (?:happy|glad|pleased|delighted) to|I(?:'m|\u2019m| am) (?:happy|glad) to"
    r"|I can|I could|let me know if you(?:'d| would) like me to"
    # "just say and I'll send it over", "I will gladly share it"
    r"|I(?:'ll|\u2019ll| will) (?:gladly |happily |also )?)\s*(?:also\s+)?(?:send|share|forward|bring|show)\b",
    re.I,
)


def _offers_own_work(body: str, highlights: list[str], said: list[str]) -> bool:
    """Whether the status check shares one of the candidate's own highlights and offers to send work about it: news of
    themselves with something for the reader, the value a status check adds."""
    # (a highlight named by two of its words or one long one, "a sample of the Lednik shift rota", is shared too)
    return (
        bool(highlights)
        and _OFFER.search(body) is not None
        and (any_referenced(highlights, said) or any(_named(h, said) for h in highlights))
    )


def _discussed(items: list[str], body: str) -> bool:
    """A subject the draft says was discussed, one of whose longer words an item of the notes holds."""
    for m in _DISCUSSED.finditer(body):
        said = content_stems(" ".join(w for w in m.group(1).split() if len(w) >= 4))
        if said and any(any(stems_match(w, s) for s in said) for item in items for w in item_stems(item)):
            return True
    return False


_ACRONYM = re.compile(r"\b([A-Z]{3,6})s?\b")


def _acronym_named(items: list[str], body: str, *generic: str) -> bool:
    """An item named by the initials of its words ("our chat about MRLs" for "EU maximum residue limits", "the SLA
    penalties" for "service level agreement penalties"): an acronym of three or more capitals spelling a run of
    the item's words. One the role's title or the company's name holds fits any note."""
    common = {w for g in generic for w in re.findall(r"[A-Z]{2,}", g)}
    said = {m.group(1) for m in _ACRONYM.finditer(body)} - common
    if not said:
        return False
    for item in items:
        if any(a in item for a in said):
            continue  # the item spells it out itself: the ordinary match reads it
        letters = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", item)).upper()
        if any(a in letters for a in said):
            return True
    return False


def _names_an_item(items: list[str], body: str, body_stems: list[str], ctx: CheckContext) -> bool:
    """Whether the body names one of the items by words of its own or by their initials, the role's title and the
    company's name aside."""
    # a long jotted item ('MDR relabelling, ~400 IFUs by Q3, EN is the pivot …') is named by its first
    # part, not quoted whole: half the words of that part count as a reference too
    # ... or named in other words by two of its own content words ("the bit selection talk" for "bit selection
    # for hard volcanic rock")
    specific = _specific(body_stems, ctx.notes.position, ctx.notes.company.name)
    common = frozenset(content_stems(f"{ctx.notes.position} {ctx.notes.company.name}"))
    # (a first part of one or two words, 'guest mix', is named only by both: one common word, 'guest', is not it)
    parts = [part for part in (_first_part(i) for i in items) if len(item_stems(part)) >= 3]
    return (
        _referenced_beyond([*items, *parts], body_stems, common)
        or any(_paraphrased(i, specific, common) for i in items)
        or _rare_word_named(items, specific, common)
        or _acronym_named(items, body, ctx.notes.position, ctx.notes.company.name)
    )


_RARE = 9  # without the word counts: a word this long stands for a term of the trade
# A word news text writes at most this often in a million sentences is no everyday English: "Manglish", "gouache",
# "digester", "cannulation" name the item they come from wherever they stand.
_SELDOM = 10
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _rare_word_named(items: list[str], specific: list[str], common: frozenset[str]) -> bool:
    """An item named by one word of its own that is no everyday English, a term of the trade no other note would
    carry ("Manglish examples" for "handling Manglish slang", "cannulation" for "our fistula cannulation
    checklist"); the role's title and the company's name aside. Without the word counts, a long word counts."""
    body = set(specific)
    counts = word_counts()
    for item in items:
        for m in _WORD.finditer(item):
            word = m.group().lower()
            if len(word) < 5:
                continue
            stems = content_stems(word)
            if len(stems) != 1 or stems[0] not in body or _kind_of_work(stems[0], common):
                continue
            if counts is None:
                if len(stems[0]) >= _RARE:
                    return True
            elif _seldom(word, counts):
                return True
    return False


def _seldom(word: str, counts: dict[str, int]) -> bool:
    """Whether news text seldom writes the word: a hyphenated one by its parts ('no-shows', 'warm-up' are everyday
    words); a place ('Seoul': the counts hold no names) is a name, no term of the trade."""
    if word in known_places():
        return False
    return (
        all(counts.get(part, 0) <= _SELDOM for part in word.split("-"))
        if "-" in word
        else counts.get(word, 0) <= _SELDOM
    )


def _kind_of_work(stem: str, common: frozenset[str]) -> bool:
    """A word of the job itself, no topic: the role's title or the company's name built on ('internship' for a
    Marketing Intern), or a kind of standing ('leadership', 'partnership', 'membership')."""
    return stem.endswith("ship") or any(stem.startswith(c) or c.startswith(stem) for c in common if len(c) >= 4)


def check_personalization(draft: Draft, ctx: CheckContext) -> list[Finding]:
    person = ctx.recipient(draft)
    if person is None:
        return [
            Finding(
                "personalization",
                "error",
                "unknown_recipient",
                f"'{draft.to}' is not one of the interviewers in the notes; check the name.",
            )
        ]
    body_stems = content_stems(draft.body)
    found: list[Finding] = []
    if draft.kind is Kind.thank_you:
        items = [*person.topics, *person.challenges]
        if not items:
            return [
                Finding(
                    "personalization",
                    "info",
                    "no_topics",
                    f"The notes list no topics or challenges for {person.name}, so this note cannot be "
                    "checked for a specific reference; add what you discussed to the notes.",
                )
            ]
        if not _names_an_item(items, draft.body, body_stems, ctx):
            found.append(
                Finding(
                    "personalization",
                    "error",
                    "generic",
                    f"The note does not mention anything specific you discussed with {person.greeting_name}; "
                    f"refer to one of: {'; '.join(items[:3])}.",
                    None,
                    f"Mention '{items[0]}' and how your experience helps with it.",
                )
            )
        said = {bare_word(w.text).lower() for w in words(draft.body)}  # "ANDRE!!!" names him too
        # the name they go by counts too: 'Hola Cami,' where greet_as says Cami
        known = [*name_parts(person.name), *(person.greet_as or "").split(), *person.greeting_name.split()]
        if not any(bare_word(part).lower() in said for part in known) and not _addressed(draft.body):
            # advice: across blind25 … blind33 it warned on 5 drafts in 5 corpora, none labelled personalization
            # (bench/results/checks36_rule_kinds.txt); a thank-you without the name is not one a reader faults
            found.append(
                Finding(
                    "personalization",
                    "info",
                    "no_name",
                    f"The note never addresses {person.first_name} by name; open with 'Dear {person.greeting_name},'.",
                    None,
                    f"Dear {person.greeting_name},",
                )
            )
    elif draft.kind is Kind.status_check:
        notes = ctx.notes
        offers = [*notes.company.news, *notes.candidate.since_interview, *notes.requested]
        value = offers + [item for i in notes.interviewers for item in (*i.topics, *i.challenges)]
        # the role's title, the company's name and the words of the ask itself fit any status check: they name
        # nothing from the interview ("the Director, Water Distribution Operations position" is no topic)
        specific = _specific(body_stems, notes.position, notes.company.name, _ASKING)
        if (
            not any_referenced(value, specific)
            and not any(_named(item, specific) for item in value)
            and not _proper_named(value, draft.body, notes.company.name, notes.position)
            and not _discussed(value, draft.body)
            and not _offers_own_work(draft.body, [*notes.candidate.highlights], specific)
            and not adds_value_in_own_words(draft.body)
        ):
            suggestion = (
                f"Mention '{offers[0]}'."
                if offers
                else "Add company news or something you have done since the interview to the notes, then mention it."
            )
            # a warning (checks42): across blind25 … blind38 it fired on 47 drafts labelled personalization, 14
            # labelled for another flaw only (most of them as bare) and no clean draft; a bare "any update?" is the
            # personalization fault those readers name (it was info from stop 38, when blind3 … blind23 labelled less
            # of it)
            found.append(
                Finding(
                    "personalization",
                    "warning",
                    "no_value",
                    "The status check only asks for an update; add one piece of value, such as company "
                    "news, something you have done since the interview, or a requested item.",
                    None,
                    suggestion,
                )
            )
    return found
