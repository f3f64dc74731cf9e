"""Train the experimental negativity sentence scorer (bench/negativity_scorer.py) from the labelled draft corpora.

    .venv/bin/python bench/negativity_training.py --loco             # leave-one-corpus-out, the scorer alone
    .venv/bin/python bench/negativity_training.py --top 40           # the strongest features, trained on every corpus

Sentences (greeting and sign-off lines left out) are labelled from the drafts' labels: every sentence of a draft with
no negativity label (clean, or flawed in another family) is a negative; in a negativity draft the sentence that holds
a phrase the label's `note` quotes is a positive, and where the note quotes none, the sentence the scorer trained so
far rates highest (multiple-instance learning, two rounds). The other sentences of a negativity draft are not used.
A feature (a word or a word pair, after guardrails/negative_scorer.tokens) is kept only when sentences of at least
two corpora use it, so a word one corpus's authors favoured cannot carry the score. Naive Bayes over
word presence (log odds per feature, only words that argue for a positive), one pass: deterministic.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "guardrails"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind2_corpus as b2
import negativity_scorer as ns

from afterview.guardrails.negativity import _framing as framing
from afterview.guardrails.text import sentences

ROOT = b2.HERE.parent
CORPORA = ("blind2", "blind3", "blind5", "blind7", "blind8")
ALPHA = 0.5
MIN_POSITIVE = 2  # a word counts for a positive only when two positive sentences use it
TARGET_CLEAN_FP = 0.01  # the threshold: at most this share of the training corpora's clean drafts reach it
_QUOTED = re.compile(r"[\"\u201c']([^\"\u201d']{4,})[\"\u201d']")


@dataclass
class Sentence:
    corpus: str
    draft: str
    text: str
    feats: frozenset[str]
    label: int | None  # 1, 0, or None (a negativity draft's sentence, not chosen yet)
    seeded: bool = False
    clean_draft: bool = False


def _notes_words(corpus: str, notes: str) -> frozenset[str]:
    return ns.notes_words(b2._notes(ROOT / corpus, notes))


@cache
def labelled(corpus: str) -> tuple[Sentence, ...]:
    import guardrails_loco

    out: list[Sentence] = []
    for item in guardrails_loco.items_of(corpus):
        words = _notes_words(corpus, item.notes)
        framed = framing(item.body)
        parts = [s for s in sentences(item.body) if s.start not in framed]
        negative = "negativity" in item.expect
        if "negativity" in item.defensible and not negative:
            continue
        quotes = [q.lower().strip(" .,") for q in _QUOTED.findall(item.note or "")] if negative else []
        for s in parts:
            feats = frozenset(ns.features(s.text, words))
            if not negative:
                out.append(Sentence(corpus, item.id, s.text, feats, 0, clean_draft=not item.expect))
                continue
            seeded = any(q and q in s.text.lower().replace("\u2019", "'") for q in quotes)
            out.append(Sentence(corpus, item.id, s.text, feats, 1 if seeded else None, seeded=seeded))
    return tuple(out)


def _fit(data: list[tuple[frozenset[str], int]], kept: set[str]) -> ns.Weights:
    """Naive Bayes over word presence, as a linear model: a feature's weight is its log odds of a positive sentence
    against a negative one (add-ALPHA smoothing); the bias is the prior's log odds. One pass: deterministic."""
    pos = [f & kept for f, y in data if y]
    neg = [f & kept for f, y in data if not y]
    counts_pos: dict[str, int] = {}
    counts_neg: dict[str, int] = {}
    for feats in pos:
        for f in feats:
            counts_pos[f] = counts_pos.get(f, 0) + 1
    for feats in neg:
        for f in feats:
            counts_neg[f] = counts_neg.get(f, 0) + 1
    weights: dict[str, float] = {}
    for f in sorted(set(counts_pos) | set(counts_neg)):
        p = (counts_pos.get(f, 0) + ALPHA) / (len(pos) + 2 * ALPHA)
        q = (counts_neg.get(f, 0) + ALPHA) / (len(neg) + 2 * ALPHA)
        w = math.log(p / q)
        if counts_pos.get(f, 0) >= MIN_POSITIVE and w > 0:
            weights[f] = round(w, 4)  # only evidence for: an absent word never argues a sentence down
    return ns.Weights(weights, round(math.log(max(len(pos), 1) / max(len(neg), 1)), 4))


