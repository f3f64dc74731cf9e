"""The notes file: its model, and the loader that turns a file into it or into located errors."""
