"""Triage on Dask: the distinct texts of the case are scored on the workers.

The fitted language model is fitted (or read from the cache) once, by the coordinator, and
sent to every worker once (scattered); a worker installs it before scoring, so no worker
fits its own. The per-text signals come back in order; everything after them (room facts,
roles, ranking) runs in the coordinator, which stores the result as `triage` does."""

from __future__ import annotations

from collections.abc import Callable

from roomsift.cluster.session import Session

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
        return session.map(score_chunk, chunks, fn=fn, model=shipped, fingerprint=fingerprint)

    return mapper


def load_or_run(session: Session, case, progress=None):
    """analysis.triage.store.load_or_run with text scoring on the cluster."""
    from roomsift.analysis.triage import store

    return store.load_or_run(case, progress, mapper=language_mapper(session))
