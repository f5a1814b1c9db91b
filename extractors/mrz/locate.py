"""Step 1 of reading an MRZ image: find where the band of OCR-B lines is.

PassportEye's idea (after Adrian Rosebrock's): dark text on a light ground stands out under a
black-hat transform, MRZ characters are dense and evenly spaced so a horizontal gradient plus a
closing fuses each line into a bar and the lines into one slab, and that slab is much wider than
tall. We run it at two kernel scales because the MRZ can fill a card photo or be a thin strip
at the bottom of a whole scanned sheet.

Only horizontal bands are found here; turned photos are handled by the caller rotating the page.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from core.models import Word

# Working size for the morphology: big enough that MRZ characters of a card photo keep their
# shape, small enough that the whole search costs a few milliseconds.
WORK_LONG_SIDE = 1000
# (character-scale kernel width, height) at the working size; the slab closing scales with it.
KERNEL_SCALES = ((13, 5), (7, 3))
MIN_ASPECT = 2.5  # a 3x30 TD1 band is about 4:1, a 2x44 TD3 band about 9:1
MIN_WIDTH_FRACTION = 0.2
MAX_CANDIDATES = 4
# Line pitch over the eroded line band's thickness: about 2 on a passport, 3.6 on a phone photo of
# a page printed with wider spacing (sample C008), where each line is found as its own band.
MAX_LINE_GAP = 4.0


@dataclass(frozen=True)
class Band:
    """A candidate MRZ band as a rotated rectangle in the pixels of the image it was found in."""

    center: tuple[float, float]
    size: tuple[float, float]  # (along the lines, across them)
    angle: float  # degrees the lines rise clockwise from horizontal, in (-45, 45]
    score: float
    source: str  # "morphology", "words" (the caller's OCR lines) or "page-words" (a whole-page MRZ read)

    def corners(self) -> np.ndarray:
        return cv2.boxPoints((self.center, self.size, self.angle))

    def bbox(self) -> tuple[float, float, float, float]:
        pts = self.corners()
        return (
            float(pts[:, 0].min()),
            float(pts[:, 1].min()),
            float(pts[:, 0].max()),
            float(pts[:, 1].max()),
        )


def to_gray(image: Image.Image | np.ndarray) -> np.ndarray:
    """8-bit grayscale array in the image's own pixel grid.

    EXIF orientation is deliberately not applied here: callers pass the image whose pixels the
    returned band box must refer to (a page image is already upright).
    """
    if isinstance(image, np.ndarray):
        if image.ndim == 2:
            return image.astype(np.uint8, copy=False)
        return cv2.cvtColor(image, cv2.COLOR_BGR2GRAY if image.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)
    return np.asarray(image.convert("L"))


def horizontal_rect(points: np.ndarray) -> tuple[tuple[float, float], tuple[float, float], float] | None:
    """minAreaRect normalised so size is (long, short) and the angle is the long side's slope.

    None when the long side is closer to vertical: then the band belongs to a turned page.
    """
    (cx, cy), (w, h), angle = cv2.minAreaRect(points)
    # OpenCV's angle convention changed between versions; derive the slope from the corners instead.
    box = cv2.boxPoints(((cx, cy), (w, h), angle))
    edges = [box[1] - box[0], box[2] - box[1]]
    long_edge = max(edges, key=lambda e: float(np.hypot(*e)))
    length = float(np.hypot(*long_edge))
    width = float(min(np.hypot(*e) for e in edges))
    slope = float(np.degrees(np.arctan2(long_edge[1], long_edge[0])))
    slope = (slope + 90.0) % 180.0 - 90.0  # direction of a line, not a vector: fold into [-90, 90)
    if abs(slope) > 45.0:
        return None
    return (float(cx), float(cy)), (length, width), slope


def _slabs(small: np.ndarray, kw: int, kh: int) -> list[np.ndarray]:
    rect = cv2.getStructuringElement(cv2.MORPH_RECT, (kw, kh))
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, rect)
    grad = np.abs(cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=-1))
    grad = cv2.normalize(grad, None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    grad = cv2.morphologyEx(grad, cv2.MORPH_CLOSE, rect)
    _, mask = cv2.threshold(grad, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    # Fuse neighbouring lines into one slab, then cut thin bridges to the visual zone above.
    slab = cv2.getStructuringElement(cv2.MORPH_RECT, (kw * 2, kh * 4))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, slab)
    mask = cv2.erode(mask, None, iterations=2)
    # The image's own edge makes a gradient line that would join every slab touching it into one
    # frame-sized contour (an MRZ printed to the edge of a card crop).
    mask[:, :kh] = 0
    mask[:, -kh:] = 0
    mask[:kh, :] = 0
    mask[-kh:, :] = 0
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    return list(contours)


def locate_bands(gray: np.ndarray, max_candidates: int = MAX_CANDIDATES) -> list[Band]:
    """Candidate horizontal MRZ bands in `gray`, most promising first, in `gray`'s pixels."""
    h, w = gray.shape[:2]
    scale = WORK_LONG_SIDE / max(h, w)
    small = cv2.resize(
        gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA
    )
    sh, sw = small.shape[:2]
    found: list[Band] = []
    for kw, kh in KERNEL_SCALES:
        for contour in _slabs(small, kw, kh):
            rect = horizontal_rect(contour)
            if rect is None:
                continue
            (cx, cy), (length, thick), angle = rect
            if thick < 3 or length / thick < MIN_ASPECT or length < MIN_WIDTH_FRACTION * sw:
                continue
            fill = cv2.contourArea(contour) / max(length * thick, 1.0)
            # Long, solid slabs low on the page are the usual MRZ; the position only breaks ties.
            score = (length / sw) * fill * (0.8 + 0.2 * cy / sh)
            found.append(
                Band(
                    center=(cx / scale, cy / scale),
                    size=(length / scale, thick / scale),
                    angle=angle,
                    score=score,
                    source="morphology",
                )
            )
    found += merge_lines(found)
    return _dedupe(sorted(found, key=lambda b: -b.score))[:max_candidates]


