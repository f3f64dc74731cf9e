"""Ways to show a DraftRun: text, markdown, JSON (SPEC 7), .eml; and the schedule."""
