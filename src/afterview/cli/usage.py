"""Mistakes on the command line (a bad option value, an unknown option, a missing argument) as one
`afterview: error: …` line and exit 2, like every other input error: no usage box."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from afterview.notes.suggest import did_you_mean

_NOT_ONE_OF = re.compile(r"^(?:Value error, )?(?P<value>'.*'|\".*\") is not one of (?P<choices>.+?)\.?$", re.S)


# The order --help lists the commands in: the way a new user meets them.
COMMAND_ORDER = (
    "new", "init", "draft", "check", "revise", "schedule", "batch", "convert", "import", "schema", "doctor", "fixtures",
)  # fmt: skip


class AfterviewGroup(TyperGroup):
    """The root command: runs as Typer does, but reports usage errors in afterview's own style."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = super().list_commands(ctx)
        rank = {name: n for n, name in enumerate(COMMAND_ORDER)}
        return sorted(names, key=lambda name: (rank.get(name, len(rank)), name))

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        run = {"standalone_mode": False, "windows_expand_args": windows_expand_args, **extra}
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, **run)
        try:
            code = super().main(args, prog_name, complete_var, **run)
        except typer.Abort:
            sys.stderr.write("Aborted!\n")
            sys.exit(1)
        except typer.TyperException as exc:
            if type(exc).__name__ == "NoArgsIsHelpError" or not hasattr(exc, "ctx"):
                exc.show()  # type: ignore[attr-defined]  # `afterview` alone: the help
                sys.exit(getattr(exc, "exit_code", 2))
            sys.stderr.write(f"afterview: error: {usage_message(exc)}\n")
            sys.exit(2)
        sys.exit(code if isinstance(code, int) else 0)


def usage_message(exc: Any) -> str:
    """One sentence naming the option or argument, what is wrong, and where to look."""
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "afterview"
    see = f" (see {command} --help)"
    kind = type(exc).__name__
    if kind == "NoSuchOption":
        name = exc.option_name
        options = _options(ctx)
        return f"{name}: no such option for {command}{did_you_mean(name, options)}{see}"
    if kind == "MissingParameter":
        if getattr(exc.param, "param_type_name", "") == "argument":
            return f"{command} needs {_hint(exc)}{see}"
        return f"{_hint(exc)}: required{see}"
    if kind == "BadOptionUsage":
        text = str(exc.message)
        if "requires an argument" in text:
            return f"{exc.option_name}: needs a value"
        return f"{exc.option_name}: {_sentence(text)}{see}"
    if kind == "BadParameter":
        return f"{_hint(exc)}: {_bad_value(str(exc.message))}"
    text = str(getattr(exc, "message", exc))
    unknown = re.match(r"No such command '([^']+)'", text)
    if unknown and ctx is not None:
        names = sorted(getattr(ctx.command, "commands", {}))
        return f"no such command '{unknown.group(1)}'{did_you_mean(unknown.group(1), names)}{see}"
    return _sentence(text) + see


def _hint(exc: Any) -> str:
    param = exc.param
    if param is None:
        return "a value"
    if getattr(param, "param_type_name", "") == "argument":
        return (param.metavar or param.name or "").strip("{}.").upper()
    return str(param.opts[0])


def _bad_value(message: str) -> str:
    found = _NOT_ONE_OF.match(message)
    if found:
        value = found.group("value")[1:-1]
        choices = [c.strip().strip("'\"") for c in found.group("choices").split(",")]
        return f"'{value}' is not one of {', '.join(choices)}{did_you_mean(value, choices)}"
    text = message.removeprefix("Value error, ")
    text = re.sub(r"^Input should be ", "should be ", text)
    text = text.replace("greater than or equal to", "at least").replace("less than or equal to", "at most")
    return _sentence(text)


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _options(ctx: Any) -> list[str]:
    if ctx is None:
        return []
    return [opt for param in ctx.command.params for opt in getattr(param, "opts", []) if opt.startswith("--")]
