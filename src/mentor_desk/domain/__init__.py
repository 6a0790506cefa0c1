"""Pure domain layer: enums, records and rules. No Qt, no SQLAlchemy."""
