"""Headline English made into a sentence's English: the article and the date preposition notes leave out.

People jot news and facts the way headlines are written: "new 11,000-seat stadium opens March 2027",
"programme is 8 weeks". Put after "I saw that …" unchanged they read as pasted notes. Two transformations
are reliable enough to make: a singular count noun that starts the clause gets "the" ("the new
11,000-seat stadium opens …"), and a bare date after a verb of timing gets its preposition ("opens in
March 2027", "opens on December 12"). Anything else is left as it is for the gate (writer/gate.py) to judge.
"""

from __future__ import annotations

import re

from afterview.writer.shapes import DETERMINERS, FINITE, PREPOSITIONS, WH, lemmas, words_of

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# A verb that says when something happens, right before a date with no preposition.
_TIMING_VERB = (
    r"(?:open|opens|opened|opening|start|starts|started|starting|launch|launches|launched|launching|"
    r"begin|begins|began|beginning|close|closes|closed|end|ends|ended|finish|finishes|finished|"
    r"complete|completes|completed|go live|goes live|went live|due|arrives?|arrived|returns?|returned)"
)
# 'December 12', '12 December', 'Dec 12th': a day, which takes "on"; 'March 2027', 'Term 1 2027', '2028': "in"
_DAY = re.compile(rf"^(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\b)")
_PERIOD = re.compile(rf"^(?:{_MONTH}(?: (?:19|20)\d\d)?\b|(?:Term|Q|Semester|Season) ?\d\b|(?:19|20)\d\d\b)")
_BARE_DATE = re.compile(rf"\b({_TIMING_VERB}) (?=\S)")

_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_PRONOUNS = {"i", "we", "they", "he", "she", "it", "you", "there", "someone", "everyone", "nobody", "this", "that"}
# Singular nouns that start a clause without an article ("data is messy", "staffing is short").
_MASS = {"data", "staffing", "hiring", "demand", "traffic", "weather", "quality", "churn", "turnover", "revenue",
         "funding", "budget", "morale", "attendance", "growth", "retention", "compliance", "everything", "nothing",
         "something", "each", "one", "training", "onboarding", "pay", "overtime", "parking", "equipment",
         "software", "feedback", "research", "information", "work", "time", "money", "staff", "management",
         "leadership", "recruitment", "marketing", "sales", "production", "maintenance", "safety", "security",
         "support", "testing", "infrastructure", "accounting", "finance", "procurement", "logistics"}  # fmt: skip


def date_preposition(text: str) -> str:
    """'opens March 2027' → 'opens in March 2027'; 'opens December 12' → 'opens on December 12'; a date
    that already has its preposition, or none after the verb, is left alone."""

    def fix(found: re.Match[str]) -> str:
        rest = text[found.end() :]
        if _DAY.match(rest):
            return found.group(0) + "on "
        if _PERIOD.match(rest):
            return found.group(0) + "in "
        return found.group(0)

    return _BARE_DATE.sub(fix, text)


def _finite_at(words: list[str], raw: list[str]) -> int | None:
    """Where the clause's verb is: a finite auxiliary, or a verb in -s after a noun ('stadium opens')."""
    for n in range(1, len(words)):
        word = words[n]
        if word in FINITE:
            return n
        if word in PREPOSITIONS or not word.isalpha():
            continue
        found = lemmas(word)
        before = lemmas(words[n - 1])
        after_noun = "NOUN" in before or raw[n - 1][:1].isdigit() or not before
        if "VERB" in found and word.endswith("s") and not word.endswith("ss") and after_noun:
            singular_before = not words[n - 1].endswith("s") or raw[n - 1].isupper()  # 'WMS' is one system
            if "NOUN" in found and not (words[n - 1].isalpha() and singular_before):
                continue  # 'account execs': a plural noun after a plural, not a verb
            nxt = words[n + 1] if n + 1 < len(words) else ""
            verb_next = nxt.isalpha() and "VERB" in lemmas(nxt) and "ADJ" not in lemmas(nxt)
            verb_next = (
                verb_next and nxt not in PREPOSITIONS and nxt not in DETERMINERS and not raw[n + 1][:1].isupper()
            )
            if "NOUN" in found and verb_next:
                return None  # 'nightly batch jobs page the team': a plural subject, its verb after it
            return n
        if "VERB" in found and "NOUN" not in found and "ADJ" not in found and word.endswith("ed"):
            return n  # 'new packhouse opened in October'
    return None


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def with_article(text: str) -> str:
    """'new 11,000-seat stadium opens in March 2027' → 'the new 11,000-seat stadium opens …'; 'programme is
    8 weeks' → 'the programme is 8 weeks'. Only when the clause starts with a lowercase word, its subject
    has no determiner and ends in a singular count noun right before its verb; a name, a plural, a mass noun
    ('data is messy') or anything unsure is left as it is."""
    raw = text.split()
    words = words_of(text)
    ordinal = _ORDINAL.match(raw[0]) is not None  # '12th shop opened in Dos Hermanas': a count noun after it
    if len(words) < 2 or not (raw[0][:1].islower() or ordinal):
        return text
    first = words[0]
    if first in DETERMINERS or first in _PRONOUNS or first in WH or first in PREPOSITIONS or first in FINITE:
        return text
    at = _finite_at(words, raw)
    if at is None or at > 5:
        return text
    subject = words[:at]
    if any(w in PREPOSITIONS or w in DETERMINERS or w in FINITE for w in subject):
        return text
    if any(r[:1].isupper() and not r.isupper() for r in raw[:at]):
        return text  # 'new Krefeld line …': a name inside; leave it to the gate (an acronym is a noun: 'new WMS')
    if raw[at - 1].isupper() and raw[at - 1].isalpha() and len(raw[at - 1]) > 1 and len(raw) > at:
        return "the " + text  # 'new WMS goes live …
    head = subject[-1].split("-")[-1]  # 'cross-dock': its last part is the noun
    found = lemmas(head)
    singular = head.isalpha() and not (head.endswith("s") and not head.endswith(("ss", "us", "is")))
    if not singular or head in _MASS or "NOUN" not in found or head.endswith(("ing", "ness", "ity", "ism")):
        return text
    return "the " + text


