"""`afterview init` and `afterview schema`: starting a notes file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import (
    app,
    friendly,
)
from afterview.errors import InputError


@app.command()
@friendly
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the example ('-' prints it).", show_default=True)] = Path(
        "notes.yaml"
    ),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented example notes file to start from.

    Example:

    \b
      afterview init notes.yaml
    """
    from importlib import resources

    from afterview.outdir import atomic_write

    example = resources.files("afterview").joinpath("example_notes.yaml").read_text(encoding="utf-8")
    if str(path) == "-":
        sys.stdout.write(example)
        return
    if path.exists() and not force:
        raise InputError(f"{path}: already exists; choose another path, or add --force to overwrite it")
    if path.parent != Path() and not path.parent.is_dir():
        raise InputError(f"{path}: the folder {path.parent} does not exist")
    atomic_write(path, example)
    typer.echo(f"Wrote {path}. Edit it, then run: afterview draft {path}")


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
