"""Which service-navigation section a page belongs to, for the header in base.html."""

from __future__ import annotations

from django import template

register = template.Library()

# (URL namespace, URL name or None for any) → section; the first match wins.
SECTIONS: list[tuple[str, str | None, str]] = [
    ("register", "forum", "forum"),
    ("register", "dashboard", "dashboard"),
    ("register", None, "register"),
    ("obligations", None, "duties"),
    ("sharing", None, "sharing"),
    ("liaison", None, "incidents"),
    ("accounts", "login", "sign-in"),
]


@register.simple_tag(takes_context=True)
def nav_section(context: template.Context) -> str:
    match = getattr(context.get("request"), "resolver_match", None)
    if match is None:
        return ""
    for namespace, name, section in SECTIONS:
        if match.namespace == namespace and name in (None, match.url_name):
            return section
    return ""
