"""The demo school: a complete fictional school generated from a seed."""
