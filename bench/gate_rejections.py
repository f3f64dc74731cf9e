"""What the gate (writer/gate.py `problem`) rejects of every spent notes item, in each form a frame offers it in.

    PYTHONPATH=src .venv/bin/python bench/gate_rejections.py              # counts per reason, 3 examples each
    PYTHONPATH=src .venv/bin/python bench/gate_rejections.py --all        # every rejection
    PYTHONPATH=src .venv/bin/python bench/gate_rejections.py --dump F     # every (form, phrase, reason) to F (JSON)
    PYTHONPATH=src .venv/bin/python bench/gate_rejections.py --diff F     # phrases that newly pass / newly fail vs F

Items: every interviewer's topics, challenges and rapport, the company's news and the candidate's highlights of
every spent notes file (bench/writer_blind*/notes, tests/guardrails/blind*/notes), adapted the way
writer/context.py adapts them (owner_topic; adapt.topic and clause_form; rapport_shape; news_shape; tie_clause,
having and experience_noun). Spent sets: not evidence, a map of what the gate says no to.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from afterview.writer import adapt
from afterview.writer.adapt import clause_form, usable_items
from afterview.writer.gate import problem
from afterview.writer.items import news_shape, rapport_shape, tie_clause
from afterview.writer.kind_topic import owner_topic
from afterview.writer.phrasing import asked_aside, jotted_question, spoken
from afterview.writer.shapes import experience_noun, having

ROOT = Path(__file__).resolve().parents[1]
_SHAPE_FORMS = {"clause": "clause", "noun": "noun", "gerund": "phrase"}


def _files() -> list[Path]:
    bench = sorted(ROOT.glob("bench/writer_blind*/notes/*.yaml"))
    return bench + sorted(ROOT.glob("tests/guardrails/blind*/notes/*.yaml"))


def _offered(notes: dict) -> list[tuple[str, str, str]]:
    """(what, form, phrase) for each adapted form of each item."""
    out: list[tuple[str, str, str]] = []
    company = str((notes.get("company") or {}).get("name") or "")
    for person in notes.get("interviewers") or []:
        for item in usable_items([str(t) for t in person.get("topics") or []]):
            said = asked_aside(item)
            if said and not jotted_question(said):
                out.append(("topic", "noun", owner_topic(said)))
        for item in usable_items([str(c) for c in person.get("challenges") or []]):
            if jotted_question(item):
                continue
            out.append(("challenge", "noun", adapt.topic(item)))
            out.append(("challenge", "clause", clause_form(item) or ""))
        for item in usable_items([str(r) for r in person.get("rapport") or []]):
            for key, value in rapport_shape(spoken(item)).items():
                out.append(("rapport", _SHAPE_FORMS.get(key, "noun"), value or ""))
    for item in usable_items([str(n) for n in (notes.get("company") or {}).get("news") or []]):
        for key, value in news_shape(item, company).items():
            out.append(("news", _SHAPE_FORMS.get(key, "noun"), value or ""))
    for item in usable_items([str(h) for h in (notes.get("candidate") or {}).get("highlights") or []]):
        out.append(("highlight", "clause", tie_clause(item) or ""))
        out.append(("highlight", "phrase", having(item) or ""))
        out.append(("highlight", "noun", experience_noun(item) or ""))
    return [o for o in out if o[2]]


def inventory() -> dict[str, str | None]:
    seen: dict[str, str | None] = {}
    for path in _files():
        try:
            notes = yaml.safe_load(path.read_text())
        except yaml.YAMLError:
            continue
        if not isinstance(notes, dict):
            continue
        for what, form, phrase in _offered(notes):
            key = f"{what}\t{form}\t{phrase}"
            if key not in seen:
                seen[key] = problem(phrase, form)
    return seen


def main(argv: list[str]) -> None:
    seen = inventory()
    if "--dump" in argv:
        Path(argv[argv.index("--dump") + 1]).write_text(json.dumps(seen, indent=0, sort_keys=True))
    if "--diff" in argv:
        before = json.loads(Path(argv[argv.index("--diff") + 1]).read_text())
        was, now = Counter(v for v in before.values() if v), Counter(v for v in seen.values() if v)
        for reason in sorted(set(was) | set(now), key=lambda r: -was[r]):
            if was[reason] != now[reason]:
                print(f"{was[reason]:5} -> {now[reason]:5}  {reason}")
        passes = sorted(k for k, v in seen.items() if v is None and before.get(k))
        fails = sorted(k for k, v in seen.items() if v and k in before and not before[k])
        print(f"\nnewly pass: {len(passes)}")
        for key in passes:
            print(f"  [{before[key]}] {key}")
        print(f"\nnewly fail: {len(fails)}")
        for key in fails:
            print(f"  [{seen[key]}] {key}")
        offered = sorted(k for k in seen if k not in before)  # a form the writer now builds otherwise
        print(f"\nnew forms: {len(offered)} ({sum(1 for k in offered if seen[k] is None)} pass)")
        for key in offered:
            print(f"  [{seen[key] or 'pass'}] {key}")
        return
    by_reason: dict[str, list[str]] = defaultdict(list)
    for key, reason in seen.items():
        if reason:
            by_reason[reason].append(key)
    print(f"{len(seen)} distinct (item kind, form, phrase); {sum(map(len, by_reason.values()))} rejected")
    for reason, keys in sorted(by_reason.items(), key=lambda kv: -len(kv[1])):
        print(f"\n{len(keys):5}  {reason}")
        for key in keys if "--all" in argv else keys[:3]:
            print(f"         {key}")


if __name__ == "__main__":
    main(sys.argv[1:])
