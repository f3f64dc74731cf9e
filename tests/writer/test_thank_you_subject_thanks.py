"""A thank-you email's subject thanks, whatever the topic's length: where the dated forms leave a long topic no room,
the undated ones still begin with thanks ("Thanks for talking about …"), never a note's title ("Our talk about the
relocation from Gothenburg to Esbjerg")."""

from __future__ import annotations

import pytest

from afterview.writer.thank_you_subject import conversation_subject, fits

TOPICS = (
    "the relocation from Gothenburg to Esbjerg",
    "the start date after the Spring Festival break",
    "moving the sourdough line to overnight proofing",
    "environmental Listeria swabs in the blast freezers",
)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "enthusiastic"])
@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("n", [0, 1, 2, 3])
def test_a_subject_naming_a_long_topic_still_thanks(tone: str, topic: str, n: int) -> None:
    body = f"Dear Ana,\n\nThank you for talking with me about {topic} on Wednesday.\n\nBest,\nLi"
    subject = conversation_subject([topic], "on Wednesday", "Senior Quality Assurance Coordinator", tone, n, body)
    assert subject.startswith(("Thank", "Thanks", "With thanks")), subject
    assert fits(subject), subject
