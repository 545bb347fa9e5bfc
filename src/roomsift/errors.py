"""Errors a user can fix (bad option, unknown person). The CLI prints them on one line."""


class UserError(Exception):
    pass
