"""Who audits: this process, worker processes (--jobs), or a Dask cluster (--dask,
--scheduler)."""

from __future__ import annotations

import typer

from newsaudit.cli.messages import fail, say
from newsaudit.exitcodes import exit_code


def auditor(pipeline, extra, jobs: int, model: str | None):
    """The function auditing a stream of ``(path, text)``: in this process, or over
    worker processes that each load the pipeline ``model`` names."""
    if jobs == 1:
        from newsaudit.engine import audit_many

        return lambda items: audit_many(items, nlp=pipeline, outlets=extra)
    from newsaudit.parallel import audit_parallel

    return lambda items: audit_parallel(items, jobs, model=model, outlets=extra)


def on_dask(inputs, output, scheduler, jobs, model, extra, max_chars) -> None:
    """``--dask`` / ``--scheduler``: the inputs audited on a Dask cluster into the output
    folder; failures told on stderr; exits with the batch's code."""
    try:
        from distributed import Client, LocalCluster

        from newsaudit import dask as on_dask
        from newsaudit.parallel import job_count
    except ImportError:
        fail("--dask and --scheduler need the dask extra: pip install 'newsaudit[dask]'")
    if output is None or (output.exists() and not output.is_dir()):
        fail("--dask and --scheduler write shards to a folder: give one with --output DIR")
    import dask.bag

    if scheduler:
        client = Client(scheduler)
    else:
        workers = job_count(0 if jobs is None else jobs)
        client = Client(LocalCluster(n_workers=workers, threads_per_worker=1, processes=True))
    with client:
        bag = dask.bag.from_sequence(inputs, partition_size=on_dask.PARTITION_SIZE)
        reports = on_dask.audit_bag(bag, model=model, outlets=extra, max_chars=max_chars)
        failures = on_dask.write_archive(reports, output)
    for failure in failures:
        say("error", failure.message)
    raise typer.Exit(exit_code(failures))
