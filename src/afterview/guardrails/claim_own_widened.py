"""The candidate's own experience in their own words is no claim of the team's work (claim_first_person.py asks),
even where a word of it is also in a topic or a challenge of theirs:

- a highlight restated or widened: "At the Vleeshuis I restored a 1745 Dulcken whose soundboard had been through
  many dry museum winters" (the highlight holds the Dulcken; "soundboard" is only shared with their challenge);
- general experience of the trade, with no figure, no result and no named or definite thing of theirs: "I have
  worked with spruce from several suppliers", "I ran plenty of small targeted offers".

Their side is claimed only when the claim takes THEIR thing as the candidate's work: most of one of their items
("I built cohort retention dashboards" against the topic "cohort retention dashboards"), a thing of theirs named
("the Hokuriku menus") or pointed at ("your jig", "the checkout service"), or a result verb on a word of theirs
("I fixed cracked soundboards").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.guardrails.claim_support import NUMBER_STEMS, VAGUE_STEMS, key_stems, own_and_their_texts
from afterview.guardrails.support import per_notes
from afterview.guardrails.text import content_stems, stems_match
from afterview.notes.model import Notes
from afterview.shorthand_words import NUMBER_WORDS

# A verb that claims a result, not a kind of work: "I fixed cracked soundboards" claims their problem solved.
_RESULT_VERB = re.compile(
    r"\b(?:cut|reduced|fixed|solved|halved|doubled|tripled|improved|increased|eliminated|saved|boosted|lowered"
    r"|resolved|cleared|ended|stopped|prevented|sped up|shortened|raised|grew)\b",
    re.I,
)
# A determiner that points at one thing: a possessive or a demonstrative ("your jig", "those soundboards"); the
# definite article too when the claim has no own item behind it ("the checkout service").
_POINTED = r"(?:your|their|its|our|this|these|those|that)"
_WORD = re.compile(r"[\w'\u2019-]+")


def _share_of_their_item(borrowed: Sequence[str], theirs: Sequence[Sequence[str]]) -> float:
    """The largest share of one of their items (its words that carry a claim) that the borrowed words hold."""
    best = 0.0
    for item in theirs:
        words = [s for s in item if s not in VAGUE_STEMS and s not in NUMBER_STEMS]
        if not words:
            continue
        hits = sum(1 for s in words if any(stems_match(s, w) for w in borrowed))
        best = max(best, hits / len(words))
    return best


def _specific(claim: str, borrowed: Sequence[str], *, definite: bool) -> bool:
    """Whether a borrowed word is named (capitalised inside the sentence) or pointed at by a determiner."""
    words = _WORD.findall(claim)
    pointer = re.compile(rf"{_POINTED}|the" if definite else _POINTED, re.I)
    for n, word in enumerate(words):
        stems = content_stems(word)
        if not stems or not any(stems_match(stems[0], b) for b in borrowed):
            continue
        if word[:1].isupper() and n > 0:
            return True  # "the Shinkansen menus": a thing of theirs by name
        if any(pointer.fullmatch(w) for w in words[max(0, n - 4) : n]):
            return True  # "your jig", "the checkout service"
    return False


@per_notes
def _own_items(notes: Notes) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The candidate's own items as written, each with its key stems less its figures (claim_results' to weigh)."""
    return tuple(
        (item, tuple(s for s in key_stems(item, notes) if not s.isdigit())) for item in own_and_their_texts(notes)[0]
    )


def _own_item_told(text: str, notes: Notes) -> str | None:
    """The candidate's own item (as written) that `text` holds at least half of, three words or more."""
    said = key_stems(text, notes)
    for item, stems in _own_items(notes):
        hits = sum(1 for s in stems if any(stems_match(s, w) for w in said))
        if hits >= 3 and hits / max(1, len(stems)) >= 0.5:
            return item
    return None


def own_experience(
    verb: str,
    said: str,
    claim: str,
    borrowed: Sequence[str],
    theirs: Sequence[Sequence[str]],
    notes: Notes,
) -> bool:
    """Whether a past claim of work (`verb` its verb, `said` its clause from the subject on, `claim` what follows the
    verb) is the candidate's own experience told in their words, not the team's work claimed."""
    if not borrowed:
        return False  # nothing of theirs in it: the claim is weighed against the candidate's own items as it is
    if _share_of_their_item(borrowed, theirs) >= 0.5 or _share_of_their_item(key_stems(said, notes), theirs) > 0.5:
        return False  # most of one item of theirs ("extending the wind pricing model to cover flood and wildfire")
    if _LIKE_THEIRS.search(claim) or _theirs_named(claim, notes):
        return False  # a thing like theirs, or theirs by name: "a very similar network", "than your lab does"
    if _NOTHING_LEFT.search(claim):
        return False  # "... and cut damage claims to zero": a result, weighed by the other claims checks
    results = {r.group().lower() for r in _RESULT_VERB.finditer(verb + " " + claim)}
    told = _own_item_told(said, notes)
    if told is not None and _second_predicate_beyond(claim, told, notes):
        return False  # "renewed my certification and am now awaiting my charter": a second claim, not the item
    # (past a quantity: "a great deal of pallets" is pallets handled)
    thing = _QUANTITY.sub("", claim, count=1)
    head = [w for w in content_stems(thing) if not w.isdigit() and w not in NUMBER_STEMS][:2]
    theirs_made = any(stems_match(w, b) for w in head for b in borrowed)
    if told is not None and theirs_made and _RESULT_VERB.fullmatch(verb):
        return False  # the item's result on their thing: "I cut the nightly billing batch from 9 hours to 40 minutes"
    if told is not None:
        # a result verb only as the item gives it ("I cut pick errors by half" for "cut pick errors by half")
        return (
            all(re.search(rf"\b{re.escape(r)}\b", told, re.I) for r in results)
            and not _new_figure(claim, notes)
            and not _specific(claim, borrowed, definite=False)
        )
    if results:
        return False  # a result ("I fixed cracked soundboards"): weighed as a claim
    # (the object's first two words, vague ones too: "a team of five through a programme" is a team led)
    if theirs_made and _MAKING.fullmatch(verb):
        return False  # their thing as what was made: "I built a quoting tool" (but "I have worked with spruce")
    if _new_number_word(claim, notes):
        return False  # "I printed two seasons of cards": a figure in words the notes do not give
    if re.search(r"\d", claim) or _new_name(claim, notes):
        return False  # a figure or a name the notes do not give ("clinics for Holland America passengers"): a claim
    return not _specific(claim, borrowed, definite=True)


