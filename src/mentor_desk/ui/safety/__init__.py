"""Data safety in the window: automatic backups, the backups and restore dialog."""
