"""Background work (django-tasks, database backend). Run the worker with ``jointwork db_worker``;
enqueue with ``jointwork materialise --enqueue`` (or run it at once without ``--enqueue``)."""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from jointwork.obligations.reminders import reminders_send
from jointwork.obligations.scheduling import HORIZON_DAYS
from jointwork.obligations.services import materialise_all


@task()
def materialise_and_remind(horizon_days: int = HORIZON_DAYS) -> dict[str, int]:
    """Create due items for the rolling horizon, then send any reminders now due. Both steps are
    idempotent, so a run interrupted half-way is simply run again."""
    now = timezone.now()
    created = materialise_all(now=now, horizon_days=horizon_days)
    sent = reminders_send(at=now)
    return {"created": created, "reminders": sent}
