"""Every `roomsift` sub-command, one module per capability.

Commands call the capabilities (which return records) and hand the records to
`roomsift.present` for rendering; nothing outside `present/` writes user-visible output."""