def merge_lines(bands: list[Band]) -> list[Band]:
    """Bands made of 2-3 parallel neighbouring line bands of about the same length.

    The slab closing fuses MRZ lines only when the line gap is small relative to the kernel;
    merging afterwards makes the result independent of the resolution.
    """
    merged: list[Band] = []
    lines = sorted(bands, key=lambda b: b.center[1])
    for i, first in enumerate(lines):
        group = [first]
        for other in lines[i + 1 :]:
            last = group[-1]
            gap = other.center[1] - last.center[1]
            if gap <= 0.3 * last.size[1]:
                continue  # the same line found again at the other kernel scale
            if (
                gap <= MAX_LINE_GAP * max(last.size[1], other.size[1])
                and abs(other.size[0] - first.size[0]) <= 0.15 * first.size[0]
                and abs(other.center[0] - first.center[0]) <= 0.1 * first.size[0]
                and abs(other.angle - first.angle) <= 3.0
            ):
                group.append(other)
                if len(group) == 3:
                    break
        if len(group) < 2:
            continue
        for size in range(2, len(group) + 1):
            part = group[:size]
            pts = np.concatenate([b.corners() for b in part]).astype(np.float32)
            rect = horizontal_rect(pts)
            if rect is None:
                continue
            center, dims, angle = rect
            # Above its own lines: a whole MRZ is a better candidate than any one line of it.
            score = max(b.score for b in part) * (1.0 + 0.1 * size)
            merged.append(Band(center=center, size=dims, angle=angle, score=score, source="morphology"))
    return merged


def _overlap(a: Band, b: Band) -> float:
    ax0, ay0, ax1, ay1 = a.bbox()
    bx0, by0, bx1, by1 = b.bbox()
    ix = max(0.0, min(ax1, bx1) - max(ax0, bx0))
    iy = max(0.0, min(ay1, by1) - max(ay0, by0))
    smaller = min((ax1 - ax0) * (ay1 - ay0), (bx1 - bx0) * (by1 - by0))
    return ix * iy / smaller if smaller > 0 else 0.0


def _dedupe(bands: list[Band]) -> list[Band]:
    # Both kernel scales usually find the same slab; keep the better-scored copy.
    kept: list[Band] = []
    for band in bands:
        if all(_overlap(band, k) < 0.6 for k in kept):
            kept.append(band)
    return kept


_MRZ_LIKE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<«")


def band_from_words(lines: list[list[Word]]) -> Band | None:
    """The band spanned by the last run of MRZ-looking OCR lines, for callers that already have words.

    A line looks like MRZ when, without spaces, it is long (>= 25 characters) and almost all
    MRZ characters; full-page OCR often reads `<` as K or drops it, so this is only a locator.
    """
    picked: list[list[Word]] = []
    for words in lines:
        text = "".join(w.text for w in words).upper()
        mrz_chars = sum(c in _MRZ_LIKE for c in text)
        if len(text) >= 25 and mrz_chars >= 0.9 * len(text) and ("<" in text or "«" in text):
            picked.append(words)
    if not picked:
        return None
    picked = picked[-3:]
    points = np.array(
        [
            (x, y)
            for words in picked
            for w in words
            # All four corners: two opposite ones of a single word make a rectangle of no height.
            for x in (w.bbox[0], w.bbox[2])
            for y in (w.bbox[1], w.bbox[3])
        ],
        dtype=np.float32,
    )
    rect = horizontal_rect(points)
    if rect is None:
        return None
    center, size, angle = rect
    return Band(center=center, size=size, angle=angle, score=1.0, source="words")
