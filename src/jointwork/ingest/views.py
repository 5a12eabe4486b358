"""Pages: upload a document, follow its progress, review the draft's duties, see what changed."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jointwork.accounts.models import Organisation
from jointwork.ingest import selectors, services
from jointwork.ingest.contact_services import contact_candidate_add
from jointwork.ingest.forms import CandidateForm, ContactAddForm, RejectForm, UploadForm
from jointwork.ingest.models import ContactCandidate, IngestJob
from jointwork.ingest.readers import IngestError
from jointwork.ingest.tasks import ingest_job_start
from jointwork.obligations.models import Obligation
from jointwork.register.middleware import HtmxHttpRequest
from jointwork.register.models import Agreement, AgreementVersion
from jointwork.register.services import new_version_refusal

# Seconds between checks on the progress page (htmx poll, or meta refresh without JS).
POLL_SECONDS = 2


def _require(request: HttpRequest, perm: str, agreement: Agreement | None) -> None:
    # A duty with no agreement (a forum's) was never ingested, so it is not reviewed here.
    if agreement is None or not request.user.has_perm(perm, agreement):
        raise PermissionDenied("You may not do this for this agreement.")


def _version(pk: int) -> AgreementVersion:
    try:
        return selectors.version_get(pk=pk)
    except AgreementVersion.DoesNotExist as exc:
        raise Http404("No such version.") from exc


def _review_url(obligation: Obligation) -> str:
    """Back to the review page, at the duty just acted on."""
    return reverse("ingest:review", kwargs={"pk": obligation.version_id}) + f"#duty-{obligation.pk}"


@login_required
def upload(request: HttpRequest, slug: str) -> HttpResponse:
    agreement = get_object_or_404(Agreement, slug=slug)
    _require(request, "register.change_agreement", agreement)
    refusal = new_version_refusal(agreement)
    if refusal:  # the register's own words and way for an ended agreement
        messages.error(request, refusal)
        return redirect(agreement)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = ingest_job_start(
                actor=request.user,
                agreement=agreement,
                data=form.data_bytes,
                filename=form.cleaned_data["document"].name,
            )
        except IngestError as exc:  # a small file, read at once: nothing was saved
            form.add_error("document", f"The selected file could not be read: {exc.problem}")
        else:
            if job.version_id:
                messages.success(request, f"{job.source_name} is ready for review.")
                return redirect("ingest:review", pk=job.version_id)
            return redirect(job)
    return render(
        request,
        "ingest/upload.html",
        {
            "agreement": agreement,
            "form": form,
            "max_upload_mb": settings.JOINTWORK_MAX_UPLOAD_BYTES // 1_048_576,
        },
    )


@login_required
def job(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    try:
        item = selectors.job_get(pk=pk)
    except IngestJob.DoesNotExist as exc:
        raise Http404("No such upload.") from exc
    _require(request, "register.change_agreement", item.agreement)
    context = {
        "job": item,
        "poll_seconds": POLL_SECONDS,
        "previous": selectors.previous_version(item.version) if item.version is not None else None,
    }
    template = "ingest/partials/progress.html" if request.htmx else "ingest/job.html"
    return render(request, template, context)


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    version = _version(pk)
    _require(request, "register.view_private_agreement", version.agreement)
    return render(
        request,
        "ingest/review.html",
        {
            "review": selectors.review_get(version=version),
            "agreement": version.agreement,
            "can_change": request.user.has_perm("register.change_agreement", version.agreement),
            "reject_form": RejectForm(),
        },
    )


@login_required
@require_POST
def extract(request: HttpRequest, pk: int) -> HttpResponse:
    """Read a draft's own text into clauses and candidate duties, as an upload would."""
    version = _version(pk)
    _require(request, "register.change_agreement", version.agreement)
    try:
        result = services.draft_extract(actor=request.user, version=version)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        found = len(result.obligations)
        messages.success(
            request,
            f"{result.version.clauses.count()} clauses and {found} "
            f"{'duty' if found == 1 else 'duties'} to review were found in the text.",
        )
    return redirect("ingest:review", pk=version.pk)


def _obligation(pk: int) -> Obligation:
    obligation = (
        Obligation.objects.select_related("agreement", "version", "clause")
        .filter(pk=pk, version__isnull=False)
        .first()
    )
    if obligation is None:
        raise Http404("No such duty under review.")
    return obligation


@login_required
def candidate_edit(request: HttpRequest, pk: int) -> HttpResponse:
    obligation = _obligation(pk)
    _require(request, "register.change_agreement", obligation.agreement)
    version = obligation.version
    if version is None:  # _obligation() returns only duties read from a version
        raise Http404("No such duty under review.")
    initial = {
        "kind": obligation.kind,
        "summary": obligation.summary,
        "bearers": list(obligation.bearers.all()),
        "counterparties": list(obligation.counterparties.all()),
        "rrule": obligation.rrule,
        "trigger_event": obligation.trigger_event,
        "trigger_offset": obligation.trigger_offset,
        "clause": obligation.clause,
    }
    form = CandidateForm(request.POST or None, initial=initial, version=version)
    if request.method == "POST" and form.is_valid():
        try:
            services.candidate_update(
                actor=request.user, obligation=obligation, **form.cleaned_data
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, "The duty was updated.")
            return redirect(_review_url(obligation))
    return render(
        request,
        "ingest/edit.html",
        {"form": form, "obligation": obligation, "agreement": obligation.agreement},
    )


@login_required
@require_POST
def candidate_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    obligation = _obligation(pk)
    _require(request, "register.change_agreement", obligation.agreement)
    try:
        services.candidate_confirm(actor=request.user, obligation=obligation)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Confirmed: {obligation.summary[:80]}")
    return redirect(_review_url(obligation))


@login_required
@require_POST
def candidate_reject(request: HttpRequest, pk: int) -> HttpResponse:
    obligation = _obligation(pk)
    _require(request, "register.change_agreement", obligation.agreement)
    form = RejectForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        services.candidate_reject(actor=request.user, obligation=obligation, reason=reason)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Rejected: {obligation.summary[:80]}")
    return redirect(_review_url(obligation))


@login_required
@require_POST
def contact_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a contact the document names to the agreement's contacts (audited)."""
    candidate = get_object_or_404(
        ContactCandidate.objects.select_related("version__agreement"), pk=pk
    )
    agreement = candidate.version.agreement
    _require(request, "register.change_agreement", agreement)
    parties = Organisation.objects.filter(pk__in=agreement.parties.values("organisation_id"))
    form = ContactAddForm(request.POST, parties=parties)
    if not form.is_valid():
        messages.error(request, "Choose one of the agreement's parties for this contact.")
    else:
        try:
            contact = contact_candidate_add(
                actor=request.user,
                candidate=candidate,
                organisation=form.cleaned_data["organisation"],
                role=form.cleaned_data["role"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"Added to this agreement's contacts: {contact}")
    url = reverse("ingest:review", kwargs={"pk": candidate.version_id})
    return redirect(f"{url}#contact-{candidate.pk}")


@login_required
def changes(request: HttpRequest, pk: int) -> HttpResponse:
    version = _version(pk)
    _require(request, "register.view_private_agreement", version.agreement)
    previous = selectors.previous_version(version)
    if previous is None:
        raise Http404("This is the agreement's first version: there is nothing to compare.")
    return render(
        request,
        "ingest/changes.html",
        {
            "version": version,
            "previous": previous,
            "agreement": version.agreement,
            "changes": selectors.version_changes(version=version, previous=previous),
        },
    )
