"""Mentor Desk: the desktop app of a school's mentoring coordinator."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mentor-desk")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.1.0"

APP_NAME = "Mentor Desk"
