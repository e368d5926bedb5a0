"""The reader templates' helpers: the `date` filter's fast paths give what Django's dateformat
gives, and static URLs are remembered only as long as the settings they come from."""

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


def test_static_urls_are_remembered_until_the_static_settings_change(settings):
    from django.templatetags.static import static

    from articles.site.template_environment import static_url

    settings.STATIC_URL = "/assets-one/"
    assert static_url("articles/newsroom.css") == static("articles/newsroom.css") == "/assets-one/articles/newsroom.css"
    settings.STATIC_URL = "/assets-two/"
    assert static_url("articles/newsroom.css") == "/assets-two/articles/newsroom.css"
