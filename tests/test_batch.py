"""`afterview batch`: many files, one folder each, a summary, idempotent re-runs, bad files isolated."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from afterview.batch.discover import folder_names, notes_files
from afterview.cli import app
from helpers import EXAMPLES, NOW

runner = CliRunner()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    shutil.copytree(EXAMPLES, folder, ignore=shutil.ignore_patterns("*.md"))  # the YAML forms only
    return folder


def batch(*args: str) -> tuple[int, dict, str]:
    result = runner.invoke(app, ["batch", *args, "--now", NOW, "--format", "json"])
    doc = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.exit_code, doc, result.stderr


def test_a_folder_is_drafted_into_one_folder_per_notes_file(inbox: Path, tmp_path: Path) -> None:
    code, doc, _ = batch(str(inbox), "--out", str(tmp_path / "out"))
    assert code == 0
    statuses = {Path(f["notes"]).name: f["status"] for f in doc["files"]}
    assert statuses == {p.name: "drafted" for p in EXAMPLES.glob("*.yaml")}
    panel = next(f for f in doc["files"] if f["notes"].endswith("panel.yaml"))
    assert panel["messages"] == 4 and panel["skipped"] == 0
    assert sorted(p.name for p in (tmp_path / "out" / "panel").glob("*.txt")) == [
        "status_check-priya-shah.txt",
        "thank_you-dana-lee.txt",
        "thank_you-marcus-chen.txt",
        "thank_you-priya-shah.txt",
    ]
    assert doc["totals"]["messages"] == sum(f["messages"] for f in doc["files"])


def test_one_bad_file_is_reported_and_does_not_stop_the_others(inbox: Path, tmp_path: Path) -> None:
    (inbox / "broken.yaml").write_text("candidate: {name: A}\nposition: [unclosed\n")
    code, doc, _ = batch(str(inbox), "--out", str(tmp_path / "out"))
    assert code == 2
    broken = next(f for f in doc["files"] if f["notes"].endswith("broken.yaml"))
    assert broken["status"] == "error" and "broken.yaml:2" in broken["error"]
    assert sum(f["status"] == "drafted" for f in doc["files"]) == 5


def test_unchanged_notes_are_skipped_until_they_change_or_force(inbox: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    batch(str(inbox), "--out", out)
    _, again, _ = batch(str(inbox), "--out", out)
    assert {f["status"] for f in again["files"]} == {"unchanged"}
    single = inbox / "single.yaml"
    single.write_text(single.read_text().replace("pace: busy", "pace: normal"))
    _, changed, _ = batch(str(inbox), "--out", out)
    assert {Path(f["notes"]).name for f in changed["files"] if f["status"] == "drafted"} == {"single.yaml"}
    _, forced, _ = batch(str(inbox), "--out", out, "--force")
    assert {f["status"] for f in forced["files"]} == {"drafted"}
    _, toned, _ = batch(str(inbox), "--out", out, "--tone", "formal")  # other settings: other drafts
    assert {f["status"] for f in toned["files"]} == {"drafted"}


def test_edited_drafts_survive_a_forced_rerun(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    batch(str(inbox / "panel.yaml"), "--out", str(out))
    dana = out / "panel" / "thank_you-dana-lee.txt"
    dana.write_text(dana.read_text() + "P.S. mine\n")
    code, doc, _ = batch(str(inbox / "panel.yaml"), "--out", str(out), "--force", "--tone", "formal")
    assert code == 0
    assert dana.read_text().endswith("P.S. mine\n")
    assert (out / "panel" / "thank_you-dana-lee.new.txt").exists()
    assert doc["files"][0]["kept_edits"] == 1


def test_globs_and_missing_paths(inbox: Path, tmp_path: Path) -> None:
    code, doc, _ = batch(str(inbox / "s*.yaml"), str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert code == 2
    names = sorted(Path(f["notes"]).name for f in doc["files"] if f["status"] == "drafted")
    assert names == ["second-status-check.yaml", "single.yaml"]
    assert any("nowhere" in (f["error"] or "") for f in doc["files"])


def test_nothing_found_at_all_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "*.yaml")])
    assert result.exit_code == 2 and "no notes files found" in result.stderr


def test_same_stem_in_two_folders_gets_two_output_folders(tmp_path: Path) -> None:
    for client in ("ana", "bo"):
        (tmp_path / client).mkdir()
        shutil.copy(EXAMPLES / "single.yaml", tmp_path / client / "notes.yaml")
    files, missing = notes_files([str(tmp_path)])
    assert missing == [] and len(files) == 2
    assert sorted(folder_names(files).values()) == ["ana-notes", "bo-notes"]


def test_the_output_folder_is_not_read_as_input(inbox: Path) -> None:
    out = inbox / "drafts"
    batch(str(inbox), "--out", str(out), "--files", "json")
    files, _ = notes_files([str(inbox)], exclude=out)
    assert all(out not in f.parents for f in files) and len(files) == 5


def test_text_summary_is_a_table_with_totals(inbox: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(inbox), "--out", str(tmp_path / "o"), "--now", NOW])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["notes", "status", "drafted"]
    assert lines[-1].startswith("total") and "5 drafted, 0 unchanged, 0 errors" in lines[-1]


def test_same_stem_different_extension_in_one_folder(tmp_path: Path) -> None:
    files = [tmp_path / "notes.yaml", tmp_path / "notes.json", tmp_path / "other.yaml"]
    names = folder_names(files)
    assert len(set(names.values())) == 3 and names[tmp_path / "other.yaml"] == "other"


def test_unchanged_files_keep_their_counts_so_strict_still_fails(inbox: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    now = ["--now", NOW, "--send-at", "now"]
    first = runner.invoke(app, ["batch", str(inbox / "panel.yaml"), "--out", out, *now, "--strict"])
    assert first.exit_code == 1  # the status check cannot be sent now
    again = runner.invoke(app, ["batch", str(inbox / "panel.yaml"), "--out", out, *now, "--strict", "--format", "json"])
    assert again.exit_code == 1
    (entry,) = json.loads(again.stdout)["files"]
    assert entry["status"] == "unchanged" and entry["messages"] == 4 and entry["not_ready"] == 1


def test_llm_files_run_side_by_side_with_the_same_results(inbox: Path, tmp_path: Path) -> None:
    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "llm"
    outputs = []
    for concurrency in ("1", "3"):
        out = tmp_path / f"out-{concurrency}"
        code, doc, stderr = batch(
            str(inbox),
            "--out",
            str(out),
            "--provider",
            "replay",
            "--fixtures",
            str(fixtures),
            "--concurrency",
            concurrency,
        )
        assert code == 0, stderr
        summary = [{k: v for k, v in f.items() if k not in ("out",)} for f in doc["files"]]
        files = {p.relative_to(out).as_posix(): p.read_text() for p in sorted(out.rglob("*.txt"))}
        outputs.append((summary, files))
    assert outputs[0] == outputs[1]
    # the recorded rewrite drafts all pass (none falls back); every one cost tokens
    assert sum(f["fallbacks"] for f in outputs[0][0]) == 0 and sum(f["tokens"] for f in outputs[0][0]) > 0


def test_the_config_timezone_is_part_of_what_unchanged_means(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes without a timezone take the config file's: changing it changes the drafts' times."""
    folder = tmp_path / "in"
    folder.mkdir()
    notes = (EXAMPLES / "single.yaml").read_text()
    (folder / "single.yaml").write_text(notes.replace("  timezone: America/Los_Angeles\n", ""))
    config = tmp_path / "config.toml"
    monkeypatch.setenv("AFTERVIEW_CONFIG", str(config))
    out = tmp_path / "out"
    config.write_text('timezone = "America/New_York"\n')
    assert batch(str(folder), "--out", str(out))[1]["files"][0]["status"] == "drafted"
    assert batch(str(folder), "--out", str(out))[1]["files"][0]["status"] == "unchanged"
    config.write_text('timezone = "Asia/Tokyo"\n')
    assert batch(str(folder), "--out", str(out))[1]["files"][0]["status"] == "drafted"


def test_a_folder_given_through_dot_dot_or_a_hidden_folder_is_searched(tmp_path: Path) -> None:
    import shutil

    from typer.testing import CliRunner

    from afterview.cli import app

    hidden = tmp_path / ".hid" / "in"
    hidden.mkdir(parents=True)
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "single.yaml", hidden / "a.yaml")
    (hidden / ".skipped").mkdir()
    shutil.copy(hidden / "a.yaml", hidden / ".skipped" / "b.yaml")
    work = tmp_path / "w"
    work.mkdir()
    runner = CliRunner()
    for given in (str(hidden), "../.hid/in"):
        import os

        here = os.getcwd()
        os.chdir(work)
        try:
            result = runner.invoke(app, ["batch", given, "--out", str(tmp_path / "out"), "--now", "2026-11-24T16:00"])
        finally:
            os.chdir(here)
        assert result.exit_code == 0, result.stderr
        assert (tmp_path / "out" / "a").is_dir() and not (tmp_path / "out" / "b").exists()
