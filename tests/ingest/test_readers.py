"""Readers: type from content, layout kept, and a clear IngestError for every kind of bad input."""

from __future__ import annotations

import io
import zipfile

import pytest

from jointwork.ingest.clauses import parse_clauses
from jointwork.ingest.readers import IngestError, Limits, detect_format, read_document
from tests.ingest.builders import make_docx_isa, make_encrypted_pdf, make_pdf, make_zip_bomb_docx


def test_it_detects_the_type_from_the_content_not_the_name():
    assert detect_format(make_pdf([["Hello there."]]), "agreement.txt") == "pdf"
    assert detect_format(make_docx_isa(), "agreement.pdf") == "docx"
    assert detect_format(b"<!DOCTYPE html><html><p>x</p></html>", "page.txt") == "html"
    assert detect_format(b"# Title\n\nText", "notes.md") == "md"
    assert detect_format(b"1. Plain text", "anything.bin") == "txt"


def test_it_records_pages_and_characters_and_flags_a_page_without_text():
    doc = read_document(make_pdf([["Page one text."], [], ["Page three text."]]), "a.pdf")
    assert [(p.number, p.chars, p.empty) for p in doc.pages] == [
        (1, 14, False),
        (2, 0, True),
        (3, 16, False),
    ]
    assert any("no extractable text" in w and "3" not in w.split(":")[-1] for w in doc.warnings)
    assert "Page three text." in doc.text


def test_a_ruled_contacts_table_in_a_pdf_comes_back_as_rows():
    grid = [
        ["Jo Bloggs, Liaison Officer", "jo.bloggs@example.org 020 7946 0000"],
        ["Sam Smith, Policy Officer", "sam.smith@example.org 020 7946 0001"],
    ]
    doc = read_document(make_pdf([["Annex B: Contacts"]], grid=grid), "contacts.pdf")
    assert [row for table in doc.tables for row in table.rows] == grid


def test_a_ruled_table_of_duties_in_a_pdf_is_set_out_as_rows_in_the_text():
    grid = [
        ["Event", "Who tells whom"],
        ["An inspection finds harm", "The Alpha Authority tells the Beta Board"],
    ]
    doc = read_document(make_pdf([["Annex A: Notifications"]], grid=grid), "duties.pdf")
    assert "\n\nEvent\tWho tells whom\nAn inspection finds harm\tThe Alpha" in doc.text
    paths = [c.path for c in parse_clauses(doc.text).walk()]
    assert paths == ["annex-a", "annex-a.t1", "annex-a.t1.r1"]


def test_it_renders_word_automatic_numbering_headings_and_tables():
    doc = read_document(make_docx_isa(), "isa.docx")
    assert "\n1. This agreement sets out" in doc.text
    assert "\n7. This agreement will be reviewed annually." in doc.text
    assert "# Sharing information" in doc.text
    assert doc.tables[0].rows[0] == ["Level", "GMC", "Healthwatch England"]


def test_it_keeps_html_lists_and_drops_scripts_and_navigation():
    html = (
        b"<html><head><script>evil()</script></head><body><nav>Menu</nav><h2>Terms</h2>"
        b"<ol type='a'><li>First</li><li>Second</li></ol></body></html>"
    )
    doc = read_document(html, "p.html")
    assert doc.text == "## Terms\n\na. First\n\nb. Second\n"


def test_a_list_item_holding_a_paragraph_keeps_its_marker_on_the_paragraphs_line():
    html = (
        b"<html><body><ol type='a'>\n<li>\n<p>First.</p><p>More.</p></li>"
        b"<li><p>Second.</p></li></ol>"
    )
    assert read_document(html, "p.html").text == "a. First.\n\nMore.\n\nb. Second.\n"


def _corrupt_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<not-closed")
    return buffer.getvalue()


