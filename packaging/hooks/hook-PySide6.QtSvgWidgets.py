"""Overrides PyInstaller's hook for PySide6.QtSvgWidgets: the same files minus unused Qt plugins and translations."""

import bundle_config as cfg  # on sys.path: the spec adds packaging/
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = cfg.filter_hook_files(binaries)
datas = cfg.filter_hook_files(datas)
