"""A scripted writer beside the real ones, for tests (as pydantic-ai keeps `TestModel` beside its models).

`FakeWriter` answers each `write` with the next reply of its script: a body (made into a draft for
the request), a whole Draft, or an exception to raise (`ProviderUnavailable` for a server that is
down). It records every call it gets. `FakeRepairer` can also take a draft back with its findings
(`repair`) and fix one without a call (`fix_mechanically`), each from its own script. Neither
imports anything heavy; both are drafted through `pipeline.draft_all` like the real writers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from afterview.vocabulary import Channel

if TYPE_CHECKING:
    from afterview.draft import Draft, DraftRequest, Finding


@dataclass(frozen=True)
class FakeCall:
    """One call the fake got: what for (write, repair, fix), for which message, with what."""

    purpose: str
    kind: str
    to: str
    variant: int = 0
    findings: tuple[Finding, ...] = ()
    prompt_tokens: int | None = None
    prompt_tokens_estimated: int = 0
    completion_tokens: int | None = None
    cost: float | None = None


class ScriptExhausted(AssertionError):
    """The writer was asked more often than its script says: the test's expectation, not a provider fault."""


class FakeWriter:
    """Writes the scripted replies in order; `varies`: rewrites near-copies with `Style(variant=n)`."""

    def __init__(self, replies: Iterable[str | Draft | Exception], *, name: str = "fake", varies: bool = False) -> None:
        self.name = name
        self.varies = varies
        self.calls: list[FakeCall] = []
        self._replies = list(replies)

    @property
    def purposes(self) -> list[str]:
        return [c.purpose for c in self.calls]

    def write(self, request: DraftRequest) -> Draft:
        self._log("write", request)
        return self._answer(self._replies, request, "write")

    def _log(self, purpose: str, request: DraftRequest, findings: Sequence[Finding] = ()) -> None:
        planned = request.planned
        variant = request.style.variant
        self.calls.append(FakeCall(purpose, planned.kind.value, planned.to.name, variant, tuple(findings)))

    def _answer(self, script: list[str | Draft | Exception], request: DraftRequest, purpose: str) -> Draft:
        if not script:
            raise ScriptExhausted(f"{self.name}: no scripted reply left for {purpose} ({request.planned.kind.value})")
        reply = script.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, str):
            return self.draft(request, reply)
        return reply

    def draft(self, request: DraftRequest, body: str) -> Draft:
        """`body` as this writer's draft of the requested message (an email gets a plain subject)."""
        from afterview.draft import Draft

        planned = request.planned
        subject = f"Thank you, {planned.to.first_name}" if planned.channel is Channel.email else None
        return Draft(planned.kind, planned.to.name, planned.channel, subject, body, self.name, request.tone)


class FakeRepairer(FakeWriter):
    """A FakeWriter that also repairs (from `repairs`) and fixes mechanically (from `fixes`; None or an
    exhausted script: nothing to fix)."""

    def __init__(
        self,
        replies: Iterable[str | Draft | Exception],
        *,
        repairs: Iterable[str | Draft | Exception] = (),
        fixes: Iterable[str | None] = (),
        name: str = "fake",
        varies: bool = False,
    ) -> None:
        super().__init__(replies, name=name, varies=varies)
        self._repairs = list(repairs)
        self._fixes = list(fixes)

    def repair(self, request: DraftRequest, draft: Draft, findings: Sequence[Finding]) -> Draft:
        self._log("repair", request, findings)
        return self._answer(self._repairs, request, "repair")

    def fix_mechanically(self, request: DraftRequest, draft: Draft) -> Draft | None:
        self._log("fix", request)
        fixed = self._fixes.pop(0) if self._fixes else None
        return None if fixed is None else replace(draft, body=fixed)
