"""Contact candidates read from an agreement's contacts annex (ingest/contacts.py)."""

from __future__ import annotations

import pytest

from jointwork.ingest.contacts import ContactCandidate
from jointwork.ingest.pipeline import parse_document
from tests.conftest import seed_path
from tests.ingest.builders import make_docx_isa, make_pdf

HEAD = (
    "Memorandum of understanding between the Alpha Regulatory Authority (ARA) "
    "and the Beta Borough Council\n\n"
    "1. The parties will meet quarterly to discuss matters of common interest.\n\n"
)


def contacts(text: str, name: str = "mou.txt") -> tuple[list[ContactCandidate], str]:
    doc = parse_document(text.encode(), name)
    return doc.contacts, doc.text


def spoken(candidate: ContactCandidate, text: str) -> dict[str, str]:
    """What each span of the candidate points at in the text."""
    return {name: text[a:b] for name, (a, b) in candidate.spans.items()}


def test_a_table_with_a_column_per_field_gives_one_contact_a_row():
    found, text = contacts(
        HEAD + "Annex A: Contacts\n\n"
        "Organisation\tName\tRole\tEmail\tTelephone\n"
        "ARA\tJo Bloggs\tLiaison Officer\tjo.bloggs@ara.gov.uk\t0300 123 4567\n"
        "Beta Borough Council\tAnn Lee\tDirector of Adult Services\tann.lee@beta.gov.uk\t"
        "020 7946 0123\n"
    )
    assert [(c.organisation, c.name, c.role, c.email, c.phone, c.level) for c in found] == [
        (
            "Alpha Regulatory Authority",
            "Jo Bloggs",
            "Liaison Officer",
            "jo.bloggs@ara.gov.uk",
            "0300 123 4567",
            "working",
        ),
        (
            "Beta Borough Council",
            "Ann Lee",
            "Director of Adult Services",
            "ann.lee@beta.gov.uk",
            "020 7946 0123",
            "managers",
        ),
    ]
    assert found[0].clause == "annex-a.t1"
    assert spoken(found[0], text) == {
        "organisation": "ARA",
        "name": "Jo Bloggs",
        "role": "Liaison Officer",
        "email": "jo.bloggs@ara.gov.uk",
        "phone": "0300 123 4567",
        "level": "Officer",
    }


def test_a_table_with_a_column_per_party_reads_the_level_from_the_row_label():
    found, text = contacts(
        HEAD + "Annex A: Escalation\n\n"
        "Level\tARA\tBeta Borough Council\n"
        "Working level\tJo Bloggs, Case Officer, jo@ara.gov.uk\tSam Smith, Adviser, "
        "sam@beta.gov.uk\n"
        "Chief executives\tPat Doe, Chief Executive, pat@ara.gov.uk\tChief Executive, Beta\n"
    )
    assert [(c.organisation, c.name, c.role, c.level) for c in found] == [
        ("Alpha Regulatory Authority", "Jo Bloggs", "Case Officer", "working"),
        ("Beta Borough Council", "Sam Smith", "Adviser", "working"),
        ("Alpha Regulatory Authority", "Pat Doe", "Chief Executive", "chief_executives"),
    ]
    assert spoken(found[0], text)["level"] == "Working level"
    assert spoken(found[0], text)["organisation"] == "ARA"  # the column's header


def test_the_row_label_is_the_role_when_the_cell_gives_only_a_number():
    found, _ = contacts(
        HEAD + "Annex A: Key contacts\n\n"
        "Role\tARA\tBeta Borough Council\n"
        "Strategic lead\tDirector of Policy\tHead of Regulation\n"
        "Duty line\t0300 123 4567\t0161 496 0999\n"
    )
    # the strategic leads have no e-mail or phone: not contacts one could add
    assert [(c.organisation, c.role, c.phone, c.level) for c in found] == [
        ("Alpha Regulatory Authority", "Duty line", "0300 123 4567", "working"),
        ("Beta Borough Council", "Duty line", "0161 496 0999", "working"),
    ]


def test_free_cells_under_a_level_heading_give_name_role_address_and_level():
    found, text = contacts(
        HEAD + "Annex B: Contact details\n\n"
        "Chief Executives (escalate here last)\n"
        "Kim Park Chief Executive Alpha Regulatory Authority 1 High Street London SW1A 1AA "
        "Telephone: 020 7946 0000 Email: kim.park@ara.gov.uk\t"
        "Lee Chan Chief Executive Beta Borough Council Town Hall, Beta, BT1 1AA "
        "Phone: 0161 496 0000 Email: lee.chan@beta.gov.uk\n"
    )
    first, second = found
    assert (first.name, first.role, first.organisation) == (
        "Kim Park",
        "Chief Executive",
        "Alpha Regulatory Authority",
    )
    assert first.address == "1 High Street London SW1A 1AA"
    assert (first.phone, first.email) == ("020 7946 0000", "kim.park@ara.gov.uk")
    assert (second.name, second.organisation, second.address) == (
        "Lee Chan",
        "Beta Borough Council",
        "Town Hall, Beta, BT1 1AA",
    )
    assert first.level == second.level == "chief_executives"
    assert spoken(first, text)["level"] == "Chief Executives"


