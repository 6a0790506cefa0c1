"""The PyInstaller spec, executed with recording stand-ins for PyInstaller's build classes (no real build)."""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import bundle_config as cfg
import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "mentor-desk.spec"


class Call:
    def __init__(self, kind: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        # What PyInstaller's Analysis exposes; the spec filters binaries and datas.
        self.scripts: list[Any] = []
        self.pure: list[Any] = []
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
            ("PySide6/Qt/plugins/qmltooling/libqmldbg_tcp.so", "/x/libqmldbg_tcp.so", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_ru.qm", "/x/qtbase_ru.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_fr.qm", "/x/qtbase_fr.qm", "DATA"),
        ]


def run_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str) -> list[Call]:
    calls: list[Call] = []

    def recorder(kind: str):
        def make(*args: Any, **kwargs: Any) -> Call:
            call = Call(kind, args, kwargs)
            calls.append(call)
            return call

        return make

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    collected: list[tuple[str, dict[str, Any]]] = []

    def collect_data_files(package: str, **kwargs: Any) -> list[tuple[str, str]]:
        collected.append((package, kwargs))
        return [(f"/site/{package}/petrovich-rules/rules.json", f"{package}/petrovich-rules")]

    hooks.collect_data_files = collect_data_files  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {
        "SPECPATH": str(SPEC.parent),
        "workpath": str(tmp_path / "work"),
        "DISTPATH": str(tmp_path / "dist"),
        **{kind: recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    assert collected[0] == ("pytrovich", {"includes": ["petrovich-rules/*.json"]})
    # Data packages are collected whole, and only those the build environment has.
    assert [name for name, _ in collected[1:]] == [p for p in cfg.DATA_PACKAGES if cfg.importable(p)]
    return calls


def only(calls: list[Call], kind: str) -> list[Call]:
    return [c for c in calls if c.kind == kind]


def test_linux_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = cfg.project_info()
    calls = run_spec(tmp_path, monkeypatch, "linux")
    (analysis,) = only(calls, "Analysis")
    assert analysis.args[0] == [str(cfg.ENTRY_SCRIPT)]
    assert analysis.kwargs["pathex"] == [str(ROOT / "src")]
    assert analysis.kwargs["excludes"] == list(cfg.EXCLUDED_MODULES)
    hidden = analysis.kwargs["hiddenimports"]
    assert hidden[: len(cfg.HIDDEN_IMPORTS)] == list(cfg.HIDDEN_IMPORTS)
    # Modules loaded by name (CLI commands, lazily shown tabs) are collected (TRAPS.md #8).
    assert "mentor_desk.commands.core" in hidden and "mentor_desk.ui.main_window" in hidden
    assert analysis.kwargs["hookspath"] == [str(ROOT / "packaging" / "hooks")]
    assert [Path(p).is_file() for p in analysis.kwargs["runtime_hooks"]] == [True]
    datas = analysis.kwargs["datas"]
    assert set(cfg.data_files()) <= set(datas)
    dist_info = [(src, dest) for src, dest in datas if dest.endswith(".dist-info")]
    assert dist_info == [(str(tmp_path / "work" / "metadata" / dest), dest) for _, dest in dist_info]
    assert dist_info[0][1] == f"mentor_desk-{info.version}.dist-info"
    assert f"Version: {info.version}" in (Path(dist_info[0][0]) / "METADATA").read_text(encoding="utf-8")

    (exe,) = only(calls, "EXE")
    assert exe.kwargs["name"] == info.name
    assert exe.kwargs["console"] is False  # windowed
    assert exe.kwargs["upx"] is False and exe.kwargs["strip"] is True
    assert exe.kwargs["exclude_binaries"] is True  # one-folder
    (collect,) = only(calls, "COLLECT")
    assert collect.kwargs["name"] == info.name
    binaries, collected_datas = collect.args[1], collect.args[2]
    assert [b[0] for b in binaries] == ["PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert [d[0] for d in collected_datas] == ["PySide6/Qt/translations/qtbase_ru.qm"]


def test_windows_spec(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = cfg.project_info()
    calls = run_spec(tmp_path, monkeypatch, "win32")
    gui, cli = only(calls, "EXE")
    assert (gui.kwargs["name"], gui.kwargs["console"]) == (info.name, False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == (f"{info.name}-cli", True)
    for exe in (gui, cli):
        assert exe.kwargs["icon"] == str(ROOT / "resources" / "icons" / "mentor-desk.ico")
        assert exe.kwargs["strip"] is False  # strip breaks Windows DLLs
        version_file = Path(exe.kwargs["version"])
        assert f"StringStruct('ProductVersion', '{info.version}')" in version_file.read_text(encoding="utf-8")
    (collect,) = only(calls, "COLLECT")
    assert collect.args[:2] == (gui, cli)


def test_spec_refuses_an_environment_pyproject_does_not_allow(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        cfg, "unmet_requirements", lambda: ["PySide6-Essentials 6.12.0: нужна версия <6.12,>=6.8"]
    )
    with pytest.raises(SystemExit, match=r"PySide6-Essentials 6\.12\.0"):
        run_spec(tmp_path, monkeypatch, "linux")
