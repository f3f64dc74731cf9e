"""`afterview batch`: many notes files at once, each into its own folder, with a summary."""
