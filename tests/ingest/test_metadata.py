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
    ],
)
def test_the_review_rule_allows_the_agreement_named_between_verb_and_period(sentence, rule):
    assert meta(HEAD + f"1. {sentence}\n")[0].review == rule


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
