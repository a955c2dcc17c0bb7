"""The error every service raises for something the user can fix: one Chinese sentence, shown as it is."""


class UserError(Exception):
    pass
