"""Clauses named as people cite them, and word-level differences between clause texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.ingest.labels import ClauseRef, clause_label, printed_number
from jointwork.ingest.textdiff import word_diff

PRESS = ClauseRef("press-and-publications", heading="Press and publications")
JOINT = ClauseRef("joint-statement", heading="Joint Statement")


def test_a_numbered_clause_is_named_by_its_number_and_the_heading_above_it():
    assert clause_label([PRESS, ClauseRef("18", "18")]).text == "18. Press and publications"


def test_a_sub_item_is_cited_under_its_parents_number():
    label = clause_label([PRESS, ClauseRef("18", "18"), ClauseRef("18.ii", "(ii)")])
    assert label.text == "18(ii) – Press and publications"
    assert clause_label([ClauseRef("10", "10"), ClauseRef("10.a", "a")]).text == "10(a)"


def test_a_decimal_number_already_holds_its_parents():
    assert clause_label([ClauseRef("5", "5."), ClauseRef("5.3", "5.3.")]).reference == "5.3"


def test_a_mixed_number_printed_in_full_is_cited_as_printed():
    chain = [ClauseRef("4", "4"), ClauseRef("4.2", "4.2"), ClauseRef("4.2.a", "4.2(a)")]
    assert clause_label(chain).reference == "4.2(a)"


def test_an_unnumbered_paragraph_is_named_by_its_section_not_its_path():
    label = clause_label([JOINT, ClauseRef("joint-statement.p1")])
    assert label.text == "Joint Statement, paragraph 1"
    assert "joint-statement" not in label.text


def test_a_headed_section_is_named_by_its_heading_once():
    assert clause_label([JOINT]).text == "Joint Statement"


def test_bullets_and_tables_say_what_they_are():
    chain = [JOINT, ClauseRef("joint-statement.p3"), ClauseRef("joint-statement.p3.b2")]
    assert clause_label(chain).text == "Joint Statement, paragraph 3, bullet 2"
    annex = ClauseRef("annex-b", heading="Annex B Contacts")
    assert clause_label([annex, ClauseRef("annex-b.t1")]).text == "Annex B Contacts, table 1"
    row = [annex, ClauseRef("annex-b.t1"), ClauseRef("annex-b.t1.r2")]
    assert clause_label(row).text == "Annex B Contacts, table 1, row 2"


def test_a_list_lettered_within_a_section_names_the_section():
    section = ClauseRef("principles", heading="Principles of co-operation")
    label = clause_label(
        [section, ClauseRef("principles.g", "g"), ClauseRef("principles.g.iv", "iv")]
    )
    assert label.text == "Principles of co-operation, item (g)(iv)"
    annex = ClauseRef("annex-1", heading="Annex 1")
    assert clause_label([annex, ClauseRef("annex-1.4", "4")]).text == "Annex 1, paragraph 4"


def test_a_paragraph_before_any_heading_is_numbered_in_words():
    assert clause_label([ClauseRef("p2")]).text == "Paragraph 2"


def test_the_printed_number_leads_the_text_as_in_the_document():
    assert [printed_number(n) for n in ("18", "(ii)", "5.3.", "a", "")] == [
        "18.",
        "(ii)",
        "5.3.",
        "a.",
        "",
    ]


def test_a_reworded_phrase_is_one_removal_and_one_addition():
    pieces = word_diff(
        "give at least 48 hours notice before publishing",
        "give at least five working days notice before publishing",
    )
    assert [(p.op, p.text) for p in pieces if p.op != "same"] == [
        ("removed", "48 hours"),
        ("added", "five working days"),
    ]


def test_identical_texts_have_no_changed_words():
    assert [p.op for p in word_diff("the same words", "the same words")] == ["same"]


words = st.lists(st.sampled_from(["CQC", "LGA", "will", "meet", "48", "hours", "\n", "  "]))


@settings(max_examples=200)
@given(words, words)
def test_the_pieces_give_back_both_texts(old_words, new_words):
    old, new = " ".join(old_words), " ".join(new_words)
    pieces = word_diff(old, new)
    assert "".join(p.text for p in pieces if p.op != "added") == old
    assert "".join(p.text for p in pieces if p.op != "removed") == new
    assert all(p.text for p in pieces)
