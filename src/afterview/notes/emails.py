"""One email address, as every reader of the notes (YAML, Markdown, `new`) accepts it.

One plain address (local@domain), nothing a mail header could read as a second recipient, a display
name, a comment or an encoded word: no spaces, quotes, brackets, commas, semicolons or backslashes.
"""

from __future__ import annotations

import re

EMAIL = re.compile(
    r"^[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$"
)


def is_email(text: str) -> bool:
    return bool(EMAIL.fullmatch(text)) and "=?" not in text


def check_email(value: str | None) -> str | None:
    if value is not None and not is_email(value):
        raise ValueError(
            f"'{value}' is not one email address; write a single address such as dana@acme.example "
            "(no name, brackets, commas or spaces)"
        )
    return value
