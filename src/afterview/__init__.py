"""afterview: turn interview notes into follow-up drafts worth sending, and check them."""

__version__ = "0.1.0"
