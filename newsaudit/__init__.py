"""newsaudit: a source-attribution auditor for news.

from newsaudit import audit
report = audit(text)
report.to_dict()   # the JSON contract, schema_version "1"
"""

from newsaudit.report import Report

__version__ = "0.2.0"
__all__ = ["Report", "__version__", "audit", "audit_many"]


def audit(text: str, path: str | None = None, **options) -> Report:
    """Audit one article's text (see ``newsaudit.engine.audit`` for the options)."""
    from newsaudit.engine import audit as _audit

    return _audit(text, path, **options)


def audit_many(items, **options):
    """Audit ``(path, text)`` pairs lazily, one Report per pair, in order."""
    from newsaudit.engine import audit_many as _audit_many

    return _audit_many(items, **options)
