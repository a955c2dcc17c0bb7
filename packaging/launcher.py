"""The bundle's entry point: the same `gkdesk` command as the installed package."""
import sys

from gkdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
