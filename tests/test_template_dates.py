"""The reader templates' `date` filter: its fast paths give what Django's dateformat gives."""

import datetime as dt
import zoneinfo

from django.utils import dateformat, timezone
from hypothesis import given
from hypothesis import settings as examples
from hypothesis import strategies as st

from articles.site.template_environment import date

ZONES = [dt.UTC, zoneinfo.ZoneInfo("Europe/London"), zoneinfo.ZoneInfo("Pacific/Kiritimati")]


@examples(max_examples=500, deadline=None)
@given(
    moment=st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    zone=st.sampled_from(ZONES),
    format_string=st.sampled_from(["j F Y", "c"]),
)
def test_fast_formats_are_dateformats(moment, zone, format_string):
    aware = moment.replace(tzinfo=zone)
    expected = dateformat.format(timezone.localtime(aware), format_string)
    if format_string == "c":
        expected = timezone.localtime(aware).isoformat()
    assert date(aware, format_string) == expected


def test_a_few_by_eye():
    assert date(dt.datetime(2026, 3, 5, 23, 30, tzinfo=dt.UTC), "j F Y") == "5 March 2026"
    assert date(dt.datetime(2026, 7, 1, 23, 30, tzinfo=dt.UTC), "j F Y") == "2 July 2026"  # London summer time
    assert date(dt.datetime(33, 1, 9, 12, tzinfo=dt.UTC), "j F Y") == dateformat.format(
        timezone.localtime(dt.datetime(33, 1, 9, 12, tzinfo=dt.UTC)), "j F Y"
    )
    assert date(None, "j F Y") == ""
