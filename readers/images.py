"""Open photos and scans with Pillow, honouring EXIF orientation and page frames."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image, ImageOps

try:  # HEIC photos from phones decode through the pillow-heif plugin.
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - the dependency is locked; keep reading the rest
    pass


class ImageLimitError(ValueError):
    """The image is larger than the configured pixel limit."""


@contextmanager
def _pixel_limit(max_pixels: int) -> Iterator[None]:
    # Pillow's bomb guard is process-global; set it for the duration of one open.
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    finally:
        Image.MAX_IMAGE_PIXELS = previous


def load_frames(path: Path, max_pixels: int, max_frames: int) -> list[tuple[Image.Image, int | None]]:
    """Every frame (page) of an image file, upright per EXIF, with the EXIF orientation tag seen."""
    frames: list[tuple[Image.Image, int | None]] = []
    try:
        with _pixel_limit(max_pixels), Image.open(path) as img:
            width, height = img.size
            if width * height > max_pixels:
                raise ImageLimitError(
                    f"image is {width}x{height} = {width * height / 1e6:.0f} megapixels, "
                    f"over the limit of {max_pixels / 1e6:.0f}"
                )
            n_frames = getattr(img, "n_frames", 1)
            for index in range(min(n_frames, max_frames)):
                img.seek(index)
                orientation = img.getexif().get(0x0112)
                upright = ImageOps.exif_transpose(img)
                frame = (upright if upright is not None else img).convert("RGB")
                frames.append((frame, int(orientation) if orientation else None))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageLimitError(f"image exceeds the pixel limit ({exc})") from exc
    return frames


def prepare_for_ocr(
    image: Image.Image, max_side: int = 4200, min_side: int = 1400
) -> tuple[Image.Image, float]:
    """Greyscale, scaled into the size range Tesseract reads best; returns the scale applied."""
    grey = image.convert("L")
    long_side = max(grey.size)
    scale = 1.0
    if long_side > max_side:
        scale = max_side / long_side
    elif long_side < min_side:
        scale = min(3.0, min_side / long_side)
    if scale != 1.0:
        size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return grey, scale
