"""Agreement terms → rules, the request contract, and the ODRL export."""

import pytest

from jointwork.sharing.compiled import PolicyBook
from jointwork.sharing.odrl import to_odrl
from jointwork.sharing.policy import Basis, Effect, PolicyError
from jointwork.sharing.request import RequestError, facts_of, parse_request
from jointwork.sharing.terms import (
    AGREEMENTS_DIR,
    AgreementTerms,
    SharingObligation,
    agreement_policy,
    load_law_policy,
    load_obligation_file,
)

LAW = load_law_policy()
REQUEST = {
    "agreement": "any-mou",
    "from": "body-a",
    "to": "body-b",
    "purpose": "test",
    "personal_data": False,
    "identifies_service_users": False,
    "identifies_registered_persons": True,
    "special_category": False,
    "legal_basis": None,
    "pre_publication": False,
    "foi_request": False,
}


def test_a_prohibition_row_of_any_agreement_denies_with_its_clause() -> None:
    terms = AgreementTerms(
        "any-mou",
        ("body-a", "body-b"),
        True,
        (
            SharingObligation("share_information", "4", "Exchange trends."),
            SharingObligation(
                "prohibition",
                "9.b",
                "No named providers.",
                applies_to=("identifies_registered_persons",),
            ),
        ),
    )
    decision = PolicyBook(LAW).decide(parse_request(REQUEST), terms)
    assert (decision.decision, decision.basis) == (Effect.DENY, Basis.PROHIBITED)
    assert decision.reasons[0].citation == "any-mou §9.b"


def test_without_the_prohibition_row_the_same_share_is_allowed() -> None:
    terms = AgreementTerms(
        "any-mou",
        ("body-a", "body-b"),
        True,
        (SharingObligation("share_information", "4", "x"),),
    )
    assert PolicyBook(LAW).decide(parse_request(REQUEST), terms).decision is Effect.ALLOW


def test_an_agreement_with_no_sharing_terms_authorises_nothing() -> None:
    terms = AgreementTerms("any-isa", ("body-a", "body-b"), True)
    decision = PolicyBook(LAW).decide(parse_request({**REQUEST, "agreement": "any-isa"}), terms)
    assert (decision.decision, decision.basis) == (Effect.DENY, Basis.NOT_AUTHORISED)


def test_bearers_limit_who_an_obligation_binds() -> None:
    terms = AgreementTerms(
        "any-mou",
        ("body-a", "body-b"),
        True,
        (SharingObligation("share_information", "4", "x", bearers=("body-b",)),),
    )
    book = PolicyBook(LAW)
    assert book.decide(parse_request(REQUEST), terms).basis is Basis.NOT_AUTHORISED
    reverse = parse_request({**REQUEST, "from": "body-b", "to": "body-a"})
    assert book.decide(reverse, terms).decision is Effect.ALLOW


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"kind": "meeting"}, "not a sharing kind"),
        ({"kind": "prohibition", "applies_to": ("purpose",)}, "cannot prohibit 'purpose'"),
        ({"kind": "share_information", "personal_data": "sometimes"}, "personal_data must be"),
    ],
)
def test_a_bad_obligation_is_refused_naming_the_clause(kwargs, message) -> None:
    with pytest.raises(PolicyError, match=message):
        SharingObligation(clause="7", text="t", **kwargs)


def test_every_curated_obligation_file_loads_and_names_its_agreement() -> None:
    files = sorted(AGREEMENTS_DIR.glob("*.toml"))
    assert files
    for path in files:
        slug, rows = load_obligation_file(path)
        assert path.stem == slug
        assert rows


def test_every_law_rule_cites_a_source() -> None:
    assert all(rule.citation for rule in LAW.rules)
    assert len(LAW.rules) >= 15


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"agreement": None}, "missing field 'agreement'"),
        ({"from": ""}, "'from' must be a non-empty string"),
        ({"personal_data": "no"}, "'personal_data' must be true, false or null"),
        ({"legal_basis": 6}, "'legal_basis' must be a string"),
        ({"personal-data": False}, "unknown field 'personal-data'"),
        ({"to": "body-a"}, "the same body"),
    ],
)
def test_a_bad_request_is_refused_naming_the_field(change, message) -> None:
    data = {k: v for k, v in {**REQUEST, **change}.items() if v is not None or k != "agreement"}
    with pytest.raises(RequestError, match=message):
        parse_request(data)


def test_an_absent_flag_is_an_unknown_fact() -> None:
    data = {k: v for k, v in REQUEST.items() if k != "foi_request"}
    assert parse_request(data).foi_request is None


def test_an_art9_condition_is_recognised_in_the_legal_basis() -> None:
    request = parse_request({**REQUEST, "legal_basis": "Article 6(1)(e) and Article 9 (2)(h)"})
    facts = facts_of(request, agreement_in_force=True)
    assert facts["legal_basis_given"] and facts["legal_basis_art9"]


def test_the_odrl_export_has_permissions_prohibitions_and_duties() -> None:
    terms = AgreementTerms(
        "any-mou",
        ("body-a", "body-b"),
        True,
        (
            SharingObligation("prohibition", "9", "x", applies_to=("identifies_service_users",)),
            SharingObligation("confidentiality", "10", "y"),
            SharingObligation("foi_consultation", "11", "z"),
        ),
    )
    odrl = to_odrl(agreement_policy(terms))
    assert odrl["@type"] == "Set"
    assert "http://www.w3.org/ns/odrl.jsonld" in odrl["@context"]
    prohibited = {p["uid"] for p in odrl["prohibition"]}
    assert "urn:jointwork:rule:any-mou.9.prohibition.identifies_service_users" in prohibited
    duties = {d["action"] for p in odrl["permission"] for d in p.get("duty", [])}
    assert duties == {
        "jw:keep_confidential_until_publication",
        "jw:obtainInformationGovernanceApproval",
    }
    constraint = odrl["prohibition"][-1]["constraint"][-1]
    assert constraint == {
        "leftOperand": "jw:identifies_service_users",
        "operator": "eq",
        "rightOperand": True,
    }


def test_a_prohibition_without_a_recorded_scope_needs_review_every_time() -> None:
    terms = AgreementTerms(
        "any-mou",
        ("body-a", "body-b"),
        True,
        (
            SharingObligation("share_information", "4", "x"),
            SharingObligation("prohibition", "5", "Some things are not shared."),
        ),
    )
    decision = PolicyBook(LAW).decide(parse_request(REQUEST), terms)
    assert decision.decision is Effect.NEEDS_REVIEW
    assert "any-mou.5.prohibition.unscoped" in [r.rule for r in decision.reasons]
