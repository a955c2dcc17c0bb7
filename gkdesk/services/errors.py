"""Errors the user can cause and fix: each carries one Chinese sentence that is shown as it is."""
from __future__ import annotations

from gkdesk.domain.dates import DateError
from gkdesk.domain.lifecycle import TransitionError
from gkdesk.domain.money import MoneyError, QuantityError
from gkdesk.domain.privacy import PrivacyError
from gkdesk.domain.requests import RequestError
from gkdesk.domain.workcal import CalendarFileError
from gkdesk.io.layout import LayoutError
from gkdesk.io.sheets import SheetError
from gkdesk.store.errors import StoreError


class UserError(Exception):
    pass


class ConfirmationNeeded(UserError):
    """A change the clerk must confirm before it is made (a zero amount); the message is the question. The caller
    asks and, on 是, calls again saying it was confirmed."""


# Shown as their message by the command line and the window alike; anything else is a bug and is logged.
USER_ERRORS: tuple[type[Exception], ...] = (UserError, StoreError, DateError, MoneyError, QuantityError,
                                            CalendarFileError, SheetError, PrivacyError, TransitionError,
                                            RequestError, LayoutError)
