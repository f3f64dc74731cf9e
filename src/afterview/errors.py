"""The exceptions afterview raises on purpose; the CLI turns each into one message.

AfterviewError              base; `exit_code` is what the CLI exits with
 ├── InputError             bad input the user can fix (exit 2)
 │    ├── NotesError        a notes file that does not load: one Problem per mistake
 │    ├── OutputError       an output path that cannot be written as asked
 │    └── ProviderConfigError   the LLM rejected our credentials or settings (exit 2)
 ├── ProviderUnavailable    the LLM could not be reached, refused the request or answered unusably: fall back
 └── ProviderBug            afterview used a provider wrongly: our bug, surfaced
"""

from __future__ import annotations

from dataclasses import dataclass


class AfterviewError(Exception):
    exit_code = 1


class InputError(AfterviewError):
    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One mistake in a file, located as `file:line: field: message`."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class NotesError(InputError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.line or 0, p.field))
        super().__init__("\n".join(str(p) for p in self.problems))


class OutputError(InputError):
    pass


class ProviderConfigError(InputError):
    """Bad key, unknown model, wrong base URL: the message says which setting to fix."""


class ProviderUnavailable(AfterviewError):
    """Connection refused, timeout, deadline, rate limit, 5xx, a refused request (4xx), unusable answer:
    the template writer takes over."""

    def __init__(self, cause: str, fix: str = "") -> None:
        self.cause = cause
        self.fix = fix
        super().__init__(f"LLM unavailable: {cause}" + (f" ({fix})" if fix else ""))


class ProviderBug(AfterviewError):
    """afterview used a provider in a way it cannot be used: a bug in afterview, shown as such.

    A server's 4xx answer is not one: it is that server's answer (ProviderUnavailable, a fallback)."""
