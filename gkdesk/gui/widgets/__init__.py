"""Small pieces every feature of the window uses (dates in date edits, save dialogs and background writes)."""
