"""Score a blind corpus of whole drafts (tests/guardrails/blind2/): each item is one draft with its
notes file, kind, recipient and send time, labelled with the families that should fire (`expect`)
and those whose firing is acceptable (`defensible`). Shared by bench/guardrails_blind.py and the tests.

Every check runs on each draft exactly as `afterview check DRAFT --notes NOTES --kind K --to T
--send-at S --now S` would (hand_written.check_hand_written). A family fires when it has a warning
or an error. Per family: expect -> positive; defensible -> ignored; anything else -> negative.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from afterview.draft import Draft, Finding
from afterview.guardrails import CHECKS
from afterview.hand_written import check_hand_written
from afterview.notes.loader import load_notes
from afterview.notes.model import Notes
from afterview.options import parse_moment
from afterview.vocabulary import Kind

HERE = Path(__file__).parent / "blind2"
POOL_BELOW = 5  # families with fewer positives than this are pooled
# Families that compare a draft with the other drafts of its run: an item here is one draft alone, so their
# positives cannot fire and are reported as not scored, never as misses.
CROSS_DRAFT = frozenset({"similarity"})


def families() -> list[str]:
    """The families this build checks, in CHECKS order ('check_claims' -> 'claims')."""
    return [c.__name__.removeprefix("check_") for c in CHECKS]


@dataclass(frozen=True)
class Item:
    id: str
    notes: str
    kind: str
    to: str
    body: str
    expect: tuple[str, ...] = ()
    defensible: tuple[str, ...] = ()
    channel: str | None = None
    send_at: str | None = None
    subject: str | None = None
    note: str | None = None


def load(corpus: str, root: Path = HERE) -> list[Item]:
    raw = yaml.safe_load((root / f"{corpus}.yaml").read_text(encoding="utf-8"))
    entries = raw["items"] if isinstance(raw, dict) else raw
    out = []
    for e in entries:
        e = dict(e)
        known = {k: e.get(k) for k in Item.__dataclass_fields__ if k in e}
        known["expect"] = tuple(e.get("expect") or ())
        known["defensible"] = tuple(e.get("defensible") or ())
        known["send_at"] = str(e["send_at"]) if e.get("send_at") is not None else None
        out.append(Item(**known))
    return out


@cache
def _notes(root: Path, name: str) -> Notes:
    path = root / "notes" / (name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
    return load_notes(path)


def check(item: Item, root: Path = HERE) -> Draft:
    notes = _notes(root, item.notes)
    # send_at is wall time in the recipient's timezone (the corpus briefs, and SPEC 3: "all times are in the
    # recipient's timezone"), so a London reader's "10:30" is 10:30 in London, not in the interview's city
    person = next((i for i in notes.interviewers if i.name == item.to), None)
    zone = ZoneInfo(person.timezone) if person is not None and person.timezone else notes.interview.zone
    if item.send_at:
        moment = parse_moment(item.send_at, "--send-at", zone, datetime.now(tz=zone))
    else:
        moment = notes.interview.start + timedelta(minutes=notes.interview.duration_minutes, hours=2)
    return check_hand_written(
        notes,
        item.subject,
        item.body,
        kind=Kind(item.kind),
        to=item.to,
        now=moment,
        send_at=moment,
    )


def fired(findings: tuple[Finding, ...] | list[Finding]) -> set[str]:
    return {f.check for f in findings if f.severity in ("error", "warning")}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    per_family: dict[str, Tally]
    pooled: Tally
    pooled_families: list[str]
    clean: int
    clean_with_error: list[str]
    clean_with_warning: list[str]
    unchecked: dict[str, int]  # labelled families this build has no check for: positives not scored
    unscored: dict[str, int]  # labelled cross-draft families (CROSS_DRAFT): positives not scored
    misses: list[tuple[str, str, str, list[Finding]]] = field(default_factory=list)  # (FP|FN, id, family, findings)


def score(items: list[Item], root: Path = HERE) -> Report:
    fams = families()
    tallies = {f: Tally() for f in fams}
    unchecked: dict[str, int] = {}
    unscored: dict[str, int] = {}
    clean = 0
    clean_error: list[str] = []
    clean_warning: list[str] = []
    misses: list[tuple[str, str, str, list[Finding]]] = []
    for item in items:
        draft = check(item, root)
        found = fired(draft.findings)
        for fam in item.expect:
            if fam in CROSS_DRAFT:
                unscored[fam] = unscored.get(fam, 0) + 1
            elif fam not in tallies:
                unchecked[fam] = unchecked.get(fam, 0) + 1
        for fam in fams:
            if fam in item.defensible and fam not in item.expect:
                continue
            if fam in CROSS_DRAFT and fam in item.expect:
                continue
            actual, predicted = fam in item.expect, fam in found
            t = tallies[fam]
            t.tp += actual and predicted
            t.fp += predicted and not actual
            t.fn += actual and not predicted
            if actual != predicted:
                of_family = [f for f in draft.findings if f.check == fam and f.severity != "info"]
                misses.append(("FP" if predicted else "FN", item.id, fam, of_family))
        if not item.expect:
            clean += 1
            counted = [f for f in draft.findings if f.check not in item.defensible]
            if any(f.severity == "error" for f in counted):
                clean_error.append(item.id)
            elif any(f.severity == "warning" for f in counted):
                clean_warning.append(item.id)
    pooled_fams = [f for f, t in tallies.items() if t.positives < POOL_BELOW]
    pooled = Tally(
        sum(tallies[f].tp for f in pooled_fams),
        sum(tallies[f].fp for f in pooled_fams),
        sum(tallies[f].fn for f in pooled_fams),
    )
    return Report(tallies, pooled, pooled_fams, clean, clean_error, clean_warning, unchecked, unscored, misses)


def assert_family_holds(report: Report, family: str, reached: tuple[float, float]) -> None:
    """A tune-pin test's check: `family` is still scored on its own and reaches (precision, recall); the misses
    of that family are the message when it does not."""
    t = report.per_family[family]
    assert t.positives >= POOL_BELOW, f"{family} has {t.positives} positives: it is pooled now"
    misses = [m[:3] for m in report.misses if m[2] == family]
    assert t.precision >= reached[0] and t.recall >= reached[1], misses


def summary(report: Report) -> dict[str, Any]:
    """The numbers a test pins: per scored family (>= 5 positives) and pooled, P and R; clean drafts flagged."""
    out: dict[str, Any] = {
        f: (round(t.precision, 2), round(t.recall, 2))
        for f, t in report.per_family.items()
        if t.positives >= POOL_BELOW
    }
    out["pooled"] = (round(report.pooled.precision, 2), round(report.pooled.recall, 2))
    out["clean_with_error"] = len(report.clean_with_error)
    out["clean_with_warning"] = len(report.clean_with_warning)
    return out
