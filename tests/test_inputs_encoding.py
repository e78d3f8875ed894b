"""Encodings as they reach ``document.encoding``: what was read, and that the words survive.

The guessing itself lives in ``newsaudit/inputs/decoding.py``; these tests hold the input
layer to the issue's cases end to end (bytes in, Document out, JSON out).
"""

from __future__ import annotations

import codecs
import json

import pytest
from typer.testing import CliRunner

from newsaudit.cli import app
from newsaudit.inputs import InputError, from_bytes

# Written for this test: Western names and curly quotes that a wrong code page garbles.
ARTICLE = (
    "Grève générale au port\n"
    "The dockers\u2019 union led by Ana Muñoz said on Monday that the strike would go on "
    "until the port authority returned to the table with a written offer.\n"
    "\u201cWe will not move until they move,\u201d Muñoz said outside the union hall, where "
    "about two hundred members had gathered since dawn.\n"
    "The authority declined to comment on the talks, which broke down last Thursday.\n"
)


def test_utf8():
    document = from_bytes(ARTICLE.encode("utf-8"))
    assert (document.encoding, document.text) == ("utf-8", ARTICLE)


def test_utf8_with_bom_is_read_without_it():
    document = from_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    assert document.text == ARTICLE
    assert document.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(codec, b"")
    document = from_bytes(bom + ARTICLE.encode(codec))
    assert document.text == ARTICLE
    assert document.encoding.startswith("utf-16")


def test_utf32_with_bom():
    document = from_bytes(ARTICLE.encode("utf-32"))
    assert document.text == ARTICLE
    assert document.encoding.startswith("utf-32")


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_single_byte_text_survives(codec):
    text = (
        ARTICLE
        if codec == "cp1252"
        else ARTICLE.translate(str.maketrans("\u2019\u201c\u201d", '\'""'))
    )
    document = from_bytes(text.encode(codec))
    assert "Muñoz" in document.text and "Grève" in document.text
    assert document.text == text
    assert document.encoding in ("cp1252", "windows-1252", "latin-1", "iso-8859-1", "latin_1")


def test_utf8_with_a_stray_byte_is_utf8_with_a_warning():
    data = ARTICLE.encode("utf-8").replace(b"Monday", b"Mon\x92day")
    document = from_bytes(data)
    assert document.encoding == "utf-8"
    assert "Muñoz" in document.text
    assert document.warnings


def test_binary_is_refused():
    with pytest.raises(InputError) as err:
        from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert err.value.kind == "binary"


def test_encoding_reaches_the_json(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    result = CliRunner().invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)["document"]
    assert document["encoding"] == "utf-8-sig"
    assert document["input"] == "text"
    assert document["language"] == "en"
    assert "text" not in document  # offsets index the file itself


# Written for this test: Polish names, whose letters Windows-1252 reads as symbols.
CENTRAL_EUROPEAN = (
    "The mayor of Łódź, Łukasz Wiśniewski, said the tram depot would reopen in spring.\n"
    "\u201cWe are ready,\u201d said Agnieszka Żółkowska, who chairs the transport board.\n"
)


def test_central_european_text_is_not_read_as_western():
    document = from_bytes(CENTRAL_EUROPEAN.encode("cp1250"))
    assert document.text == CENTRAL_EUROPEAN
    assert document.encoding == "cp1250"
    assert any("cp1250" in w for w in document.warnings)


def test_western_symbols_beside_digits_stay_western():
    text = "Bread rose to £2.40 for a 1½lb loaf at 20°C, said Señor Muñoz of Café Œuvre.\n"
    document = from_bytes(text.encode("cp1252"))
    assert (document.text, document.encoding) == (text, "cp1252")
