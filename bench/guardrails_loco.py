"""Leave-one-corpus-out: what each check family scores on each fresh corpus, one corpus at a time.

The fresh corpora (tests/guardrails/blind3, blind5, blind7, blind8, blind9; all spent, read whole) were each
written by authors who never saw the checks, and the checks were then tuned on their tune halves. A family's number
on a corpus is evidence about drafts nobody tuned the checks to only for a mechanism that was built without that
corpus: this bench prints the per-corpus numbers side by side, and `--without-scorer` / `--scorer-from` let a learned
experiment (the negativity sentence scorer, bench/negativity_scorer.py, which the checks do not use) be judged on a
corpus its weights never saw.

    .venv/bin/python bench/guardrails_loco.py                          # the checks as they stand, whole corpora
    .venv/bin/python bench/guardrails_loco.py --scorer                 # plus the scorer, weights trained without it
    .venv/bin/python bench/guardrails_loco.py --misses blind8 --family negativity
    .venv/bin/python bench/guardrails_loco.py --corpora recent --misses all --family claims   # one family, every corpus
    .venv/bin/python bench/guardrails_loco.py --corpora recent --save out.tsv   # per-draft misses, for a delta table

`--corpora recent` is blind25 … blind32 (spent for checks35); the table then ends with a pooled column. A change is
judged by its per-corpus deltas: `--save` writes every miss (family, kind, corpus, id) so two runs can be compared.

Scoring is bench/guardrails_blind.py's (blind2_corpus.score): a family fires on a warning or an error; `defensible`
labels are ignored; families with < 5 positives on a corpus are shown in brackets. With `--only`, clean drafts
flagged counts only the families run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "guardrails"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import blind2_corpus as b2

ROOT = b2.HERE.parent
FRESH = ("blind3", "blind5", "blind7", "blind8", "blind9", "blind10")
RECENT = tuple(f"blind{n}" for n in range(25, 33))
# Every labelled draft corpus the scorer may learn from (blind2 is older and not scored here as a fresh corpus).
TRAINING = ("blind2", *FRESH)


def halves(name: str) -> list[str]:
    """The files of a corpus that may be read: all of it once it is spent (every corpus here is)."""
    root = ROOT / name
    if (root / "all.yaml").exists():
        return ["all"]
    return [h for h in ("tune", "heldout") if (root / f"{h}.yaml").exists()]


def items_of(name: str) -> list[b2.Item]:
    return [item for half in halves(name) for item in b2.load(half, ROOT / name)]


def run(name: str) -> b2.Report:
    return b2.score(items_of(name), ROOT / name)


def cell(t: b2.Tally) -> str:
    text = f"{t.precision:.2f}/{t.recall:.2f} {t.positives:>2}"
    return f"[{text}]" if t.positives < b2.POOL_BELOW else f" {text} "


def pooled(reports: dict[str, b2.Report]) -> b2.Report:
    """Every corpus's tallies summed, as one report (its clean-draft lists are the union)."""
    total = b2.Report({f: b2.Tally() for f in b2.families()}, b2.Tally(), [], 0, [], [], {}, {}, [])
    for name, r in reports.items():
        for fam, t in r.per_family.items():
            total.per_family[fam].tp += t.tp
            total.per_family[fam].fp += t.fp
            total.per_family[fam].fn += t.fn
        total.clean += r.clean
        total.clean_with_error += [f"{name}:{i}" for i in r.clean_with_error]
        total.clean_with_warning += [f"{name}:{i}" for i in r.clean_with_warning]
    return total


def table(reports: dict[str, b2.Report]) -> None:
    if len(reports) > 1:
        reports = {**reports, "pooled": pooled(reports)}
    names = list(reports)
    print(f"{'family':<16}" + "".join(f"{n + ' P/R pos':>18}" for n in names))
    for family in b2.families():
        print(f"{family:<16}" + "".join(f"{cell(r.per_family[family]):>18}" for r in reports.values()))
    micro = {n: b2.Tally() for n in names}
    for n, r in reports.items():
        for t in r.per_family.values():
            micro[n].tp += t.tp
            micro[n].fp += t.fp
            micro[n].fn += t.fn
    print(f"{'micro':<16}" + "".join(f"{cell(micro[n]):>18}" for n in names))
    print(
        f"{'clean err/warn':<16}"
        + "".join(
            f"{f'{len(r.clean_with_error)}/{len(r.clean_with_warning)} of {r.clean}':>18}" for r in reports.values()
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", nargs="+", default=list(FRESH))
    parser.add_argument(
        "--scorer", action="store_true", help="add the scorer, on each corpus trained on every other corpus"
    )
    parser.add_argument("--misses", metavar="CORPUS", help="list one corpus's misses ('all': every corpus run)")
    parser.add_argument("--save", type=Path, help="write every miss (family, kind, corpus, id, findings) here")
    parser.add_argument(
        "--only", nargs="+", metavar="FAMILY", help="run only these families' checks (grammar's engine is the slow one)"
    )
    parser.add_argument("--family", help="with --misses: only this family")
    args = parser.parse_args()
    if args.corpora == ["recent"]:
        args.corpora = list(RECENT)

    import afterview.guardrails as guardrails

    if args.scorer:
        import negativity_scorer as ns

        guardrails.CHECKS = tuple(
            ns.with_scorer(c) if c.__name__ == "check_negativity" else c for c in guardrails.CHECKS
        )
    if args.only:
        guardrails.CHECKS = tuple(c for c in guardrails.CHECKS if c.__name__.removeprefix("check_") in args.only)
    b2.CHECKS = guardrails.CHECKS  # type: ignore[misc]

    reports: dict[str, b2.Report] = {}
    for name in args.corpora:
        if args.scorer:
            import negativity_scorer as ns
            import negativity_training as nt

            others = [c for c in TRAINING if c != name]
            ns.use_weights(nt.train([i for c in others for i in nt.labelled(c)]))
        reports[name] = run(name)
    table(reports)
    lines: list[str] = []
    for name, report in reports.items():
        for kind, item_id, family, findings in report.misses:
            shown = "; ".join(f"{f.severity}:{f.code}: {f.message}" for f in findings) or "(no findings)"
            lines.append(f"{family}\t{kind}\t{name}\t{item_id}\t{shown}")
    if args.save:
        args.save.write_text("\n".join(sorted(lines)) + "\n")
    if args.misses:
        shown_names = list(reports) if args.misses == "all" else [args.misses]
        for name in shown_names:
            misses = [m for m in reports[name].misses if not args.family or m[2] == args.family]
            print(f"\n{name} misses ({len(misses)}):")
            for kind, item_id, family, findings in misses:
                shown = "; ".join(f"{f.severity}:{f.code}: {f.message}" for f in findings) or "(no findings)"
                print(f"  {kind} {item_id} [{family}]: {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
