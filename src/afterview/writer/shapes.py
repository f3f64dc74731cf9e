"""The grammatical shape of a notes item: a clause, a verb phrase, a gerund, a job or a noun phrase.

Each frame of the writer only takes items it can hold ("about …" takes a noun phrase, "that …" a
clause). Lemmas and inflections come from lemminflect, loaded on first use.
"""

from __future__ import annotations

import re

from afterview.shorthand_words import SPELLED
from afterview.writer.lemma import lemmas as lemmas  # re-exported: every writer module asks shapes
from afterview.writer.phrasing import clean, dash_aside, material_first, starts_with_past_verb
from afterview.writer.role_phrase import participle_adjective as _participle_adjective
from afterview.writer.role_phrase import participle_role as participle_role
from afterview.writer.role_phrase import role_head as _role_head
from afterview.writer.state_measure import names_a_measure

WH = {"how", "why", "what", "where", "when", "whether", "who", "which"}
DETERMINERS = {
    "the", "a", "an", "our", "their", "your", "his", "her", "its", "my", "this", "that", "these", "those",
    "some", "many", "most", "every", "each", "all", "no", "both", "more", "less", "two", "three",
}  # fmt: skip
PREPOSITIONS = {
    "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "across", "over", "under", "about",
    "after", "before", "between", "through", "during", "without", "within", "per", "via", "and", "or",
}  # fmt: skip
FINITE = {
    "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should", "must",
    "does", "do", "did", "may", "might", "isn't", "aren't", "doesn't", "don't", "can't", "won't",
}  # fmt: skip


_NOT_FINITE = {"still", "now", "often", "also", "always", "even", "just", "only", "well", "very", "too", "so"}


def _can_be_verb(word: str) -> bool:
    return "VERB" in lemmas(word)


def words_of(text: str) -> list[str]:
    return [w.strip(",;:.!?()\"'").lower() for w in text.split()]


_RATE_UNITS = frozenset("day week month year shift night season quarter term hour".split())


def is_clause(text: str) -> bool:
    """'nightly batch jobs page the on-call team', 'The build takes two hours': a subject and a
    finite verb. 'moving billing to event sourcing', 'the move from VMs to Kubernetes', '4 seasons
    field agronomist' (a time in a job): no."""
    words = words_of(text)
    if len(words) < 2 or words[0] in WH or words[0].endswith("ing") or tenure(text):
        return False
    if words[0] in {"i", "we", "they", "he", "she", "it", "you"}:
        return True
    raw = text.split()
    for n in range(1, min(len(words), 11)):
        word, before = words[n], words[n - 1]
        if raw[n][:1].isupper():  # 'the 6 RS Quest boats': a capitalised word mid-item is a name, not the verb
            continue
        # a hyphenated subject is a word too ('stand-downs idle whole crews')
        if before in DETERMINERS or before in PREPOSITIONS or before in WH or not before.replace("-", "").isalpha():
            continue
        if n == 1 and _participle_adjective(before):  # 'stuck ferments in the chardonnay': a noun phrase
            continue
        if word in _NOT_FINITE:  # 'builds still slow': an adverb, not the verb "to still"
            continue
        if word in FINITE:
            return True
        if n + 1 >= len(words) or word.endswith("ing") or not word.replace("-", "").isalpha() or not _can_be_verb(word):
            continue
        lemma = lemmas(word)["VERB"][0]
        if before in _NOT_FINITE and n >= 2:  # 'reminders still go out': the subject is before the adverb
            before = words[n - 2]
        elif before in _RATE_UNITS and n >= 3 and words[n - 2] in ("a", "an", "per", "each"):
            before = words[n - 3]  # '2 late sessions a week need covering': the subject is before its rate
        nounish = "NOUN" in lemmas(word) and (words[n + 1] in PREPOSITIONS or words[n + 1] in ("that", "which", "who"))
        third_person = word.endswith("s") and lemma != word and not before.endswith("s") and not nounish
        plural = lemma == word and before.endswith("s") and not before.endswith("ss")
        past = (word.endswith("ed") and word != lemma) or _irregular_past(word, lemma, words[n + 1])
        if third_person or plural or past:
            return True
    return False


