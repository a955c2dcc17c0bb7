"""惠民补贴公示: the list of publicity batches, one batch, its import and its dialogs."""
