"""Words dropped while editing, which neither Harper nor LanguageTool reads: 'be' after a modal before its
adjective ("I would grateful", "I'd happy to", "we could able to"), and the article before a singular hiring
noun ("whether decision has been made", "excited about chance to", "looks like wonderful space"), and a modal
before a past form, where 'have' or the bare verb was meant ("I would appreciated", "we could discussed"); 'is' or
'are' dropped between a subject and its verb in -ing after a question word ("what the panel looking for"); and the
noun dropped after an article, which then stands before a preposition ("I have registered a for the exam")."""

from __future__ import annotations

import re

from afterview.draft import Finding

# a subject and a modal: "I would", "we'll", "you can"
_MODAL = (
    r"\b(?:I|we|you|they|he|she|it)(?:['\u2019]d|['\u2019]ll| would| will| could| should| might| may| shall| must"
    r"| can)"
)
_MISSING_BE = re.compile(
    _MODAL + r"(?P<gap>\s+)(?:(?:very|so|really|truly|most|also|always|more than|even|only|especially) )?"
    r"(?P<adj>grateful|happy|glad|delighted|keen|pleased|thankful|able|available|interested|eager|excited|honou?red"
    r"|thrilled|willing|appreciative|unable|proud|sorry)\b",
    re.I,
)


def missing_be(text: str) -> list[Finding]:
    found = []
    for m in _MISSING_BE.finditer(text):
        found.append(
            Finding(
                "grammar",
                "warning",
                "missing_be",
                f"'{m.group()}' is missing 'be' before '{m.group('adj')}'.",
                (m.start(), m.end()),
                f"be {m.group('adj')}",
            )
        )
    return found


_DETERMINER = (
    r"a|an|the|this|that|these|those|my|your|our|their|his|her|its|any|some|each|every|no|one|another|more|further"
    r"|such|what|which|whose|enough|much|little|less"
)
_MISSING_ARTICLE = re.compile(
    r"(?<!\ba )(?<!\ban )(?<!\bthe )\b(?P<before>about|whether|like|welcome|appreciate|receive|regarding"
    # "I hope I get chance to": a verb of having before 'chance' or 'opportunity' and its 'to'
    r"|(?:get|got|have|had|given)(?=\s+(?:chance|opportunity)\s+to\b))\s+"
    rf"(?!(?:{_DETERMINER})\b)(?:(?P<adj>[a-z-]+)\s+)?"
    r"(?P<noun>chance|opportunity|decision|role|position|offer|update|vacancy|space|place|job)\b"
    r"(?=\s+(?:to|has|had|is|was|will|on|for|of|about|from|regarding)\b|\s*[.,?!;])",
    re.I,
)


# Nouns that are also uncountable ('space' to store things in, 'place' as a sense of it): bare, with no adjective
# before them, they need no article ("learned a lot about space"); "looks like wonderful space" still does.
_MASS = frozenset({"space", "place"})


def missing_article(text: str) -> list[Finding]:
    found = []
    for m in _MISSING_ARTICLE.finditer(text):
        if m.group("adj") and re.fullmatch(rf"(?:{_DETERMINER})", m.group("adj"), re.I):
            continue
        if m.group("noun").lower() in _MASS and not m.group("adj"):
            continue  # "a lot about space", "about place": the uncountable sense needs no article
        start = m.end("before") + 1
        found.append(
            Finding(
                "grammar",
                "warning",
                "missing_article",
                f"'{text[start : m.end()]}' needs an article: 'a' or 'the' before it.",
                (start, m.end()),
                f"the {text[start : m.end()]}",
            )
        )
    return found


# A modal, then a word in -ed where its bare verb belongs: "I would appreciated", "we could discussed". Not "-eed"
# words ("need", "proceed"), nor the few bare verbs that end in -ed.
_MODAL_PAST = re.compile(
    _MODAL + r"(?:\s+(?:also|really|truly|just|certainly|definitely|only|still|very much))?\s+"
    r"(?P<verb>(?![a-z]*eed\b)(?!(?:shed|wed|bed|embed|bred|fled|led|sled|shred)\b)"
    r"(?!(?:interested|excited|delighted|pleased|honou?red|thrilled)\b)[a-z]{2,}ed)\b",
    re.I,
)


# "I'd hoped", "we'd planned": the contraction of 'had' before a past participle, not of 'would'.
_HAD = re.compile(r"['\u2019]d\b")


def modal_past(text: str) -> list[Finding]:
    found = []
    for m in _MODAL_PAST.finditer(text):
        verb = m.group("verb")
        if _HAD.search(m.group()):
            continue
        found.append(
            Finding(
                "grammar",
                "warning",
                "modal_past",
                f"'{m.group()}': after a modal the verb takes its bare form, or 'have' before '{verb}'.",
                (m.start("verb"), m.end("verb")),
                f"have {verb}",
            )
        )
    return found


# A question word, a subject with its determiner, and a verb in -ing that ends on its preposition: the 'is'/'are'
# between subject and verb was dropped ("what the panel looking for", "how the team planning to"). A compound noun
# ("how the team building went") goes on to a verb of its own, so the clause must end after the preposition.
_MISSING_AUX = re.compile(
    r"\b(?:what|how|where|why|when|whether|if)\s+(?P<subject>(?:the|your|their|our|my|his|her|this|that|these|those)"
    r"\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)(?P<gap>\s+)(?P<ing>looking|hoping|planning|aiming|thinking|expecting|waiting"
    r"|asking|going|trying|working|focusing|focussing|searching|hiring)\s+(?:for|at|about|to|on|toward|towards)"
    r"(?=\s*(?:[.,;!?)]|$))",
    re.I,
)


_VERBS_BETWEEN = frozenset(
    "is are was were be been being am has have had will would can could should might may must do does did".split()
)


def missing_aux(text: str) -> list[Finding]:
    found = []
    for m in _MISSING_AUX.finditer(text):
        words = m.group("subject").lower().split()
        if words[-1].endswith("ing") or any(w in _VERBS_BETWEEN for w in words):
            continue  # "what the team is looking for": the verb is there
        found.append(
            Finding(
                "grammar",
                "warning",
                "missing_be",
                f"'{m.group('subject')} {m.group('ing')}' is missing 'is' or 'are' before '{m.group('ing')}'.",
                (m.start("subject"), m.end("ing")),
                f"{m.group('subject')} is {m.group('ing')}",
            )
        )
    return found


# An article, then at once a preposition that cannot modify a noun: its noun was dropped ("registered a for the
# exam", "the of the team"). Not a hyphenated word ("a to-do list", "the in-laws"), and not "the over-50s" or
# "the in tray", whose prepositions are left out of the list. Case matters: a capital "A" is a grade or a letter
# ("Level A at Fjordline", "Q&A at the end"), and "an" after an apostrophe ends a name ("Xi'an to Duisburg").
_ARTICLE_PREPOSITION = re.compile(
    r"(?<!['\u2019&.-])\b(?P<article>a|[Aa]n|[Tt]he)\s+(?P<prep>for|of|to|with|from|into|onto|during|than|among|at|by"
    r"|via)\b(?![-\u2010])",
)


def article_without_noun(text: str) -> list[Finding]:
    """Errors for an article directly before a preposition: the noun between them is missing."""
    found = []
    for m in _ARTICLE_PREPOSITION.finditer(text):
        found.append(
            Finding(
                "grammar",
                "error",
                "missing_noun",
                f"'{m.group()}': a word is missing after '{m.group('article')}' (the noun it introduces).",
                m.span(),
                None,
            )
        )
    return found
