"""Clause tree: numbering styles, paths, spans, and survival of messy extracted text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.ingest.clauses import parse_clauses, roman_value
from jointwork.ingest.metadata import extract_metadata
from jointwork.ingest.normalise import normalise_text


def tree_of(raw: str):
    text, warnings = normalise_text(raw)
    tree = parse_clauses(text)
    return tree, warnings + tree.warnings


def paths(raw: str) -> list[str]:
    return [c.path for c in tree_of(raw)[0].walk()]


def test_decimal_lettered_and_roman_items_nest_under_their_clause():
    raw = (
        "Working together\n\n1. The parties will:\n(a) meet;\n(b) talk:\n(i) often\n(ii) well\n"
        "2. Scope\n2.1 First.\n2.2 Second.\n"
    )
    assert paths(raw) == [
        "working-together",
        "1",
        "1.a",
        "1.b",
        "1.b.i",
        "1.b.ii",
        "2",
        "2.1",
        "2.2",
    ]


def test_a_letter_i_after_h_is_a_letter_but_i_under_a_new_list_is_roman():
    letters = "Intro:\n" + "".join(f"{c}. item {c}\n" for c in "abcdefghij")
    assert paths(letters)[-2:] == ["i", "j"]
    tree, _ = tree_of("Heading here\n\n1. Meet quarterly to:\n  i. one\n  ii. two\n")
    assert [c.number for c in tree.walk()][-2:] == ["i", "ii"]


def test_unnumbered_sections_get_slug_paths_and_annexes_restart_numbering():
    raw = (
        "Areas of co-operation\n\nThe work covers these areas:\n- a. Sharing\n- b. Meeting\n\n"
        "1. Global clause one.\n2. Global clause two.\n\nAnnex A: Contacts\n\n1. Local one.\n"
    )
    assert paths(raw) == [
        "areas-of-co-operation", "areas-of-co-operation.p1", "areas-of-co-operation.a",
        "areas-of-co-operation.b", "1", "2", "annex-a", "annex-a.1",
    ]  # fmt: skip


def test_page_headers_footers_and_page_numbers_are_removed_with_a_warning():
    page = "ACME MoU v2\n{n}. Clause {n} text goes here.\nPage {n} of 3"
    raw = "\f".join(page.format(n=n) for n in (1, 2, 3))
    tree, warnings = tree_of(raw)
    assert [c.text for c in tree.walk()] == [f"Clause {n} text goes here." for n in (1, 2, 3)]
    assert any("header/footer" in w for w in warnings)


def test_a_repeated_page_n_of_m_footer_is_removed_where_a_page_draws_it_before_its_table():
    pages = [f"{n}. Clause {n}.\nOFFICIAL    Page {n} of 3" for n in (1, 2)]
    pages.append("3. Clause three.\nOFFICIAL    Page 3 of 3\n" + "Row of a table\n" * 3)
    tree, _ = tree_of("\f".join(pages))
    assert "OFFICIAL" not in tree.text


def test_a_contents_list_is_dropped_and_hyphenation_is_joined():
    raw = (
        "Contents\n1. Purpose ..... 2\n2. Review ..... 3\n\n1. Purpose\n1.1 The parties will co-\n"
        "operate and regu-\nlate together.\n2. Review\n2.1 Yearly.\n"
    )
    tree, warnings = tree_of(raw)
    assert [c.path for c in tree.walk()] == ["1", "1.1", "2", "2.1"]
    assert tree.by_path()["1.1"].text == "The parties will co-operate and regulate together."
    assert any("contents list" in w for w in warnings)


def test_ligatures_of_a_typeset_pdf_are_spelled_out():
    tree, _ = tree_of("1. Each party will give notiﬁcation of ﬂooding and ﬃ ﬀ.\n")
    assert tree.by_path()["1"].text == "Each party will give notification of flooding and ffi ff."


def test_doubled_and_lost_numbers_are_repaired_and_reported():
    raw = "Section\n\n1. One.\n\n2. 2. Two.\n\nThree has lost its number.\n\n4. Four.\n"
    tree, warnings = tree_of(raw)
    assert [c.number for c in tree.walk()] == [None, "1", "2", "3", "4"]
    assert tree.by_path()["2"].text == "Two."
    assert any("printed twice" in w for w in warnings)
    assert any("3: number missing" in w for w in warnings)


def test_a_paragraph_starting_in_lower_case_continues_the_clause_before_a_page_break():
    tree, warnings = tree_of("Heading\n\n5. The text runs to the end of a\n\nnew page and ends.\n")
    assert tree.by_path()["5"].text == "The text runs to the end of a new page and ends."
    assert any("joined" in w for w in warnings)


def _wrapped(paragraphs: list[str]) -> str:
    """Text wrapped at 80 characters, as a PDF's lines are."""
    import textwrap

    return "\n".join("\n".join(textwrap.wrap(p, 80)) for p in paragraphs)


