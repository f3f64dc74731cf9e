"""The article a noun phrase led by a name or an acronym needs in a sentence: a singular count noun after the name
takes 'the' ('passed the HACCP Level 3 refresher', 'the Keong Saik flagship got …', 'the Lisbon office opened');
a name alone ('Gainsight', 'Acme Corp'), a plural ('Michelin stars'), a phrase with its own determiner or number
stays as it is. 'record 410,000 visitors' is 'a record 410,000 visitors'."""

from __future__ import annotations

import re

from afterview.writer.lemma import lemmas
from afterview.writer.phrase_kind import plural

_DETERMINERS = frozenset(
    "a an the my our your their his her its this that these those some any no each every all both another".split()
)
_PREPOSITIONS = frozenset("in on at for of to from with by about over under during after before since into".split())
# verbs after which the candidate's own news names a thing done: 'passed', 'finished', 'earned' (never 'joined Acme')
_ACHIEVED = frozenset(
    "passed finished completed earned obtained gained got received started began attended took won renewed sat "
    "achieved".split()
)
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ness|ship|ism|ing|ics)$")
_RECORD = re.compile(r"^record (?=[\d$£€])", re.I)


def _named_count_phrase(words: list[str]) -> bool:
    """Whether words (up to a preposition) are a name or an acronym and then a singular count noun, lower case:
    'HACCP Level 3 refresher', 'Keong Saik flagship', 'Lisbon office'."""
    phrase: list[str] = []
    for word in words:
        if word.lower() in _PREPOSITIONS:
            break
        phrase.append(word)
    if len(phrase) < 2 or phrase[0].lower() in _DETERMINERS or not phrase[0][:1].isupper():
        return False
    head = phrase[-1].strip(",;:.")
    if not head.isalpha() or not head.islower() or (head.endswith("s") and not head.endswith(("ss", "us", "is"))):
        return False
    found = lemmas(head)
    return "NOUN" in found and "'" not in " ".join(phrase)


def object_article(clause: str) -> str:
    """'I passed HACCP Level 3 refresher' → 'I passed the HACCP Level 3 refresher'; other clauses as they are."""
    words = clause.split()
    if len(words) < 4 or words[0] != "I" or words[1].lower() not in _ACHIEVED:
        return clause
    part = _NAMED_PART.match(" ".join(words[2:]))
    if part and re.fullmatch(r"[A-Z][A-Z0-9&-]+", part.group("name")):  # 'passed WSET level 2': a grade of an
        return clause  # acronym's scheme, never 'level 2 of the WSET' (run28)
    if part:  # 'passed IBD Diploma in Brewing module 2' → 'passed module 2 of the IBD Diploma in Brewing'
        return " ".join([*words[:2], part.group("part"), "of the", part.group("name")])
    if _named_count_phrase(words[2:]):
        return " ".join([*words[:2], "the", *words[2:]])
    return clause


# a named qualification and the part of it done, jotted after it: 'IBD Diploma in Brewing module 2',
# 'NEBOSH General Certificate unit 1' (the part is said first: 'module 2 of the IBD Diploma in Brewing')
_NAMED_PART = re.compile(
    r"^(?P<name>[A-Z][\w&-]*(?:\s+(?:[A-Z0-9][\w&-]*|in|of|and|for))*?)\s+"
    r"(?P<part>(?:module|unit|part|paper|level|stage|section|step|exam)\s+\d+[a-z]?)$"
)


def subject_article(clause: str) -> str:
    """'Keong Saik flagship got a Michelin Bib Gourmand' → 'the Keong Saik flagship got …': a subject named by a
    place or a brand before a count noun; other clauses as they are."""
    words = clause.split()
    for n, word in enumerate(words[1:], start=1):
        verb = lemmas(word.lower()).get("VERB", ())
        if verb and verb[0] != word.lower() and not word[:1].isupper():  # the first verb in the past: 'got', 'opened'
            return "the " + clause if _named_count_phrase(words[:n]) and n == len(_upto(words[:n])) else clause
    return clause


