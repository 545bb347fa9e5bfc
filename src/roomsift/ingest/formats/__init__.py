"""One module per export format; each registers its Parser with roomsift.ingest.registry."""
