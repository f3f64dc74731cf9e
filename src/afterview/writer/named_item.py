"""A thank-you that names none of the reader's items is a form letter (guardrails/personalization.py: `generic`).

When the gate (last_gate.py) has dropped every sentence that named a topic or a problem of theirs, the note says one
of them in the frames a revise uses for an item asked for by name (`also`, writer/items.py, without the "also"):
their clause ("your point that your night team gets the plan late") or its head noun phrase ("what you said about
the furnace 3 rebuild"), in the order the notes give them; the first whose sentence clears the gate and names it is
kept. Only a shape the gate's rules pass (gate.rules_problem) is tried: a question, a jotted equation, a
label with its value ("start date Feb") or a phrase still in the notes' third person ("their shift") is never said.
A note that already names one, or whose items no frame says cleanly, is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from afterview.draft import DraftRequest
from afterview.vocabulary import Kind
from afterview.writer import adapt
from afterview.writer.also_tie import with_ties
from afterview.writer.asked import reported
from afterview.writer.gate import bare_count, rules_problem
from afterview.writer.items import Also
from afterview.writer.shapes import DETERMINERS, PREPOSITIONS, lemmas


class Alone(Also):
    """The one item of theirs the note says: its frame says no "also" (prompts/fallback/_phrases.j2)."""

    alone: bool


# a jotted question, an equation, a comparison: no frame of ours says them
_NOT_SAID = re.compile(r"\?|(?:^|\s)[=<>]|\bvs\b\.?|\bversus\b|\bq\b|\bq's\b", re.I)
# a phrase that still speaks of the reader in the third person, or of a comparison made with its figure
_THIRD_PERSON = re.compile(r"\b(?:their|they|them|his|her|he|she)\b", re.I)
# 'the 2 more rounds': a count jotted after an article the notes never had
_COUNT_AFTER_THE = re.compile(r"^the \d+\s+(?:more|fewer|other|extra|further)\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*"


def _label_value(noun: str) -> bool:
    """'the start date Feb', 'the 2nd shift differential $2 an hour': a label jotted with its value after it (a
    month, a figure), no preposition between; never 'growth by 2028' or 'the furnace 3 rebuild'."""
    words = noun.split()
    last = words[-1] if words else ""
    valued = bool(re.search(r"\d|[$£€%]", last) or re.fullmatch(_MONTH, last) or "$" in noun or "£" in noun)
    ahead = [w.lower() for w in words[-4:-1]]
    return valued and not any(w in PREPOSITIONS for w in ahead)


def _bare_singular(noun: str) -> bool:
    """'family business': a singular count noun heads the phrase with no article ('relocation', 'rain delays', 'the
    furnace 3 rebuild', 'opening 22 branches' are whole)."""
    words = noun.split()
    if not words or words[0].lower() in DETERMINERS or words[0].lower() in ("your", "my", "our"):
        return False
    phrase = [w for w in (w.lower() for w in words)][
        : next((n for n, w in enumerate(words) if w in PREPOSITIONS), None)
    ]
    last = phrase[-1] if phrase else ""
    singular = last.endswith("ss") or not last.endswith("s")
    unknown = last.isalpha() and not lemmas(last)  # 'sawmill': a word the dictionary lacks, taken as a count noun
    return singular and (bare_count(last) or unknown or (last.endswith("ss") and "NOUN" in lemmas(last)))


def _named_bare(clause: str) -> bool:
    """'Lisbon branch opens in Q2': a name before a singular count noun, the subject's article left in the notes."""
    words = clause.split()
    return len(words) > 2 and words[0][:1].isupper() and bare_count(words[1])


def shaped(item: str, kind: str) -> Alone | None:
    """One item of theirs in a frame's shape: a clause of its own ('your leaf quality drops when …'), else its head
    noun phrase; None where neither reads as written English."""
    if _NOT_SAID.search(item) or adapt.classify(item) == "verb":  # 'walked the floor w/ him': what they did with me
        return None
    clause = adapt.clause_form(item)
    if (
        clause
        and adapt.classify(item) == "clause"
        and not _THIRD_PERSON.search(clause)
        and not _label_value(clause)  # 'the night shift starts 22:00'
        and not _named_bare(clause)  # 'Lisbon branch opens in Q2'
        and rules_problem(clause, "clause") is None
    ):
        return {"kind": "challenge", "text": clause, "verb": True, "alone": True}
    noun = adapt.topic(item)
    if adapt.classify(item) == "clause" or noun.startswith(("how ", "comparing ", "whether ")):
        return None  # a clause no frame says whole is never cut to a noun ('the 22 years family lab')
    if (
        _THIRD_PERSON.search(noun)
        or _label_value(noun)
        or _COUNT_AFTER_THE.match(noun)
        or _bare_singular(noun)
        or rules_problem(noun, "noun")
    ):
        return None
    return {"kind": kind, "text": noun, "verb": False, "alone": True}


def names_their_item(body: str, request: DraftRequest) -> bool:
    """Whether the note names a topic or problem of the reader's, as the personalization check reads it."""
    from afterview.guardrails.personalization import check_personalization
    from afterview.writer.last_gate import checked

    return not any(f.code == "generic" for f in check_personalization(*checked(body, request)))


def their_items(request: DraftRequest) -> list[Alone]:
    """The reader's topics, then their problems, not dropped by the user, each in the shape a frame holds."""
    person = request.planned.to
    kinds = [*((t, "topic") for t in person.topics), *((c, "challenge") for c in person.challenges)]
    # a question they put to the candidate is no point of theirs ('your point that you asked how long …')
    found = (shaped(item, kind) for item, kind in kinds if item not in request.style.drop and not reported(item))
    return [one for one in found if one]


def with_their_item(body: str, request: DraftRequest, render: Callable[[list[Also]], str]) -> str:
    """`body`, or where it names none of the reader's items the first re-render (`render`, with one item as `also`)
    that does, its sentence cleared by the gate."""
    if request.planned.kind is not Kind.thank_you or names_their_item(body, request):
        return body
    for also in their_items(request):
        text = render(with_ties([also], request, body))  # with a related result of the candidate's (also_tie.py)
        if names_their_item(text, request):
            return text
    return body
