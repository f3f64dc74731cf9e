"""Blind pairwise comparison of the offline writer with reference drafts (see bench/writer_blind/README.md).

    .venv/bin/python bench/writer_blind.py pairs [DIR]   # our drafts + references -> a randomised packet for the judge
    .venv/bin/python bench/writer_blind.py score [DIR]   # the judge's verdicts + the key -> wins, ties, mean scores
    .venv/bin/python bench/writer_blind.py pairs DIR SET # another set: SET/notes, SET/references, SET/now.yaml

DIR defaults to bench/results/writer_blind; each judged run is kept in its own folder (run1, run2, …).

`pairs` drafts every notes file in bench/writer_blind/notes with the template writer at its `now`
(now.yaml), matches each message to its reference by kind and recipient, and writes
bench/results/writer_blind/packet.md (what the judge reads: notes, then Draft A and Draft B per pair,
sides shuffled with a fixed seed) and key.json (which side is ours; the judge never reads it).
`score` reads verdicts.json written by the judge.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from statistics import mean
from zoneinfo import ZoneInfo

import yaml

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "bench" / "writer_blind"
OUT = ROOT / "bench" / "results" / "writer_blind"
SEED = 20261202
FEEDBACK = ("--feedback-request",)  # only a rejected interview plans one
SCORES = ("specific", "natural", "appropriate", "accurate")


TITLES = {"dr", "dra", "mr", "ms", "mrs", "mx", "mme", "prof", "engr", "eng", "ing", "sr", "sra", "srta", "atty"}


def slug(name: str) -> str:
    from afterview.output.names import transliterate

    plain = transliterate(name.replace("'", "").replace("\u2019", ""))  # O'Malley → omalley, ø → o
    words = [w for w in plain.replace(".", " ").split() if w.lower() not in TITLES]
    return "-".join(w.lower() for w in words)


def our_drafts(
    notes: Path, now: str, extra: Sequence[str] = (), env: Mapping[str, str] | None = None
) -> list[dict[str, object]]:
    """Every message of `notes` drafted by the CLI at `now` (JSON messages); `extra`: more flags (a provider)."""
    exe = Path(sys.executable).parent / "afterview"
    run = subprocess.run(
        [
            str(exe),
            "draft",
            str(notes),
            "--now",
            now,
            "--format",
            "json",
            *FEEDBACK,
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
        env=None if env is None else dict(env),
    )
    if run.returncode not in (0, 1):
        raise SystemExit(f"{notes.name}: afterview exited {run.returncode}: {run.stderr}")
    return json.loads(run.stdout)["messages"]  # type: ignore[no-any-return]


def as_text(subject: object, body: object) -> str:
    return (f"Subject: {subject}\n\n" if subject else "") + str(body).strip()


def interview_zone(notes: Path) -> str | None:
    """The interview's timezone in a notes file, if it names one."""
    data = yaml.safe_load(notes.read_text(encoding="utf-8"))
    interview = data.get("interview") if isinstance(data, dict) else None
    zone = interview.get("timezone") if isinstance(interview, dict) else None
    return str(zone) if zone else None


def sent_at(message: Mapping[str, object], now: str, zone: str | None = None) -> str:
    """When the draft goes out, in the notes' local time (`zone`, the interview's timezone), by the rule the CLI
    drafts with when no --send-at is given: a message not due yet at its recommended time, any other at the
    set's `now` (a status check planned for next week is not judged as if sent today)."""
    send = message.get("send")
    at = datetime.fromisoformat(now)
    if isinstance(send, dict) and send.get("state") == "not_yet" and send.get("recommended_at"):
        when = datetime.fromisoformat(str(send["recommended_at"]))
        at = when.astimezone(ZoneInfo(zone)) if zone and when.tzinfo is not None else when
    return at.strftime("%a %d %b %Y %H:%M")


def pairs(out: Path = OUT, reference_set: Path = SET) -> int:
    """Pairs of our drafts and the references of `reference_set` (notes/, references/, now.yaml)."""
    SET = reference_set
    nows = yaml.safe_load((SET / "now.yaml").read_text(encoding="utf-8"))
    rng = random.Random(SEED)
    packet, key, unmatched = [], {}, []
    for notes in sorted((SET / "notes").glob("*.yaml")):
        stem = notes.stem
        for message in our_drafts(notes, str(nows[stem])):
            ref = SET / "references" / stem / f"{message['kind']}-{slug(str(message['to']))}.txt"
            if not ref.exists():
                unmatched.append(f"{stem}: {message['kind']} to {message['to']}")
                continue
            pair = f"P{len(key) + 1:02d}"
            ours = as_text(message["subject"], message["body"])
            theirs = ref.read_text(encoding="utf-8").strip()
            ours_side = rng.choice("AB")
            key[pair] = {"ours": ours_side, "notes": stem, "kind": message["kind"], "to": message["to"]}
            a, b = (ours, theirs) if ours_side == "A" else (theirs, ours)
            packet.append(
                f"## {pair}: {message['kind']} to {message['to']} ({message['channel']}), notes {stem}.yaml, "
                f"sent {sent_at(message, str(nows[stem]), interview_zone(notes))}\n\n"
                f"### Draft A\n\n```\n{a}\n```\n\n### Draft B\n\n```\n{b}\n```\n"
            )
    out.mkdir(parents=True, exist_ok=True)
    (out / "packet.md").write_text("\n".join(packet), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1) + "\n", encoding="utf-8")
    print(f"{len(key)} pairs -> {out / 'packet.md'}")
    for line in unmatched:
        print(f"  no reference for {line}")
    return 0


def score(out: Path = OUT) -> int:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    verdicts = json.loads((out / "verdicts.json").read_text(encoding="utf-8"))
    wins = ties = losses = 0
    ours: dict[str, list[float]] = {s: [] for s in SCORES}
    theirs: dict[str, list[float]] = {s: [] for s in SCORES}
    sendable = 0
    for pair, verdict in verdicts.items():
        side = key[pair]["ours"]
        other = "B" if side == "A" else "A"
        winner = verdict["winner"]
        wins += winner == side
        losses += winner == other
        ties += winner == "tie"
        for s in SCORES:
            ours[s].append(verdict[side][s])
            theirs[s].append(verdict[other][s])
        sendable += verdict[side]["send"] in ("as_is", "small_edits")
    n = len(verdicts)
    print(f"pairs judged: {n}")
    print(f"ours won {wins}, tied {ties}, lost {losses}: win-or-tie {(wins + ties) / n:.0%}")
    for s in SCORES:
        print(f"  {s:<12} ours {mean(ours[s]):.2f}   reference {mean(theirs[s]):.2f}")
    print(f"ours 'send as is or with small edits': {sendable}/{n} = {sendable / n:.0%}")
    return 0


if __name__ == "__main__":
    commands = {"pairs": pairs, "score": score}
    name = sys.argv[1] if len(sys.argv) > 1 else "pairs"
    if name not in commands:  # --help, -h or a typo: the docstring says how to run it
        print(__doc__)
        raise SystemExit(0 if name in ("-h", "--help") else 2)
    command = commands[name]
    if command is pairs and len(sys.argv) > 3:  # a reference set other than bench/writer_blind
        raise SystemExit(pairs(Path(sys.argv[2]), Path(sys.argv[3])))
    raise SystemExit(command(Path(sys.argv[2]) if len(sys.argv) > 2 else OUT))
