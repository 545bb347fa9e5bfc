"""Exporters: reports, CASE/UCO bundles, analyst tables and case packages.

Each exporter gathers records from the analysis and case store, passes them through the
privacy layer (handed in by `present/export_door.py`), and returns documents or bytes. Writing files is the job of
`present/commands/export.py`; nothing here prints."""
