"""Whether an adapted notes item reads as English a careful person would write, before a frame takes it.

The writer adapts items (adapt.py, items.py); this is the last word on each result. An item that
still carries note shorthand ("+", "avg", "before/after"), an aside after a comma, a verbless
fragment in a clause slot ("council pushback on road diets"), a bare singular noun as a subject
("manager wants …"), "the" before a verb ("the wants someone …"), two finite verbs in a row
("still go is out") or a clause cut off at a preposition ("how you walked me through") is not said
as it stands: the writer names its head noun phrase ("the WMS cutover") or leaves it out. Fewer
things, each said well.
"""

from __future__ import annotations

import re

from afterview.notes.city_zones import STATES
from afterview.writer.due_by import STATE_BY
from afterview.writer.finite import _ADVERBS, BEFORE_VERB, _finite_verb, verb_last
from afterview.writer.finite import _SUBJECT_PRONOUNS as _SUBJECT_PRONOUNS
from afterview.writer.finite import _only_verb as _only_verb  # (re-exported: head_noun)
from afterview.writer.finite import has_verb as has_verb  # (re-exported: the writer asks the gate)
from afterview.writer.garbled import garble
from afterview.writer.jotted_tail import bare_acronym_topic, measure_then_noun
from afterview.writer.letter_asides import without_letter_asides
from afterview.writer.notes_traces import pasted
from afterview.writer.phrase_kind import fits, kind
from afterview.writer.shapes import DETERMINERS, FINITE, PREPOSITIONS, WH, lemmas, words_of
from afterview.writer.verbless import predicate_problem

# Symbols that only notes use: a plus or equals for "and"/"is", arrows, comparison signs, a tilde.
_SYMBOLS = re.compile(r"(?:^|\s)[+=~]|[+=]\s|->|=>|[<>]|(?<=[a-z])/(?=[a-z])|/(?:hr|h|wk|yr|mo)\b", re.I)
# Clipped words that survive the shorthand pass (writer/shorthand.py writes out the common ones).
_CLIPPED = {
    "avg", "abt", "mgr", "mgrs", "eval", "evals", "ref", "refs", "cert", "certs", "bldg", "pp", "approx", "w/",
    "incl", "info", "reqs", "req", "etc", "misc", "tbd", "asap", "ppl", "b/c", "esp", "hr", "hrs", "wrt",
    "fyi", "govt", "dept", "yr", "yrs", "wk", "wks", "mo", "mos", "vs", "re", "ok", "prob", "def", "pls", "dir",
    "bc", "thru", "q's", "qs", "w/o", "lol",
}  # fmt: skip
# 'Portland, OR': a capitalised place and its US state's code (notes/place_phrase.py writes places so)
_PLACE_STATES = "|".join(sorted(STATES))
_PLACE_STATE = re.compile(rf"\b([A-Z][a-z]+),(?= (?:{_PLACE_STATES})\b)")
# "mid Jan", "by Feb": a month clipped where no day follows
_MONTH_CLIP = re.compile(
    r"\b(?:mid|early|late|by|in|from|until)[- ](?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.? ?\d)"
)
# 'Sept-March', 'Jun-Aug': a range of months jotted with a clipped month
_CLIPPED_MONTH = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_MONTH_RANGE = re.compile(rf"\b{_CLIPPED_MONTH}[-–][A-Z][a-z]+\b|\b[A-Z][a-z]+[-–]{_CLIPPED_MONTH}\b")
# Longest a frame's slot may hold before it reads as pasted notes (words).
NOUN_MAX = 14
CLAUSE_MAX = 22
# Singular nouns that take no article as a subject ("data arrives", "staffing is short").
_BARE_OK = {"data", "staffing", "hiring", "demand", "traffic", "weather", "quality", "churn", "turnover",
            "revenue", "funding", "budget", "morale", "attendance", "growth", "retention", "compliance",
            "everything", "nothing", "something", "everyone", "someone", "nobody", "each", "one", "this",
            "that", "average", "mean", "median", "overall", "total"}  # fmt: skip


_SET_ME = re.compile(r"\b(?:asked|had|got|told|wanted) me to\b", re.I)
# a quarter or a month code straight after a word that is no preposition ('opens Q2 2027', not 'in Q2 2027')
_BARE_QUARTER = re.compile(
    r"\b(?!(?:in|by|for|from|until|to|of|before|after|during|since|and|or|the|early|late|mid)\b)[a-z]+\s+[QH][1-4]\b"
)


