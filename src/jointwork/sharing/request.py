"""A share request: parse the DESIGN.md JSON, name what is wrong, derive the facts (pure)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

# The flags of the DESIGN.md contract. Absent or null means "not known", which the law policy
# turns into needs_review (DESIGN.md: missing facts are never a silent default).
FLAGS = (
    "personal_data",
    "identifies_service_users",
    "identifies_registered_persons",
    "special_category",
    "pre_publication",
    "foi_request",
)
REQUIRED = ("agreement", "from", "to", "purpose")
OPTIONAL = (*FLAGS, "legal_basis", "data_description")

# UK GDPR Art 9(2) conditions are written "Art 9(2)(g)", "Article 9(2)(h)", "9(2)(h)" …
_ART9 = re.compile(r"\b9\s*\(\s*2\s*\)", re.IGNORECASE)


class RequestError(ValueError):
    """Bad input: the message names the field and what is wrong with it."""


@dataclass(frozen=True, slots=True)
class ShareRequestData:
    agreement: str
    sender: str
    recipient: str
    purpose: str
    personal_data: bool | None = None
    identifies_service_users: bool | None = None
    identifies_registered_persons: bool | None = None
    special_category: bool | None = None
    pre_publication: bool | None = None
    foi_request: bool | None = None
    legal_basis: str | None = None
    data_description: str = ""

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["from"] = data.pop("sender")
        data["to"] = data.pop("recipient")
        return data


def parse_request(data: Any) -> ShareRequestData:
    """Check a decoded JSON request against the DESIGN.md contract."""
    if not isinstance(data, Mapping):
        raise RequestError("request: expected a JSON object")
    unknown = sorted(set(data) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise RequestError(f"request: unknown field {unknown[0]!r}")
    for name in REQUIRED:
        if name not in data:
            raise RequestError(f"request: missing field {name!r}")
        value = data[name]
        if value is None:
            raise RequestError(f"request: field {name!r} must be a string, not null")
        if not isinstance(value, str) or not value.strip():
            raise RequestError(f"request: field {name!r} must be a non-empty string")
    flags: dict[str, bool | None] = {}
    for name in FLAGS:
        value = data.get(name)
        if value is not None and not isinstance(value, bool):
            raise RequestError(f"request: field {name!r} must be true, false or null")
        flags[name] = value
    legal_basis = data.get("legal_basis")
    if legal_basis is not None and not isinstance(legal_basis, str):
        raise RequestError("request: field 'legal_basis' must be a string or null")
    description = data.get("data_description") or ""
    if not isinstance(description, str):
        raise RequestError("request: field 'data_description' must be a string")
    if data["from"] == data["to"]:
        raise RequestError("request: 'from' and 'to' are the same body")
    return ShareRequestData(
        agreement=data["agreement"],
        sender=data["from"],
        recipient=data["to"],
        purpose=data["purpose"],
        legal_basis=(legal_basis or "").strip() or None,
        data_description=description,
        **flags,
    )


def facts_of(request: ShareRequestData, *, agreement_in_force: bool) -> dict[str, Any]:
    """The facts the rules test: the request's flags plus facts derived from it and the register."""
    basis = request.legal_basis
    return {
        "agreement": request.agreement,
        "from": request.sender,
        "to": request.recipient,
        **{name: getattr(request, name) for name in FLAGS},
        "legal_basis_given": basis is not None,
        "legal_basis_art9": basis is not None and bool(_ART9.search(basis)),
        "agreement_in_force": agreement_in_force,
    }
