"""Part-of-speech tags for a short phrase, from the averaged-perceptron tagger that `denckring-en-pos` ships.

The package's own `import` brings in its whole framework (~150 ms); only its weights are needed, so they are
read straight from the installed package's data file (~100 ms, once, on first use) and scored here with the
same feature set the model was trained with (Honnibal's textblob-aptagger features, as the package's
`perceptron.py` defines them: Apache-2.0). Each tag is UD's part of speech and, for a verb, its VerbForm
("VERB|Fin", "VERB|Ger", "NOUN|-"). Deterministic: ties resolve by label. Without the package installed,
`tags` returns None and the caller treats the phrase as unknown.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Sequence
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

_START, _END = "<s>", "</s>"
# letters of any script ('Nauthólsvík', 'Zürich' are one word each, never 'Nauth', 'lsv', 'k'), digits, and inside a
# word apostrophes, hyphens, points and percent signs
_TOKEN = re.compile(r"[^\W_](?:(?:[^\W_]|['’%.-])*(?:[^\W_]|%))?")


def tokens(text: str) -> list[str]:
    """The words of `text` as the tagger was trained on them: letters, digits, inner apostrophes and hyphens,
    with a contraction split as the treebank splits it ('doesn't' → 'does', "n't")."""
    out: list[str] = []
    for word in _TOKEN.findall(text):
        low = word.lower().replace("’", "'")
        clitic = re.search(r"'(?:re|ve|ll|m|d|s)$", low)
        if low.endswith("n't") and len(low) > 3:
            stem = word[:-3] if low not in ("can't", "won't") else {"can't": "ca", "won't": "wo"}[low]
            out += [stem, "n't"]
        elif clitic and clitic.start() > 0:  # "we're" → 'we', "'re"
            out += [word[: clitic.start()], word[clitic.start() :].replace("’", "'")]
        else:
            out.append(word)
    return out


@cache
def _model() -> dict[str, Any] | None:
    spec = find_spec("denckring_en_pos")  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "tagger.json.gz"
    if not path.exists():
        return None
    raw = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return {"weights": raw["weights"], "tagdict": raw["tagdict"], "classes": sorted(raw["classes"])}


def _features(index: int, word: str, context: Sequence[str], prev: str, prev2: str) -> list[str]:
    lower = word.lower()
    shape = ("X" if word[:1].isupper() else "x") + ("d" if any(ch.isdigit() for ch in word) else "")
    return [
        "bias",
        f"suf3 {lower[-3:]}",
        f"suf2 {lower[-2:]}",
        f"suf1 {lower[-1:]}",
        f"pre1 {lower[:1]}",
        f"shape {shape}",
        f"w {lower}",
        f"t-1 {prev}",
        f"t-2 {prev2}",
        f"t-1t-2 {prev} {prev2}",
        f"w-1 {context[index - 1] if index else _START}",
        f"w-2 {context[index - 2] if index > 1 else _START}",
        f"w+1 {context[index + 1] if index + 1 < len(context) else _END}",
        f"w+2 {context[index + 2] if index + 2 < len(context) else _END}",
        f"t-1 w {prev} {lower}",
    ]


def _predict(model: dict[str, Any], feats: Sequence[str]) -> str:
    scores: dict[str, float] = {}
    for feat in feats:
        for label, weight in model["weights"].get(feat, {}).items():
            scores[label] = scores.get(label, 0.0) + weight
    classes: list[str] = model["classes"]
    if not scores:
        return classes[-1]
    return max(classes, key=lambda label: (scores.get(label, 0.0), label))


@cache
def _tag(words: tuple[str, ...]) -> tuple[str, ...] | None:
    model = _model()
    if model is None:
        return None
    out: list[str] = []
    prev = prev2 = _START
    context = [w.lower() for w in words]
    for index, word in enumerate(words):
        guess = model["tagdict"].get(context[index]) or _predict(model, _features(index, word, context, prev, prev2))
        out.append(guess)
        prev2, prev = prev, guess
    return tuple(out)


def tags(words: Sequence[str]) -> list[str] | None:
    """One "UPOS|VerbForm" tag per word, or None when the tagger is not installed."""
    found = _tag(tuple(words))
    return list(found) if found is not None else None
