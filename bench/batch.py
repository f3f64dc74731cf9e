"""Batch throughput: drafts per second and peak memory for N synthetic notes files.

Generates N varied notes files (N = 50, 100, 200, 400 by default), runs `afterview batch`
on them in a fresh process, and prints drafts/s and peak RSS per N, so the scaling curve
is visible. The baseline in the same run is N = 1: the fixed start-up cost (imports,
Harper) that every batch pays once. Two modes:

  template  the offline writer, all checks (what a new user runs)
  replay    the LLM path through the real openai SDK on recorded answers: every request is
            rendered, counted, sent through the SDK to the replay transport, parsed and
            checked. The recordings are made first, untimed, for these very notes: the "model"
            answers each request with the template writer's draft for that message, so the
            answers are realistic in size and pass or fail the checks as real drafts do.

    .venv/bin/python bench/batch.py [--sizes 50 100 200 400] [--modes template replay]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
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


NOW = "2026-11-25T12:00"
MODEL = "bench-model"


def write_notes(size: int, folder: Path) -> Path:
    rng = random.Random(size)
    src = folder / f"notes-{size}"
    if not src.is_dir():
        src.mkdir()
        for n in range(size):
            (src / f"notes-{n:04d}.yaml").write_text(yaml.safe_dump(notes(n, rng), allow_unicode=True))
    return src


def record(src: Path, fixtures: Path) -> int:
    """Record every request the batch will make, through afterview's own RecordingTransport.

    The "model" answers each request with the template writer's draft for that message (a
    repair request gets the same answer as its first pass), so the recordings are realistic
    in size, and drafts pass or fail the checks, and go to repair and fallback, as real ones do.
    """
    import httpx2

    from afterview.draft import DraftRequest
    from afterview.guardrails import make_grammar_engine
    from afterview.notes.loader import load_notes
    from afterview.options import parse_moment, parse_send_at
    from afterview.pipeline import draft_all
    from afterview.planning import make_plan
    from afterview.providers.llm_settings import LLMSettings
    from afterview.providers.openai_api.writer import OpenAIWriter
    from afterview.providers.replay.keys import fixture_key
    from afterview.providers.replay.transport import RecordingTransport
    from afterview.tone import default_tone
    from afterview.writer.template_writer import TemplateWriter

    settings = LLMSettings(provider="openai", model=MODEL, base_url="http://bench.invalid/v1", max_retries=0)
    template, answers = TemplateWriter(), {}
    runs = []
    for path in sorted(src.glob("*.yaml")):
        data = load_notes(path)
        now = parse_moment(NOW, "--now", data.interview.zone, datetime.now(UTC))
        tone = default_tone(data.company.culture).value
        runs.append((path, data, now))
        for planned in make_plan(data, now).messages:
            request = DraftRequest(data, planned, tone, now)
            draft = template.write(request)
            text = json.dumps({"subject": draft.subject or "", "body": draft.body, "used_items": []})
            answers[fixture_key(OpenAIWriter(settings).dry_run(request)["body"])] = text

    def model(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        first_pass = fixture_key({**body, "messages": body["messages"][:2]})
        return httpx2.Response(
            200,
            json={
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": 1795000000,
                "model": MODEL,
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": answers[first_pass]},
                    }
                ],
                "usage": {"prompt_tokens": 750, "completion_tokens": 180, "total_tokens": 930},
            },
        )

    transport = RecordingTransport(httpx2.MockTransport(model), fixtures, "record-missing", meta={"server": "bench"})
    writer = OpenAIWriter(settings, transport=transport)
    engine = make_grammar_engine("auto")
    for path, data, now in runs:
        send_at = parse_send_at("recommended", data.interview.zone, now)
        draft_all(data, str(path), now, writer, send_at=send_at, grammar=engine)
    return len(transport.recorded)


def run(size: int, folder: Path, mode: str) -> tuple[int, float, float, int]:
    src = write_notes(size, folder)
    extra: list[str] = []
    if mode == "replay":
        fixtures = folder / f"fixtures-{size}"
        record(src, fixtures)
        extra = ["--provider", "replay", "--fixtures", str(fixtures), "--model", MODEL]
    command = [
        sys.executable,
        "-m",
        "afterview",
        "batch",
        str(src),
        "--out",
        str(folder / f"out-{mode}-{size}"),
        "--now",
        NOW,
        "--send-at",
        "recommended",
        "--format",
        "json",
        *extra,
    ]
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr[-2000:])
    totals = json.loads(proc.stdout)["totals"]
    rss = next(int(line.split(":")[1]) for line in proc.stderr.splitlines() if "Maximum resident" in line)
    return totals["messages"], elapsed, rss / 1024, totals["fallbacks"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200, 400])
    parser.add_argument("--modes", nargs="+", choices=["template", "replay"], default=["template", "replay"])
    args = parser.parse_args()
    head = f"{'mode':>8} {'files':>6} {'drafts':>7} {'seconds':>8} {'drafts/s':>9} {'marginal drafts/s':>18}"
    print(f"{head} {'peak MB':>8} {'fallbacks':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for mode in args.modes:
            base_drafts, base_time, base_rss, base_fb = run(1, Path(tmp), mode)
            print(
                f"{mode:>8} {1:>6} {base_drafts:>7} {base_time:>8.2f} {base_drafts / base_time:>9.1f} "
                f"{'(baseline)':>18} {base_rss:>8.0f} {base_fb:>9}"
            )
            for size in args.sizes:
                drafts, elapsed, rss, fallbacks = run(size, Path(tmp), mode)
                marginal = (drafts - base_drafts) / max(elapsed - base_time, 1e-9)
                print(
                    f"{mode:>8} {size:>6} {drafts:>7} {elapsed:>8.2f} {drafts / elapsed:>9.1f} {marginal:>18.1f} "
                    f"{rss:>8.0f} {fallbacks:>9}"
                )


if __name__ == "__main__":
    main()
