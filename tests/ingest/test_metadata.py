"""Agreement metadata (title, dates, review rule, parties) on short texts written for each rule."""

from __future__ import annotations

import pytest

from jointwork.ingest.clauses import parse_clauses
from jointwork.ingest.metadata import Metadata, extract_metadata
from jointwork.ingest.normalise import normalise_text

HEAD = "Memorandum of understanding between the Alpha Authority (AA) and the Beta Council (BC)\n\n"


def meta(raw: str) -> tuple[Metadata, str]:
    text, _ = normalise_text(raw)
    return extract_metadata(parse_clauses(text)), text


@pytest.mark.parametrize(
    ("sentence", "iso"),
    [
        ("It has effect from 1 April 2025 and replaces the earlier memorandum.", "2025-04-01"),
        ("It explains how we work, and it applies from 3 March 2025.", "2025-03-03"),
        ("They were agreed on 12 September 2024 and apply from October 2024.", "2024-10"),
    ],
)
def test_has_effect_from_and_applies_from_give_the_date_in_force(sentence, iso):
    found, text = meta(HEAD + f"1. {sentence}\n")
    assert found.in_force.value == iso
    a, b = found.in_force.span
    assert iso[:4] in text[a:b]


def test_the_latest_date_in_a_two_column_signature_block_is_the_date_signed():
    raw = HEAD + (
        "1. This memorandum comes into effect when the last party signs it.\n\n"
        "For the Alpha Authority                 For the Beta Council\n"
        "Date: 27 January 2025                   Date: 13 January 2025\n"
    )
    found, text = meta(raw)
    assert found.signed.value == found.in_force.value == "2025-01-27"
    a, b = found.signed.span
    assert text[a:b] == "27 January 2025"
    raw = raw.replace("27 January", "12 January")  # the right-hand column is now the later one
    found, text = meta(raw)
    assert found.signed.value == "2025-01-13"
    a, b = found.signed.span
    assert text[a:b] == "13 January 2025"


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("The leads will review this agreement every two years, or sooner.", "every 2 years"),
        ("The group will review these terms of reference annually.", "every year"),
        ("This protocol will be reviewed every 18 months.", "every 18 months"),
        ("The parties will hold an annual review of the arrangements.", "every year"),
        ("This protocol will be reviewed after any major incident in which it was used and "
         "otherwise every two years.", "every 2 years"),
        # a review without the word
        ("The agreement will be looked at again two years after it takes effect and every two "
         "years from then on.", "every 2 years"),
    ],
)  # fmt: skip
def test_the_review_rule_allows_the_agreement_named_between_verb_and_period(sentence, rule):
    assert meta(HEAD + f"1. {sentence}\n")[0].review == rule


def test_seeking_a_review_or_appeal_of_a_decision_is_not_a_review_on_request():
    raw = HEAD + (
        "1. The parties will review this agreement every year.\n\n"
        "2. The data items are used for deciding whether to seek a review or appeal.\n"
    )
    assert meta(raw)[0].review == "every year"


def test_annual_review_letters_are_another_document_not_the_review_rule():
    raw = HEAD + "1. The AA publishes annual review letters to councils.\n"
    assert meta(raw)[0].review is None


def test_a_markdown_title_set_in_bold_loses_its_asterisks():
    found, text = meta("**Alpha forum: terms of reference**\n\nThese terms are agreed.\n")
    assert found.title == "Alpha forum: terms of reference"
    a, b = found.title_span
    assert text[a:b] == found.title


def test_an_abbreviation_is_defined_by_the_words_whose_capitals_spell_it():
    found, _ = meta(
        "Memorandum of understanding\n\nBetween the Care Quality Commission (CQC), NHS England, "
        "the Medicines and Healthcare products Regulatory Agency (MHRA) and the Health Services "
        "Safety Investigations Body (HSSIB)\n\n1. The parties will meet.\n"
    )
    assert found.abbreviations == {
        "CQC": "Care Quality Commission",
        "MHRA": "Medicines and Healthcare products Regulatory Agency",
        "HSSIB": "Health Services Safety Investigations Body",
    }
    assert found.party_names() == [
        "Care Quality Commission", "NHS England",
        "Medicines and Healthcare products Regulatory Agency",
        "Health Services Safety Investigations Body",
    ]  # fmt: skip


def test_a_short_name_the_ombudsman_defines_the_name_before_it():
    found, _ = meta(
        "Joint working protocol\n\nThis protocol is agreed between the Local Government and "
        "Social Care Ombudsman (the Ombudsman) and the Health and Safety Executive (HSE).\n"
    )
    assert found.party_names() == [
        "Local Government and Social Care Ombudsman", "Health and Safety Executive",
    ]  # fmt: skip
    assert found.abbreviations == {
        "Ombudsman": "Local Government and Social Care Ombudsman",
        "HSE": "Health and Safety Executive",
    }


