"""Reads for incidents and their triage, with the queries kept few."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch

from jointwork.liaison.models import Incident, Triage


def incident_list(*, user: Any) -> list[Incident]:
    return list(
        Incident.objects.visible_to(user)
        .select_related("reporter_organisation")
        .prefetch_related(Prefetch("triages", queryset=Triage.objects.order_by("-pk")))
    )


def incident_detail(*, pk: int, user: Any) -> Incident:
    """One incident visible to `user` (raises Incident.DoesNotExist otherwise)."""
    return (
        Incident.objects.visible_to(user)
        .select_related("reporter_organisation", "reporter")
        .prefetch_related(
            Prefetch(
                "triages", queryset=Triage.objects.select_related("decided_by").order_by("-pk")
            )
        )
        .get(pk=pk)
    )


def triage_current(incident: Incident) -> Triage:
    """The newest triage of an incident (uses the prefetched triages when present)."""
    return incident.triages.all()[0]
