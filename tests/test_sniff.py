from core.models import FileKind
from readers.sniff import sniff_bytes


def test_kinds_are_decided_by_their_magic_bytes() -> None:
    assert sniff_bytes(b"%PDF-1.7\n...") is FileKind.pdf
    assert sniff_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF") is FileKind.jpeg
    assert sniff_bytes(b"\x89PNG\r\n\x1a\n\x00") is FileKind.png
    assert sniff_bytes(b"II*\x00\x08\x00") is FileKind.tiff
    assert sniff_bytes(b"MM\x00*\x00\x08") is FileKind.tiff
    assert sniff_bytes(b"RIFF\x00\x00\x00\x00WEBPVP8 ") is FileKind.webp
    assert sniff_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00") is FileKind.heic


def test_an_empty_file_and_plain_text_are_not_documents() -> None:
    assert sniff_bytes(b"") is FileKind.empty
    assert sniff_bytes(b"Dear consultant, here are my files") is FileKind.other
    # A Word file is a ZIP: not something the pipeline reads.
    assert sniff_bytes(b"PK\x03\x04\x14\x00\x06\x00") is FileKind.other


def test_a_pdf_header_after_leading_junk_is_still_a_pdf() -> None:
    assert sniff_bytes(b"\r\n\r\n%PDF-1.4\n") is FileKind.pdf
