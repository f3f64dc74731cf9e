"""`afterview import` on the free-text notes in fixtures/import: fields kept right, wrong, missed.

The truth below was written by reading each notes file (with --now 2026-11-24T16:00, a Tuesday).
A list item counts as right when it holds the words of one truth item (or they hold it).

    .venv/bin/python bench/import_truth.py OUT_DIR [NAME …]   # OUT_DIR holds NAME.md for fixtures/import/NAME.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from afterview.notes.loader import load_notes

Truth = dict[str, object]
TRUTH: dict[str, Truth] = {
    "acme_panel": {
        "position": "Senior Backend Engineer",
        "company.name": "Acme",
        "candidate.name": "Sam Rivera",
        "candidate.email": "sam.rivera@example.com",
        "interview.at": "2026-11-23T14:00",
        "interview.timezone": "America/Chicago",
        "interview.duration_minutes": 90,
        "interview.format": "onsite",
        "interview.decision_by": "2026-12-04",
        "company.news": ["announced a Series C"],
        "candidate.highlights": ["led the Kafka migration at Northwind"],
        "requested": ["link to my conference talk"],
        "people": {
            "Priya Shah": {"role": "recruiter", "primary_contact": True, "email": "priya.shah@acme.example"},
            "Dana Lee": {
                "title": "engineering manager",
                "role": "hiring_manager",
                "topics": ["moving billing to event sourcing"],
                "challenges": ["nightly batch jobs keep paging the on-call team"],
                "rapport": ["ran the Chicago marathon"],
            },
            "Marcus Webb": {"title": "staff engineer", "topics": ["Kafka consumer lag"]},
        },
    },
    "globex_phone": {
        "position": "Product Designer",
        "company.name": "Globex",
        "candidate.name": "Alex Kim",
        "interview.at": "2026-11-24T10:30",
        "interview.timezone": "Europe/London",
        "interview.duration_minutes": 30,
        "interview.format": "phone",
        "interview.decision_by": "2026-11-27",
        "company.pace": "urgent",
        "requested": ["portfolio PDF"],
        "people": {
            "Tom Baker": {
                "title": "Talent Partner",
                "role": "recruiter",
                "topics": ["notice period", "salary range"],
                "rapport": ["grew up in Leeds"],
            }
        },
    },
    "initech_video": {
        "position": "Data Analyst",
        "company.name": "Initech",
        "candidate.name": "Maria Gonzalez",
        "interview.at": "2026-11-23T16:00",
        "interview.timezone": "Europe/Berlin",
        "interview.duration_minutes": 45,
        "interview.format": "video",
        "company.news": ["opened a new office in Lisbon"],
        "requested": ["SQL take-home"],
        "people": {
            "Jonas Müller": {
                "title": "Head of Analytics",
                "topics": ["migration from Excel reports to dbt + Looker"],
                "challenges": ["nobody trusts the revenue dashboard"],
                "rapport": ["dog"],
            }
        },
    },
    "umbrella_panel": {
        "position": "Clinical Data Engineer",
        "company.name": "Umbrella Health",
        "candidate.name": "Chris Doyle",
        "candidate.email": "chris.doyle@example.org",
        "interview.at": "2026-11-20T11:00",
        "interview.timezone": "America/Denver",
        "interview.duration_minutes": 60,
        "interview.format": "video",
        "interview.decision_by": "2026-12-01",
        "company.news": ["named one of the best places to work"],
        "candidate.highlights": ["built a FHIR pipeline at Mercy Hospital"],
        "people": {
            "Aisha Khan": {
                "title": "VP of Data",
                "role": "executive",
                "topics": ["HIPAA audits", "data lineage"],
                "challenges": ["ETL breaks every time the EHR vendor ships an update"],
            },
            "Leo Park": {
                "title": "senior data engineer",
                "role": "peer",
                "topics": ["Airflow vs Dagster"],
                "rapport": ["bouldering"],
            },
            "Rachel Green": {"role": "recruiter", "primary_contact": True},
        },
    },
    "hooli_casual": {
        "position": "frontend engineer",
        "company.name": "Hooli",
        "candidate.name": "Jordan Lee",
        "interview.at": "2026-11-23T15:30",
        "interview.timezone": "America/Los_Angeles",
        "interview.duration_minutes": 60,
        "interview.format": "onsite",
        "interview.decision_by": "2026-11-26",
        "company.culture": "casual",
        "people": {
            "Gavin B.": {
                "title": "CTO",
                "topics": ["rewriting the dashboard in React"],
                "challenges": ["slow page loads on mobile"],
                "rapport": ["sourdough baking"],
            }
        },
    },
    "wayne_recruiter": {
        "position": "Operations Manager",
        "company.name": "Wayne Enterprises",
        "candidate.name": "Pat Morgan",
        "interview.at": "2026-11-24T09:00",
        "interview.timezone": "America/New_York",
        "interview.duration_minutes": 20,
        "interview.format": "phone",
        "interview.no_follow_up": True,
        "people": {
            "Lucius Fox": {
                "role": "recruiter",
                "topics": ["interview loop"],
                "challenges": ["warehouse staffing"],
            }
        },
    },
}


def _words(text: object) -> set[str]:
    return set(re.findall(r"[\w+]+", str(text).casefold()))


def _same(got: object, want: object) -> bool:
    if isinstance(want, str) and isinstance(got, str):
        return got.casefold() == want.casefold() or _words(got) == _words(want)
    return got == want


def _item_right(item: str, wanted: list[str]) -> bool:
    return any(_words(w) <= _words(item) or (_words(item) <= _words(w) and _words(item)) for w in wanted)


def _plain(value: object) -> object:
    value = getattr(value, "value", value)
    if hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:16] if "T" in text else text
    return value


def score(name: str, out: Path) -> tuple[int, int, int, list[str]]:
    """(right, wrong, missed, notes on each wrong and missed)"""
    truth = TRUTH[name]
    path = out / f"{name}.md"
    if not path.exists():
        total = sum(len(v) if isinstance(v, (list, dict)) else 1 for v in truth.values())
        return 0, 0, total, ["no notes written"]
    notes = load_notes(path)
    got: dict[str, object] = {}
    for section, model in (("candidate", notes.candidate), ("company", notes.company), ("interview", notes.interview)):
        for key, value in model:
            got[f"{section}.{key}"] = _plain(value)
    got["position"], got["requested"] = notes.position, notes.requested
    right = wrong = missed = 0
    report: list[str] = []

    def compare(label: str, want: object, have: object, default: object) -> None:
        nonlocal right, wrong, missed
        if isinstance(want, list):
            items = list(have) if isinstance(have, list) else []
            for item in items:
                ok = _item_right(item, want)
                right, wrong = right + ok, wrong + (not ok)
                if not ok:
                    report.append(f"wrong {label}: {item!r}")
            for w in want:
                if not any(_item_right(i, [w]) for i in items):
                    missed += 1
                    report.append(f"missed {label}: {w!r}")
        elif have is None or (have == default and want != default):
            missed += 1
            report.append(f"missed {label}: {want!r}")
        elif _same(have, want):
            right += 1
        else:
            wrong += 1
            report.append(f"wrong {label}: {have!r} (the notes say {want!r})")

    defaults = {
        "interview.duration_minutes": 60,
        "interview.no_follow_up": False,
        "company.culture": "neutral",
        "company.pace": "normal",
    }
    for field, want in truth.items():
        if field == "people":
            continue
        compare(field, want, got.get(field), defaults.get(field))
    for list_field in ("company.news", "candidate.highlights", "requested"):  # items the truth has none of
        if list_field not in truth:
            for item in got.get(list_field) or []:  # type: ignore[attr-defined]
                wrong += 1
                report.append(f"wrong {list_field}: {item!r}")
    people = truth["people"]
    assert isinstance(people, dict)
    found = {p.name.removeprefix("Dr. "): p for p in notes.interviewers}
    for person in found:
        if person not in people:
            wrong += 1
            report.append(f"wrong person: {person!r}")
    for person, fields in people.items():
        p = found.get(person)
        if p is None:
            missed += 1 + len(fields)
            report.append(f"missed person {person!r}")
            continue
        right += 1
        for key, want in fields.items():
            default = {"role": "other", "primary_contact": False}.get(key)
            compare(f"{person}.{key}", want, _plain(getattr(p, key)), default)
        for key in ("topics", "challenges", "rapport"):
            if key not in fields:
                for item in getattr(p, key):
                    wrong += 1
                    report.append(f"wrong {person}.{key}: {item!r}")
    return right, wrong, missed, report


def main() -> int:
    out = Path(sys.argv[1])
    totals = [0, 0, 0]
    for name in sys.argv[2:] or list(TRUTH):
        right, wrong, missed, report = score(name, out)
        totals = [totals[0] + right, totals[1] + wrong, totals[2] + missed]
        print(f"{name:16} right {right:3}  wrong {wrong:3}  missed {missed:3}")
        for line in report:
            print(f"    {line}")
    print(f"{'total':16} right {totals[0]:3}  wrong {totals[1]:3}  missed {totals[2]:3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
