"""How far two careful people agree on a blind corpus's labels, beside how far the checks agree with either.

    .venv/bin/python bench/label_agreement.py                      # blind33's sample (stop 47)
    .venv/bin/python bench/label_agreement.py --dir bench/results/label_agreement33 --corpus blind33

DIR holds `key.yaml` (sample id -> corpus item id) and `second_labels.yaml` (`labels:` a list of id, expect,
defensible, note) written by a second labeller who read only SPEC, the domain guide and the notes, never the authors'
labels or the checks. What the checks fired is read from a guardrails_blind report of the whole corpus
(bench/results/guardrails_<corpus>_after.txt): an item's expected families less its FN, plus its FP. Four tables,
each P / R with one side taken as the truth (that side's `defensible` families are not counted as false alarms):
the second labeller against the authors, the checks against the authors, the checks against the second labeller,
and the authors against the second labeller. If two people agree at about 0.9 and the checks do not, the gap is the
checks', not the labels'.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FAMILIES = (
    "placeholders length timing personalization facts tone negativity grammar ai_tells claims purpose fluency".split()
)
MISS = re.compile(r"\s+(FP|FN) (\S+) \[(\w+)\]")

Labels = Callable[[str], set[str]]


def table(title: str, sample: list[str], truth: Labels, said: Labels, fair: Labels) -> None:
    print(f"\n{title}")
    print(f"{'family':16} {'pos':>4} {'tp':>4} {'fp':>4} {'fn':>4}  precision  recall")
    for family in FAMILIES:
        pos = tp = fp = fn = 0
        for item in sample:
            expected, fired = family in truth(item), family in said(item)
            pos += expected
            tp += expected and fired
            fp += fired and not expected and family not in fair(item)
            fn += expected and not fired
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / pos if pos else 1.0
        print(f"{family:16} {pos:4} {tp:4} {fp:4} {fn:4}  {precision:9.2f}  {recall:6.2f}")
    clean = [item for item in sample if not truth(item)]
    flagged = sum(1 for item in clean if said(item) - fair(item))
    print(f"clean drafts (by the truth side) flagged: {flagged}/{len(clean)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "bench/results/label_agreement33")
    parser.add_argument("--corpus", default="blind33")
    args = parser.parse_args()
    corpus = yaml.safe_load((ROOT / "tests/guardrails" / args.corpus / "all.yaml").read_text(encoding="utf-8"))
    items = {item["id"]: item for item in corpus["items"]}
    key: dict[str, str] = yaml.safe_load((args.dir / "key.yaml").read_text(encoding="utf-8"))
    second = {
        label["id"]: label
        for label in yaml.safe_load((args.dir / "second_labels.yaml").read_text(encoding="utf-8"))["labels"]
    }
    false_alarms: dict[str, set[str]] = defaultdict(set)
    missed: dict[str, set[str]] = defaultdict(set)
    report = ROOT / "bench/results" / f"guardrails_{args.corpus}_after.txt"
    for line in report.read_text(encoding="utf-8").splitlines():
        m = MISS.match(line)
        if m:
            (false_alarms if m[1] == "FP" else missed)[m[2]].add(m[3])

    def authors(sample_id: str) -> set[str]:
        return set(items[key[sample_id]].get("expect") or [])

    def authors_fair(sample_id: str) -> set[str]:
        return set(items[key[sample_id]].get("defensible") or [])

    def labeller(sample_id: str) -> set[str]:
        return set(second[sample_id].get("expect") or [])

    def labeller_fair(sample_id: str) -> set[str]:
        return set(second[sample_id].get("defensible") or [])

    def checks(sample_id: str) -> set[str]:
        item = key[sample_id]
        return (authors(sample_id) - missed[item]) | false_alarms[item]

    sample = sorted(key)
    print(f"{args.corpus}: {len(sample)} drafts labelled twice ({report.name} for the checks)")
    table("second labeller vs the authors", sample, authors, labeller, authors_fair)
    table("the checks vs the authors", sample, authors, checks, authors_fair)
    table("the checks vs the second labeller", sample, labeller, checks, labeller_fair)
    table("the authors vs the second labeller", sample, labeller, authors, labeller_fair)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
