"""The checks on the real model's kept drafts (bench/results/llm_drafts.yaml), against a careful reader's labels
(bench/results/llm_drafts_labels.yaml: claims, purpose, other, or clean).

    .venv/bin/python bench/guardrails_llm.py
    .venv/bin/python bench/guardrails_llm.py --blind DIR   # held out: DIR/llm_drafts.yaml, labels.yaml, notes/
    .venv/bin/python bench/guardrails_llm.py --set DRAFTS LABELS   # the old shape from other files, e.g.
        bench/results/llm_live_s21/runA_drafts.yaml bench/results/llm_live_s21/labels.yaml

A held-out set (`--blind`) is bench/llm_blind.py's LLM side (ids, notes file names, `text` with a Subject line for
email) labelled by a reader who never saw the checks; run it once.

Each draft is checked as `afterview check` would, but as the model's (no error lowered to a warning the way the
severity policy lowers a person's: guardrails/severity_policy.py), sent at its message's recommended time (send_at None:
the plan's, as `afterview draft` does), the interview just over. Printed: for each labelled family how
many of its drafts now carry an error (so are not ready), clean drafts with an error or a warning, and
every draft's errors.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "guardrails"))

from afterview.hand_written import check_hand_written  # noqa: E402
from afterview.notes.loader import load_notes  # noqa: E402
from afterview.vocabulary import Kind  # noqa: E402


def blind_set(folder: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """A held-out set in the old shape: drafts with notes paths, subject and body; labels by 1-based index."""
    items = yaml.safe_load((folder / "llm_drafts.yaml").read_text(encoding="utf-8"))
    by_id = {
        label["id"]: label for label in yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["drafts"]
    }
    drafts, labels = [], []
    for n, item in enumerate(items, start=1):
        text = item["text"]
        subject = None
        if text.startswith("Subject: "):
            first, _, text = text.partition("\n")
            subject, text = first.removeprefix("Subject: ").strip(), text.lstrip("\n")
        notes = next((folder / "notes").glob(f"{item['notes']}.*"))  # the key names the notes file by its stem
        drafts.append({**item, "notes": str(notes), "subject": subject, "body": text})
        labels.append({"index": n, "families": by_id[item["id"]]["families"]})
    return drafts, labels


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--blind":
        drafts, labels = blind_set(Path(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "--set":
        drafts = yaml.safe_load(Path(sys.argv[2]).read_text(encoding="utf-8"))
        labels = yaml.safe_load(Path(sys.argv[3]).read_text(encoding="utf-8"))["drafts"]
    else:
        drafts = yaml.safe_load((ROOT / "bench/results/llm_drafts.yaml").read_text(encoding="utf-8"))
        labels = yaml.safe_load((ROOT / "bench/results/llm_drafts_labels.yaml").read_text(encoding="utf-8"))["drafts"]
    tally: dict[str, list[int]] = {}
    clean_error: list[int] = []
    clean_warning: list[int] = []
    for label in labels:
        d: dict[str, Any] = drafts[label["index"] - 1]  # type: ignore[assignment]
        notes = load_notes(ROOT / d["notes"])
        ended = notes.interview.start + timedelta(minutes=notes.interview.duration_minutes)
        checked = check_hand_written(
            notes,
            d.get("subject"),
            d["body"],
            kind=Kind(d["kind"]),
            to=d["to"],
            now=ended,
            send_at=None,
            provider="openai",  # the model wrote it: its errors are not lowered as a person's are
        )
        errors = [f for f in checked.findings if f.severity == "error"]
        warnings = [f for f in checked.findings if f.severity == "warning"]
        for fam in label["families"]:
            hit = tally.setdefault(fam, [0, 0])
            hit[1] += 1
            hit[0] += bool(errors)
        if not label["families"]:
            if errors:
                clean_error.append(label["index"])
            elif warnings:
                clean_warning.append(label["index"])
        flags = "; ".join(f"{f.check}:{f.code}" for f in errors) or "-"
        print(f"{label['index']:>3} {','.join(label['families']) or 'clean':<22} errors: {flags}")
    print()
    for fam, (hit, n) in sorted(tally.items()):
        print(f"{fam:<10} {hit}/{n} drafts now carry an error (not ready)")
    n_clean = sum(1 for label in labels if not label["families"])
    print(f"clean      {len(clean_error)}/{n_clean} with an error {clean_error}; {len(clean_warning)} with a warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
