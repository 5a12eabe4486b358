"""One date and time style everywhere: "23 November 2026" and the 24-hour "14:05"."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.template import Context, Template

# 14:05 in London on a winter day: UTC and London agree, so the filters' time zone does not matter.
AT = dt.datetime(2026, 11, 23, 14, 5, tzinfo=ZoneInfo("Europe/London"))


def render(source: str) -> str:
    return Template(source).render(Context({"at": AT}))


def test_date_and_time_filters_without_arguments_use_the_one_style() -> None:
    assert render("{{ at|date }}") == "23 November 2026"
    assert render("{{ at|time }}") == "14:05"


def test_a_bare_datetime_and_the_datetime_format_agree_with_them() -> None:
    assert render("{{ at }}") == "23 November 2026, 14:05"
    assert render('{{ at|date:"DATETIME_FORMAT" }}') == "23 November 2026, 14:05"


def test_an_afternoon_time_is_never_written_p_m() -> None:
    assert "p.m." not in render("{{ at|time }} {{ at }} {{ at|date:'SHORT_DATETIME_FORMAT' }}")
