"""The lead body's notification duties: due items made through the obligations engine.

Offsets and their sources are data (`obligations/fixtures/obligations.toml`, the
`cqc-hse-la-liaison-2015` rows); dates below are worked out by hand from them.
"""

import datetime as dt
import tomllib

import pytest
import time_machine

from jointwork.audit.models import AuditEvent
from jointwork.liaison import notifications
from jointwork.liaison.facts import all_facts
from jointwork.liaison.services import triage_accept, triage_agree_primacy, triage_hand_over
from jointwork.liaison.table import NOTIFY_NAMES, default_table
from jointwork.obligations.loader import BUILTIN_OBLIGATIONS, load_obligations
from jointwork.obligations.models import DueItem, DueItemState
from jointwork.obligations.recurrence import LONDON

# Thursday 24 December 2026, 10:00: the next working day in England is Tuesday 29 December
# (25th Christmas Day, 26th-27th the weekend, 28th the substitute Boxing Day bank holiday).
CHRISTMAS_EVE = dt.datetime(2026, 12, 24, 10, 0, tzinfo=LONDON)
NEXT_WORKING_DAY_END = dt.datetime(2026, 12, 29, 23, 59, tzinfo=LONDON)


@pytest.fixture
def liaison_duties(builtin_register, editors):
    load_obligations()


def items(incident):
    return notifications.items_for(incident.triages.latest())


def told(incident):
    return sorted(item.key.rsplit(":", 1)[1] for item in items(incident))


@pytest.mark.django_db
def test_a_worker_death_gives_the_lead_body_one_item_per_body_to_tell(
    liaison_duties, editors, record
):
    with time_machine.travel(CHRISTMAS_EVE, tick=False):
        incident = record(editors["hse"], "hse", person_harmed="worker", outcome="death")
    found = items(incident)
    # HSE leads (MoU para 6); Coroner (NoD Regs 2019) and RIDDOR (notify, then report) are told.
    assert told(incident) == ["coroner", "riddor-report", "riddor-report"]
    assert {item.event.organisation.slug for item in found} == {"hse"}
    coroner = next(item for item in found if item.key.endswith(":coroner"))
    assert coroner.counterparty is None and "Tell the Coroner" in coroner.title
    assert coroner.due == NEXT_WORKING_DAY_END
    # RIDDOR Sch 1 para 1(b): within 10 days -> Sunday 3 January 2027, rolled back to Thursday
    # 31 December (1 January is New Year's Day).
    riddor_dues = sorted(item.due for item in found if item.key.endswith(":riddor-report"))
    assert riddor_dues == [NEXT_WORKING_DAY_END, dt.datetime(2026, 12, 31, 10, 0, tzinfo=LONDON)]


@pytest.mark.django_db
def test_each_item_cites_the_table_row_that_required_it_and_its_offsets_source(
    liaison_duties, editors, record
):
    incident = record(editors["hse"], "hse", person_harmed="worker", outcome="death")
    rules = {item.key.rsplit(":", 1)[1]: item.trace["rule"] for item in items(incident)}
    assert "N-CORONER-DEATH" in rules["coroner"]
    assert "Notification of Deaths Regulations 2019" in rules["coroner"]
    assert (
        "N-RIDDOR-WORKER" in rules["riddor-report"]
        and "RIDDOR 2013 Sch 1" in rules["riddor-report"]
    )


@pytest.mark.django_db
def test_a_regulator_told_is_named_as_the_items_counterparty(liaison_duties, editors, record):
    # Unregistered provider's service user: HSE leads, CQC is told (HSE OG-00063).
    incident = record(editors["hse"], "hse", provider_registered_with_cqc=False)
    (item,) = items(incident)
    assert item.counterparty.slug == "cqc" and item.event.organisation.slug == "hse"


@pytest.mark.django_db
def test_under_police_primacy_the_reporting_organisation_bears_the_items(
    liaison_duties, editors, record
):
    # WRDP: police lead a death with suspected gross negligence; they have no organisation here.
    incident = record(
        editors["la"],
        "local-authorities",
        outcome="death",
        suspected_gross_negligence=True,
        premises="care_home_nursing",
    )
    assert told(incident) == ["coroner", "cqc", "safeguarding-adults-board"]
    assert {item.event.organisation.slug for item in items(incident)} == {"local-authorities"}


@pytest.mark.django_db
def test_accepting_the_lead_adds_no_second_item(liaison_duties, editors, record):
    incident = record(editors["hse"], "hse", person_harmed="worker", outcome="death")
    triage_accept(actor=editors["hse"], triage=incident.triages.latest())
    assert DueItem.objects.filter(event__reference=f"liaison-incident:{incident.pk}").count() == 3


@pytest.mark.django_db
def test_handing_over_moves_the_open_items_and_waives_the_new_leads_own(
    liaison_duties, editors, record
):
    incident = record(editors["hse"], "hse", provider_registered_with_cqc=False, outcome="death")
    before = {item.pk for item in items(incident)}
    triage_hand_over(
        actor=editors["hse"],
        triage=incident.triages.latest(),
        to_body="CQC",
        reason="The provider should have been registered: CQC takes it",
    )
    after = {item.key.rsplit(":", 1)[1]: item for item in items(incident)}
    assert {item.pk for item in after.values()} == before  # nothing deleted
    assert after["cqc"].state == DueItemState.WAIVED
    assert after["cqc"].closed_for.slug == "hse"  # HSE closed it, and keeps it
    assert after["coroner"].state == DueItemState.OPEN
    assert after["coroner"].event.organisation.slug == "cqc"
    assert AuditEvent.objects.filter(event="trigger_event.items_moved").count() == 1


@pytest.mark.django_db
def test_when_bodies_must_agree_the_items_wait_for_the_agreed_lead(liaison_duties, editors, record):
    # Annex B: asbestos in a hospital -> CQC and HSE agree primacy.
    incident = record(editors["cqc"], "cqc", specific_hs_legislation="asbestos")
    assert items(incident) == []
    triage_agree_primacy(
        actor=editors["cqc"],
        triage=incident.triages.latest(),
        lead_body="HSE",
        reason="Agreed by phone on 3 March",
    )
    assert told(incident) == ["cqc"]
    assert items(incident)[0].event.organisation.slug == "hse"


@pytest.mark.django_db
def test_without_loaded_duties_the_incident_is_recorded_and_the_bodies_left_are_named(
    editors, record
):
    incident = record(editors["hse"], "hse", person_harmed="worker", outcome="death")
    assert items(incident) == []
    assert notifications.missing_duties(incident.triages.latest()) == ["Coroner", "RIDDOR report"]


def test_every_body_the_table_can_tell_has_a_notification_duty_with_an_offset_and_a_citation():
    data = tomllib.loads(BUILTIN_OBLIGATIONS.read_text(encoding="utf-8"))
    rows = [row for row in data["obligations"] if row.get("trigger") == "incident"]
    assert {row["notify"] for row in rows} == set(NOTIFY_NAMES)
    assert all(row["offset"] and row["citation"] for row in rows)


def test_every_body_a_triage_tells_is_explained_by_one_of_its_reasons():
    table = default_table()
    for facts in all_facts():
        result = table.evaluate(facts)
        why = table.notify_rules([reason.as_dict() for reason in result.reasons])
        unexplained = [name for name in result.notify if not why.get(name)]
        assert not unexplained, (facts.as_dict(), unexplained)
