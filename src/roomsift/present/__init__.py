"""Everything shown to a person or written for another tool passes through here.

Commands describe their output as rows and typed columns (or a JSON document) and call
`emit`; they never print identifiers themselves. That single path is where the privacy
layer applies pseudonyms, so a new command cannot forget it."""
