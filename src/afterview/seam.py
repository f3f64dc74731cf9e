"""The writer seam: what the pipeline and the commands may ask of a writer, declared in one place.

A writer is anything with `name` and `write(request) -> Draft` (`Writer`). Every other ability is a
small protocol a writer may also satisfy (`Repairer`, `MechanicalFixer`, `Auditor`, `Reviser`, `DryRunner`,
`Closeable`, `HasBreaker`, `CallLog`, `Varies`). `Author.of(writer)` checks them once, when the run's
writer is chosen, into a typed value with an Optional member per ability: callers ask the Author
(`author.repair is None`), never the writer. This is the only module that probes a writer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:  # the seam costs nothing at start-up: commands build an Author only when they draft
    from afterview.draft import Draft, DraftRequest, Finding
    from afterview.providers.breaker import Breaker

    RepairFn = Callable[[DraftRequest, Draft, Sequence[Finding]], Draft]
    FixFn = Callable[[DraftRequest, Draft], Draft | None]
    AuditFn = Callable[[DraftRequest, Draft], Sequence[Finding]]
    ReviseFn = Callable[[DraftRequest, Draft, str, Sequence[Finding]], Draft]
    DryRunFn = Callable[[DraftRequest], Mapping[str, object]]


@runtime_checkable
class Writer(Protocol):
    """The one seam every provider implements: a planned message in, a draft out."""

    @property
    def name(self) -> str: ...

    def write(self, request: DraftRequest) -> Draft: ...


# --- the abilities a writer may add ------------------------------------------------------------


@runtime_checkable
class Repairer(Protocol):
    """Takes its draft back with the guardrail findings (the LLM): one repair round."""

    def repair(self, request: DraftRequest, draft: Draft, findings: Sequence[Finding]) -> Draft: ...


@runtime_checkable
class MechanicalFixer(Protocol):
    """Fixes what code can fix without another call (a stock opener, a dash); None: nothing to fix."""

    def fix_mechanically(self, request: DraftRequest, draft: Draft) -> Draft | None: ...


@runtime_checkable
class Auditor(Protocol):
    """Checks its own drafts against what only it knows (a rewrite against the draft it reworded):
    findings added to the guardrails', so the one repair round carries them."""

    def audit(self, request: DraftRequest, draft: Draft) -> Sequence[Finding]: ...


@runtime_checkable
class Reviser(Protocol):
    """Applies an instruction someone typed ("warmer", "mention X") to a draft (`revise`)."""

    def revise(
        self, request: DraftRequest, draft: Draft, instruction: str, findings: Sequence[Finding] = ()
    ) -> Draft: ...


@runtime_checkable
class DryRunner(Protocol):
    """Shows the exact request it would send for a first draft, sending nothing (`draft --dry-run`)."""

    def dry_run(self, request: DraftRequest) -> Mapping[str, object]: ...


@runtime_checkable
class Closeable(Protocol):
    """Holds connections to release when the run ends."""

    def close(self) -> None: ...


@runtime_checkable
class HasBreaker(Protocol):
    """Stops asking after the first timeout of the run; one breaker may be shared by a run's writers."""

    @property
    def breaker(self) -> Breaker: ...


class Call(Protocol):
    """One request a writer made, for the cost columns of batch's summary."""

    @property
    def prompt_tokens(self) -> int | None: ...

    @property
    def prompt_tokens_estimated(self) -> int: ...

    @property
    def completion_tokens(self) -> int | None: ...

    @property
    def cost(self) -> float | None: ...


@runtime_checkable
class CallLog(Protocol):
    """Records every request it makes, in order."""

    @property
    def calls(self) -> Sequence[Call]: ...


@runtime_checkable
class Varies(Protocol):
    """`varies` true: `Style(variant=n)` gives other structures of the same facts (the template writer),
    so a near-copy of a sibling draft can be written again."""

    @property
    def varies(self) -> bool: ...


def _no_calls() -> Sequence[Call]:
    return ()


def _calls_of(log: CallLog) -> Callable[[], Sequence[Call]]:
    return lambda: log.calls


@dataclass(frozen=True, eq=False)  # one Author per writer, compared (and hashed) by identity
class Author:
    """A writer and what else it can do, checked once (`Author.of`); None: it cannot."""

    writer: Writer
    repair: RepairFn | None = None
    fix_mechanically: FixFn | None = None
    audit: AuditFn | None = None
    revise: ReviseFn | None = None
    dry_run: DryRunFn | None = None
    close: Callable[[], None] | None = None
    breaker: Breaker | None = None
    calls: Callable[[], Sequence[Call]] = _no_calls  # the requests made so far (none for a local writer)
    varies: bool = False

    @classmethod
    def of(cls, writer: Writer) -> Author:
        """The writer's abilities, read once; an Author is returned as it is."""
        if isinstance(writer, Author):
            return writer
        return cls(
            writer,
            repair=writer.repair if isinstance(writer, Repairer) else None,
            fix_mechanically=writer.fix_mechanically if isinstance(writer, MechanicalFixer) else None,
            audit=writer.audit if isinstance(writer, Auditor) else None,
            revise=writer.revise if isinstance(writer, Reviser) else None,
            dry_run=writer.dry_run if isinstance(writer, DryRunner) else None,
            close=writer.close if isinstance(writer, Closeable) else None,
            breaker=writer.breaker if isinstance(writer, HasBreaker) else None,
            calls=_calls_of(writer) if isinstance(writer, CallLog) else _no_calls,
            varies=isinstance(writer, Varies) and writer.varies is True,
        )

    # An Author is a Writer too, so it can go wherever one goes.
    @property
    def name(self) -> str:
        return self.writer.name

    def write(self, request: DraftRequest) -> Draft:
        return self.writer.write(request)

    def release(self) -> None:
        """Close the writer's connections, if it holds any."""
        if self.close is not None:
            self.close()
