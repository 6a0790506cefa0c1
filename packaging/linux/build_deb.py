"""Build dist/mentor-desk_VERSION_ARCH.deb from the PyInstaller bundle in dist/mentor-desk/.

The program goes to /opt/mentor-desk with a /usr/bin/mentor-desk symlink; the .desktop file,
AppStream metainfo and hicolor icons go to /usr/share. Debian's file triggers refresh the menu
and icon caches, so no maintainer scripts are needed. The user's data
(~/.local/share/MentorDesk) is never part of the package, so removing it leaves the data alone.

    python packaging/build.py            # the bundle first
    python packaging/linux/build_deb.py  # then this (needs dpkg-deb)
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import bundle_config as cfg  # noqa: E402

INSTALL_DIR = Path("opt") / "mentor-desk"
DESKTOP_FILE = HERE / f"{cfg.DESKTOP_ID}.desktop"
METAINFO_FILE = HERE / f"{cfg.APP_ID}.metainfo.xml"
MAINTAINER = os.environ.get("MENTOR_DESK_DEB_MAINTAINER", "Mentor Desk team <mentor-desk@example.org>")
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# Qt's xcb platform plugin and its OpenGL/font/D-Bus dependencies: the wheel does not bring
# them and PyInstaller deliberately leaves such system libraries out of the bundle.
QT_SYSTEM_DEPENDS = (
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
    "libxkbcommon-x11-0", "libxkbcommon0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3",
    "libglib2.0-0",
)  # fmt: skip


def glibc_version() -> str:
    """The C library the bundle was built against: the package needs at least this one."""
    value = os.confstr("CS_GNU_LIBC_VERSION") or "glibc 2.28"
    return value.split()[-1]


def debian_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()


def depends(libc: str) -> str:
    return ", ".join([f"libc6 (>= {libc})", *QT_SYSTEM_DEPENDS])


def control_text(info: cfg.ProjectInfo, arch: str, installed_kb: int, libc: str) -> str:
    return (
        f"Package: {info.name}\n"
        f"Version: {info.version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {depends(libc)}\n"
        "Section: education\n"
        "Priority: optional\n"
        f"Description: {cfg.DISPLAY_NAME} - school mentoring coordinator's desk\n"
        " Рабочее место куратора наставничества школы: участники, наставнические пары\n"
        " и группы, ИОМ молодых педагогов, приказы и встречи, реестры для управления\n"
        " образования (Excel) и документы на подпись (PDF). Работает без интернета.\n"
    )


def copyright_text(info: cfg.ProjectInfo) -> str:
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {info.name}\n\n"
        "Files: *\n"
        f"Copyright: 2025-2026 {cfg.PUBLISHER}\n"
        "License: MIT\n"
        " The bundled Python runtime, Qt (LGPL-3.0) and the Python libraries keep their own\n"
        " licenses; see the license files under /opt/mentor-desk/_internal.\n"
    )


def changelog_text(info: cfg.ProjectInfo, when: datetime | None = None) -> str:
    stamp = format_datetime(when or datetime.now(UTC))
    return (
        f"{info.name} ({info.version}) stable; urgency=low\n\n"
        f"  * Mentor Desk {info.version}, one-folder PyInstaller build.\n\n"
        f" -- {MAINTAINER}  {stamp}\n"
    )


def _is_shared_library(path: Path) -> bool:
    return path.name.endswith(".so") or ".so." in path.name


def _normalise_modes(root: Path) -> None:
    """0755 for folders and programs, 0644 for the rest, shared libraries included (no umask leaks in)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir() or (path.stat().st_mode & 0o111 and not _is_shared_library(path)):
            path.chmod(0o755)
        else:
            path.chmod(0o644)


def _folder_kb(root: Path) -> int:
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return (total + 1023) // 1024


def stage(bundle: Path, staging: Path, info: cfg.ProjectInfo, arch: str) -> Path:
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(bundle, staging / INSTALL_DIR, symlinks=True)
    usr_bin = staging / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / "mentor-desk").symlink_to(Path("/") / INSTALL_DIR / info.name)
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(METAINFO_FILE, share / "metainfo" / METAINFO_FILE.name)
    for size in HICOLOR_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(cfg.ICONS / f"mentor-desk-{size}.png", folder / f"{cfg.DESKTOP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(cfg.ICONS / "mentor-desk.svg", scalable / f"{cfg.DESKTOP_ID}.svg")
    doc = share / "doc" / info.name
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(info), encoding="utf-8")
    # gzip -n equivalent: no name or time stamp, so the same input gives the same bytes.
    (doc / "changelog.gz").write_bytes(gzip.compress(changelog_text(info).encode("utf-8"), mtime=0))
    debian = staging / "DEBIAN"
    debian.mkdir()
    _normalise_modes(staging)
    installed_kb = _folder_kb(staging)
    (debian / "control").write_text(control_text(info, arch, installed_kb, glibc_version()), encoding="utf-8")
    (debian / "control").chmod(0o644)
    return staging


def build_deb(bundle: Path, out_dir: Path, staging_root: Path | None = None) -> Path:
    info = cfg.project_info()
    if not (bundle / info.name).is_file():
        raise SystemExit(f"Нет собранной программы в «{bundle}»: сначала выполните python packaging/build.py")
    arch = debian_arch()
    root = staging_root or cfg.ROOT / "build" / "deb"
    staging = stage(bundle, root / f"{info.name}_{info.version}_{arch}", info, arch)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{info.name}_{info.version}_{arch}.deb"
    # xz, not zstd: older Debian-based systems (Astra Linux 1.7's dpkg) cannot read zstd members.
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", "-Zxz", str(staging), str(target)],
        check=True,
    )
    return target


def main() -> int:
    info = cfg.project_info()
    target = build_deb(cfg.ROOT / "dist" / info.name, cfg.ROOT / "dist")
    print(f"== {target} — {target.stat().st_size / 1_000_000:.1f} МБ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
