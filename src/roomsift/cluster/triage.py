"""Triage on Dask: the distinct texts of the case are scored on the workers.

The fitted language model is fitted (or read from the cache) once, by the coordinator, and
sent to every worker once (scattered); a worker installs it before scoring, so no worker
fits its own. The per-text signals come back in order; everything after them (room facts,
roles, ranking) runs in the coordinator, which stores the result as `triage` does."""

from __future__ import annotations

from collections.abc import Callable

from roomsift.cluster.session import Session

MIN_TEXTS_PER_TASK = 500  # below this, a task's overhead outweighs its work
_installed: dict[str, object] = {}  # worker side: fingerprint of the model in use


def score_chunk(chunk: list[str], fn: Callable, model, fingerprint: str):
    """Worker side: install the shipped model (None: lexicon only), then score `chunk`."""
    from roomsift.analysis.language import model as learned

    if _installed.get("fingerprint") != fingerprint:
        learned._model = model
        learned._status = f"shipped by the coordinator ({fingerprint})"
        _installed["fingerprint"] = fingerprint
    return fn(chunk)


def language_mapper(session: Session) -> Callable:
    from roomsift.analysis.language import model as learned

    model = learned.get()
    fingerprint = model.fingerprint if model is not None else "lexicon"
    shipped = session.broadcast(model) if model is not None else None

    def mapper(fn: Callable, chunks: list[list[str]]):
        # The local chunks (20,000 texts) suit a process pool; on a cluster every worker
        # needs several tasks, so they are cut finer and joined again in order.
        total = sum(len(c) for c in chunks)
        size = max(MIN_TEXTS_PER_TASK, -(-total // (session.workers * 4)))
        pieces = [c[i:i + size] for c in chunks for i in range(0, len(c), size)]
        scored = session.map(score_chunk, pieces, fn=fn, model=shipped, fingerprint=fingerprint)
        for chunk in chunks:
            out: list = []
            while len(out) < len(chunk):
                out.extend(next(scored))
            yield out

    return mapper


def load_or_run(session: Session, case, progress=None):
    """analysis.triage.store.load_or_run with text scoring on the cluster."""
    from roomsift.analysis.triage import store

    return store.load_or_run(case, progress, mapper=language_mapper(session))
