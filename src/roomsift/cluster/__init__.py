"""Dask path for work that outgrows one machine (`--cluster` on ingest, media hash, triage).

Workers compute (parse export files, decode and hash media, score distinct texts); the
coordinating process writes every result through the ordinary store path, in the order the
single-process path would, so a case built on a cluster is the case built on one process.
Dask is imported only when `--cluster` is given (docs/cluster.md)."""
