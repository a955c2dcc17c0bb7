"""`gkdesk …` run in the test's own process, as the command-line tests call it."""
from __future__ import annotations

from gkdesk.cli import main


def run(capsys, *argv, today: str | None = None) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `gkdesk [--today today] ARGV`; arguments may be paths or numbers."""
    code = main([*(["--today", today] if today else []), *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def ok(capsys, *argv, today: str | None = None) -> str:
    """stdout of a command that must succeed (its stderr is the failure's message)."""
    code, out, err = run(capsys, *argv, today=today)
    assert code == 0, err
    return out
