"""Bad input never gets a silent default: each case names the fact at fault."""

import json

import pytest

from jointwork.liaison.facts import FACT_NAMES, FactsError, loads_facts, parse_facts


def test_it_reads_the_contract_example_as_one_reading(base_facts):
    given = parse_facts(base_facts)
    assert len(given.readings) == 1
    assert given.conflicting == ()
    assert given.readings[0].as_dict() == base_facts


@pytest.mark.parametrize("name", FACT_NAMES)
def test_it_refuses_a_missing_fact_by_name(base_facts, name):
    del base_facts[name]
    with pytest.raises(FactsError, match=f"missing fact '{name}'"):
        parse_facts(base_facts)


def test_it_refuses_an_unknown_fact(base_facts):
    with pytest.raises(FactsError, match="unknown fact 'weather'"):
        parse_facts(base_facts | {"weather": "rain"})


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("person_harmed", "patient"),
        ("premises", "prison"),
        ("outcome", "fatal"),
        ("specific_hs_legislation", "none"),
        ("provider_registered_with_cqc", "true"),
        ("provider_registered_with_cqc", 1),
        ("suspected_gross_negligence", None),
        ("public_sector_provider", 0),
    ],
)
def test_it_refuses_a_value_outside_the_facts_vocabulary(base_facts, name, value):
    with pytest.raises(FactsError, match=f"fact '{name}': {json.dumps(value)} is not one of"):
        parse_facts(base_facts | {name: value})


def test_it_refuses_an_empty_list_of_values(base_facts):
    with pytest.raises(FactsError, match="fact 'premises': an empty list"):
        parse_facts(base_facts | {"premises": []})


def test_it_refuses_something_that_is_not_an_object():
    with pytest.raises(FactsError, match="must be a JSON object, not list"):
        parse_facts([1, 2])


def test_it_names_the_place_of_malformed_json():
    with pytest.raises(FactsError, match="malformed JSON at line 1 column"):
        loads_facts('{"premises": ')


def test_it_treats_a_key_given_twice_with_different_values_as_conflicting(base_facts):
    text = json.dumps(base_facts)[:-1] + ', "person_harmed": "worker"}'
    given = loads_facts(text)
    assert given.conflicting == ("person_harmed",)
    assert [r.person_harmed for r in given.readings] == ["service_user", "worker"]


def test_it_does_not_count_a_repeated_identical_value_as_a_conflict(base_facts):
    given = parse_facts(base_facts | {"outcome": ["death", "death"]})
    assert given.conflicting == ()
    assert len(given.readings) == 1


def test_it_keeps_true_and_one_apart_in_lists(base_facts):
    with pytest.raises(FactsError, match="fact 'public_sector_provider': 1 is not one of"):
        parse_facts(base_facts | {"public_sector_provider": [True, 1]})


def test_it_builds_every_combination_of_conflicting_values(base_facts):
    given = parse_facts(
        base_facts | {"person_harmed": ["worker", "visitor"], "outcome": ["death", "injury"]}
    )
    assert given.conflicting == ("person_harmed", "outcome")
    assert len(given.readings) == 4
