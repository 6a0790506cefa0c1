"""Paragraph and table styles of the documents, built once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from mentor_desk.exports.pdf.fonts import BOLD, REGULAR, register_fonts

BODY_SIZE = 12
TABLE_SIZE = 10
GROUP_BACKGROUND = colors.HexColor("#E8E8E8")
HEADER_BACKGROUND = colors.HexColor("#F2F2F2")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_left: ParagraphStyle
    body_indent: ParagraphStyle
    item: ParagraphStyle
    school: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    roadmap_heading: ParagraphStyle
    approve: ParagraphStyle
    right: ParagraphStyle
    order_title: ParagraphStyle
    caption: ParagraphStyle
    signature: ParagraphStyle
    signature_center: ParagraphStyle
    annex_note: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    cell_group: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2, alignment=TA_JUSTIFY,
        spaceAfter=3,
    )
    # embeddedHyphenation: a compound like «флеш-наставничество» may break after its hyphen.
    cell = ParagraphStyle(
        "cell", fontName=REGULAR, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.15, alignment=TA_LEFT,
        embeddedHyphenation=1,
    )
    return Styles(
        body=body,
        body_left=ParagraphStyle("body_left", parent=body, alignment=TA_LEFT),
        body_indent=ParagraphStyle("body_indent", parent=body, firstLineIndent=12.5 * 2.83465),
        item=ParagraphStyle("item", parent=body, firstLineIndent=12.5 * 2.83465, spaceAfter=4),
        school=ParagraphStyle("school", parent=body, fontName=BOLD, alignment=TA_CENTER, spaceAfter=0),
        title=ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=14, leading=17, alignment=TA_CENTER, spaceAfter=2
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, spaceAfter=2),
        heading=ParagraphStyle(
            "heading", parent=body, fontName=BOLD, alignment=TA_LEFT, spaceBefore=8, spaceAfter=4, keepWithNext=1
        ),
        roadmap_heading=ParagraphStyle(
            "roadmap_heading", parent=body, fontName=BOLD, alignment=TA_LEFT, spaceBefore=8, spaceAfter=4
        ),
        approve=ParagraphStyle("approve", parent=body, alignment=TA_LEFT, spaceAfter=0),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
        order_title=ParagraphStyle("order_title", parent=body, fontName=BOLD, alignment=TA_LEFT, spaceAfter=0),
        caption=ParagraphStyle("caption", parent=body, fontSize=8, leading=9, alignment=TA_CENTER, spaceAfter=0),
        signature=ParagraphStyle("signature", parent=body, alignment=TA_LEFT, spaceAfter=0),
        signature_center=ParagraphStyle("signature_center", parent=body, alignment=TA_CENTER, spaceAfter=0),
        annex_note=ParagraphStyle("annex_note", parent=body, alignment=TA_LEFT, spaceAfter=0),
        cell=cell,
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=BOLD, fontSize=9.5, leading=11, alignment=TA_CENTER
        ),
        cell_group=ParagraphStyle("cell_group", parent=cell, fontName=BOLD, alignment=TA_LEFT),
        label=ParagraphStyle("label", parent=cell, fontSize=11, leading=13, fontName=BOLD),
        value=ParagraphStyle("value", parent=cell, fontSize=11, leading=13),
    )


@lru_cache(maxsize=1)
def plain_style() -> TableStyle:
    """A borderless layout table (headers, signature blocks)."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )

