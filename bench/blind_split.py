"""Split a sealed blind corpus into a tuning half and a held-out half, once, before any tuning.

    .venv/bin/python bench/blind_split.py blind5

Reads tests/guardrails/NAME/all.yaml (its sha256 must match bench/NAME.sha256), shuffles the items
with a fixed seed, and deals them into tune.yaml and heldout.yaml, stratified by notes file and by the
`expect` families (a clean draft counts as the label `clean`): iterative stratification places the items
of the rarest labels first, each into the half that still needs its labels, so every notes file and every
family is split about evenly. Each item's text is copied byte for byte (the YAML is split at its `- id:`
lines, never re-dumped). Writes bench/NAME_heldout.sha256. Reads only `id`, `notes` and `expect`.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261202


def blocks(text: str) -> tuple[str, list[str]]:
    """The header line and each item's raw text, split at the top-level `- id:` lines."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith("- id:")]
    header = "".join(lines[: starts[0]])
    ends = [*starts[1:], len(lines)]
    return header, ["".join(lines[s:e]) for s, e in zip(starts, ends, strict=True)]


def split(labelled: list[tuple[list[str], str]], rng: random.Random) -> tuple[list[str], list[str]]:
    """Iterative stratification: the items of the rarest labels are placed first; each item goes to the half
    that still needs more of its labels (each label's target is half its count), ties by the seeded coin,
    and neither half grows past half the corpus (rounded up)."""
    total: dict[str, int] = {}
    for labels, _ in labelled:
        for label in labels:
            total[label] = total.get(label, 0) + 1
    labelled = sorted(labelled, key=lambda lb: min(total[label] for label in lb[0]))  # stable
    cap = (len(labelled) + 1) // 2
    halves: tuple[list[str], list[str]] = ([], [])
    have: tuple[dict[str, int], dict[str, int]] = ({}, {})
    for labels, block in labelled:
        need = [sum(total[label] / 2 - have[h].get(label, 0) for label in labels) for h in (0, 1)]
        if len(halves[0]) >= cap:
            side = 1
        elif len(halves[1]) >= cap:
            side = 0
        elif need[0] != need[1]:
            side = 0 if need[0] > need[1] else 1
        else:
            side = rng.randrange(2)
        halves[side].append(block)
        for label in labels:
            have[side][label] = have[side].get(label, 0) + 1
    return halves


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", nargs="?", default="blind3", help="the corpus folder under tests/guardrails/")
    name = parser.parse_args().name
    directory = ROOT / "tests" / "guardrails" / name
    source = directory / "all.yaml"
    if not source.is_file():
        print(f"{source}: no such corpus file", file=sys.stderr)
        return 2
    data = source.read_bytes()
    pinned = (ROOT / "bench" / f"{name}.sha256").read_text().split()[0]
    if hashlib.sha256(data).hexdigest() != pinned:
        print(f"all.yaml does not match bench/{name}.sha256", file=sys.stderr)
        return 2
    text = data.decode("utf-8")
    header, raw = blocks(text)
    parsed = yaml.safe_load(text)["items"]
    if len(parsed) != len(raw):
        print("item count mismatch", file=sys.stderr)
        return 2
    labelled = []
    for block, item in zip(raw, parsed, strict=True):
        assert yaml.safe_load(block)[0]["id"] == item["id"]
        labels = [f"notes:{item['notes']}", *(item.get("expect") or ["clean"])]
        labelled.append((labels, block))
    rng = random.Random(SEED)
    rng.shuffle(labelled)
    halves = split(labelled, rng)
    tune, heldout = halves
    (directory / "tune.yaml").write_text(header + "".join(tune), encoding="utf-8")
    (directory / "heldout.yaml").write_text(header + "".join(heldout), encoding="utf-8")
    digest = hashlib.sha256((directory / "heldout.yaml").read_bytes()).hexdigest()
    (ROOT / "bench" / f"{name}_heldout.sha256").write_text(f"{digest}  tests/guardrails/{name}/heldout.yaml\n")
    print(f"tune {len(tune)}, heldout {len(heldout)}; heldout sha256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