# A thing of theirs pointed at through a likeness: "I set up a grader like it at Ilulissat".
_LIKE_THEIRS = re.compile(
    r"\b(?:like (?:it|that|this|yours|theirs|the one)|similar to (?:it|that|this|yours)|the same (?:one|kind)"
    r"|just like|(?:a|an) (?:very |quite |almost )?(?:similar|identical|comparable)|your|yours)\b",
    re.I,
)
_QUANTITY = re.compile(
    r"^\s*(?:a (?:great|good) (?:deal|many|number) of|a lot of|lots of|plenty of|many|several|countless|dozens of"
    r"|hundreds of|all sorts of|all kinds of)\s+",
    re.I,
)
# Verbs of a thing made or won, not of experience with a kind of work: "I built a quoting tool" makes their thing,
# "I have worked with spruce" or "I have scanned a great deal of pallets" handles a kind of material.
_MAKING = re.compile(
    r"(?:built|set up|created|designed|developed|launched|introduced|founded|established|rolled out|implemented"
    r"|wrote|drafted|made|started|organi[sz]ed|negotiated|rebuilt|redesigned|invented|produced|opened|installed"
    r"|shipped|delivered|won|secured|landed|closed|signed|devised|pioneered|automated|digiti[sz]ed|converted"
    r"|migrated|carried out|ran|led|managed|owned|headed|oversaw|coordinated|piloted)",
    re.I,
)


def _theirs_named(claim: str, notes: Notes) -> bool:
    """Whether the claim names the company it is written to ("rebuilt KhetSetu's active-users model")."""
    name = notes.company.name.strip()
    return bool(name) and re.search(rf"\b{re.escape(name.split()[0])}", claim, re.I) is not None


def _new_number_word(claim: str, notes: Notes) -> bool:
    """Whether the claim gives a count in words ("two seasons") that no own item gives, in words or in digits."""
    held = " ".join(own_and_their_texts(notes)[0]).lower()
    for word in _WORD.findall(claim.lower()):
        n = NUMBER_WORDS.get(word)
        if n is None or n <= 1 or word in ("dozen", "hundred", "thousand"):
            continue
        if not re.search(rf"\b(?:{n}|{word})\b", held):
            return True
    return False


_NOTHING_LEFT = re.compile(r"\b(?:to|down to) (?:zero|nil|nothing|none)\b", re.I)
_CODE = re.compile(r"[\w.,%-]*\d[\w.,%-]*")


# A second predicate joined by "and": "... and am now awaiting my charter", "... and grew its Instagram".
_AND_PREDICATE = re.compile(r"\band (?:(?:am|is|was|have|has|had|now|also|then|I)\s+)*(?=[a-z]{3,})", re.I)


def _second_predicate_beyond(claim: str, told: str, notes: Notes) -> bool:
    """Whether a predicate after "and" says something the own item told does not hold ("and grew its Instagram" is
    the item's; "and am now awaiting my charter" is not)."""
    item = key_stems(told, notes)
    for m in _AND_PREDICATE.finditer(claim):
        said = key_stems(claim[m.end() :], notes)
        if said and not all(any(stems_match(w, s) for s in item) or w.isdigit() for w in said):
            return True
    return False


def _new_name(claim: str, notes: Notes) -> bool:
    """Whether the claim names something (a capitalised word inside it) that none of the candidate's own items do."""
    own = [stems for _, stems in _own_items(notes)]
    for n, word in enumerate(_WORD.findall(claim)):
        if n == 0 or not word[:1].isupper() or word in ("I", "I'm", "I've", "I'd"):
            continue
        stems = content_stems(word)
        if stems and not any(stems_match(stems[0], s) for item in own for s in item):
            return True
    return False


def _new_figure(claim: str, notes: Notes) -> bool:
    """Whether the claim holds a figure or a code with a digit that none of the candidate's own items holds ("AV2"
    where the notes give "AV1"): a highlight widened with a new figure is a new claim."""
    held = " ".join(own_and_their_texts(notes)[0]).lower()
    return any(code.strip(".,").lower() not in held for code in _CODE.findall(claim) if code.strip(".,"))
