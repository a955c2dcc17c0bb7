"""Errors the store raises with a Chinese sentence the clerk can act on."""
from gkdesk.domain.errors import UserFacingError


class StoreError(UserFacingError):
    """A problem with the database file the user must know about."""


class NewerSchemaError(StoreError):
    pass


class IntegrityFailure(StoreError):
    def __init__(self, message: str, details: list[str]):
        super().__init__(message)
        self.details = details
