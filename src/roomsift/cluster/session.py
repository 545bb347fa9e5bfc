"""Connect to a Dask cluster (or start a local one) and map work over it in order.

Results come back in submission order, so the coordinator writes them exactly as the
single-process loop would; only a bounded window of tasks is in flight, so the
coordinator's memory does not grow with the size of the case."""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import CancelledError
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from roomsift.errors import UserError

# How long to try reaching a scheduler before giving up (a refused connection is retried).
CONNECT_TIMEOUT = os.environ.get("ROOMSIFT_CLUSTER_TIMEOUT", "10s")


class ClusterError(UserError):
    """The cluster could not run the work (unreachable scheduler, workers lost)."""


def _dask():
    try:
        import distributed
    except ImportError:
        raise UserError("--cluster needs Dask: pip install 'roomsift[cluster]' (dask and distributed)") from None
    return distributed


def _local_workers(spec: str) -> int:
    _, _, n = spec.partition(":")
    if not n:
        return os.cpu_count() or 1
    if not n.isdigit() or int(n) < 1:
        raise UserError(f"--cluster {spec!r}: give 'local', 'local:N' (N ≥ 1 workers) or a scheduler address")
    return int(n)


class Session:
    """A connected Dask client plus ordered, windowed mapping."""

    def __init__(self, client, description: str):
        self.client = client
        self.description = description

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def broadcast(self, value: Any):
        """Send `value` to every worker once; pass the returned future as a task argument."""
        return self.client.scatter(value, broadcast=True, hash=False)

    def map(self, task: Callable, items: Iterable, /, batch: int = 1, window: int | None = None, **kwargs) -> Iterator:
        """task(item, **kwargs) for each item, on the workers, yielded in the order of `items`.
        `batch` items go into one task (cheap items: the scheduler costs ~1 ms per task)."""
        distributed = _dask()
        window = window or self.workers * 3
        pending: deque = deque()
        chunks = _chunked(items, batch)
        try:
            for chunk in chunks:
                pending.append(self.client.submit(_apply, task, chunk, pure=False, **kwargs))
                if len(pending) >= window:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except distributed.KilledWorker as exc:
            raise ClusterError(f"Dask workers kept dying on this work ({exc}); what was not committed is not in the case — "
                               "rerun the command (media hash resumes where it stopped)") from None
        except (CancelledError, distributed.comm.CommClosedError) as exc:
            raise ClusterError(f"lost the Dask cluster ({type(exc).__name__}); what was not committed is not in the case — "
                               "rerun the command") from None
        finally:
            for fut in pending:
                fut.cancel()


def _apply(task: Callable, chunk: list, /, **kwargs) -> list:
    return [task(item, **kwargs) for item in chunk]


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@contextmanager
def open_session(spec: str) -> Iterator[Session]:
    """'local' / 'local:N': a LocalCluster of N single-threaded worker processes on this
    machine (default one per core); anything else: the address of a running scheduler.
    Fails with a UserError before any work when the scheduler cannot be reached."""
    distributed = _dask()
    if spec == "local" or spec.startswith("local:"):
        n = _local_workers(spec)
        cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0")
        try:
            with distributed.Client(cluster) as client:
                yield Session(client, f"local cluster of {n} worker(s)")
        finally:
            cluster.close()
        return
    try:
        client = distributed.Client(spec, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise ClusterError(f"cannot reach the Dask scheduler at {spec}: {reason}; nothing was changed") from None
    with client:
        yield Session(client, f"Dask scheduler {spec}")
