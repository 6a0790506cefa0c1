"""The Inno Setup script: per-user install without admin rights, Start-menu shortcut, data folder never removed.

Inno Setup cannot run here; the script is parsed as INI-like sections and checked line by line.
"""

from __future__ import annotations

import re
from pathlib import Path

import bundle_config as cfg

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "packaging" / "windows" / "mentor-desk.iss"


def sections() -> dict[str, list[str]]:
    result: dict[str, list[str]] = {"": []}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            result.setdefault(current, [])
        else:
            result[current].append(line)
    return result


def setup_directives() -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections()["Setup"])


def entry_params(line: str) -> dict[str, str]:
    return {
        k.strip(): v.strip().strip('"') for k, v in (p.split(":", 1) for p in line.split("; ") if ":" in p)
    }


def test_per_user_without_admin_rights() -> None:
    setup = setup_directives()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    assert setup["DefaultDirName"].startswith("{userpf}\\")
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"


def test_program_folder_is_not_the_data_folder() -> None:
    setup = setup_directives()
    assert cfg.DATA_FOLDER_NAME not in setup["DefaultDirName"].replace(" ", "")
    assert "{localappdata}" not in setup["DefaultDirName"]


def test_uninstaller_keeps_user_data() -> None:
    parsed = sections()
    assert "UninstallDelete" not in parsed
    assert "UninstallRun" not in parsed
    text = ISS.read_text(encoding="utf-8")
    code_lines = [line for line in text.splitlines() if not line.strip().startswith(";")]
    assert not [line for line in code_lines if cfg.DATA_FOLDER_NAME in line or "{localappdata}" in line]
    # [InstallDelete] only cleans inside the program folder.
    for line in parsed.get("InstallDelete", []):
        assert entry_params(line)["Name"].startswith("{app}\\")


def test_start_menu_shortcut_to_windowed_program() -> None:
    icons = [entry_params(line) for line in sections()["Icons"]]
    start_menu = [i for i in icons if i["Name"].startswith("{autoprograms}\\")]
    assert len(start_menu) == 1 and "Tasks" not in start_menu[0]
    assert start_menu[0]["Filename"] == "{app}\\{#AppExeName}"
    assert '#define AppExeName "mentor-desk.exe"' in ISS.read_text(encoding="utf-8")
    assert cfg.project_info().name + ".exe" == "mentor-desk.exe"


def test_files_come_from_the_bundle_and_version_from_its_resource() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert '#define BundleDir AddBackslash(SourcePath) + "..\\..\\dist\\mentor-desk"' in text
    assert 'GetStringFileInfo(BundleDir + "\\" + AppExeName, "ProductVersion")' in text
    (files,) = sections()["Files"]
    params = entry_params(files)
    assert params["Source"] == "{#BundleDir}\\*" and params["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(params["Flags"].split())
    setup = setup_directives()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert (
        ISS.parent / setup["SetupIconFile"].replace("\\", "/")
    ).resolve() == ROOT / "resources/icons/mentor-desk.ico"
    # AppId is a fixed GUID ({{ escapes the brace in Inno Setup).
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])


def test_russian_wizard() -> None:
    (language,) = sections()["Languages"]
    assert entry_params(language)["MessagesFile"] == "compiler:Languages\\Russian.isl"