def _plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.csv", "a,b")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.txt", "the file is empty"),
        (b"   \n\t ", "blank.txt", "the file is empty"),
        (b"\x00\x01\x02\x03binary\xff\xfe" * 50, "garbage.bin", "binary data"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.doc", "old binary Word"),
        (_plain_zip(), "data.zip", "not a Word"),
        (_corrupt_docx(), "broken.docx", "corrupt .docx"),
        (b"%PDF-1.4\nthis is not really a pdf", "broken.pdf", "corrupt PDF"),
        (make_pdf([[], []]), "scan.pdf", "scanned PDF with no text layer"),
    ],
)
def test_bad_input_gets_a_one_line_error_naming_the_file_and_the_problem(data, name, message):
    with pytest.raises(IngestError) as error:
        read_document(data, name)
    assert str(error.value).startswith(f"{name}: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_an_encrypted_pdf_is_refused_with_a_clear_message():
    with pytest.raises(IngestError, match="encrypted PDF"):
        read_document(make_encrypted_pdf(), "locked.pdf")


def test_a_zip_bomb_docx_is_refused_before_it_is_inflated():
    with pytest.raises(IngestError, match="zip bomb"):
        read_document(make_zip_bomb_docx(), "bomb.docx")


def test_a_file_over_the_size_limit_is_refused():
    with pytest.raises(IngestError, match="the limit is 20 MB"):
        read_document(b"a" * (50 * 1024 * 1024), "huge.txt")


def test_deeply_nested_html_is_refused():
    deep = b"<html><body>" + b"<div>" * 5000 + b"x" + b"</div>" * 5000 + b"</body></html>"
    with pytest.raises(IngestError, match="nested deeper"):
        read_document(deep, "deep.html")


def test_reading_gives_up_when_the_time_limit_has_passed():
    with pytest.raises(IngestError, match=r"parsing stopped after -1 s \(time limit\)"):
        read_document(make_pdf([["text"]] * 3), "slow.pdf", Limits(max_seconds=-1))


def test_a_pdf_over_the_page_limit_is_refused():
    with pytest.raises(IngestError, match="the limit is 2"):
        read_document(make_pdf([["a"], ["b"], ["c"]]), "long.pdf", Limits(max_pages=2))


_CHROME_PAGE = b"""<html><body>
<a href="#main" class="govuk-skip-link">Skip to main content</a>
<div class="govuk-cookie-banner"><p>We use some essential cookies to make this service work.</p>
<button>Accept additional cookies</button></div>
<header><a href="/">GOV.UK</a></header>
<div class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/x">Health</a></li>
</ol></div>
<main id="main"><article><header><h1>Protocol between A and B</h1></header>
<h2>Contents</h2><ol><li><a href="#one">Purpose</a></li><li><a href="#two">Review</a></li></ol>
<h2 id="one">Purpose</h2><p>The parties will meet quarterly.</p>
<aside><p>Related content: other protocols</p></aside>
<h2 id="two">Review</h2><p>This protocol will be reviewed annually.</p>
<footer><p>Signed for A and B, 1 May 2024.</p></footer></article>
<div class="gem-c-feedback"><p>Is this page useful?</p></div>
<p>Is this page useful?</p>
<div role="navigation"><a href="/next">Next: guidance</a></div></main>
<footer><p>All content is available under the Open Government Licence v3.0, except where
otherwise stated</p><p>&copy; Crown copyright</p></footer>
<div role="contentinfo"><p>Accessibility statement</p></div>
</body></html>"""


def test_web_page_chrome_is_dropped_and_the_agreement_kept():
    doc = read_document(_CHROME_PAGE, "page.html")
    assert doc.text == (
        "# Protocol between A and B\n\n## Purpose\n\nThe parties will meet quarterly.\n\n"
        "## Review\n\nThis protocol will be reviewed annually.\n\n"
        "Signed for A and B, 1 May 2024.\n"
    )


def test_a_list_of_in_page_links_inside_the_agreement_text_is_kept_when_it_has_other_words():
    html = (
        b"<html><body><main><h2>Contacts</h2><ul><li>Jo Bloggs, see <a href='#annex'>Annex A"
        b"</a></li></ul></main></body></html>"
    )
    assert read_document(html, "p.html").text == "## Contacts\n\n- Jo Bloggs, see Annex A\n"


def _docx_with_bold_headings() -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()

    def bold(text: str) -> None:
        document.add_paragraph().add_run(text).bold = True

    bold("Memorandum of understanding between the Alpha Authority (AA) and the Beta Council (BC)")
    bold("Purpose")
    document.add_paragraph("1.\tThis memorandum sets out how the AA and the BC work together.")
    document.add_paragraph("2.\tThe AA and the BC will meet quarterly to discuss risks.")
    bold("3. Information sharing")
    document.add_paragraph("3.1\tThe parties will share information about risks.")
    note = document.add_paragraph()
    note.add_run("Note: ").bold = True
    note.add_run("partly bold is not a heading.")
    bold("A bold sentence that ends with a full stop.")
    outlined = document.add_paragraph("Review")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "1")
    outlined._p.get_or_add_pPr().append(level)
    document.add_paragraph("4.\tThis memorandum will be reviewed every two years.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_headings_faked_in_bold_or_set_by_outline_level_become_headings():
    from jointwork.ingest.pipeline import parse_document

    data = _docx_with_bold_headings()
    text = read_document(data, "bold.docx").text
    assert text.startswith("# Memorandum of understanding between the Alpha Authority")
    for line in ("## Purpose", "## 3. Information sharing", "## Review", "1.\tThis memorandum"):
        assert f"\n{line}" in text
    assert "\nNote: partly bold" in text and "\nA bold sentence" in text
    paths = [c.path for c in parse_document(data, "bold.docx").tree.walk()]
    assert paths == [
        "title", "purpose", "1", "2", "3", "3.1", "3.p1", "3.p2", "review", "4",
    ]  # fmt: skip


def test_word_headings_numbered_by_a_list_keep_their_numbers():
    import copy

    import docx

    document = docx.Document()
    # the numbering the built-in "List Number" style uses, put on two Heading 1 paragraphs
    num_pr = document.styles["List Number"].element.pPr.numPr
    for text in ("Purpose", "Review"):
        document.add_heading(text, level=1)._p.get_or_add_pPr().append(copy.deepcopy(num_pr))
        document.add_paragraph(f"The {text.lower()} clause.")
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_document(buffer.getvalue(), "h.docx").text
    assert "# 1. Purpose\n" in text and "# 2. Review\n" in text


def test_markdown_lines_set_wholly_in_bold_are_headings_and_the_first_one_the_title():
    md = (
        "**Terms of reference of the Joint Forum**\n\nAgreed between A and B.\n\n"
        "**Membership**\n\n- A: a director\n\n__Meetings__\n\nThe forum will meet.\n\n"
        "**Note:** partly bold.\n\n**A bold sentence.**\n"
    )
    text = read_document(md.encode(), "t.md").text
    assert text.startswith("# Terms of reference of the Joint Forum\n")
    assert "\n## Membership\n" in text and "\n## Meetings\n" in text
    assert "\n**Note:** partly bold." in text and "\n**A bold sentence.**" in text
    titled = read_document(b"# Terms\n\n**Membership**\n\nText.\n", "t.md").text
    assert titled == "# Terms\n\n## Membership\n\nText.\n"
    # plain text keeps its asterisks: only markdown marks bold
    assert read_document(b"**Membership**\n\nText.\n", "t.txt").text.startswith("**")


def test_a_markdown_bold_line_with_a_hard_break_opens_a_signature_paragraph_not_a_heading():
    md = (
        b"# Terms\n\n## Signed\n\n**For the Alpha Council**  \nName: A Person  \nDate: 1 May 2025\n"
    )
    text = read_document(md, "t.md").text
    assert "\n**For the Alpha Council**  \nName: A Person" in text
    assert "## For the Alpha Council" not in text


def test_a_gov_uk_title_caption_naming_the_kind_of_page_is_chrome():
    html = (
        b"<html><body><main><div class='gem-c-title'><span class='gem-c-title__context'>"
        b"Policy paper</span><h1 class='gem-c-title__text'>Concordat on joint working</h1>"
        b"</div><p>1. The parties will meet every quarter.</p></main></body></html>"
    )
    text = read_document(html, "p.html").text
    assert "Policy paper" not in text and text.startswith("# Concordat on joint working")


def test_publishing_dates_above_the_main_content_are_page_chrome_but_a_dateline_in_it_stays():
    html = (
        b"<html><body><div class='page-meta'><span>Published: 30 September 2024</span> "
        b"<span>Last updated: 1 October 2024</span></div><main><h1>Protocol between A and B</h1>"
        b"<p>Published 20 September 2024</p><p>A and B agree this protocol.</p>"
        b"</main></body></html>"
    )
    assert read_document(html, "page.html").text == (
        "# Protocol between A and B\n\nPublished 20 September 2024\n\n"
        "A and B agree this protocol.\n"
    )


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            b"<html><body><main><ul class='organisation-logos'><li><a href='/a'>Alpha</a>"
            b"</li></ul><h1>Protocol between A and B</h1><p>A and B agree.</p></main>"
            b"</body></html>",
            id="a_gov_uk_list_of_organisation_logos",
        ),
        pytest.param(
            b"<html><body><main><h1>Protocol between A and B</h1><p>This publication is licensed "
            b"under the terms of the Open Government Licence v3.0 except where stated.</p>"
            b"<p>This publication is available at https://www.gov.uk/government/publications/ab</p>"
            b"<p>A and B agree.</p></main></body></html>",
            id="the_licence_and_address_lines_that_open_a_gov_uk_publication",
        ),
        pytest.param(
            b"<html><body><div class='govuk-phase-banner'><p><strong>Beta</strong> This part of "
            b"GOV.UK is being rebuilt.</p></div><main><h1>Protocol between A and B</h1>"
            b"<p>A and B agree.</p></main></body></html>",
            id="a_gov_uk_phase_banner",
        ),
        pytest.param(
            b"<html><body><div class='top-bar'><ul><li><a href='/c'>Contact us</a></li></ul></div>"
            b"<main><h1>Protocol between A and B</h1><dl><dt>Published</dt><dd>1 May 2025</dd>"
            b"<dt>Category</dt><dd>Corporate documents</dd><dt>Airport</dt><dd>Kirkwall</dd>"
            b"</dl><p>A and B agree.</p></main>"
            b"<div class='site-bottom'><p>Follow us</p></div></body></html>",
            id="everything_beside_the_pages_one_main_element",
        ),
    ],
)
def test_page_furniture_around_the_agreement_is_dropped(html):
    # a GOV.UK organisation logos list, the licence lines that open a publication, the phase
    # banner, and anything beside a page's one <main>, with a list of its publishing details
    assert read_document(html, "page.html").text == "# Protocol between A and B\n\nA and B agree.\n"


def test_lines_broken_by_br_stay_one_paragraph():
    html = (
        b"<html><body><main><h1>Protocol between A and B</h1><p><strong>Signed for A</strong>"
        b"<br>Chief Executive<br>August 2025</p><p>Signed for B</p></main></body></html>"
    )
    assert read_document(html, "page.html").text == (
        "# Protocol between A and B\n\nSigned for A\nChief Executive\nAugust 2025\n\nSigned for B\n"
    )


def test_a_caption_over_the_title_and_a_list_of_publishing_details_are_page_chrome():
    html = (
        b"<html><body><main><span class='govuk-caption-xl'>Policy paper</span>"
        b"<h1>Protocol between A and B</h1><dl><dt>From:</dt><dd>A and B</dd>"
        b"<dt>Published</dt><dd>1 May 2024</dd></dl><p>A and B agree this protocol.</p>"
        b"<dl><dt>landlord</dt><dd>a registered provider</dd></dl></main></body></html>"
    )
    assert read_document(html, "page.html").text == (
        "# Protocol between A and B\n\nA and B agree this protocol.\n\n"
        "landlord\n\na registered provider\n"
    )
