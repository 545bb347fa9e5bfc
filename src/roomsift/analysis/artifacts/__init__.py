"""Payment and contact artifacts found in message text, captions and file names.

`extract(text)` is pure and fast; `scan` stores what it finds in a case, tied to the
message and the account that posted it."""

from roomsift.analysis.artifacts.extract import extract
from roomsift.analysis.artifacts.model import Artifact

__all__ = ["extract", "Artifact"]
