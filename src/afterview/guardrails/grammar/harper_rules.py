"""Which of Harper's rules give correctness advice in a follow-up email, judged by the rule that spoke.

Harper names the rule behind each lint (`organized_lints`). Rules that only guess (a determiner or a
preposition that *may* be missing), brand-name casing, and rules that misread an ordinary sentence
('is there news' is singular; 'keep both moving' is a verb; 'Saturday hop charges' is a noun; 'what we
discussed about X' already has its object) are advice at most: info, or not reported.
"""

from __future__ import annotations

import re
from functools import lru_cache

from afterview.guardrails.grammar.harper_dialect import dialect_misread
from afterview.guardrails.grammar.harper_linter import OFF_RULES, _get_linter, _known_word, _lock, stdout_to_stderr

# Rules that guess at a style choice: shown as info, never a warning.
# Dictionary casing ("TOS" -> "ToS") is style, not an error.
INFO_RULES = frozenset(
    {
        "MissingDeterminer",
        "MissingPreposition",
        "CompoundNouns",
        "DiscourseMarkers",
        "OrthographicConsistency",
        # "discussed about the plan": a usage of Indian and other Englishes that readers take in their stride (blind43
        # labelled it clean); advice, not a warning
        "Discuss",
    }
)
# A participle used as an adjective after the preposition 'to': "moving stock to automated cabinets".
_ADJECTIVE_PARTICIPLE = re.compile(
    r"\s+(?!(?:the|a|an|this|that|these|those|it|them|him|her|us|me|you|our|their|my|your|his|its|and|or|to|by|with"
    r"|in|on|for|at|from|of)\b)[a-z][\w-]*\b",
    re.I,
)

# Nouns that end in -s but take a singular verb: "is there news", "there's progress on the series".
_SINGULAR_S = re.compile(
    r"\b(?:news|series|species|means|physics|economics|logistics|analytics|politics|mathematics|ethics|"
    r"athletics|headquarters|diabetes|progress|business|access|success|process|press|status|focus|bonus|campus)\b",
    re.I,
)
_HOPE_FRAME = re.compile(
    r"\s+(?:you|to|that|we|for|this|it|so|everything|all|your|the\s+\w+\s+(?:is|was|will))\b", re.I
)
# "you lads", "you all", "you both": 'you' naming a group, no possessive missing.
_YOU_ADDRESSED = re.compile(
    r"\s+(?:lads|guys|folks|all|both|two|three|people|ladies|gentlemen|everyone|yourselves|lot)\b", re.I
)
# Words after which 'to' is a preposition, so a plural noun may follow ("carry over to passes").
_PREPOSITION_TO = re.compile(
    r"\b(?:over|back|due|similar|close|closer|relevant|related|next|according|compared|contribut\w*|access|approach"
    r"|attention|exposure|transition\w*|applie?s?|applying|appl(?:y|ied)|key|committed|dedicated|used|open|new|up|down"
    r"|thanks|listen(?:ed|ing)?|respond(?:ed|ing)?|from [\w-]+(?: [\w-]+)?|introduc\w*|commitment|answers?)\s*$",
    re.I,
)
# A finite verb later in the clause: "how transit card data could predict ...".
_CLAUSE_VERB = re.compile(
    r"[^,.;:!?]{0,60}?\b(?:could|can|will|would|should|might|may|must|is|are|was|were|do|does|did|has|have|had)\b",
    re.I,
)
# A number or a quantity that stands for a noun left out ("one of the four [places]", "one of the few").
_NOUN_LEFT_OUT = re.compile(
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|few|many|lucky few|last"
    r"|chosen|best|finalists?|shortlisted",
    re.I,
)
_DETERMINERS = frozenset("a an the this that these those my your our their his her its some any every each".split())
# A verb and its particle closed up as one noun: "signup", "checkout", "rollout", "handoff", "walkthrough".
_PHRASAL_NOUN = re.compile(r"(?i)[a-z]{2,}(?:up|out|in|off|over|through|down|back|on|away)s?")
_FRONTED_OBJECT = re.compile(r"\b(?:what|everything|anything|all|things|much|something)\b(?:\s+\w+){0,3}\s*$", re.I)


