"""Mentor Desk: the desktop app of a school's mentoring coordinator."""

# A static string: reading the installed metadata (importlib.metadata) cost 80 ms of every
# start-up. tests/cli/test_version.py keeps it equal to pyproject.toml's version.
__version__ = "0.1.0"

APP_NAME = "Mentor Desk"
