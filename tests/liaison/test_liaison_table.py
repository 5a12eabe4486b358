"""The shipped table lints clean over the whole fact space, and the linter can fail."""

import dataclasses

import pytest

from jointwork.liaison.facts import Facts, all_facts
from jointwork.liaison.table import (
    DEFAULT_TABLE,
    TableError,
    default_table,
    lint,
    load_table,
    parse_table,
)


@pytest.fixture(scope="module")
def table():
    return load_table()


def test_the_shipped_table_has_no_gaps_and_no_dead_rows(table):
    assert lint(table) == []


def test_the_fact_space_is_small_enough_to_check_exhaustively():
    # 2 * 5 * 8 * 4 * 2 * 7 * 2 combinations (DESIGN.md triage contract).
    assert len(all_facts()) == 8960


def test_the_compiled_index_agrees_with_the_row_by_row_interpreter_everywhere(table):
    compiled = default_table()
    for facts in all_facts():
        assert compiled.evaluate(facts) == table.interpret(facts)


def test_every_row_cites_at_least_one_source_url(table):
    for row in (*table.rows(), table.conflict):
        assert " — http" in row.citation, row.id
        assert row.text and row.id


def test_every_source_is_cited_by_some_row(table):
    cited = " ".join(row.citation for row in (*table.rows(), table.conflict))
    unused = [key for key, url in table.sources.items() if url not in cited]
    assert unused == []


def test_the_linter_reports_a_row_that_earlier_rows_shadow(table):
    copy = dataclasses.replace(table.lead[5], id="L-COPY", priority=999)
    problems = lint(dataclasses.replace(table, lead=(*table.lead, copy)))
    assert [(p.kind, p.rule) for p in problems] == [("shadowed", "L-COPY")]
    assert table.lead[5].id in problems[0].message


def test_the_linter_reports_combinations_no_row_covers(table):
    without_last = dataclasses.replace(table, lead=table.lead[:-1])
    problems = lint(without_last)
    assert [(p.kind, p.rule) for p in problems] == [("uncovered", "lead")]
    # Non-service users (4) x registered (2) x outcome (4) x negligence (2) x the premises whose
    # enforcing authority is unclear: "other" (6 non-gas laws x 2) + public "office" (6 x 1).
    assert problems[0].message.startswith(f"{4 * 2 * 4 * 2 * (12 + 6)} combinations match no")


def test_the_linter_reports_a_row_whose_conditions_never_hold(table):
    # A hospital is always HSE-enforced (EA-HOSPITAL), so this row can never match.
    impossible = dataclasses.replace(
        table.lead[0],
        id="L-IMPOSSIBLE",
        priority=1,
        when={"premises": frozenset({"hospital"}), "enforcing_authority": frozenset({"LA"})},
    )
    problems = lint(dataclasses.replace(table, lead=(impossible, *table.lead)))
    assert [(p.kind, p.rule) for p in problems] == [("unsatisfiable", "L-IMPOSSIBLE")]


def test_the_linter_reports_a_notify_row_that_never_fires(table):
    dead = dataclasses.replace(
        table.notify[0],
        id="N-DEAD",
        when={"premises": frozenset({"hospital"}), "enforcing_authority": frozenset({"LA"})},
    )
    problems = lint(dataclasses.replace(table, notify=(*table.notify, dead)))
    assert [(p.kind, p.rule) for p in problems] == [("unsatisfiable", "N-DEAD")]


def test_evaluation_follows_priority_not_file_order():
    text = DEFAULT_TABLE.read_text(encoding="utf-8")
    # Move the catch-all registered-service-user row ahead of the legionella row.
    row = 'id = "L-SU-REGISTERED"\npriority = 60\n'
    assert row in text
    reordered = parse_table(text.replace(row, row.replace("60", "35")))
    legionella = Facts(True, "service_user", "hospital", "injury", False, "legionella", False)
    assert load_table().interpret(legionella).reasons[0].rule == "L-SU-LEGIONELLA"
    assert reordered.interpret(legionella).reasons[0].rule == "L-SU-REGISTERED"
    assert any(p.rule == "L-SU-LEGIONELLA" for p in lint(reordered))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('id = "L-SU-LIFTING"', 'id = "L-SU-LEGIONELLA"', "used more than once"),
        ("priority = 50\n", "priority = 40\n", "share priority 40"),
        ('sources = ["riddor-reg5"', 'sources = ["nowhere"', "source 'nowhere' is not in"),
        ('premises = ["dental"]', 'premises = ["dentist"]', "'dentist' is not a value of fact"),
        ("when = { outcome", "when = { weather", "unknown fact 'weather'"),
        ('lead = "HSE"', 'lead = "Ofsted"', "'lead' must be one of"),
        ('candidates = ["HSE", "LA"]', 'candidates = ["HSE"]', "at least two distinct"),
        ('notify = ["Coroner"]', 'notify = ["Press"]', "unknown notify name 'Press'"),
        ('value = "LA"', 'value = "council"', "'value' must be one of"),
        ('citation = "RIDDOR 2013 regs 5 and 6, Sch 1"', 'citation = ""', "'citation' must be"),
    ],
)
def test_it_refuses_a_broken_table_naming_the_row(old, new, message):
    text = DEFAULT_TABLE.read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(TableError, match=message):
        parse_table(text.replace(old, new, 1))


def test_it_refuses_a_table_that_is_not_toml():
    with pytest.raises(TableError, match="not valid TOML"):
        parse_table("version = ")
