"""What the PyInstaller bundle takes: name and version from pyproject, data files laid out as the app looks for them."""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import bundle_config as cfg
import pytest

from mentor_desk.db.migrate import head_revision

ROOT = Path(__file__).resolve().parents[2]


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)


def test_project_info_is_read_from_pyproject() -> None:
    project = pyproject()["project"]
    info = cfg.project_info()
    assert (info.name, info.version, info.description) == (
        project["name"],
        project["version"],
        project["description"],
    )


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("2.10", (2, 10, 0, 0)),
        ("3.4.5.6.7", (3, 4, 5, 6)),
    ],
)
def test_version_tuple_for_windows_resource(version: str, expected: tuple[int, int, int, int]) -> None:
    assert cfg.ProjectInfo("mentor-desk", version, "").version_tuple == expected


def _eval_version_file(text: str) -> dict:
    """Evaluate a PyInstaller version file the way PyInstaller does (eval over its classes), with recorders."""

    def recorder(kind: str):
        def make(*args: object, **kwargs: object) -> dict:
            return {"kind": kind, "args": args, **kwargs}

        return make

    names = [
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ]
    return eval(text, {name: recorder(name) for name in names})


def test_version_file_carries_pyproject_version(tmp_path: Path) -> None:
    info = cfg.project_info()
    path = cfg.write_version_file(tmp_path / "version_info.txt", info, "mentor-desk.exe")
    vs = _eval_version_file(path.read_text(encoding="utf-8"))
    assert vs["kind"] == "VSVersionInfo"
    assert vs["ffi"]["filevers"] == info.version_tuple == vs["ffi"]["prodvers"]
    table = vs["kids"][0]["args"][0][0]
    strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
    assert strings["ProductVersion"] == info.version == strings["FileVersion"]
    assert strings["ProductName"] == "Mentor Desk"
    assert strings["OriginalFilename"] == "mentor-desk.exe"
    # The language of the string table and the Translation entry must agree (Russian, Unicode).
    assert table["args"][0] == "041904B0"
    assert vs["kids"][1]["args"][0][0]["args"][1] == [0x0419, 1200]


def test_dist_info_makes_importlib_metadata_answer(tmp_path: Path) -> None:
    info = cfg.project_info()
    cfg.write_dist_info(tmp_path, info)
    found = {d.metadata["Name"]: d.version for d in importlib.metadata.distributions(path=[str(tmp_path)])}
    assert found == {info.name: info.version}


def _materialise(datas: list[tuple[str, str]], target: Path) -> None:
    for source, folder in datas:
        dest = target / folder
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest / Path(source).name)


def test_every_resource_and_migration_is_shipped() -> None:
    datas = cfg.data_files()
    shipped = {str(Path(folder) / Path(source).name) for source, folder in datas}
    for path in (ROOT / "resources").rglob("*"):
        if path.is_file():
            assert str(Path("mentor_desk/resources") / path.relative_to(ROOT / "resources")) in shipped
    migrations = ROOT / "src" / "mentor_desk" / "db" / "migrations"
    for path in migrations.rglob("*.py"):
        assert str(Path("mentor_desk/db/migrations") / path.relative_to(migrations)) in shipped
    assert not [s for s in shipped if "__pycache__" in s]
    # The wheel puts resources/ at the same place (pyproject force-include).
    force = pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["resources"] == "mentor_desk/resources"


def test_shipped_layout_is_what_the_app_reads(tmp_path: Path) -> None:
    """Lay the data files out as in the bundle and use the app's own lookups on them."""
    _materialise(cfg.data_files(), tmp_path)
    package = tmp_path / "mentor_desk"
    shutil.copy2(ROOT / "src" / "mentor_desk" / "resources.py", package / "resources.py")
    spec = importlib.util.spec_from_file_location("bundled_resources", package / "resources.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.resources_dir() == (package / "resources").resolve()
    assert module.load_json("reference", "defaults.json") == __import__("json").loads(
        (ROOT / "resources" / "reference" / "defaults.json").read_text(encoding="utf-8")
    )
    assert module.resource_path("icons", "mentor-desk-256.png").is_file()
    # Alembic finds the same head revision in the shipped copy of the migrations.
    assert head_revision(package / "db" / "migrations") == head_revision()


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_ru.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qt_help_ru.qm", True),
        ("PySide6/translations/qtbase_zh_CN.qm", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_server.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/plugins/imageformats/qtiff.dll", False),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("mentor_desk/resources/reference/defaults.json", True),
        ("libsystemd.so.0", False),
        ("libdbus-1.so.3", False),
        ("libsqlite3.so.0", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),
    ],
)
def test_collected_file_filter(dest: str, kept: bool) -> None:
    assert cfg.keep_collected(dest) is kept


