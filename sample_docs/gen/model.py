"""A document is a list of pages; a page is a list of drawing elements placed in millimetres.

Both renderers (text PDF and raster image) consume the same elements, so a layout is written once
and can come out as an e-statement PDF, a flatbed scan or a phone photo.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fonts import measure_mm

RGB = tuple[int, int, int]
BLACK: RGB = (0, 0, 0)


@dataclass(frozen=True)
class Text:
    """One line of text; (x, y) is the baseline anchor in mm: left, centre or right per align."""

    text: str
    x: float
    y: float
    size: float = 10.0  # points
    font: str = "sans"
    bold: bool = False
    italic: bool = False
    align: str = "L"  # L, C or R
    color: RGB = BLACK


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    width: float = 0.3  # outline width in mm; 0 = no outline
    color: RGB = BLACK
    fill: RGB | None = None


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.3
    color: RGB = BLACK


@dataclass(frozen=True)
class Ellipse:
    x: float
    y: float
    w: float
    h: float
    width: float = 0.3
    color: RGB = BLACK
    fill: RGB | None = None


@dataclass(frozen=True)
class Polyline:
    points: tuple[tuple[float, float], ...]
    width: float = 0.2
    color: RGB = BLACK


Element = Text | Rect | Line | Ellipse | Polyline


@dataclass
class Page:
    """A page with its size in mm and a paper colour; builder helpers keep layouts short."""

    w: float
    h: float
    elements: list[Element] = field(default_factory=list)
    paper: RGB = (255, 255, 255)

    def text(
        self,
        text: str,
        x: float,
        y: float,
        size: float = 10.0,
        font: str = "sans",
        *,
        bold: bool = False,
        italic: bool = False,
        align: str = "L",
        color: RGB = BLACK,
    ) -> None:
        self.elements.append(Text(text, x, y, size, font, bold, italic, align, color))

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        width: float = 0.3,
        color: RGB = BLACK,
        fill: RGB | None = None,
    ) -> None:
        self.elements.append(Rect(x, y, w, h, width, color, fill))

    def line(
        self, x1: float, y1: float, x2: float, y2: float, width: float = 0.3, color: RGB = BLACK
    ) -> None:
        self.elements.append(Line(x1, y1, x2, y2, width, color))

    def ellipse(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        width: float = 0.3,
        color: RGB = BLACK,
        fill: RGB | None = None,
    ) -> None:
        self.elements.append(Ellipse(x, y, w, h, width, color, fill))

    def polyline(self, points: list[tuple[float, float]], width: float = 0.2, color: RGB = BLACK) -> None:
        self.elements.append(Polyline(tuple(points), width, color))

    def para(
        self,
        text: str,
        x: float,
        y: float,
        width: float,
        size: float = 10.0,
        font: str = "serif",
        leading: float = 1.45,
        *,
        bold: bool = False,
        color: RGB = BLACK,
    ) -> float:
        """Word-wrap `text` into lines no wider than `width` mm; return the baseline after the last line."""
        step = size * 0.3528 * leading  # points to mm, times line spacing
        # Chinese has no spaces between words: wrap it character by character instead.
        cjk = " " not in text.strip()
        sep = "" if cjk else " "
        line = ""
        for word in list(text.strip()) if cjk else text.split():
            trial = f"{line}{sep}{word}" if line else word
            if line and measure_mm(trial, size, font, bold) > width:
                self.text(line, x, y, size, font, bold=bold, color=color)
                y += step
                line = word
            else:
                line = trial
        if line:
            self.text(line, x, y, size, font, bold=bold, color=color)
            y += step
        return y

    def label_value(
        self,
        label: str,
        value: str,
        x: float,
        y: float,
        *,
        label_size: float = 6.5,
        value_size: float = 10.0,
        font: str = "sans",
        label_color: RGB = (70, 70, 70),
        gap: float = 4.2,
        value_bold: bool = True,
    ) -> None:
        """A small label with its value underneath, as on ID documents and score reports."""
        self.text(label, x, y, label_size, font, color=label_color)
        self.text(value, x, y + gap, value_size, font, bold=value_bold)


@dataclass
class Document:
    pages: list[Page]
    title: str = ""
    landscape: bool = False
