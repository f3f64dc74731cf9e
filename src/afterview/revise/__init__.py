"""`afterview revise`: an interactive session that adjusts drafts and re-checks every version."""
