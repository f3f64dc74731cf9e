"""The part of a jotted notes item a sentence can hold, and whether it is a clause or a noun phrase.

People jot run-ons ("court data copied by hand every week, one intern does it"), asides after a
dash or a colon ("1/1 reinsurance renewal - how much cat cover to buy this year") and fragments
with their verb left out ("donor base aging"). Pasted whole into a frame they read as notes. The
writer says fewer things, each well: the head of the item (its first clause or noun phrase), as a
clause only when one can be made with confidence ("the donor base is aging"), else as a noun
phrase ("the county eviction records story you want done …") that a frame names by "about …".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from afterview.guardrails.dates import WEEKDAYS
from afterview.writer.fragments import with_copula
from afterview.writer.lemma import NO_OBJECT as _NO_OBJECT
from afterview.writer.np_article import bare_subject
from afterview.writer.participle_forms import CHANGES, counted, no_object_after, past_participle
from afterview.writer.role_phrase import role_head as _role_head
from afterview.writer.shapes import DETERMINERS, FINITE, PREPOSITIONS, WH, is_clause, lemmas, words_of
from afterview.writer.too_predicate import too_clause

# Where an aside starts: a dash, a colon, a semicolon, a bracket, an arrow.
_SEPARATOR = re.compile(r"\s+[-–—]+\s+|\s*:\s+|\s*;\s+|\s+\(|\s+->\s+")
_PRONOUNS = {"i", "we", "they", "he", "she", "you", "it"}
# Words after which a pronoun starts a new clause rather than a relative one ("story she wants").
_JOINERS = {"and", "but", "so", "because", "when", "if", "that", "since", "while", "as", "or", "how", "why", "what"}
# Predicates jotted without their verb: "backlist sales down", "predictions off by 8 dB".
_STATE = {"down", "up", "off", "behind", "late", "flat", "out", "overdue", "ahead"}


def head(text: str) -> str:
    """The first clause or noun phrase of an item: 'donor base aging, median age 71' → 'donor base
    aging'; 'endowment campaign: $18M goal' → 'endowment campaign'; 'hybrid: 3 days in the office'
    → '3 days in the office' (one word before a colon is a label). A list of short noun phrases
    ('Atoll, drive test data') stays whole."""
    text = text.strip()
    # an arrow between two counts is a change ('cut dispensing errors 14 -> 5/quarter'), never where an aside starts
    found = next((m for m in _SEPARATOR.finditer(text) if not _change_arrow(text, m)), None)
    if found and found.start() > 0:
        first, rest = text[: found.start()].strip(), text[found.end() :].strip().rstrip(")").strip()
        if ":" in found.group() and len(first.split()) == 1 and rest:
            rest = head(rest)  # 'hybrid: 3 days in the office' → 'the 3 days in the office'
            return "the " + rest if rest[:1].isdigit() else rest
        text = first
    if ", " in text:
        first, rest = text.split(", ", 1)
        if first and _aside(rest):
            text = first
    # 'club wants to host …' → 'the club wants to host …': a subject jotted without its article (np_article.py)
    return bare_subject(_without_size(text.strip()))


_COUNT_BEFORE = re.compile(r"[~$£€]?\d[\d.,]*\s?(?:%|k|m)?(?:\s*/\s*[a-z]+)?$", re.I)
_COUNT_AFTER = re.compile(r"^[~≈]?\s?[$£€]?\d")


def _change_arrow(text: str, found: re.Match[str]) -> bool:
    """Whether a separator is an arrow from one count to another ('14 -> 5', '~30/mo -> ~18')."""
    if "->" not in found.group():
        return False
    return bool(_COUNT_BEFORE.search(text[: found.start()]) and _COUNT_AFTER.match(text[found.end() :]))


# a noun phrase jotted with its size after it: 'shark lagoon 1.2M L', 'cold store 4,000 m2', 'main kiln 3,200 t/day'
_UNIT = r"[A-Za-z]{1,3}[23]?(?:/[A-Za-z]{1,4})?"  # 'L', 'm2', 'ppm', 't/day', 'MW'; never a noun ('14 gensets')
_SIZED = re.compile(rf"^(?P<np>[a-z][a-z-]+(?: [a-z][a-z-]+){{1,3}}) ~?\d[\d.,]*\s?{_UNIT}(?: {_UNIT})?$")


def _without_size(text: str) -> str:
    """'shark lagoon 1.2M L' → 'shark lagoon': the size is an aside a sentence cannot hold after its noun (a figure
    with no unit, 'dock KPI 2.1', stays: it is the item, and the gate decides)."""
    found = _SIZED.match(text)
    if not found:
        return text
    words = found.group("np").split()
    verbish = any("VERB" in lemmas(w) and "NOUN" not in lemmas(w) for w in words)
    if verbish or (words[-1].endswith("s") and "VERB" in lemmas(words[-1])) or is_clause(found.group("np")):
        return text  # 'team wants 95 seats', 'swab results take 48h': a clause of theirs, its figure its object
    return found.group("np")


_WHEN_WORDS = {
    *(d + s for d in WEEKDAYS for s in ("", "s")),
    "weekly", "daily", "monthly", "quarterly", "yearly", "annually", "mornings", "evenings", "weekends", "nightly",
}  # fmt: skip


def _aside(rest: str) -> bool:
    """What follows a comma is a second thought (a clause, a figure), not the next item of a list."""
    words = words_of(rest)
    if not words:
        return False
    return (
        (len(words) == 1 and words[0] in _WHEN_WORDS)  # 'cupping with the farms, Fridays': when, an aside
        or len(words) > 3
        or any(ch.isdigit() for ch in rest)
        or words[0] in DETERMINERS
        or any(w.endswith("n't") for w in words)
        or is_clause(rest)
    )


def _relative(words: list[str]) -> bool:
    """'county eviction records story she wants done': a pronoun inside a noun phrase starts a relative clause."""
    return any(
        w in _PRONOUNS and words[n - 1] not in _JOINERS and words[n - 1] not in PREPOSITIONS
        for n, w in enumerate(words)
        if n > 0
    )


def _noun_compound(words: list[str]) -> bool:
    """'major gifts pipeline': a short run of nouns, not a subject and its verb."""
    return (
        len(words) <= 3
        and all("NOUN" in lemmas(w) or not lemmas(w) for w in words[1:])
        and ("VERB" not in lemmas(words[-1]))
    )


def verb_first(text: str) -> str | None:
    """'lost 3 cellar hands this year', 'want someone in the seat by January': the subject left out.
    The verb as it stands, or None ('stuck ferments …' is an adjective and its noun)."""
    words = words_of(text)
    if len(words) < 2 or not words[0].isalpha():
        return None
    found = lemmas(words[0])
    if "VERB" not in found or any(w.endswith("n't") or w in FINITE for w in words[1:]):
        return None
    lemma, nxt = found["VERB"][0], words[1]
    if nxt == "of" and "NOUN" in found:
        return None  # 'crew of 14' is a crew, not the past of 'crow'
    if _past_tense(words[0], lemma):
        adjective = "ADJ" in found or "NOUN" in lemmas(nxt)  # 'stuck ferments', 'lapsed subscribers'
        # 'crew rotas in winter': a noun before a word the lexicon does not know is that noun, not 'crow' in the past
        adjective = adjective or ("NOUN" in found and not lemmas(nxt))
        return words[0] if nxt in DETERMINERS or nxt[:1].isdigit() or not adjective else None
    if lemma == words[0] and (nxt in DETERMINERS or nxt in ("someone", "something", "to", "half", "both")):
        return words[0]
    return None


def _past_tense(word: str, lemma: str) -> bool:
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return bool(lemma) and word != lemma and word in lemminflect.getInflection(lemma, "VBD")


def gerund(text: str) -> str:
    """'lost 3 cellar hands this year' → 'losing 3 cellar hands this year'."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    first, _, rest = text.partition(" ")
    lemma = lemmas(first.lower()).get("VERB", (first.lower(),))[0]
    forms = lemminflect.getInflection(lemma, "VBG")
    return f"{forms[0] if forms else first} {rest}".strip()


