"""Whether a notes item has a finite verb of its own ('markdowns ate margin last fall', 'maps break on mobile'),
read from the dictionary's word classes and the words around it; the writer's gate (writer/gate.py) asks."""

from __future__ import annotations

from afterview.writer.shapes import _CONTRACTED, DETERMINERS, FINITE, PREPOSITIONS, WH, lemmas, words_of

_SUBJECT_PRONOUNS = {"i", "we", "they", "he", "she", "it", "you", "there", "someone", "everyone", "nobody"}

_ADVERBS = {"still", "now", "often", "also", "always", "never", "just", "usually", "sometimes", "rarely"}
# the same and more, for a subject said to its reader ('he also rows' -> 'you also row'; perspective.py, gate.py)
BEFORE_VERB = frozenset(
    _ADVERBS | {"really", "already", "even", "actually", "regularly", "occasionally", "mostly", "too"}
)


def _only_verb(word: str) -> bool:
    found = lemmas(word)
    return "VERB" in found and "NOUN" not in found and "ADJ" not in found and "ADV" not in found


def _finite_verb(words: list[str], n: int, acronyms: frozenset[int] = frozenset()) -> bool:
    """Whether `words[n]` is a finite verb here: a modal or auxiliary, a word that can only be a verb
    ('ate', 'arrives'), or a noun-or-verb word after a subject outside any prepositional phrase with
    the form that agrees with it ('maps break', 'data arrives'). `acronyms`: the places of words written in
    capitals ('DBS', 'AWS'), which end in 's' without being plurals ('DBS check' is a noun phrase)."""
    word = words[n]
    if word in FINITE or word.endswith("n't"):
        return True
    if n == 0 or not word.replace("-", "").isalpha():  # 're-keys' is a verb as 'rekeys' is
        return False
    before = words[n - 1]
    if before in DETERMINERS or before in PREPOSITIONS or before in WH or before in ("to", "not"):
        return False
    if _only_verb(word):
        return not word.endswith("ing")
    if "VERB" not in lemmas(word) or word.endswith("ing"):
        return False
    at = n - 1
    if before in _ADVERBS and n >= 2:  # 'reminders still go out': the subject stands before the adverb
        before, at = words[n - 2], n - 2
    after = words[n + 1] if n + 1 < len(words) else ""
    particle = after in ("out", "up", "off", "back", "down", "away", "over", "through")
    if (
        after.isalpha()
        and "NOUN" in lemmas(after)
        and after not in PREPOSITIONS
        and after not in DETERMINERS
        and not particle
    ):
        return False  # 'bears season ticket holder': a run of nouns, not a subject and its verb
    if any(w in PREPOSITIONS for w in words[:n]):  # 'council pushback on road diets': inside a phrase
        return False
    if before in _SUBJECT_PRONOUNS:
        return True
    plural_subject = before.endswith("s") and not before.endswith("ss") and at not in acronyms
    return word.endswith("s") != plural_subject or word.endswith("ed")


def has_verb(text: str) -> bool:
    """A finite verb somewhere after the first word: 'markdowns ate margin last fall', 'maps break on
    mobile'; not 'council pushback on road diets since the Elm St project' nor 'bears season ticket holder'."""
    words = words_of(text)
    if words and (words[0] in _SUBJECT_PRONOUNS or _CONTRACTED.match(words[0])) and len(words) > 1:
        return True  # 'you're FIT too'
    return any(_finite_verb(words, n, acronyms_at(text)) for n in range(1, len(words)))


def acronyms_at(text: str) -> frozenset[int]:
    """The places (as words_of counts them) of the words written in capitals: 'DBS' in 'DBS check and references'."""
    return frozenset(
        n for n, w in enumerate(text.split()) if (bare := w.strip(",;:.!?()\"'")).isupper() and len(bare) > 1
    )


def verb_last(text: str) -> bool:
    """'the on-call rota for home births works', 'a claim from the depot moves': a subject on a determiner with a
    phrase after its noun, then a verb in -s that agrees with it, last (asked of a how-clause's body, which the
    notes' item made a clause already: 'the cost of delays' has its noun last, no verb)."""
    words = words_of(text)
    n = len(words) - 1
    if n < 3 or words[0] not in DETERMINERS or not words[n].endswith("s") or "VERB" not in lemmas(words[n]):
        return False
    at = next((i for i in range(2, n) if words[i] in PREPOSITIONS), None)
    if at is None or n - at < 2 or words[n - 1] in DETERMINERS:
        return False  # 'the rota for nights', 'the cost of delays': the last word is the phrase's own noun
    head = words[at - 1]
    return not head.endswith("s") and ("NOUN" in lemmas(head) or not lemmas(head))
