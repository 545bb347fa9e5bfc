"""Cross-room identity: accounts clustered into persons, each link with its evidence.

`api.person_map(conn)` is what other analyses use; `build.ensure(case)` derives and
stores persons and links; `links` holds the evidence rules and their strengths."""

from roomsift.analysis.identity.tables import identity_links, link_decisions, person_accounts, persons  # noqa: F401
