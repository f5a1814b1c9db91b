"""Step 2: cut the band out level, and prepare it the way Tesseract reads OCR-B best.

Tesseract's LSTM models read best with capitals around 30-40 px high, black on white, with a
margin; the MRZ band on a phone photo is often 10-15 px high, tilted, and unevenly lit.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from extractors.mrz.locate import Band
from extractors.mrz.ocr import Model

# Extra room around the slab found by morphology: its erosion eats into the outer lines' edges.
MARGIN_ACROSS = 0.25
MARGIN_ALONG = 0.04
PAD = 24  # white border in pixels: Tesseract drops characters touching the edge


@dataclass(frozen=True)
class Preparation:
    """One way of preparing and reading a band; several are tried until two recognizers agree."""

    name: str
    char_height: int  # target height of a capital, in pixels
    binarise: str  # "otsu", "adaptive" or "none"
    # "plain": OCR the band as it is; "erased": OCR it with the filler cells painted out
    # (see cells.py), so Tesseract never meets a long run of `<`.
    mode: str = "plain"
    model: Model = "mrz"  # which recognizer reads it (see ocr.py)


# The MRZ model reads first (it is right far more often). A reading is only confirmed when `eng`
# backs it too, so `eng` reads come next, in the order that confirmed most often on the real
# specimens (bench/results/mrz.json); the MRZ model's retries follow for bands its first read
# got wrong. `eng` meets fillers best with them erased (cells.py).
PREPARATIONS: tuple[Preparation, ...] = (
    Preparation("mrz-otsu-h32", 32, "otsu"),
    Preparation("eng-erased-otsu-h32", 32, "otsu", "erased", "eng"),
    Preparation("eng-gray-h40", 40, "none", model="eng"),
    Preparation("eng-otsu-h32", 32, "otsu", model="eng"),
    Preparation("mrz-gray-h40", 40, "none"),
    Preparation("eng-adaptive-h36", 36, "adaptive", model="eng"),
    Preparation("mrz-adaptive-h36", 36, "adaptive"),
    Preparation("eng-erased-otsu-h24", 24, "otsu", "erased", "eng"),
    Preparation("mrz-otsu-h24", 24, "otsu"),
)


def crop_band(gray: np.ndarray, band: Band, flip: bool = False) -> np.ndarray:
    """The band cut out of `gray`, rotated level (by its minAreaRect angle) and optionally by 180 degrees."""
    (cx, cy), (length, thick) = band.center, band.size
    out_w = max(8, round(length * (1 + 2 * MARGIN_ALONG)))
    out_h = max(8, round(thick * (1 + 2 * MARGIN_ACROSS)))
    # Rotate about the band's centre and move that centre to the middle of the output.
    m = cv2.getRotationMatrix2D((cx, cy), band.angle, 1.0)
    m[0, 2] += out_w / 2 - cx
    m[1, 2] += out_h / 2 - cy
    crop = cv2.warpAffine(gray, m, (out_w, out_h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    return cv2.rotate(crop, cv2.ROTATE_180) if flip else crop


def char_height(crop: np.ndarray) -> float | None:
    """Typical height of a capital in a band crop (None when there are too few character blobs)."""
    _, ink = cv2.threshold(crop, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    h_img = crop.shape[0]
    heights = []
    for i in range(1, n):
        _, y, w, h, area = stats[i]
        # Characters: not specks, not glued into bars, not the background cut off at the edges.
        if h >= max(4, 0.06 * h_img) and area >= 8 and w <= 2.5 * h and y > 0 and y + h < h_img:
            heights.append(h)
    if len(heights) < 10:
        return None
    # `<` is about two thirds of a capital's height and fillers are numerous: the upper quartile
    # is a capital.
    return float(np.percentile(heights, 75))


def prepare(crop: np.ndarray, prep: Preparation) -> Image.Image:
    """Scale to the target character height, binarise, pad: the image handed to Tesseract."""
    measured = char_height(crop) or crop.shape[0] / 5.0  # about 2-3 lines plus margins
    factor = min(max(prep.char_height / measured, 0.25), 8.0)
    interp = cv2.INTER_CUBIC if factor > 1 else cv2.INTER_AREA
    img = cv2.resize(crop, None, fx=factor, fy=factor, interpolation=interp)
    if prep.binarise == "otsu":
        img = cv2.GaussianBlur(img, (3, 3), 0)
        _, img = cv2.threshold(img, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    elif prep.binarise == "adaptive":
        block = max(15, (prep.char_height * 2) | 1)
        img = cv2.adaptiveThreshold(img, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15)
    else:
        # Stretch contrast only; Tesseract binarises on its own.
        img = cv2.normalize(img, None, 0, 255, cv2.NORM_MINMAX)
    img = cv2.copyMakeBorder(img, PAD, PAD, PAD, PAD, cv2.BORDER_CONSTANT, value=255)
    return Image.fromarray(img)


def ink_mask(prepared: Image.Image) -> np.ndarray:
    """True where a prepared band has ink (prepared bands are dark text on white)."""
    arr = np.asarray(prepared)
    _, bw = cv2.threshold(arr, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return bw == 0
