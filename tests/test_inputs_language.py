"""Other languages: recognised, told once on stderr, and never flagged sentence by sentence.

The texts are written for the test.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsaudit import engine
from newsaudit.cli import app
from newsaudit.inputs import from_text
from newsaudit.inputs.language import detect_language, reads_as_english

from .conftest import check_report

TEXTS = {
    "en": "The council said on Monday that the new bridge would open in the spring, and the "
    "mayor told reporters that the cost had risen by a fifth since the work began last year.",
    "fr": "Le conseil municipal a annoncé lundi que le nouveau pont ne sera pas ouvert avant le "
    "printemps, et le maire a déclaré que le coût des travaux a augmenté pour la ville.",
    "de": "Der Stadtrat hat am Montag mitgeteilt, dass die neue Brücke erst im Frühjahr eröffnet "
    "wird, und der Bürgermeister sagte, die Kosten seien um ein Fünftel gestiegen.",
    "es": "El consejo municipal anunció el lunes que el nuevo puente no se abrirá hasta la "
    "primavera, y el alcalde dijo que el costo de las obras ha subido para la ciudad.",
    "pt": "A câmara municipal anunciou na segunda-feira que a nova ponte não será aberta antes "
    "da primavera, e o prefeito disse que o custo das obras subiu muito para a cidade.",
    "it": "Il consiglio comunale ha annunciato lunedì che il nuovo ponte non sarà aperto prima "
    "della primavera, e il sindaco ha detto che il costo dei lavori è aumentato.",
    "ru": "Городской совет в понедельник объявил, что новый мост откроется только весной, а мэр "
    "сообщил, что стоимость работ выросла на пятую часть.",
    "ja": "市議会は月曜日、新しい橋の開通は春になると発表した。"
    "市長は工事費が五分の一増えたと述べた。",
    "zh": "市议会周一宣布，新桥要到春天才能通车。市长表示，工程费用比去年增加了五分之一。",
    "ar": "أعلن مجلس المدينة يوم الاثنين أن الجسر الجديد لن يفتح قبل الربيع، "
    "وقال رئيس البلدية إن التكلفة ارتفعت.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_language_is_detected(lang):
    assert detect_language(TEXTS[lang]) == lang


@pytest.mark.parametrize(
    "text",
    ["", "Mayor resigns", "Le Monde said so.", "Officials in São Paulo said the plan was sound."],
)
def test_little_evidence_is_english(text):
    assert detect_language(text) == "en"


def test_non_english_document_gets_no_flags(nlp):
    body = " ".join(TEXTS["fr"] for _ in range(3))
    quote = '"The bridge is unsafe and must be closed," said Mark Ellery, an engineer.'

    text = f"{body}\n{quote}\n"
    document = from_text(text)
    assert document.language == "fr"
    assert document.warnings
    report = check_report(engine.audit(document, nlp=nlp).to_dict(), text)
    assert report["flags"] == []
    assert report["summary"]["attributed_share"] is None  # claims are not checked
    assert report["document"]["language"] == "fr"
    quoted = [a for a in report["attributions"] if a["kind"] == "direct"]
    assert any("The bridge is unsafe" in a["content"]["text"] for a in quoted)


def test_english_document_keeps_its_flags(run):
    report = run("Port fees rise\nCritics say the harbour board will raise fees by 30% in March.\n")
    assert report["document"]["language"] == "en"
    assert report["flags"]


def test_warning_on_stderr(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(" ".join(TEXTS["de"] for _ in range(3)) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["document"]["language"] == "de"
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"newsaudit: warning: {path}: ")
    assert "German (de), not English" in warnings[0]


# Languages with no word list here: told apart from English, and named by no guess.
UNLISTED = {
    "cs": "Městská rada v pondělí oznámila, že nový most se otevře až na jaře, a starosta "
    "řekl novinářům, že náklady na stavbu od loňska vzrostly o pětinu.",
    "tr": "Belediye meclisi pazartesi günü yeni köprünün ancak baharda açılacağını duyurdu ve "
    "belediye başkanı gazetecilere maliyetin geçen yıldan bu yana beşte bir arttığını söyledi.",
}


@pytest.mark.parametrize("lang", sorted(UNLISTED))
def test_a_language_with_no_list_is_not_taken_for_english(lang):
    """Not English, whatever else: Czech shares its commonest small words ("na", "od",
    "o") with Polish and may be named so, a known slip (a guard: so it was before); Turkish
    shares none with any list and is named by no guess."""
    text = " ".join(UNLISTED[lang] for _ in range(2))
    assert detect_language(text) != "en"
    assert lang == "cs" or detect_language(text) == "und"


def test_an_undetermined_language_gets_no_flags_and_a_plain_warning(tmp_path):
    path = tmp_path / "haber.txt"
    path.write_text(" ".join(UNLISTED["tr"] for _ in range(2)) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    report = json.loads(result.stdout)
    assert (report["document"]["language"], report["flags"]) == ("und", [])
    assert "does not look English (und)" in result.stderr


def test_a_quotation_in_the_documents_own_language_is_not_attributed(nlp):
    """The English rules would read a Spanish speaker label as a cue ("Lima: '…'")."""
    body = " ".join(TEXTS["es"] for _ in range(3))
    label = 'Lima: "Los ataques son contra el alcalde, no contra el ministro de Obras".'
    quote = '"The bridge is unsafe and must be closed," said Mark Ellery, an engineer.'
    text = f"{body}\n{label}\n{quote}\n"
    report = check_report(engine.audit(from_text(text), nlp=nlp).to_dict(), text)
    assert [a["source"]["text"] for a in report["attributions"]] == ["Mark Ellery"]


@pytest.mark.parametrize(
    ("passage", "english"),
    [
        ("The bridge is unsafe and must be closed", True),
        ("Los ataques son contra el alcalde, no contra el ministro", False),
        ("Equilibrio", False),  # too short to tell
        ("Die Kosten sind um ein Fünftel gestiegen", False),
    ],
)
def test_a_passage_reads_as_english_by_its_function_words(passage, english):
    assert reads_as_english(passage) is english
