"""Lookups in a report dict shared by the rule tests."""

from __future__ import annotations


def by_cue(report: dict, cue: str) -> dict:
    """The one attribution whose cue reads ``cue``."""
    matches = [a for a in report["attributions"] if a["cue"]["text"] == cue]
    assert len(matches) == 1, [(a["cue"]["text"], a["content"]["text"]) for a in matches]
    return matches[0]


def last_by_cue(report: dict, cue: str) -> dict:
    """The last attribution whose cue reads ``cue`` (a later mention of the speaker)."""
    return [a for a in report["attributions"] if a["cue"]["text"] == cue][-1]


def cued_source(report: dict, cue: str) -> dict:
    """The source entry of the one attribution whose cue reads ``cue``."""
    return source_of(report, by_cue(report, cue))


def source_of(report: dict, attribution: dict) -> dict:
    """The source entry an attribution points to."""
    assert attribution["source"] is not None, attribution
    return sources_by_id(report)[attribution["source"]["id"]]


def assert_outlet_finding(report: dict, cue: str, source: str, content: str, outlet: str) -> None:
    """The attribution cued by ``cue`` is evidence from ``source`` that ``outlet`` made."""
    found = by_cue(report, cue)
    assert found["source"]["text"] == source
    assert found["content"]["text"] == content
    assert found["category"] == "evidence"
    entity = source_of(report, found)
    assert (entity["type"], entity["name"]) == ("outlet", outlet)


def source_name(report: dict, attribution: dict) -> str:
    """The canonical name of an attribution's source."""
    return source_of(report, attribution)["name"]


def sources_by_id(report: dict) -> dict[str, dict]:
    """The report's sources keyed by id."""
    return {s["id"]: s for s in report["sources"]}


def last_speaker(report: dict, cue: str) -> tuple[str, str]:
    """The type and name of the source of the last attribution cued by ``cue``."""
    entity = source_of(report, last_by_cue(report, cue))
    return entity["type"], entity["name"]


def in_brief(body: str) -> str:
    """``body`` under a headline, as an article's first line is."""
    return "News in brief\n\n" + body


def read_cue(run, text: str, cue: str) -> tuple[str, str | None, str]:
    """The category, source mention and content of the one attribution cued by ``cue``
    in ``text``, run as a news brief."""
    found = by_cue(run(in_brief(text)), cue)
    source = found["source"]["text"] if found["source"] else None
    return found["category"], source, found["content"]["text"]