def sentence_english(text: str) -> str:
    """A headline-style clause in a sentence's English: its article and its date preposition."""
    return with_article(date_preposition(text))


def noun_article(text: str) -> str:
    """'3-shift model' → 'the 3-shift model': a noun phrase jotted without its article, when it has no verb
    and its head (before any preposition) is a singular count noun. A plural ('lease reviews in tech deals'),
    a mass noun ('relocation support'), a gerund ('foaming in the letdown step'), a name or a clause is left."""
    raw = text.split()
    words = words_of(text)
    if not words or not (raw[0][:1].islower() or raw[0][:1].isdigit()):
        return text
    if words[0] in DETERMINERS or words[0] in _PRONOUNS or words[0] in WH or words[0] in PREPOSITIONS:
        return text
    if words[0].endswith("ing") or any(w in FINITE for w in words):
        return text
    end = next((n for n, w in enumerate(words) if w in PREPOSITIONS), len(words))
    phrase = words[:end]
    if not phrase or end > 4 or any(r[:1].isupper() for r in raw[:end]):
        return text
    head = phrase[-1]
    found = lemmas(head)
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if not head.isalpha() or plural or head in _MASS or "NOUN" not in found or ("VERB" in found and len(phrase) == 1):
        return text
    if any("NOUN" not in lemmas(w) and "ADJ" not in lemmas(w) and not w[:1].isdigit() for w in phrase[:-1]):
        return text
    return "the " + text


# verbs a headline uses of a thing that does it itself ('the store opened in May', 'sales doubled'): no "was"
_ERGATIVE = frozenset(
    "open close launch start begin end finish complete grow rise fall drop increase decrease double triple expand "
    "shrink sell ship change move improve return reopen debut premiere go".split()
)


def headline_passive(text: str) -> str:
    """'the first battery-electric loader delivered in WA' → 'the first battery-electric loader was delivered in
    WA': a headline's passive with its auxiliary left out (the tagger reads a participle after a noun phrase); a verb
    of a thing that acts itself ('the new store opened in May') and anything else is left as it is."""
    from afterview.writer.lemma import NO_OBJECT
    from afterview.writer.tagger import tags

    raw = text.split()
    # a count said in words ('eight lanes refitted …') is a number, which the tagger may read as a verb
    tagged = ["NUM|-" if w.lower() in _COUNTS else t for w, t in zip(raw, tags(raw) or [], strict=False)]
    # ... and what it counts is a noun ('three ovens replaced …'), whatever the tagger says
    tagged = [
        "NOUN|-" if k and tagged[k - 1] == "NUM|-" and "NOUN" in lemmas(raw[k].lower()) else t
        for k, t in enumerate(tagged)
    ]
    for k, tag in enumerate(tagged):
        # a verb with no object after it ('… delivered to Rostock'): read as the participle whatever the tagger says
        objectless = k + 1 == len(raw) or tagged[k + 1].startswith(("ADP", "ADV"))
        if tag.startswith("AUX") or (tag.startswith("VERB|Fin") and not objectless):
            return text
        # ... an irregular participle too ('three kilns rebuilt over the summer')
        if tag.startswith("VERB") and k > 0 and (raw[k].endswith("ed") or tag.startswith("VERB|Part")):
            subject = [t.split("|")[0] for t in tagged[:k]]
            verb = (lemmas(raw[k].lower()).get("VERB") or ("",))[0]
            if verb in _ERGATIVE or verb in NO_OBJECT or subject[-1] not in ("NOUN", "PROPN"):
                return text
            if not all(t in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for t in subject):
                return text
            plural = raw[k - 1].endswith("s") and not raw[k - 1].endswith(("ss", "us", "is")) and raw[k - 1].islower()
            # a count of the company's own things is of the ones it has ('the eight lanes were refitted')
            counted = ["the"] if raw[0] in _COUNTS else []
            return " ".join([*counted, *raw[:k], "were" if plural else "was", *raw[k:]])
    return text


# '2 of its craftsmen featured …': "its" in the subject has no antecedent in a letter to the company
_ITS_SUBJECT = re.compile(r"^((?:\S+\s+){0,2})its\b")


def owned(clause: str) -> str:
    """'two of its craftsmen featured in …' → 'two of your craftsmen featured in …'; 'the kiln hit its target' stays."""
    return _ITS_SUBJECT.sub(r"\1your", clause)
