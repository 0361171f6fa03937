"""The failures a user can act on: the command line prints their message as one `error:` line."""
from __future__ import annotations


class UserError(Exception):
    """An expected failure (a missing input, an unwritable folder, a missing extra); the
    message names what and where, and what to do when that is not plain."""
