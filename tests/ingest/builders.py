"""Build test documents in code: a text PDF (tiny writer, no dependency), a Word file with
automatic numbering and a contacts table, and hostile inputs (zip bomb, compression bomb PDF,
encrypted PDF)."""

from __future__ import annotations

import io
import zipfile
import zlib


def make_pdf(pages: list[list[str]], grid: list[list[str]] | None = None) -> bytes:
    """A PDF with one Helvetica text line per string; an empty list makes an image-only page.
    ``grid`` adds a ruled table (cells drawn as rectangles) to the last page."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{pid} 0 R" for pid in page_ids).encode()
    objects.append(
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(len(pages)).encode() + b" >>"
    )
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for pid, lines in zip(page_ids, pages, strict=True):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents "
            + str(pid + 1).encode()
            + b" 0 R >>"
        )
        ops = [b"BT /F1 10 Tf 14 TL 50 800 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(b"(" + escaped.encode("cp1252") + b") Tj T*")
        ops.append(b"ET")
        if grid and pid == page_ids[-1]:
            ops += _grid_ops(grid)
        stream = b"\n".join(ops)
        objects.append(
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
        )
    return _pdf_file(objects)


def _pdf_file(objects: list[bytes]) -> bytes:
    """A PDF file of these objects (numbered from 1; the first is the catalog)."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _grid_ops(grid: list[list[str]]) -> list[bytes]:
    ops = []
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            x, y = 50 + 250 * c, 400 - 24 * r
            ops.append(f"{x} {y} 250 24 re S".encode())
            ops.append(f"BT /F1 9 Tf {x + 4} {y + 8} Td ({cell}) Tj ET".encode("cp1252"))
    return ops


# A food-safety MoU laid out as a typeset PDF: page header and footer on every page, an
# image-only page in the middle, decimal numbering.
FSA_EA_PAGES = [
    [
        "Memorandum of Understanding between the Food Standards Agency (FSA) and the",
        "Environment Agency (EA)",
        "1. Purpose",
        "1.1 This memorandum sets out how the FSA and the EA work together on food",
        "incidents that involve the environment. It comes into force on 1 January 2024.",
        "1.2 The FSA and the EA will meet twice a year to review incidents and plans.",
        "FSA-EA MoU                                                         page 1",
    ],
    [],
    [
        "FSA-EA MoU                                                         page 3",
        "2. Information and publications",
        "2.1 The FSA and the EA will exchange information about food incidents that affect",
        "water supplies, in line with the Data Protection Act 2018.",
        "2.2 The parties will give each other 48 hours' notice before any press release about",
        "a joint incident.",
        "2.3 Neither party will publish information identifying a member of the public.",
        "3. Review",
        "3.1 This memorandum will be reviewed every two years.",
        "Signed: 4 December 2023",
        "FSA-EA MoU                                                         page 3",
    ],
]


def make_docx_isa() -> bytes:
    """An information sharing agreement in Word: heading styles, automatic list numbering
    (the numbers are not in the text), a bulleted list and an escalation contacts table."""
    import docx

    document = docx.Document()
    document.add_paragraph(
        "Information sharing agreement between the General Medical Council (GMC) and "
        "Healthwatch England (HWE)",
        style="Title",
    )
    document.add_heading("Purpose", level=1)
    numbered = [
        "This agreement sets out how the GMC and HWE share information about concerns "
        "that patients raise about doctors.",
        "This agreement comes into force on 3 March 2025.",
    ]
    for text in numbered:
        document.add_paragraph(text, style="List Number")
    document.add_heading("Sharing information", level=1)
    for text in [
        "Each party will share information about patient safety concerns with the other "
        "within 5 working days of receiving it.",
        "The parties will not share the identity of a person who raises a concern unless "
        "that person has consented.",
        "All sharing will comply with the Data Protection Act 2018 and the UK GDPR.",
    ]:
        document.add_paragraph(text, style="List Number")
    document.add_heading("Meetings and review", level=1)
    for text in [
        "Representatives of the parties will meet every six months to discuss themes from "
        "the concerns they have shared.",
        "This agreement will be reviewed annually.",
    ]:
        document.add_paragraph(text, style="List Number")
    document.add_heading("Escalation", level=1)
    document.add_paragraph(
        "Concerns about how this agreement is working should be raised first between the "
        "named contacts below and then escalated through the levels in the table."
    )
    rows = [
        ("Level", "GMC", "Healthwatch England"),
        ("Working level", "Jo Bloggs, Liaison Officer, jo.bloggs@gmc-uk.org",
         "Sam Smith, Policy Officer, sam.smith@healthwatch.co.uk"),
        ("Managers", "Ann Lee, Head of Liaison, ann.lee@gmc-uk.org",
         "Raj Patel, Head of Policy, raj.patel@healthwatch.co.uk"),
        ("Chief executives", "Chief Executive, GMC", "National Director, Healthwatch England"),
    ]  # fmt: skip
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Signed: 28 February 2025")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_zip_bomb_docx(inflated_mb: int = 60) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (inflated_mb * 1024 * 1024))
    return buffer.getvalue()


def make_flate_bomb_pdf(inflated_mb: int) -> bytes:
    """A one-page PDF whose compressed content stream inflates to ``inflated_mb`` MB of text
    operators: 15 kB for 5 MB, which pypdf takes about 45 s and 260 MB to extract."""
    ops = b"BT /F1 10 Tf 50 800 Td (x) Tj ET\n"
    content = zlib.compress(ops * (inflated_mb * 1_000_000 // len(ops)), 9)
    return _pdf_file(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
            + content
            + b"\nendstream",
        ]
    )


def make_encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Secret agreement text."]]))))
    writer.encrypt(user_password="letmein", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def fixed_zip(
    data: bytes, when: tuple[int, int, int, int, int, int], mode: int | None = 0o644
) -> bytes:
    """The same Word package with every entry stamped ``when`` (python-docx stamps the current
    time), so a corpus document rebuilds byte-identical; ``mode`` None leaves no file mode."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                entry.external_attr = mode << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
