"""Per-kind precision of the grammar check's warnings across blind25 … blind33: the measurement behind
src/afterview/guardrails/grammar/lint_trust.py (issue 15, checks36).

Every draft of the spent corpora blind25 … blind33 is checked as `afterview check` would, with lint_trust switched
off (every kind at the severity its rule gives), and each warning or error of the grammar check is named by its kind:
Harper's rule name (caught from harper's organized_lints) or our own finding's code. Per kind, counted once per draft:
true (the draft is labelled `grammar`), false (labelled neither `grammar` nor defensibly so), precision, per corpus
true/false, and whether the decision (below P 0.9 over >= 5 firings: info; a message class of lint_trust.CLASSES
judged together; fewer firings: the rule's own severity) made without a
corpus agrees with the one made on all of them. Below: the grammar family per corpus before and after the policy,
and with each corpus's decision made without it (leave-one-corpus-out).

    PYTHONPATH=src .venv/bin/python bench/grammar_lint_precision.py > bench/results/checks36_grammar_lints.txt
    PYTHONPATH=src .venv/bin/python bench/grammar_lint_precision.py --dump findings.jsonl   # keep every finding
    PYTHONPATH=src .venv/bin/python bench/grammar_lint_precision.py --load findings.jsonl   # table from a dump
    PYTHONPATH=src .venv/bin/python bench/grammar_lint_precision.py --load findings.jsonl --families   # every family
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "guardrails"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind2_corpus as b2
import guardrails_loco as loco

from afterview.guardrails.grammar import harper_engine, lint_trust

Row = dict[str, Any]
Draft = tuple[str, str]


def collect(corpora: list[str]) -> list[Row]:
    """Every finding of every draft (policy off), with the Harper rule behind a grammar finding."""
    seen: list[tuple[str, int, int]] = []
    lint_by_rule = harper_engine._lint_by_rule

    def spy(linter: Any, text: str) -> Any:
        out = lint_by_rule(linter, text)
        seen.extend((rule, lint.span.start, lint.span.end) for rule, lint in out)
        return out

    harper_engine._lint_by_rule = spy  # type: ignore[assignment]
    harper_engine.may_warn = lambda kind: True  # type: ignore[assignment]
    check_mod = sys.modules["afterview.guardrails.grammar.check"]
    check_mod.may_warn = lambda kind: True  # type: ignore[attr-defined]
    rows: list[Row] = []
    for name in corpora:
        for item in loco.items_of(name):
            seen.clear()
            draft = b2.check(item, loco.ROOT / name)
            base = {"corpus": name, "id": item.id, "expect": item.expect, "defensible": item.defensible}
            rows.append({**base, "check": None})
            for f in draft.findings:
                rule = None
                if f.check == "grammar" and f.span:
                    same = [r for r in seen if r[1:] == f.span] or [r for r in seen if r[1] == f.span[0]]
                    rule = same[0][0] if same else None
                rows.append({**base, "check": f.check, "code": f.code, "sev": f.severity, "rule": rule})
    return rows


def kind(r: Row) -> str:
    return str(r["rule"] or r["code"])


def tally(grammar: list[Row], labels: dict[Draft, tuple[set[str], set[str]]], skip: str | None = None) -> dict:
    fire: dict[str, set[Draft]] = defaultdict(set)
    for r in grammar:
        if r["corpus"] != skip:
            fire[kind(r)].add((r["corpus"], r["id"]))
    out = {}
    for k, drafts in fire.items():
        true = sum(1 for d in drafts if "grammar" in labels[d][0])
        false = sum(1 for d in drafts if "grammar" not in labels[d][0] and "grammar" not in labels[d][1])
        out[k] = (true, false)
    return out


def decide(counts: dict[str, tuple[int, int]], harper: dict[str, bool]) -> tuple[set[str], dict[bool, list[int]]]:
    """The kinds that may warn, as lint_trust decides: a message class by its members' firings together, a kind
    with fewer than MIN_FIRINGS firings keeps its rule's severity. Also the pools of those small kinds (reported)."""
    counts = {k: counts.get(k, (0, 0)) for k in harper}
    pools: dict[bool, list[int]] = {True: [0, 0], False: [0, 0]}
    for k, (t, f) in counts.items():
        if t + f < lint_trust.MIN_FIRINGS:
            pools[harper[k]][0] += t
            pools[harper[k]][1] += f

    def judged(k: str) -> tuple[int, int]:
        for members, _ in lint_trust.CLASSES.values():
            if k in members:
                return sum(counts.get(m, (0, 0))[0] for m in members), sum(counts.get(m, (0, 0))[1] for m in members)
        return counts[k]

    def holds(t: int, f: int) -> bool:
        return t + f < lint_trust.MIN_FIRINGS or t >= lint_trust.THRESHOLD * (t + f)

    return {k for k in counts if k in lint_trust.HELD or holds(*judged(k))}, pools


def family(grammar: list[Row], labels: dict, corpus: str, trusted: set[str] | None) -> tuple[int, int, int]:
    fired = {
        (r["corpus"], r["id"]) for r in grammar if r["corpus"] == corpus and (trusted is None or kind(r) in trusted)
    }
    tp = fp = fn = 0
    for d, (expect, defensible) in labels.items():
        if d[0] != corpus or ("grammar" in defensible and "grammar" not in expect):
            continue
        actual, predicted = "grammar" in expect, d in fired
        tp += actual and predicted
        fp += predicted and not actual
        fn += actual and not predicted
    return tp, fp, fn


