"""Draft the dev pool (bench/writer_blind<FROM>… notes at their now.yaml moments) to a JSON file (writer56):

PYTHONPATH=src .venv/bin/python bench/thank_you_pool.py OUT.json 48

Each file is drafted as bench/writer_blind.py drafts it (`our_drafts`: the CLI, JSON, a feedback request where planned).
"""

import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from writer_blind import our_drafts

root = Path.cwd()
out = {}
jobs = []
for d in sorted((root / "bench").glob("writer_blind[0-9]*"), key=lambda p: int(p.name.removeprefix("writer_blind"))):
    n = int(d.name.removeprefix("writer_blind"))
    if n < int(sys.argv[2]) or not (d / "now.yaml").exists():
        continue
    now = yaml.safe_load((d / "now.yaml").read_text())
    for notes in sorted((d / "notes").glob("*.yaml")):
        jobs.append((n, notes, now[notes.stem]))


def run(job):
    n, notes, now = job
    try:
        return n, notes, our_drafts(notes, now), ""
    except (SystemExit, json.JSONDecodeError) as exc:
        return n, notes, [], str(exc)[-500:]


with ThreadPoolExecutor(2) as ex:
    for n, notes, msgs, err in ex.map(run, jobs):
        if err:
            print("ERR", notes, err, file=sys.stderr)
        for m in msgs:
            key = f"{n}/{notes.stem}/{m.get('kind')}/{m.get('to') or m.get('recipient')}"
            out[key] = m
Path(sys.argv[1]).write_text(json.dumps(out, indent=1, ensure_ascii=False))
print(len(out))
