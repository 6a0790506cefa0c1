"""Entry point of the PyInstaller bundle: the same `main` as the `mentor-desk` script."""

import sys

from mentor_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
