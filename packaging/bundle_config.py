"""What goes into the PyInstaller bundle: names, version, data files, exclusions (shared by the spec, build.py and tests).

Plain Python with no PyInstaller import, so that the fast tests can check it without building.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
SRC = ROOT / "src"
RESOURCES = ROOT / "resources"
MIGRATIONS = SRC / "mentor_desk" / "db" / "migrations"
ICONS = RESOURCES / "icons"
ENTRY_SCRIPT = ROOT / "packaging" / "entry.py"
RUNTIME_HOOK = ROOT / "packaging" / "rthook_no_bytecode.py"
HOOKS_DIR = ROOT / "packaging" / "hooks"
# Qt modules whose PyInstaller hooks are overridden in packaging/hooks to drop unused plugins.
FILTERED_QT_HOOKS = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtNetwork", "QtPrintSupport", "QtDBus")

APP_ID = "ru.mentordesk.MentorDesk"  # AppStream component id
# Desktop entry and icon name: equals QGuiApplication.setDesktopFileName() in ui/application.py,
# so that Wayland and X11 docks match the window to its menu entry and icon.
DESKTOP_ID = "mentor-desk"
DISPLAY_NAME = "Mentor Desk"
PUBLISHER = "Mentor Desk team"
# The user's data folder (%LOCALAPPDATA%\MentorDesk, ~/.local/share/MentorDesk): never touched by
# an installer or uninstaller.
DATA_FOLDER_NAME = "MentorDesk"

# Qt translations: the app is Russian only; English is Qt's built-in source language.
QT_TRANSLATION_LANGUAGES = ("ru",)

# Qt modules the app never uses. PyInstaller only collects what is imported, so this list is a
# guard: an accidental import (e.g. through a library's optional feature) must not drag
# hundreds of megabytes of QML, WebEngine or multimedia into a school PC's install.
# QtNetwork is here because PySide6/__init__ makes PyInstaller see it (and with it Kerberos and
# OpenSSL copies, about 6 MB); the app works offline. A test fails if src/ starts importing one.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets",
    "QtWebView", "QtXml",
)  # fmt: skip

EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in EXCLUDED_QT_MODULES),
    # Other Qt bindings: PyInstaller refuses to bundle two, and the app uses PySide6 only.
    "PyQt5", "PyQt6", "PySide2",
    # Standard library and build-only tools that the app never imports at run time.
    "tkinter", "_tkinter", "turtledemo", "idlelib", "lib2to3", "ensurepip", "pydoc_data",
    # Development tools that may sit in the build environment.
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "IPython",
    "numpy", "matplotlib",
    # Pillow is needed (reportlab imports it), but not its AVIF and WebP codecs, FreeType text,
    # colour management or Tk bridge (about 10 MB of libraries). Pillow treats each missing
    # module as an unsupported feature; PNG, JPEG and GIF stay.
    "PIL._avif", "PIL._webp", "PIL._imagingft", "PIL._imagingcms", "PIL._imagingtk", "PIL.ImageTk",
    "readline",
    # The bundle is for a school PC on SQLite. A district's PostgreSQL install uses pip with the
    # `postgres` extra; its drivers (10 MB of libpq, Kerberos, OpenSSL) stay out of the bundle.
    "psycopg", "psycopg_binary", "psycopg_c", "psycopg2", "MySQLdb", "pysqlite2",
)  # fmt: skip

# Modules imported only by files Alembic loads by path (env.py and the migration scripts).
HIDDEN_IMPORTS = (
    "mentor_desk.db.models",
    "alembic.op",
    "alembic.context",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "sqlalchemy.dialects.sqlite",
)

# Third-party packages that read data files from their own folder at run time (PyInstaller
# collects code only): python-docx's default template, pymorphy3's dictionaries, pytrovich's rules.
DATA_PACKAGES = ("docx", "docxtpl", "pymorphy3", "pymorphy3_dicts_ru", "icalendar")


def importable(package: str) -> bool:
    """Whether the build environment has `package` (optional data packages are collected only then)."""
    from importlib.util import find_spec

    return find_spec(package) is not None


def package_modules(package_dir: Path = SRC / "mentor_desk") -> list[str]:
    """Every module of the app, for PyInstaller's hidden imports.

    The CLI imports its command modules by name (`importlib.import_module`) and the window
    imports tabs and dialogs when first shown, so PyInstaller's import scan misses them
    (TRAPS.md #8). Listing the whole package keeps every such module in the bundle. The Alembic
    migrations stay out: Alembic loads them by path from data files.
    """
    root = package_dir.parent
    modules: list[str] = []
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        parts = rel.parts
        if "__pycache__" in parts or "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    return modules


# Large Qt plugin families a desktop window does not need (the window uses xcb on Linux,
# windows on Windows; offscreen is kept for headless smoke tests).
EXCLUDED_QT_PLUGIN_DIRS = (
    "egldeviceintegrations", "qmltooling", "sqldrivers", "designer", "networkinformation",
    "tls", "wayland-graphics-integration-server", "vectorimageformats", "generic",
)  # fmt: skip


@dataclass(frozen=True)
class ProjectInfo:
    name: str
    version: str
    description: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """Four numbers for the Windows version resource ("1.2.3rc1" -> (1, 2, 3, 0))."""
        numbers: list[int] = []
        for part in self.version.split(".")[:4]:
            digits = ""
            for ch in part:
                if not ch.isdigit():
                    break
                digits += ch
            numbers.append(int(digits or 0))
        while len(numbers) < 4:
            numbers.append(0)
        return numbers[0], numbers[1], numbers[2], numbers[3]


def project_info(pyproject: Path = PYPROJECT) -> ProjectInfo:
    with pyproject.open("rb") as fh:
        project = tomllib.load(fh)["project"]
    return ProjectInfo(name=project["name"], version=project["version"], description=project["description"])


def unmet_requirements(pyproject: Path = PYPROJECT) -> list[str]:
    """pyproject dependencies the building interpreter does not satisfy (e.g. a Qt binding pinned away)."""
    from importlib.metadata import PackageNotFoundError, version

    from packaging.requirements import Requirement

    with pyproject.open("rb") as fh:
        dependencies = tomllib.load(fh)["project"]["dependencies"]
    problems = []
    for spec in dependencies:
        req = Requirement(spec)
        if req.marker is not None and not req.marker.evaluate():
            continue
        try:
            installed = version(req.name)
        except PackageNotFoundError:
            problems.append(f"{req.name}: не установлен")
            continue
        if not req.specifier.contains(installed, prereleases=True):
            problems.append(f"{req.name} {installed}: нужна версия {req.specifier}")
    return problems


def data_files() -> list[tuple[str, str]]:
    """(source, folder inside the bundle) pairs: resources and the Alembic migrations, as files."""
    datas: list[tuple[str, str]] = []
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            rel = path.parent.relative_to(RESOURCES)
            datas.append((str(path), str(Path("mentor_desk", "resources", rel))))
    # Alembic loads env.py and versions/*.py by path, so they must exist as source files.
    for path in sorted(MIGRATIONS.rglob("*.py")):
        if "__pycache__" not in path.parts:
            rel = path.parent.relative_to(MIGRATIONS)
            datas.append((str(path), str(Path("mentor_desk", "db", "migrations", rel))))
    return datas


# Single plugins left out: the GTK3 theme (needs GTK from the system anyway and would drag
# cairo/pango/gdk-pixbuf copies into the bundle), framebuffer/EGL/VNC platforms, and image
# formats the app never reads. Names without "lib" prefix and extension (Linux and Windows).
EXCLUDED_QT_PLUGINS = (
    "qgtk3", "qeglfs", "qminimalegl", "qlinuxfb", "qvnc", "qvkkhrdisplay", "qdirect2d",
    "qtiff", "qwebp", "qicns", "qtga", "qwbmp", "qpdf",
)  # fmt: skip


# System libraries PyInstaller copies along with Qt's D-Bus support: the copy of libdbus drags in
# libsystemd and libgcrypt. Every desktop Linux has them (the .deb depends on libdbus-1-3), and
# mixing a bundled libsystemd with the system's D-Bus daemon gains nothing.
EXCLUDED_SYSTEM_LIBRARIES = (
    "libdbus-1.so.3", "libsystemd.so.0", "libgcrypt.so.20", "libgpg-error.so.0", "liblz4.so.1",
    "libcap.so.2",
)  # fmt: skip


def _plugin_stem(name: str) -> str:
    stem = name.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_collected(dest: str) -> bool:
    """Filter for PyInstaller's TOC entries: drop Qt translations in other languages and unused plugins."""
    parts = Path(dest).parts
    if len(parts) == 1 and parts[0] in EXCLUDED_SYSTEM_LIBRARIES:
        return False
    if "translations" in parts and dest.endswith(".qm"):
        stem = Path(dest).stem
        return any(stem.endswith(f"_{lang}") for lang in QT_TRANSLATION_LANGUAGES)
    if "plugins" in parts:
        idx = parts.index("plugins")
        if idx + 1 < len(parts) and parts[idx + 1] in EXCLUDED_QT_PLUGIN_DIRS:
            return False
        if _plugin_stem(parts[-1]) in EXCLUDED_QT_PLUGINS:
            return False
    return True


def filter_hook_files(files: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(source, destination folder) pairs from a Qt hook, minus what keep_collected drops.

    Filtering in the hook (packaging/hooks/) rather than after Analysis matters: PyInstaller
    then never sees the dropped plugins, so it never collects the libraries they link to.
    """
    return [(src, dest) for src, dest in files if keep_collected(str(Path(dest, Path(src).name)))]


def dist_info_text(info: ProjectInfo) -> str:
    """METADATA of a minimal dist-info, so importlib.metadata.version() works inside the bundle."""
    return f"Metadata-Version: 2.1\nName: {info.name}\nVersion: {info.version}\nSummary: {info.description}\n"


def write_dist_info(folder: Path, info: ProjectInfo) -> Path:
    dist_info = folder / f"{info.name.replace('-', '_')}-{info.version}.dist-info"
    dist_info.mkdir(parents=True, exist_ok=True)
    (dist_info / "METADATA").write_text(dist_info_text(info), encoding="utf-8")
    return dist_info


def version_file_text(info: ProjectInfo, exe_name: str) -> str:
    """A PyInstaller version file (Windows VERSIONINFO resource) for the given version."""
    v = info.version_tuple
    return f"""# Generated from pyproject.toml by packaging/bundle_config.py; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={v!r},
    prodvers={v!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '041904B0',
        [StringStruct('CompanyName', {PUBLISHER!r}),
         StringStruct('FileDescription', {DISPLAY_NAME!r}),
         StringStruct('FileVersion', {info.version!r}),
         StringStruct('InternalName', {info.name!r}),
         StringStruct('LegalCopyright', 'MIT License'),
         StringStruct('OriginalFilename', {exe_name!r}),
         StringStruct('ProductName', {DISPLAY_NAME!r}),
         StringStruct('ProductVersion', {info.version!r})])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0419, 1200])])
  ]
)
"""


def write_version_file(path: Path, info: ProjectInfo, exe_name: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(info, exe_name), encoding="utf-8")
    return path
