"""Signed-in register pages: every change goes through register.services; every permission
check through the `rules` perms (see accounts/rules.py), via ``object_permission_required``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import rules
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jointwork.accounts.decorators import object_permission_required
from jointwork.register import services
from jointwork.register.forms import (
    AgreementCreateForm,
    AgreementForm,
    ContactForm,
    PartyAddForm,
    PartyLeadForm,
    PartyRoleForm,
    SignOffForm,
    SupersedeForm,
    VersionForm,
    WithdrawForm,
    add_service_errors,
)
from jointwork.register.loaders import load_agreement, load_contact, load_party, load_version
from jointwork.register.models import Agreement, AgreementVersion, Contact, Party, VersionState

CHANGE = "register.change_agreement"


def _save(form: forms.Form, write: Callable[[dict[str, Any]], Any]) -> Any | None:
    """Run ``write`` with the form's data; on a service's ValidationError, show it on the form."""
    if not form.is_valid():
        return None
    try:
        return write(form.cleaned_data)
    except ValidationError as exc:
        add_service_errors(form, exc)
        return None


def _page(request: HttpRequest, template: str, **context: Any) -> HttpResponse:
    form = context.get("form")
    status = 400 if form is not None and form.is_bound and form.errors else 200
    return render(request, template, context, status=status)


@login_required
@permission_required("register.add_agreement", raise_exception=True)
def agreement_create(request: HttpRequest) -> HttpResponse:
    form = AgreementCreateForm(request.POST or None, initial={"is_public": True})
    if request.method == "POST":
        created = _save(
            form,
            lambda data: services.agreement_create(
                actor=request.user,
                **{k: v for k, v in data.items() if k != "parties"},
                parties=list(data["parties"]),
            ),
        )
        if created:
            messages.success(request, f"Agreement “{created.title}” created.")
            return redirect(created)
    return _page(request, "register/agreement_form.html", form=form, agreement=None)


@object_permission_required(CHANGE, load_agreement)
def agreement_edit(request: HttpRequest, agreement: Agreement, **_: Any) -> HttpResponse:
    form = AgreementForm(request.POST or None, initial=AgreementForm.initial_for(agreement))
    if request.method == "POST":
        saved = _save(
            form,
            lambda data: services.agreement_update(actor=request.user, agreement=agreement, **data),
        )
        if saved:
            messages.success(request, "Agreement updated.")
            return redirect(agreement)
    return _page(request, "register/agreement_form.html", form=form, agreement=agreement)


@object_permission_required(CHANGE, load_agreement)
def agreement_withdraw(request: HttpRequest, agreement: Agreement, **_: Any) -> HttpResponse:
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and _save(
        form,
        lambda data: services.agreement_withdraw(
            actor=request.user, agreement=agreement, reason=data["reason"]
        ),
    ):
        messages.success(request, "Agreement withdrawn.")
        return redirect(agreement)
    return _page(request, "register/agreement_withdraw.html", form=form, agreement=agreement)


@object_permission_required(CHANGE, load_agreement)
def agreement_supersede(request: HttpRequest, agreement: Agreement, **_: Any) -> HttpResponse:
    form = SupersedeForm(request.POST or None, agreement=agreement, user=request.user)
    if request.method == "POST" and _save(
        form,
        lambda data: services.agreement_supersede(
            actor=request.user, agreement=agreement, successor=data["successor"]
        ),
    ):
        messages.success(request, "Agreement marked as superseded.")
        return redirect(agreement)
    return _page(request, "register/agreement_supersede.html", form=form, agreement=agreement)


@object_permission_required(CHANGE, load_agreement)
def agreement_parties(request: HttpRequest, agreement: Agreement, **_: Any) -> HttpResponse:
    return render(
        request,
        "register/agreement_parties.html",
        {"agreement": agreement, "contacts": list(agreement.contacts.all())},
    )


@object_permission_required(CHANGE, load_party, target=lambda party: party.agreement)
def party_lead_edit(request: HttpRequest, party: Party, **_: Any) -> HttpResponse:
    form = PartyLeadForm(
        request.POST or None,
        initial={
            "relationship_lead": party.relationship_lead,
            "relationship_lead_email": party.relationship_lead_email,
        },
    )
    if request.method == "POST" and _save(
        form, lambda data: services.party_update_lead(actor=request.user, party=party, **data)
    ):
        messages.success(request, f"Relationship lead for {party.organisation.label} saved.")
        return redirect("register:agreement_parties", slug=party.agreement.slug)
    return _page(
        request, "register/party_lead_form.html", form=form, party=party, agreement=party.agreement
    )


@object_permission_required(CHANGE, load_agreement)
def party_add(request: HttpRequest, agreement: Agreement, **_: Any) -> HttpResponse:
    form = PartyAddForm(request.POST or None, agreement=agreement)
    if request.method == "POST":
        party = _save(
            form,
            lambda data: services.party_add(actor=request.user, agreement=agreement, **data),
        )
        if party:
            messages.success(request, f"{party.organisation.label} added as a {party.role}.")
            return redirect("register:agreement_parties", slug=agreement.slug)
    return _page(request, "register/party_add.html", form=form, agreement=agreement)


@object_permission_required(CHANGE, load_party, target=lambda party: party.agreement)
def party_role_edit(request: HttpRequest, party: Party, **_: Any) -> HttpResponse:
    form = PartyRoleForm(request.POST or None, initial={"role": party.role})
    if request.method == "POST" and _save(
        form, lambda data: services.party_change_role(actor=request.user, party=party, **data)
    ):
        messages.success(
            request, f"{party.organisation.label} is now a {form.cleaned_data['role']}."
        )
        return redirect("register:agreement_parties", slug=party.agreement.slug)
    return _page(
        request, "register/party_role_form.html", form=form, party=party, agreement=party.agreement
    )


@object_permission_required(CHANGE, load_agreement)
def contact_create(request: HttpRequest, agreement: Agreement, **_: Any) -> HttpResponse:
    form = ContactForm(request.POST or None, agreement=agreement)
    if request.method == "POST" and _save(
        form,
        lambda data: services.contact_create(actor=request.user, agreement=agreement, **data),
    ):
        messages.success(request, "Contact added.")
        return redirect("register:agreement_parties", slug=agreement.slug)
    return _page(
        request, "register/contact_form.html", form=form, agreement=agreement, contact=None
    )


@object_permission_required(CHANGE, load_contact, target=lambda contact: contact.agreement)
def contact_edit(request: HttpRequest, contact: Contact, **_: Any) -> HttpResponse:
    agreement = contact.agreement
    form = ContactForm(
        request.POST or None, agreement=agreement, initial=ContactForm.initial_for(contact)
    )
    if request.method == "POST" and _save(
        form,
        lambda data: services.contact_update(
            actor=request.user,
            contact=contact,
            **{k: v for k, v in data.items() if k != "organisation"},
        ),
    ):
        messages.success(request, "Contact saved.")
        return redirect("register:agreement_parties", slug=agreement.slug)
    return _page(
        request, "register/contact_form.html", form=form, agreement=agreement, contact=contact
    )


@object_permission_required("register.add_version", load_agreement)
def version_create(request: HttpRequest, agreement: Agreement, **_: Any) -> HttpResponse:
    refusal = services.new_version_refusal(agreement)
    if refusal:
        messages.error(request, refusal)
        return redirect(agreement)
    latest = agreement.versions.order_by("-number").first()
    form = VersionForm(request.POST or None, initial={"text": latest.text if latest else ""})
    if request.method == "POST":
        version = _save(
            form,
            lambda data: services.version_create(actor=request.user, agreement=agreement, **data),
        )
        if version:
            messages.success(request, f"Draft version {version.number} saved.")
            return redirect("register:version", slug=agreement.slug, number=version.number)
    return _page(
        request, "register/version_form.html", form=form, agreement=agreement, version=None
    )


@object_permission_required(CHANGE, load_version, target=lambda version: version.agreement)
def version_edit(request: HttpRequest, version: AgreementVersion, **_: Any) -> HttpResponse:
    form = VersionForm(
        request.POST or None,
        initial={"label": version.label, "text": version.text, "change_note": version.change_note},
    )
    if request.method == "POST" and _save(
        form, lambda data: services.version_update(actor=request.user, version=version, **data)
    ):
        messages.success(request, f"Draft version {version.number} saved.")
        return redirect("register:version", slug=version.agreement.slug, number=version.number)
    return _page(
        request,
        "register/version_form.html",
        form=form,
        agreement=version.agreement,
        version=version,
    )


@require_POST
@object_permission_required(CHANGE, load_version, target=lambda version: version.agreement)
def version_submit(request: HttpRequest, version: AgreementVersion, **_: Any) -> HttpResponse:
    try:
        services.version_submit(actor=request.user, version=version)
        messages.success(request, f"Version {version.number} sent to the parties for sign-off.")
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("register:version", slug=version.agreement.slug, number=version.number)


def signable_organisations(user: Any, version: AgreementVersion) -> list:
    """Outstanding signatories the user may sign for (rules.has_perm: no superuser bypass)."""
    return [
        organisation
        for organisation in services.outstanding_signoffs(version)
        if rules.has_perm("register.sign_for_organisation", user, organisation)
    ]


@require_POST
@object_permission_required("register.sign_off_version", load_version)
def version_sign_off(request: HttpRequest, version: AgreementVersion, **_: Any) -> HttpResponse:
    form = SignOffForm(request.POST, organisations=signable_organisations(request.user, version))
    signed = _save(
        form,
        lambda data: services.version_sign_off(
            actor=request.user, version=version, organisation=data["organisation"]
        ),
    )
    if signed:
        text = f"Signed off for {form.cleaned_data['organisation'].label}."
        if signed.state == VersionState.PUBLISHED:
            text += f" Every party has signed: version {signed.number} is published."
            if signed.agreement.status != version.agreement.status:
                signed_on = f"{signed.agreement.signed_on:%-d %B %Y}"
                text += f" The agreement is now current, signed on {signed_on}."
        messages.success(request, text)
    else:
        messages.error(request, "Sign-off was not recorded: " + " ".join(_errors(form)))
    return redirect("register:version", slug=version.agreement.slug, number=version.number)


def _errors(form: forms.Form) -> list[str]:
    return [str(e) for errors in form.errors.values() for e in errors]
