"""The printable sheets of a batch: every QR code on the PDF decodes to its code's verify address,
the labels are Vietnamese, and the SVG holds the same labels."""

import xml.etree.ElementTree as ET

import pypdfium2
import pytest
import zxingcpp

from catalogue.stamp_sheets import PER_PAGE, sheet_pdf, sheet_svg
from catalogue.stamps import generate_codes, register_external_codes, verify_url
from tests.catalogue.stamps_support import make_batch

pytestmark = pytest.mark.django_db


def decoded_pages(pdf_bytes, scale=3):
    """The text of every QR code on each page of the PDF, rendered like a 216-dpi scan."""
    document = pypdfium2.PdfDocument(pdf_bytes)
    pages = []
    for page in document:
        image = page.render(scale=scale).to_pil().convert("L")
        pages.append(sorted(r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)))
        page.close()
    document.close()
    return pages


def pdf_text(pdf_bytes):
    document = pypdfium2.PdfDocument(pdf_bytes)
    text = " ".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return " ".join(text.split())  # lines joined: a label's caption wraps


def test_every_qr_code_of_the_pdf_sheet_decodes_to_its_verify_address(product):
    batch = make_batch(product, quantity=30)
    stamps = generate_codes(batch, PER_PAGE + 4)  # two pages
    register_external_codes(batch, "Tem Việt", "VNT-000123-45")
    stamps = list(batch.codes.order_by("pk"))
    pdf = sheet_pdf(batch, stamps)
    assert pdf.startswith(b"%PDF")
    pages = decoded_pages(pdf)
    assert len(pages) == 2
    assert [len(p) for p in pages] == [PER_PAGE, len(stamps) - PER_PAGE]
    expected = sorted(verify_url(stamp) for stamp in stamps)
    assert sorted(pages[0] + pages[1]) == expected
    assert "http://testserver/vi/verify/VNT00012345/" in pages[1]
    assert all(url.startswith("http://testserver/vi/verify/") for url in expected)


def test_the_pdf_labels_are_in_vietnamese_with_product_batch_and_code(product):
    batch = make_batch(product, quantity=3, codes=2)
    stamp = batch.codes.first()
    text = pdf_text(sheet_pdf(batch, list(batch.codes.all())))
    assert "Chả mực Hạ Long" in text
    assert "Lô: CM-2026-11-A" in text
    assert stamp.display_code in text
    assert "Quét mã để kiểm tra hàng thật" in text


def test_the_svg_sheet_holds_one_label_and_qr_code_per_code(product):
    batch = make_batch(product, quantity=5, codes=5)
    stamps = list(batch.codes.order_by("pk"))
    svg = sheet_svg(batch, stamps)
    root = ET.fromstring(svg.encode())
    ns = {"svg": "http://www.w3.org/2000/svg"}
    groups = root.findall("svg:g", ns)
    assert [g.get("data-code") for g in groups] == [s.display_code for s in stamps]
    links = [a.get("href") for a in root.iter("{http://www.w3.org/2000/svg}a")]
    assert links == [verify_url(s) for s in stamps]
    assert "Chả mực Hạ Long" in svg and "Lô: CM-2026-11-A" in svg
