"""A family-name-first name greeted whole where the notes say how the person is greeted (checks9): 'Dear Choi
Minseo' when greet_as is 'Minseo' reads as a mail merge; with no greet_as the whole name stays a fair greeting."""

from __future__ import annotations

from ferry_case import fired, load, run

BODY = (
    "Dear {name},\n\nThank you for this morning's conversation about crane utilisation planning in the typhoon "
    "season.\n\nKind regards,\nTomás Herrera"
)


def test_the_whole_name_against_greet_as_is_a_mail_merge(tmp_path) -> None:
    notes = load(tmp_path, greet="Minseo", culture="neutral")
    found = [f for f in run(notes, BODY.format(name="Choi Minseo")).findings if f.code == "mail_merge_greeting"]
    assert found and "'Minseo'" in (found[0].suggestion or "")


def test_the_whole_name_without_greet_as_is_left_alone(tmp_path) -> None:
    notes = load(tmp_path, culture="neutral")
    assert "warning:mail_merge_greeting" not in fired(run(notes, BODY.format(name="Choi Minseo")), "fluency")
