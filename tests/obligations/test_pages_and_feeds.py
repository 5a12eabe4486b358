"""Pages, the iCal feed (parsed back), the API, the commands, and the dashboard's query count."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from icalendar import Calendar

from jointwork.obligations.models import DueItem, FeedToken, Obligation
from jointwork.obligations.selectors import compliance, dashboard
from jointwork.obligations.services import due_item_complete, due_item_miss, materialise_all
from jointwork.register.models import Agreement
from tests.conftest import PASSWORD
from tests.obligations.conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar_2026(duties):
    materialise_all(now=at(2026, 2, 15), horizon_days=365)


def test_the_ical_feed_parses_back_with_one_event_per_item(
    client, calendar_2026, org, time_machine
):
    time_machine.move_to(at(2026, 2, 20, 9), tick=False)
    feed = FeedToken.objects.create(token="t" * 40, organisation=org("cqc"))
    response = client.get(f"/obligations/feeds/{feed.token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar"
    parsed = Calendar.from_ical(response.content)
    events = list(parsed.walk("VEVENT"))
    uids = {str(e["uid"]) for e in events}
    expected = {
        f"due-item-{pk}@jointwork"
        for pk in DueItem.objects.borne_by(org("cqc")).values_list("pk", flat=True)
    }
    assert uids and uids <= expected
    quarter_end = [e for e in events if "quarterly" in str(e["summary"]).lower()]
    assert any(e.decoded("dtend") == at(2026, 3, 31, 17) for e in quarter_end)


def test_an_unknown_or_revoked_feed_token_is_not_found(client, calendar_2026, org):
    FeedToken.objects.create(token="r" * 40, organisation=org("cqc"), revoked_at=at(2026, 1, 1))
    assert client.get(f"/obligations/feeds/{'r' * 40}.ics").status_code == 404
    assert client.get("/obligations/feeds/nope.ics").status_code == 404


def test_an_agreement_feed_holds_only_that_agreements_items(
    client, calendar_2026, org, time_machine
):
    time_machine.move_to(at(2026, 2, 20, 9), tick=False)
    agreement = Agreement.objects.get(slug="cqc-ofsted-mou-2011")
    FeedToken.objects.create(token="a" * 40, organisation=org("cqc"), agreement=agreement)
    events = Calendar.from_ical(client.get(f"/obligations/feeds/{'a' * 40}.ics").content).walk(
        "VEVENT"
    )
    assert events
    assert all(agreement.title in str(e["description"]) for e in events)


def test_the_item_page_shows_how_the_date_was_calculated(client, duties, cqc_manager):
    materialise_all(now=at(2028, 9, 1), horizon_days=40)
    item = DueItem.objects.get(obligation__clause_path="24")
    client.login(username="cqc-manager", password=PASSWORD)
    page = client.get(item.get_absolute_url()).content.decode()
    assert "How was this date calculated" in page
    assert "Skipped 2028-09-30: Saturday" in page


def test_the_item_page_is_hidden_from_a_body_not_concerned(client, calendar_2026, ofsted_editor):
    item = DueItem.objects.filter(obligation__agreement__slug="cqc-lga-mou-2015").first() or (
        DueItem.objects.filter(obligation__agreement__slug="cqc-lgsco-mou-2024").first()
    )
    client.login(username="ofsted-editor", password=PASSWORD)
    assert client.get(item.get_absolute_url()).status_code == 404


def test_marking_done_through_the_page_records_evidence_and_refuses_twice(
    client, calendar_2026, cqc_manager
):
    item = DueItem.objects.filter(obligation__clause_path="24").first()
    client.login(username="cqc-manager", password=PASSWORD)
    url = f"/obligations/items/{item.pk}/done/"
    client.post(url, {"organisation": "cqc", "text": "Met on 12 March; note filed"})
    item.refresh_from_db()
    assert item.state == "done" and item.evidence == "Met on 12 March; note filed"
    page = client.post(url, {"organisation": "cqc", "text": "again"}, follow=True)
    assert "this item is already done" in page.content.decode()


def test_the_dashboard_page_lists_the_organisations_items(
    client, calendar_2026, cqc_manager, time_machine
):
    time_machine.move_to(at(2026, 2, 20, 9), tick=False)
    client.login(username="cqc-manager", password=PASSWORD)
    page = client.get("/obligations/").content.decode()
    assert "Duties due for Care Quality Commission" in page
    # "By agreement" names each agreement and links to its calendar.
    assert (
        '<a class="govuk-link" href="/obligations/agreements/cqc-lgsco-mou-2024/">'
        "Memorandum of understanding between CQC and the Local Government and Social Care "
        "Ombudsman</a>: 1 open" in page
    )


def test_the_dashboard_for_1000_open_items_takes_at_most_10_queries(
    duties, org, django_assert_max_num_queries
):
    obligation = Obligation.objects.get(
        agreement__slug="cqc-lgsco-mou-2024", clause_path="areas-of-co-operation.g"
    )
    DueItem.objects.bulk_create(
        [
            DueItem(
                obligation=obligation,
                key=f"k{i}",
                title=f"Item {i}",
                due=at(2026, 1, 1) + dt.timedelta(hours=2 * i),
                trace={},
            )
            for i in range(1000)
        ]
    )
    with django_assert_max_num_queries(10):
        board = dashboard(organisation=org("cqc"), at=at(2026, 2, 1))
        total = len(board.overdue) + len(board.this_week) + len(board.upcoming)
        labels = [i.obligation.source_label for i in board.overdue]
    assert total == 1000 and labels


def test_compliance_counts_on_time_late_and_missed(calendar_2026, cqc_manager, org):
    items = list(
        DueItem.objects.filter(obligation__agreement__slug="cqc-lgsco-mou-2024").order_by("due")
    )
    quarter = [i for i in items if i.obligation.clause_path == "areas-of-co-operation.g"]
    due_item_complete(
        actor=cqc_manager,
        item=quarter[0],
        organisation=org("cqc"),
        evidence="on time",
        at=quarter[0].due - dt.timedelta(days=1),
    )
    due_item_complete(
        actor=cqc_manager,
        item=quarter[1],
        organisation=org("cqc"),
        evidence="late",
        at=quarter[1].due + dt.timedelta(days=3),
    )
    due_item_miss(actor=cqc_manager, item=quarter[2], organisation=org("cqc"), reason="No quorum")
    result = compliance(
        agreement=Agreement.objects.get(slug="cqc-lgsco-mou-2024"),
        start=at(2026, 1, 1),
        end=at(2026, 10, 1),
        at=at(2026, 10, 2),
    )
    # Q1 on time, Q2 late, Q3 (30 Sep) marked missed; the strategic meeting window that closed
    # on 10 July 2026 is still open past its due time.
    assert (result.on_time, result.late, result.missed, result.open_overdue) == (1, 1, 1, 1)
    assert result.rate == pytest.approx(1 / 4)


def test_the_due_command_prints_json_for_an_agreement(calendar_2026):
    out = StringIO()
    call_command(
        "due",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "--agreement",
        "cqc-ofsted-mou-2011",
        stdout=out,
    )
    data = json.loads(out.getvalue())
    assert [(i["clause"], i["due"]) for i in data["items"]] == [("24", "2026-03-31T17:00:00+01:00")]


def test_the_due_command_can_print_ics(calendar_2026):
    out = StringIO()
    call_command("due", "--from", "2026-03-01", "--to", "2026-03-31", "--format", "ics", stdout=out)
    assert len(Calendar.from_ical(out.getvalue()).walk("VEVENT")) >= 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["due", "--from", "2026-02-30", "--to", "2026-03-01"],
            "--from: '2026-02-30' is not a date",
        ),
        (["due", "--from", "2026-03-02", "--to", "2026-03-01"], "--to is before --from"),
        (
            ["due", "--from", "2026-03-01", "--to", "2026-03-02", "--agreement", "nope"],
            "unknown agreement",
        ),
        (["workdays", "add", "2026-01-01", "x"], "is not a whole number"),
        (["workdays", "add", "2026-01-01", "3", "--region", "gb"], "unknown region 'gb'"),
    ],
)
def test_bad_command_input_exits_2_naming_what_is_wrong(db, args, message):
    with pytest.raises(CommandError, match=message) as error:
        call_command(*args)
    assert error.value.returncode == 2


def test_the_workdays_command_counts_uk_wide_for_foi(db):
    out = StringIO()
    call_command("workdays", "add", "2026-07-06", "20", "--region", "uk", stdout=out)
    assert json.loads(out.getvalue())["date"] == "2026-08-05"
    out = StringIO()
    call_command("workdays", "between", "2026-12-21", "2026-12-29", stdout=out)
    assert json.loads(out.getvalue())["working_days"] == 4


def test_the_api_refuses_a_second_completion(client, calendar_2026, cqc_manager):
    item = DueItem.objects.filter(obligation__clause_path="24").first()
    client.login(username="cqc-manager", password=PASSWORD)
    url = f"/api/obligations/items/{item.pk}/done"
    body = {"organisation": "cqc", "evidence": "Met"}
    first = client.post(url, body, content_type="application/json")
    second = client.post(url, body, content_type="application/json")
    assert first.status_code == 200 and first.json()["state"] == "done"
    assert second.status_code == 409


def test_creating_a_feed_for_one_agreement_from_the_dashboard(client, calendar_2026, cqc_manager):
    client.login(username="cqc-manager", password=PASSWORD)
    client.post("/obligations/feeds/", {"organisation": "cqc", "agreement": "cqc-ofsted-mou-2011"})
    feed = FeedToken.objects.get(created_by=cqc_manager)
    assert feed.agreement.slug == "cqc-ofsted-mou-2011" and feed.organisation.slug == "cqc"
    page = client.get("/obligations/organisations/cqc/").content.decode()
    assert f"/obligations/feeds/{feed.token}.ics" in page


def test_a_feed_cannot_be_made_for_an_organisation_one_does_not_belong_to(
    client, calendar_2026, cqc_manager
):
    client.login(username="cqc-manager", password=PASSWORD)
    assert client.post("/obligations/feeds/", {"organisation": "lga"}).status_code == 403
    assert not FeedToken.objects.exists()


def test_the_api_hides_an_item_from_a_body_not_concerned(client, calendar_2026, ofsted_editor):
    item = DueItem.objects.filter(obligation__agreement__slug="cqc-lgsco-mou-2024").first()
    client.login(username="ofsted-editor", password=PASSWORD)
    assert client.get(f"/api/obligations/items/{item.pk}").status_code == 404
    done = client.post(
        f"/api/obligations/items/{item.pk}/done",
        {"organisation": "ofsted", "evidence": "not ours"},
        content_type="application/json",
    )
    assert done.status_code == 404


def test_the_api_shows_an_item_and_its_trace_to_a_party(client, calendar_2026, cqc_viewer):
    item = DueItem.objects.filter(obligation__agreement__slug="cqc-lgsco-mou-2024").first()
    client.login(username="cqc-viewer", password=PASSWORD)
    body = client.get(f"/api/obligations/items/{item.pk}").json()
    assert body["trace"]["rule"].startswith("cqc-lgsco-mou-2024 ")


def test_handing_over_on_the_item_page_changes_the_owner_and_the_items_stay_visible(
    client, calendar_2026, cqc_manager, cqc_viewer, org, time_machine
):
    time_machine.move_to(at(2026, 2, 20, 9), tick=False)
    item = DueItem.objects.filter(obligation__clause_path="24").first()
    client.login(username="cqc-manager", password=PASSWORD)
    client.post(f"/obligations/items/{item.pk}/handover/", {"user": cqc_viewer.pk})
    item.obligation.refresh_from_db()
    assert item.obligation.owner == cqc_viewer
    # The new owner leaves CQC: the duty's items are still on CQC's dashboard.
    cqc_viewer.memberships.all().delete()
    cqc_viewer.is_active = False
    cqc_viewer.save()
    board = dashboard(organisation=org("cqc"), at=at(2026, 2, 20, 9))
    assert item in board.upcoming + board.this_week + board.overdue
