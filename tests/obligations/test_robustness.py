"""Interrupted runs, bad data files, and who may change what."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core import mail

from jointwork.obligations import reminders
from jointwork.obligations.loader import ObligationDataError, load_obligations
from jointwork.obligations.models import DueItem, Reminder
from jointwork.obligations.selectors import dashboard
from jointwork.obligations.services import (
    DueItemError,
    due_item_pause,
    extra_holiday_add,
    materialise_all,
    trigger_event_record,
)
from jointwork.register.models import Agreement
from tests.conftest import PASSWORD
from tests.obligations.conftest import at

pytestmark = pytest.mark.django_db


def test_a_run_that_stopped_half_way_is_completed_by_the_next_without_duplicates(duties):
    materialise_all(now=at(2026, 2, 15), horizon_days=365)
    complete = sorted(DueItem.objects.values_list("obligation_id", "key"))
    # As if the worker died after some obligations: drop the items of half of them.
    half = sorted({o for o, _k in complete})[::2]
    DueItem.objects.filter(obligation_id__in=half).delete()
    materialise_all(now=at(2026, 2, 15), horizon_days=365)
    assert sorted(DueItem.objects.values_list("obligation_id", "key")) == complete


def test_a_failed_send_records_nothing_and_the_next_run_sends_it_once(
    duties, settings, monkeypatch
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    materialise_all(now=at(2026, 3, 27, 9), horizon_days=30)

    def broken(**kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr(reminders, "send_mail", broken)
    with pytest.raises(OSError):
        reminders.reminders_send(at=at(2026, 3, 27, 9))
    assert not Reminder.objects.exists()
    monkeypatch.undo()
    first = reminders.reminders_send(at=at(2026, 3, 27, 9))
    assert first > 0 and Reminder.objects.count() == first
    assert reminders.reminders_send(at=at(2026, 3, 27, 10)) == 0
    # CQC's digest names both quarter-end meetings due on 31 March.
    cqc_digest = next(m for m in mail.outbox if "CQC" in m.subject)
    assert "cqc-lgsco-mou-2024" in cqc_digest.body and "cqc-ofsted-mou-2011" in cqc_digest.body


def test_someone_not_at_a_bearing_body_cannot_pause_the_clock(
    duties, org, cqc_manager, ofsted_editor
):
    event = trigger_event_record(
        actor=cqc_manager,
        kind="foi_request",
        agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
        organisation=org("cqc"),
        occurs_at=at(2026, 3, 16, 11),
        title="Request",
    )
    item = event.due_items.get(key__endswith=":statutory")
    with pytest.raises(DueItemError, match="you do not act for a body"):
        due_item_pause(actor=ofsted_editor, item=item, reason="x", at=at(2026, 3, 17))


def test_only_a_platform_admin_can_add_a_holiday(duties, cqc_manager):
    with pytest.raises(DueItemError, match="only a platform admin"):
        extra_holiday_add(actor=cqc_manager, day=dt.date(2026, 6, 1), name="x", regions="uk")


def test_an_unknown_event_kind_is_refused_naming_the_choices(duties, org, cqc_manager):
    with pytest.raises(DueItemError, match=r"unknown event 'launch'.*publication"):
        trigger_event_record(
            actor=cqc_manager,
            kind="launch",
            agreement=Agreement.objects.get(slug="cqc-lga-mou-2015"),
            organisation=org("cqc"),
            occurs_at=at(2026, 5, 5, 9),
            title="x",
        )


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            'agreement = "cqc-lga-mou-2015"\nclause = "1"\nkind = "meeting"\nbearers = ["cqc"]\n'
            'summary = "x"\nrhythm = "FREQ=SOMETIMES"\nanchor = "2026-01-01T00:00"',
            r"obligations\[0\]: invalid RRULE 'FREQ=SOMETIMES'",
        ),
        (
            'agreement = "cqc-lga-mou-2015"\nclause = "1"\nkind = "meeting"\nbearers = ["cqc"]\n'
            'summary = "x"\ntrigger = "publication"\noffset = "48 hours"',
            r"obligations\[0\]: invalid offset '48 hours'",
        ),
        (
            'agreement = "nope"\nclause = "1"\nkind = "meeting"\nbearers = ["cqc"]\n'
            'summary = "x"\ntrigger = "publication"\noffset = "-PT48H"',
            "unknown agreement 'nope'",
        ),
        (
            'agreement = "cqc-lga-mou-2015"\nclause = "1"\nkind = "meeting"\nbearers = ["cqc"]\n'
            'summary = "x"',
            "exactly one of 'rhythm' or 'trigger'",
        ),
    ],
)
def test_a_bad_obligations_file_is_refused_naming_the_entry(
    builtin_register, tmp_path: Path, entry: str, message: str
):
    path = tmp_path / "bad.toml"
    path.write_text(f"[[obligations]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(ObligationDataError, match=message):
        load_obligations(path)


def test_the_dashboard_sorts_items_into_overdue_this_week_and_upcoming(duties):
    materialise_all(now=at(2026, 3, 1), horizon_days=200)
    from jointwork.accounts.models import Organisation

    board = dashboard(organisation=Organisation.objects.get(slug="cqc"), at=at(2026, 3, 30, 9))
    # Monday 30 March: the 31 March quarter ends are this week; none is overdue yet.
    assert {i.due for i in board.this_week} == {at(2026, 3, 31, 17)}
    assert board.overdue == []
    assert all(i.due >= at(2026, 4, 6) for i in board.upcoming)
    board = dashboard(organisation=Organisation.objects.get(slug="cqc"), at=at(2026, 4, 1, 9))
    assert {i.due for i in board.overdue} == {at(2026, 3, 31, 17)}


def test_recording_an_event_on_the_calendar_page_creates_its_items(client, duties, cqc_manager):
    client.login(username="cqc-manager", password=PASSWORD)
    response = client.post(
        "/obligations/agreements/cqc-lga-mou-2015/events/",
        {
            "kind": "press_release",
            "organisation": "cqc",
            "occurs_at": "2026-12-29T09:00",
            "title": "Winter pressures",
        },
        follow=True,
    )
    assert "Event recorded with 1 due item." in response.content.decode()
    (item,) = DueItem.objects.filter(event__title="Winter pressures")
    assert item.due == at(2026, 12, 24, 9)  # 24 h before is Mon 28 Dec (substitute day)


def test_a_bad_event_form_shows_what_is_wrong(client, duties, cqc_manager):
    client.login(username="cqc-manager", password=PASSWORD)
    response = client.post(
        "/obligations/agreements/cqc-lga-mou-2015/events/",
        {"kind": "press_release", "organisation": "cqc", "occurs_at": "soon", "title": ""},
        follow=True,
    )
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Enter the date and time as YYYY-MM-DDTHH:MM" in page and "Enter a title" in page
    assert not DueItem.objects.filter(event__isnull=False).exists()


def test_the_api_records_an_event_and_returns_its_items(client, duties, cqc_manager):
    client.login(username="cqc-manager", password=PASSWORD)
    response = client.post(
        "/api/obligations/events",
        {
            "kind": "publication",
            "agreement": "cqc-lga-mou-2015",
            "organisation": "cqc",
            "occurs_at": "2026-04-07T09:00:00+01:00",
            "title": "Annual report",
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    (item,) = response.json()["items"]
    # 48 h before Tue 7 Apr 09:00 is Easter Sunday; Sat and Good Friday roll it to Thursday.
    assert (item["counterparty"], item["due"]) == ("lga", "2026-04-02T09:00:00+01:00")
