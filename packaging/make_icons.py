"""Render the app icon's PNG sizes and the Windows .ico from resources/icons/mentor-desk.svg.

A build-time tool (needs `rsvg-convert` from librsvg2-bin and ImageMagick's `convert`); the
results are committed, so building the app does not need either tool.

    python packaging/make_icons.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "mentor-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Windows uses 16..48 in lists and the taskbar, 256 in large views; 256 is stored as PNG in the .ico.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"mentor-desk-{size}.png"


def ico_path() -> Path:
    return ICONS / "mentor-desk.ico"


def render_png(size: int) -> Path:
    target = png_path(size)
    subprocess.run(
        ["rsvg-convert", "--width", str(size), "--height", str(size), "--output", str(target), str(SOURCE)],
        check=True,
    )
    # Drop timestamps so that re-running the tool does not change committed bytes.
    subprocess.run(["convert", str(target), "-strip", f"PNG32:{target}"], check=True)
    return target


def render_ico() -> Path:
    target = ico_path()
    subprocess.run(["convert", *[str(png_path(s)) for s in ICO_SIZES], "-strip", str(target)], check=True)
    return target


def main() -> int:
    missing = [tool for tool in ("rsvg-convert", "convert") if shutil.which(tool) is None]
    if missing:
        print(
            f"Не найдены программы: {', '.join(missing)} (apt-get install librsvg2-bin imagemagick)",
            file=sys.stderr,
        )
        return 1
    for size in PNG_SIZES:
        print(render_png(size).relative_to(ROOT))
    print(render_ico().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