def test_a_bracket_inside_a_title_or_naming_no_body_defines_nothing():
    found, _ = meta(
        HEAD + "1. Providers must notify the Care Quality Commission (Registration) Regulations "
        "2009 incidents, and the Beta Council (the Scheme) notes them.\n"
    )
    assert found.abbreviations == {"AA": "Alpha Authority", "BC": "Beta Council"}


@pytest.mark.parametrize(
    ("phrase", "parties"),
    [
        ("the Health and Safety Executive and the Office of Rail and Road",
         ["Health and Safety Executive", "Office of Rail and Road"]),
        ("the Medicines and Healthcare products Regulatory Agency, NHS England and the Beta "
         "Council", ["Medicines and Healthcare products Regulatory Agency", "NHS England",
                     "Beta Council"]),
        ("Estyn and Care Inspectorate Wales", ["Estyn", "Care Inspectorate Wales"]),
        ("the Welsh Government and Care Inspectorate Wales",
         ["Welsh Government", "Care Inspectorate Wales"]),
        ("the CQC and HSE", ["CQC", "HSE"]),
    ],
)  # fmt: skip
def test_a_name_opened_by_the_runs_on_over_and_until_its_head_noun(phrase, parties):
    found, _ = meta(f"Protocol between {phrase}\n\n1. The parties will meet.\n")
    assert found.party_names() == parties


@pytest.mark.parametrize(
    ("phrase", "parties"),
    [
        ("Devon and Somerset Fire and Rescue Service and Plymouth City Council",
         ["Devon and Somerset Fire and Rescue Service", "Plymouth City Council"]),
        ("Charity Commission for England and Wales and HM Revenue and Customs",
         ["Charity Commission for England and Wales", "HM Revenue and Customs"]),
        ("Children and Family Court Advisory and Support Service and the Youth Justice Board "
         "for England and Wales", ["Children and Family Court Advisory and Support Service",
                                   "Youth Justice Board for England and Wales"]),
        ("Transport for London and the Office of the Traffic Commissioner",
         ["Transport for London", "Office of the Traffic Commissioner"]),
        ("Natural England and Historic England", ["Natural England", "Historic England"]),
    ],
)  # fmt: skip
def test_an_and_without_an_article_is_inside_a_name_until_the_name_has_its_head_noun(
    phrase, parties
):
    found, _ = meta(f"Protocol between {phrase}\n\n1. The parties will meet.\n")
    assert found.party_names() == parties


def test_a_name_the_document_uses_alone_as_a_body_is_a_party_whatever_its_words():
    text = "Protocol between Network Rail and Transport for London\n\n1. Network Rail will meet.\n"
    # without "Network Rail will", two names without head nouns would read as one
    assert meta(text)[0].party_names() == ["Network Rail", "Transport for London"]


@pytest.mark.parametrize(
    ("phrase", "last"),
    [
        ("and the Beta Council", "Beta Council"),
        ("and Gamma and Delta Council (GDC)", "Gamma and Delta Council"),
    ],
)
def test_the_ands_before_the_one_that_opens_the_last_party_of_a_list_are_inside_a_name(
    phrase, last
):
    found, _ = meta(
        "Protocol between the Alpha Authority, the Police and Crime Commissioner for North and "
        f"South {phrase}\n\n1. The parties will meet.\n\nThe Gamma and Delta Council (GDC) helps.\n"
    )
    assert found.party_names() == [
        "Alpha Authority",
        "Police and Crime Commissioner for North and South",
        last,
    ]


def test_a_title_listing_its_parties_over_three_wrapped_lines_is_joined():
    text = (
        "Memorandum of Understanding between the Alpha Tissue Authority (ATA), the Beta\n"
        "Fertility and Gamete Authority (BFGA) and the Gamma Medicines and Devices products\n"
        "Regulatory Agency (GMDRA)\nVersion 1.0, published April 2025.\n"
        "1. Purpose\n1.1 The parties will meet every year to discuss their joint work.\n"
    )
    assert extract_metadata(parse_clauses(text)).title == (
        "Memorandum of Understanding between the Alpha Tissue Authority (ATA), the Beta "
        "Fertility and Gamete Authority (BFGA) and the Gamma Medicines and Devices products "
        "Regulatory Agency (GMDRA)"
    )


def test_a_heading_below_a_wrapped_title_whose_last_line_had_room_for_it_is_not_joined():
    text = (
        "Liaison Agreement between the Alpha Office for Gamma Conduct, the Police and Crime\n"
        "Commissioner for North and South and the North and South Constabulary\n"
        "Introduction\n1. The parties will meet every year to discuss their joint work.\n"
    )
    assert extract_metadata(parse_clauses(text)).title == (
        "Liaison Agreement between the Alpha Office for Gamma Conduct, the Police and Crime "
        "Commissioner for North and South and the North and South Constabulary"
    )


def test_a_review_earlier_if_a_party_asks_is_a_review_on_request():
    text = (
        "Review\n\nThe leads will review this protocol every two years, or earlier if either "
        "organisation asks.\n"
    )
    assert extract_metadata(parse_clauses(text)).review == "every 2 years; any time on request"