def problem(text: str, form: str) -> str | None:
    """Why `text`, as it would fill a slot of shape `form` ("noun": after "about"; "clause": after
    "that" or as a sentence's body; "phrase": after "Having …"), would not read as written English, or
    None when it reads well: the rules below, then its kind (writer/phrase_kind.py) must be one the
    form holds; a phrase of unknown kind never enters a frame."""
    letter = form == "clause" and not _SYMBOLS.search(text) and not any(w in _CLIPPED for w in words_of(text))
    if letter and (core := without_letter_asides(text)) != text:
        return problem(core, form)  # a result letter_result.py said whole: its names and figure are prose
    found = _problem(text, form)
    if found:
        return found
    parts = text.split(", and ") if form == "clause" and ", and " in text else [text]
    for part in parts:
        if form == "clause" and _spoken_to(part):
            continue
        if not fits(_DUE_TAIL.sub("", _OUTCOME_TAIL.sub("", part)), form):
            return f"not a {form}: {kind(part)}"
    return None


# a clause said to its reader with an adverb before its verb ('you also row', 'you still play bass'), which the
# tagger reads as a noun phrase ('also row'): a subject pronoun, one or two such adverbs, and a word the dictionary
# knows as a verb, as is
def _spoken_to(part: str) -> bool:
    words = part.split()
    at = 1
    while at < min(len(words), 3) and words[at] in BEFORE_VERB:
        at += 1
    if not words or words[0] not in ("you", "we") or at == 1 or at >= len(words):
        return False
    verb = words[at].strip(".,;")
    return verb in lemmas(verb).get("VERB", ())


# the outcome writer/measure.py builds after a deed (', with X cut by …'): checked by the rules, not the tagger
_OUTCOME_TAIL = re.compile(r", with [^,]+$")
# the deadline writer/due_by.py gives a thing jotted with one ('the DBS check and references due by 11 December'): the
# noun phrase before it is what the tagger reads
_DUE_TAIL = re.compile(r" due by [^,]+$")


def _problem(text: str, form: str) -> str | None:
    words = words_of(text)
    raw = text.split()
    if not words:
        return "empty"
    if _SYMBOLS.search(text) or "?" in text or _MONTH_CLIP.search(text) or _MONTH_RANGE.search(text):
        return "note symbol"
    if any(w in _CLIPPED for w in words):
        return "clipped word"
    if pasted(text):  # 'with a tablet form with my team', 'audit 2025': notes_traces.py
        return "pasted from the notes"
    joined = form == "clause" and text.count(",") == 1 and ", and " in text and not text.startswith("how ")
    if joined:  # 'I wrote a script that audits invoices, and it flagged $41k': two clauses, each read as one
        left, right = text.split(", and ")
        verbless = None if has_verb(right) else "no verb after 'and'"
        return _problem(left, "clause") or verbless or _problem(right, "clause")
    if "," in _PLACE_STATE.sub(r"\1", re.sub(r"(?<=\d),(?=\d{3}\b)", "", _CONTRAST.sub("", text))) and not _list_commas(
        text
    ):
        return "aside after a comma"  # not '62,000', nor a place with its state ('Portland, OR')
    if len(words) > (NOUN_MAX if form == "noun" else CLAUSE_MAX):
        return "too long"
    if form == "noun" and (glue := garble(text)):
        return glue  # 'without your in the room', 'with board scanning and optimizer': a jotting's glue (garbled.py)
    if form == "noun" and words[0] in ("no", "not", "never"):
        return "a negation"  # 'no events on Nyepi' says a fact, never a thing to have gone over or enjoyed
    if form == "noun" and (words[-1] in PREPOSITIONS - {"and", "or"} or words[-1] in DETERMINERS or words[-1] == "up"):
        return "cut off"  # 'how you walked me through' (a clause may end in a particle: 'came through')
    for n in range(len(words) - 1):
        verb_after = _only_verb(words[n + 1]) and not words[n + 1].endswith(("ing", "ed"))  # 'the tracking API'
        # ... nor a participle before its noun ('a written rescue plan', 'the frozen pipes')
        verb_after = verb_after and not (n + 2 < len(words) and _participle(words[n + 1]))
        if (
            words[n] in ("the", "a", "an")
            and verb_after
            and not raw[n + 1][:1].isupper()
            and not _compound(words, n + 1)
        ):
            return "article before a verb"
        if n and words[n + 1] in FINITE and _verb_here(words, n):
            return "two verbs in a row"
        verb = lemmas(words[n]).get("VERB", ("",))[0]
        if verb and lemmas(words[n + 1]).get("VERB", ("",))[0] == verb and words[n] != words[n + 1]:
            return "two verbs in a row"  # 'how your setup takes take about 3 hours'
    verbless = predicate_problem(text, form)
    if verbless:
        return verbless
    starts_with_verb = words[0].endswith("s") and len(words) > 1 and words[1] in DETERMINERS
    if form == "noun" and starts_with_verb and "VERB" in lemmas(words[0]):
        return "a verb where a noun phrase belongs"  # 'runs the building' after 'about'
    asked = re.search(r"\b(?:do|does|did) (?:i|you|we|they|he|she|it)\b", " ".join(words))
    if form == "noun" and words[0] in WH and asked:
        return "a question"  # 'which tools do I use' (not 'what the team does next')
    modifier = _COUNT_MODIFIER.search(text)
    if modifier and set(lemmas(modifier.group("noun").lower())) == {"NOUN"}:
        return "a count before a noun"  # 'the 22 years family lab': a duration jotted as a modifier ('18 months late')
    if _SET_ME.search(text):
        return "a task set to the candidate"  # 'the asked me to walk through the capstone DoE'
    if re.search(r"\w: \w", text):
        return "a note's colon"  # 'my capstone: plasma etch uniformity DoE' mid-sentence
    if _BARE_QUARTER.search(text):
        return "a date without its preposition"  # 'how Lisbon branch opens Q2 2027'
    if measure_then_noun(text):
        return "a measure without its preposition"  # 'how the graduate rotates six months R&D' (jotted_tail.py)
    if form == "noun" and bare_acronym_topic(text):
        return "an acronym as the whole topic"  # 'the CD reports': which CD, the reader cannot tell
    if words[0] == "how" and (_how_fact(words) or STATE_BY.match(text)):
        return "a fact in a 'how' frame"  # 'how programme is 8 weeks': nothing there is a manner
    if _ORDINAL_BARE.search(text):
        return "missing article"  # 'a lease on 2nd building'
    for n in range(len(words) - 1):  # 'signing lease': a verb's -ing and a count noun with no article
        starts = n == 0 or words[n - 1] in PREPOSITIONS or words[n - 1] in WH  # not 'a housing scheme at'
        gerund = starts and words[n].endswith("ing") and len(words[n]) > 4 and "VERB" in lemmas(words[n])
        then = words[n + 2] if n + 2 < len(words) else ""
        if gerund and bare_count(raw[n + 1]) and then in ("on", "in", "at", "for", "from"):
            return "missing article"
    body = text.split(" ", 1)[1] if words[0] in ("how", "that") and len(raw) > 1 else text
    if words[0] == "how" and len(words) <= 3:
        return "says nothing"
    if form == "phrase":
        return None
    if (form == "clause" or words[0] in ("how", "that")) and not (
        has_verb(body) or (words[0] == "how" and verb_last(body))
    ):
        return "no verb"
    if form == "clause" or words[0] in ("how", "that"):
        first = words_of(body)[0]
        if _bare_subject(body) and first not in _BARE_OK and not _mass_subject(body):
            return "bare singular subject"
    return None


