"""The ИОМ area: the tab, the roadmap model and the ИОМ dialogs."""
