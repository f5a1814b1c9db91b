"""The fonts the generator embeds, by short family name, and a width measure shared by both renderers.

Only fonts installed on the build machine are used (DejaVu, Liberation, OCR-B, WenQuanYi Zen Hei),
so the output is reproducible without network access.
"""

from __future__ import annotations

from functools import cache

from PIL import ImageFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
LIBERATION = "/usr/share/fonts/truetype/liberation2/"

# family -> style ("", "B", "I", "BI") -> (path, index inside a .ttc collection)
FONTS: dict[str, dict[str, tuple[str, int]]] = {
    "sans": {
        "": (DEJAVU + "DejaVuSans.ttf", 0),
        "B": (DEJAVU + "DejaVuSans-Bold.ttf", 0),
        "I": (DEJAVU + "DejaVuSans-Oblique.ttf", 0),
        "BI": (DEJAVU + "DejaVuSans-BoldOblique.ttf", 0),
    },
    "condensed": {
        "": (DEJAVU + "DejaVuSansCondensed.ttf", 0),
        "B": (DEJAVU + "DejaVuSansCondensed-Bold.ttf", 0),
    },
    "serif": {
        "": (DEJAVU + "DejaVuSerif.ttf", 0),
        "B": (DEJAVU + "DejaVuSerif-Bold.ttf", 0),
        "I": (DEJAVU + "DejaVuSerif-Italic.ttf", 0),
        "BI": (DEJAVU + "DejaVuSerif-BoldItalic.ttf", 0),
    },
    "arial": {
        "": (LIBERATION + "LiberationSans-Regular.ttf", 0),
        "B": (LIBERATION + "LiberationSans-Bold.ttf", 0),
        "I": (LIBERATION + "LiberationSans-Italic.ttf", 0),
        "BI": (LIBERATION + "LiberationSans-BoldItalic.ttf", 0),
    },
    "times": {
        "": (LIBERATION + "LiberationSerif-Regular.ttf", 0),
        "B": (LIBERATION + "LiberationSerif-Bold.ttf", 0),
        "I": (LIBERATION + "LiberationSerif-Italic.ttf", 0),
        "BI": (LIBERATION + "LiberationSerif-BoldItalic.ttf", 0),
    },
    "mono": {
        "": (LIBERATION + "LiberationMono-Regular.ttf", 0),
        "B": (LIBERATION + "LiberationMono-Bold.ttf", 0),
    },
    "ocrb": {"": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0)},
    # WenQuanYi Zen Hei carries Latin glyphs too, so bilingual lines use it throughout.
    "cjk": {"": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)},
}


def style_of(font: str, bold: bool, italic: bool) -> str:
    """The best available style key; families without bold/italic fall back to regular."""
    wanted = ("B" if bold else "") + ("I" if italic else "")
    styles = FONTS[font]
    for key in (wanted, "B" if bold else "", ""):
        if key in styles:
            return key
    return ""


@cache
def pil_font(font: str, style: str, size_px: int) -> ImageFont.FreeTypeFont:
    path, index = FONTS[font][style]
    return ImageFont.truetype(path, size_px, index=index)


def measure_mm(
    text: str, size_pt: float, font: str = "sans", bold: bool = False, italic: bool = False
) -> float:
    """Advance width of `text` in mm at `size_pt`, measured at a large pixel size for precision."""
    f = pil_font(font, style_of(font, bold, italic), 200)
    return f.getlength(text) / 200 * size_pt * 25.4 / 72
