"""The command line's shared parts: the Typer app, error handling, and options used by several commands."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, ParamSpec, TypeVar

import typer

from afterview import __version__
from afterview.cli.usage import AfterviewGroup
from afterview.errors import AfterviewError

if TYPE_CHECKING:
    from afterview.config import Settings
    from afterview.providers.breaker import Breaker
    from afterview.providers.llm_settings import LLMSettings
    from afterview.providers.openai_api.writer import OpenAIWriter
    from afterview.seam import Author

app = typer.Typer(
    name="afterview",
    help=(
        "Turn interview notes into follow-up drafts worth sending: a personal thank-you to each "
        "interviewer and a well-timed status check, each checked before you send it. "
        "afterview never sends anything itself.\n\n"
        "Start with:\n\n"
        "\b\n"
        "  afterview init --format md notes.md\n"
        "  afterview draft notes.md\n\n"
        "Or paste the notes you jotted into the new command (it asks only what they leave out)."
    ),
    no_args_is_help=True,
    cls=AfterviewGroup,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

P = ParamSpec("P")
R = TypeVar("R")
EXIT_INTERNAL = 70


def friendly(command: Callable[P, R]) -> Callable[P, R]:
    """Our errors become one line on stderr and their exit status; nothing shows a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except AfterviewError as exc:
            error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("AFTERVIEW_DEBUG"):
                raise
            error(
                f"internal error ({type(exc).__name__}: {exc}). This is a bug in afterview; "
                "please report it. Run with AFTERVIEW_DEBUG=1 to see the traceback."
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return wrapper


def error(message: str) -> None:
    from afterview.redact import redact

    message = redact(message)  # the API key never reaches stderr, whatever carried it here
    lines = message.splitlines() or [message]
    prefix = "afterview: error: "
    sys.stderr.write(prefix + lines[0] + "\n")
    for line in lines[1:]:
        sys.stderr.write(prefix + line + "\n")


def notice(message: str) -> None:
    from afterview.redact import redact

    sys.stderr.write(f"afterview: {redact(message)}\n")


class OutputFormat(str, Enum):
    """How drafts are printed or written (draft --format, batch --files)."""

    text = "text"
    markdown = "markdown"
    json = "json"
    eml = "eml"


# How a report (check's findings, batch's summary) is printed: two of the output formats.
ReportFormat = Literal["text", "json"]


NotesArg = Annotated[
    Path,
    typer.Argument(
        help="Your notes file: Markdown (.md), YAML, JSON or TOML, by extension.", show_default=False, metavar="NOTES"
    ),
]
NowOpt = Annotated[
    str | None,
    typer.Option(
        "--now",
        help="Pretend it is this time (ISO 8601, e.g. 2026-11-24T16:00; without an offset, the "
        "interview's timezone). Makes runs reproducible.",
        show_default=False,
    ),
]


SendAtOpt = Annotated[
    str | None,
    typer.Option(
        "--send-at",
        help="When you plan to send, for the timing check: a time (ISO 8601) or 'now' checks every "
        "message at that moment; 'recommended' each at its own recommended time. Default: a message "
        "due now is checked at now, one not due yet at its recommended time.",
        show_default=False,
    ),
]
CheckSendAtOpt = Annotated[
    str | None,
    typer.Option(
        "--send-at",
        help="When you plan to send this draft, for the timing check (ISO 8601, 'now', or 'recommended' "
        "for its recommended time). Default: now.",
        show_default=False,
    ),
]


class Grammar(str, Enum):
    auto = "auto"
    harper = "harper"
    languagetool = "languagetool"


GrammarOpt = Annotated[
    Grammar,
    typer.Option(
        "--grammar",
        help="Grammar engine: LanguageTool when configured (AFTERVIEW_LANGUAGETOOL_URL or LTP_PATH), "
        "else Harper (offline, built in).",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"afterview {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
    no_color: Annotated[
        bool,
        typer.Option("--no-color", "--no-colour", help="No colour, even on a terminal (as does a non-empty NO_COLOR)."),
    ] = False,
) -> None:
    from afterview.output.console import set_no_colour

    set_no_colour(no_color)


# --- the LLM provider: shared by draft, revise and batch -------------------------------------

ProviderOpt = Annotated[
    str | None,
    typer.Option(
        "--provider",
        help="openai | ollama | template | replay. Default: openai when OPENAI_API_KEY or a base URL is set, "
        "else template (offline). ollama: a local Ollama at http://127.0.0.1:11434/v1, no key.",
        show_default=False,
    ),
]
ModelOpt = Annotated[str | None, typer.Option("--model", help="LLM model name (AFTERVIEW_MODEL).", show_default=False)]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="An OpenAI-compatible server, e.g. http://localhost:11434/v1 for Ollama (OPENAI_BASE_URL).",
        show_default=False,
    ),
]
FixturesOpt = Annotated[
    Path | None,
    typer.Option(
        "--fixtures",
        help="Recorded LLM responses: replay serves them; openai records into it (AFTERVIEW_FIXTURES).",
        show_default=False,
    ),
]
StrategyOpt = Annotated[
    str | None,
    typer.Option(
        "--strategy",
        help="How the LLM writes: rewrite (the template's draft, made natural; default) or compose "
        "(from the notes) (AFTERVIEW_LLM_STRATEGY).",
        show_default=False,
    ),
]
FixturesModeOpt = Annotated[
    str | None,
    typer.Option(
        "--fixtures-mode", help="With --provider openai: record-missing (default) or rewrite.", show_default=False
    ),
]


