"""Forms compiled from ui/*.ui by `python -m gkdesk.gui.compile_forms` (`make forms`). Do not edit them."""
