"""The school website's «Наставничество» section: a static folder (HTML, CSS, PDF documents)."""

from mentor_desk.exports.site.folder import SITE_MARKER, replace_folder
from mentor_desk.exports.site.html import write_index

__all__ = ["SITE_MARKER", "replace_folder", "write_index"]
