"""An experiment, not shipped: a per-sentence negativity scorer learned from labelled drafts (issue 15).

Phrase rules per speech act catch what their authors saw; a fresh author criticises a former employer, the product or
the wait in words no rule holds. The scorer sums naive Bayes log odds of a sentence's words and word pairs, trained
(bench/negativity_training.py) on the sentences of the project's labelled corpora: clean drafts' sentences and the
sentences of drafts flawed in other ways are negatives, the flawed sentence of a negativity draft a positive. Words
of the notes' own items (their challenges, topics, your highlights) are read as one token, `<notes>`, and names and
numbers as `<name>` and `<num>`: the scorer judges how a sentence speaks, not what it is about, so it is not tied to
the corpora's subjects. Pure Python and deterministic.

Measured leave-one-corpus-out (bench/guardrails_loco.py --scorer-from others, weights trained on every corpus but
the one scored) it found no negativity draft the rules miss on any corpus and cost precision on three of four
(bench/results/guardrails_loco.txt), so the checks do not use it: it lives here to be measured again on new corpora.
`with_scorer(check_negativity)` is the check with the scorer's sentences added, for the bench only.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from afterview.draft import Draft, Finding
from afterview.guardrails.context import CheckContext
from afterview.guardrails.support import per_notes
from afterview.notes.model import Notes

TOP = 3
_TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?|\d[\d,.]*%?")


@dataclass(frozen=True)
class Weights:
    """Feature weights, a bias and the probability at or above which a sentence reads as negative."""

    features: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = math.inf  # off

    @classmethod
    def off(cls) -> Weights:
        return cls()

    def probability(self, feats: set[str]) -> float:
        """The sentence's score: the sum of its TOP strongest features' weights (a long sentence gathers no more)."""
        present = sorted((self.features[f] for f in feats if f in self.features), reverse=True)
        return sum(present[:TOP])


_current: list[Weights] = [Weights.off()]


def use_weights(weights: Weights) -> None:
    """Score with `weights` from now on (a leave-one-corpus-out run trains them without the corpus it scores)."""
    _current[0] = weights


def current() -> Weights:
    return _current[0]


@per_notes
def notes_words(notes: Notes) -> frozenset[str]:
    """The words of the notes' own items: their challenges and topics, your highlights, the company's news."""
    items = [*notes.candidate.highlights, *notes.candidate.since_interview, *notes.company.news]
    items += [x for i in notes.interviewers for x in (*i.topics, *i.challenges)]
    return frozenset(w.lower() for item in items for w in re.findall(r"[A-Za-z]{3,}", item))


def tokens(text: str, notes_words: frozenset[str]) -> list[str]:
    """The sentence's words, lower-cased; the notes' own words as `<notes>`, names as `<name>`, numbers as `<num>`."""
    out: list[str] = []
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = m.group().replace("\u2019", "'")
        low = word.lower()
        if word[0].isdigit():
            out.append("<num>")
        elif low in notes_words and len(low) > 3:
            out.append("<notes>")
        elif i > 0 and word[0].isupper() and low != "i" and not low.startswith("i'"):
            out.append("<name>")
        else:
            out.append(low)
    return out


def features(text: str, notes_words: frozenset[str]) -> set[str]:
    toks = tokens(text, notes_words)
    return set(toks) | {f"{a} {b}" for a, b in itertools.pairwise(toks)}


def probability(text: str, notes_words: frozenset[str], weights: Weights | None = None) -> float:
    return (weights or current()).probability(features(text, notes_words))


def reads_negative(text: str, notes_words: frozenset[str]) -> float | None:
    """The sentence's score when it reaches the weights' threshold, else None."""
    weights = current()
    p = weights.probability(features(text, notes_words))
    return p if p >= weights.threshold else None


def with_scorer(
    check: Callable[[Draft, CheckContext], list[Finding]],
) -> Callable[[Draft, CheckContext], list[Finding]]:
    """The negativity check with a warning added on each sentence the scorer reaches (greeting and sign-off lines
    left out) that the check did not already report."""
    from afterview.guardrails.negativity import _framing
    from afterview.guardrails.text import sentences

    def check_negativity(draft: Draft, ctx: CheckContext) -> list[Finding]:
        found = check(draft, ctx)
        taken = [f.span for f in found if f.span]
        framed = _framing(draft.body)
        words = notes_words(ctx.notes)
        for s in sentences(draft.body):
            if s.start in framed or any(a < s.end and s.start < b for a, b in taken):
                continue
            score = reads_negative(s.text, words)
            if score is not None:
                found.append(Finding("negativity", "warning", "reads_negative", f"score {score:.1f}", (s.start, s.end)))
        return found

    return check_negativity
