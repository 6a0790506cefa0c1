"""The district server: connecting to it, and the methodist's window over every school."""
