"""Bad news of theirs is never something the candidate was 'glad to hear about': it is acknowledged neutrally as their
view; good news keeps its warm frame."""

import pytest

from afterview.writer.bad_news import not_glad
from afterview.writer.template_writer import tidy


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        pytest.param(
            "I was also glad to hear about new import tariffs on steel frames.",
            "I also appreciated hearing your view on new import tariffs on steel frames.",
            id="tariffs",
        ),
        pytest.param(
            "It was good to hear about the layoffs at the Leeds site as well.",
            "I also appreciated hearing your view on the layoffs at the Leeds site.",
            id="layoffs",
        ),
        pytest.param(
            'I was glad to hear about how your CRM is live but "a bit of a mess".',
            'I appreciated hearing your view on how your CRM is live but "a bit of a mess".',
            id="but-remark",
        ),
        # near misses: good news keeps its frame
        pytest.param(
            "I was glad to hear about the record membership.",
            "I was glad to hear about the record membership.",
            id="good",
        ),
        pytest.param(
            "I also liked learning about the new Aveiro hostel.",
            "I also liked learning about the new Aveiro hostel.",
            id="good-also",
        ),
    ],
)
def test_bad_news_is_acknowledged_neutrally(sentence: str, said: str) -> None:
    assert not_glad(sentence) == said


def test_a_rendered_note_is_tidied_without_glad_bad_news() -> None:
    body = tidy("Hi Ana,\n\nThank you for today. I was also glad to hear about the product recall.\n\nBest,\nSam\n")
    assert "glad to hear about the product recall" not in body
    assert "I also appreciated hearing your view on the product recall." in body
