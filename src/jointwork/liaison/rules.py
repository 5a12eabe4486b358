"""Who may record incidents and act on a triage (django `rules` predicates).

A body acts through the register organisation the table's [bodies] names for it (CQC -> `cqc`
…). A body with no organisation in Jointwork (the police) has its decisions recorded by the
organisation that reported the incident. Acting needs an editing role there; reading needs
membership of the reporting organisation or of a body the triage names.
"""

from __future__ import annotations

from typing import Any

import rules

from jointwork.accounts.models import EDITING_ROLES, Organisation
from jointwork.accounts.rules import is_platform_admin, roles_by_org
from jointwork.liaison.models import Incident
from jointwork.liaison.table import AGREE, default_table


def _editing_slugs(user: Any) -> set[str]:
    """Slugs of the organisations where the user holds an editing role (cached on the user)."""
    cache = getattr(user, "_liaison_editing_slugs", None)
    if cache is None:
        ids = [org_id for org_id, role in roles_by_org(user).items() if role in EDITING_ROLES]
        cache = set(Organisation.objects.filter(pk__in=ids).values_list("slug", flat=True))
        user._liaison_editing_slugs = cache
    return cache


def acts_for_body(user: Any, code: str, incident: Any) -> bool:
    body = default_table().bodies.get(code)
    if body is None:
        return False
    slug = body.organisation or incident.reporter_organisation.slug
    return slug in _editing_slugs(user)


@rules.predicate
def is_lead_body_editor(user: Any, triage: Any) -> bool:
    if triage is None or not triage.lead_body:
        return False
    return acts_for_body(user, triage.lead_body, triage.incident)


@rules.predicate
def is_candidate_body_editor(user: Any, triage: Any) -> bool:
    if triage is None or triage.lead != AGREE:
        return False
    return any(acts_for_body(user, code, triage.incident) for code in triage.candidates)


@rules.predicate
def may_see_incident(user: Any, incident: Any) -> bool:
    if incident is None:
        return False
    return Incident.objects.visible_to(user).filter(pk=incident.pk).exists()


@rules.predicate
def is_editor_at(user: Any, organisation: Any) -> bool:
    return organisation is not None and roles_by_org(user).get(organisation.pk) in EDITING_ROLES


rules.add_perm("liaison.record_incident_for", is_editor_at | is_platform_admin)
rules.add_perm("liaison.view_incident", may_see_incident)
rules.add_perm("liaison.act_as_lead", is_lead_body_editor | is_platform_admin)
rules.add_perm("liaison.agree_primacy", is_candidate_body_editor | is_platform_admin)
