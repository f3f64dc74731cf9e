"""Draft the dev pool (bench/writer_blind<FROM>..52 notes at their now.yaml moments) to a JSON file (writer56):

PYTHONPATH=src .venv/bin/python bench/thank_you_pool.py OUT.json 48
"""

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

root = Path.cwd()
out = {}
jobs = []
for n in range(int(sys.argv[2]), 53):
    d = root / "bench" / f"writer_blind{n}"
    if not (d / "now.yaml").exists():
        continue
    now = yaml.safe_load((d / "now.yaml").read_text())
    for notes in sorted((d / "notes").glob("*.yaml")):
        jobs.append((n, notes, now[notes.stem]))


def run(job):
    n, notes, now = job
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "afterview",
            "draft",
            str(notes),
            "--now",
            now,
            "--format",
            "json",
            "--feedback-request",
        ],
        capture_output=True,
        text=True,
    )
    try:
        msgs = json.loads(r.stdout)["messages"]
    except Exception:
        return n, notes, [], r.stderr[-500:]
    return n, notes, msgs, ""


with ThreadPoolExecutor(2) as ex:
    for n, notes, msgs, err in ex.map(run, jobs):
        if err:
            print("ERR", notes, err, file=sys.stderr)
        for m in msgs:
            key = f"{n}/{notes.stem}/{m.get('kind')}/{m.get('to') or m.get('recipient')}"
            out[key] = m
Path(sys.argv[1]).write_text(json.dumps(out, indent=1, ensure_ascii=False))
print(len(out))
