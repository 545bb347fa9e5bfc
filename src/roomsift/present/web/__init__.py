"""The investigator web application (`roomsift serve`): server-rendered pages over one case,
every value through the privacy layer, every view of a person or chat in the audit log."""
