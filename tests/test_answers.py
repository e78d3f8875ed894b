"""One-word answers (``rules/answers.py``): "said yes", "said no (to X)", "would say so",
on sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_stance import attributions


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Asked whether the ferry levy was fair, 40 percent of islanders said yes.",
            "40 percent of islanders",
            "yes",
        ),
        ("Asked if she would stand again, the harbour master said no.", "the harbour master", "no"),
        ("Half of the members said so in the spring survey.", "Half of the members", "so"),
        ("Neither union would say so publicly.", "Neither union", "so"),
        (
            "The councillor said no to the new parking fee.",
            "The councillor",
            "no to the new parking fee",
        ),
    ],
)
def test_a_one_word_answer_is_what_was_said(run, text, source, content):
    found = [a for a in attributions(run(text)) if a[1] in ("said", "say")]
    assert found == [("statement", found[0][1], source, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said so much about the port that nobody listened.",
        "Okafor says no matter what the board decides, the depot will stay open.",
    ],
)
def test_degree_words_and_idioms_are_not_answers(run, text):
    assert all(a[3] not in ("so", "no") for a in attributions(run(text)))
