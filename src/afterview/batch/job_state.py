"""What `batch --submit` remembers in the output folder, so `batch --collect` can finish the job.

`OUT/.afterview-openai-batch.json` holds the batch id, the sha256 of the requests file, the
settings the drafts were planned with, and for every notes file its hash and the custom_id of
each message. `OUT/.afterview-openai-batch.jsonl` is the exact file that was uploaded.
Both are written atomically; nothing in them is a secret (no key, no header).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from afterview.batch.runner import BatchSettings
from afterview.errors import InputError
from afterview.outdir import atomic_write, inside

STATE = ".afterview-openai-batch.json"
REQUESTS = ".afterview-openai-batch.jsonl"
STATE_FORMAT = 1


@dataclass(frozen=True)
class Message:
    custom_id: str
    kind: str
    to: str


@dataclass(frozen=True)
class FileEntry:
    notes: str
    folder: str
    sha256: str
    messages: tuple[Message, ...]


@dataclass
class JobState:
    batch_id: str
    requests_sha256: str
    submitted_at: str
    settings: BatchSettings  # what the drafts were planned with; its provider names the model and server
    files: tuple[FileEntry, ...]
    collected_at: str | None = None

    @property
    def requests(self) -> int:
        return sum(len(f.messages) for f in self.files)


def save(out: Path, state: JobState) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = asdict(state)
    data["settings"]["clock"] = state.settings.clock.isoformat()
    atomic_write(inside(out, out / STATE), json.dumps({"afterview_batch_job": STATE_FORMAT, **data}, indent=2) + "\n")


def load(out: Path) -> JobState | None:
    """The job recorded in `out`, None if there is none; a damaged file is an InputError naming it."""
    path = out / STATE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.pop("afterview_batch_job") != STATE_FORMAT:
            raise ValueError(f"format is not {STATE_FORMAT}")
        raw_settings = data.pop("settings")
        raw_settings["clock"] = datetime.fromisoformat(raw_settings["clock"])
        files = tuple(
            FileEntry(f["notes"], f["folder"], f["sha256"], tuple(Message(**m) for m in f["messages"]))
            for f in data.pop("files")
        )
        return JobState(settings=BatchSettings(**raw_settings), files=files, **data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(
            f"{path}: not a readable afterview batch job ({type(exc).__name__}: {exc}); "
            "submit again with afterview batch PATHS --submit --force"
        ) from exc
