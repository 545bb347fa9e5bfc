"""The `--cluster` option shared by the commands that can run on Dask (no Dask import here)."""

from __future__ import annotations

import typer

CLUSTER_HELP = ("Run the heavy work on Dask: 'local' (or 'local:N') starts N worker processes on this machine "
                "(default one per core), an address such as tcp://host:8786 uses a running scheduler (docs/cluster.md).")

ClusterOpt = typer.Option(None, "--cluster", help=CLUSTER_HELP, show_default=False)
