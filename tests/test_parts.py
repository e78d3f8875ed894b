"""The parts of a content: a quotation interrupted by its cue is one attribution whose
own words leave out the cue and speaker standing between the quotes."""

from __future__ import annotations

from newsaudit import engine
from newsaudit.formats.csv import render_csv
from newsaudit.formats.table import render_table

SPLIT = '"We will not wait for the province," Lund said on Friday. "The ferry runs by May."'
TURN = (
    '"We will not wait for the province," Lund said on Friday.\n\n'
    '"The ferry has to run by May, and it will."\n'
)


def only(report: dict) -> dict:
    assert len(report["attributions"]) == 1, report["attributions"]
    return report["attributions"][0]


def test_quote_interrupted_by_its_cue_has_two_parts(run):
    a = only(run(SPLIT))
    assert [p["text"] for p in a["parts"]] == [
        '"We will not wait for the province,"',
        '"The ferry runs by May."',
    ]
    assert "Lund said" in a["content"]["text"]  # the content still runs over the cue


def test_quote_paragraph_continued_after_its_cue_has_two_parts(run):
    a = only(run(TURN))
    assert [p["text"] for p in a["parts"]] == [
        '"We will not wait for the province,"',
        '"The ferry has to run by May, and it will."',
    ]


def test_whole_content_is_one_part(run):
    a = only(run("Lund said the ferry would run by May."))
    assert (
        [p["text"] for p in a["parts"]] == [a["content"]["text"]] == ["the ferry would run by May"]
    )


def test_table_and_csv_show_the_words_without_the_cue(nlp):
    report = engine.audit(SPLIT, nlp=nlp)
    table = " ".join(render_table(report, width=200).split())
    assert '"We will not wait for the province," … "The ferry runs by May."' in table
    assert "Lund said on Friday" not in table
    row = render_csv([report]).splitlines()[1]
    assert row.endswith('"""We will not wait for the province,"" … ""The ferry runs by May."""')
