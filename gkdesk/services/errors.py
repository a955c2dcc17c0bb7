"""Errors the user can cause and fix: each carries one Chinese sentence that is shown as it is."""
from __future__ import annotations

from gkdesk.domain.errors import UserFacingError


class UserError(UserFacingError):
    pass


class ConfirmationNeeded(UserError):
    """A change the clerk must confirm before it is made (a zero amount); the message is the question. The caller
    asks and, on 是, calls again saying it was confirmed."""


# Shown as their message by the command line and the window alike; anything else is a bug and is logged. Every
# layer's own errors (DateError, SheetError, StoreError, LayoutError …) derive from UserFacingError.
USER_ERRORS: tuple[type[Exception], ...] = (UserFacingError,)