@pytest.mark.parametrize(
    "sentence",
    [
        "This MoU will be reviewed every three years, or sooner at the request of any party.",
        "This MoU will be reviewed every three years, or earlier at the request of any party.",
    ],
)
def test_a_review_sooner_at_a_partys_request_is_a_review_on_request(sentence):
    assert meta(HEAD + f"1. {sentence}\n")[0].review == "every 3 years; any time on request"


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            "This protocol will be reviewed by the Fire Risk Panel every 12 months, or at any "
            "time at the request of any party.",
            "every year; any time on request",
        ),
        (
            "This agreement will be reviewed every year by the directors named in paragraph 6.1, "
            "or sooner if either regulator requests it.",
            "every year; any time on request",
        ),
        (
            "This memorandum will be reviewed at least every two years, or earlier at the "
            "request of either regulator.",
            "every 2 years; any time on request",
        ),
    ],
)
def test_a_review_names_who_reviews_and_which_regulator_may_ask_for_it(sentence, rule):
    assert meta(HEAD + f"1. {sentence}\n")[0].review == rule


def test_a_quoted_or_two_word_short_name_defines_the_whole_name_with_and_inside():
    found, _ = meta(
        "Agreement\n\nThis agreement is made between the Alpha Commission for North and South "
        "(“the Commission”), Gamma and Delta Fire and Rescue Service (the Fire Service) and the "
        "Beta Board.\n"
    )
    assert found.party_names() == [
        "Alpha Commission for North and South",
        "Gamma and Delta Fire and Rescue Service",
        "Beta Board",
    ]


def test_an_abbreviation_spelled_by_the_capitals_before_it_defines_a_party_without_a_head_noun():
    found, _ = meta(
        "Agreement\n\nThis agreement is made between the Alpha Board (AB) and HM Revenue and "
        "Customs (“HMRC”).\n\nThe parties work with the Towards Excellence in Adult Care (TEAC) "
        "programme.\n"
    )
    assert found.party_names() == ["Alpha Board", "HM Revenue and Customs"]
    assert found.parties[1].abbreviation == "HMRC"
    # a spelled name that is not a party and has no head noun names no body
    assert found.abbreviations == {"AB": "Alpha Board", "HMRC": "HM Revenue and Customs"}


@pytest.mark.parametrize(
    ("phrase", "parties"),
    [
        ("the Alpha Authority (AA) and The Beta Regulator (TBR)",
         ["Alpha Authority", "The Beta Regulator"]),
        ("the Alpha Authority and The Beta Regulator", ["Alpha Authority", "The Beta Regulator"]),
        # a "The" that opens a line of a list of parties starts a sentence, not a name
        (":\n\nThe Alpha Authority\n\nThe Beta Regulator", ["Alpha Authority", "Beta Regulator"]),
    ],
)  # fmt: skip
def test_a_capitalised_the_mid_sentence_is_part_of_the_name(phrase, parties):
    found, _ = meta(f"Agreement\n\nThis agreement is made between {phrase}\n\n1. We meet.\n")
    assert found.party_names() == parties


def test_a_first_line_naming_an_agreement_between_parties_above_numbered_headings_is_the_title():
    # a Word title in the Normal style over "Heading 1" sections the reader marks with "#"
    raw = (
        "Data sharing agreement between the Alpha Authority and the Beta Council\n\n"
        "# 1. Parties and purpose\n\n1.1 This agreement is made between the parties.\n"
    )
    tree = parse_clauses(normalise_text(raw)[0], infer_headings=False)  # as for Word
    found = extract_metadata(tree)
    assert found.title == "Data sharing agreement between the Alpha Authority and the Beta Council"
    assert [c.path for c in tree.walk()] == ["p1", "1", "1.1"]


def test_a_first_sentence_above_the_headings_is_not_the_title():
    found, _ = meta("This agreement is made between A and B.\n\n# Terms of reference\n\nText.\n")
    assert found.title == "Terms of reference"


@pytest.mark.parametrize(
    "sentences",
    [
        "This agreement will be reviewed every two years, or at any earlier time at the request "
        "of either party.",
        "This agreement will be reviewed every two years by the leads, and at any other time at "
        "the request of either party.",
        "This protocol will be reviewed every two years by the three bodies, and earlier if the "
        "legislation changes or any of the bodies requests it.",
        "This MoU will be reviewed every two years. Any party may ask for an earlier review.",
        "This MoU will be reviewed every two years. Either signatory may request a review of "
        "this MoU at any time.",
        "This MoU will be reviewed every two years. Either Commission may ask for an earlier "
        "review at any time.",
        "The parties will review this protocol every two years, or sooner if any of them asks "
        "for a review.",
    ],
)
def test_a_review_whenever_a_party_asks_is_a_review_on_request_however_worded(sentences):
    assert meta(HEAD + f"1. {sentences}\n")[0].review == "every 2 years; any time on request"


@pytest.mark.parametrize(
    "sentences",
    [
        "This MoU will be reviewed every two years. Either party may request a review of a "
        "decision to refuse a request.",
        "This MoU will be reviewed every two years, or earlier if the functions of either body "
        "change.",
    ],
)
def test_a_review_of_a_decision_or_a_change_of_functions_is_not_a_review_on_request(sentences):
    assert meta(HEAD + f"1. {sentences}\n")[0].review == "every 2 years"


