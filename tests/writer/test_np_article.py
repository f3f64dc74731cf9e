"""WRITER12 (issue 17, blind run 12, class 2): a noun phrase led by a name or an acronym takes the article its head
noun needs ('I passed the IOSH Managing Safely course', 'the Dunedin depot opened'); a name alone, a plural, a
phrase with its own determiner stays bare; a thing named by a word in -ing that is no gerund ('wing', 'ceiling')
is a count noun. Examples invented here (a ferry line, a museum, a print works, a ski resort)."""

from __future__ import annotations

from afterview.writer import adapt
from afterview.writer.items import news_shape, since_shape
from afterview.writer.np_article import abstract, noun_article, object_article, subject_article


def test_the_object_of_a_thing_done_takes_its_article() -> None:
    assert object_article("I passed IOSH Managing Safely course") == "I passed the IOSH Managing Safely course"
    assert object_article("I completed STCW Basic Safety refresher") == "I completed the STCW Basic Safety refresher"
    assert object_article("I joined Harland Print Works") == "I joined Harland Print Works"  # a name: no article
    assert object_article("I passed my CSCS test") == "I passed my CSCS test"  # its own determiner
    assert object_article("I started Italian lessons") == "I started Italian lessons"  # a plural


def test_a_subject_named_by_a_place_takes_its_article() -> None:
    said = "the Dunedin depot opened a second ramp in June"
    assert subject_article("Dunedin depot opened a second ramp in June") == said
    assert subject_article("Harland Print Works won a contract") == "Harland Print Works won a contract"
    assert noun_article("record 1.2 million skier days in 2026") == "a record 1.2 million skier days in 2026"
    assert noun_article("Alpine Coaster") == "Alpine Coaster"


def test_a_word_in_ing_that_is_no_gerund_is_a_count_noun() -> None:
    assert not abstract("wing") and not abstract("ceiling")
    assert abstract("ticketing") and abstract("retention")
    assert adapt.topic("east wing refit") == "the east wing refit"
    assert adapt.topic("sculpture wing, reopening 2028") == "the sculpture wing"


def test_the_candidates_news_and_the_companys_news_read_as_written_english() -> None:
    assert since_shape("passed IOSH Managing Safely course (2 Dec)")["clause"] == (
        "I passed the IOSH Managing Safely course"
    )
    assert news_shape("Dunedin depot opened a second ramp in June", "Southern Ferries")["clause"] == (
        "the Dunedin depot opened a second ramp in June"
    )
    assert news_shape("record 1.2 million skier days in 2026", "Cardrona Peaks")["noun"] == (
        "a record 1.2 million skier days in 2026"
    )


def test_a_clause_jotted_without_its_subjects_article_gets_it() -> None:
    from afterview.writer.np_article import bare_subject

    assert bare_subject("museum plans a night opening in 2027") == "the museum plans a night opening in 2027"
    assert bare_subject("depot approved a fourth bay") == "the depot approved a fourth bay"
    assert bare_subject("staff want more ski patrol cover") == "staff want more ski patrol cover"  # a mass noun
    assert bare_subject("retention dropped to 80%") == "retention dropped to 80%"  # an abstract one
    assert bare_subject("ferries run hourly in summer") == "ferries run hourly in summer"  # a plural
    # so a topic of theirs is said whole, not dropped by the gate for its missing article
    assert adapt.topic("museum plans a night opening in 2027") == "how the museum plans a night opening in 2027"