def _irregular_past(word: str, lemma: str, after: str) -> bool:
    """'ate', 'grew', 'fell': a past tense that is no noun ('markdowns ate margin last fall'); one that may
    be ('left', 'found') when a preposition or a determiner follows ('growers left for the co-op')."""
    if word == lemma:
        return False
    if ("NOUN" in lemmas(word) or "ADJ" in lemmas(word)) and after not in PREPOSITIONS and after not in DETERMINERS:
        return False
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return word in lemminflect.getInflection(lemma, "VBD")


_SPANS = {"yr": "year", "yrs": "years", "yr.": "year", "yrs.": "years"}
_TENURE = re.compile(
    r"^(?P<n>\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
    r"(?P<span>years?|yrs?\.?|seasons?|harvests?|vintages?|months?|summers?|winters?|semesters?|terms?)\s+"
    r"(?:as\s+)?(?:an?\s+)?(?P<role>[^,;()]+)$",
    re.I,
)


def tenure(text: str) -> tuple[str, str] | None:
    """'4 seasons field agronomist' → ('four seasons', 'field agronomist'); '6 yrs charge nurse' →
    ('six years', 'charge nurse'): a time spent in a job, jotted without "as". None for anything else
    ('10 years of Go', '3 harvests ran the lab')."""
    found = _TENURE.match(text.strip().rstrip("."))
    if not found:
        return None
    role = found.group("role").strip()
    if not _role_head(role) or any(w in FINITE for w in words_of(role)) or role.split()[0].lower() in PREPOSITIONS:
        return None
    return spelled_span(found.group("n"), found.group("span")), role


def spelled_span(n: str, span: str) -> str:
    """'4', 'yrs' → 'four years': a time spent as said in a sentence."""
    return f"{SPELLED.get(n, n.lower())} {_SPANS.get(span.lower(), span.lower())}"


def _tenure_after(text: str) -> tuple[str, str] | None:
    """'second brewer at a 20 hL brewpub, 3 yrs' → ('three years', 'second brewer at a 20 hL brewpub'): the time
    in a job jotted after it. None for anything else."""
    role, sep, spent = text.strip().rstrip(".").rpartition(", ")
    found = tenure(f"{spent} {role}") if sep and re.fullmatch(r"\S+\s+\S+", spent) else None
    return found if found and found[1] == role and "," not in role else None


def lower_first(text: str) -> str:
    first, _, rest = text.partition(" ")
    second = rest.split(maxsplit=1)[0] if rest else ""
    if not second or not second[:1].islower():
        return text  # "Python", "Series B funding": a name, not a sentence's capital
    if re.match(r"(?:and|\+|&|or)\s+[A-Z][a-z]", rest):
        return text  # 'Limerick + Minneapolis teams': a name paired with a name is one too, never 'limerick'
    if first[:1].isupper() and first[1:].islower() and len(first) > 3 and lemmas(first.lower()):
        return first.lower() + (" " + rest if rest else "")
    return text


_ASIDE = re.compile(r"\s*\([^()]*\)")


_OUR = re.compile(r"\bour\b")
# 'helped move our lab to scans': a workplace of the candidate's, which "the lab" would make the reader's own (a note
# to a lab owner); said as the candidate's ('my lab')
_OUR_PLACE = re.compile(
    r"\bour (?=(?:lab|laboratory|team|shop|clinic|practice|plant|kitchen|store|office|site|school|ward|warehouse|"
    r"restaurant|firm|company|department|unit|branch|studio|bakery|brewery|hotel|library|museum|garage|depot|"
    r"hospital|workshop|mill|farm|salon|pharmacy|newsroom|agency|charity|cooperative|co-op)s?\b)"
)


def strip_i(item: str) -> str:
    """The candidate's item without its "I" and without asides in brackets ('(shipped 2024)'), which
    read as pasted notes in a sentence."""
    from afterview.writer.measure import deed_only

    # 'automated X -> drive days cut by a third': the deed; its outcome is said by measure.with_result
    text = deed_only(dash_aside(_ASIDE.sub("", clean(item)).strip()))
    text = text[2:] if text.startswith("I ") else text
    text = _OUR_PLACE.sub("my ", text)  # 'helped move our lab …': the candidate's workplace, never the reader's
    text = _OUR.sub("the", text)  # 'calibrated our propagation model at X': a former team's, not the reader's
    head, sep, tail = text.partition(", ")
    if sep and _verb_first(tail) != _verb_first(head) and not is_clause(head):
        return head  # 'licensed ham radio operator, track NOAA weather sats': two notes in one line
    if sep and _verb_first(head) and _verb_first(tail) and ", " not in tail and " and " not in text:
        return f"{head} and {tail}"  # 'wrote Sigma rules, cut false positives by half': two deeds, one sentence
    return text


