"""Object permissions for due items (django ``rules``; autodiscovered)."""

from __future__ import annotations

from typing import Any

import rules

from jointwork.accounts.rules import is_platform_admin, roles_by_org
from jointwork.obligations.scheduling import bearers_of


@rules.predicate
def is_concerned_with_item(user: Any, item: Any) -> bool:
    """A member of a body that bears the item, or of a party to its agreement."""
    if item is None:
        return False
    concerned = {o.pk for o in bearers_of(item)}
    if item.obligation.agreement_id:
        concerned |= {p.organisation_id for p in item.obligation.agreement.parties.all()}
    return bool(concerned & roles_by_org(user).keys())


rules.add_perm("obligations.view_due_item", is_concerned_with_item | is_platform_admin)