# a duration jotted before the noun it describes ('22 years family lab', '3 yrs CAD design'), which written English
# says with a hyphen and in the singular ('a 22-year-old family lab') or after it ('a family lab of 22 years')
_COUNT_MODIFIER = re.compile(
    r"\b\d[\d.,]*\+?\s+(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?)\s+"
    r"(?!(?:of|in|at|on|a|an|the|and|or|to|for|from|with|as|ago|old|later|earlier|before|after|since|running|"
    r"straight|now|each|per|into|until|till|by|when|while|without|is|are|was|were|has|had|have|I|we|you|they|she|he)\b)"
    r"(?P<noun>[a-z]+)\b"
)
_COPULA = {"is", "are", "was", "were"}


def _how_fact(words: list[str]) -> bool:
    """'how programme is 8 weeks', 'how the team is 3 execs': a copula with a figure or a noun after it, which
    a "how" clause cannot hold ('how the rota is built', 'how the unit is changing' are manners)."""
    for n, word in enumerate(words[:-1]):
        if word in _COPULA:
            after = words[n + 1]
            if after[:1].isdigit() or after in DETERMINERS or after in ("about", "around", "roughly", "only"):
                return True
            found = lemmas(after)
            return "NOUN" in found and "ADJ" not in found and "VERB" not in found
    return False


_ORDINAL_BARE = re.compile(r"\b(?:on|in|at|for|of|to|from)\s+\d+(?:st|nd|rd|th)\s+[a-z]", re.I)
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ness|ship|ism|ics|ing|ware|work)$")


def bare_count(word: str) -> bool:
    """'lease' in 'signing lease': a lowercase singular noun that takes an article ('software', 'funding',
    'revenue' and abstract nouns do not)."""
    found = lemmas(word)
    if not word.isalpha() or not word.islower() or word.endswith("s") or _ABSTRACT.search(word):
        return False
    return "NOUN" in found and "ADJ" not in found and "ADV" not in found and word not in _BARE_OK


