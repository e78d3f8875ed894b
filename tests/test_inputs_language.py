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
from newsaudit.inputs.language import detect_language

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
