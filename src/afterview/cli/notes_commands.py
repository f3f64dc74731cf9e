"""`afterview init`, `afterview schema` and `afterview convert`: starting a notes file, and changing its form."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import (
    app,
    friendly,
)
from afterview.errors import InputError
from afterview.notes.forms import form_of


class NotesFormat(str, Enum):
    md = "md"
    yaml = "yaml"
    json = "json"
    toml = "toml"


def writable(path: Path, force: bool) -> None:
    """Refuse to overwrite without --force, or to write into a folder that does not exist."""
    if path.exists() and not force:
        raise InputError(f"{path}: already exists; choose another path, or add --force to overwrite it")
    if path.parent != Path() and not path.parent.is_dir():
        raise InputError(f"{path}: the folder {path.parent} does not exist")


@app.command()
@friendly
def init(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Where to write the example ('-' prints it). Default: notes.yaml, or notes.md with --format md.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        NotesFormat | None,
        typer.Option(
            "--format",
            help="md (Markdown, as you would jot notes) or yaml. Default: from PATH's extension, else yaml.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented example notes file to start from.

    Example:

    \b
      afterview init --format md notes.md
      afterview init notes.yaml
    """
    from importlib import resources

    from afterview.outdir import atomic_write

    if format is None:
        format = NotesFormat(form_of(path) or "yaml") if path is not None else NotesFormat.yaml
    if path is None:
        path = Path(f"notes.{format.value}")
    package = resources.files("afterview")
    if format in (NotesFormat.md, NotesFormat.yaml):
        example = package.joinpath(f"example_notes.{format.value}").read_text(encoding="utf-8")
    else:  # JSON and TOML have no comments: the same example, plain
        from afterview.notes.dump import dump
        from afterview.notes.loader import notes_from_text

        yaml_example = package.joinpath("example_notes.yaml").read_text(encoding="utf-8")
        example = dump(notes_from_text(yaml_example, "example_notes.yaml"), format.value)
    if str(path) == "-":
        sys.stdout.write(example)
        return
    writable(path, force)
    import shlex

    # The example's own "then run: afterview draft notes.md" names the file it was written to.
    example = example.replace(f"afterview draft notes.{format.value}", f"afterview draft {shlex.quote(str(path))}", 1)
    atomic_write(path, example)
    typer.echo(f"Wrote {path}. Edit it, then run: afterview draft {path}")


@app.command()
@friendly
def convert(
    source: Annotated[
        Path, typer.Argument(help="A notes file (.md, .yaml, .json or .toml).", show_default=False, metavar="IN")
    ],
    target: Annotated[
        Path,
        typer.Argument(
            help="Where to write; its extension picks the form ('-' prints).", show_default=False, metavar="OUT"
        ),
    ],
    to: Annotated[
        NotesFormat | None,
        typer.Option(
            "--to", help="The form to write, when OUT's extension does not say (e.g. with '-').", show_default=False
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Rewrite a notes file in another form (Markdown, YAML, JSON or TOML) without losing anything.

    Comments are not carried over. The result is checked: it reads back to exactly the same notes.

    Example:

    \b
      afterview convert notes.yaml notes.md
    """
    from afterview.cli.setup import load_notes_and_settings
    from afterview.notes.dump import dump
    from afterview.notes.loader import notes_from_text
    from afterview.outdir import atomic_write

    kind = to.value if to is not None else form_of(target)
    if kind is None:
        shown = f"'{target.suffix}'" if target.suffix else "no extension"
        raise InputError(
            f"{target}: {shown} does not say which form to write; end it in .md, .yaml, .json or .toml, or add --to"
        )
    if str(target) != "-":
        writable(target, force)
        if target.resolve() == source.resolve():
            raise InputError(f"{target}: is the file being converted; write to another file")
    notes, _ = load_notes_and_settings(source)
    text = dump(notes, kind)
    if notes_from_text(text, str(target), kind) != notes:  # never write a file that means something else
        raise InputError(f"{source}: cannot be written as {kind} without changing it; keep the original form")
    if str(target) == "-":
        sys.stdout.write(text)
        return
    atomic_write(target, text)
    typer.echo(f"Wrote {target}.", err=True)


@app.command()
@friendly
def schema() -> None:
    """Print the JSON Schema of the notes file, for editors that validate as you type.

    Example:

    \b
      afterview schema > notes.schema.json
      # then, at the top of a notes file, for editors using yaml-language-server:
      # yaml-language-server: $schema=notes.schema.json
    """
    import json

    from afterview.notes.model import Notes

    typer.echo(json.dumps(Notes.model_json_schema(), indent=2, ensure_ascii=False))
