"""A result added to the candidate's own deed (checks43): "I wrote the allergen checklist, and it cut customer
complaints in half" where the notes give the checklist and no result of it, "my Python workflow has made model
preparation faster" where they give the workflow and nothing of preparation, or a result pushed past what the notes
give ("brought our customs holds down to zero" for holds cut "from monthly to twice a year").

What changed (the result verb's object) must be what one of the candidate's own items says changed; a result said
to reach nothing ("to zero", "eliminated") must be one the item gives as nothing. Figures are claim_results'."""

from __future__ import annotations

import re

from afterview.draft import Finding
from afterview.guardrails.claim_support import (
    CLAUSE_END,
    claim_stems,
    covered,
    finding,
    found_anywhere,
    key_stems,
    own_and_their_texts,
)
from afterview.guardrails.text import Piece, content_stems
from afterview.notes.model import Notes

# The doer (the candidate, their past team, their own thing, or a word pointing back at it), a perfect or an adverb,
# and a verb of a result. A light verb ("took", "got", "brought") is a result only with a direction after its object.
# (the subject is a noun phrase, with no preposition: "my thesis on cut rose prices" has no verb 'cut')
_PREP = r"(?:on|of|for|with|about|from|to|by|into|over)\b"
_RESULT = re.compile(
    rf"\b(?P<subj>I|we|it|which|that|this|[Mm]y (?:(?!{_PREP})[\w-]+ ){{0,3}}?(?!{_PREP})[\w-]+"
    rf"|[Oo]ur (?:(?!{_PREP})[\w-]+ ){{0,2}}?(?!{_PREP})[\w-]+)"
    r"(?: (?:has|have|had|'ve|\u2019ve|already|also|then|quickly|soon|eventually|actually|really|finally|even))*"
    r" (?P<verb>cut|reduced|lowered|halved|eliminated|slashed|shortened|raised|increased|improved|lifted|boosted"
    r"|doubled|tripled|sped up|took|got|brought|pushed|knocked|drove|made)"
    r" (?P<rest>[^,;:.!?\u2014\u2013]+)"
)
# Where a result's object ends: its size, its way, its place or time.
_OBJECT_END = re.compile(
    r"\s(?:by|from|to|down|up|in|on|at|for|with|across|within|over|after|during|per|and|through|while|via|using"
    r"|since|each|every|almost|nearly|significantly|dramatically|sharply|substantially|considerably|noticeably)\b"
    r"|\s(?:faster|quicker|shorter|easier|simpler|safer|cheaper|smoother|clearer|better|more|less)\b"
)
# A size after the object: "down", "up", or a figure, nothing or a share ("to zero", "by a third", "from 9 to 4").
_SIZE = re.compile(
    r"^\s(?:down|up|in half)\b|^\s(?:to|from|under|below|by)\s+(?:[\w-]+\s+){0,2}?(?:\d|zero|nothing|none|nil|half"
    r"|a (?:third|quarter|fifth|tenth)|two|three|four|five|six|seven|eight|nine|ten|twenty|hundreds?|thousands?)",
    re.I,
)
# A verb of raising is a result only with its size: "we raised the loading in small steps" is a way of working.
_NEEDS_SIZE = {"took", "got", "brought", "pushed", "knocked", "drove", "raised", "increased", "lifted", "boosted"}
# Idioms of the verbs, no result: "cut corners", "cut short", "got used to".
_IDIOM = re.compile(r"^(?:corners|short|used|it|ties|back|loose)\b", re.I)
# A doer of the candidate's past that is not the candidate: "my last plant management cut corners".
_OTHER_PEOPLE = re.compile(
    r"\b(?:manager|managers|management|boss|bosses|colleagues?|supervisor|director|company|employer|client|clients"
    r"|call|interview|conversation|chat|talk|meeting)$",
    re.I,
)
_COMPARATIVE = re.compile(r"^\s(?:faster|quicker|shorter|easier|simpler|safer|cheaper|smoother|clearer|more|less)\b")
# Whose the thing changed is, when it is not the candidate's: "it cut your queue times" is another check's.
_NOT_THEIRS = re.compile(
    # ("to": an infinitive, no object: "we got to talk about growing the Gulf book from 9 to 15%")
    r"^(?:your|their|its|his|her|my|the company's|them|us|me|you|it|this|that|a|an|to|for|of|with|on|at|in|into|through"
    r"|against|about|over|around|across|out|off|away|ahead|forward|along)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:I|my|we|our|I've|I'd|I'm)\b")
