"""The pure helpers behind saving and review: name matching and span highlighting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.ingest.highlight import Span, segments
from jointwork.ingest.matching import OrgRef, match_names

ORGS = [
    OrgRef("cqc", "Care Quality Commission", "CQC", is_party=True),
    OrgRef("lga", "Local Government Association", "LGA", is_party=True),
    OrgRef("lgsco", "Local Government and Social Care Ombudsman", "LGSCO"),
    OrgRef("hse", "Health and Safety Executive", "HSE"),
    OrgRef("local-authorities", "Local authorities in England", "LAs"),
]


def test_it_matches_full_names_abbreviations_and_slugs_ignoring_the_article():
    result = match_names(["the Care Quality Commission", "LGA", "hse"], ORGS)
    assert result.slugs == ["cqc", "lga", "hse"]
    assert result.unmatched == []


def test_both_parties_means_every_party_to_the_agreement():
    assert match_names(["both parties"], ORGS).slugs == ["cqc", "lga"]
    assert match_names(["each party"], ORGS).slugs == ["cqc", "lga"]


def test_a_misspelt_or_shortened_name_matches_fuzzily():
    result = match_names(["Care Quality Comission", "Health & Safety Executive"], ORGS)
    assert result.slugs == ["cqc", "hse"]
    assert result.how[0][2].startswith("fuzzy")


def test_a_name_that_fits_two_bodies_equally_is_left_for_a_person():
    # "Local Government" is in both the LGA's and the Ombudsman's names; neither is a party.
    others = [OrgRef(o.slug, o.name, o.short_name) for o in ORGS]
    assert match_names(["Local Government"], others).unmatched == ["Local Government"]


def test_a_loose_name_resolves_to_the_agreements_own_party_first():
    # Only the LGA is party to this agreement, so "Local Government" means the LGA here.
    assert match_names(["Local Government"], ORGS).slugs == ["lga"]


def test_an_unknown_body_is_reported_unmatched_once():
    result = match_names(["Department of Silly Walks", "Department of Silly Walks"], ORGS)
    assert result.slugs == [] and result.unmatched == ["Department of Silly Walks"]


def test_a_body_named_twice_is_listed_once():
    assert match_names(["CQC", "Care Quality Commission"], ORGS).slugs == ["cqc"]


spans = st.lists(
    st.builds(
        lambda a, b, label: Span(min(a, b), max(a, b), label),
        st.integers(-5, 80),
        st.integers(-5, 80),
        st.sampled_from(["", "offset", "bearer"]),
    ),
    max_size=8,
)


@settings(max_examples=200)
@given(text=st.text(max_size=60), offset=st.integers(0, 20), spans=spans)
def test_segments_always_join_back_into_the_text(text, offset, spans):
    assert "".join(s.text for s in segments(text, spans, offset=offset)) == text


@settings(max_examples=200)
@given(text=st.text(min_size=1, max_size=60), offset=st.integers(0, 20), spans=spans)
def test_marked_segments_are_exactly_the_covered_characters(text, offset, spans):
    covered = {
        i for s in spans for i in range(max(s.start, offset), min(s.end, offset + len(text)))
    }
    position = offset
    for segment in segments(text, spans, offset=offset):
        for i in range(position, position + len(segment.text)):
            assert (i in covered) == segment.marked
        position += len(segment.text)


def test_overlapping_spans_merge_and_keep_both_labels():
    result = segments("give 48 hours notice", [Span(5, 13, "offset"), Span(8, 20, "notice")])
    assert [(s.text, s.marked, s.label) for s in result] == [
        ("give ", False, ""),
        ("48 hours notice", True, "offset, notice"),
    ]