@pytest.mark.parametrize(
    "sentences",
    [
        "There will be a review of the agreement at least every two years, and sooner when "
        "requested by either organisation.",
        "Every two years the parties will review this memorandum. If the Agency or the Council "
        "requests a review at another time, it will take place within two months.",
        "This agreement is reviewed biennially, or sooner at the instigation of the Board.",
        "The memorandum will be reviewed every other year, and at any time should one of the "
        "signatories so request.",
    ],
)
def test_a_review_cycle_and_a_request_in_words_no_row_names_are_still_found(sentences):
    assert meta(HEAD + f"1. {sentences}\n")[0].review == "every 2 years; any time on request"


@pytest.mark.parametrize(
    "sentences",
    [
        "The leads will meet every six months to review the cases referred.",
        "The leads will review the requests for information received every month.",
        "Either party may ask for a review of a refusal to share.",
    ],
)
def test_a_meeting_to_review_cases_or_a_review_of_requests_is_not_the_review_rule(sentences):
    assert meta(HEAD + f"1. {sentences}\n")[0].review is None


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("This agreement will be subject to annual review by the leads.", "every year"),
        ("Annually, the leads will review this agreement.", "every year"),
        ("The concordat will be reviewed triennially.", "every 3 years"),
    ],
)
def test_a_review_cycle_worded_before_the_verb_or_as_an_adjective_is_found(sentence, rule):
    assert meta(HEAD + f"1. {sentence}\n")[0].review == rule


def test_a_short_name_of_capitals_and_a_word_defines_the_party_it_follows():
    found, _ = meta(
        "Protocol between HM Inspectorate of Prisons and the Beta Council (BC)\n\n1. This "
        "protocol explains how HM Inspectorate of Prisons (HMI Prisons) and the BC work together.\n"
    )
    assert "HMI Prisons" in found.parties[0].aliases


def test_a_mixed_case_abbreviation_spelled_by_every_words_initial_defines_the_body():
    found, _ = meta(
        "Liaison agreement between London TravelWatch and Transport for London\n\n"
        "1. This agreement is between London TravelWatch and Transport for London (TfL).\n"
    )
    assert found.abbreviations["TfL"] == "Transport for London"
    assert "TfL" in found.parties[1].aliases


def test_a_quoted_short_name_the_full_name_begins_with_gives_the_party_its_full_name():
    found, _ = meta(
        "Memorandum of understanding between National Highways and Transport Focus\n\n"
        '1. This memorandum is agreed between National Highways Limited ("National Highways") '
        "and Transport Focus.\n"
    )
    assert found.party_names() == ["National Highways Limited", "Transport Focus"]


def test_a_one_line_pdf_title_ends_where_its_line_had_room_for_the_next_word():
    # a PDF's lines, wrapped at about 90 characters, no blank lines
    text = (
        "Memorandum of Understanding between National Highways and Transport Focus\n"
        "Introduction\n"
        "1. This Memorandum of Understanding is agreed between the two bodies named above, and it\n"
        "sets out how they will work together on the research that each of them carries out now.\n"
    )
    found = extract_metadata(parse_clauses(text))
    assert (
        found.title == "Memorandum of Understanding between National Highways and Transport Focus"
    )


def test_a_date_on_its_own_line_in_a_signature_block_is_a_signature_date():
    found, _ = meta(
        HEAD + "1. This agreement comes into effect on the date on which both have signed it.\n\n"
        "Signed on behalf of the Alpha Authority\nJo Bloggs\nChief Executive\n14 January 2025\n\n"
        "Signed on behalf of the Beta Council\nAl Smith\nChair\n21 January 2025\n\n"
        "Annex A\n\n1 March 2025 is the date of the first meeting.\n"
    )
    assert found.in_force.value == found.signed.value == "2025-01-21"


def test_a_review_that_proposes_changes_is_not_a_review_on_request():
    found, _ = meta(
        HEAD + "1. The leads will review the MoU every year to check that it works and to propose "
        "changes.\n"
    )
    assert found.review == "every year"


