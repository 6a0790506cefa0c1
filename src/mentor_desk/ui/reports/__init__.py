"""The overview and reports area."""
