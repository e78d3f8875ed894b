"""Who "he" and "she" stand for, round 14: the person cited last stays the topic over the
people named in what they said, and a short name the tagger took for a body or a place
still names the person introduced with it.

Every text here is written for the test; the people in it are invented.
"""

from __future__ import annotations

import pytest

from tests.reports import cued_source, last_by_cue


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        # the speaker of the sentence before, not the man named in what he said
        (
            "Tom Harlan, the union leader, said that Peter Lund had misled the workers. "
            "He added that the strike would go on.",
            "added",
            "Tom Harlan",
        ),
        # and the same for "she"
        (
            "Dana Whitfield, a nurse, said Clara Osei had warned the ward about the "
            "shortage. She said the hospital ignored it.",
            "said",
            "Dana Whitfield",
        ),
    ],
)
def test_the_speaker_cited_last_stays_the_topic(run, text, cue, name):
    report = run(text)
    # the second sentence's cue: the first "said" belongs to the speaker herself
    found = last_by_cue(report, cue)
    sources = {s["id"]: s for s in report["sources"]}
    source = sources[found["source"]["id"]]
    assert found["source"]["text"].lower() in ("he", "she")
    assert (source["name"], source["type"]) == (name, "person")


def test_a_short_name_tagged_as_a_body_still_names_the_person(run):
    # the tagger reads this "Ashby" as an organization; it is the coach named before,
    # and the subject of the sentence before "he", not his assistant
    text = (
        "Coach Daniel Ashby watched as his assistant Tom Reyes ran the drill. Ashby "
        "greeted the players. Later he told reporters the team was ready."
    )
    source = cued_source(run(text), "told")
    assert (source["name"], source["type"]) == ("Daniel Ashby", "person")


def test_a_name_after_his_is_a_thing_of_his(run):
    # "his Ring camera": the tagger may call the brand a person; "he" is still Tom Reyes
    text = "Tom Reyes showed video from his Ring camera, which, he said, scared the man off."
    found = cued_source(run(text), "said")
    assert (found["name"], found["type"]) == ("Tom Reyes", "person")
