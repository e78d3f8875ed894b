"""British and American spellings of a cue are one cue (``data/cues.tsv``): the frames
were counted on US news, where only "criticize" occurs, and news from elsewhere writes
"criticised the operator for the delays".

Every text here is written for the test; the bodies are invented.
"""

from __future__ import annotations

import pytest

from newsaudit.data import cues
from tests.reports import by_cue, in_brief

TWINS = (("ise", "ize"), ("yse", "yze"), ("our", "or"))


def _american(word: str) -> str:
    for british, american in TWINS:
        word = word.replace(british, american)
    return word


def test_spelling_twins_have_one_entry():
    table = cues()
    for (cue, pos), entry in table.items():
        twin = table.get((_american(cue), pos))
        if twin is not None and twin is not entry:
            assert (entry.category, entry.frames) == (twin.category, twin.frames), cue


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "The ferry users' group criticised the operator for the delays.",
            "criticised",
            "the operator for the delays",
        ),
        ("The harbour board recognised the problem at last.", "recognised", "the problem"),
    ],
)
def test_a_british_spelling_takes_the_object_its_twin_takes(run, sentence, cue, content):
    assert by_cue(run(in_brief(sentence)), cue)["content"]["text"] == content
