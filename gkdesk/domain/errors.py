"""The one base of every error the user can cause and fix (a date that is not one, a list the board cannot hold,
a folder another window holds): its message is one Chinese sentence, shown as it is by the command line and the
window alike. Each layer's errors derive from it, so that catching them needs none of those layers imported."""
from __future__ import annotations


class UserFacingError(Exception):
    pass
