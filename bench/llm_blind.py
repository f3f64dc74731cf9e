"""Blind side-by-side of the LLM path against the template writer, for the same notes (issue 16).

    .venv/bin/python bench/llm_blind.py pairs DIR --base-url http://127.0.0.1:8080/v1 [--model M] [--strategy S]
    .venv/bin/python bench/llm_blind.py score DIR
    .venv/bin/python bench/llm_blind.py drafts DIR   # DIR/llm_drafts.yaml, the LLM's side, for a labeller

DIR holds `notes/` (the notes files) and `now.yaml` (each file's clock by stem), as bench/writer_blind
does. `pairs` drafts every message of every notes file twice through the real CLI at that clock
(no `--send-at`, as a user gets them): with the LLM provider (the default strategy unless `--strategy`) and with
the template writer. It writes DIR/packet.md (each notes file, then Draft A and Draft B per message,
sides shuffled with a fixed seed, nothing naming the source) and DIR/key.json (which side is the
LLM's; the judge never reads it). An LLM draft that fell back to the template is not a pair: it is
listed on the terminal and in key.json, not judged. `score` reads the judge's DIR/verdicts.json
(bench/writer_blind/README.md's format: per pair `winner` A|B|tie and, per side, 1-5 scores and
`send`) and prints the LLM's wins, ties and losses and both sides' mean scores.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import TypedDict

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from writer_blind import SCORES, SEED, as_text, our_drafts

MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"
NOTES_SUFFIXES = (".yaml", ".yml", ".json", ".toml", ".md")
SIDES = ("A", "B")
# The LLM run's settings: a slow shared local server must not make a draft fall back on time.
LLM_CONFIG = """[llm]
server = "{server}"
timeout = 3600
deadline = 0
max_retries = 0
breaker = false
"""


class Message(TypedDict):
    """What the packet needs of one message of `afterview draft --format json`."""

    kind: str
    to: str
    channel: str
    subject: str | None
    body: str
    provider: str
    fallback: str | None


class Pair(TypedDict):
    llm: str  # the side (A or B) the LLM's draft is on
    notes: str
    kind: str
    to: str
    channel: str


@dataclass
class Packet:
    """The judge's reading and the key to it."""

    sections: list[str] = field(default_factory=list)
    pairs: dict[str, Pair] = field(default_factory=dict)
    fell_back: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    identical: list[str] = field(default_factory=list)


def messages(raw: Sequence[Mapping[str, object]]) -> list[Message]:
    def text(value: object) -> str | None:
        return None if value is None else str(value)

    return [
        Message(
            kind=str(m["kind"]),
            to=str(m["to"]),
            channel=str(m["channel"]),
            subject=text(m.get("subject")),
            body=str(m["body"]),
            provider=str(m.get("provider", "")),
            fallback=text(m.get("fallback")),
        )
        for m in raw
    ]


def build_packet(drafted: Sequence[tuple[str, str, list[Message], list[Message]]], seed: int = SEED) -> Packet:
    """(stem, notes text, the LLM's messages, the template's messages) per notes file → the packet.

    Messages pair up by kind and recipient; an LLM message that fell back is reported, not paired."""
    rng = random.Random(seed)
    packet = Packet()
    for stem, notes_text, llm, template in drafted:
        by_key = {(m["kind"], m["to"]): m for m in template}
        section: list[str] = []
        for message in llm:
            label = f"{stem}: {message['kind']} to {message['to']}"
            theirs = by_key.get((message["kind"], message["to"]))
            if theirs is None:
                packet.unmatched.append(label)
                continue
            if message["provider"] == "template" or message["fallback"]:
                packet.fell_back.append(f"{label}: {message['fallback'] or 'template'}")
                continue
            pair = f"P{len(packet.pairs) + 1:02d}"
            ours, other = as_text(message["subject"], message["body"]), as_text(theirs["subject"], theirs["body"])
            if ours == other:
                packet.identical.append(pair)
            side = rng.choice(SIDES)
            packet.pairs[pair] = Pair(
                llm=side, notes=stem, kind=message["kind"], to=message["to"], channel=message["channel"]
            )
            a, b = (ours, other) if side == "A" else (other, ours)
            section.append(
                f"## {pair}: {message['kind']} to {message['to']} ({message['channel']})\n\n"
                f"### Draft A\n\n```\n{a}\n```\n\n### Draft B\n\n```\n{b}\n```\n"
            )
        if section:
            packet.sections.append(f"# Notes {stem}\n\n```\n{notes_text.strip()}\n```\n\n" + "\n".join(section))
    return packet


def notes_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "notes").iterdir() if p.suffix in NOTES_SUFFIXES)


