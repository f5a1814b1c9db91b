"""What Tesseract is handed: the same pixels, quickly written, with no resolution of our making."""

from __future__ import annotations

from PIL import Image, ImageChops

from readers.tesseract import _image_file


def test_the_image_file_holds_the_same_pixels_and_no_resolution_header() -> None:
    image = Image.linear_gradient("L").resize((300, 200))
    with _image_file(image) as path, Image.open(path) as written:
        written.load()
        assert written.mode == "L"
        assert ImageChops.difference(written, image).getbbox() is None
        # A resolution would change Tesseract's size thresholds; pytesseract's PNG wrote none either.
        assert "dpi" not in written.info


def test_an_alpha_channel_is_flattened_onto_white_and_cmyk_converted() -> None:
    transparent = Image.new("RGBA", (10, 10), (0, 0, 0, 0))
    with _image_file(transparent) as path, Image.open(path) as written:
        assert written.convert("RGB").getpixel((5, 5)) == (255, 255, 255)
    with _image_file(Image.new("CMYK", (10, 10))) as path, Image.open(path) as written:
        assert written.mode == "RGB"
