"""Rebuild held-out set 3 (four agreements) in ``tests/ingest/fixtures``, byte-identical:
``PYTHONPATH=src .venv/bin/python -m tests.ingest.heldout3_build``.

Written, with the expected results in ``tests/ingest/expected``, by someone who never saw the
parser, kept outside the repository while the parser was tuned, and measured once
(docs/ingest.md). The text, block by block, is in ``heldout3_text``.
"""

from __future__ import annotations

import html
import textwrap
from datetime import datetime
from pathlib import Path

from tests.ingest.builders import make_pdf
from tests.ingest.doc_builders import docx_bytes, text_table
from tests.ingest.heldout3_text import CMA_OFWAT_DWI, HE_PEAK, INSOLVENCY_SRA, SIA_GMP_MCC

OUT = Path(__file__).resolve().parent / "fixtures"
FIXED = datetime(2025, 6, 2, 9, 0, 0)


def build_docx(blocks) -> bytes:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    props = document.core_properties
    props.author = "Information Governance"
    props.last_modified_by = "Information Governance"
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    for kind, _path, text in blocks:
        if kind == "heading":
            document.add_heading(text, level=1)
        elif kind == "para":
            document.add_paragraph(text)
        elif kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "item":
            paragraph = document.add_paragraph(text)
            paragraph.paragraph_format.left_indent = Cm(1)
        elif kind == "table":
            text_table(document, text, bold_header=False)
        else:
            raise ValueError(kind)
    return docx_bytes(document, (2025, 6, 2, 9, 0, 0))


def build_pdf(blocks) -> bytes:
    lines: list[str] = []
    for kind, _path, text in blocks:
        if kind == "bullet":
            text = "\u2022 " + text
        lines += textwrap.wrap(text, width=92)
    header = "CMA, Ofwat and DWI \u2013 Memorandum of Understanding"
    per_page = 44
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        footer = f"OFFICIAL{' ' * 60}Page {number} of {len(chunks)}"
        pages.append([header, "", *chunk, "", footer])
    return make_pdf(pages)


HTML_PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Joint working protocol with the Peak District National Park Authority | Historic England</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner"><p>We use cookies to make this site work and to understand how you use it.</p>
<button type="button">Accept cookies</button> <button type="button">Reject cookies</button></div>
<header class="site-header">
<a href="/" class="logo">Historic England</a>
<nav aria-label="Main menu"><ul>
<li><a href="/listing/">Listing</a></li>
<li><a href="/advice/">Advice</a></li>
<li><a href="/get-involved/">Get involved</a></li>
<li><a href="/research/">Research</a></li>
<li><a href="/about/">About us</a></li>
</ul></nav>
<form action="/search/" class="search"><label for="q">Search</label> <input id="q" name="q"> <button>Go</button></form>
</header>
<nav aria-label="Breadcrumb" class="breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/about/">About us</a></li>
<li><a href="/about/partnerships/">Partnership agreements</a></li></ol></nav>
<div class="page">
<aside class="on-this-page"><h2>On this page</h2><ul>
{toc}
</ul></aside>
<main id="main">
<article>
{body}
</article>
</main>
</div>
<footer class="site-footer">
<ul>
<li><a href="/terms/">Terms and conditions</a></li>
<li><a href="/privacy/">Privacy notice</a></li>
<li><a href="/accessibility/">Accessibility statement</a></li>
<li><a href="/foi/">Freedom of information</a></li>
</ul>
<p>Page last updated: 3 September 2025</p>
<p>&copy; Historic England 2025. Historic England is the public body that looks after England&#8217;s historic environment.</p>
</footer>
</body>
</html>
"""


def build_html(blocks) -> bytes:
    body: list[str] = []
    toc: list[str] = []
    open_list = False
    for kind, path, text in blocks:
        if kind != "bullet" and open_list:
            body.append("</ul>")
            open_list = False
        esc = html.escape(text, quote=False)
        if kind == "h1":
            body.append(f"<h1>{esc}</h1>")
        elif kind in ("h2", "h3"):
            anchor = path.rsplit(".", 1)[-1]
            body.append(f'<{kind} id="{anchor}">{esc}</{kind}>')
            if kind == "h2":
                toc.append(f'<li><a href="#{anchor}">{esc}</a></li>')
        elif kind == "para":
            body.append(f"<p>{esc}</p>")
        elif kind == "bullet":
            if not open_list:
                body.append("<ul>")
                open_list = True
            body.append(f"<li>{esc}</li>")
        else:
            raise ValueError(kind)
    if open_list:
        body.append("</ul>")
    page = HTML_PAGE.replace("{toc}", "\n".join(toc)).replace("{body}", "\n".join(body))
    return page.encode("utf-8")


def build_txt(blocks) -> bytes:
    out: list[str] = []
    for kind, _path, text in blocks:
        if kind == "title":
            out.append(text.upper())
            continue
        if kind == "item":
            wrapped = textwrap.wrap(
                text, width=78, initial_indent="    ", subsequent_indent="        "
            )
        else:
            wrapped = textwrap.wrap(text, width=78)
        out.append("\n".join(wrapped))
    return ("\n\n".join(out) + "\n").encode("utf-8")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    (OUT / "insolvency-sra-isa.docx").write_bytes(build_docx(INSOLVENCY_SRA))
    (OUT / "cma-ofwat-dwi-mou.pdf").write_bytes(build_pdf(CMA_OFWAT_DWI))
    (OUT / "historic-england-peak-district-protocol.html").write_bytes(build_html(HE_PEAK))
    (OUT / "sia-gmp-manchester-liaison.txt").write_bytes(build_txt(SIA_GMP_MCC))


if __name__ == "__main__":
    main()