def test_parties_listed_under_between_the_following_bodies_are_the_parties():
    found, _ = meta(
        "# Greater Essex Joint Working Protocol\n\n"
        '1. This protocol is agreed between the following bodies (together, "the partners"):\n\n'
        "   - the Alpha Advisory Service (AAS);\n   - Essex County Council;\n"
        "   - Thurrock Council.\n\n"
        "2. Essex County Council and Thurrock Council are the local authorities. It builds on "
        "the protocol between the AAS and the Association of Directors.\n"
    )
    assert found.party_names() == [
        "Alpha Advisory Service", "Essex County Council", "Thurrock Council"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "parties"),
    [
        # London boroughs listed under "The parties to this agreement are:"
        ("# Park Liaison Agreement\n\n1. The parties to this agreement are:\n\n"
         "   - Alpha Valley Park Authority (“the Authority”);\n"
         "   - the London Borough of Beta (“Beta”); and\n"
         "   - the Royal Borough of Gamma.\n\n2. The parties will meet every quarter.\n",
         ["Alpha Valley Park Authority", "London Borough of Beta", "Royal Borough of Gamma"]),
        # a listed party whose name opens with a place and "and"
        ("# Memorandum of Understanding\n\nThis memorandum is agreed between:\n\n"
         "- the Alpha Voice Body for Health and Care, Wales (“Alpha”);\n"
         "- Cardiff and Vale University Health Board (“the health board”);\n"
         "- Cardiff Council; and\n- the Vale of Glamorgan Council.\n\n1. We will meet.\n",
         ["Alpha Voice Body for Health and Care, Wales", "Cardiff and Vale University Health Board",
          "Cardiff Council", "Vale of Glamorgan Council"]),
        # parties listed under "the following local authorities"
        ("# Memorandum of Understanding for the Alpha Area\n\n"
         '1. This MoU is made between the following local authorities (together "the Parties"):'
         "\n\n- Alpha East Council;\n- Alpha West Council; and\n- Beta Borough Council.\n\n"
         "2. The Parties will meet every quarter.\n",
         ["Alpha East Council", "Alpha West Council", "Beta Borough Council"]),
        # "the Office of the ... (OSPT)" runs on over its "of the"
        ("# Information sharing agreement\n\nThis agreement is made between:\n\n"
         "- the Alpha Compensation Authority (ACA), an executive agency; and\n"
         "- the Office of the Official Solicitor and Public Trustee (OSPT), an arm's length body."
         "\n\n1. The parties will meet every year.\n",
         ["Alpha Compensation Authority", "Office of the Official Solicitor and Public Trustee"]),
        # markdown bold party names lose their markers
        ("# Information Sharing Agreement\n\nThis agreement is made between:\n\n"
         '- **Alpha West Council** ("the Council"); and\n'
         '- **Beta and Gamma Valuation Joint Board** ("the Board").\n\n1. The Board will meet.\n',
         ["Alpha West Council", "Beta and Gamma Valuation Joint Board"]),
        # listed parties complete the title's names with a company suffix
        ("# Information Sharing Agreement between Alpha Water and the Beta Council\n\n"
         "This agreement is made between:\n\n"
         "- Alpha Water Limited (“AW”), the government-owned company; and\n"
         "- the Beta Council (“the Council”), the statutory consumer body.\n\n"
         "1. AW will meet the Council every quarter.\n",
         ["Alpha Water Limited", "Beta Council"]),
        # a company abbreviated inside its name is one party
        ("Joint Working Protocol\n"
         "between Alpha Speed Two (AS2) Limited, Beta County Council and Gamma Borough Council\n"
         "1. Introduction\n1.1 The partners will meet every month.\n",
         ["Alpha Speed Two (AS2) Limited", "Beta County Council", "Gamma Borough Council"]),
        # a month and year on a PDF's parties line is a date, not a party
        ("Memorandum of Understanding\n"
         "between the Alpha Inspectorate and the Beta Council for Northern Ireland\n"
         "August 2025\n1. Introduction\n"
         "1.1 This memorandum sets out how the two bodies work together.\n",
         ["Alpha Inspectorate", "Beta Council for Northern Ireland"]),
    ],
)  # fmt: skip
def test_party_names_in_the_shapes_the_held_out_sets_used(raw, parties):
    assert meta(raw)[0].party_names() == parties


def test_a_place_the_text_uses_on_its_own_as_a_body_is_not_joined_to_the_next_name():
    acting, _ = meta(
        "# Memorandum of Understanding\n\nThis memorandum is agreed between:\n\n"
        "- Cardiff and Vale University Health Board;\n- Gamma Council.\n\n1. Cardiff will meet.\n"
    )
    assert "Cardiff and Vale University Health Board" not in acting.party_names()


def test_the_capitalised_inside_a_list_of_parties_is_part_of_the_name():
    found, _ = meta(
        "Liaison agreement between the North Sea Transition Authority, The Crown Estate and "
        "Crown Estate Scotland\n\n1. The parties will meet.\n"
    )
    assert found.party_names() == [
        "North Sea Transition Authority", "The Crown Estate", "Crown Estate Scotland"
    ]  # fmt: skip


def test_a_pdf_title_ends_before_a_part_heading():
    text = (
        "Liaison Agreement\n"
        "between the North Sea Transition Authority, The Crown Estate and Crown Estate Scotland\n"
        "PART A – GENERAL\n"
        "1. This Liaison Agreement is made between the three bodies named above, and it sets out\n"
        "how they will work together where offshore wind and oil and gas activities overlap.\n"
    )
    found = extract_metadata(parse_clauses(text))
    assert found.title == (
        "Liaison Agreement between the North Sea Transition Authority, The Crown Estate and "
        "Crown Estate Scotland"
    )


