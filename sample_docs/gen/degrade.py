"""Make clean renders look like flatbed scans and phone photos, deterministically from a seed.

Scans: grey paper, slight skew, scanner blur, sensor noise and dust speckles, JPEG artefacts.
Photos: the page lies on a darker table, seen in perspective, under uneven light, a little soft.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter


def _rng(seed: int) -> np.random.Generator:
    return np.random.default_rng(seed)


def _low_freq(rng: np.random.Generator, h: int, w: int, cells: int = 6) -> np.ndarray:
    """Smooth random field in [-1, 1]: a coarse random grid upsampled bicubically."""
    grid = rng.uniform(-1, 1, (cells, cells)).astype(np.float32)
    img = Image.fromarray(((grid + 1) * 127.5).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC)
    return np.asarray(img, dtype=np.float32) / 127.5 - 1


@dataclass
class ScanResult:
    image: Image.Image  # greyscale
    skew_degrees: float


def scan(page: Image.Image, seed: int, *, skew_range: tuple[float, float] = (0.5, 2.5)) -> ScanResult:
    """A greyscale flatbed scan of `page` (rendered at the scan resolution)."""
    r = random.Random(seed)
    rng = _rng(seed)
    grey = np.asarray(page.convert("L"), dtype=np.float32)
    h, w = grey.shape
    # Paper is never white under a scanner lamp, and ink is never pure black.
    paper = r.uniform(222, 236) + 5 * _low_freq(rng, h, w)
    ink = r.uniform(28, 45)
    img = ink + (grey / 255.0) * (paper - ink)
    # A few dust specks and hairs the glass picked up.
    for _ in range(r.randint(25, 60)):
        y, x = rng.integers(0, h), rng.integers(0, w)
        rad = r.choice([1, 1, 1, 2])
        img[max(0, y - rad) : y + rad, max(0, x - rad) : x + rad] = r.uniform(40, 120)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    angle = r.uniform(*skew_range) * r.choice([-1, 1])
    # Rotating exposes the lid beyond the paper: a slightly darker grey.
    out = out.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=int(r.uniform(190, 210)))
    out = out.filter(ImageFilter.GaussianBlur(r.uniform(0.45, 0.7)))
    arr = np.asarray(out, dtype=np.float32) + rng.normal(0, 2.5, (h, w))
    return ScanResult(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)), round(angle, 2))


def jpeg_bytes(
    img: Image.Image, quality: int, dpi: int | None = None, exif: Image.Exif | None = None
) -> bytes:
    buf = io.BytesIO()
    kwargs: dict = {"quality": quality, "optimize": True}
    if dpi:
        kwargs["dpi"] = (dpi, dpi)
    if exif is not None:
        kwargs["exif"] = exif.tobytes()
    img.save(buf, "JPEG", **kwargs)
    return buf.getvalue()


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): they map output (dst) points to input (src) points."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64)).tolist()


def _table(rng: np.random.Generator, r: random.Random, w: int, h: int) -> np.ndarray:
    """A darker surface under the paper: a desk in some colour with grain and a soft gradient."""
    base = np.array(r.choice([(92, 70, 52), (70, 72, 78), (120, 104, 86), (48, 52, 60)]), dtype=np.float32)
    field = 18 * _low_freq(rng, h, w, 5)[..., None]
    grain = np.repeat(_low_freq(rng, h, max(8, w // 40), 40)[:, :1], w, axis=1)[..., None] * 6
    return base + field + grain


def photo(page: Image.Image, seed: int, frame: tuple[int, int], *, fill: float = 0.82) -> Image.Image:
    """An RGB phone photo of `page`: perspective, darker surround, uneven light, softness, noise."""
    r = random.Random(seed)
    rng = _rng(seed)
    fw, fh = frame
    pw, ph = page.size
    # Scale the page so it fills `fill` of the frame (the paper never fills the whole picture).
    s = min(fw * fill / pw, fh * fill / ph)
    cw, ch = pw * s, ph * s
    cx, cy = fw / 2 + r.uniform(-0.04, 0.04) * fw, fh / 2 + r.uniform(-0.04, 0.04) * fh

    def jitter(px: float, py: float) -> tuple[float, float]:
        return px + r.uniform(-0.05, 0.05) * cw, py + r.uniform(-0.04, 0.04) * ch

    # Keystone: one edge nearer the camera than the other, plus jitter per corner.
    k = r.uniform(0.02, 0.07) * cw * r.choice([-1, 1])
    dst = [
        jitter(cx - cw / 2 - k, cy - ch / 2),
        jitter(cx + cw / 2 + k, cy - ch / 2),
        jitter(cx + cw / 2 - k, cy + ch / 2),
        jitter(cx - cw / 2 + k, cy + ch / 2),
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = _perspective_coeffs(dst, src)
    warped = page.convert("RGB").transform(
        (fw, fh), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    mask = Image.new("L", page.size, 255).transform(
        (fw, fh), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    m = np.asarray(mask, dtype=np.float32)[..., None] / 255
    # Warm indoor light tints the paper; the desk stays darker.
    paper = np.asarray(warped, dtype=np.float32) * np.array([1.0, 0.97, 0.9], dtype=np.float32)
    img = paper * m + _table(rng, r, fw, fh) * (1 - m)
    # Uneven lighting: a linear fall-off across the frame plus a soft vignette.
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    ang = r.uniform(0, 2 * np.pi)
    ramp = (xx / fw - 0.5) * np.cos(ang) + (yy / fh - 0.5) * np.sin(ang)
    vignette = (xx / fw - 0.5) ** 2 + (yy / fh - 0.5) ** 2
    light = r.uniform(0.9, 1.0) - r.uniform(0.18, 0.32) * ramp - 0.35 * vignette
    img = img * light[..., None]
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(r.uniform(0.6, 1.0)))
    arr = np.asarray(out, dtype=np.float32) + rng.normal(0, 3.0, (fh, fw, 1))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def phone_exif(orientation: int, model: str) -> Image.Exif:
    """EXIF as a phone writes it: make, model and the Orientation tag (274)."""
    exif = Image.Exif()
    exif[0x010F] = "Samsung" if model.startswith("SM-") else "Apple"
    exif[0x0110] = model
    exif[0x0112] = orientation
    return exif