FILLER = "The parties will work together on the matters this agreement covers. " * 6


def test_a_full_line_cut_mid_sentence_by_a_page_break_runs_on_though_a_capital_follows():
    text = _wrapped(["1. Sharing", f"1.1 {FILLER}", f"1.2 {FILLER}"]) + (
        "\n1.3 All exchanges of information under this memorandum are subject to the UK General"
        "\n\nData Protection Regulation and the Data Protection Act 2018 in every case.\n"
        + _wrapped([f"1.4 {FILLER}", f"1.5 {FILLER}"])
        + "\n"
    )
    tree, warnings = tree_of(text)
    assert [c.path for c in tree.walk()] == ["1", "1.1", "1.2", "1.3", "1.4", "1.5"]
    assert tree.by_path()["1.3"].text.endswith("Data Protection Act 2018 in every case.")
    assert any("1.3: joined" in w for w in warnings)


def test_a_short_line_or_a_paragraph_of_one_line_is_not_cut_mid_sentence():
    text = _wrapped(["1. Sharing", f"1.1 {FILLER}", f"1.2 {FILLER}"]) + (
        "\n1.3 The contacts are listed in the Annex\n\nContacts are kept up to date.\n"
        + _wrapped([f"1.4 {FILLER}", f"1.5 {FILLER}"])
        + "\n"
    )
    tree, _ = tree_of(text)
    assert [c.path for c in tree.walk()] == ["1", "1.1", "1.2", "1.3", "1.p1", "1.4", "1.5"]
    unwrapped = f"1. {FILLER}the UK General\n\nData Protection Regulation applies.\n"
    assert [c.path for c in tree_of(unwrapped)[0].walk()] == ["1", "p1"]


def test_sub_clauses_after_an_unnumbered_paragraph_keep_their_numbers_under_their_clause():
    tree, _ = tree_of(
        "1. Sharing\n1.1 Text one.\n1.2 Text two.\n\nContacts are kept up to date.\n\n"
        "1.3 Text three.\n1.4 Text four.\n2. Review\n2.1 Text five.\n"
    )
    assert [c.path for c in tree.walk()] == [
        "1", "1.1", "1.2", "1.p1", "1.3", "1.4", "2", "2.1",
    ]  # fmt: skip
    assert tree.by_path()["1.p1"].text == "Contacts are kept up to date."


def test_a_pdf_title_about_its_subject_over_its_parties_line_is_the_title_block():
    tree, _ = tree_of(
        "Joint Working Protocol on the Handling of Complaints about Solicitors\n"
        "between the Alpha Commission and the Beta Society\n1. Introduction\n"
        "1.1 This protocol sets out how the two bodies handle complaints together.\n"
    )
    assert [c.path for c in tree.walk()][:3] == ["p1", "p2", "1"]


def test_a_signature_line_of_dots_to_fill_does_not_end_its_signatory_paragraph():
    text = _wrapped(["1. Terms", f"1.1 {FILLER}", f"1.2 {FILLER}"]) + (
        "\n2. Signatures\nSigned on behalf of the Alpha Agency\nName: ..................\n"
        "Position: Chief Executive\nDate: 24 March 2025\n"
        "Signed on behalf of the Beta Council\nName: ..................\n"
        "Position: Director\nDate: 26 March 2025\n"
    )
    tree, _ = tree_of(text)
    assert [c.path for c in tree.walk()][-3:] == ["2", "2.p1", "2.p2"]