def test_the_date_the_agreement_itself_takes_effect_wins_over_another_event_dated_before_it():
    found, _ = meta(
        HEAD + "1. The sharing helps the BC prepare for the revaluation that takes effect in "
        "April 2026.\n\n2. This agreement comes into force on 1 April 2025.\n"
    )
    assert found.in_force.value == "2025-04-01"


def test_a_title_block_whose_parties_run_onto_an_and_line_is_one_title():
    found, _ = meta(
        "Liaison Agreement\n\nbetween the General Pharmaceutical Council\n"
        "and the Pharmaceutical Society of Northern Ireland\n\nI. PURPOSE\n\n"
        "1.  The two regulators will meet every year.\n"
    )
    assert found.title == (
        "Liaison Agreement between the General Pharmaceutical Council and the Pharmaceutical "
        "Society of Northern Ireland"
    )


def test_a_shorter_form_the_text_uses_as_a_body_and_the_name_without_the_are_aliases():
    found, _ = meta(
        "Concordat between The Coal Authority and Network Rail Infrastructure Limited\n\n"
        "1. Network Rail will report collapses to the Coal Authority.\n"
    )
    aliases = {p.name: p.aliases for p in found.parties}
    assert "Coal Authority" in aliases["The Coal Authority"]
    assert "Network Rail" in aliases["Network Rail Infrastructure Limited"]


def test_dates_set_side_by_side_in_a_signature_table_are_signature_dates():
    found, _ = meta(
        HEAD + "1. This agreement takes effect on the date of the later signature below.\n\n"
        "Signed for AA\tSigned for BC\nJo Bloggs\tAl Smith\n14 April 2025\t22 April 2025\n"
    )
    assert found.in_force.value == "2025-04-22"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Protocol between the Central Arbitration Committee and the Certification Officer\n\n"
         "1. It is made between the Central Arbitration Committee (the CAC) and the "
         "Certification Officer (the CO). The CO will tell the CAC.\n",
         {"Certification Officer": "CO"}),
        ("Agreement between the Beta Council and Student Loans Company Limited\n\n"
         "1. Student Loans Company Limited (SLC) will tell the Beta Council.\n",
         {"Student Loans Company Limited": "SLC"}),
        ("MoU between the Advisory, Conciliation and Arbitration Service and the Beta Council\n\n"
         "1. It is between the Advisory, Conciliation and Arbitration Service (Acas) and the "
         "Beta Council.\n", {"Advisory, Conciliation and Arbitration Service": "Acas"}),
    ],
)  # fmt: skip
def test_abbreviations_after_the_with_a_company_suffix_or_over_a_comma_define_the_body(
    text, parties
):
    found, _ = meta(text)
    for name, abbr in parties.items():
        assert abbr in {p.name: p.aliases for p in found.parties}[name]


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("MoU between the Beta Council and UK Anti-Corrosion\n\n1. It is between the Beta "
         "Council and UK Anti-Corrosion (UKAC). UKAC will tell the Beta Council.\n",
         "UK Anti-Corrosion", "UKAC"),
        ("MoU between the Beta Council and Alpha Savings and Investments\n\n1. It is between "
         "the Beta Council and Alpha Savings and Investments (AS&I).\n",
         "Alpha Savings and Investments", "AS&I"),
        ("Liaison agreement between the Alpha Prosecution Service for Northern Ireland and the "
         "Beta Council\n\n1. It is between the Alpha Prosecution Service for Northern Ireland "
         "(the APS) and the Beta Council.\n",
         "Alpha Prosecution Service for Northern Ireland", "APS"),
        ("MoU between the Beta Council and the UK Gamma Management Office\n\n1. It is between "
         "the Beta Council and the UK Gamma Management Office (GMO).\n",
         "UK Gamma Management Office", "GMO"),
        ("ISA between Northern Ireland Gamma Limited and the Beta Council\n\n1. It is between "
         'Northern Ireland Gamma Limited ("NI Gamma") and the Beta Council.\n',
         "Northern Ireland Gamma Limited", "NI Gamma"),
        ("Protocol between Alpha Speed Two (AS2) Limited and the Beta Council\n\n1. It is "
         'between Alpha Speed Two (AS2) Limited ("AS2 Ltd") and the Beta Council.\n',
         "Alpha Speed Two (AS2) Limited", "AS2"),
        ("MoU between the Alpha Actuary's Department and the Beta Council\n\n1. The Alpha "
         "Actuary will tell the Beta Council.\n", "Alpha Actuary's Department", "Alpha Actuary"),
    ],
)  # fmt: skip
def test_an_abbreviation_spelled_past_a_hyphen_an_and_a_place_or_an_office_holder_names_it(
    text, name, alias
):
    found, _ = meta(text)
    assert alias in {p.name: p.aliases for p in found.parties}[name]


def test_an_abbreviation_of_one_party_is_not_given_to_another_whose_name_ends_with_it():
    found, _ = meta(
        "ISA between the Alpha Standards Authority, the Compliance Officer for the Alpha "
        "Standards Authority and the Beta Commissioner for Standards\n\n1. It is between the "
        'Alpha Standards Authority ("ASA"), the Compliance Officer for the Alpha Standards '
        'Authority ("the Compliance Officer") and the Beta Commissioner for Standards.\n'
    )
    aliases = {p.name: p.aliases for p in found.parties}
    assert "ASA" in aliases["Alpha Standards Authority"]
    assert "ASA" not in aliases["Compliance Officer for the Alpha Standards Authority"]


