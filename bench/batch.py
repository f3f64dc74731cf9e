"""Batch throughput: drafts per second and peak memory for N synthetic notes files.

Generates N varied notes files (N = 50, 100, 200, 400 by default), runs `afterview batch`
on them in a fresh process (template writer, all checks), and prints drafts/s and peak
RSS per N, so the scaling curve is visible. The baseline in the same run is N = 1: the
fixed start-up cost (imports, Harper) that every batch pays once.

    .venv/bin/python bench/batch.py [--sizes 50 100 200 400]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

FIRST = ["Dana", "Marcus", "Priya", "Tomás", "Aisha", "Jordan", "Mei", "Lena", "Raj", "Claire", "Diego", "Hannah"]
LAST = ["Lee", "Chen", "Shah", "Ibarra", "Okafor", "Park", "Tanaka", "Fischer", "Malhotra", "Dubois", "Brooks"]
COMPANIES = ["Acme", "Fernway Health", "Northwind Logistics", "Orbital Coffee", "Tidewater", "Quill", "Lumen"]
POSITIONS = [
    "Senior Backend Engineer",
    "Product Designer",
    "Data Analyst",
    "Site Reliability Engineer",
    "Growth Marketing Manager",
    "Mobile Engineer (iOS)",
    "Engineering Manager",
]
TOPICS = [
    "moving billing to event sourcing",
    "the patient intake redesign",
    "error budgets for the tracking API",
    "subscription retention",
    "the SwiftUI migration",
    "quarterly forecasting",
    "design reviews",
    "idempotency keys for payment retries",
    "the hiring timeline",
    "accessibility audits",
]
CHALLENGES = [
    "nightly batch jobs page the on-call team",
    "drop-off on the insurance step of sign-up",
    "alert fatigue across regional teams",
    "paid acquisition costs doubled this year",
    "crash rate on older iPads",
    "flaky integration tests slow every release",
]
HIGHLIGHTS = [
    "led the Kafka migration at Northwind",
    "built a design system used by four teams",
    "ran on-call for a 40-service platform",
    "grew organic sign-ups 3x at Parcelly",
]
ZONES = ["America/New_York", "America/Chicago", "Europe/London", "Europe/Berlin", "Asia/Kolkata"]
ROLES = ["hiring_manager", "recruiter", "peer", "executive", "other"]


def notes(n: int, rng: random.Random) -> dict[str, object]:
    people = []
    for k in range(rng.randint(1, 4)):
        people.append(
            {
                "name": f"{FIRST[(n + k) % len(FIRST)]} {LAST[(n * 3 + k) % len(LAST)]}",
                "role": ROLES[(n + k) % len(ROLES)],
                "channel": rng.choice(["email", "email", "email", "handwritten", "linkedin"]),
                "topics": rng.sample(TOPICS, rng.randint(1, 2)),
                "challenges": rng.sample(CHALLENGES, rng.randint(0, 1)),
            }
        )
    data: dict[str, object] = {
        "candidate": {
            "name": "Sam Rivera",
            "highlights": rng.sample(HIGHLIGHTS, 2),
            "since_interview": ["passed the AWS Solutions Architect exam"],
        },
        "position": rng.choice(POSITIONS),
        "company": {
            "name": rng.choice(COMPANIES),
            "pace": rng.choice(["normal", "busy", "urgent"]),
            "culture": rng.choice(["formal", "neutral", "casual"]),
        },
        "interview": {
            "at": f"2026-11-{rng.randint(16, 24):02d}T{rng.randint(9, 16):02d}:00",
            "timezone": rng.choice(ZONES),
            "duration_minutes": rng.choice([45, 60, 90]),
        },
        "interviewers": people,
    }
    if rng.random() < 0.3:
        data["interview"]["decision_by"] = "2026-12-04"  # type: ignore[index]
    return data


def run(size: int, folder: Path) -> tuple[int, float, float]:
    rng = random.Random(size)
    src = folder / f"notes-{size}"
    src.mkdir()
    for n in range(size):
        (src / f"notes-{n:04d}.yaml").write_text(yaml.safe_dump(notes(n, rng), allow_unicode=True))
    command = [
        sys.executable,
        "-m",
        "afterview",
        "batch",
        str(src),
        "--out",
        str(folder / f"out-{size}"),
        "--now",
        "2026-11-25T12:00",
        "--send-at",
        "recommended",
        "--format",
        "json",
    ]
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr[-2000:])
    drafts = json.loads(proc.stdout)["totals"]["messages"]
    rss = next(int(line.split(":")[1]) for line in proc.stderr.splitlines() if "Maximum resident" in line)
    return drafts, elapsed, rss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    sizes = parser.parse_args().sizes
    print(f"{'files':>6} {'drafts':>7} {'seconds':>8} {'drafts/s':>9} {'marginal drafts/s':>18} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        base_drafts, base_time, base_rss = run(1, Path(tmp))
        print(
            f"{1:>6} {base_drafts:>7} {base_time:>8.2f} {base_drafts / base_time:>9.1f} {'(baseline)':>18} "
            f"{base_rss:>8.0f}"
        )
        for size in sizes:
            drafts, elapsed, rss = run(size, Path(tmp))
            marginal = (drafts - base_drafts) / max(elapsed - base_time, 1e-9)
            print(f"{size:>6} {drafts:>7} {elapsed:>8.2f} {drafts / elapsed:>9.1f} {marginal:>18.1f} {rss:>8.0f}")


if __name__ == "__main__":
    main()
