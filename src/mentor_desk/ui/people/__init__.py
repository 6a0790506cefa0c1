"""The participants area: the tab, its model, the person, import and consent dialogs."""