def _one_edit(a: str, b: str) -> bool:
    """Whether b is a or one insertion, deletion or substitution away from it."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=1024)
def _slip_of(word: str) -> bool:
    """Whether Harper's spell checker knows a word one keystroke away ('allways' -> 'always'): a typo, not a
    closed compound of two words ('sightlines', 'mihi')."""
    with _lock, stdout_to_stderr():
        lints = _get_linter().organized_lints(word, language="plaintext", dedup=False).get("SpellCheck", [])
    low = word.lower()
    for lint in lints:
        if lint.lint_kind == "Spelling":
            return any(_one_edit(low, s.replacement_text.lower()) for s in lint.suggestions[:3])
    return False


@lru_cache(maxsize=256)
def _also_a_verb(word: str) -> bool:
    """Whether a noun made from a verb is a verb as it is spelled: its -ed and -ing forms are words, and no verb in
    -e stands beside it ('weight' -> 'weighted', 'weighting'; not 'breath', whose verb is 'breathe')."""
    low = word.lower()
    if not low.isalpha():
        return False
    # (only a noun made from the verb Harper would put there, 'weight' from 'weigh': 'effect' for 'affect' is
    # the classic slip, though 'effected' is a word)
    if not _known_word(low[:-1]):
        return False
    known = [_known_word(low + end) for end in ("ed", "ing", "e")]
    return known[0] and known[1] and not known[2]


def _finite_verb_follows(after: str) -> bool:
    """Whether one of the next few words of the clause is an inflected verb ("how yeast harvesting works")."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    clause = re.split(r"[,.;:!?]", after, maxsplit=1)[0].split()
    if not clause:
        return False
    first = lemminflect.getAllLemmas(clause[0].lower())
    if _plural_noun_then_verb(clause, lemminflect):
        return True  # "how float shortages affect agents": a compound subject and its plural verb
    if "VERB" in first:
        # "how clone the records": the bare verb right after 'how' is what Harper means; but a noun that is also a
        # verb, with its own verb next, is a clause's subject: "how work reached the tables", "how stock moves"
        # (a capitalised word mid-sentence is a name: "how Ensemble Nordkette works"; a determiner before the verb
        # makes it the object's noun: "how clone the records")
        if "NOUN" not in first and not clause[0][:1].isupper():
            return False
        for at, word in enumerate(clause[1:4], start=1):
            if word.lower() in _DETERMINERS:
                return False
            if _inflected_verb(word, lemminflect) and (
                word.lower().endswith("ed")
                or clause[0][:1].isupper()
                or _noun_between(clause, word, lemminflect)
                or (at > 1 and all(_adverb(w, lemminflect) for w in clause[1:at]))
            ):
                return True  # ("how clone records": a plural noun in -s may be the bare verb's object)
        return False
    return any(_inflected_verb(word, lemminflect) for word in clause[1:6])


def _adverb(word: str, lemminflect: object) -> bool:
    """Whether a word is only an adverb ('actually', 'often'): "how product actually moves"."""
    lemmas = lemminflect.getAllLemmas(word.lower())  # type: ignore[attr-defined]
    return bool(lemmas) and set(lemmas) == {"ADV"}


def _plural_noun_then_verb(clause: list[str], lemminflect: object) -> bool:
    """Whether the second word is only a plural noun and the third a verb in its base form: "how float shortages
    affect", a compound subject and its verb (in "how clone records" the noun is also a verb, and nothing follows)."""
    if len(clause) < 3:
        return False
    noun, verb = clause[1].lower(), clause[2].lower()
    nouns = lemminflect.getAllLemmas(noun)  # type: ignore[attr-defined]
    verbs = lemminflect.getAllLemmas(verb)  # type: ignore[attr-defined]
    return (
        set(nouns) == {"NOUN"}
        and noun.endswith("s")
        and nouns["NOUN"][0] != noun
        and verbs.get("VERB", ("",))[0] == verb
    )