def test_a_name_with_a_comma_and_an_and_ends_at_the_comma_before_a_lists_last_and():
    found, _ = meta(
        "Liaison Agreement\n\nbetween the Alpha Harbour Commissioners and Bournemouth, "
        "Christchurch and Poole Council\n\n1. This Agreement is made between the Alpha Harbour "
        'Commissioners ("the Commissioners"), the harbour authority for Alpha Harbour, and '
        'Bournemouth, Christchurch and Poole Council ("the Council").\n'
    )
    assert found.party_names() == [
        "Alpha Harbour Commissioners", "Bournemouth, Christchurch and Poole Council"
    ]  # fmt: skip


def test_a_pdf_title_whose_parties_line_ends_in_a_comma_runs_on():
    text = (
        "Memorandum of Understanding\n"
        "between the Drinking Water Quality Regulator for Scotland,\n"
        "the Water Industry Commission for Scotland and Consumer Scotland\n"
        "1. Introduction\n"
        "1.1 This Memorandum of Understanding is agreed between the three bodies named above, and\n"
        "it sets out how they will work together on the quality and price of water in Scotland.\n"
    )
    found = extract_metadata(parse_clauses(text))
    assert found.title == (
        "Memorandum of Understanding between the Drinking Water Quality Regulator for Scotland, "
        "the Water Industry Commission for Scotland and Consumer Scotland"
    )


def test_reviewing_a_need_is_not_the_review_rule_and_listed_corporations_are_parties():
    found, _ = meta(
        "Memorandum of Understanding\n\nbetween the Lighthouse Authorities of the United "
        "Kingdom and Ireland\n\n1. This Memorandum is made between:\n\n"
        '(a) the Corporation of Trinity House ("Trinity House");\n\n'
        '(b) the Commissioners of Northern Lighthouses ("NLB"); and\n\n'
        '(c) the Commissioners of Irish Lights ("Irish Lights").\n\n'
        "2. Each party will keep records only as long as needed, and review that need at least "
        "every five years.\n"
    )
    assert found.party_names() == [
        "Corporation of Trinity House", "Commissioners of Northern Lighthouses",
        "Commissioners of Irish Lights",
    ]  # fmt: skip
    assert found.review is None


def test_a_short_name_with_an_apostrophe_gives_the_party_its_full_name():
    found, _ = meta(
        "Protocol between the Victims' Commissioner and the Beta Board\n\n1. This protocol is "
        "agreed between the Victims' Commissioner for England and Wales (the Victims' "
        "Commissioner) and the Beta Board.\n"
    )
    assert found.party_names() == ["Victims' Commissioner for England and Wales", "Beta Board"]


@pytest.mark.parametrize(
    "text",
    [
        "# Agreement between the Alpha Authority and the Beta Board\n\n## Meetings and review\n\n"
        "Officials from both bodies will meet every 3 months. The agreement will be reviewed "
        "annually.\n",
        "# Agreement between the Alpha Authority and the Beta Board\n\n1. The Beta Board will send "
        "figures every three months while a review of boundaries is in progress. The parties will "
        "review this agreement annually.\n",
    ],
)
def test_a_meetings_cadence_or_a_review_of_something_else_is_not_the_review_cycle(text):
    assert meta(text)[0].review == "every year"


def test_the_parties_named_in_full_in_the_first_clause_complete_the_titles_names():
    found, _ = meta(
        "# Protocol between the Alpha Regulator and the Accounts Commission\n\n1. This protocol "
        "is between the Alpha Regulator (AR) and the Accounts Commission for Scotland (the "
        "Commission).\n"
    )
    assert found.party_names() == ["Alpha Regulator", "Accounts Commission for Scotland"]


@pytest.mark.parametrize(
    ("sentence", "review"),
    [
        ("It shall be reviewed by the Liaison Group not later than eighteen months after that "
         "date and afterwards at intervals of not more than eighteen months.", "every 18 months"),
        # a review among other pieces of work, or the annual review a clause refers to, is not
        # the agreement's own review rule
        ("Each party will share its work programme once a year, and will tell the others about "
         "any examination, review or investigation it plans.", None),
        ("Each party will check its compliance once a year and share the findings before the "
         "annual review described in clause 9.", None),
        ("The Commissioner will alert the BC to any issue arising from its casework or reviews "
         "that may call for action.", None),
    ],
)  # fmt: skip
def test_the_review_rule_in_more_wordings_and_not_in_others(sentence, review):
    found, _ = meta(HEAD + f"1. {sentence}\n")
    assert found.review == review