def f1(t: tuple[int, int, int]) -> float:
    return 2 * t[0] / (2 * t[0] + t[1] + t[2]) if t[0] else 0.0


def report(rows: list[Row]) -> None:
    corpora = sorted({r["corpus"] for r in rows}, key=lambda c: int(c.removeprefix("blind")))
    labels = {(r["corpus"], r["id"]): (set(r["expect"]), set(r["defensible"])) for r in rows}
    grammar = [r for r in rows if r["check"] == "grammar" and r["sev"] in ("warning", "error")]
    harper = {kind(r): r["rule"] is not None for r in grammar}
    counts = tally(grammar, labels)
    trusted, pools = decide(counts, harper)
    without = {c: decide(tally(grammar, labels, skip=c), harper)[0] for c in corpora}
    print("kind                          engine  true false    P  firings  decision  loco-disagrees  per corpus t/f")
    for k, (t, f) in sorted(counts.items(), key=lambda x: -sum(x[1])):
        by_corpus = defaultdict(lambda: [0, 0])
        for r in {(r["corpus"], r["id"]) for r in grammar if kind(r) == k}:
            exp, dfn = labels[r]
            if "grammar" in exp:
                by_corpus[r[0]][0] += 1
            elif "grammar" not in dfn:
                by_corpus[r[0]][1] += 1
        cells = " ".join(
            f"{c.removeprefix('blind')}:{by_corpus[c][0]}/{by_corpus[c][1]}" for c in corpora if c in by_corpus
        )
        disagree = ",".join(c.removeprefix("blind") for c in corpora if (k in without[c]) != (k in trusted)) or "-"
        print(
            f"{k:30}{'harper' if harper[k] else 'own':7}{t:5}{f:6} {t / (t + f) if t + f else 1:5.2f}{t + f:9}"
            f"  {'warn' if k in trusted else 'info':8}  {disagree:14}  {cells}"
        )
    print(
        f"\npools of kinds under {lint_trust.MIN_FIRINGS} firings (true, false): "
        f"harper {pools[True]}, own {pools[False]}"
    )
    print(
        "\ngrammar family per corpus, tp/fp/fn and F1: before (every kind warns), after (the policy), "
        "loco (decided without it)"
    )
    totals = [[0, 0, 0] for _ in range(3)]
    for c in corpora:
        runs = (
            family(grammar, labels, c, None),
            family(grammar, labels, c, trusted),
            family(grammar, labels, c, without[c]),
        )
        for tot, run in zip(totals, runs, strict=True):
            for i in range(3):
                tot[i] += run[i]
        print(f"{c:8} " + "   ".join(f"{run[0]:3}/{run[1]:2}/{run[2]:2} F1 {f1(run):.2f}" for run in runs))
    print("pooled   " + "   ".join(f"{t[0]:3}/{t[1]:2}/{t[2]:2} F1 {f1((t[0], t[1], t[2])):.2f}" for t in totals))


def kinds_table(rows: list[Row]) -> None:
    """Every (family, code) at warning or error: true/false firings per draft, precision, firings on clean drafts
    (labelled with nothing), and per corpus true/false."""
    corpora = sorted({r["corpus"] for r in rows}, key=lambda c: int(c.removeprefix("blind")))
    labels = {(r["corpus"], r["id"]): (set(r["expect"]), set(r["defensible"])) for r in rows}
    fire: dict[tuple[str, str], set[Draft]] = defaultdict(set)
    for r in rows:
        if r["check"] and r["sev"] in ("warning", "error"):
            fire[(r["check"], r["code"])].add((r["corpus"], r["id"]))
    print("family           code                          true false    P  clean  per corpus true/false")
    for (fam, code), drafts in sorted(fire.items(), key=lambda x: (x[0][0], -len(x[1]))):
        by: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        clean = 0
        for d in drafts:
            expect, defensible = labels[d]
            clean += not expect
            if fam in expect:
                by[d[0]][0] += 1
            elif fam not in defensible:
                by[d[0]][1] += 1
        t, f = sum(v[0] for v in by.values()), sum(v[1] for v in by.values())
        cells = " ".join(f"{c.removeprefix('blind')}:{by[c][0]}/{by[c][1]}" for c in corpora if c in by)
        print(f"{fam:17}{code:30}{t:5}{f:6} {t / (t + f) if t + f else 1:5.2f}{clean:6}  {cells}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, help="write every finding (JSON lines) here")
    parser.add_argument("--load", type=Path, help="read the findings from a dump instead of checking")
    parser.add_argument("--corpora", nargs="*", default=list(loco.RECENT))
    parser.add_argument("--families", action="store_true", help="the table of every family's finding kinds instead")
    args = parser.parse_args()
    if args.load:
        rows = [json.loads(line) for line in args.load.read_text(encoding="utf-8").splitlines()]
    else:
        rows = collect(args.corpora)
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    kinds_table(rows) if args.families else report(rows)


if __name__ == "__main__":
    main()
