"""Settings from a configuration file: ``[tool.newsaudit]`` in a ``pyproject.toml``, or a
``newsaudit.toml`` (top level), parsed with ``tomllib``.

Loading is pure: it takes the file's text and path and returns a frozen ``Settings`` or
raises ``ConfigError`` with a one-line message; ``cli`` finds and reads the file, and its
options override what the file says. Example::

    [tool.newsaudit]
    format = "markdown"
    fail-on = "high"
    fail-on-type = ["unattributed_claim", "anonymous_source"]
    outlets = "outlets.txt"          # relative to this file
    disable = ["loaded_cue"]         # flag types to turn off
    model = "en_core_web_md"

    [tool.newsaudit.severity]        # severity overrides per flag type
    vague_source = "low"
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from newsaudit.formats import OutputFormat
from newsaudit.report import SEVERITIES, Report

CONFIG_FILE = "newsaudit.toml"
PYPROJECT = "pyproject.toml"


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message is one line for people."""


@dataclass(frozen=True)
class Settings:
    """What a configuration file sets; ``None`` or empty where it says nothing."""

    format: OutputFormat | None = None
    fail_on: str | None = None
    fail_on_type: tuple[str, ...] = ()
    outlets: Path | None = None
    disable: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    model: str | None = None


@lru_cache(maxsize=1)
def flag_types() -> tuple[str, ...]:
    """Every flag type of the JSON contract (read from the shipped schema)."""
    schema = json.loads(files("newsaudit.data").joinpath("report.schema.json").read_text())
    flag = schema["$defs"]["report"]["properties"]["flags"]["items"]
    return tuple(flag["properties"]["type"]["enum"])


def parse_config(text: str, path: Path) -> Settings | None:
    """The settings in the file at ``path`` whose content is ``text``: the top level, or
    a ``[tool.newsaudit]`` table where that is all the file holds; ``None`` for a
    ``pyproject.toml`` without that table."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}") from err
    if path.name == PYPROJECT:
        data = data.get("tool", {}).get("newsaudit")
        if data is None:
            return None
    elif set(data) == {"tool"} and isinstance(data["tool"], dict) and "newsaudit" in data["tool"]:
        # the README's block copied into a file of another name: its table is the settings
        data = data["tool"]["newsaudit"]
    return _settings(data, path)


def _settings(data: dict[str, Any], path: Path) -> Settings:
    def bad(key: str, expected: str) -> ConfigError:
        return ConfigError(f"{path}: {key} = {data[key]!r}: expected {expected}")

    unknown = sorted(set(data) - set(PARSERS))
    if unknown:
        known = ", ".join(PARSERS)
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (known: {known})")
    values = {}
    for key, value in data.items():
        field, parse, expected = PARSERS[key]
        try:
            values[field] = parse(value, path)
        except (TypeError, ValueError):
            raise bad(key, expected) from None
    return Settings(**values)


def _choice(options: tuple[str, ...]):
    def parse(value: Any, _path: Path | None = None) -> str:
        if value not in options:
            raise ValueError(value)
        return value

    return parse


def _flag_list(value: Any, _path: Path | None = None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or any(v not in flag_types() for v in value):
        raise ValueError(value)
    return tuple(value)


def _severities(value: Any, _path: Path) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise TypeError(value)
    if any(k not in flag_types() or v not in SEVERITIES for k, v in value.items()):
        raise ValueError(value)
    return tuple(value.items())


def _relative_path(value: Any, path: Path) -> Path:
    if not isinstance(value, str) or not value:
        raise TypeError(value)
    return path.parent / value


def _model(value: Any, _path: Path) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError(value)
    return value


def _format(value: Any, path: Path) -> OutputFormat:
    return OutputFormat(_choice(tuple(OutputFormat))(value, path))


PARSERS = {
    "format": ("format", _format, "one of " + ", ".join(OutputFormat)),
    "fail-on": ("fail_on", _choice(SEVERITIES), "one of " + ", ".join(SEVERITIES)),
    "fail-on-type": ("fail_on_type", _flag_list, "a list of flag types"),
    "outlets": ("outlets", _relative_path, "a file path"),
    "disable": ("disable", _flag_list, "a list of flag types"),
    "severity": ("severity", _severities, "a table of flag type = severity"),
    "model": ("model", _model, "a spaCy pipeline name"),
}


def policy_options(
    fail_on: str | None, fail_on_type: str | None
) -> tuple[str | None, tuple[str, ...]]:
    """``--fail-on`` and ``--fail-on-type`` (comma-separated), checked by the rules the
    file's ``fail-on`` and ``fail-on-type`` keys follow."""
    types = [t.strip() for t in (fail_on_type or "").split(",") if t.strip()]
    try:
        severity = None if fail_on is None else _choice(SEVERITIES)(fail_on)
    except ValueError:
        raise ConfigError(f"--fail-on {fail_on!r}: expected {PARSERS['fail-on'][2]}") from None
    try:
        return severity, _flag_list(types)
    except ValueError:
        known = ", ".join(flag_types())
        raise ConfigError(
            f"--fail-on-type {fail_on_type!r}: expected flag types among {known}"
        ) from None


def apply_flag_settings(report: Report, settings: Settings) -> Report:
    """The report with the flag types ``disable`` names removed and the ``severity``
    overrides applied; the flag counts of the summary follow, the rest of it (which
    measures the text, not the flags shown) stays."""
    if not settings.disable and not settings.severity:
        return report
    overrides = dict(settings.severity)
    flags = tuple(
        replace(f, severity=overrides.get(f.type, f.severity))
        for f in report.flags
        if f.type not in settings.disable
    )
    summary = {
        **report.summary,
        "flags": len(flags),
        "by_flag_type": dict(Counter(f.type for f in flags)),
        "by_severity": dict(Counter(f.severity for f in flags)),
    }
    return replace(report, flags=flags, summary=summary)
