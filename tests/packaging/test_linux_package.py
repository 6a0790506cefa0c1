"""Linux packaging: .desktop file, AppStream metainfo, icons, and the .deb layout built from a stand-in bundle."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import build_deb
import bundle_config as cfg
import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{cfg.DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{cfg.APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_starts_the_installed_program() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "mentor-desk"  # /usr/bin/mentor-desk from the .deb
    assert entry["Icon"] == cfg.DESKTOP_ID
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert "наставничеств" in entry["Comment[ru]"].lower()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_matches_desktop_file_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == cfg.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "mentor-desk"
    releases = [r.get("version") for r in root.findall("releases/release")]
    assert releases[0] == cfg.project_info().version, "add a <release> for the pyproject version"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_sizes() -> None:
    svg = ET.parse(ICONS / "mentor-desk.svg").getroot()
    assert svg.get("viewBox") == "0 0 256 256"
    for size in build_deb.HICOLOR_SIZES:
        assert png_size(ICONS / f"mentor-desk-{size}.png") == (size, size)
    data = (ICONS / "mentor-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h = struct.unpack("<BB", data[6 + 16 * i : 8 + 16 * i])
        sizes.add((w or 256, h or 256))  # 0 means 256 in an ICO directory
    assert {(s, s) for s in (16, 24, 32, 48, 256)} <= sizes


def test_control_file() -> None:
    info = cfg.project_info()
    text = build_deb.control_text(info, "amd64", 12345, "2.36")
    fields = dict(line.split(": ", 1) for line in text.splitlines() if line and not line.startswith(" "))
    assert fields["Package"] == info.name and fields["Version"] == info.version
    assert fields["Installed-Size"] == "12345"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert depends[0] == "libc6 (>= 2.36)"
    for lib in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
                "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1", "libdbus-1-3"):  # fmt: skip
        assert lib in depends


def fake_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "mentor_desk").mkdir(parents=True)
    program = bundle / cfg.project_info().name
    program.write_text("#!/bin/sh\necho stand-in\n")
    program.chmod(0o700)
    lib = bundle / "_internal" / "libpython3.11.so.1.0"
    lib.write_bytes(b"\x7fELF")
    lib.chmod(0o775)
    (bundle / "_internal" / "mentor_desk" / "data.json").write_text("{}")
    return bundle


def test_staged_tree(tmp_path: Path) -> None:
    info = cfg.project_info()
    staging = build_deb.stage(fake_bundle(tmp_path), tmp_path / "stage", info, "amd64")
    program = staging / "opt" / "mentor-desk" / info.name
    assert stat.S_IMODE(program.stat().st_mode) == 0o755
    assert stat.S_IMODE((staging / "opt/mentor-desk/_internal/libpython3.11.so.1.0").stat().st_mode) == 0o644
    assert stat.S_IMODE((staging / "opt/mentor-desk/_internal/mentor_desk/data.json").stat().st_mode) == 0o644
    link = staging / "usr" / "bin" / "mentor-desk"
    assert link.is_symlink() and os.readlink(link) == f"/opt/mentor-desk/{info.name}"
    assert (staging / "usr/share/applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (staging / "usr/share/metainfo" / METAINFO.name).is_file()
    for size in build_deb.HICOLOR_SIZES:
        icon = staging / f"usr/share/icons/hicolor/{size}x{size}/apps/{cfg.DESKTOP_ID}.png"
        assert png_size(icon) == (size, size)
    assert (staging / f"usr/share/icons/hicolor/scalable/apps/{cfg.DESKTOP_ID}.svg").is_file()
    control = (staging / "DEBIAN" / "control").read_text(encoding="utf-8")
    assert f"Package: {info.name}\n" in control
    # Nothing of the user's data folder is ever part of the package.
    assert not [p for p in staging.rglob("*") if p.name == cfg.DATA_FOLDER_NAME or ".local" in p.parts]


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not available")
def test_deb_from_stand_in_bundle(tmp_path: Path) -> None:
    info = cfg.project_info()
    deb = build_deb.build_deb(fake_bundle(tmp_path), tmp_path / "out", staging_root=tmp_path / "staging")
    arch = build_deb.debian_arch()
    assert deb.name == f"{info.name}_{info.version}_{arch}.deb"

    def field(name: str) -> str:
        return subprocess.run(
            ["dpkg-deb", "--field", str(deb), name], capture_output=True, text=True, check=True
        ).stdout.strip()

    assert field("Package") == info.name and field("Version") == info.version
    assert "libxcb-cursor0" in field("Depends")
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "root/root" in listing and f"./opt/mentor-desk/{info.name}" in listing
    assert f"./usr/bin/mentor-desk -> /opt/mentor-desk/{info.name}" in listing
    assert f"./usr/share/applications/{DESKTOP.name}" in listing


def test_window_reports_the_desktop_file_name() -> None:
    """Wayland docks find the menu entry and icon by QGuiApplication.desktopFileName()."""
    application = ROOT / "src" / "mentor_desk" / "ui" / "application.py"
    if not application.exists():
        pytest.skip("the GUI is not in this tree yet")
    names = re.findall(r"setDesktopFileName\(\s*[\"']([^\"']+)[\"']", application.read_text(encoding="utf-8"))
    assert names == [cfg.DESKTOP_ID]