def test_a_table_of_each_offices_relationship_manager_is_contacts_not_duties():
    paths_found = paths(
        "Contacts\n\nThe relationship managers are:\n\n"
        "Office\tRelationship manager\tAlso responsible for\n"
        "Alpha Regulatory Authority\tHead of Policy\tEnquiries\n"
        "Beta Council\tHead of Complaints\tAdvice\n"
    )
    assert paths_found == ["contacts", "contacts.p1", "contacts.t1"]


def test_roman_values():
    assert [roman_value(s) for s in ("i", "iv", "ix", "xiv", "iiii", "vx")] == [
        1,
        4,
        9,
        14,
        None,
        None,
    ]


_words = st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=40).map(
    lambda s: "Text " + " ".join(s.split()) + "."
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_words, st.lists(_words, max_size=4)), min_size=1, max_size=12))
def test_generated_numbered_documents_round_trip_to_their_paths(clauses):
    lines, want = ["Terms of the agreement", ""], ["terms-of-the-agreement"]
    for n, (text, subs) in enumerate(clauses, start=1):
        lines.append(f"{n}. {text}{':' if subs else ''}")
        want.append(str(n))
        for k, sub in enumerate(subs):
            letter = "abcd"[k]
            lines.append(f"  ({letter}) {sub}")
            want.append(f"{n}.{letter}")
    assert paths("\n".join(lines) + "\n") == want


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_parses_and_every_span_holds_the_clause_text(raw):
    text, _ = normalise_text(raw)
    tree = parse_clauses(text)
    seen = set()
    for clause in tree.walk():
        assert clause.path not in seen
        seen.add(clause.path)
        start, end = clause.span
        assert 0 <= start <= end <= len(text)
        if clause.kind not in ("section", "annex", "title"):
            assert " ".join(text[start:end].split()) == clause.text


