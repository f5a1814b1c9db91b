"""Builders of hostile bytes, shared by the hostile-input tests and the memory benchmark.

Each writes real file bytes (no mocked readers), built so that even a gigapixel image or a
500-page PDF costs little memory to make.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from fpdf import FPDF

from tests.helpers import DEJAVU


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def blank_png(path: Path, width: int, height: int, bit_depth: int = 1) -> Path:
    """A valid greyscale PNG of any size made row by row, so a gigapixel file costs a few KiB of memory."""
    row = b"\x00" * (1 + (width * bit_depth + 7) // 8)  # filter byte "none", then black pixels
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, bit_depth, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )
    return path


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF written by hand (object 1 is the catalog), with a correct cross-reference table."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _stream(content: bytes) -> bytes:
    return f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"


def javascript_pdf(path: Path, lines: list[str]) -> Path:
    """A text PDF that runs JavaScript when opened (/OpenAction), on page open (/AA) and by name."""
    text = b"BT /F1 14 Tf 72 760 Td 18 TL " + b" ".join(b"(" + s.encode() + b") '" for s in lines) + b" ET"
    script = b"app.launchURL('http://127.0.0.1:9/opened', true); this.submitForm('http://127.0.0.1:9/form');"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R"
        b" /Names << /JavaScript << /Names [(boot) 5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 6 0 R >> >> /AA << /O 5 0 R >> >>",
        _stream(text),
        b"<< /Type /Action /S /JavaScript /JS (" + script + b") >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path.write_bytes(pdf_from_objects(objects))
    return path


def cid_garbage_pdf(path: Path, lines: list[str]) -> Path:
    """A PDF whose text layer extracts as `(cid:N)`: an Identity-H font with no ToUnicode map.

    fpdf2 embeds DejaVu with a ToUnicode map; renaming the map's key and the embedded font file's
    key (same length, so the cross-reference offsets stay right) leaves pdfminer only glyph ids.
    """
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=DEJAVU)
    pdf.set_font("dejavu", size=22)
    for line in lines:
        pdf.cell(0, 14, line, new_x="LMARGIN", new_y="NEXT")
    raw = bytes(pdf.output())
    assert raw.count(b"/ToUnicode") == 1 and raw.count(b"/FontFile2") == 1
    path.write_bytes(raw.replace(b"/ToUnicode", b"/ToUnicodX").replace(b"/FontFile2", b"/FontFilX2"))
    return path


def long_pdf(path: Path, pages: int) -> Path:
    pdf = FPDF(format=(80, 20))
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=6)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.text(4, 10, f"Statement page {number} transactions continued overleaf")
    pdf.output(str(path))
    return path
