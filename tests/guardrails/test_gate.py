"""The literal gate before the negativity and pressure regexes (guardrails/gate.py): it must never change a result,
only skip searches that cannot match."""

from __future__ import annotations

import importlib
import re

import pytest
import yaml
from guardrail_corpus import HERE

from afterview.guardrails.gate import Gated, gated, needles
from afterview.guardrails.text import sentences

GATED_MODULES = (
    "negative_acts",
    "negative_conduct",
    "negative_implied",
    "negative_targets",
    "negative_verdicts",
    "negative_waits",
    "negative_asides",
    "negativity",
    "pressure",
)


def test_needles_are_the_literal_runs_every_match_needs() -> None:
    assert needles(re.compile(r"\bas I (?:said|wrote)\b", re.I)) == {"as i "}
    # an alternation: one of its branches' strings; a branch with no literal leaves the gate open
    assert needles(re.compile(r"\b(?:dreadful|a shambles)\b", re.I)) == {"dreadful", "a shambles"}
    assert needles(re.compile(r"\b(?:dreadful|\w+ly)\b")) == {"dreadful", "ly"}
    assert needles(re.compile(r"\b(?:dreadful|[a-z]+)\b")) is None
    # an optional part promises nothing, a repeated one does
    assert needles(re.compile(r"(?:very )?slow")) == {"slow"}
    assert needles(re.compile(r"(?:hmm)?\d+")) is None
    assert needles(re.compile(r"(?:ha)+!")) == {"ha"}


def test_a_gated_pattern_finds_what_the_pattern_finds() -> None:
    pattern = re.compile(r"\b(?:kept|left) (?:me|us) (?:waiting|hanging)\b", re.I)
    gate = gated(pattern)
    for text in ("They KEPT ME WAITING all week.", "We left us hanging.", "I kept notes while waiting."):
        found, expected = gate.search(text), pattern.search(text)
        assert (found and found.span()) == (expected and expected.span())
    assert gate.search("Thank you for the tour of the depot.") is None
    assert [m.group() for m in gate.finditer("left me hanging, kept us waiting")] == [
        "left me hanging",
        "kept us waiting",
    ]
    assert gate.match("kept me waiting", 0) is not None and gate.match("x kept me waiting") is None


def _gates() -> list[tuple[str, Gated]]:
    out = []
    for name in GATED_MODULES:
        module = importlib.import_module(f"afterview.guardrails.{name}")
        out += [(f"{name}.{k}", v) for k, v in vars(module).items() if isinstance(v, Gated)]
        out += [(f"{name}.RULES", rule[0]) for rule in getattr(module, "RULES", ()) if isinstance(rule[0], Gated)]
    return out


def _corpus_sentences() -> list[str]:
    texts: list[str] = []
    for path in ("corpus.yaml", "blind16/tune.yaml", "blind17/tune.yaml"):
        data = yaml.safe_load((HERE / path).read_text(encoding="utf-8"))
        items = data["items"] if isinstance(data, dict) else data
        texts += [s.text for item in items for s in sentences(str(item.get("body", "")))]
    return texts


@pytest.mark.slow
def test_the_gates_never_change_a_search_over_the_corpora() -> None:
    texts = _corpus_sentences()
    gates = _gates()
    assert len(gates) >= 60 and len(texts) >= 1000
    for name, gate in gates:
        for text in texts:
            found, expected = gate.search(text), gate.pattern.search(text)
            assert (found and found.span()) == (expected and expected.span()), (name, text)


def test_the_gates_never_change_a_search_over_a_sample() -> None:
    texts = _corpus_sentences()[::15]
    for name, gate in _gates():
        for text in texts:
            found, expected = gate.search(text), gate.pattern.search(text)
            assert (found and found.span()) == (expected and expected.span()), (name, text)
