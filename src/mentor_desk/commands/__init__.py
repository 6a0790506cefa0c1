"""Headless subcommands of `mentor-desk`, one module per area, registered by cli.py."""
