"""What the severity policy (src/afterview/guardrails/severity_policy.py) changes in `afterview check`'s verdict: per
corpus half, clean drafts and flawed drafts (labels that expect a family) marked NOT READY (any error), with the
policy off (each rule's own severity) and on.

    .venv/bin/python bench/policy_ready.py --corpora blind23
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "guardrails"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind2_corpus as b2
import guardrails_loco as loco

from afterview.draft import Draft, Finding
from afterview.guardrails import severity_policy as policy


def _raw(draft: Draft, findings: object) -> tuple[Finding, ...]:
    return tuple(findings)  # type: ignore[call-overload]


def not_ready(items: list[b2.Item], root: Path) -> tuple[int, int, int, int]:
    """(clean NOT READY, clean, flawed NOT READY, flawed)."""
    counts = [0, 0, 0, 0]
    for item in items:
        draft = b2.check(item, root)
        blocked = any(f.severity == "error" for f in draft.findings)
        at = 2 if item.expect else 0
        counts[at] += blocked
        counts[at + 1] += 1
    return counts[0], counts[1], counts[2], counts[3]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", nargs="+", default=["blind23"])
    args = parser.parse_args()
    settle = policy.settle
    print(f"{'corpus half':<20}{'clean NOT READY off -> on':>28}{'flawed NOT READY off -> on':>30}")
    for name in args.corpora:
        for half in ("tune", "heldout"):
            items = b2.load(half, loco.ROOT / name)
            policy.settle = _raw  # type: ignore[assignment]
            off = not_ready(items, loco.ROOT / name)
            policy.settle = settle  # type: ignore[assignment]
            on = not_ready(items, loco.ROOT / name)
            clean = f"{off[0]}/{off[1]} -> {on[0]}/{on[1]}"
            flawed = f"{off[2]}/{off[3]} -> {on[2]}/{on[3]}"
            print(f"{name + ' ' + half:<20}{clean:>28}{flawed:>30}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