def having(item: str) -> str | None:
    """'validated 60+ models at X' → 'having validated 60+ models at X', for "Having …, I would …";
    None when the item does not start with a verb in the past."""
    text = strip_i(item)
    if not (starts_with_past_verb(text) or _verb_first(text)) or participle_role(text):
        return None
    verb, _, rest = text.partition(" ")
    if "," in rest or (" and " in rest.split(" to ")[0] and _verb_first(rest.split(" and ", 1)[1])):
        return None  # a list of things done reads as a list, not as one "Having …"
    verbs = lemmas(verb.lower()).get("VERB")
    if not verbs or ";" in rest or " and I " in rest:
        return None
    import lemminflect

    forms: tuple[str, ...] = lemminflect.getInflection(verbs[0], "VBN")
    return "having " + (forms[0] if forms else verb.lower()) + (" " + rest if rest else "")


def highlight_clause(item: str) -> str | None:
    """'led the Kafka migration' → 'I led the Kafka migration'; None for a noun phrase."""
    text = strip_i(item).replace("; ", ", and ")  # 'wrote a script; it flagged $41k' reads as one clause
    if participle_role(text):
        return None
    spent = tenure(text)
    if spent:  # '4 seasons field agronomist' → 'I spent four seasons as a field agronomist'
        return f"I spent {spent[0]} as {_article(lower_first(spent[1]))}"
    if names_a_measure(text):  # 'failed payouts 3.2% -> 0.8%' names a measure: 'failed' is no deed of mine
        return None
    if starts_with_past_verb(text):
        return "I " + text
    if _verb_first(text) or present_verb_first(text):
        return "I " + text[:1].lower() + text[1:]
    return None


def present_verb_first(text: str) -> bool:
    """'speak Mandarin', 'teach an evening class', 'coach a youth team': a verb in the present with
    its object, which reads after "I" and never after "my"."""
    words = text.split()
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower():
        return False
    first, second = words[0], words[1].strip(",;:")
    verbs = lemmas(first).get("VERB")
    if not verbs or verbs[0] != first:
        return False
    return second.lower() in DETERMINERS or second[:1].isupper() or second[:1].isdigit()


def highlight_noun(item: str) -> str:
    """A highlight after "experience of"/"bring": 'leading the Kafka migration', 'ten years of Go'."""
    text = strip_i(item)
    if not starts_with_past_verb(text) and not _verb_first(text):
        return text
    verb, _, rest = text.partition(" ")
    verbs = lemmas(verb.lower()).get("VERB")
    if not verbs:
        return text
    import lemminflect

    forms: tuple[str, ...] = lemminflect.getInflection(verbs[0], "VBG")
    return (forms[0] if forms else verb) + (" " + rest if rest else "")


# --- What grammatical shape an item has, so each frame only takes items it can hold ---------

_CONTRACTED = re.compile(r"^(?:i|we|they|you|he|she|it)'(?:re|s|ve|ll|d|m)$")


# Head nouns that name a job: "charge nurse on a cardiac ICU", "tech lead for payments".
def _verb_first(text: str) -> bool:
    """'spoke at a CIPD event', 'Renewed my licence', 'speedrun Celeste': starts with a verb."""
    first = text.split(maxsplit=1)[0].strip(",;:") if text.strip() else ""
    if not first or not first.isalpha() or material_first(text):  # 'felt hat blocking' is a craft, no deed
        return False
    if first[0].isupper() and not first[1:].islower():
        return False
    word = first.lower()
    if starts_with_past_verb(word):
        return True
    found = lemmas(word)
    if "VERB" not in found or word.endswith("ing"):
        return False
    rest = text.split()[1:2]
    if rest and rest[0].lower() == "of" and "NOUN" in found:
        return False  # 'crew of 14' is a crew, not the past of 'crow'
    import lemminflect

    past: tuple[str, ...] = lemminflect.getInflection(found["VERB"][0], "VBD")
    return word in past and len(text.split()) > 1


