"""Notes as people jot them, in Markdown: read into the same model as YAML, and written back without loss."""
