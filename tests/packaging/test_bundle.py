"""The real PyInstaller bundle (and .deb): minutes of work, so only with MENTOR_DESK_TEST_BUNDLE=1.

    MENTOR_DESK_TEST_BUNDLE=1 pytest tests/packaging/test_bundle.py          # build + smoke test
    MENTOR_DESK_TEST_BUNDLE=1 MENTOR_DESK_TEST_DEB=1 pytest ...               # + .deb install (root, apt)

MENTOR_DESK_BUNDLE_PREBUILT=1 skips the build and tests dist/mentor-desk as it is.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import bundle_config as cfg
import pytest
import smoke_test

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    os.environ.get("MENTOR_DESK_TEST_BUNDLE") != "1",
    reason="set MENTOR_DESK_TEST_BUNDLE=1 to build the bundle",
)


@pytest.fixture(scope="module")
def bundle() -> Path:
    if os.environ.get("MENTOR_DESK_BUNDLE_PREBUILT") != "1":
        subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "build.py")], check=True, cwd=ROOT, timeout=3600
        )
    folder = smoke_test.default_bundle()
    assert smoke_test.bundle_executable(folder).is_file()
    return folder


def test_bundle_passes_the_smoke_test(bundle: Path) -> None:
    assert smoke_test.main(["--bundle", str(bundle)]) == 0


@pytest.mark.skipif(
    os.environ.get("MENTOR_DESK_TEST_DEB") != "1" or shutil.which("apt-get") is None or os.geteuid() != 0,
    reason="installing the .deb needs MENTOR_DESK_TEST_DEB=1, apt-get and root",
)
def test_deb_installs_runs_and_removes(bundle: Path) -> None:
    import build_deb

    info = cfg.project_info()
    deb = build_deb.build_deb(bundle, ROOT / "dist")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "install", "-y", str(deb)], check=True, env=env, timeout=900)
    try:
        installed = Path("/usr/bin/mentor-desk")
        assert installed.resolve() == Path("/opt/mentor-desk") / info.name
        assert smoke_test.main(["--app", str(installed)]) == 0
    finally:
        subprocess.run(["apt-get", "remove", "-y", info.name], check=True, env=env, timeout=900)
    assert not Path("/opt/mentor-desk").exists()
    assert not Path("/usr/bin/mentor-desk").exists()