def classify(item: str) -> str:
    """The shape of a notes item: 'clause' (a subject and a finite verb), 'verb' (a verb phrase in
    the past: 'led the migration'), 'gerund' ('leading the migration'), 'role' (a job as a noun
    phrase: 'charge nurse on a cardiac ICU') or 'noun' (any other noun phrase)."""
    text = strip_i(item)
    words = words_of(text)
    if not words:
        return "noun"
    if participle_role(text):
        return "role"
    if _CONTRACTED.match(words[0]) or is_clause(text) or telegraphic(text):
        return "clause"
    if words[0].endswith("ing") and "VERB" in lemmas(words[0]) and words[0] not in ("during", "morning", "evening"):
        return "gerund"
    if _verb_first(text):
        return "verb"
    if _role_head(text):
        return "role"
    return "noun"


def telegraphic(text: str) -> tuple[str, str] | None:
    """'CIPD certification renewed' → ('CIPD certification', 'renewed'): notes shorthand for a clause
    without its auxiliary ("… was renewed"). None for anything else."""
    words = text.split()
    if len(words) < 2 or any(w.lower() in FINITE for w in words):
        return None
    last, before = words[-1].lower().strip(".,;:!"), words[-2].lower()
    if not last.endswith("ed") or "VERB" not in lemmas(last) or before in ("i", "we", "you", "they", "he", "she"):
        return None
    if before in PREPOSITIONS or before in DETERMINERS or ("VERB" in lemmas(before) and "NOUN" not in lemmas(before)):
        return None
    return " ".join(words[:-1]), last


# letters whose names start with a vowel sound: 'an RFID pilot', 'an MRP rollout', 'a KPI audit'
_VOWEL_LETTERS = set("AEFHILMNORSX")


def _article(phrase: str) -> str:
    word = phrase.split(maxsplit=1)[0] if phrase else ""
    first = word.lower()
    if first in DETERMINERS or first[:1].isdigit():
        return phrase
    if word.isupper() and len(word) > 1:  # an acronym said by its letters
        vowel = word[0] in _VOWEL_LETTERS
    else:
        vowel = first[:1] in "aeio" or (first[:1] == "u" and not first.startswith(("uni", "use", "usu")))
    return ("an " if vowel else "a ") + phrase


def experience_noun(item: str) -> str | None:
    """A highlight as a noun phrase that fits after "I would bring" or "I think … would help":
    'my experience leading …', 'my experience as a charge nurse …', 'my ten years of Go'.
    None when the item cannot be made into one (a full clause)."""
    text = strip_i(item)
    if not any(ch.isalnum() for ch in text):
        return None  # nothing to say: "." or "I" alone
    spent = tenure(text) or _tenure_after(text)
    if spent:  # '4 seasons field agronomist' → 'my four seasons as a field agronomist'
        return f"my {spent[0]} as {_article(lower_first(spent[1]))}"
    shape = classify(text)
    if shape == "clause" or present_verb_first(text):
        return None
    if text.lower().endswith(" certified"):  # 'CCRN certified' → 'my CCRN certification'
        return "my " + text[: -len("certified")] + "certification"
    if shape in ("verb", "gerund"):
        return "my experience " + lower_first(highlight_noun(text))
    if shape == "role":  # a size jotted after the job ('…, 600k words, 9 months') is an aside a noun frame drops
        job = text.split(", ")[0]
        spent = tenure(job)
        if spent:  # '2 yrs tier-1 SOC analyst at …, night shift' → 'my two years as a tier-1 SOC analyst at …'
            return f"my {spent[0]} as {_article(lower_first(spent[1]))}"
        return "my experience as " + _article(lower_first(job))
    first = text.split(maxsplit=1)[0].lower()
    if first in ("a", "an", "the", "this", "that"):
        return "my experience with " + lower_first(text)
    if first in DETERMINERS or first in PREPOSITIONS:
        return text if first in ("my", "your") else None
    return "my " + text
