"""The built wheel carries the templates and the example, and drafts from them alone."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import ROOT


def test_wheel_ships_prompts_and_drafts_from_its_own_copy(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path / "dist"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    (wheel,) = (tmp_path / "dist").glob("afterview-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    templates = sorted(p.relative_to(ROOT / "prompts").as_posix() for p in (ROOT / "prompts").rglob("*.j2"))
    assert templates
    for name in templates:
        assert f"afterview/prompts/{name}" in names
    assert "afterview/example_notes.yaml" in names
    assert "afterview/example_notes.md" in names

    # Run from the unpacked wheel only: its package must win over the editable checkout.
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "site")}
    code = (
        "import afterview, afterview.prompts as p;"
        "print(afterview.__file__); print(p.prompts_dir());"
        "[p.environment().get_template(n) for n in p.template_names()]"
    )
    where = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert where.returncode == 0, where.stderr
    module_file, prompts_dir = where.stdout.splitlines()
    assert module_file.startswith(str(tmp_path / "site"))
    assert prompts_dir.startswith(str(tmp_path / "site"))

    example = tmp_path / "notes.yaml"
    init = subprocess.run(
        [sys.executable, "-m", "afterview", "init", str(example)], env=env, capture_output=True, text=True, timeout=60
    )
    assert init.returncode == 0, init.stderr
    drafted = subprocess.run(
        [sys.executable, "-m", "afterview", "draft", str(example), "--now", "2026-11-24T16:00"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert drafted.returncode == 0, drafted.stderr
    assert "Thank-you to Dana Lee" in drafted.stdout

    markdown = tmp_path / "notes.md"
    init_md = subprocess.run(
        [sys.executable, "-m", "afterview", "init", str(markdown)], env=env, capture_output=True, text=True, timeout=60
    )
    assert init_md.returncode == 0, init_md.stderr
    drafted_md = subprocess.run(
        [sys.executable, "-m", "afterview", "draft", str(markdown), "--now", "2026-11-24T16:00"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert drafted_md.returncode == 0 and "Thank-you to Dana Lee" in drafted_md.stdout, drafted_md.stderr
