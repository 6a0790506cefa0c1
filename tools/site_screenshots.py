"""Pictures for README: the demo school's website section (headless Chromium) and a DOCX order as
LibreOffice Writer lays it out (soffice --headless --convert-to pdf, then pdftoppm).

    python tools/site_screenshots.py [docs/screenshots]

Needs chromium, LibreOffice Writer (Debian: libreoffice-writer-nogui) and poppler-utils.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, timeout=600)


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="mentor-desk-shots-") as tmp:
        work = Path(tmp)
        db = work / "demo.db"
        env_cmd = [python, "-m", "mentor_desk"]
        run(*env_cmd, "demo", str(db))
        run(*env_cmd, "site", "--db", str(db), "-o", str(work / "site"))
        browser = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
        run(browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            f"--user-data-dir={work / 'profile'}", "--window-size=1100,1500",
            f"--screenshot={out / 'site-index.png'}", (work / "site" / "index.html").as_uri())
        order = work / "приказ.docx"
        run(*env_cmd, "export", "order", "--db", str(db), "-o", str(order))
        run("soffice", "--headless", f"-env:UserInstallation={(work / 'lo').as_uri()}", "--convert-to", "pdf",
            "--outdir", str(work), str(order))
        run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(order.with_suffix(".pdf")),
            str(out / "docx-order"))
    print(out / "site-index.png")
    print(out / "docx-order.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