def _nominal_run(words: list[str], k: int) -> bool:
    """The first `k` words can be a subject noun phrase: nouns, names, figures, a leading determiner."""
    for n, w in enumerate(words[:k]):
        # '1 in 10 hearings', '2 of 5 kilns': a preposition between two figures is part of the count
        if n < k - 1 and counted(words, n):
            continue
        if n == 0 and w in _ABOUT and k > 1 and words[1][:1].isdigit():
            continue
        if w in PREPOSITIONS or w in FINITE or w in _PRONOUNS or (w in DETERMINERS and n > 0):
            return False
        if not (w.isalpha() or w[:1].isdigit() or "-" in w or "." in w):
            return False
        found = lemmas(w)
        if found and "NOUN" not in found and "ADJ" not in found and not (n == 0 and w in DETERMINERS):
            return False
    last = words[k - 1]
    return last not in DETERMINERS and ("NOUN" in lemmas(last) or not lemmas(last))


def participle_copula(text: str) -> tuple[str, str, str] | None:
    """'court data copied by hand every week' → ('court data', 'is', 'copied by hand every week');
    'backlist sales down' → ('backlist sales', 'are', 'down'); 'propagation model not tuned for …' →
    ('propagation model', 'is', 'not tuned for …'). A past participle said of a noun (followed by an
    agent, a preposition or the end, never an object), or a state word."""
    raw = text.split()
    words = words_of(text)
    about = words[0] in _ABOUT and len(words) > 1 and words[1][:1].isdigit()  # 'about 1 in 10 hearings …'
    if len(words) < 2 or words[0] in WH or (words[0] in PREPOSITIONS and not about) or words[0] in _PRONOUNS:
        return None
    for k in range(1, min(len(words), 7)):
        if words[k - 1] in _VERB_ADVERBS:  # 'reminders still go out by post': a verb is already there
            return None
        negated = words[k] == "not" and k + 1 < len(words)
        word = words[k + 1] if negated else words[k]
        after = words[k + 2] if negated and k + 2 < len(words) else words[k + 1] if k + 1 < len(words) else ""
        found = lemmas(word)
        past = (
            "VERB" in found and found["VERB"][0] != word and not word.endswith("ing") and past_participle(word, found)
        )
        participle = past and (after == "" or after in PREPOSITIONS or after in _TIME or no_object_after(after))
        attributive = word in _STATE and "NOUN" in lemmas(after) and not past  # '2 late sessions a week …': a noun's
        if participle or (word in _STATE and not attributive):
            if not _nominal_run(words, k) or counted_verb(words[:k]):
                return None
            count = next((j for j in range(1, k) if words[j][:1].isdigit()), None)
            while count is not None and count > 1 and words[count - 1] in _ABOUT:  # 'more than 40 models ahead'
                count -= 1
            if word in _STATE and count is not None and _nominal_run(words, count):
                k = count  # 'shipments 2 weeks late': the count is how late ('are 2 weeks late', never 'weeks are')
            last = words[k - 1]
            plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
            rest = " ".join(raw[k:])
            if past and found["VERB"][0] in CHANGES:  # 'sales dropped after the launch': their own verb
                return " ".join(raw[:k]), "", rest
            if past and _PAST_WHEN.search(rest):
                # an event on a past date ('compressor died twice last Jan', 'pump recalibrated in October'): a verb
                # that takes no object is the clause's own verb (never 'is died'); any other is said in the past
                if found["VERB"][0] in _NO_OBJECT:
                    return " ".join(raw[:k]), "", rest
                return " ".join(raw[:k]), "were" if plural else "was", rest
            return " ".join(raw[:k]), "are" if plural else "is", rest
        if counted(words, k):  # '2 of 5 kilns …': the count goes on
            continue
        if word in PREPOSITIONS or word in FINITE:
            return None
    return None


