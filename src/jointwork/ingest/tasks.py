"""Background work: parse long uploads outside the request (django-tasks, database backend).

Run a worker with ``jointwork db_worker``; the progress page polls the job row.
"""

from __future__ import annotations

from typing import Any

from django_tasks import task

from jointwork.ingest.models import IngestJob
from jointwork.ingest.services import (
    INLINE_PARSE_MAX_BYTES,
    ingest_inline,
    ingest_job_create,
    ingest_job_run,
)
from jointwork.register.models import Agreement


@task()
def ingest_job_task(job_id: int) -> int | None:
    """Parse and save one upload; returns the draft version's id (None if it failed).

    Idempotent: :func:`ingest_job_run` leaves a finished job alone, so a retried or duplicated
    task creates no second version.
    """
    job = ingest_job_run(job_id=job_id)
    return job.version_id


def ingest_job_start(*, actor: Any, agreement: Agreement, data: bytes, filename: str) -> IngestJob:
    """Parse a small upload at once (``IngestError`` if it cannot be read, and nothing is
    saved); record a larger one and queue it for the worker."""
    if len(data) <= INLINE_PARSE_MAX_BYTES:
        return ingest_inline(actor=actor, agreement=agreement, data=data, filename=filename)
    job = ingest_job_create(actor=actor, agreement=agreement, data=data, filename=filename)
    result = ingest_job_task.enqueue(job.pk)
    IngestJob.objects.filter(pk=job.pk).update(task_id=str(result.id))
    job.task_id = str(result.id)
    return job
