"""Readers of files people bring in: staff and class lists, district templates."""