_marker_soup = st.lists(
    st.sampled_from(
        ["1.", "2.", "3.", "1.1", "2.1", "1.0", "(a)", "b.", "(ii)", "i.", "A.", "- ", "• ",
         "  ", "\t", "Annex A", "Heading", "The parties will meet.", "text", ":", "\n", "\n\n",
         "\f", "# "]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_marker_soup)
def test_list_markers_in_any_order_give_unique_paths_and_true_spans(raw):
    text, _ = normalise_text(raw)
    tree = parse_clauses(text)
    paths = [c.path for c in tree.walk()]
    assert len(paths) == len(set(paths))
    for clause in tree.walk():
        if clause.kind not in ("section", "annex", "title"):
            start, end = clause.span
            assert " ".join(text[start:end].split()) == clause.text


def test_a_numbered_section_heading_is_its_clause_and_sub_clauses_keep_their_printed_numbers():
    text = (
        "Section 3 — Information sharing\n\n"
        "3.1 General principles\n\n"
        "3.1.1 The parties will share information where it is lawful to do so.\n\n"
        "3.1.2 Each party remains the controller of its own information.\n"
    )
    tree = parse_clauses(text)
    assert [c.path for c in tree.walk()] == ["3", "3.1", "3.1.1", "3.1.2"]
    assert tree.by_path()["3"].heading == "Information sharing"


def test_a_version_line_set_out_in_columns_is_not_a_heading():
    text = (
        "Version 2.0    Issued September 2024\n\n"
        "1. The parties will meet every quarter to discuss shared concerns about services.\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == ["p1", "1"]


def test_a_heading_over_a_closing_run_of_short_lines_heads_the_signature_block():
    text = (
        "1. The parties will meet every quarter to discuss shared concerns about services.\n\n"
        "Signatures\n\nJane Smith\nChief Executive, Alpha Authority\n\n"
        "John Brown\nDirector, Beta Council\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == [
        "1", "signatures", "signatures.p1", "signatures.p2",
    ]  # fmt: skip


def test_title_case_and_all_caps_lines_head_even_a_short_sentence():
    text = "Information Sharing\n\nThe parties share data.\n\nMEETINGS\n\nThey meet often.\n"
    assert [c.path for c in parse_clauses(text).walk()] == [
        "information-sharing", "information-sharing.p1", "meetings", "meetings.p1",
    ]  # fmt: skip


def test_sentences_without_a_full_stop_datelines_and_stems_are_not_headings():
    body = (
        "This protocol sets out how the two organisations will work together where their "
        "responsibilities meet in the course of their work.\n\n"
    )
    text = (
        "Published 20 September 2024\n\n" + body
        + "The parties will keep each other informed of developments in their work\n\n" + body
        + "The parties agree the following:\n\n" + body
    )  # fmt: skip
    assert [c.kind for c in parse_clauses(text).walk()] == ["paragraph"] * 6


def test_numbering_that_restarts_in_every_part_is_local_to_each_part():
    text = (
        "PART A – GENERAL\n\n1. The parties will meet.\n\n2. The parties will share data.\n"
        "2.1 Data is shared securely.\n\n"
        "PART B – OPERATIONS\n\n1. First again.\n\n2. Second again.\n(a) a sub item\n"
    )
    tree = parse_clauses(text)
    assert [c.path for c in tree.walk()] == [
        "A", "A.1", "A.2", "A.2.1",
        "B", "B.1", "B.2", "B.2.a",
    ]  # fmt: skip
    assert (tree.by_path()["A"].number, tree.by_path()["A"].heading) == ("A", "GENERAL")
    assert not any("twice" in w or "~" in w for w in tree.warnings)


def test_numbering_that_runs_on_across_sections_stays_document_wide():
    text = "Purpose\n\n1. One clause.\n\n2. Two clause.\n\nScope\n\n3. Three clause.\n"
    assert [c.path for c in parse_clauses(text).walk()] == ["purpose", "1", "2", "scope", "3"]


def test_article_and_clause_headings_are_numbered_sections_like_section_headings():
    text = (
        "Article 1 — Purpose\n\n1.1 The parties will meet.\n\n"
        "CLAUSE 4: Review\n\n4.1 This agreement will be reviewed annually.\n"
    )
    tree = parse_clauses(text)
    assert [c.path for c in tree.walk()] == ["1", "1.1", "4", "4.1"]
    assert [tree.by_path()[n].heading for n in ("1", "4")] == ["Purpose", "Review"]


def test_mixed_numbers_such_as_4_2_a_hang_from_the_clause_they_print():
    text = (
        "4. Information sharing\n\n4.1 The parties will share information.\n"
        "4.2 The parties will send each other:\n4.2(a) incident reports;\n"
        "4.2(b) inspection findings.\n4.3 A third clause, citing section\n2(1) of the Act.\n"
    )
    tree = parse_clauses(text)
    assert [(c.path, c.number) for c in tree.walk()] == [
        ("4", "4"), ("4.1", "4.1"), ("4.2", "4.2"), ("4.2.a", "4.2(a)"), ("4.2.b", "4.2(b)"),
        ("4.3", "4.3"),
    ]  # fmt: skip
    assert tree.by_path()["4.3"].text == "A third clause, citing section 2(1) of the Act."
    assert tree.warnings == []


def test_roman_numeral_items_and_roman_numbered_headings():
    text = (
        "Our commitments\n\ni. The parties will meet quarterly.\nii. The parties will share "
        "information.\n\nPrinciples\n\nI. The parties act openly.\nII. The parties act promptly."
        "\nIII. The parties act lawfully.\n\nIV. REVIEW\n\n1. This agreement will be reviewed.\n"
    )
    tree = parse_clauses(text)
    assert [c.path for c in tree.walk()] == [
        "our-commitments", "our-commitments.i", "our-commitments.ii",
        "principles", "principles.I", "principles.II", "principles.III", "IV", "1",
    ]  # fmt: skip
    assert tree.by_path()["IV"].heading == "REVIEW"


def test_an_unnumbered_subheading_nests_its_section_under_its_parent_in_html_and_markdown():
    from jointwork.ingest.pipeline import parse_document

    html = (
        b"<h1>Protocol</h1><h2>Sharing information</h2><p>We share data.</p>"
        b"<h3>Security</h3><p>Data is sent securely.</p><h2>Review</h2><p>Reviewed yearly.</p>"
    )
    markdown = (
        "# Protocol\n\n## Sharing information\n\nWe share data.\n\n"
        "### Security\n\nData is sent securely.\n\n## Review\n\nReviewed yearly.\n"
    )
    for data, name in ((html, "p.html"), (markdown.encode(), "p.md")):
        paths = [c.path for c in parse_document(data, name).tree.walk()]
        assert paths == [
            "title", "sharing-information", "sharing-information.p1",
            "sharing-information.security", "sharing-information.security.p1",
            "review", "review.p1",
        ], name  # fmt: skip


def test_a_clause_heading_inside_a_run_of_lines_heads_its_section_even_over_a_paragraph():
    text = (
        "Clause 8 — Review\n8.1 The parties will review this agreement.\n"
        "8.2 The review will follow the law.\nSection 76 of the Act\napplies to it.\n"
        "Clause 9 — Signature\nSigned for the parties by Jo Bloggs on 1 May 2025.\n"
    )
    tree = parse_clauses(text)
    assert [c.path for c in tree.walk()] == ["8", "8.1", "8.2", "9", "9.p1"]
    assert tree.by_path()["8.2"].text.endswith("Section 76 of the Act applies to it.")


def test_a_title_over_its_parties_line_is_the_title_block_not_a_section():
    text = (
        "MEMORANDUM OF UNDERSTANDING ON SHARING INTELLIGENCE\n\n"
        "Between the Alpha Authority (AA) and the Beta Board (BB)\n\n"
        "Purpose\n\nThis memorandum sets out how the parties share intelligence.\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == ["p1", "p2", "purpose", "purpose.p1"]


def test_a_level_one_heading_under_a_caption_is_the_title_not_a_parent_section():
    text = "Policy paper\n\n# Protocol between A and B\n\n## Background\n\nA and B regulate.\n"
    assert [c.path for c in parse_clauses(text, infer_headings=False).walk()] == [
        "p1", "title", "background", "background.p1"
    ]  # fmt: skip


def test_a_sentence_wrapped_before_annex_a_does_not_open_the_annex():
    text = (
        "7.1 Each party will keep the contact details in\nAnnex A up to date.\n"
        "7.2 The leads will meet twice a year.\n\nAnnex A – Contacts\n\nThe leads are listed.\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == ["7.1", "7.2", "annex-a", "annex-a.p1"]


@pytest.mark.parametrize(
    "parties",
    [
        "Between the Alpha Authority (AA) and the Beta Board (BB)",
        "Between the Alpha Authority, the Gamma Service and\nthe Beta Board",  # wrapped
    ],
)
def test_a_parties_line_directly_under_the_title_is_a_paragraph_of_its_own(parties):
    text = f"Memorandum of Understanding on Data\n{parties}\n1. Purpose\n1.1 We meet.\n"
    assert [c.path for c in parse_clauses(text).walk()] == ["p1", "p2", "1", "1.1"]


@pytest.mark.parametrize(
    ("head", "want"),
    [
        # a blank line sets the lower-case parties line apart
        ("LIAISON AGREEMENT\n\nbetween the Alpha Authority and\nthe Beta Board\n\n", ["p1", "p2"]),
        # a PDF's lines, no blank lines around the title block
        ("Memorandum of Understanding\nbetween the Alpha Authority (AA), the Beta Board\n"
         "(BB) and the Gamma Agency (GA)\n",
         ["p1", "p2"]),
        # one block set off by blank lines stays one paragraph
        ("MEMORANDUM OF UNDERSTANDING\nbetween the Alpha Authority and the Beta Board\n\n",
         ["p1"]),
        # a parties line wrapped before its "and": the next line ends it, it heads nothing
        ("Memorandum of Understanding\n"
         "between the Alpha Authority for Wales, the Beta Human Rights\n"
         "Commission and the Gamma Public Services Ombudsman\n",
         ["p1", "p2"]),
    ],
)  # fmt: skip
def test_a_lower_case_parties_line_under_the_title_is_p2_unless_one_block_with_it(head, want):
    text = f"{head}1. Purpose\n1.1 The parties will meet every year to discuss their work.\n"
    assert [c.path for c in parse_clauses(text).walk()] == [*want, "1", "1.1"]


def test_pdf_signature_lines_under_a_last_numbered_heading_are_its_paragraphs():
    # a PDF's lines: no blank lines; wrapped at about 90 characters
    text = (
        "1. Purpose\n"
        "1.1 This memorandum sets out how the Alpha Authority and the Beta Board work together\n"
        "on the cases they both regulate, and how they share what they learn from them.\n"
        "2. Signatures\n"
        "Signed for the Alpha Authority by its Chief Executive, 24 April 2025\n"
        "Signed for the Beta Board by its Chair.\n"
        "Date of last signature: 28 April 2025.\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == [
        "1", "1.1", "2", "2.p1", "2.p2", "2.p3"
    ]  # fmt: skip


def test_pdf_lines_for_each_party_and_a_version_line_under_the_title_are_paragraphs():
    # a PDF's lines: no blank lines; wrapped at about 90 characters
    text = (
        "Information Sharing Agreement\n"
        "between the Alpha Authority and the Beta Board\n"
        "Version 1.2, September 2025\n"
        "1. Purpose\n"
        "1.1 This agreement sets out how the Alpha Authority and the Beta Board exchange the\n"
        "information they hold about the cases they both regulate, and who decides what.\n"
        "2. Signatures\n"
        "For the Alpha Authority: Chief Executive, 22 September 2025\n"
        "For the Beta Board: Chair, 24 September 2025\n"
    )
    tree = parse_clauses(text)
    assert [c.path for c in tree.walk()] == [
        "p1", "p2", "p3", "1", "1.1", "2", "2.p1", "2.p2"
    ]  # fmt: skip
    found = extract_metadata(tree)
    assert found.title == (
        "Information Sharing Agreement between the Alpha Authority and the Beta Board"
    )
    assert found.party_names() == ["Alpha Authority", "Beta Board"]


def test_a_table_runs_to_its_blank_line_over_numbered_and_single_cell_rows():
    # a Word document-control table ("1.0<tab>3 April 2019") and a signature table whose
    # "Signature" row is one cell across both columns
    text = (
        "# Agreement between the Alpha Authority and the Beta Board\n\n"
        "# Document control\n\nVersion\tDate\n1.0\t3 April 2019\n2.0\t12 September 2024\n\n"
        "# 1. Purpose\n\n1.1\tThe parties will meet.\n\n# Signatures\n\n"
        "For the Alpha Authority\tFor the Beta Board\nSignature: [signed]\n"
        "Date: 1 May 2025\tDate: 2 May 2025\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == [
        "title", "document-control", "document-control.t1", "1", "1.1", "signatures",
        "signatures.t1",
    ]  # fmt: skip


def test_signature_lines_in_one_block_of_spaced_text_stay_one_paragraph():
    text = (
        "1. The parties will meet every year to discuss their work together.\n\n"
        "2. The parties will review this memorandum every two years.\n\n"
        "Signed for A: Jo Bloggs, Chief Executive. Date: 12 May 2023\n"
        "Signed for B: Al Smith, Chair. Date: 15 May 2023\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == ["1", "2", "p1"]


def test_an_unnumbered_signatures_line_over_signed_lines_in_pdf_text_is_a_heading():
    text = (
        "Review\n"
        "24. This agreement will be reviewed annually by the points of contact named in the\n"
        "annex, and at any time at the request of any party. Amendments require the written\n"
        "agreement of all three parties.\n"
        "Signatures\n"
        "Signed for the Alpha Office by the Regional Director, 20 March 2025\n"
        "Signed by the Beta Commissioner for North and South, 20 March 2025\n"
    )
    paths = [c.path for c in parse_clauses(text).walk()]
    assert paths == ["review", "24", "signatures", "signatures.p1", "signatures.p2"]


def test_a_first_line_naming_an_agreement_between_parties_is_the_title_block_not_a_section():
    text = (
        "Liaison Agreement between London TravelWatch and Transport for London\n\n\n"
        "PART A – GENERAL\n\n1.  This agreement is between the two bodies.\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == ["p1", "A", "1"]


def test_a_table_after_an_item_that_introduces_it_is_the_items_and_numbering_goes_on_after():
    text = (
        "## Part B – Before\n\n1. The council will meet.\n\n2. The council will talk.\n\n"
        "## Part C – During\n\n1. The council will send the application.\n\n"
        "2. The following timescales apply:\n\nAction\tBy whom\nSend the plan\tCouncil\n\n"
        "3. The council will not move a child.\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == [
        "B", "B.1", "B.2", "C", "C.1", "C.2", "C.2.t1", "C.2.t1.r1", "C.3"
    ]  # fmt: skip


def test_a_pdf_bullet_with_room_left_on_its_line_ends_before_a_sentence():
    # a PDF's lines: no blank lines; wrapped at about 90 characters
    text = (
        "Annex A – Data items\n"
        "The Alpha Authority sends the Beta Board one file each month, through the secure file\n"
        "transfer service that the Beta Board runs, on the first working day of that month.\n"
        "Each monthly file sent by the Alpha Authority to the Beta Board contains these fields:\n"
        "• Surname, forenames and any previous surname of the student named in the record\n"
        "• Status of the award\n"
        "Each field is as recorded in the funding service of the Alpha Authority on that date.\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == [
        "annex-a", "annex-a.p1", "annex-a.p1.b1", "annex-a.p1.b2", "annex-a.p2"
    ]  # fmt: skip


def test_a_marked_decimal_subheading_is_its_numbered_section():
    text = (
        "# Agreement between the Alpha Authority and the Beta Board\n\n"
        "# 2. Purpose and lawful basis\n\n## 2.1 Purpose\n\n2.1.1\tThe parties will share data.\n"
    )
    assert [c.path for c in parse_clauses(text, infer_headings=False).walk()] == [
        "title", "2", "2.1", "2.1.1"
    ]  # fmt: skip


def test_bullets_after_an_indented_word_numbered_clause_that_introduces_them_are_its_list():
    text = (
        "# 3. Principles\n\n  3.1 The parties will be guided by the following principles:\n\n"
        "- protecting the rights of athletes;\n\n- respecting the independence of each party.\n"
    )
    assert [c.path for c in parse_clauses(text, infer_headings=False).walk()] == [
        "3", "3.1", "3.1.b1", "3.1.b2"
    ]  # fmt: skip


def test_a_sections_restarting_list_goes_on_past_a_note_between_its_items():
    text = (
        "I. PARTIES\n\n1. The parties are A and B.\n\n2. They work together.\n\n"
        "II. EMERGENCIES\n\n1. Plans remain in force.\n\n2. A will alert B.\n\n"
        "Note: A keeps a watch at all hours.\n\n3. The parties will exercise once a year.\n"
    )
    assert [c.path for c in parse_clauses(text).walk()] == [
        "I", "I.1", "I.2", "II", "II.1", "II.2", "II.p1", "II.3",
    ]  # fmt: skip


def test_a_table_set_out_in_columns_of_spaces_is_a_table_of_rows():
    raw = (
        "V.    WHO TELLS WHOM\n\n"
        "  1.    The parties will notify each other as set out below:\n\n"
        "        Event                        Who tells whom          When\n"
        "        ---------------------------  ----------------------  -------------\n"
        "        Amber warning issued         Adviser to Council      Within 1 hour\n"
        "        Bridge closed                Council to NWAS         At once\n\n"
        "  2.    Notifications are made by telephone.\n"
    )
    text, _ = normalise_text(raw)
    tree = parse_clauses(text)
    assert [c.path for c in tree.walk()] == [
        "V", "V.1", "V.1.t1", "V.1.t1.r1", "V.1.t1.r2", "V.2",
    ]  # fmt: skip
    assert tree.by_path()["V.1.t1.r2"].text == "Bridge closed Council to NWAS At once"


def test_a_pdfs_column_table_ends_where_its_rows_stop_lining_up():
    raw = (
        "1. Notifications\n"
        "1.1 The agencies will make these notifications:\n"
        "Event                 Who tells whom        When\n"
        "Moves in with a child Probation to MASH     2 working days\n"
        "Recall or breach      Probation to SW       Same working day\n"
        "1.2 Where a practitioner is unsure, they should ask the MASH.\n"
    )
    text, _ = normalise_text(raw)
    assert [c.path for c in parse_clauses(text).walk()] == [
        "1", "1.1", "1.1.t1", "1.1.t1.r1", "1.1.t1.r2", "1.2",
    ]  # fmt: skip