def test_a_named_person_without_a_role_takes_the_role_of_the_level_heading():
    found, _ = contacts(
        HEAD + "Annex B: Contact details\n\n"
        "Lead officers – strategic contacts\n"
        "Ray Lamb Alpha Regulatory Authority Email: ray.lamb@ara.gov.uk\t"
        "Una Moss Beta Borough Council Email: una.moss@beta.gov.uk\n"
    )
    assert [(c.name, c.role, c.level) for c in found] == [
        ("Ray Lamb", "Lead officers", "managers"),
        ("Una Moss", "Lead officers", "managers"),
    ]


def test_a_body_s_switchboard_without_a_person_or_role_is_not_a_contact():
    found, _ = contacts(
        HEAD + "Annex B: Contact details\n\n"
        "Alpha Regulatory Authority 1 High Street London SW1A 1AA Telephone: 020 7946 0000\t"
        "Beta Borough Council Town Hall Email: info@beta.gov.uk\n"
    )
    assert found == []


def test_a_table_without_ruling_lines_in_a_pdf_is_read_line_by_line():
    found, _ = contacts(
        HEAD + "Annex A: Contacts\n\n"
        "Organisation Name Role Email\n"
        "ARA Ann Lee Head of Policy ann.lee@ara.gov.uk\n"
        "Beta Borough Council Raj Patel Case Officer raj.patel@beta.gov.uk\n"
    )
    assert [(c.organisation, c.name, c.role) for c in found] == [
        ("Alpha Regulatory Authority", "Ann Lee", "Head of Policy"),
        ("Beta Borough Council", "Raj Patel", "Case Officer"),
    ]


def test_an_empty_cell_keeps_its_column():
    found, _ = contacts(
        HEAD + "Annex A: Contacts\n\n"
        "Organisation\tName\tRole\tEmail\n"
        "ARA\t\tCase Officer\tcases@ara.gov.uk\n"
        "Beta Borough Council\tRaj Patel\t\traj.patel@beta.gov.uk\n"
    )
    assert [(c.name, c.role, c.email) for c in found] == [
        (None, "Case Officer", "cases@ara.gov.uk"),
        ("Raj Patel", None, "raj.patel@beta.gov.uk"),
    ]


def test_a_name_or_role_without_an_email_or_phone_is_not_a_contact():
    found, _ = contacts(
        HEAD + "Annex A: Contacts\n\nOrganisation\tName\tRole\nARA\tJo Bloggs\tLiaison Officer\n"
    )
    assert found == []


def test_paragraphs_under_a_contacts_heading_are_read_but_signatures_are_not():
    found, _ = contacts(
        HEAD + "Signatures\n\nKim Park Chief Executive Alpha Regulatory Authority "
        "Telephone: 020 7946 0000\n\n"
        "Annex C: Contacts\n\n"
        "- Jo Bloggs, Relationship Manager, ARA, jo.bloggs@ara.gov.uk\n"
    )
    assert [(c.name, c.role, c.organisation, c.level) for c in found] == [
        ("Jo Bloggs", "Relationship Manager", "Alpha Regulatory Authority", "working")
    ]


def test_a_council_written_with_initials_is_matched_to_the_party():
    found, _ = contacts(
        HEAD + "Annex A: Contacts\n\nName\tRole\tEmail\n"
        "Ann Lee\tHead of Quality, Beta BC\tann.lee@beta.gov.uk\n"
    )
    assert [(c.organisation, c.role) for c in found] == [
        ("Beta Borough Council", "Head of Quality")
    ]


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("020 7946 0123", "020 7946 0123"),
        ("03000 616161", "03000 616161"),
        ("+44 (0)20 7946 0123", "+44 (0)20 7946 0123"),
        ("0161-496-0999", "0161-496-0999"),
        ("(0161) 496 0999", "0161) 496 0999"),
    ],
)
def test_uk_phone_numbers_are_read_as_printed(printed, read):
    found, _ = contacts(
        HEAD + f"Annex A: Contacts\n\nRole\tPhone\nDuty officer\t{printed}\n"
        "Case officer\tcases@ara.gov.uk\n"
    )
    assert found[0].phone == read


