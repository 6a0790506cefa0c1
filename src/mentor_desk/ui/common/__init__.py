"""Widgets, models and helpers shared by every area of the window."""