def _noun_between(clause: list[str], word: str, lemminflect: object) -> bool:
    """Whether a noun (no verb in -s of its own) stands between the first word and `word`, so the first two are a
    compound subject and `word` its verb: "how yeast harvesting works", "how fruit sorting works"; in "how clone
    records" nothing stands between."""
    at = clause.index(word)
    middle = [w.lower() for w in clause[1:at]]
    lemmas = [lemminflect.getAllLemmas(w) for w in middle]  # type: ignore[attr-defined]
    return bool(middle) and all(
        ("NOUN" in ls or w.endswith("ing")) and not w.endswith("s") for w, ls in zip(middle, lemmas, strict=True)
    )


def _bare_verb_next(after: str) -> bool:
    """Whether the next word is only a verb in its base form ("which I hope improve my odds": the 'to' is missing
    after the flagged verb, before this one)."""
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    words = re.split(r"[,.;:!?]", after, maxsplit=1)[0].split()
    if not words:
        return False
    lemmas = lemminflect.getAllLemmas(words[0].lower())
    return "VERB" in lemmas and "NOUN" not in lemmas and lemmas["VERB"][0] == words[0].lower()


# A verb that takes its object and then a bare infinitive: "helped the customs team prepare", "let them know".
_BARE_INFINITIVE_TAKER = re.compile(
    r"\b(?:help|helps|helped|helping|let|lets|letting|make|makes|made|making|watch|watched|saw|see|hear|heard)"
    r"\s+(?:(?:the|a|an|our|my|your|their|his|her|its|this|that|these|those)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+$",
    re.I,
)


# A modal or 'do' just before the flagged verb (its subject between): "whether I should expect news".
_MODAL_BEFORE = re.compile(
    r"\b(?:should|would|could|can|will|may|might|must|shall|do|does|did|don't|doesn't|didn't|'d|\u2019d|'ll|\u2019ll)"
    r"\s+(?:(?:not|also|still|just|probably|certainly)\s+)?$",
    re.I,
)


# After 'whom', a clause with its own subject: a pronoun or a determiner, or a noun with a modal or an auxiliary
# close behind ("whom branches never could", "whom the team hired").
_WHOM_OBJECT = re.compile(
    r"\s+(?:(?:I|you|we|they|he|she|the|a|an|this|that|these|those|our|your|their|my|his|her)\b"
    r"|[\w-]+(?:\s+\w+ly|\s+never|\s+not)?\s+(?:could|can|will|would|should|might|may|must|had|have|has|did|do|does)\b)",
    re.I,
)


def _inflected_verb(word: str, lemminflect: object) -> bool:
    """Whether a word is a verb with an ending of tense or person ('reached', 'moves')."""
    lemmas = lemminflect.getAllLemmas(word.lower())  # type: ignore[attr-defined]
    return "VERB" in lemmas and lemmas["VERB"][0] != word.lower() and word.lower().endswith(("s", "ed"))


# A past participle next: "if I had of known" wants "had known"; "the picture I had of the hangar" does not.
_PARTICIPLE_NEXT = re.compile(
    r"\s+(?:\w+ed|\w+en|known|done|seen|gone|been|had|got|made|thought|told|heard|come|run|said|brought|taught"
    r"|bought|caught|felt|kept|left|lost|met|paid|sent|spent|won|understood)\b",
    re.I,
)