def pairs(folder: Path, base_url: str, model: str, strategy: str | None, server: str, out: Path) -> int:
    nows = yaml.safe_load((folder / "now.yaml").read_text(encoding="utf-8"))
    flags = ["--provider", "openai", "--base-url", base_url, "--model", model]
    flags += ["--strategy", strategy] if strategy else []
    drafted = []
    with tempfile.TemporaryDirectory(prefix="llm-blind-") as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text(LLM_CONFIG.format(server=server), encoding="utf-8")
        env = {**os.environ, "AFTERVIEW_CONFIG": str(config)}
        for notes in notes_files(folder):
            if notes.stem not in nows:
                raise SystemExit(f"{folder / 'now.yaml'}: no clock for {notes.name}")
            now = str(nows[notes.stem])
            llm = messages(our_drafts(notes, now, flags, env))
            template = messages(our_drafts(notes, now))
            drafted.append((notes.stem, notes.read_text(encoding="utf-8"), llm, template))
            kept = sum(m["provider"] != "template" and not m["fallback"] for m in llm)
            print(f"  {notes.name}: {kept}/{len(llm)} LLM drafts kept", flush=True)
    packet = build_packet(drafted)
    out.mkdir(parents=True, exist_ok=True)
    (out / "packet.md").write_text("\n".join(packet.sections), encoding="utf-8")
    key = {"pairs": packet.pairs, "fell_back": packet.fell_back, "unmatched": packet.unmatched}
    (out / "key.json").write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(packet.pairs)} pairs -> {out / 'packet.md'} (key: {out / 'key.json'})")
    if packet.identical:
        same = ", ".join(packet.identical)
        print(f"  the LLM's draft is the template's word for word in {len(packet.identical)}: {same}")
    for line in packet.fell_back:
        print(f"  fell back (not judged): {line}")
    for line in packet.unmatched:
        print(f"  no template draft for {line}")
    return 0


@dataclass
class Tally:
    wins: int = 0
    ties: int = 0
    losses: int = 0
    llm: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in SCORES})
    template: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in SCORES})
    sendable: int = 0

    @property
    def judged(self) -> int:
        return self.wins + self.ties + self.losses


def tally(key: Mapping[str, Pair], verdicts: Mapping[str, Mapping[str, object]]) -> Tally:
    """The LLM side's wins, ties and losses and both sides' scores; a verdict must name a known pair."""
    result = Tally()
    for pair, verdict in verdicts.items():
        if pair not in key:
            raise SystemExit(f"verdicts.json: {pair} is not a pair of key.json")
        side = key[pair]["llm"]
        other = "B" if side == "A" else "A"
        winner = verdict["winner"]
        if winner not in (*SIDES, "tie"):
            raise SystemExit(f"verdicts.json: {pair}: winner must be A, B or tie, not {winner!r}")
        result.wins += winner == side
        result.losses += winner == other
        result.ties += winner == "tie"
        ours, theirs = verdict[side], verdict[other]
        assert isinstance(ours, Mapping) and isinstance(theirs, Mapping)
        for s in SCORES:
            result.llm[s].append(float(ours[s]))
            result.template[s].append(float(theirs[s]))
        result.sendable += ours.get("send") in ("as_is", "small_edits")
    return result


def score(folder: Path) -> int:
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    verdicts = json.loads((folder / "verdicts.json").read_text(encoding="utf-8"))
    result = tally(key["pairs"], verdicts)
    n = result.judged
    if not n:
        raise SystemExit("verdicts.json: no verdicts")
    print(f"pairs judged: {n} of {len(key['pairs'])}; LLM drafts that fell back (not judged): {len(key['fell_back'])}")
    share = (result.wins + result.ties) / n
    print(f"LLM won {result.wins}, tied {result.ties}, lost {result.losses}: win-or-tie {share:.0%}")
    for s in SCORES:
        print(f"  {s:<12} LLM {mean(result.llm[s]):.2f}   template {mean(result.template[s]):.2f}")
    print(f"LLM 'send as is or with small edits': {result.sendable}/{n} = {result.sendable / n:.0%}")
    return 0


def llm_side(folder: Path) -> int:
    """DIR/llm_drafts.yaml: the LLM's side of every pair (id, notes, kind, to, channel, text), for a labeller
    who reads the drafts without knowing the checks (bench/guardrails_llm.py --blind DIR)."""
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))["pairs"]
    packet = (folder / "packet.md").read_text(encoding="utf-8")
    items = []
    for pair, meta in key.items():
        section = packet.split(f"## {pair}: ", 1)[1]
        text = section.split(f"### Draft {meta['llm']}\n\n```\n", 1)[1].split("\n```", 1)[0]
        fields = {name: meta[name] for name in ("notes", "kind", "to", "channel")}
        items.append({"id": pair, **fields, "text": text + "\n"})

    class Literal(yaml.SafeDumper):  # drafts as readable blocks
        pass

    Literal.add_representer(
        str, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", v, style="|" if "\n" in v else None)
    )
    text = yaml.dump(items, Dumper=Literal, sort_keys=False, allow_unicode=True, width=1000)
    (folder / "llm_drafts.yaml").write_text(text, encoding="utf-8")
    print(f"{len(items)} LLM drafts -> {folder / 'llm_drafts.yaml'}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("pairs", help="draft both ways and write packet.md and key.json")
    make.add_argument("dir", type=Path)
    make.add_argument("--base-url", required=True)
    make.add_argument("--model", default=MODEL)
    make.add_argument("--strategy", choices=("rewrite", "compose"), help="default: the CLI's default strategy")
    make.add_argument("--server", choices=("llama.cpp", "openai"), default="llama.cpp")
    make.add_argument("--out", type=Path, help="where packet.md and key.json go (default DIR)")
    judge = sub.add_parser("score", help="read DIR/verdicts.json with DIR/key.json")
    judge.add_argument("dir", type=Path)
    side = sub.add_parser("drafts", help="write DIR/llm_drafts.yaml: the LLM's side, for a blind labeller")
    side.add_argument("dir", type=Path)
    args = parser.parse_args(argv)
    if args.command == "score":
        return score(args.dir)
    if args.command == "drafts":
        return llm_side(args.dir)
    return pairs(args.dir, args.base_url, args.model, args.strategy, args.server, args.out or args.dir)


if __name__ == "__main__":
    sys.exit(main())
