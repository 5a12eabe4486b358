"""Changes made in the Django admin are audited like service writes, and nothing is deleted."""

import pytest

from jointwork.audit.models import AuditEvent
from jointwork.register.models import Agreement


@pytest.fixture
def admin_client(client, platform_admin):
    client.force_login(platform_admin)
    return client


def _change_form_data(agreement: Agreement, **changes) -> dict:
    data = {
        "slug": agreement.slug,
        "title": agreement.title,
        "kind": agreement.kind,
        "status": agreement.status,
        "summary": agreement.summary,
        "review_rule": agreement.review_rule,
        "source_url": agreement.source_url,
        "is_public": "on" if agreement.is_public else "",
        "private_notes": agreement.private_notes,
        "signed_on": agreement.signed_on or "",
        "in_force_on": agreement.in_force_on or "",
        "next_review_on": agreement.next_review_on or "",
        "supersedes": "",
    }
    for prefix, related in (
        ("parties", agreement.parties.all()),
        ("contacts", agreement.contacts.all()),
    ):
        data[f"{prefix}-TOTAL_FORMS"] = str(len(related))
        data[f"{prefix}-INITIAL_FORMS"] = str(len(related))
        for i, row in enumerate(related):
            data[f"{prefix}-{i}-id"] = str(row.pk)
            data[f"{prefix}-{i}-agreement"] = str(agreement.pk)
            for field in row._meta.concrete_fields:
                if field.name in {"id", "agreement"}:
                    continue
                value = getattr(row, field.attname)
                if isinstance(value, bool):
                    if value:
                        data[f"{prefix}-{i}-{field.name}"] = "on"
                else:
                    data[f"{prefix}-{i}-{field.name}"] = "" if value is None else str(value)
    data.update(changes)
    return data


@pytest.mark.django_db
def test_an_admin_edit_is_audited_with_who_and_before_and_after(admin_client, platform_admin):
    agreement = Agreement.objects.get(slug="cqc-ons-isa")
    url = f"/admin/register/agreement/{agreement.pk}/change/"
    response = admin_client.post(url, _change_form_data(agreement, summary="Edited in admin."))
    assert response.status_code == 302, response.content[:2000]
    event = AuditEvent.objects.for_object(agreement).get(event="agreement.admin_change")
    assert event.actor == platform_admin
    assert event.before["summary"] != "Edited in admin."
    assert event.after["summary"] == "Edited in admin."
    assert event.agreement_id == agreement.pk


@pytest.mark.django_db
def test_the_admin_cannot_delete_an_agreement(admin_client):
    agreement = Agreement.objects.get(slug="cqc-ons-isa")
    response = admin_client.post(
        f"/admin/register/agreement/{agreement.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 403
    assert Agreement.objects.filter(pk=agreement.pk).exists()