def train(data: list[Sentence]) -> ns.Weights:
    """Weights and a threshold from these sentences (their corpora are the training corpora)."""
    seen: dict[str, set[str]] = {}
    for s in data:
        for f in s.feats:
            seen.setdefault(f, set()).add(s.corpus)
    kept = {f for f, cs in seen.items() if len(cs) >= 2}
    chosen = {id(s): s.label for s in data}
    for _ in range(2):
        rows = [(s.feats, chosen[id(s)]) for s in data if chosen[id(s)] is not None]
        weights = _fit(rows, kept)  # type: ignore[arg-type]
        best: dict[tuple[str, str], Sentence] = {}
        for s in data:
            if s.label is None:
                key = (s.corpus, s.draft)
                if key not in best or weights.probability(set(s.feats)) > weights.probability(set(best[key].feats)):
                    best[key] = s
        seeded = {(s.corpus, s.draft) for s in data if s.seeded}
        chosen = {id(s): s.label for s in data}
        for key, s in best.items():
            if key not in seeded:
                chosen[id(s)] = 1
    return _with_threshold(weights, data)


def _with_threshold(weights: ns.Weights, data: list[Sentence]) -> ns.Weights:
    drafts: dict[tuple[str, str], float] = {}
    for s in data:
        if s.clean_draft:
            key = (s.corpus, s.draft)
            drafts[key] = max(drafts.get(key, 0.0), weights.probability(set(s.feats)))
    ranked = sorted(drafts.values(), reverse=True)
    allowed = int(len(ranked) * TARGET_CLEAN_FP)
    threshold = ranked[allowed] + 1e-4 if ranked else math.inf
    return ns.Weights(weights.features, weights.bias, round(threshold, 4))


def evaluate(corpus: str, weights: ns.Weights) -> str:
    """The scorer alone on one corpus's drafts: negativity drafts reached, clean and other drafts reached."""
    top: dict[str, tuple[float, int, bool]] = {}
    for s in labelled(corpus):
        p = weights.probability(set(s.feats))
        neg = s.label != 0
        old = top.get(s.draft, (0.0, 0, False))
        top[s.draft] = (max(old[0], p), int(neg), s.clean_draft)
    hit = lambda kind: sum(1 for p, n, c in top.values() if kind(n, c) and p >= weights.threshold)  # noqa: E731
    count = lambda kind: sum(1 for p, n, c in top.values() if kind(n, c))  # noqa: E731
    return (
        f"{corpus}: negativity drafts {hit(lambda n, c: n)}/{count(lambda n, c: n)}, clean drafts "
        f"{hit(lambda n, c: c)}/{count(lambda n, c: c)}, other flawed drafts {hit(lambda n, c: not n and not c)}"
        f"/{count(lambda n, c: not n and not c)} (threshold {weights.threshold:.3f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loco", action="store_true")
    parser.add_argument("--top", type=int, default=0, help="print the strongest features")
    args = parser.parse_args()
    if args.loco:
        global TARGET_CLEAN_FP
        for target in (0.0, 0.02, 0.05):
            TARGET_CLEAN_FP = target
            print(f"threshold: {target:.0%} of the training corpora's clean drafts reach it")
            for corpus in CORPORA[1:]:
                weights = train([s for c in CORPORA if c != corpus for s in labelled(c)])
                print("  " + evaluate(corpus, weights))
    if args.top:
        weights = train([s for c in CORPORA for s in labelled(c)])
        for f, w in sorted(weights.features.items(), key=lambda x: -x[1])[: args.top]:
            print(f"{w:7.3f} {f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
