"""Storage: SQLAlchemy models, the engine with its pragmas, migrations and file checks."""