def rule_verdict(rule: str, problem: str, before: str, after: str) -> str | None:
    """'skip' (not reported), 'info', or None (the usual severity) for a lint of Harper's `rule`."""
    if rule in OFF_RULES:
        return "skip"
    if dialect_misread(rule, problem, before):
        return "skip"  # "thanks yaar", "the client's side of the Atlantic", "Your remarks on X, and on Y, were"
    if rule in INFO_RULES:
        return "info"
    if rule == "HelloGreeting" and before.strip() and not before.rstrip(" \t").endswith("\n"):
        return "skip"  # 'size, halo and priority': a word mid-sentence is no greeting
    # a gerund, or a gerund made a count noun ("the Dawson strandings", "two landings"): no mass noun pluralised
    gerund = rule == "MassNouns" and problem.split()[-1].lower().endswith(("ing", "ings"))
    if rule in ("ThereIsAgreement", "MassNouns") and (_SINGULAR_S.search(problem) or gerund):
        return "skip"
    if rule == "MassNouns" and " " in problem.strip():
        return "info"  # "each triage", "a passion": a determiner with a noun that is also countable; "advices" stays
    if rule == "Everyone" and re.match(r"\s+of\b", after, re.I):
        return "skip"  # "every one of them", "every one of the vans": each one of a group, two words by right
    if rule == "HopHope" and problem.lower() == "hop" and not _HOPE_FRAME.match(after):
        return "skip"
    if rule == "Discuss" and _FRONTED_OBJECT.search(before[-60:]):
        return "skip"
    if rule == "SplitWords" and (_PHRASAL_NOUN.fullmatch(problem.strip()) or not _slip_of(problem.strip())):
        return "info"  # "signup", "checkout", "rollout": a verb and its particle closed up as a noun, no slip
    if rule == "NounVerbConfusion" and _also_a_verb(problem.strip()):
        return "skip"  # "how to weight each item": the noun is a verb of its own ('weighted', 'weighting')
    if rule == "AWhile" and " " in problem.strip():
        return "info"  # "it took a while", "stay a while": two words are standard; "for awhile" is still a slip
    if rule == "Therein" and not re.match(r"\s*(?:lies|lie|lay|[.,;:!?]|$)", after):
        return "skip"  # "getting fruit there in good shape": the place 'there', then a phrase of its own with 'in'
    if rule in ("Oxymorons", "QuantifierNumeralConflict"):
        return "info"  # "found missing", "some 300 bolts" (about 300): style advice, no error of English
    if rule == "PronounVerbAgreement" and re.search(r"\byou\s*$", before, re.I) and _YOU_ADDRESSED.match(" " + problem):
        return "skip"  # "the certificate you guys asked for": a group noun after 'you', not a verb
    if (
        rule == "PronounVerbAgreement"
        and _AUXILIARY.fullmatch(problem.strip())
        and _OBJECT_PRONOUN_BEFORE.search(before[-60:])
    ):
        return "skip"  # "the abstract I sent you has not changed": 'you' is the object of 'sent'; 'has' is the noun's
    if rule == "PossessiveYour" and _YOU_ADDRESSED.match(after):
        return "skip"  # "for you lads", "you all": 'you' with the group it names, not 'your'
    if rule == "MissingTo" and _SUBJECT_BEFORE.search(before[-40:]) and not _bare_verb_next(after):
        return "skip"  # "to hear how you currently arrange cover": the verb of its own subject, no infinitive
    if rule == "HowTo" and _SUBJECT_AFTER.match(after):
        return "skip"  # "how seriously you take sign-off", "how the crews plan": a clause with its own subject
    if rule == "HowTo" and (_CLAUSE_VERB.match(clause := _unaside(after)) or _finite_verb_follows(clause)):
        return "skip"  # "how water meters are read": 'how' opens a clause with its own subject and verb
    if rule == "MissingTo" and _MODAL_BEFORE.search(before[-30:]):
        return "skip"  # "whether I should expect news": a modal takes the bare verb, no 'to' is missing
    if rule == "MissingTo" and _BARE_INFINITIVE_TAKER.search(before[-60:]):
        return "skip"  # "I helped the customs team prepare", "let the crew rest": a bare infinitive after its object
    if rule == "WhomSubjectOfVerb" and re.search(r"\b(?:of|to|with|for|by|from|among|about|on|under)\s+$", before):
        return "skip"  # "one of whom is a former board member": 'whom' after a preposition is its object
    if rule == "WhomSubjectOfVerb" and _WHOM_OBJECT.match(after):
        return "skip"  # "customers whom branches never could reach": 'whom' is the object of a clause's own verb
    if rule == "MissingTo" and re.search(r"\bto\s*$", before, re.I):
        return "skip"  # "my eagerness to learn make me": 'to learn' is whole; the next verb is the sentence's own
    if rule == "OneOfTheSingular" and _NOUN_LEFT_OUT.fullmatch(problem.strip()):
        return "skip"  # "one of the four", "one of the few": a number or a quantity standing for its noun
    if rule == "PronounKnew" and not _KNEW_TAKES.match(after):
        return "skip"  # "which new drivers stay": 'new' before its noun; "I new that" still wants 'knew'
    if rule == "RepeatedWords" and re.search(r"\w-$", before):
        return "skip"  # "an extra check-in in month 3": the first 'in' ends a hyphenated noun
    if rule == "MissingTo" and re.match(r"\s+(?:will|would|is|are|was|to be|should|could|can|may|might)\b", after):
        return "skip"  # "which I expect will be useful": 'expect' takes a clause, no infinitive is missing
    if rule == "HadOf" and not _PARTICIPLE_NEXT.match(after):
        return "skip"  # "the clearest picture I have had of what happens": 'had' the verb, then 'of'; no "had've"
    if rule == "OutOfDate":
        return "info"  # "the lookbook is out of date" is right as it is; the hyphens only go before a noun
    if problem.strip().isupper() and re.fullmatch(r"[A-Z]{2,}", problem.strip()):
        return "skip"  # "TODO", "SLA", "YARA": a word in capitals is an abbreviation or a marker, no word to spell
    if rule == "SpellCheck" and any(ch.isdigit() for ch in problem):
        return "info"  # "x7", "3x", "v2": a figure with a letter, not a word to spell
    if rule == "DisjointPrefixes":
        return "info"  # "under way", "co-operate": both spellings are standard
    if rule == "ThisTypeOfThing" and after[:1] in {"-", "\u2010", "\u2011"}:
        return "skip"  # "that kind of hands-on program": the noun is a compound's first half
    if rule == "InflectedVerbAfterTo" and problem.lower().endswith("ed") and _ADJECTIVE_PARTICIPLE.match(after):
        return "skip"  # "to automated cabinets": an adjective before its noun, not a verb
    if rule == "InflectedVerbAfterTo" and _PREPOSITION_TO.search(before[-40:]):
        return "skip"  # "carry over to passes", "similar to ours": 'to' is a preposition there
    if rule == "MissingTo" and re.search(r"\w-\s*$", before):
        return "skip"  # "a well-prepared document set": a participle inside a compound adjective, no verb
    if rule == "MissingTo" and _GERUND_AFTER.search(before[-30:]):
        return "skip"  # "whether by preparing the files": a gerund after its preposition needs no 'to'
    if rule == "PronounContraction" and problem.strip().lower() == "were" and _PARENTHETICAL.search(before[-80:]):
        return "skip"  # "the racks, at 40 kW a rack, were": the verb of a subject before a phrase set off by commas
    if re.match(r"[-\u2010\u2011]\w", after) and " " in problem.strip():
        return "skip"  # "the re-sequencing": Harper splits at the hyphen and reads "the re" as "there"
    if rule == "ThereToTheir" and _NOUN_BEFORE_THERE.search(before[-40:]):
        return "skip"  # "how a delay there ripples": 'there' is a place after its noun, not a possessive
    if rule == "WereWhere" and not _WHERE_SLOT.search(before[-40:]):
        return "skip"  # "the rules about where people stood while it was moving were the first thing": a verb, right
    return None


