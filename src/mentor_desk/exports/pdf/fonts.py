"""The shipped serif family (Liberation Serif, OFL) registered once with reportlab and embedded."""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from mentor_desk.errors import UserError
from mentor_desk.resources import resource_path

FAMILY = "MentorSerif"
REGULAR = "MentorSerif"
BOLD = "MentorSerif-Bold"
ITALIC = "MentorSerif-Italic"
BOLD_ITALIC = "MentorSerif-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family once per process (thread-safe) and return the regular font's name.

    reportlab's base fonts have no Cyrillic and print Russian as black boxes without an error,
    and a canvas starts on Helvetica unless told otherwise (TRAPS.md #3), so the canvas base
    font is switched to the shipped family too.
    """
    global _registered
    with _lock:
        if not _registered:
            for name, file_name in _FILES.items():
                path = resource_path("fonts", file_name)
                try:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                except (OSError, TTFError) as exc:
                    raise UserError(
                        f"Не найден или повреждён шрифт «{file_name}» в папке программы ({path.parent}). "
                        "Переустановите программу."
                    ) from exc
            # <b>/<i> inside a Paragraph find the styles through the family's mappings.
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
            _registered = True
        rl_config.canvas_basefontname = REGULAR
    return REGULAR
