"""Duties count once their text is agreed: `Obligation.objects.in_force()` and what publishing a
version does (its duties start, the ones it replaces are retired, never deleted)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from jointwork.accounts.models import Organisation
from jointwork.audit.models import AuditEvent
from jointwork.ingest import services as ingest
from jointwork.ingest.pipeline import parse_document
from jointwork.obligations import services
from jointwork.obligations.models import DueItem, DueItemState, Obligation, ObligationState
from jointwork.obligations.reminders import pending_reminders
from jointwork.obligations.selectors import items_between
from jointwork.obligations.versions import replaces
from jointwork.register.models import Agreement
from jointwork.register.services import version_create
from tests.conftest import seed_path
from tests.obligations.conftest import at
from tests.versions import publish

pytestmark = pytest.mark.django_db

NOW = at(2026, 12, 1, 9, 0)
# Tuesday 29 December 2026; 24 hours before is Monday 28th, the Boxing Day substitute bank
# holiday, so the notice rolls back to Thursday 24 December at the same time.
RELEASE = at(2026, 12, 29, 10, 0)
SLUG = "cqc-lga-mou-2015"


def _press_release(agreement, title="Winter pressures report"):
    return services.trigger_event_record(
        actor=None, kind="press_release", agreement=agreement,
        organisation=Organisation.objects.get(slug="cqc"), occurs_at=RELEASE, title=title,
    )  # fmt: skip


def _open_lga_notices() -> list[DueItem]:
    return list(
        DueItem.objects.in_force()
        .open()
        .filter(counterparty__slug="lga", obligation__kind="notice_before_publication")
        .select_related("obligation__version")
    )


@pytest.fixture
def seed_001_as_v2(duties, cqc_manager):
    """Seed 001 uploaded as version 2 of the CQC–LGA MoU (version 1 is the published text)."""
    agreement = Agreement.objects.get(slug=SLUG)
    publish(version_create(actor=None, agreement=agreement, text="The February 2015 text."))
    seed = seed_path(1)
    parsed = parse_document(seed.read_bytes(), seed.name)
    draft = ingest.draft_save(
        actor=cqc_manager, agreement=agreement, document=parsed.to_json(), text=parsed.text,
        source_name=seed.name,
    )  # fmt: skip
    assert draft.version.number == 2
    return draft


@time_machine.travel(NOW, tick=False)
def test_a_press_release_makes_one_notice_for_the_lga_before_and_after_v2_is_signed(
    seed_001_as_v2, cqc_manager
):
    agreement = seed_001_as_v2.version.agreement
    (ingested,) = [o for o in seed_001_as_v2.obligations if o.clause_path == "18.ii"]
    ingest.candidate_confirm(actor=cqc_manager, obligation=ingested)

    event = _press_release(agreement)
    (notice,) = _open_lga_notices()
    assert notice.event == event and notice.obligation.version is None  # the built-in duty
    assert notice.due == at(2026, 12, 24, 10, 0)
    calendar = items_between(start=NOW, end=at(2027, 1, 31), agreement_slug=SLUG)
    assert [i.title for i in calendar].count(notice.title) == 1

    publish(seed_001_as_v2.version)  # both parties sign version 2

    (notice_now,) = _open_lga_notices()
    assert notice_now.event == event and notice_now.obligation == ingested
    assert notice_now.due == at(2026, 12, 24, 10, 0)
    notice.refresh_from_db()
    assert notice.state == DueItemState.WAIVED and notice.reason == "superseded by version 2"
    assert AuditEvent.objects.for_object(notice).filter(event="due_item.waived").exists()
    builtin = notice.obligation
    builtin.refresh_from_db()
    assert builtin.state == ObligationState.SUPERSEDED
    assert builtin.superseded_by == seed_001_as_v2.version

    # A later press release is noticed once too, from version 2's duty.
    _press_release(agreement, title="Spring report")
    assert sorted(n.obligation_id for n in _open_lga_notices()) == [ingested.pk, ingested.pk]


@time_machine.travel(NOW, tick=False)
def test_confirming_a_rhythm_on_a_draft_puts_nothing_on_the_calendar_until_published(
    duties, cqc_manager
):
    agreement = Agreement.objects.get(slug="cqc-lgsco-mou-2024")
    seed = seed_path(2)
    parsed = parse_document(seed.read_bytes(), seed.name)
    draft = ingest.draft_save(
        actor=cqc_manager, agreement=agreement, document=parsed.to_json(), text=parsed.text,
        source_name=seed.name,
    )  # fmt: skip
    (quarterly,) = [o for o in draft.obligations if o.clause_path == "areas-of-co-operation.g"]
    ingest.candidate_confirm(actor=cqc_manager, obligation=quarterly)
    assert not quarterly.due_items.exists()
    services.materialise_all(now=NOW, horizon_days=400)
    assert not quarterly.due_items.exists()
    assert not [p for p in pending_reminders(at=NOW) if p.item.obligation_id == quarterly.pk]

    builtin = Obligation.objects.get(
        agreement=agreement, version=None, clause_path="areas-of-co-operation.g"
    )
    open_before = set(builtin.due_items.open().values_list("pk", flat=True))
    assert open_before
    publish(draft.version)

    assert quarterly.due_items.open().exists()
    builtin.refresh_from_db()
    assert builtin.state == ObligationState.SUPERSEDED
    assert not builtin.due_items.open().exists()
    # Retired, never deleted.
    assert set(builtin.due_items.values_list("pk", flat=True)) == open_before


@time_machine.travel(NOW, tick=False)
def test_publishing_a_new_version_retires_the_duties_of_the_one_it_supersedes(
    builtin_register, cqc_manager
):
    agreement = Agreement.objects.get(slug="cqc-ofsted-mou-2011")
    first = version_create(actor=None, agreement=agreement, text="Version 2 text.")
    duty = services.obligation_create(
        actor=None, agreement=agreement, version=first, kind="meeting", summary="Meet monthly.",
        bearers=[Organisation.objects.get(slug="cqc")], clause_path="24",
        rrule="FREQ=MONTHLY", anchor_at=at(2026, 1, 31, 17, 0), state=ObligationState.CONFIRMED,
    )  # fmt: skip
    assert not duty.due_items.exists()
    publish(first)
    assert duty.due_items.open().count() >= 9  # months with a 31st, over 400 days

    second = publish(version_create(actor=None, agreement=agreement, text="Version 3 text."))
    duty.refresh_from_db()
    assert duty.state == ObligationState.SUPERSEDED and duty.superseded_by == second
    reasons = set(duty.due_items.values_list("state", "reason"))
    assert reasons == {(DueItemState.WAIVED, f"superseded by version {second.number}")}
    services.materialise_all(now=NOW + dt.timedelta(days=40), horizon_days=400)
    assert not duty.due_items.open().exists()


def _duty(**fields) -> Obligation:
    base = {
        "kind": "notice_before_publication",
        "clause_path": "18.ii",
        "rrule": "",
        "trigger_event": "press_release",
        "trigger_offset": "-PT24H",
        "details": {},
    }
    return Obligation(**(base | fields))


@pytest.mark.parametrize(
    ("new", "old", "expected"),
    [
        (_duty(), _duty(), True),
        (_duty(clause_path="7"), _duty(), True),  # same event
        (_duty(trigger_event="publication"), _duty(), True),  # same clause
        (_duty(clause_path="7", trigger_event="publication"), _duty(), False),
        (_duty(kind="inform"), _duty(), False),
        (_duty(trigger_offset=""), _duty(), False),  # makes no items: keeps the old one
        (_duty(), _duty(details={"notify": "HSE"}), False),
        (_duty(details={"notify": "HSE"}), _duty(details={"notify": "HSE"}), True),
    ],
)
def test_a_new_version_replaces_a_duty_of_the_same_kind_and_clause_or_event(new, old, expected):
    assert replaces(new, old) is expected