# A clause of subject pronoun, verb and object pronoun just before the flagged verb ("the abstract I sent you has",
# "the plan we showed them is"): a relative clause without 'that'; its object is no subject of the verb after it.
_OBJECT_PRONOUN_BEFORE = re.compile(
    r"\b(?:I|we|they|he|she)\s+(?:[a-z]+ly\s+)?(?:have\s+|had\s+|has\s+)?[a-z]+(?:ed|t|d|n|w|e)\s+(?:you|them|him|her|us)\s*$",
    re.I,
)
# (only an auxiliary: "I found you comments" is 'your comments' mistyped, no verb)
_AUXILIARY = re.compile(r"(?:has|is|was|does|hasn't|isn't|wasn't|doesn't)", re.I)
# A subject pronoun (an adverb between) just before the flagged verb: "how you currently arrange".
_SUBJECT_BEFORE = re.compile(r"\b(?:I|you|we|they)\s+(?:[a-z]+ly\s+)?$", re.I)
# A relative clause set off by commas inside a clause: "how drip scheduling, which I used for years, could help".
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where|when)\b[^,.;:!?]*,")


def _unaside(after: str) -> str:
    """The words after 'how' without a relative clause set off by commas, so its subject meets its verb."""
    return _RELATIVE_ASIDE.sub("", after, count=1)


