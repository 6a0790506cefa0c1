"""PDF documents to print and sign: ИОМ with its roadmap, orders on pairs (reportlab)."""

from mentor_desk.exports.pdf.iom import sort_ioms, write_iom_pdf
from mentor_desk.exports.pdf.layout import Cancelled
from mentor_desk.exports.pdf.order import write_order_pdf

__all__ = ["Cancelled", "sort_ioms", "write_iom_pdf", "write_order_pdf"]
