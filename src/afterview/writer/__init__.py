"""Writers that turn a planned message into a draft."""
