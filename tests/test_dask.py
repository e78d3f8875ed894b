"""The Dask path on a real LocalCluster of two worker processes: the same reports as one
process, the pipeline loaded once per worker, JSONL shards and a Parquet table."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsaudit import engine
from newsaudit.cli import app
from newsaudit.exitcodes import ExitCode

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")
dask_bag = pytest.importorskip("dask.bag")

from newsaudit import dask as on_dask  # noqa: E402

from .test_parallel import ARTICLES  # noqa: E402


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


def _pipeline_loads() -> int:
    from newsaudit import nlp as nlp_loader

    return nlp_loader._load.cache_info().misses


def test_bag_of_pairs_gives_the_single_process_reports(client, nlp):
    items = [(f"doc{n}.txt", text) for n, text in enumerate(ARTICLES * 4)]
    expected = [r.to_dict() for r in engine.audit_many(items, nlp=nlp)]
    bag = dask_bag.from_sequence(items, npartitions=8)
    assert on_dask.audit_bag(bag).compute() == expected
    loads = client.run(_pipeline_loads)
    assert len(loads) == 2
    assert all(n <= 1 for n in loads.values())  # once per worker, not per task (8 tasks)


def test_bag_of_paths_reads_files_and_keeps_errors_in_place(client, tmp_path, nlp):
    paths = []
    for n, text in enumerate(ARTICLES):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    paths.insert(2, str(tmp_path / "missing.txt"))
    bag = dask_bag.from_sequence(paths, npartitions=2)
    reports = on_dask.audit_bag(bag).compute()
    assert [r["document"]["path"] for r in reports] == paths
    assert reports[2]["error"]["type"] == "not_found"
    cli = CliRunner().invoke(app, ["check", *paths[:2], paths[3], "-f", "jsonl"])
    assert [json.loads(line) for line in cli.stdout.splitlines()] == [reports[n] for n in (0, 1, 3)]


def test_cli_dask_writes_shards_and_a_parquet_table(client, tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(ARTICLES):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    address = client.scheduler.address
    result = CliRunner().invoke(app, ["check", str(folder), "--scheduler", address, "-o", str(out)])
    assert result.exit_code == ExitCode.OK, result.stderr
    lines = [json.loads(line) for f in sorted(out.glob("reports-*.jsonl")) for line in f.open()]
    assert [r["document"]["path"] for r in lines] == [str(folder / f"{n}.txt") for n in range(4)]
    table = pq.read_table(sorted(out.glob("attributions-*.parquet"))).to_pylist()
    assert len(table) == sum(len(r["attributions"]) for r in lines)
    first = lines[0]
    said = next(a for a in first["attributions"] if a["cue"]["text"] == "said")
    row = next(r for r in table if r["path"] == first["document"]["path"] and r["cue"] == "said")
    source = next(s for s in first["sources"] if s["id"] == said["source"]["id"])
    assert row["content"] == said["content"]["text"]
    assert row["source_text"] == "The mayor"
    assert (row["source_name"], row["source_type"]) == (source["name"], source["type"])


def test_attribution_rows_of_an_error_record_are_none():
    record = {"schema_version": "1", "document": {"path": "x"}, "error": {"type": "binary"}}
    assert on_dask.attribution_rows(record) == []


def test_dask_needs_an_output_folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLES[0], encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "a.txt"), "--dask"])
    assert result.exit_code == ExitCode.INPUT
    assert "--output DIR" in result.stderr