def counted_verb(words: list[str]) -> bool:
    """A verb's -s form before a count ('sensor data lands 2 days late', 'payroll runs 3 days behind'): the
    words already have their verb, whatever a tagger makes of 'lands'; no copula is put in ('lands 2 days are')."""
    return any(
        "VERB" in lemmas(w)
        and words[j - 1] not in DETERMINERS  # 'their returns 12% of sales': a noun
        and (
            (w.endswith("s") and not w.endswith("ss"))  # 'data lands 2 days late'
            or (w == lemmas(w)["VERB"][0] and words[j - 1].endswith("s"))  # 'cycle counts run 2 days late'
        )
        and words[j + 1][:1].isdigit()
        and j + 2 < len(words)
        and words[j + 2] in _SPANS
        for j, w in enumerate(words[1:-1], start=1)
    )


_SPANS = {
    "min",
    "mins",
    "minutes",
    "hr",
    "hrs",
    "hours",
    "day",
    "days",
    "wk",
    "wks",
    "week",
    "weeks",
    "month",
    "months",
}


_ABOUT = {"more", "than", "over", "about", "around", "almost", "nearly", "under", "fewer", "less", "roughly", "some"}
_VERB_ADVERBS = {"still", "now", "often", "always", "never", "also", "usually", "already", "rarely", "sometimes"}
_TIME = {"every", "each", "weekly", "daily", "monthly", "twice", "once", "again", "last", "this"}
# words that date an event in the past: 'last Jan', 'in October', 'in 2025', '3 weeks ago', 'yesterday'
_PAST_WHEN = re.compile(
    r"\b(?:last\s+\w+|yesterday|ago|in\s+(?:(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*)\b",
    re.I,
)


