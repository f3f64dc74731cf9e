"""Per-rule precision at error severity across every spent blind corpus: the measurement behind
src/afterview/guardrails/severity_policy.py (issue 15: severity that follows measured precision).

Every draft of blind2 … blind23 (both halves: all spent) is checked as `afterview check` would, with the severity
policy switched off, so each rule reports at the severity its check gives it. Per (check, code), counted once per
draft: firings at error severity, true (the draft's labels `expect` or `defensible` the rule's family), false (a false
alarm), precision, the same precision on the held-out halves alone (P/firings; spent, but tuned on only after
each was run once) and the corpora where it fired falsely (blind number × drafts). Below, the family pools of the
codes with fewer than severity_policy.MIN_FIRINGS firings, and the table the policy module holds, ready to paste.

    .venv/bin/python bench/rule_precision.py > bench/results/rule_precision.txt
    .venv/bin/python bench/rule_precision.py --corpora blind22 blind23
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "guardrails"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind2_corpus as b2
import guardrails_loco as loco

from afterview.draft import Draft, Finding
from afterview.guardrails import severity_policy as policy

CORPORA = ("blind2", "blind3", "blind5", *(f"blind{n}" for n in range(7, 24)))


class Rule:
    def __init__(self) -> None:
        self.true = 0
        self.false = 0
        self.false_in: dict[str, int] = defaultdict(int)
        self.heldout_true = 0
        self.heldout_false = 0

    @property
    def heldout(self) -> str:
        n = self.heldout_true + self.heldout_false
        return f"{self.heldout_true / n:.2f}/{n}" if n else "-"

    @property
    def firings(self) -> int:
        return self.true + self.false

    @property
    def precision(self) -> float:
        return self.true / self.firings if self.firings else 1.0


def _raw(draft: Draft, findings: object) -> tuple[Finding, ...]:
    return tuple(findings)  # type: ignore[call-overload]


def measure(corpora: list[str]) -> dict[tuple[str, str], Rule]:
    policy.settle = _raw  # type: ignore[assignment]  # the rules' own severities, before the policy
    rules: dict[tuple[str, str], Rule] = defaultdict(Rule)
    for name in corpora:
        for half in ("tune", "heldout"):
            for item in b2.load(half, loco.ROOT / name):
                draft = b2.check(item, loco.ROOT / name)
                keys = {(f.check, f.code) for f in draft.findings if f.severity == "error"}
                for check, code in sorted(keys):
                    rule = rules[(check, code)]
                    right = check in item.expect or check in item.defensible
                    rule.true += right
                    rule.false += not right
                    if not right:
                        rule.false_in[name] += 1
                    if half == "heldout":
                        rule.heldout_true += right
                        rule.heldout_false += not right
    return rules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", nargs="+", default=list(CORPORA))
    args = parser.parse_args()
    rules = measure(args.corpora)
    print(f"corpora: {' '.join(args.corpora)}; threshold {policy.THRESHOLD}, minimum {policy.MIN_FIRINGS} firings")
    print(f"{'check:code':<44}{'fired':>6}{'true':>6}{'false':>6}{'prec':>6}{'held-out P/n':>14}  fired falsely in")
    ordered = sorted(rules.items(), key=lambda kv: (-kv[1].firings, kv[0]))
    for (check, code), r in ordered:
        where = " ".join(f"{c.removeprefix('blind')}×{n}" for c, n in sorted(r.false_in.items()))
        print(
            f"{check + ':' + code:<44}{r.firings:>6}{r.true:>6}{r.false:>6}{r.precision:>6.2f}{r.heldout:>14}  {where}"
        )
    pools: dict[str, Rule] = defaultdict(Rule)
    for (check, code), r in rules.items():
        exact = check in policy.EXACT_FAMILIES or (check, code) in policy.EXACT_CODES
        if r.firings < policy.MIN_FIRINGS and not exact:
            pools[check].true += r.true
            pools[check].false += r.false
    print(f"\nfamily pools of codes with < {policy.MIN_FIRINGS} firings each (exact rules left out):")
    for check, r in sorted(pools.items()):
        print(f"{check:<44}{r.firings:>6}{r.true:>6}{r.false:>6}{r.precision:>6.2f}")
    print("\n# severity_policy.py tables (exact families and codes are trusted whatever they measure)")
    untrusted = {
        k: r
        for k, r in ordered
        if r.firings >= policy.MIN_FIRINGS
        and r.precision < policy.THRESHOLD
        and k[0] not in policy.EXACT_FAMILIES
        and k not in policy.EXACT_CODES
    }
    print("UNTRUSTED = {")
    for (check, code), r in untrusted.items():
        print(f'    ("{check}", "{code}"): ({r.firings}, {r.false}),')
    print("}")
    print("UNTRUSTED_FAMILIES = {")
    for check, r in sorted(pools.items()):
        if r.precision < policy.THRESHOLD:
            print(f'    "{check}": ({r.firings}, {r.false}),')
    print("}")
    print("MEASURED = frozenset({")
    for (check, code), r in ordered:
        if r.firings >= policy.MIN_FIRINGS:
            print(f'    ("{check}", "{code}"),')
    print("})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
