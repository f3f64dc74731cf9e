"""One file per drafted message, for `--out` folders (draft and batch)."""

from __future__ import annotations

from afterview.draft import Draft
from afterview.output.eml import draft_to_eml, is_email
from afterview.output.json_output import dumps, message_to_dict
from afterview.output.names import file_stems
from afterview.pipeline import DraftRun


def draft_as_text(draft: Draft) -> str:
    """The draft as a person edits and sends it: a `Subject:` line for emails, then the body."""
    head = f"Subject: {draft.subject}\n\n" if draft.subject is not None else ""
    return head + draft.body


def draft_files(run: DraftRun, output_format: str) -> dict[str, str]:
    """File name → content; eml for emails only (cards and LinkedIn messages stay text)."""
    files: dict[str, str] = {}
    stems = file_stems(run.notes, ((p.kind.value, p.to.name) for p, _ in run.drafts))
    for (planned, draft), stem in zip(run.drafts, stems, strict=True):
        if output_format == "json":
            files[f"{stem}.json"] = dumps(message_to_dict(planned, draft))
        elif output_format == "eml" and is_email(draft):
            files[f"{stem}.eml"] = draft_to_eml(run.notes, planned, draft)
        elif output_format == "markdown":
            files[f"{stem}.md"] = draft_as_text(draft)
        else:
            files[f"{stem}.txt"] = draft_as_text(draft)
    return files
