"""PyInstaller runtime hook: never write __pycache__ into the install folder.

Alembic loads the migration scripts by path; without this, Python would try to write .pyc
files next to them inside the (possibly read-only) program folder.
"""

import sys

sys.dont_write_bytecode = True