def _participle(word: str) -> bool:
    """'written', 'broken', 'frozen': a past participle other than its base form."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    verb = lemmas(word).get("VERB", ())
    return bool(verb) and word != verb[0] and word in lemminflect.getInflection(verb[0], tag="VBN")


def _compound(words: list[str], n: int) -> bool:
    """'reload' in 'the reload turnaround', 'edit' in 'the edit backlog': a verb's base form that names the noun
    after it (a singular noun, no pronoun, article or preposition: not 'the take notes', 'the wants someone')."""
    word, after = words[n], words[n + 1] if n + 1 < len(words) else ""
    base = word in lemmas(word).get("VERB", ())
    named = after.isalpha() and "NOUN" in lemmas(after) and not _only_verb(after) and not after.endswith("s")
    return base and named and after not in DETERMINERS | PREPOSITIONS | FINITE | _SUBJECT_PRONOUNS | WH


def _verb_here(words: list[str], n: int) -> bool:
    """'still go' in 'the booster reminders still go is out': a verb's base form after an adverb (or a
    word that can only be a verb) right before a finite verb; 'the plan is' is a noun and its verb."""
    word = words[n]
    if word.endswith(("ed", "ing")):
        return False
    if _only_verb(word):
        return True
    found = lemmas(word)
    return "VERB" in found and found["VERB"][0] == word and words[n - 1] in _ADVERBS


# 'barbers are mostly booth-renters, not employees': a short contrast closing the clause is English, not an aside
_CONTRAST = re.compile(r", not (?:a |an |the )?[\w-]+(?: [\w-]+)?$")


def _list_commas(text: str) -> bool:
    """'Atoll, drive test data and LTE' (short items, then 'and'): a list, which a sentence holds."""
    parts = [p.strip() for p in text.split(",")]
    return (
        " and " in parts[-1]
        and all(0 < len(p.split()) <= 3 and not any(ch.isdigit() for ch in p) for p in parts[:-1])
        and not any(w in FINITE for w in words_of(text))
    )


# Abstract nouns, which stand as subjects without an article like 'data' or 'churn' do.
_ABSTRACT_ENDINGS = ("ism", "ness", "ity", "ance", "ence")


def _mass_subject(text: str) -> bool:
    """'housekeeping plans the Sunday rota', 'finance books …': a department or a mass noun alone before its verb,
    which takes no article (writer/countable.py's counts)."""
    from afterview.writer.countable import countable

    words = words_of(text)
    first = words[1] if words and words[0] in WH and len(words) > 2 else (words[0] if words else "")
    second = words[words.index(first) + 1] if first and words.index(first) + 1 < len(words) else ""
    return bool(first) and first.endswith("ing") and countable(first) is False and bool(second)


def _bare_subject(text: str) -> bool:
    """'manager wants someone to own …', 'city won a grant': a lowercase singular count noun with no
    article, then its verb."""
    raw = text.split()
    words = words_of(text)
    if len(words) < 2 or not raw[0][:1].islower() or not raw[0].isalpha():
        return False
    first = words[0]
    if first in DETERMINERS or first in _SUBJECT_PRONOUNS or first in WH or first.endswith("s"):
        return False
    found = lemmas(first)
    second = words[1]
    # 'new packhouse in Hastings opened in October': an adjective, a singular noun, later its verb
    if "ADJ" in found and second.isalpha() and second not in _BARE_OK:
        at = next((n for n in range(1, len(words)) if _finite_verb(words, n)), None)
        subject = words[:at] if at else []
        for n, word in enumerate(subject):  # 'new packhouse in Hastings': the noun before the phrase
            if word in PREPOSITIONS:
                subject = subject[:n]
                break
        head = subject[-1] if len(subject) > 1 else ""
        noun = "NOUN" in lemmas(head) or (head.isalpha() and not lemmas(head))
        abstract = head.endswith(_ABSTRACT_ENDINGS)  # 'chronic absenteeism is …', 'staff readiness is …': no article
        return noun and not head.endswith("s") and head not in _BARE_OK and not _only_verb(head) and not abstract
    verb = words[1]
    takes_object = len(words) > 2 and (words[2] in DETERMINERS or words[2] in ("someone", "to", "something"))
    said = verb not in FINITE and (_only_verb(verb) or (verb.endswith("s") and takes_object))
    return "NOUN" in found and "ADJ" not in found and said


def reads_well(text: str | None, form: str = "noun") -> bool:
    return bool(text) and problem(str(text), form) is None


# `problem` by its rules alone, no tagger: for writer/named_item.py, whose sentence the last gate checks whole
rules_problem = _problem
