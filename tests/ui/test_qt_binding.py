"""The Qt binding must not steal references to None/True/False: PySide6 6.12.0 does on Python 3.11.

Reproduced here: each Python call of a void Qt method (QWidget.setEnabled, QLabel.setText, …)
drops one reference to None without taking it; the GUI aborted with «Fatal Python error:
none_dealloc» after about 550 ИОМ selections. PySide6 6.11.3 on the same Python is fine, and on
Python 3.12+ None is immortal, so either pin PySide6-Essentials < 6.12 or require Python >= 3.12.
"""

from __future__ import annotations

import sys

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QLabel, QWidget


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal on Python 3.12+")
def test_void_qt_calls_keep_none_alive(qapp: object) -> None:
    widget = QWidget()
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
        label.setText("проверка")
    lost = before - sys.getrefcount(None)
    assert lost < 100, (
        f"PySide6 {pyside_version} on Python {sys.version.split()[0]} lost {lost} references to None in 4000 "
        "calls: the GUI will abort with «deallocating None». Pin PySide6-Essentials<6.12 or use Python 3.12+."
    )
