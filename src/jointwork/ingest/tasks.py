"""Background work: parse long uploads outside the request (django-tasks, database backend).

Run a worker with ``jointwork db_worker``; the progress page polls the job row.
"""

from __future__ import annotations

from django_tasks import task

from jointwork.ingest.models import IngestJob
from jointwork.ingest.services import INLINE_PARSE_MAX_BYTES, ingest_job_run


@task()
def ingest_job_task(job_id: int) -> int | None:
    """Parse and save one upload; returns the draft version's id (None if it failed).

    Idempotent: :func:`ingest_job_run` leaves a finished job alone, so a retried or duplicated
    task creates no second version.
    """
    job = ingest_job_run(job_id=job_id)
    return job.version_id


def ingest_job_start(*, job: IngestJob) -> IngestJob:
    """Parse a small upload at once; queue a larger one for the worker."""
    if job.size <= INLINE_PARSE_MAX_BYTES:
        return ingest_job_run(job_id=job.pk)
    result = ingest_job_task.enqueue(job.pk)
    IngestJob.objects.filter(pk=job.pk).update(task_id=str(result.id))
    job.task_id = str(result.id)
    return job
