"""Jointwork's one way of writing dates and times (GOV.UK style guide: "23 November 2026",
24-hour "14:05"), so a template's ``|date``, ``|time`` or a bare datetime all agree. Django's own
en_GB formats (``2:05 p.m.``, ``23 Nov 2026``) fill in anything not set here."""

DATE_FORMAT = "j F Y"  # 23 November 2026
TIME_FORMAT = "H:i"  # 14:05
DATETIME_FORMAT = "j F Y, H:i"  # 23 November 2026, 14:05
SHORT_DATE_FORMAT = "d/m/Y"  # 23/11/2026
SHORT_DATETIME_FORMAT = "d/m/Y H:i"  # 23/11/2026 14:05
