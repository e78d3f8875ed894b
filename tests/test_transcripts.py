"""Interview transcripts: "A:" answers are the interviewee's, named in the introduction;
"you" in a "Q:" question is the interviewee too; the interviewer's "Q" is not flagged as a
source nobody can identify. Sentences written for these tests."""

from __future__ import annotations

INTRO = "Ferry fares: the interview\n\nThe Gazette spoke to Ruth Okafor, who runs the ferries.\n\n"
TRANSCRIPT = (
    "Q: Will fares rise again next year?\n\n"
    "A: No. We have frozen them until 2027.\n\n"
    "Q: You said in March that the fleet was too old.\n\n"
    "A: It is old, but the new boats arrive in May.\n"
)


def _sources(report: dict) -> dict[str, dict]:
    return {s["id"]: s for s in report["sources"]}


def _speaker(report: dict, text: str, words: str) -> tuple[str, str] | None:
    """The resolved name and type of the source of the attribution whose content opens with
    ``words``."""
    sources = _sources(report)
    for a in report["attributions"]:
        if a["content"]["text"].startswith(words) and a["source"]:
            source = sources[a["source"]["id"]]
            return source["name"], source["type"]
    return None


def test_answers_are_the_interviewees(run):
    text = INTRO + TRANSCRIPT
    report = run(text)
    assert _speaker(report, text, "No. We have frozen") == ("Ruth Okafor", "person")
    assert _speaker(report, text, "It is old") == ("Ruth Okafor", "person")


def test_you_in_a_question_is_the_interviewee(run):
    text = INTRO + TRANSCRIPT
    assert _speaker(run(text), text, "that the fleet was too old") == ("Ruth Okafor", "person")


def test_the_interviewer_is_not_an_unresolved_source(run):
    text = INTRO + TRANSCRIPT
    flagged = [text[f["start"] : f["end"]] for f in run(text)["flags"]]
    assert "Q" not in flagged


def test_a_paper_named_with_the_is_not_the_interviewee(run):
    text = "Ferry fares: the interview\n\nThe Harbour Herald asked the ferry office.\n\n"
    report = run(text + TRANSCRIPT)
    speaker = _speaker(report, text, "No. We have frozen")
    assert speaker is None or speaker[0] != "Harbour Herald"


# ------------------------------------------------------------------ broadcast scripts

SCRIPT = (
    "Storm closes the ferry route\n\n"
    "Anchor: Heavy rain and strong winds closed the northern ferry route on Monday.\n\n"
    "Report: Harbour crews worked through the night to secure the boats at the quay.\n\n"
    "The ferry office expects the route to reopen on Wednesday, a spokesperson said.\n"
)


def _sources_of(report: dict, text: str, words: str) -> list[str]:
    start = text.index(words)
    return [
        (a["source"] or {}).get("text", "")
        for a in report["attributions"]
        if start <= a["content"]["start"] < start + len(words) + 5
    ]


def test_a_scripts_role_labels_are_not_sources(run):
    report = run(SCRIPT)
    assert "Anchor" not in _sources_of(report, SCRIPT, "Heavy rain")
    assert "Report" not in _sources_of(report, SCRIPT, "Harbour crews")
    assert _sources_of(report, SCRIPT, "The ferry office expects") == ["a spokesperson"]


def test_a_headline_report_label_outside_a_script_still_speaks(run):
    text = "Report: Ferry office to cut winter crossings\n\nThe office will decide in May.\n"
    assert _sources_of(run(text), text, "Ferry office to cut") == ["Report"]
