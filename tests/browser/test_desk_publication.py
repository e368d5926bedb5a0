"""Scheduling and retracting in Chromium, as an editor does them from the article form, and
what the desk and readers then see (issue 14's publishing items, end to end)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.utils import timezone
from playwright.sync_api import expect

from articles.domain.models import Article
from tests.browser.conftest import TIMEOUT_MS, VIEWPORT, close_context
from tests.factories import ArticleFactory, PersonFactory, QuoteFactory

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-staple-42"


@pytest.fixture
def editor(transactional_db):
    group, _ = Group.objects.get_or_create(name="Editor")
    group.permissions.set(list(Permission.objects.filter(content_type__app_label="articles")))
    user = User.objects.create_user("ines", password=PASSWORD, is_staff=True)
    user.groups.add(group)
    return user


@pytest.fixture
def page(browser, live_server, editor):
    context = browser.new_context(base_url=live_server.url, viewport=VIEWPORT, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Username").fill(editor.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    try:
        yield page
    finally:
        close_context(context)


def test_an_editor_schedules_from_the_form_and_the_desk_shows_it_everywhere(page, live_server):
    article = ArticleFactory(headline="Budget day preview", slug="budget-day-preview")
    when = timezone.localtime(timezone.now() + dt.timedelta(days=2)).replace(hour=7, minute=30, second=0, microsecond=0)
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    page.get_by_label("Publication date").fill(when.strftime("%Y-%m-%d"))
    page.get_by_label("Publication time").fill(when.strftime("%H:%M:%S"))
    page.locator(".workflow-row").first.get_by_role("button", name="Schedule").click()

    expect(page.locator("ul.messagelist")).to_contain_text("is scheduled: readers see it from")
    expect(page.get_by_role("button", name="Publish now").first).to_be_visible()
    stored = Article.objects.get(pk=article.pk)
    assert stored.is_scheduled and stored.published_at == when

    page.goto("/admin/")
    page.get_by_role("link", name="1 scheduled").click()
    row = page.locator("#result_list tbody tr", has_text="Budget day preview")
    expect(row.locator("td.field-state")).to_have_text("Scheduled")
    expect(row.locator("td.field-publication_time")).to_contain_text(when.strftime("%H:%M"))

    reader = page.context.browser.new_page(base_url=live_server.url)  # a reader: no session
    assert reader.goto("/articles/budget-day-preview/").status == 404
    reader.close()


def test_an_editor_retracts_with_a_reason_and_readers_get_the_notice(page, live_server):
    article = ArticleFactory(published=True, headline="A story built on forged papers", slug="forged-papers")
    quote = QuoteFactory(article=article, speaker=PersonFactory(name="Sam Source"), text="The papers are genuine")
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    page.locator(".workflow-row").first.get_by_role("button", name="Retract").click()

    expect(page.get_by_role("heading", name="Retract and tell readers why")).to_be_visible()
    page.get_by_label("Reason, shown to readers:").fill("The documents the story relied on were forged.")
    page.get_by_role("button", name="Retract").click()

    expect(page.locator("ul.messagelist li.success")).to_contain_text("is now retracted")
    reader = page.context.browser.new_page(base_url=live_server.url)
    response = reader.goto("/articles/forged-papers/")
    assert response.status == 410
    expect(reader.locator(".retraction-notice")).to_contain_text("The documents the story relied on were forged.")
    assert "The papers are genuine" not in reader.content()
    assert reader.goto(f"/quotes/{quote.pk}/").status == 410
    reader.close()
