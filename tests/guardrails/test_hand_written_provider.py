"""`check_hand_written(provider=…)`: the same text judged as a person's draft or as a model's. The severity policy
(guardrails/severity_policy.py) lowers an untrusted rule's error to a warning only on a person's draft, so
bench/guardrails_llm.py, which checks the real model's recorded drafts, passes the model's provider and sees the
errors that `afterview draft` would act on."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from clinic_case import ZONE, load, thanks

from afterview.hand_written import check_hand_written
from afterview.vocabulary import Kind

# Lena's own result (the reminder rebuild, no-shows 14% -> 6%) credited to Ms. Thornton
CREDITED = thanks(
    "I was impressed by your work rebuilding the appointment reminder flow and cutting no-shows from 14% to 6%."
)


def _credit_findings(tmp_path: Path, provider: str | None) -> list[str]:
    notes = load(tmp_path)
    when = datetime(2026, 11, 17, 15, 0, tzinfo=ZONE)
    extra = {} if provider is None else {"provider": provider}
    draft = check_hand_written(
        notes, "Thank you", CREDITED, kind=Kind.thank_you, to="Margaret Thornton", now=when, send_at=when, **extra
    )
    assert draft.provider == (provider or "hand-written")
    return [f.severity for f in draft.findings if f.code == "misattributed_credit"]


def test_a_persons_draft_gets_the_untrusted_rule_as_a_warning(tmp_path: Path) -> None:
    assert _credit_findings(tmp_path, None) == ["warning"]


def test_the_models_draft_keeps_it_an_error(tmp_path: Path) -> None:
    assert _credit_findings(tmp_path, "openai") == ["error"]