@pytest.mark.parametrize("not_a_phone", ["2015 2016 2017", "0300 123", "103 – 105", "01/04/2015"])
def test_numbers_that_are_not_uk_phone_numbers_are_not_read_as_one(not_a_phone):
    found, _ = contacts(HEAD + f"Annex A: Contacts\n\nRole\tPhone\nDuty officer\t{not_a_phone}\n")
    assert found == []


def test_a_word_escalation_table_gives_its_named_contacts():
    doc = parse_document(make_docx_isa(), "isa.docx")
    assert [(c.organisation, c.name, c.role, c.level) for c in doc.contacts] == [
        ("General Medical Council", "Jo Bloggs", "Liaison Officer", "working"),
        ("Healthwatch England", "Sam Smith", "Policy Officer", "working"),
        ("General Medical Council", "Ann Lee", "Head of Liaison", "managers"),
        ("Healthwatch England", "Raj Patel", "Head of Policy", "managers"),
    ]
    assert doc.contacts[0].email == "jo.bloggs@gmc-uk.org"


def test_a_pdf_contacts_table_is_read_once_with_spans_into_the_text():
    pdf = make_pdf(
        [
            [
                "Memorandum of understanding between the Alpha Regulatory Authority (ARA) and "
                "the Beta Borough Council",
                "1. The parties will meet quarterly.",
                "Annex A: Contacts",
            ]
        ],
        grid=[
            ["Organisation", "Name", "Role", "Email"],
            ["ARA", "Ann Lee", "Head of Policy", "ann.lee@ara.gov.uk"],
            ["Beta Borough Council", "Raj Patel", "Case Officer", "raj.patel@beta.gov.uk"],
        ],
    )
    doc = parse_document(pdf, "mou.pdf")
    assert doc.tables, "pdfplumber read the ruled table"
    assert [(c.organisation, c.name, c.role) for c in doc.contacts] == [
        ("Alpha Regulatory Authority", "Ann Lee", "Head of Policy"),
        ("Beta Borough Council", "Raj Patel", "Case Officer"),
    ]
    a, b = doc.contacts[0].spans["email"]
    assert doc.text[a:b] == "ann.lee@ara.gov.uk"


def test_contacts_are_an_extra_key_of_the_json():
    doc = parse_document(
        (HEAD + "Annex A: Contacts\n\nRole\tEmail\nCase officer\tc@ara.gov.uk\n").encode(), "m.txt"
    )
    (item,) = doc.to_json()["contacts"]
    assert item["role"] == "Case officer" and item["email"] == "c@ara.gov.uk"
    assert item["clause"] == "annex-a.t1" and item["spans"]["email"] == list(
        doc.contacts[0].spans["email"]
    )


def test_seed_001_annex_b_gives_its_four_named_contacts():
    doc = parse_document(seed_path(1).read_bytes(), "001.txt")
    assert [(c.organisation, c.name, c.role, c.level) for c in doc.contacts] == [
        ("Care Quality Commission", "David Behan", "Chief Executive", "chief_executives"),
        ("Local Government Association", "Carolyn Downs", "Chief Executive", "chief_executives"),
        ("Care Quality Commission", "David James", "Lead officers", "managers"),
        ("Local Government Association", "Dennis Skinner", "Lead officers", "managers"),
    ]
    behan = doc.contacts[0]
    assert (behan.email, behan.phone) == ("david.behan@cqc.org.uk", "03000 616161")
    assert all(c.clause.startswith("annex-b") for c in doc.contacts)
    for contact in doc.contacts:
        for name in ("name", "email", "phone", "organisation"):
            a, b = contact.spans[name]
            assert " ".join(doc.text[a:b].split()) == getattr(contact, name)


@pytest.mark.parametrize("number", [0, 2, 3, 4])
def test_seeds_without_a_contacts_annex_give_no_contacts(number):
    doc = parse_document(seed_path(number).read_bytes(), f"{number:03d}.txt")
    assert doc.contacts == []


def test_a_long_run_of_address_characters_without_an_at_sign_is_read():
    # 200 kB in one cell: a search that tried every position of the run took minutes
    # (quadratic); bench/ingest_hostile.py measures that the time is now linear.
    found, _ = contacts(
        HEAD + "Annex A: Contacts\n\nOrganisation\tName\tRole\tEmail\n"
        "ARA\tAnn Lee\tHead of Policy\tann.lee@ara.gov.uk\n"
        "Beta Borough Council\tRaj Patel\tCase Officer\t" + "a." * 100_000 + "\n"
    )
    assert ("Ann Lee", "ann.lee@ara.gov.uk") in [(c.name, c.email) for c in found]