def test_a_parties_line_over_several_lines_with_a_comma_inside_a_name():
    found, _ = meta(
        "Concordat of the Alpha Health Resilience Forum\n\n"
        "between Buckinghamshire Council, Wokingham Borough Council, NHS\n"
        "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board\n"
        "and South Central Ambulance Service NHS Foundation Trust\n\n"
        "1. The Forum shall meet four times a year.\n"
    )
    assert found.party_names() == [
        "Buckinghamshire Council", "Wokingham Borough Council",
        "NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",
        "South Central Ambulance Service NHS Foundation Trust",
    ]  # fmt: skip


def test_a_review_at_the_first_meeting_in_each_calendar_year_is_yearly():
    found, _ = meta(
        HEAD + "1. This Concordat shall be reviewed by the Forum at its first meeting in each "
        "calendar year, and at any other time upon the written request of a Member.\n"
    )
    assert found.review == "every year; any time on request"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a title with its own subject: the parties paragraph set apart is not part of it
        ("Concordat of the Alpha Health Resilience Forum\n\nbetween the Alpha Authority and "
         "the Beta Council\n\n", "Concordat of the Alpha Health Resilience Forum"),
        # ... in a PDF's lines too
        ("Joint Working Protocol on the Handling of Complaints\nbetween the Alpha Authority and "
         "the Beta Council\n", "Joint Working Protocol on the Handling of Complaints"),
        # a bare agreement name takes its parties line
        ("Memorandum of Understanding\n\nbetween the Alpha Authority and the Beta Council\n\n",
         "Memorandum of Understanding between the Alpha Authority and the Beta Council"),
    ],
)  # fmt: skip
def test_a_title_with_its_own_subject_leaves_out_a_parties_paragraph(head, title):
    found, _ = meta(head + "1. The parties will meet every year.\n")
    assert found.title == title


def test_a_review_of_how_the_agreement_works_every_two_to_three_years():
    found, _ = meta(
        HEAD + "1. The regulators will review how this MoU is working, and update it where "
        "needed, every two to three years.\n"
    )
    assert found.review == "every 2-3 years"


def test_listed_parties_under_their_formal_names_beat_the_titles_short_names():
    found, _ = meta(
        "# Information sharing agreement between the Alpha Funding Council and Beta Skills "
        "Scotland\n\n## Parties\n\nThis agreement is between:\n\n"
        "- the Alpha Further and Higher Education Funding Council, known as the Alpha Funding "
        "Council (AFC), of 1 High Street; and\n\n"
        "- Beta Skills Scotland (BSS), of 2 Low Street.\n"
    )
    assert found.party_names() == [
        "Alpha Further and Higher Education Funding Council", "Beta Skills Scotland"
    ]  # fmt: skip
    assert "AFC" in found.parties[0].aliases


def test_parties_listed_after_a_clause_and_dates_under_a_signatories_heading():
    found, _ = meta(
        "# Concordat on Co-operation between Bodies Scrutinising Policing\n\n"
        "1. This concordat is agreed between the following bodies, each of which has a "
        "statutory role in scrutiny:\n\n"
        "- the Alpha Inspectorate of Constabulary (AIC);\n"
        "- the Beta Review Commissioner (BRC); and\n"
        "- the Gamma Police Authority (GPA).\n\n"
        "2. It takes effect on the date on which the last of us signs it.\n\n"
        "## Signatories\n\nChief Inspector, 2 September 2025\n\nChair, 11 September 2025\n"
    )
    assert found.party_names() == [
        "Alpha Inspectorate of Constabulary", "Beta Review Commissioner", "Gamma Police Authority"
    ]  # fmt: skip
    assert found.in_force.value == "2025-09-11"


def test_an_approval_line_under_a_pdf_title_block_is_not_part_of_a_party():
    text = (
        "Joint Working Protocol\n"
        "between the Alpha Authority and Beta County Council\n"
        "Approved by the Beta Safeguarding Partnership on 22 May\n2025.\n"
        "1. Introduction\n"
        "1.1 This protocol sets out how the Alpha Authority and Beta County Council work.\n"
    )
    found = extract_metadata(parse_clauses(text))
    assert found.party_names() == ["Alpha Authority", "Beta County Council"]


def test_a_date_of_effect_line_under_a_wrapped_pdf_parties_line_is_not_part_of_a_party():
    text = (
        "Memorandum of Understanding\n"
        "between the Alpha Standards Commission and the Commissioner for Ethical Standards\n"
        "in Public Life in Beta\n"
        "Date of effect: 1 April 2025\n"
        "1. Introduction\n"
        "1.1 This memorandum sets out how the two bodies work together on complaints.\n"
    )
    found = extract_metadata(parse_clauses(text))
    assert found.party_names() == [
        "Alpha Standards Commission", "Commissioner for Ethical Standards in Public Life in Beta"
    ]  # fmt: skip
    assert found.in_force.value == "2025-04-01"


def test_an_agreement_that_comes_into_operation_on_a_date_is_in_force_then():
    found, _ = meta(
        HEAD + "1. This MoU comes into operation on 1 June 2025.\n\n"
        "Signed for AA\nDate: 22 May 2025\n"
    )
    assert found.in_force.value == "2025-06-01"