@dataclass(frozen=True)
class ProviderFlags:
    """--provider, --model, --base-url, --fixtures, --fixtures-mode and --strategy as given."""

    provider: str | None = None
    model: str | None = None
    base_url: str | None = None
    fixtures: Path | None = None
    fixtures_mode: str | None = None
    strategy: str | None = None


@dataclass(frozen=True)
class ProviderChoice:
    """The writer for a run (with its abilities, checked once), what to tell the user about it, the
    settings behind it, and, for an LLM, the SDK writer itself (the Batch API runs on its client)."""

    author: Author
    notice: str
    settings: LLMSettings
    client: OpenAIWriter | None = None

    @property
    def is_llm(self) -> bool:
        return self.settings.provider != "template"

    def __enter__(self) -> ProviderChoice:
        return self

    def __exit__(self, *_: object) -> None:
        self.author.release()


def llm_settings_for(
    settings: Settings,
    provider: str | None,
    model: str | None,
    base_url: str | None,
    fixtures: Path | None,
    fixtures_mode: str | None = None,
    strategy: str | None = None,
) -> LLMSettings:
    """Flags, environment and the config file's [llm] table, resolved once."""
    from afterview.providers.llm_settings import resolve_llm_settings

    return resolve_llm_settings(
        provider=provider,
        strategy=strategy,
        model=model,
        base_url=base_url,
        fixtures=fixtures,
        fixtures_mode=fixtures_mode,
        config=settings.llm,
        config_file=settings.source,
    )


def choose_provider(settings: Settings, flags: ProviderFlags) -> ProviderChoice:
    """The run's writer for these flags, the environment and the config file."""
    f = flags
    return provider_for(
        llm_settings_for(settings, f.provider, f.model, f.base_url, f.fixtures, f.fixtures_mode, f.strategy)
    )


def provider_for(llm: LLMSettings, breaker: Breaker | None = None) -> ProviderChoice:
    """A writer for resolved LLM settings (a new one each call: one per worker thread in batch).

    `breaker`: the run's circuit breaker, shared by every writer of the run (batch threads)."""
    from afterview.seam import Author
    from afterview.writer.template_writer import TemplateWriter

    if llm.provider == "template":
        why = "--provider template" if llm.reason.startswith("from") else "no OPENAI_API_KEY or OPENAI_BASE_URL set"
        return ProviderChoice(Author.of(TemplateWriter()), f"Drafted offline by the template writer ({why}).", llm)
    from afterview.providers.openai_api.factory import make_writer

    used = os.environ.get("AFTERVIEW_FIXTURES_USED")
    meta = None
    if llm.provider == "openai" and llm.fixtures is not None:  # recording: say which model and server
        from afterview.providers.record import env_model_meta

        meta = env_model_meta(os.environ)
    writer = make_writer(llm, used_log=Path(used) if used else None, meta=meta, breaker=breaker)
    where = (
        "recorded responses in " + str(llm.fixtures) if llm.provider == "replay" else (llm.base_url or "the OpenAI API")
    )
    return ProviderChoice(
        Author.of(writer),
        f"Drafted by {llm.model} ({llm.provider}, {where}); checked, with the template writer as the fallback.",
        llm,
        writer,
    )
