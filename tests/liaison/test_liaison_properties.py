"""Properties over valid and conflicting fact combinations (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from jointwork.liaison.facts import FACT_VALUES, Facts, parse_facts
from jointwork.liaison.table import AGREE, LEADS, NOTIFY_NAMES, default_table, triage

facts_dicts = st.fixed_dictionaries({name: st.sampled_from(vs) for name, vs in FACT_VALUES.items()})
conflicting_dicts = st.fixed_dictionaries(
    {
        name: st.lists(st.sampled_from(vs), min_size=1, max_size=3, unique=True)
        for name, vs in FACT_VALUES.items()
    }
)


@settings(max_examples=200)
@given(facts_dicts)
def test_every_valid_combination_gets_exactly_one_lead_with_cited_reasons(facts):
    result = triage(facts).as_dict()
    assert isinstance(result["lead"], str) and result["lead"] in LEADS
    assert result["reasons"], "a decision nobody can explain is a bug"
    assert all(r["rule"] and r["text"] and "http" in r["citation"] for r in result["reasons"])
    assert result["table_version"] == default_table().version
    assert set(result) == {"lead", "candidates", "notify", "reasons", "table_version"}


@settings(max_examples=200)
@given(facts_dicts)
def test_candidates_are_given_exactly_when_the_bodies_must_agree(facts):
    result = triage(facts)
    assert (result.lead == AGREE) == (len(result.candidates) >= 2)
    assert set(result.candidates) <= set(result.notify)


@settings(max_examples=200)
@given(facts_dicts)
def test_the_lead_is_never_also_notified_and_notify_is_in_canonical_order(facts):
    result = triage(facts)
    assert result.lead not in result.notify
    assert list(result.notify) == [n for n in NOTIFY_NAMES if n in result.notify]


@settings(max_examples=200)
@given(facts_dicts)
def test_police_lead_exactly_when_a_death_may_be_a_homicide(facts):
    result = triage(facts)
    suspected_homicide = facts["outcome"] == "death" and facts["suspected_gross_negligence"]
    assert (result.lead == "police") == suspected_homicide
    assert ("Coroner" in result.notify) == (facts["outcome"] == "death")


@settings(max_examples=200)
@given(facts_dicts)
def test_cqc_leads_only_for_service_users_of_registered_providers(facts):
    result = triage(facts)
    if result.lead == "CQC" or "CQC" in result.candidates:
        assert facts["person_harmed"] == "service_user"
        assert facts["provider_registered_with_cqc"] is True


@settings(max_examples=200)
@given(facts_dicts, st.randoms(use_true_random=False))
def test_the_order_of_the_facts_does_not_matter(facts, rnd):
    items = list(facts.items())
    rnd.shuffle(items)
    assert triage(dict(items)) == triage(facts)


@settings(max_examples=200)
@given(conflicting_dicts)
def test_conflicting_facts_get_the_explicit_agree_outcome_covering_every_reading(facts):
    given_facts = parse_facts(facts)
    result = default_table().triage(given_facts)
    if not given_facts.conflicting:
        assert len(given_facts.readings) == 1
        return
    assert result.lead == AGREE
    assert result.reasons[0].rule == "C-CONFLICTING-FACTS"
    for reading in given_facts.readings:
        one = default_table().evaluate(reading)
        bodies = one.candidates if one.lead == AGREE else (one.lead,)
        assert set(bodies) <= set(result.candidates)
        assert set(one.notify) <= set(result.notify)


def test_facts_round_trip_through_the_contract_dict():
    sample = Facts(True, "worker", "dental", "injury", False, None, True)
    assert parse_facts(sample.as_dict()).readings == (sample,)