def ing_fragment(text: str) -> tuple[str, str] | None:
    """'Leeds scheme going into RIBA Stage 4', 'donor base aging': a noun and an -ing form with no finite
    verb, as (noun, rest): a noun phrase, never made a clause (it may as well be 'packet parsing')."""
    words = words_of(text)
    if any(w in FINITE or w.endswith("n't") for w in words):
        return None
    raw = text.split()
    for k in range(1, min(len(words), 6)):
        if words[k].endswith("ing") and len(words[k]) > 4:
            return (" ".join(raw[:k]), " ".join(raw[k:])) if _nominal_run(words, k) else None
        if words[k] in PREPOSITIONS:
            return None
    return None


_WANTING = {"needs", "requires"}  # a thing's need; a person's wish ('manager wants …') is said by its head
_SUBJECTS = {"i", "we", "you", "they", "he", "she", "it", "everyone", "nobody", "someone"}


def as_clause(text: str, article: Callable[[str], str] = str) -> str | None:
    """The head as a clause for "that …", `article` giving a bare subject its article ('the donor base is aging')."""
    words = words_of(text)
    if len(words) < 2 or words[0] in WH:
        return None
    if too := too_clause(text):  # 'agency spend too high' → 'the agency spend is too high': the verb put back
        return too
    if words[0].endswith("ing"):  # 'onboarding ~3 mos' → 'onboarding takes about 3 months'
        found_copula = with_copula(text)
        return " ".join((article(found_copula[0]), *found_copula[1:])) if found_copula else None
    if _relative(words) or _noun_compound(words) or ing_fragment(text):
        return None
    wanting = next((n for n, w in enumerate(words[1:5], start=1) if w in _WANTING), None)
    if wanting and not any(w in FINITE for w in words[:wanting]) and not _role_head(" ".join(text.split()[:wanting])):
        # 'airport extension needs CBTC integrated by 2028': a subject and its verb of wanting, already a clause
        # (never 'the airport extension needs CBTC is integrated')
        parts = text.split()
        subject = " ".join(parts[:wanting])
        bare = subject[:1].islower() and words[0] not in DETERMINERS and words[0] not in _SUBJECTS
        return f"{'the ' + subject if bare else subject} {' '.join(parts[wanting:])}"
    found_past = participle_copula(text)
    if found_past and words_of(found_past[2])[:1] in (["out"], ["off"], ["up"]):
        found_past = None  # 'AOG parts push checks out': a particle, not 'checks are out'
    if found_past and not any(w in FINITE or w.endswith("n't") for w in words):
        noun, verb, rest = found_past  # 'court data copied by hand' is not 'the team copied it'
        return " ".join(w for w in (article(noun), verb, rest) if w)
    if any(w.endswith("n't") for w in words[1:]) or is_clause(text) or counted_verb(words):
        return text
    found = with_copula(text)
    if found:
        noun, verb, rest = found
        if words_of(rest)[-1:] and words_of(rest)[-1] in _STATE and verb in ("take", "takes"):
            verb = "are" if verb == "take" else "is"  # '6 weeks behind': late, not a duration
        return f"{article(noun)} {verb} {rest}"
    found = participle_copula(text)
    if found:
        noun, verb, rest = found
        return " ".join(w for w in (article(noun), verb, rest) if w)
    return None


def fragment_noun(text: str, article: Callable[[str], str] = str) -> str | None:
    """An -ing fragment as a noun phrase with its article: 'the Leeds scheme going into RIBA Stage 4'."""
    found = ing_fragment(text)
    return f"{article(found[0])} {found[1]}" if found else None


def gerund_phrase(words: list[str]) -> bool:
    """'testing multiplayer matchmaking', 'onboarding new nurses faster': a verb's -ing form with its object and
    no finite verb after it is already a noun phrase (never 'how testing is multiplayer matchmaking')."""
    if len(words) < 2 or not words[0].isalpha() or not words[0].endswith("ing") or words[0] in WH:
        return False
    if "VERB" not in lemmas(words[0]):
        return False
    if words[1].endswith("s") and "VERB" in lemmas(words[1]):  # 'auditing takes two weeks': its verb
        return False
    return not any(w in FINITE or w.endswith("n't") or w in ("is", "are", "was", "were") for w in words[1:])
