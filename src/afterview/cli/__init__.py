"""The `afterview` command line: the only package that prints, exits or catches broad errors.

Each command lives in its own module; importing them registers them on `app`.
"""

from __future__ import annotations

import os
import sys

from afterview.cli import (  # noqa: F401 - imported to register the commands
    batch_command,
    check_command,
    doctor_command,
    draft_command,
    fixtures_command,
    import_command,
    new_command,
    notes_commands,
    revise_command,
    schedule_command,
)
from afterview.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        # `afterview draft … | head`: the reader left; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
