"""The pairs area: the tab, its model, the pair, closing, meeting and order dialogs."""
