"""Reading what the command is given: paths and directories expanded, each input read into
a Document or an error record, settings files found and read."""

from __future__ import annotations

import errno
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from newsaudit.cli.messages import fail, say
from newsaudit.config import CONFIG_FILE, PYPROJECT, ConfigError, Settings, parse_config
from newsaudit.inputs import SUFFIXES, Document, InputError, decode
from newsaudit.report import AuditFailure, Report

STDIN = "-"


def records(
    inputs: list[str],
    audit,
    failures: list[AuditFailure],
    max_chars: int,
    include_text: bool = False,
    quiet: bool = False,
):
    """Every input's Report or AuditFailure, in input order, as each is done; failures are
    also told on stderr and collected for the exit code; warnings too, unless ``quiet``."""
    ordered: deque[tuple[int, Document]] = deque()  # inputs that reached the auditor
    unread: dict[int, AuditFailure] = {}

    def texts() -> Iterator[tuple[str, Document]]:
        for n, item in enumerate(inputs):
            try:
                document = read_input(item)
            except InputError as err:
                unread[n] = AuditFailure(item, err.kind, f"{item}: {err}")
                continue
            if len(document.text) > max_chars:
                size = len(document.text)
                message = f"{item}: {size:,} characters, over --max-chars {max_chars:,}"
                unread[n] = AuditFailure(item, "too_large", message)
                continue
            for warning in () if quiet else document.warnings:
                say("warning", f"{item}: {warning}")
            ordered.append((n, document))
            yield item, document

    def failed(failure: AuditFailure) -> AuditFailure:
        failures.append(failure)
        say("error", failure.message)
        return failure

    for result in audit(texts()):
        n, document = ordered.popleft()
        for k in sorted(k for k in unread if k < n):
            yield failed(unread.pop(k))
        if isinstance(result, Report) and include_text:
            result = replace(result, document=replace(result.document, text=document.text))
        yield result if isinstance(result, Report) else failed(result)
    for k in sorted(unread):
        yield failed(unread.pop(k))


def load_settings(config: Path | None) -> Settings:
    """The settings of ``--config FILE``, else of the nearest newsaudit.toml or
    pyproject.toml with [tool.newsaudit] from the working directory upward, else none."""
    candidates = [config] if config else _config_candidates(Path.cwd())
    for path in candidates:
        try:
            found = parse_config(read_text(path), path)
        except ConfigError as err:
            fail(str(err))
        if found is not None:
            return found
    return Settings()


def _config_candidates(start: Path) -> Iterator[Path]:
    for folder in (start, *start.parents):
        for name in (CONFIG_FILE, PYPROJECT):
            if (folder / name).is_file():
                yield folder / name


def expand(paths: list[str]) -> Iterator[str]:
    from newsaudit.inputs import is_url

    for item in paths:
        path = Path(item)
        if item != STDIN and not is_url(item) and _is_dir(path):
            found = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
            yield from (str(p) for p in found) if found else [item]  # empty: an error record
        else:
            yield item


def stdin_or_usage_error() -> list[str]:
    """No path named: standard input when text is piped in, else a usage error."""
    if sys.stdin is None or sys.stdin.isatty():
        fail("no input: name files or directories, or pipe an article to standard input")
    return [STDIN]


def read_input(item: str) -> Document:
    """The Document of one input: standard input, a web address or a file."""
    from newsaudit.inputs import from_bytes, from_url, is_url

    if item == STDIN:
        return from_bytes(sys.stdin.buffer.read())
    if is_url(item):
        return from_url(item)
    path = Path(item)
    if _is_dir(path):  # only a directory with no article files is left unexpanded
        raise InputError("empty_directory", "no .txt, .md or .html files in this directory")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise _unreadable(err) from err
    return from_bytes(data, path.name)


def _is_dir(path: Path) -> bool:
    """Whether a path is a directory; one the system will not look into is read (and
    refused) as a file."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _unreadable(err: OSError) -> InputError:
    """The error record of a file the system would not read."""
    if err.errno in (errno.ENOENT, errno.ENOTDIR):
        return InputError("not_found", "no such file")
    return InputError("unreadable", f"cannot be read ({err.strerror or err})")


def read_text(path: Path) -> str:
    try:
        return decode(path.read_bytes()).text
    except OSError as err:
        fail(f"{path}: {_unreadable(err)}")
    except InputError as err:
        fail(f"{path}: {err}")
