"""Entry point for `python -m mentor_desk` and the `mentor-desk` script."""

import sys


def main() -> int:
    from mentor_desk.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
