"""What an extracted sharing clause says about personal data, for the sharing gateway (pure).

``sharing_details(kind, quote)`` gives the ``details`` keys ``sharing.terms`` reads from a
confirmed obligation: ``applies_to`` (the facts a prohibition forbids) and ``personal_data`` (how a
sharing duty treats personal data). The wordings are rows of ``tables/sharing_scope.toml``.
"""

from __future__ import annotations

from typing import Any

from jointwork.ingest._tables import compiled, table
from jointwork.sharing.terms import PROHIBITABLE


def sharing_details(kind: str, quote: str) -> dict[str, Any]:
    rules = table("sharing_scope")
    if kind == "prohibition":
        qualifiers = rules["qualifiers"]
        facts = [
            row["fact"]
            for row in rules["prohibition"]
            if compiled(row["pattern"]).search(quote)
            and ("needs" not in row or compiled(qualifiers[row["needs"]]).search(quote))
        ]
        # An empty scope stays empty: the gateway then asks a person every time.
        return {"applies_to": [f for f in PROHIBITABLE if f in facts]}
    if kind == "share_information":
        for row in rules["share_information"]:
            if compiled(row["pattern"]).search(quote):
                return {"personal_data": row["personal_data"]}
    return {}
