"""How a jotted participle stands to its subject: 'hearings postponed because …', 'techs stretched thin' and
'invoices paid late' say a state of the subject ('are postponed'); 'orders slipped to 3 a day' is the subject's
own verb; '1 in 10 hearings', '2 of 5 kilns' are one count (writer/head.participle_copula)."""

from __future__ import annotations

from afterview.writer.lemma import NO_OBJECT, lemmas

# verbs a jotted subject does itself ('orders slipped to 3 a day', 'tickets doubled over winter'): never 'are slipped'
CHANGES = NO_OBJECT | frozenset(
    "double triple quadruple halve grow shrink decline increase decrease improve worsen climb soar jump plateau "
    "recover lag slow churn rebound stagnate".split()
)
_CONJUNCTIONS = frozenset("because since so as while if unless until when whenever although though once".split())


def past_participle(word: str, found: dict[str, tuple[str, ...]]) -> bool:
    """'postponed', 'taken', and the irregular ones ('paid', 'kept', 'built')."""
    if word.endswith(("ed", "en")):
        return True
    import lemminflect  # type: ignore[import-untyped,import-not-found,unused-ignore]

    return word in lemminflect.getInflection(found["VERB"][0], "VBN")


def no_object_after(word: str) -> bool:
    """'postponed because …', 'stretched thin', 'paid late': what follows a participle said of its noun is a
    conjunction, an adverb or an adjective, never an object."""
    if word in _CONJUNCTIONS:
        return True
    found = lemmas(word)
    return bool(found) and "NOUN" not in found and ("ADV" in found or "ADJ" in found)


def counted(words: list[str], n: int) -> bool:
    """'1 in 10', '2 of 5': a preposition between two figures."""
    return (
        0 < n < len(words) - 1
        and words[n] in ("in", "of", "out")
        and words[n - 1][:1].isdigit()
        and words[n + 1][:1].isdigit()
    )
