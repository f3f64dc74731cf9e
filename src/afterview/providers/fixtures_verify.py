"""`afterview fixtures verify DIR`: every recorded LLM response loads safely, is ours, and leaks nothing.

Checks per file: valid JSON of our shape; its name and `key` match the hash of its request;
the response parses with the SDK's own type (ChatCompletion; Batch and FileObject for the
Batch API's recordings); no API keys, auth headers,
cookies, organization/project ids or request ids anywhere; only harmless response headers.
With a used-list (written by `ReplayTransport(used_log=…)` during a test run), every
fixture must have been used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from afterview.providers.replay.fixtures import KEPT_RESPONSE_HEADERS, load_fixture
from afterview.providers.replay.keys import FixtureError, is_chat, stored_key

SECRETS = (
    (re.compile(r"sk-[A-Za-z0-9_\-]{8,}"), "an API key (sk-…)"),
    (re.compile(r'"authorization"\s*:|authorization:\s*bearer', re.IGNORECASE), "an Authorization header"),
    (re.compile(r"\bbearer\s+[A-Za-z0-9._\-]{10,}", re.IGNORECASE), "a bearer token"),
    (re.compile(r'"(set-)?cookie"\s*:', re.IGNORECASE), "a cookie"),
    (re.compile(r'"openai-(organization|project)"', re.IGNORECASE), "an OpenAI organization or project header"),
    (re.compile(r"\borg-[A-Za-z0-9]{12,}"), "an organization id"),
    (re.compile(r'"x-request-id"|\breq_[A-Za-z0-9]{12,}', re.IGNORECASE), "a request id"),
    (re.compile(r'"api[_-]?key"\s*:', re.IGNORECASE), "an api_key field"),
)


@dataclass
class Report:
    folder: Path
    files: int = 0
    problems: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.unused

    def lines(self) -> list[str]:
        out = [*self.problems, *(f"{name}: never used by the test run" for name in self.unused)]
        verdict = "ok" if self.ok else f"{len(self.problems) + len(self.unused)} problem(s)"
        return [*out, f"{self.folder}: {self.files} fixture(s), {verdict}"]


def verify_folder(folder: Path, *, used_list: Path | None = None) -> Report:
    """Check every `*.json` in `folder`; with `used_list`, also that each was served at least once."""
    report = Report(folder)
    if not folder.is_dir():
        report.problems.append(f"{folder}: not a folder")
        return report
    keys = []
    for path in sorted(folder.glob("*.json")):
        report.files += 1
        report.problems += [f"{path.name}: {p}" for p in _problems(path)]
        keys.append(path.stem)
    if used_list is not None:
        used = set(used_list.read_text(encoding="utf-8").split()) if used_list.is_file() else set()
        report.unused = [f"{key}.json" for key in keys if key not in used]
    return report


def _problems(path: Path) -> list[str]:
    from afterview.providers.openai_api.answers import chat_completion_problem
    from afterview.providers.openai_batch import batch_api_problem

    text = path.read_text(encoding="utf-8", errors="replace")
    found = [f"contains {what}" for pattern, what in SECRETS if pattern.search(text)]
    try:
        fixture = load_fixture(path)
    except FixtureError as exc:
        return [*found, str(exc).removeprefix(f"{path}: ")]
    key = stored_key(fixture["request"])
    if fixture.get("key") != key:
        found.append(f"key {str(fixture.get('key'))[:12]}… does not match its request (hash {key[:12]}…)")
    if path.stem != key:
        found.append(f"file name does not match its request (should be {key}.json)")
    response = fixture["response"]
    extra = sorted(set(response.get("headers", {})) - set(KEPT_RESPONSE_HEADERS))
    if extra:
        found.append(f"keeps response headers it should drop: {', '.join(extra)}")
    chat = is_chat(str(fixture["request"].get("path", "")))
    if chat and "body" not in response:
        found.append("response has no JSON body")
    elif chat and 200 <= response["status"] < 300:
        problem = chat_completion_problem(response["body"])
        if problem:
            found.append(problem)
    elif not chat and (problem := batch_api_problem(fixture["request"], response)):
        found.append(problem)
    return found
