"""Charts drawn once with reportlab.graphics: a Drawing for the PDF, the same Drawing as SVG for
the window, so both show the same picture."""

from __future__ import annotations

import io

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from mentor_desk.domain.report_doc import ChartBlock
from mentor_desk.exports.pdf.fonts import BOLD, REGULAR, register_fonts

PALETTE = (colors.HexColor("#2E5A88"), colors.HexColor("#D98C2B"), colors.HexColor("#5B9A56"),
           colors.HexColor("#B0413E"), colors.HexColor("#7A5C99"), colors.HexColor("#4F9DA6"))
TARGET_COLOUR = colors.HexColor("#B0413E")


def _wrap(label: str, width: int = 16) -> str:
    """Long category names on two lines: «работодатель –\nученик»."""
    if len(label) <= width:
        return label
    cut = label.rfind(" ", 0, width + 1)
    return label if cut <= 0 else label[:cut] + "\n" + label[cut + 1:]


def chart_drawing(block: ChartBlock, width: float = 460, height: float = 220) -> Drawing:
    register_fonts()
    d = Drawing(width, height)
    # an opaque background: a window showing the SVG must not see through to its own colours
    d.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    d.add(String(width / 2, height - 14, block.title, fontName=BOLD, fontSize=11, textAnchor="middle"))
    if block.kind == "pie":
        _pie(d, block, width, height)
    elif block.kind == "hbar":
        _hbar(d, block, width, height)
    else:
        _bars(d, block, width, height)
    return d


def chart_svg(block: ChartBlock, width: float = 460, height: float = 220) -> bytes:
    """The chart as an SVG document (UTF-8)."""
    out = io.StringIO()
    renderSVG.drawToFile(chart_drawing(block, width, height), out)
    return out.getvalue().encode("utf-8")


def _bars(d: Drawing, block: ChartBlock, width: float, height: float) -> None:
    chart = VerticalBarChart()
    chart.x, chart.y = 50, 55
    chart.width, chart.height = width - 70, height - 95
    chart.data = [list(s) for s in block.series] or [[0]]
    chart.categoryAxis.categoryNames = [_wrap(x) for x in block.labels]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((v for s in block.series for v in s), default=0)
    chart.valueAxis.valueMax = max(1, top * 1.15)
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 5))
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    _legend(d, block, width)


def _hbar(d: Drawing, block: ChartBlock, width: float, height: float) -> None:
    chart = HorizontalBarChart()
    chart.x, chart.y = 165, 30
    chart.width, chart.height = width - 200, height - 70
    scale = 100 if block.percent else 1
    chart.data = [[v * scale for v in s] for s in block.series] or [[0]]
    chart.categoryAxis.categoryNames = list(block.labels)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100 if block.percent else max(1, max((v for s in block.series for v in s), default=1))
    chart.valueAxis.valueStep = 20 if block.percent else None
    chart.barLabelFormat = "%.0f %%" if block.percent else "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 12
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
        chart.bars[i].strokeColor = None
    d.add(chart)
    if block.target is not None:
        x = chart.x + chart.width * (block.target * scale) / chart.valueAxis.valueMax
        d.add(Line(x, chart.y - 4, x, chart.y + chart.height + 4, strokeColor=TARGET_COLOUR, strokeWidth=1.5,
                   strokeDashArray=[4, 2]))
        d.add(String(x + 3, chart.y + chart.height + 6, f"цель {block.target * scale:.0f} %", fontName=REGULAR,
                     fontSize=8, fillColor=TARGET_COLOUR))
    _legend(d, block, width)


def _pie(d: Drawing, block: ChartBlock, width: float, height: float) -> None:
    values = list(block.series[0]) if block.series else []
    pie = Pie()
    size = min(height - 50, width / 2 - 20)
    pie.x, pie.y = 30, 15
    pie.width = pie.height = size
    pie.data = [v for v in values if v > 0] or [1]
    shown = [lab for lab, v in zip(block.labels, values, strict=False) if v > 0] or ["нет данных"]
    pie.labels = None
    for i in range(len(pie.data)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
        pie.slices[i].strokeColor = colors.white
    d.add(pie)
    total = sum(pie.data)
    for i, (label, value) in enumerate(zip(shown, pie.data, strict=False)):
        y = height - 40 - i * 14
        d.add(Line(size + 50, y + 3, size + 60, y + 3, strokeColor=PALETTE[i % len(PALETTE)], strokeWidth=6))
        d.add(String(size + 66, y, f"{label}: {value:g} ({100 * value / total:.0f} %)", fontName=REGULAR, fontSize=8))


def _legend(d: Drawing, block: ChartBlock, width: float) -> None:
    for i, name in enumerate(block.series_names):
        x = 50 + i * 150
        d.add(Line(x, 8, x + 10, 8, strokeColor=PALETTE[i % len(PALETTE)], strokeWidth=6))
        d.add(String(x + 14, 5, name, fontName=REGULAR, fontSize=8))
