"""Which grammar findings may warn: the rule's measured precision on drafts nobody tuned it to (issue 15).

A grammar finding is advice (`info`) when its kind of finding has been measured wrong too often: across the spent
corpora blind25 … blind33 (bench/grammar_lint_precision.py; its table is bench/results/checks36_grammar_lints.txt),
a kind counts a firing once per draft, true when the draft is labelled `grammar`, false when it is labelled neither
`grammar` nor defensibly so. A kind with at least `MIN_FIRINGS` firings keeps its severity only when its precision is
at least `THRESHOLD`: Harper's be-agreement ('you was' beside 'the team were') and our comma splice fall below.
Harper's spell check falls below too (0.54) but is `HELD`: its false alarms are one class, a word from another
language, slang or British spelling ('riso', 'bhai', 'peasy', 'centrepiece'), its true ones slips of the keys
('beleive', 'realy', 'dont') that a careful reader always flags; it waits for that class to be split off.
Kinds that say the same thing in Harper's words are one message class (`CLASSES`: "Insert 'to'" after a verb that
takes an object, "agreed the scope", or after 'how'), judged together. A kind with fewer firings keeps the severity
its rule gives: a/an, a word said twice and the rarer slips have too few firings to be judged either way (their pool,
42 right and 12 wrong, is in the table).

A kind is Harper's rule name ('SpellCheck', 'ThenThan') or our own finding's code ('comma_splice').
"""

from __future__ import annotations

THRESHOLD = 0.9
MIN_FIRINGS = 5

# kind -> (true, false) firings across blind25 … blind33, for every kind with at least MIN_FIRINGS firings.
MEASURED: dict[str, tuple[int, int]] = {
    # Harper's rules
    "PronounVerbAgreement": (22, 2),
    "ItsContraction": (15, 1),
    "ThenThan": (15, 0),
    "TheirToThere": (11, 0),
    "OpenCompounds": (11, 0),
    "ModalOf": (10, 0),
    "MassNouns": (7, 0),
    "PronounContraction": (6, 0),
    "SpellCheck": (14, 12),
    "PronounInflectionBe": (5, 3),
    "MissingTo": (1, 5),
    # our own rules
    "verb_form": (41, 0),
    "your_youre": (38, 1),
    "agreement": (14, 1),
    "its_its": (11, 0),
    "weather_whether": (10, 0),
    "hear_here": (8, 0),
    "you_your": (7, 0),
    "lose_loose": (5, 0),
    "modal_past": (5, 0),
    "comma_splice": (2, 6),
}
# Message classes: kinds that give the same advice, judged by their firings together -> (true, false).
CLASSES: dict[str, tuple[frozenset[str], tuple[int, int]]] = {
    "insert 'to'": (frozenset({"MissingTo", "HowTo"}), (1, 7)),
}


# Kinds below the bar that keep their severity until the class of their false alarms is split off (module doc).
HELD = frozenset({"SpellCheck"})


def _holds(true: int, false: int) -> bool:
    return true + false < MIN_FIRINGS or true >= THRESHOLD * (true + false)


def may_warn(kind: str) -> bool:
    """Whether a finding of this kind keeps its warning or error (module doc); otherwise it is info."""
    if kind in HELD:
        return True
    for members, counts in CLASSES.values():
        if kind in members:
            return _holds(*counts)
    return _holds(*MEASURED.get(kind, (0, 0)))
