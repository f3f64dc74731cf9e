"""The rewrite is pointed at the draft's sentences that carry a note as it was jotted down
(providers/rewrite_form.py), inside the data block, and only at words the draft already has."""

from __future__ import annotations

import json
from pathlib import Path

from afterview.providers.llm_prompts import first_messages
from afterview.providers.rewrite_form import jotted, pasted_fragments
from afterview.writer.template_writer import TemplateWriter
from helpers import NOW, PANEL, ROOT, requests_for

INSURANCE = ROOT / "bench" / "writer_blind4" / "notes" / "insurance-cat-risk-analyst.yaml"


def data_of(messages: list[dict[str, str]]) -> dict[str, object]:
    user = messages[-1]["content"]
    return json.loads(user.split("<notes>\n", 1)[1].split("\n</notes>", 1)[0])  # type: ignore[no-any-return]


def test_jotted_words_are_told_from_written_ones() -> None:
    for note in ("Stage 4 package ~6 wks behind", "model runs take overnight, can't rerun during crunch",
                 "hybrid: 3 days in the office", "1/1 renewal - how much cover to buy", "launch in Oct",
                 "Datawrapper vs D3", "w/ the data team"):  # fmt: skip
        assert jotted(note), note
    for written in ("The Stage 4 package is about six weeks behind.", "We met on 4 December.",
                    "I built a hail model in R, and it ran nightly.", "Thank you for your time."):  # fmt: skip
        assert not jotted(written), written


def test_only_the_drafts_jotted_sentences_are_listed_never_the_greeting_or_sign_off() -> None:
    request = next(r for _, r in requests_for(PANEL, NOW))
    body = (
        "Dear Dana,\n\nThank you for the talk today. Your point about the billing cutover ~6 wks out "
        "stayed with me. Having led the Kafka migration, I would be glad to help.\n\n"
        "You noted that batch jobs run overnight, can't rerun during the freeze.\n\nBest - regards,\nSam Rivera\n"
    )
    assert pasted_fragments(request, body) == [
        "Your point about the billing cutover ~6 wks out stayed with me.",
        "You noted that batch jobs run overnight, can't rerun during the freeze.",
    ]
    assert pasted_fragments(request, "Dear Dana,\n\nThank you for the talk today.\n\nBest,\nSam\n") == []


def test_the_rewrite_request_lists_fragments_from_the_draft_only_inside_the_data_block() -> None:
    import yaml

    clock = yaml.safe_load((INSURANCE.parent.parent / "now.yaml").read_text(encoding="utf-8"))[INSURANCE.stem]
    for path, now in ((INSURANCE, clock), (PANEL, NOW)):
        for label, request in requests_for(Path(path), now):
            draft = TemplateWriter().write(request)
            messages = first_messages(request, "rewrite", draft)
            data = data_of(messages)
            fragments = data.get("fragments", [])
            assert isinstance(fragments, list)
            assert all(isinstance(f, str) and f in data["draft"] for f in fragments), label  # adds nothing
            said = '"fragments" are sentences of the draft' in messages[-1]["content"].split("<notes>")[0]
            assert said == bool(fragments), label
    # the worked example shows the same: a jotted sentence listed, and written out in the answer
    example = data_of(messages[:2])
    answer = json.loads(messages[2]["content"])["body"]
    assert example["fragments"] and all(f in str(example["draft"]) and f not in answer for f in example["fragments"])
