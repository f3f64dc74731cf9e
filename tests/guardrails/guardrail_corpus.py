"""Load a labelled corpus, run an item's checks and score them; shared by the tests and bench/guardrails_*.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from afterview.draft import Draft, Finding
from afterview.guardrails import CHECKS, CheckContext
from afterview.guardrails.ai_tells import check_ai_tells
from afterview.guardrails.claims import check_claims
from afterview.guardrails.facts import check_facts
from afterview.guardrails.fluency import check_fluency
from afterview.guardrails.grammar import check_grammar
from afterview.guardrails.length import check_length
from afterview.guardrails.negativity import check_negativity
from afterview.guardrails.personalization import check_personalization
from afterview.guardrails.placeholders import check_placeholders
from afterview.guardrails.purpose import check_purpose
from afterview.guardrails.similarity import check_similarity
from afterview.guardrails.timing import check_timing
from afterview.guardrails.tone import check_tone
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.planning import make_plan
from afterview.vocabulary import Channel, Kind

HERE = Path(__file__).parent
FAMILIES = {
    "length": check_length,
    "tone": check_tone,
    "negativity": check_negativity,
    "grammar": check_grammar,
    "facts": check_facts,
    "personalization": check_personalization,
    "placeholders": check_placeholders,
    "similarity": check_similarity,
    "timing": check_timing,
    "ai_tells": check_ai_tells,
    "claims": check_claims,
    "purpose": check_purpose,
    "fluency": check_fluency,
}


@dataclass(frozen=True)
class Item:
    id: str
    family: str
    label: str
    body: str
    expect: dict[str, str] = field(default_factory=dict)
    notes: str = "panel"
    kind: str = "thank_you"
    to: str | None = None
    channel: str | None = None
    subject: str | None = None
    send_at: str | None = None
    siblings: tuple[tuple[str, str], ...] = ()
    holdout: bool = False
    known_miss: str | None = None  # why the rules miss this item (reported, and xfail in the tests)


@cache
def notes(name: str) -> Notes:
    return load_notes(HERE / "notes" / f"{name}.yaml")


def load_corpus(path: Path = HERE / "corpus.yaml") -> list[Item]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = []
    for entry in raw["items"]:
        entry = dict(entry)
        entry["siblings"] = tuple((s["to"], s["body"]) for s in entry.get("siblings", []))
        entry["expect"] = dict(entry.get("expect") or {})
        items.append(Item(**entry))
    return items


def build(item: Item) -> tuple[Draft, CheckContext]:
    n = notes(item.notes)
    kind = Kind(item.kind)
    plan = make_plan(n, n.interview.start + timedelta(hours=3))
    to = item.to or (plan.contact.name if kind is not Kind.thank_you else n.interviewers[0].name)
    person = n.interviewer(to)
    channel = Channel(item.channel) if item.channel else (person.channel if kind is Kind.thank_you else Channel.email)
    planned = next((p for p in plan.messages if p.kind is kind and p.to.name == to), None)
    if item.send_at:
        send_at = datetime.fromisoformat(item.send_at)
    elif planned is not None:
        send_at = planned.send.recommended_at
    else:
        send_at = n.interview.start + timedelta(hours=3)
    siblings = tuple(
        Draft(Kind.thank_you, who, n.interviewer(who).channel, None, body, "corpus", "warm")
        for who, body in item.siblings
    )
    draft = Draft(kind, to, channel, item.subject, item.body, "corpus", "warm")
    return draft, CheckContext(n, send_at, plan, planned, siblings)


def run(item: Item) -> list[Finding]:
    """Findings of the item's family (every check for `all`)."""
    draft, ctx = build(item)
    checks: Any = CHECKS if item.family == "all" else (FAMILIES[item.family],)
    return [f for check in checks for f in check(draft, ctx)]


def flagged(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity in ("error", "warning")]


@dataclass
class Score:
    """One family's confusion counts on a corpus, and the items it got wrong."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[tuple[str, str, list[Finding]]] = field(default_factory=list)  # (FP|FN, item id, findings)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def row(self, family: str) -> str:
        """family, bad, good, tp, fp, fn, precision, recall: the benches' table line."""
        counts = f"{self.tp + self.fn:>5}{self.fp + self.tn:>6}{self.tp:>5}{self.fp:>5}{self.fn:>5}"
        return f"{family:<16}{counts}{self.precision:>11.2f}{self.recall:>8.2f}"


def score(items: list[Item]) -> dict[str, Score]:
    """Per family: an item is predicted positive when the family's check warns or errs. Items of a
    family count for it; whole-draft `all` items (good) count as negatives for every family."""
    out = {}
    for family, check in FAMILIES.items():
        result = Score()
        for item in items:
            if item.family not in (family, "all"):
                continue
            draft, ctx = build(item)
            findings = list(check(draft, ctx))
            predicted = bool(flagged(findings))
            actual = item.label == "bad" and item.family == family
            result.tp += predicted and actual
            result.fp += predicted and not actual
            result.fn += actual and not predicted
            result.tn += not predicted and not actual
            if predicted != actual:
                result.misses.append(("FP" if predicted else "FN", item.id, findings))
        out[family] = result
    return out
