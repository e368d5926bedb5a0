"""Helpers shared by the security tests: users in the desk's roles, admin URLs, snapshots of the
database, and a parser that finds markup a stored string managed to turn live."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from articles.domain.models import Article, Correction, Person, Quote

PASSWORD = "correct horse battery staple"

# Script types that hold data, not code: the browser never runs them.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "cite", "xlink:href", "poster", "background", "data", "srcdoc"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def member(username: str, group: str | None = None, *, staff: bool = True, email: str = "", **extra) -> User:
    user = User.objects.create_user(username, email=email, password=PASSWORD, is_staff=staff, **extra)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def client_for(user: User | None, **kwargs) -> Client:
    client = Client(**kwargs)
    if user is not None:
        client.force_login(user)
    return client


def admin_url(model, action: str, *args) -> str:
    name = model._meta.model_name if not isinstance(model, str) else model
    return reverse(f"admin:articles_{name}_{action}", args=args)


def change_url(obj) -> str:
    return admin_url(type(obj), "change", obj.pk)


def transition_url(article, name: str) -> str:
    return admin_url(Article, "transition", article.pk, name)


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def form_errors(response) -> list[str]:
    """Every non-field and field error on an admin change page, the inlines' included."""
    if not response.context or "adminform" not in response.context:
        return []
    forms = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        forms.extend(inline.formset.forms)
    errors = []
    for form in forms:
        for field_errors in form.errors.values():
            errors.extend(str(e) for e in field_errors)
    return errors


def is_login_redirect(response) -> bool:
    return response.status_code == 302 and reverse("admin:login") in response["Location"]


def snapshot() -> dict:
    """Everything a POST could change, to show that a refused one changed nothing."""
    return {
        "articles": list(Article.objects.order_by("pk").values()),
        "people": list(Person.objects.order_by("pk").values()),
        "quotes": list(Quote.objects.order_by("pk").values()),
        "corrections": list(Correction.objects.order_by("pk").values()),
        "article_people": list(Article.people.through.objects.order_by("pk").values()),
        "users": list(User.objects.order_by("pk").values("pk", "username", "password", "is_staff", "is_active")),
        "versions": Version.objects.count(),
        "log": LogEntry.objects.count(),
    }


# Live markup -----------------------------------------------------------------------------------


class _MarkupScanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.text: list[str] = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def _check(self, tag, attrs):
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name}= on <{tag}>")
            cleaned = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
            if name in URL_ATTRIBUTES and cleaned.startswith(DANGEROUS_SCHEMES):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in ("value", "title", "content", "alt", "placeholder") and value:
                self.text.append(value)
        if tag in ("iframe", "object", "embed", "base", "frame"):
            self.problems.append(f"unexpected <{tag}> element")
        if tag == "img" and values.get("src", "").strip() in ("x", ""):
            self.problems.append("an injected <img>")
        if tag == "script":
            kind = (values.get("type") or "").strip().lower()
            if "src" not in values and kind not in DATA_SCRIPT_TYPES:
                self.problems.append("an inline executable <script>")
            self._script = tag

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is None:
            self.text.append(data)


def scan_html(html: str) -> _MarkupScanner:
    scanner = _MarkupScanner()
    scanner.feed(html)
    scanner.close()
    return scanner


def live_markup(html: str) -> list[str]:
    """What in `html` a browser would run or load because a stored string became markup."""
    problems = scan_html(html).problems
    lowered = html.lower()
    for needle in ("<script>alert", "<svg onload", "<img src=x", "</script><script>"):
        if needle in lowered:
            problems.append(f"raw {needle!r} in the page")
    problems += json_ld_problems(html)
    return problems


def visible_text(html: str) -> str:
    """The text a reader sees (and form values an editor sees), entities decoded, outside scripts."""
    return "".join(scan_html(html).text)


def json_ld_blocks(html: str) -> list:
    return [json.loads(block) for block in JSON_LD.findall(html)]


def json_ld_problems(html: str) -> list[str]:
    problems = []
    openings = html.count('<script type="application/ld+json">')
    blocks = JSON_LD.findall(html)
    if openings != len(blocks):
        problems.append("a JSON-LD block is not closed where it should be")
    for block in blocks:
        lowered = block.lower()
        if "<script" in lowered or "</script" in lowered or "<!--" in lowered:
            problems.append("JSON-LD contains <script, </script or <!--")
        try:
            json.loads(block)
        except ValueError:
            problems.append("JSON-LD is not valid JSON (something broke out of it)")
    return problems


def strings_in(data) -> list[str]:
    """Every string inside decoded JSON."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in strings_in(value)]
    if isinstance(data, list):
        return [s for value in data for s in strings_in(value)]
    return []


def parse_xml(text: str) -> ET.Element:
    return ET.fromstring(text.encode())


def local_name(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1]
