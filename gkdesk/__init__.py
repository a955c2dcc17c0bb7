"""gkdesk — 基层政务公开工作台."""

__version__ = "0.1.0"
