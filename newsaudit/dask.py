"""Auditing an archive on Dask: a local cluster, a ``dask.distributed`` cluster, or any
Dask deployment (``pip install 'newsaudit[dask]'``).

``audit_bag`` takes a Dask bag of paths or of ``(path, text)`` pairs and returns a bag of
report dicts (the JSON contract; an error record for an input that could not be audited).
Each partition is audited by ``engine.audit_many`` in one task, and the pipeline is loaded
once per worker process (``nlp.load`` keeps it), not per task. ``write_archive`` writes a
bag's reports as JSONL shards and a flattened one-row-per-attribution Parquet table beside
them, for DuckDB or pandas::

    SELECT source_name, count(*) FROM 'out/attributions-*.parquet' GROUP BY 1 ORDER BY 2 DESC

Like ``cli``, this module is an entry point: on a cluster the workers read the inputs
and write the shards, so it reads and writes files itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsaudit.inputs.document import Document
from newsaudit.report import AuditFailure

if TYPE_CHECKING:
    import dask.bag

# Documents per task: enough to batch the parser well, few enough to spread over workers.
PARTITION_SIZE = 25
# The flattened table: one row per attribution, with its source and relaying outlet.
COLUMNS = {
    "path": "string",
    "attribution": "string",
    "kind": "string",
    "category": "string",
    "cue": "string",
    "content": "string",
    "content_start": "int64",
    "content_end": "int64",
    "line": "int64",
    "source_text": "string",
    "source_name": "string",
    "source_type": "string",
    "source_role": "string",
    "via_name": "string",
}


def audit_bag(
    bag: dask.bag.Bag,
    *,
    model: str | None = None,
    outlets: dict[str, str] | None = None,
    max_chars: int | None = None,
) -> dask.bag.Bag:
    """A bag of report dicts (or error records) from a bag of paths or ``(path, text)``
    pairs, partition by partition, in the bag's order."""
    return bag.map_partitions(_audit_partition, model=model, outlets=outlets, max_chars=max_chars)


def attribution_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per attribution of a report dict (none for an error record)."""
    sources = {s["id"]: s for s in report.get("sources", [])}
    rows = []
    for a in report.get("attributions", []):
        source = sources.get(a["source"]["id"]) if a["source"] else None
        via = sources.get(a["via"]) if a["via"] else None
        rows.append(
            {
                "path": report["document"]["path"],
                "attribution": a["id"],
                "kind": a["kind"],
                "category": a["category"],
                "cue": a["cue"]["text"],
                "content": a["content"]["text"],
                "content_start": a["content"]["start"],
                "content_end": a["content"]["end"],
                "line": a["line"],
                "source_text": a["source"]["text"] if a["source"] else None,
                "source_name": source["name"] if source else None,
                "source_type": source["type"] if source else None,
                "source_role": source["role"] if source else None,
                "via_name": via["name"] if via else None,
            }
        )
    return rows


def write_archive(bag: dask.bag.Bag, folder: Path) -> list[AuditFailure]:
    """Compute a bag of report dicts into ``folder``: ``reports-NNNNN.jsonl`` and
    ``attributions-NNNNN.parquet`` per partition. Returns the error records' failures."""
    import dask

    folder.mkdir(parents=True, exist_ok=True)
    tasks = [
        dask.delayed(_write_shard)(part, str(folder), n) for n, part in enumerate(bag.to_delayed())
    ]
    failures = []
    for shard in dask.compute(*tasks):
        failures.extend(AuditFailure(*f) for f in shard)
    return failures


def _audit_partition(
    items: Iterable, model: str | None, outlets: dict[str, str] | None, max_chars: int | None
) -> list[dict[str, Any]]:
    from newsaudit import nlp as nlp_loader
    from newsaudit.engine import audit_many

    nlp = nlp_loader.load(model)  # cached: once per worker process
    results: list[dict[str, Any] | None] = []
    readable = []
    for item in items:
        path, text = _read(item) if isinstance(item, str | Path) else item
        if isinstance(text, AuditFailure):
            results.append(text.to_dict())
            continue
        size = len(text.text if isinstance(text, Document) else text)
        if max_chars is not None and size > max_chars:
            message = f"{path}: {size:,} characters, over the limit of {max_chars:,}"
            results.append(AuditFailure(path, "too_large", message).to_dict())
        else:
            readable.append((len(results), (path, text)))
            results.append(None)
    audited = audit_many((pair for _, pair in readable), nlp=nlp, outlets=outlets)
    for (n, _), result in zip(readable, audited, strict=True):
        results[n] = result.to_dict()
    return results


def _read(path: str | Path) -> tuple[str, Document | AuditFailure]:
    """The Document of a file (plain text, Markdown or HTML, as the command reads it)."""
    from newsaudit.inputs import InputError, from_bytes

    name = str(path)
    try:
        return name, from_bytes(Path(path).read_bytes(), Path(path).name)
    except FileNotFoundError:
        return name, AuditFailure(name, "not_found", f"{name}: no such file")
    except IsADirectoryError:
        return name, AuditFailure(name, "not_a_file", f"{name}: is a directory")
    except OSError as err:
        return name, AuditFailure(name, "unreadable", f"{name}: {err.strerror}")
    except InputError as err:
        return name, AuditFailure(name, err.kind, f"{name}: {err}")


def _write_shard(reports: list[dict[str, Any]], folder: str, number: int) -> list[tuple]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    base = Path(folder)
    with (base / f"reports-{number:05}.jsonl").open("w", encoding="utf-8") as out:
        for report in reports:
            out.write(json.dumps(report, ensure_ascii=False, separators=(",", ":")) + "\n")
    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS.items()])
    rows = [row for report in reports for row in attribution_rows(report)]
    pq.write_table(
        pa.Table.from_pylist(rows, schema=schema), base / f"attributions-{number:05}.parquet"
    )
    return [
        (r["document"]["path"], r["error"]["type"], r["error"]["message"])
        for r in reports
        if "error" in r
    ]
