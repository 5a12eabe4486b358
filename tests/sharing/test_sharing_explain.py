"""The request page's plain-English reading of a stored decision (pure)."""

from jointwork.sharing.explain import explain


def reason(rule: str, effect: str | None) -> dict:
    return {"rule": rule, "effect": effect, "text": rule, "citation": "c"}


def test_a_share_awaiting_review_shows_its_allows_as_overridden_until_approved() -> None:
    why = explain(
        "needs_review", "needs_review", [reason("a", "allow"), reason("r", "needs_review")]
    )
    assert why.label == "Needs review by information governance"
    assert [g.heading for g in why.groups] == [
        "What needs review",
        "Rules that would otherwise allow it",
    ]
    assert why.groups[1].overridden.startswith("Overridden until information governance approves")


def test_an_allowed_share_lists_what_allows_it_without_an_override() -> None:
    why = explain("allow", "allowed", [reason("a", "allow")])
    assert (why.label, why.basis) == ("Allowed", "a rule allows it and none objects")
    assert [(g.heading, g.overridden) for g in why.groups] == [("What allows it", "")]


def test_a_review_decision_keeps_its_reason_as_given() -> None:
    why = explain("deny", "refused", [reason("review.refusal", None)])
    assert [g.heading for g in why.groups] == ["Reason given"]
