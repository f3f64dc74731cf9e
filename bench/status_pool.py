"""Status-check drafts of the spent blind sets (writer_blind40 … 51) at their now.yaml moment and later moments
inside the check window, as JSON {key: body}; `--grep` lists the sentences of each class (issue 17).

    PYTHONPATH=src .venv/bin/python bench/status_pool.py OUT.json
    .venv/bin/python bench/status_pool.py --grep OUT.json
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path

import yaml

SETS = [Path(__file__).parent / f"writer_blind{n}" for n in range(40, 52)]
_NEWS = r"(?:Congratulations on|glad to see|glad to hear|good to see)"
CLASSES = {
    # the reader's problem dropped into a fixed frame with an offer to help with it ("help with losing techs")
    "pasted problem": re.compile(r"(?:thinking about|continued to reflect on) [^.]*(?:help with it|to help)\."),
    # news and interest, two unrelated acts joined by "and"
    "joined seam": re.compile(_NEWS + r"[^.]*, and I (?:remain|am still)[^.]*\."),
}
# news said after the ask (the value paragraph or the close), told apart from news before it
AFTER_ASK = re.compile(_NEWS + r"[^.]*\.")


def drafts() -> dict[str, str]:
    from afterview.notes.loader import load_notes
    from afterview.pipeline import Selection, draft_all
    from afterview.vocabulary import Kind
    from afterview.writer.template_writer import TemplateWriter

    wanted = Selection(kinds=frozenset({Kind.status_check, Kind.feedback_request}))
    out: dict[str, str] = {}
    for folder in SETS:
        nows = yaml.safe_load((folder / "now.yaml").read_text())
        for name, at in sorted(nows.items()):
            path = folder / "notes" / f"{name}.yaml"
            if not path.exists():
                continue
            notes = load_notes(path)
            start = datetime.fromisoformat(str(at)).replace(tzinfo=notes.interview.start.tzinfo)
            moments = [start, notes.interview.start + timedelta(days=12, hours=3)]
            for i, now in enumerate(moments):
                run = draft_all(notes, path.name, now, TemplateWriter(), selection=wanted)
                for planned, draft in run.drafts:
                    if planned.kind in (Kind.status_check, Kind.feedback_request):
                        out[f"{name}@{i} {planned.kind.value} {planned.to.name} {planned.channel.value}"] = draft.body
    return out


def _after(body: str) -> str:
    """What follows the ask: the paragraphs after the one that asks (email), the text after the "?" (LinkedIn)."""
    parts = body.split("\n\n")
    return "\n\n".join(parts[2:]) if len(parts) > 3 else body.split("?", 1)[-1]


def main() -> int:
    if sys.argv[1] == "--grep":
        data = json.loads(Path(sys.argv[2]).read_text())
        for cls, pattern in CLASSES.items():
            hits = [
                (k, m.group(0)) for k, body in data.items() for m in pattern.finditer(body) if " status_check " in k
            ]
            drafts_hit = len({k for k, _ in hits})
            print(f"== {cls}: {drafts_hit} drafts")
            for k, s in hits:
                print(f"  {k}: {s}")
        after = [
            (k, m.group(0)) for k, b in data.items() if " status_check " in k for m in AFTER_ASK.finditer(_after(b))
        ]
        print(f"== news after the ask: {len({k for k, _ in after})} drafts")
        for k, s in after:
            print(f"  {k}: {s}")
        checks = [k for k in data if " status_check " in k]
        print(f"status checks: {len(checks)}")
        return 0
    Path(sys.argv[1]).write_text(json.dumps(drafts(), indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
