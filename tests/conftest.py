"""Shared test set-up: no network, no real keys or config, and the example notes at hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import EXAMPLES, ROOT


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's key, base URL or config file."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_ORG_ID", "AFTERVIEW_CONFIG", "LTP_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


# The slow tier (`pytest -m slow`): crash and concurrency runs, real processes and terminals, the
# wheel build, the type checker. `pytest -m "not slow"` is the quick loop while working; the README's
# test command (and CI) runs everything.
SLOW_MODULES = frozenset(
    {
        "tests/reliability/test_crash_safety.py",
        "tests/reliability/test_outdir_concurrency.py",
        "tests/reliability/test_fuzz_loaders.py",
        "tests/providers/test_batch_api.py",
        "tests/test_wheel.py",
        "tests/test_code_quality.py",
        "tests/test_help_examples.py",
        "tests/test_terminal_setup.py",
    }
)
SLOW_TESTS = frozenset(
    {
        "test_driven_through_a_pipe",
        "test_end_of_input_with_unsaved_changes_warns_and_keeps_saved_files",
        "test_a_real_terminal_session",
        "test_ctrl_c_and_ctrl_d_lose_nothing_and_show_no_traceback",
        "test_sigint_while_working_exits_cleanly",
        "test_output_does_not_depend_on_the_hash_seed",
        "test_a_real_process_runs_offline_and_is_quiet_on_stderr",
        "test_through_a_pipe_the_quit_question_has_its_own_prompt",
        "test_on_a_terminal_the_quit_question_is_asked_with_its_own_prompt",
        # subprocess runs over real folders, FIFOs and read-only trees (each 5-30 s on this machine)
        "test_a_rerun_that_changes_nothing_succeeds_in_a_read_only_out",
        "test_fifos_in_the_output_folder_are_not_read",
        "test_a_fifo_named_outright_is_that_files_error",
        "test_batch_skips_a_fifo_in_the_input_folder_and_says_so",
        "test_draft_out_writes_one_file_per_message",
        "test_hostile_folders_and_names_a_few_fuzzed_cases",
        # whole-corpus and generated-input sweeps, and CLI runs against a local server (5-80 s each)
        "test_pairs_shuffles_llm_and_template_drafts_and_leaves_fallbacks_out",
        "test_any_notes_model_survives_every_form_unchanged",
        "test_family_precision_and_recall_hold",
        "test_family_precision_and_recall_hold_on_the_tune_half",
        "test_generated_notes_give_clean_whole_sentences",
        "test_a_selection_writes_the_same_file_name_as_the_full_run",
        "test_batch_writes_one_file_per_message",
        "test_revise_opens_on_the_drafts_that_draft_prints",
        "test_revise_never_waits_on_a_pipe_in_its_output_folder",
        "test_every_truncation_gives_notes_or_notes_error",
        "test_one_field_replaced_gives_notes_or_located_error",
        "test_colour_only_on_a_terminal",  # a real terminal
        "test_json_on_stdout_stays_json_when_harper_prints_debug_lines",  # a real process
        "test_every_template_draft_is_ready_when_sent_at_its_recommended_time",  # a sweep
    }
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        where = item.path.relative_to(ROOT).as_posix()
        if where in SLOW_MODULES or getattr(item, "originalname", item.name) in SLOW_TESTS:
            item.add_marker(pytest.mark.slow)
