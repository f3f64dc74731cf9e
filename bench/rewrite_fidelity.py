"""How often the rewrite fidelity check (providers/rewrite_fidelity.py) rejects real rewrites: every
recorded rewrite in fixtures/llm (the template's draft is in its request), the blind run's LLM drafts
against the template side of its packet, and kept drafts of bench/llm_live.py whose template draft the
current writer makes again. Prints each finding so a reader can judge true from false rejections.

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
