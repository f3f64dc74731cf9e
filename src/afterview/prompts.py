"""Load the Jinja2 templates in `prompts/` (shipped inside the wheel as `afterview/prompts`)."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2


@cache
def prompts_dir() -> Path:
    """The installed copy inside the package, else the repository's top-level folder."""
    installed = Path(str(resources.files("afterview"))) / "prompts"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "prompts"


@cache
def environment() -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(prompts_dir()),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # shipped templates do not change while afterview runs: no stat per render
    )
    env.filters["cap"] = lambda text: text[:1].upper() + text[1:] if text else text
    return env


def render(name: str, context: dict[str, object]) -> tuple[str, dict[str, str]]:
    """Render a template; return its text and the values it `{% set %}` at top level."""
    template = environment().get_template(name)
    module = template.make_module(context)
    exported = {key: str(getattr(module, key)) for key in module.__dict__ if not key.startswith("_")}
    return str(module), exported


def template_names(folder: str = "") -> list[str]:
    root = prompts_dir()
    return sorted(p.relative_to(root).as_posix() for p in (root / folder).rglob("*.j2"))


@cache
def prompt_version() -> str:
    """A short hash of every template, recorded with each draft: read again only when a template changed
    (every draft and every batch stamp asks for it)."""
    root = prompts_dir()
    names = template_names()
    key = (str(root), *((name, *_stat(root / name)) for name in names))
    if key not in _VERSIONS:
        digest = hashlib.sha256()
        for name in names:
            digest.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
        _VERSIONS.clear()
        _VERSIONS[key] = digest.hexdigest()[:12]
    return _VERSIONS[key]


_VERSIONS: dict[tuple[object, ...], str] = {}


def _stat(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_mtime_ns, status.st_size
