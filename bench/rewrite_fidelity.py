"""How often the rewrite fidelity check (providers/rewrite_fidelity.py) rejects real rewrites: every
recorded rewrite in fixtures/llm (the template's draft is in its request) and the blind run's LLM drafts
against the template side of its packet; then synthetic: faithful rewordings of every template draft of
the example and bench notes (any rejection is false) and flips of who did what injected into them (any
miss is shown). Prints each finding so a reader can judge true from false rejections.

    .venv/bin/python bench/rewrite_fidelity.py [--quiet]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from afterview.providers.rewrite_fidelity import fidelity_findings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "llm"
RUN1 = ROOT / "bench" / "results" / "llm_blind" / "run1"


def fixture_pairs() -> Iterator[tuple[str, str, str]]:
    """(label, template draft, rewrite) of every recorded rewrite (first request or repair)."""
    for path in sorted(FIXTURES.glob("*.json")):
        stored = json.loads(path.read_text(encoding="utf-8"))
        messages = stored["request"]["body"]["messages"]
        data = [m["content"] for m in messages if m["role"] == "user" and "<notes>" in m["content"]]
        if len(data) < 2:  # not a rewrite (no worked example before the request)
            continue
        block = data[-1].split("<notes>", 1)[1].split("</notes>", 1)[0]
        template = json.loads(block.replace("\\u003c", "<").replace("\\u003e", ">"))["draft"]
        content = stored["response"]["body"]["choices"][0]["message"]["content"]
        yield stored["meta"].get("label", path.name), template, json.loads(content)["body"]


def run1_pairs() -> Iterator[tuple[str, str, str]]:
    key = json.loads((RUN1 / "key.json").read_text(encoding="utf-8"))["pairs"]
    packet = (RUN1 / "packet.md").read_text(encoding="utf-8")
    for section in re.split(r"^## ", packet, flags=re.M)[1:]:
        pair_id = section.split(":", 1)[0]
        sides = dict(re.findall(r"### Draft (A|B)\n\n```\n(.*?)```", section, flags=re.S))
        if pair_id not in key or len(sides) != 2:
            continue
        llm = key[pair_id]["llm"]
        template = sides["B" if llm == "A" else "A"]
        yield f"run1 {pair_id} {section.splitlines()[0]}", _body(template), _body(sides[llm])


def template_drafts() -> Iterator[tuple[str, str]]:
    """(label, template draft) of every message of the example and bench notes files."""
    import yaml

    from afterview.writer.template_writer import TemplateWriter

    sys.path.insert(0, str(ROOT / "tests"))
    from helpers import NOW, requests_for

    folders = ("fixtures/examples", "bench/llm_notes", "bench/writer_blind/notes", "bench/writer_blind4/notes")
    for folder in folders:
        clocks_file = (ROOT / folder).parent / "now.yaml"
        clocks = (
            yaml.safe_load(clocks_file.read_text(encoding="utf-8"))
            if folder.endswith("notes") and (clocks_file.exists())
            else {}
        )
        for path in sorted((ROOT / folder).glob("*.yaml")):
            for label, request in requests_for(path, clocks.get(path.stem, NOW)):
                yield label, TemplateWriter().write(request).body


def reworded(body: str) -> str:
    """A faithful rewording of the kind a model makes: contractions, other courtesy words, a clause turned."""
    for old, new in (("I would", "I'd"), ("I am", "I'm"), ("Thank you", "Thanks"), ("I have", "I've"),
                     ("It was a pleasure to meet you", "I really enjoyed meeting you"),
                     ("has stayed with me", "is still on my mind")):  # fmt: skip
        body = body.replace(old, new)
    return re.sub(r"Having (\w+) ([^,]+), I", r"Since I \1 \2, I", body)


THEIR_POINT = re.compile(
    r"(?:You (?:described|mentioned|noted|explained|said|told me)|Your (?:point|remarks?|comment) (?:about|on|that))"
    r"([^.]+)\."
)


MY_WORK = re.compile(r"(?:^|(?<=[.!?] ))I (?:built|led|ran|wrote|cut|raised|advised|designed|managed)\b[^.,;]+", re.M)


def synthetic() -> list[str]:
    """Faithful rewordings of every template draft (rejections are false), and two flips injected into
    each draft that allows them: the reader's point made the candidate's work, the candidate's
    highlight given to the reader (misses are shown)."""
    drafts = list(template_drafts())
    false = [label for label, body in drafts if fidelity_findings(body, reworded(body))]
    flips: list[tuple[str, str, str, str]] = []  # (label, the draft's words, the draft, the draft flipped)
    for label, body in drafts:
        point = THEIR_POINT.search(body)
        if point:
            flipped = body.replace(point.group(0), f"I have worked on{point.group(1)}.")
            flips.append((label, point.group(0), body, flipped))
        mine = MY_WORK.search(body)
        if mine:
            flips.append((label, mine.group(0), body, body.replace(mine.group(0), f"You{mine.group(0)[1:]}", 1)))
    missed = [f"  missed: {label}: {words}" for label, words, body, flipped in flips
              if not fidelity_findings(body, flipped)]  # fmt: skip
    return [
        f"synthetic: faithful rewordings of {len(drafts)} template drafts rejected {len(false)} {false or ''}",
        f"synthetic: injected flips caught {len(flips) - len(missed)} of {len(flips)}",
        *missed,
    ]


def _body(text: str) -> str:
    return text.split("\n\n", 1)[1] if text.startswith("Subject:") else text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quiet", action="store_true", help="only the totals")
    args = parser.parse_args()
    for name, pairs in (("fixtures/llm", list(fixture_pairs())), ("llm_blind/run1", list(run1_pairs()))):
        rejected = 0
        for label, template, rewrite in pairs:
            findings = fidelity_findings(template, rewrite)
            rejected += bool(findings)
            if findings and not args.quiet:
                print(f"- {label}")
                for f in findings:
                    print(f"    {f.code}: {f.message}")
        print(f"{name}: {rejected} of {len(pairs)} rewrites rejected")
    print("\n".join(synthetic()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
