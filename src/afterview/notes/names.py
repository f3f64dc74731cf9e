"""People's names as notes give them: the first name to use, and how to greet someone with a title."""

from __future__ import annotations

HONORIFICS = {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "miss", "sir", "dame", "rev"}


def _title(parts: list[str]) -> str | None:
    return parts[0] if len(parts) > 1 and parts[0].rstrip(".").lower() in HONORIFICS else None


def first_name(name: str) -> str:
    """'Dana Lee' → 'Dana'; 'Dr. Anna Kim' → 'Anna' (a title is not a first name)."""
    parts = name.split()
    return parts[1] if _title(parts) else parts[0]


def salutation(name: str, *, formal: bool) -> str:
    """How to greet someone: 'Dana', 'Dana Lee' (formal), or 'Dr. Kim' whenever a title is given."""
    parts = name.split()
    title = _title(parts)
    if title is None:
        return name if formal else parts[0]
    if title.lower() in ("sir", "dame"):
        return f"{title} {parts[1]}"  # Sir Ian, Dame Judi
    dotted = title if title.endswith(".") or title.lower() == "miss" else title + "."
    return f"{dotted} {parts[-1]}"


def name_parts(name: str) -> list[str]:
    """The words of a name without its title: 'Dr. Anna Kim' → ['Anna', 'Kim']."""
    parts = name.split()
    return parts[1:] if _title(parts) else parts
