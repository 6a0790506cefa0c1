"""The site section in a real headless Chromium: it renders, prints cleanly, needs no network."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentor_desk.services.container import Services
from mentor_desk.services.site import write_site

SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium); the page is checked without it")


def run(browser: str, profile: Path, *args: str) -> None:
    result = subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args],
                            capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_demo_site_renders_and_prints_in_chromium(demo_services: Services, tmp_path: Path) -> None:
    browser = chromium()
    target = tmp_path / "site"
    data = write_site(demo_services, target)
    page = (target / "index.html").as_uri()
    shot = tmp_path / "site.png"
    printed = tmp_path / "site.pdf"

    run(browser, tmp_path / "profile", "--window-size=1280,1900", f"--screenshot={shot}", page)
    run(browser, tmp_path / "profile", "--no-pdf-header-footer", f"--print-to-pdf={printed}", page)

    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 50_000
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(printed)).pages)
    assert "Целевая модель наставничества" in text and "Куратор наставничества" in text
    assert data.mentors[0].name in " ".join(text.split())
    # Printed without the navigation bar: its «Формы и программы» link does not print, the heading does.
    assert text.count("Формы и программы") == 1
    assert "documents/polozhenie-o-nastavnichestve.pdf" in text  # links print with their file
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, SCREENSHOTS / "site-index.png")