# A result said to reach nothing, and an item that gives one.
_TO_NOTHING = re.compile(
    r"\b(?:to|down to|at) (?:(?:almost|nearly|virtually|practically|near|close to) )?(?:zero|nil|none|nothing)\b"
    r"|\b(?:entirely|completely|altogether)\b",
    re.I,
)
_NOTHING = re.compile(r"\b(?:zero|0|no|none|nil|nothing|eliminat\w*|removed|ended|stopped)\b", re.I)
# Words that name how a result is measured, not what changed ("the return rate", "queue times").
_MEASURE_WORDS = "rate rates time times level levels number numbers count counts share percentage amount"
_MEASURE = frozenset(content_stems(_MEASURE_WORDS, generic=True))
_REPORTED = re.compile(
    r"\b(?:I|we) (?:understand|hear|heard|read|saw|see|noticed|gather|learned|learnt|was told|were told)\b", re.I
)


def added_result_in(sentence: Piece, text: str, notes: Notes) -> list[Finding]:
    if "?" in text or _REPORTED.search(text):
        return []
    own = claim_stems(notes)["own"]
    own_texts = own_and_their_texts(notes)[0]
    for m in _RESULT.finditer(text):
        subj, verb = m.group("subj"), m.group("verb")
        if subj.lower() in ("it", "which", "that", "this") and not _FIRST_PERSON.search(text[: m.start()]):
            continue  # a thing of theirs, or of nobody's
        end = CLAUSE_END.search(m.group("rest"))
        rest = m.group("rest")[: end.start() if end else None]
        stop = _OBJECT_END.search(rest)
        obj, after = (rest[: stop.start()], rest[stop.start() :]) if stop else (rest, "")
        if not obj.strip() or _NOT_THEIRS.match(obj.strip()):
            continue
        if verb in _NEEDS_SIZE and not _SIZE.match(after):
            continue  # "I took the night shift", "I brought my checklist", "we raised the loading in small steps"
        if verb == "made" and (not _COMPARATIVE.match(after) or subj.lower() in ("it", "which", "that", "this")):
            continue  # "I made the rota": work; "it made the morning less formal": the talk, no result of work
        if _IDIOM.match(obj.strip()) or _OTHER_PEOPLE.search(subj) or re.search(r"\b(?:to|for) (?:me|us)\b", after):
            continue  # "cut corners", "my old management cut ...", "made it more interesting to me"
        wanted = [s for s in key_stems(obj, notes) if s not in _MEASURE]
        if not wanted:
            continue
        holders = [t for t in own_texts if any(found_anywhere(w, [content_stems(t, generic=True)]) for w in wanted)]
        # (a figure's thousands comma is no end of it: "to 40,000 followers")
        tail = re.split(r"[;.!?]|,\s", text[m.end() :], maxsplit=1)[0] if not end else ""
        if _size_of_own_item(after + tail, own_texts, notes):
            continue  # "that took the page to 40k followers in five months": the item's own result, its thing renamed
        if covered(wanted, own) < 0.5 or not found_anywhere(wanted[-1], own):
            return [_finding(sentence, m, "claims a result of your work that your highlights do not give")]
        nothing = verb == "eliminated" or _TO_NOTHING.search(after) is not None
        if nothing and holders and not any(_NOTHING.search(t) for t in holders):
            return [_finding(sentence, m, "takes a result of yours further than your highlights do")]
    return []


_FIGURE = re.compile(r"\d[\d.,]*\s*(?:k|m|%)?", re.I)


def _size_of_own_item(after: str, own_texts: tuple[str, ...], notes: Notes) -> bool:
    """Whether the size after a result's object is one of the candidate's own items' results: its figure as the item
    writes it and most of the words around it ("to 40k followers in five months" for "40k followers in 5 months")."""
    figures = {f.group().replace(" ", "").lower() for f in _FIGURE.finditer(after)}
    said = [s for s in key_stems(after, notes) if not s.isdigit()]
    if not figures or not said:
        return False
    for item in own_texts:
        held = {f.group().replace(" ", "").lower() for f in _FIGURE.finditer(item)}
        if figures & held and covered(said, [content_stems(item, generic=True)]) >= 0.5:
            return True
    return False


def _finding(sentence: Piece, m: re.Match[str], what: str) -> Finding:
    return finding(
        "unsupported_claim",
        sentence,
        m,
        f"'{m.group().strip()[:80]}' {what}.",
        "Keep to the result your highlights and since_interview state, or leave the result out.",
    )
