"""Seams on the spent blind sets: notes phrases of the wrong kind in a frame, and grammar/fluency findings.

    .venv/bin/python bench/writer_kinds.py [--show N] [--dump DIR]

Drafts every notes file of bench/writer_blind*/ (each at its now.yaml moment, with a feedback request, at the
recommended send time) with the offline writer and counts, over all drafts:

- `unknown in a frame`: the template values (writer/context.py, after the gate) that the draft says and whose
  kind (writer/phrase_kind.py) is not one the slot's frame holds (a noun phrase after "about", a clause after
  "that", a gerund after "Having …");
- grammar (Harper's in-process engine) and fluency findings on the drafts, warnings and errors;
- items of the notes used per thank-you (topics, problems, highlights, common ground, news said), and
  thank-yous with no highlight of the candidate's;
- how often the writer's last gate (writer/last_gate.py) dropped a sentence.

`--dump DIR` writes every draft as text, to read them against the references.
"""

from __future__ import annotations

import argparse
import collections
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]

# each slot the templates fill with a notes phrase, and the frame form it takes (writer/gate.py)
SLOTS = {
    "topic": "noun", "topic2": "noun", "challenge": "noun", "topic2_head": "noun", "tie_noun": "noun",
    "value_noun": "noun", "challenge_clause": "clause", "tie_past": "clause", "value_past": "clause",
    "value2_past": "clause", "since_for": "clause", "tie_having": "phrase", "value_having": "phrase",
}  # fmt: skip
SHAPED = {"news": {"noun": "noun", "clause": "clause", "gerund": "phrase"},
          "rapport": {"noun": "noun", "clause": "clause", "gerund": "phrase"},
          "since": {"noun": "noun", "clause": "clause", "gerund": "phrase"}}  # fmt: skip
USED = (
    "topic",
    "challenge",
    "challenge_clause",
    "tie_past",
    "value_past",
    "value_noun",
    "value_having",
    "rapport",
    "news",
)
HIGHLIGHT = (
    "tie_past",
    "tie_having",
    "tie_noun",
    "value_past",
    "value_having",
    "value_noun",
    "value2_past",
    "measured",
)


def _values(context: dict[str, Any]) -> list[tuple[str, str, str]]:
    out = [(key, form, context[key]) for key, form in SLOTS.items() if isinstance(context.get(key), str)]
    for key, forms in SHAPED.items():
        shape = context.get(key)
        if isinstance(shape, dict):
            out += [(f"{key}.{k}", f, shape[k]) for k, f in forms.items() if isinstance(shape.get(k), str)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", type=int, default=40)
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()

    import afterview.writer.template_writer as tw
    from afterview.notes.loader import load_notes
    from afterview.options import parse_moment
    from afterview.pipeline import draft_all
    from afterview.timing import WhenDue
    from afterview.vocabulary import Kind
    from afterview.writer.phrase_kind import fits, kind

    seen: list[tuple[Any, str, Any, dict[str, Any]]] = []
    build = tw.build_context  # type: ignore[attr-defined]

    def recording(request: Any) -> dict[str, Any]:
        context = build(request)
        seen.append((request.planned.kind, request.planned.to.name, request.planned.channel, context))
        return context

    tw.build_context = recording  # type: ignore[attr-defined]
    counts: collections.Counter[str] = collections.Counter()
    shown = 0
    used: list[int] = []
    no_highlight = drafts = 0
    for folder in sorted(ROOT.glob("bench/writer_blind*/")):
        moments = yaml.safe_load((folder / "now.yaml").read_text()) if (folder / "now.yaml").exists() else {}
        for path in sorted((folder / "notes").glob("*.*")):
            if path.stem not in moments:
                continue
            notes = load_notes(path)
            now = parse_moment(str(moments[path.stem]), "--now", notes.interview.zone, datetime.now())
            seen.clear()
            run = draft_all(notes, path.name, now, tw.TemplateWriter(), feedback_request=True, send_at=WhenDue(now))
            contexts = list(seen)
            for _, draft in run.drafts:
                drafts += 1
                for f in draft.findings:
                    if f.severity != "info" and f.check in ("grammar", "fluency"):
                        counts[f"{f.check}/{f.code}"] += 1
                        if shown < args.show:
                            shown += 1
                            print(f"--- {path.stem} {draft.to}: {f.check}/{f.code} {f.message}", file=sys.stderr)
                context = next(
                    (c for k, to, ch, c in reversed(contexts) if (k, to, ch) == (draft.kind, draft.to, draft.channel)),
                    None,
                )
                if context is None:
                    continue
                for key, form, value in _values(context):
                    if value in draft.body and not fits(value, form):
                        counts["unknown in a frame"] += 1
                        if shown < args.show:
                            shown += 1
                            print(
                                f"--- {path.stem} {draft.to}: {key} ({form}) is {kind(value)}: {value}", file=sys.stderr
                            )
                if draft.kind is Kind.thank_you and draft.channel.value != "linkedin":
                    said = [k for k in USED if context.get(k) and _said(context[k], draft.body)]
                    used.append(len(said))
                    no_highlight += not any(context.get(k) and _said(context[k], draft.body) for k in HIGHLIGHT)
            if args.dump:
                args.dump.mkdir(parents=True, exist_ok=True)
                text = "\n\n".join(f"=== {d.kind.value} to {d.to} ({d.channel.value})\n{d.body}" for _, d in run.drafts)
                (args.dump / f"{folder.name}--{path.stem}.txt").write_text(text)
    print(f"{drafts} drafts from the spent sets")
    print(f"unknown in a frame: {counts.pop('unknown in a frame', 0)}")
    print(f"grammar findings: {sum(n for k, n in counts.items() if k.startswith('grammar/'))}")
    print(f"fluency findings: {sum(n for k, n in counts.items() if k.startswith('fluency/'))}")
    for key, n in counts.most_common():
        print(f"  {n:4d}  {key}")
    if used:
        print(
            f"thank-you emails/cards: {len(used)}; items used per note {sum(used) / len(used):.2f}; "
            f"with no highlight: {no_highlight}"
        )
    try:
        from afterview.writer.last_gate import FIRED

        print(f"last gate: {FIRED['sentences']} sentences dropped in {FIRED['drafts']} of {FIRED['checked']} drafts")
    except ImportError:
        pass
    return 0


def _said(value: Any, body: str) -> bool:
    if isinstance(value, dict):
        return any(isinstance(v, str) and v and v in body for v in value.values())
    return isinstance(value, str) and bool(value) and value in body


if __name__ == "__main__":
    sys.exit(main())