def _qt_modules_used_by_app() -> set[str]:
    used: set[str] = set()
    for path in (ROOT / "src").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used.update(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import \(?([\w\s,]+)\)?", text):
            used.update(n.strip() for n in names.split(",") if n.strip().startswith("Qt"))
    return used


def test_excluded_qt_modules_are_the_unused_heavy_ones() -> None:
    excluded = set(cfg.EXCLUDED_QT_MODULES)
    assert {
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtQml",
        "QtQuick",
        "Qt3DCore",
        "QtMultimedia",
    } <= excluded
    assert not (_qt_modules_used_by_app() & excluded), "a module the app imports is excluded from the bundle"
    assert {"QtCore", "QtGui", "QtWidgets"}.isdisjoint(excluded)
    assert {f"PySide6.{m}" for m in excluded} <= set(cfg.EXCLUDED_MODULES)


def test_hidden_imports_exist() -> None:
    for name in cfg.HIDDEN_IMPORTS:
        assert importlib.util.find_spec(name) is not None, name


def test_modules_loaded_by_name_reach_the_bundle() -> None:
    """The CLI imports its command modules by name; PyInstaller cannot follow that (TRAPS.md #8).

    The bundle once failed `mentor-desk --help` with "No module named mentor_desk.commands".
    """
    from mentor_desk import cli

    collected = set(cfg.package_modules())
    for name in cli.COMMAND_MODULES:
        assert f"mentor_desk.commands.{name}" in collected, name
    every_module = {
        ".".join(path.relative_to(ROOT / "src").with_suffix("").parts).removesuffix(".__init__")
        for path in (ROOT / "src" / "mentor_desk").rglob("*.py")
        if "migrations" not in path.parts
    }
    assert every_module <= collected
    assert all(importlib.util.find_spec(name) is not None for name in collected)
    assert not any(".migrations" in name for name in collected), "migrations are data files, loaded by path"


def test_migration_imports_reach_the_bundle() -> None:
    """env.py and the versions are loaded by path, so PyInstaller cannot see their imports."""
    migrations = ROOT / "src" / "mentor_desk" / "db" / "migrations"
    covered = set(cfg.HIDDEN_IMPORTS) | {"sqlalchemy"}  # sqlalchemy: imported by the app itself
    for path in migrations.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    full = f"{node.module}.{alias.name}"
                    names.append(
                        full if importlib.util.find_spec(node.module) and _is_module(full) else node.module
                    )
            for name in names:
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top == "__future__":
                    continue
                assert name in covered, f"{path.name} imports {name}, not in HIDDEN_IMPORTS"


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def test_qt_hooks_are_overridden_with_the_filter() -> None:
    """Dropping plugins inside the hooks keeps PyInstaller from collecting the libraries they link to."""
    hooks = sorted(p.name for p in cfg.HOOKS_DIR.glob("hook-*.py"))
    assert hooks == sorted(f"hook-PySide6.{m}.py" for m in cfg.FILTERED_QT_HOOKS)
    for name in hooks:
        text = (cfg.HOOKS_DIR / name).read_text(encoding="utf-8")
        assert "add_qt6_dependencies(__file__)" in text
        assert "binaries = cfg.filter_hook_files(binaries)" in text
        assert "datas = cfg.filter_hook_files(datas)" in text
    # Every Qt module the app uses goes through a filtered hook.
    assert _qt_modules_used_by_app() <= set(cfg.FILTERED_QT_HOOKS)


def test_filter_hook_files() -> None:
    files = [
        ("/qt/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes"),
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("/qt/translations/qtbase_ja.qm", "PySide6/Qt/translations"),
        ("/qt/translations/qtbase_ru.qm", "PySide6/Qt/translations"),
    ]
    assert cfg.filter_hook_files(files) == [files[1], files[3]]


def _runtime_distributions() -> set[str]:
    """The installed distributions the app needs at run time: pyproject dependencies and theirs."""
    from packaging.requirements import Requirement

    def norm(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    seen: set[str] = set()
    todo = [Requirement(r) for r in pyproject()["project"]["dependencies"]]
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        name = norm(req.name)
        if name in seen:
            continue
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo.extend(Requirement(r) for r in requires)
    return seen


def test_excludes_spare_every_runtime_dependency() -> None:
    """reportlab imports PIL unconditionally: excluding it broke every PDF in the bundle once."""
    runtime = _runtime_distributions()
    assert {"reportlab", "pillow", "sqlalchemy", "alembic"} <= runtime
    owners = importlib.metadata.packages_distributions()
    for module in cfg.EXCLUDED_MODULES:
        if "." in module:
            continue  # parts of a package: Qt modules above, optional submodules below
        dists = {re.sub(r"[-_.]+", "-", d).lower() for d in owners.get(module, [])}
        assert not (dists & runtime), f"{module} belongs to a runtime dependency ({dists & runtime})"


def test_excluded_submodules_are_optional(tmp_path: Path) -> None:
    """With the excluded submodules missing, reportlab still reads images through Pillow."""
    blocked = [m for m in cfg.EXCLUDED_MODULES if "." in m and not m.startswith("PySide6.")]
    assert blocked
    script = f"""
import sys
from importlib.abc import MetaPathFinder
BLOCKED = {blocked!r}
class Block(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in BLOCKED:
            raise ModuleNotFoundError(name)
        return None
sys.meta_path.insert(0, Block())
from PIL import Image
Image.init()
from reportlab.lib.utils import ImageReader
reader = ImageReader({str(ROOT / "resources" / "icons" / "mentor-desk-64.png")!r})
assert reader.getSize() == (64, 64)
assert not any(name in sys.modules for name in BLOCKED)
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_unmet_requirements(tmp_path: Path) -> None:
    assert cfg.unmet_requirements() == []  # the environment running the tests has what pyproject asks
    fake = tmp_path / "pyproject.toml"
    fake.write_text(
        '[project]\nname = "x"\nversion = "1"\ndescription = ""\ndependencies = [\n'
        '  "SQLAlchemy<1.0",\n  "surely-not-installed-mentor-desk-dep>=1",\n'
        "  \"alembic>=1; python_version < '3.0'\",\n]\n",
        encoding="utf-8",
    )
    problems = cfg.unmet_requirements(fake)
    assert len(problems) == 2
    assert problems[0].startswith("SQLAlchemy 2.") and "<1.0" in problems[0]
    assert problems[1] == "surely-not-installed-mentor-desk-dep: не установлен"