def _upto(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if word.lower() in _PREPOSITIONS:
            break
        out.append(word)
    return out


def noun_article(phrase: str) -> str:
    """'record 410,000 visitors in FY2026' → 'a record 410,000 visitors in FY2026'; 'Harbourfront kitchen' → 'the
    Harbourfront kitchen'; anything else as it is."""
    if _RECORD.match(phrase):
        return "a " + phrase
    words = phrase.split()
    return "the " + phrase if words and _named_count_phrase(words) else phrase


def abstract(head: str) -> bool:
    """A head noun that names an activity or a quality ('planning', 'retention', 'capacity'), said without an
    article; a noun that only looks like one ('wing', 'building', 'ceiling', 'facility') names a thing."""
    if head in _COUNT_LOOKALIKES or not _ABSTRACT.search(head):
        return False
    if head.endswith("ing"):  # a gerund has a verb behind it ('planning' ← 'plan'); 'wing', 'string' do not
        return any(lemma != head for lemma in lemmas(head).get("VERB", ()))
    return True


_COUNT_LOOKALIKES = frozenset(
    "wing ring string spring ceiling building facility city university utility community authority department "
    "shipment instrument document tournament segment apartment station exhibition installation foundation "
    "institution location collection position competition section session conference residence".split()
)


# nouns that go without an article as a subject ('staff want …', 'management wants …', 'revenue grew …')
BARE_SUBJECTS = frozenset(
    "staff management leadership revenue traffic demand hail weather water power data money time everyone "
    "everybody nobody someone somebody anyone attendance morale turnover footfall payroll inventory stock freight "
    "cash equipment software hardware feedback research production maintenance billing funding headcount coverage "
    "compliance signage mail content damage waste spoilage shrinkage downtime scrap wastage".split()
)


# a person named by their role ('manager wants someone to own …'): whose it is, the notes do not say
_PEOPLE = frozenset(
    "manager director boss owner ceo cfo coo cto founder head chef supervisor recruiter lead "
    "i you he she it we they one who this that there here".split()  # and pronouns, which the dictionary calls nouns
)


def bare_subject(text: str) -> str:
    """'club wants to host a championship in 2028' → 'the club wants to host …': a clause jotted with its subject a
    singular count noun and no article, before a verb in the present or the past ('plant runs 3 shifts', 'board
    approved the budget'); anything else as it is."""
    words = text.split()
    if len(words) < 3 or not words[0].isalpha() or not words[0].islower():
        return text
    subject, verb, after = words[0], words[1].lower(), words[2].lower()
    kinds = lemmas(subject)
    if subject in BARE_SUBJECTS or subject in _PEOPLE or subject.endswith("s") or abstract(subject):
        return text
    if set(kinds) != {"NOUN"} and set(kinds) != {"NOUN", "VERB"}:  # 'major', 'stuck', 'they': no subject noun
        return text
    found = lemmas(verb)
    base = found.get("VERB", ())
    finite = bool(base) and base[0] != verb and (verb.endswith("s") or verb.endswith("ed") or "NOUN" not in found)
    if not finite or verb.endswith("ing") or "ADJ" in found:
        return text
    # a verb that is a plural noun too ('vendor models versus …', 'major gifts pipeline') only before its object
    if "NOUN" in found and not (after in _DETERMINERS or after == "to" or after[:1].isdigit()):
        return text
    return "the " + text


# a thing learnt, jotted bare after the verb that did it ('finished first aid refresher course')
_BARE_LEARNING = re.compile(
    r"^(?P<verb>[a-z]+ed|did|took|began|sat|won|got)\s+(?P<np>(?![Tt]he\b|[Aa]n?\b|my\b|our\b)[a-z][\w-]*(?:\s+[\w-]+){0,4}"
    r"\s+(?:course|refresher|module|workshop|exam|certificate|licen[cs]e|qualification|class|programme|program))\b"
)


def learning_article(text: str) -> str:
    """'finished first aid refresher course' → 'finished a first aid refresher course': one of many such courses,
    said with "a" ("an" before a vowel sound); anything else as it is."""
    found = _BARE_LEARNING.match(text)
    if not found:
        return text
    article = "an" if found.group("np")[:1] in "aeio" else "a"
    return f"{found.group('verb')} {article} {text[found.start('np') :]}"


# a measure named by a mass noun takes no article ('food cost', 'downtime'); a singular count noun takes 'the'
MASS_MEASURES = frozenset(
    "cost loss waste turnover attrition churn uptime downtime usage use spend yield occupancy absenteeism overtime "
    "margin revenue damage scrap throughput productivity morale traffic footfall demand water energy power "
    "shrinkage spoilage rework headcount leakage breakage wastage".split()
)
_OWNED = frozenset("the a an my our your their its his her this that these those every each".split())
_BEFORE_PLACE = re.compile(r"\s(?:at|in|on|of|for|per|across|from|between)\s")


def measure_subject(np: str) -> str:
    """A measure as the object of the candidate's change: 'queue at our main slide' → 'the queue at our main slide',
    're-dye rate' → 'the re-dye rate'; a plural, a mass noun ('gold loss', 'downtime'), an activity, a name or one
    already led by its owner as it is; 'site LTI rate' → 'the site LTI rate'."""
    words = _BEFORE_PLACE.split(np, maxsplit=1)[0].split()
    # a name ('Line 3 scrap') or a measure named by its acronym ('site TRIR') as it is; an acronym that only
    # qualifies the head ('site LTI rate') is no name
    if not words or words[0].lower() in _OWNED or not words[0].islower() or not words[-1].islower():
        return np
    head = words[-1].split("-")[-1]
    if plural(head) or head.endswith("s") or head in MASS_MEASURES or abstract(head) or not lemmas(head).get("NOUN"):
        return np
    return "the " + np
