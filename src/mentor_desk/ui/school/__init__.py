"""The school's settings and reference data (справочники) dialogs."""
