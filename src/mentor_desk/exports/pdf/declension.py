"""Where the PDF writers found declension before it moved to the domain (used by every writer)."""

from mentor_desk.domain.declension import Case, decline_name, decline_phrase, full_position, guess_gender

__all__ = ["Case", "decline_name", "decline_phrase", "full_position", "guess_gender"]
