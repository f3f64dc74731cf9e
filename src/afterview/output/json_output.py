"""The JSON document of SPEC 7: its keys are a contract read by other people's scripts."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import TypeAlias

from afterview.draft import Draft, Finding
from afterview.pipeline import DraftRun
from afterview.planning import Planned, Skipped
from afterview.timing import SendPlan

# A value `json.dumps` writes as it is.
JSON: TypeAlias = "str | int | float | bool | Sequence[JSON] | Mapping[str, JSON] | None"
JSONObject: TypeAlias = "dict[str, JSON]"


def run_to_dict(run: DraftRun) -> JSONObject:
    return {
        "notes": run.notes_file,
        "now": run.now.astimezone(run.notes.interview.zone).isoformat(),
        "messages": [message_to_dict(planned, draft) for planned, draft in run.drafts],
        "skipped": [skipped_to_dict(s) for s in run.skipped],
        "reflection": {"questions": list(run.reflection)} if run.reflection is not None else None,
    }


def message_to_dict(planned: Planned, draft: Draft) -> JSONObject:
    return {
        "kind": draft.kind.value,
        "to": draft.to,
        "channel": draft.channel.value,
        "subject": draft.subject,
        "body": draft.body,
        "provider": draft.provider,
        "send": send_to_dict(planned.send),
        "findings": [finding_to_dict(f) for f in draft.findings],
        "ready": draft.ready,
        "tone": draft.tone,
        "fallback": draft.fallback,
        "prompt_version": draft.prompt_version,
    }


def send_to_dict(send: SendPlan) -> JSONObject:
    return {
        "state": send.state,
        "recommended_at": send.recommended_at.isoformat(),
        "deadline": send.deadline.isoformat() if send.deadline else None,
        "window_start": send.window_start.isoformat() if send.window_start else None,
        "window_end": send.window_end.isoformat() if send.window_end else None,
        "final": send.final,
        "reason": send.reason,
    }


def finding_to_dict(finding: Finding) -> JSONObject:
    out: JSONObject = {k: v for k, v in asdict(finding).items() if v is not None}
    if finding.span is not None:
        out["span"] = list(finding.span)
    return out


def skipped_to_dict(skipped: Skipped) -> JSONObject:
    out: JSONObject = {"kind": skipped.kind.value, "to": skipped.to, "reason": skipped.reason}
    if skipped.sent_on is not None:
        out["sent_on"] = skipped.sent_on.isoformat()
    return out


def dumps(data: JSON) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
