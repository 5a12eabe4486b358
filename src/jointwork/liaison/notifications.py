"""The lead body's notification duties for an incident, as obligations due items.

When a triage has a lead body, each body the triage says must be told (`notify`) gets a due item
from the confirmed duties the liaison agreement defines for the event "incident" (one per duty
whose `notify` names that body: `obligations/fixtures/obligations.toml`), borne by the
organisation that acts for the lead body. Handing over the lead moves the open items.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from django.utils import timezone

from jointwork.accounts.models import Organisation
from jointwork.liaison.models import Triage
from jointwork.liaison.table import default_table
from jointwork.obligations.models import DueItem, Obligation, TriggerEventKind
from jointwork.obligations.services import (
    EventItem,
    due_item_waive,
    event_items_move,
    event_items_open,
)
from jointwork.register.models import Agreement

KIND = TriggerEventKind.INCIDENT

RECIPIENT_NAMES = {
    "LA": "the local authority",
    "police": "the police",
    "Coroner": "the Coroner",
    "Safeguarding Adults Board": "the Safeguarding Adults Board",
    "RIDDOR report": "the enforcing authority (RIDDOR report)",
}


def reference(triage: Triage) -> str:
    return f"liaison-incident:{triage.incident_id}"


def recipient(name: str) -> str:
    return RECIPIENT_NAMES.get(name, name)


def acting_organisation(code: str, triage: Triage) -> Organisation:
    """The register organisation that acts for a lead body (the reporter for one without)."""
    body = default_table().bodies[code]
    if body.organisation:
        return Organisation.objects.get(slug=body.organisation)
    return triage.incident.reporter_organisation


def duties() -> dict[str, list[Obligation]]:
    """The liaison agreement's notification duties in force, by the name of the body told."""
    found: dict[str, list[Obligation]] = defaultdict(list)
    for obligation in Obligation.objects.in_force().filter(
        agreement__slug=default_table().agreement, trigger_event=KIND
    ):
        found[obligation.details.get("notify", "")].append(obligation)
    return found


def item_key(triage: Triage, name: str) -> str:
    """Unique per duty: the incident and the body told (RIDDOR's two duties share it)."""
    return f"incident:{triage.incident_id}:{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"


def open_items(*, actor: Any, triage: Triage) -> list[DueItem]:
    """Create the lead body's missing notification items (none until a lead body is known)."""
    if not triage.lead_body:
        return []
    table = default_table()
    agreement = Agreement.objects.filter(slug=table.agreement).first()
    by_name = duties()
    if agreement is None or not by_name:
        return []  # the page says which bodies have no duty loaded
    why = table.notify_rules(triage.reasons)
    organisations = {
        code: body.organisation for code, body in table.bodies.items() if body.organisation
    }
    counterparties = {
        o.slug: o for o in Organisation.objects.filter(slug__in=organisations.values())
    }
    items = []
    # The lead body does not tell itself (after an agreement or hand-over it may be listed).
    for name in (name for name in triage.notify if name != triage.lead_body):
        rows = ", ".join(why.get(name, ())) or "the triage"
        for obligation in by_name.get(name, []):
            items.append(
                EventItem(
                    obligation=obligation,
                    key=item_key(triage, name),
                    title=f"Tell {recipient(name)}: {triage.incident.summary}",
                    rule=f"{obligation.citation} (table {triage.table_version} {rows}): "
                    f"{obligation.details.get('citation', '')}, {obligation.trigger_offset}",
                    counterparty=counterparties.get(organisations.get(name, "")),
                )
            )
    return event_items_open(
        actor=actor,
        kind=KIND,
        agreement=agreement,
        organisation=acting_organisation(triage.lead_body, triage),
        occurs_at=timezone.now(),
        title=f"Incident {triage.incident_id}: {triage.incident.summary}",
        reference=reference(triage),
        items=items,
    )


def move_items(*, actor: Any, triage: Triage, from_body: str, reason: str) -> list[DueItem]:
    """The lead passed from `from_body` to `triage.lead_body`: the new lead's own item (it need
    not tell itself) is waived by the old lead, the other open items move to the new lead."""
    old = acting_organisation(from_body, triage)
    new = acting_organisation(triage.lead_body, triage)
    own = DueItem.objects.open().filter(
        event__kind=KIND,
        event__reference=reference(triage),
        key=item_key(triage, triage.lead_body),
    )
    for item in own:
        due_item_waive(
            actor=actor,
            item=item,
            organisation=old,
            reason=f"{triage.lead_body} now leads: {reason}",
        )
    if old == new:
        return []
    return event_items_move(
        actor=actor, kind=KIND, reference=reference(triage), to_organisation=new, reason=reason
    )


def items_for(triage: Triage) -> list[DueItem]:
    return list(
        DueItem.objects.filter(event__kind=KIND, event__reference=reference(triage))
        .select_related("event__organisation", "counterparty", "obligation__agreement")
        .order_by("due", "pk")
    )


def missing_duties(triage: Triage) -> list[str]:
    """Bodies the triage says must be told for which no notification duty is loaded."""
    loaded = duties()
    return [name for name in triage.notify if name != triage.lead_body and not loaded.get(name)]
