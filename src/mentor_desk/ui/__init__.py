"""The PySide6 desktop interface of the coordinator: main window, tabs, dialogs, models."""