# A clause's subject right after 'how' (an adverb of degree between): "how seriously you take", "how the team plans".
_SUBJECT_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+|much\s+|well\s+|often\s+)?(?:I|you|we|they|he|she|people|everyone|the|your|their|our|his|her"
    r"|its|this|these|those|each|every)\s",
    re.I,
)


# A noun phrase just before 'there' ("a delay there", "the backlog there"): 'their' cannot follow a noun.
_NOUN_BEFORE_THERE = re.compile(
    r"\b(?:a|an|the|any|each|every|one|no)\s+(?!(?:of|to|for|with|in|on|at|by|from|about)\b)[\w-]+\s*$", re.I
)


# Where 'where' belongs and 'were' is a slip: after a verb of going, knowing or seeing, a place noun or 'that's'
# ("I went were the boxes are", "I know were it stands", "the point were it broke").
_WHERE_SLOT = re.compile(
    r"\b(?:went|go|goes|going|gone|come|came|know|knew|see|saw|wonder|wondered|ask|asked|show|showed|tell|told"
    r"|explain|explained|decide|is|that's|that\u2019s|here's|place|point|stage|area|room|spot|office|case|exactly"
    r"|somewhere|anywhere|everywhere|nowhere|from|to|sure|clear|idea|unsure|about|and|or|but|back)\s*$",
    re.I,
)


# What 'knew' takes after it: a clause, an object pronoun, a determiner ("I new that", "we new the risks").
_KNEW_TAKES = re.compile(
    r"\s*(?:[,.;:!?]|$|(?:that|what|how|why|where|when|who|whether|if|it|him|her|them|us|me|you|I|we|they|he|she"
    r"|the|a|an|this|about|nothing|everything|something|exactly|already|better|enough)\b)",
    re.I,
)
# A preposition right before a word in -ing: "by preparing", "without waiting".
_GERUND_AFTER = re.compile(
    r"\b(?:by|of|for|about|in|on|after|before|without|from|at|with|through|into|upon|besides|despite|than|via"
    r"|while|when|since)\s*$",
    re.I,
)
# A phrase set off by commas that opens with a preposition: ", at 40 kW a rack,", ", in my view,".
_PARENTHETICAL = re.compile(
    r"[^,\s],\s*(?:at|in|on|with|by|for|from|after|before|since|as|like|including|of|per|under|over|about|around"
    r"|despite|during)\b[^,]{0,50},\s*$",
    re.I,
)
