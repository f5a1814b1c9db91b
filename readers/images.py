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


def _limit_error(width: int, height: int, max_pixels: int, what: str = "image") -> ImageLimitError:
    return ImageLimitError(
        f"{what} is {width}x{height} = {width * height:,} pixels, over the pixel limit of "
        f"{max_pixels:,} (max_pixels)"
    )


def load_frames_counted(
    path: Path, max_pixels: int, max_frames: int
) -> tuple[list[tuple[Image.Image, int | None]], int]:
    """The frames (pages) read, upright per EXIF with the orientation tag seen, and how many the file has."""
    frames: list[tuple[Image.Image, int | None]] = []
    try:
        with _pixel_limit(max_pixels), Image.open(path) as img:
            width, height = img.size
            if width * height > max_pixels:
                raise _limit_error(width, height, max_pixels)
            n_frames = getattr(img, "n_frames", 1)
            for index in range(min(n_frames, max_frames)):
                img.seek(index)
                # Why: each TIFF frame has its own size and Pillow checks only the first one at open;
                # a tiny first page followed by a gigapixel one would otherwise be decoded.
                if img.size[0] * img.size[1] > max_pixels:
                    raise _limit_error(img.size[0], img.size[1], max_pixels, f"page {index + 1}")
                orientation = img.getexif().get(0x0112)
                upright = ImageOps.exif_transpose(img)
                frame = (upright if upright is not None else img).convert("RGB")
                frames.append((frame, int(orientation) if orientation else None))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow refuses before decoding (the header alone gives the size), so nothing is allocated.
        raise ImageLimitError(
            f"image exceeds the pixel limit of {max_pixels:,} (max_pixels); not decoded ({exc})"
        ) from exc
    return frames, n_frames


def load_frames(path: Path, max_pixels: int, max_frames: int) -> list[tuple[Image.Image, int | None]]:
    """Every frame (page) of an image file up to ``max_frames``, upright per EXIF, with the EXIF tag seen."""
    return load_frames_counted(path, max_pixels, max_frames)[0]


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
