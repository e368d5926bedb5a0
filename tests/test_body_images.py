"""Images inside the body: `![alt](image:ID)` as a paragraph of its own shows a library image,
fetched with every other image of the body at a constant number of queries; an unknown id shows
nothing to readers and is a form error in the desk; the block has no words to quote."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from articles.domain import images
from articles.domain.bodyformat import image_block, image_ids
from articles.domain.models import Article, Image
from articles.domain.plaintext import block_texts
from articles.site.rendering import IMAGE, render_article
from tests.admin_forms import change_form_data
from tests.factories import ArticleFactory
from tests.test_images import make_image


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def render(body: str):
    return render_article(SimpleNamespace(body=body, deck_lines=[]), [])[1]


def figures(html: str) -> list[str]:
    return re.findall(r'<figure class="figure figure--body">.*?</figure>', html, re.S)


# The format -----------------------------------------------------------------------------------


def test_an_image_block_is_only_the_image_alone_in_its_paragraph():
    assert image_block("![A flooded street](image:12)") == images_ref(12, "A flooded street")
    assert image_block("  ![](image:7)  ") == images_ref(7, "")
    assert image_block("See ![x](image:12) here") is None
    assert image_block("![x](https://example.org/a.jpg)") is None
    assert image_block("![x](image:abc)") is None
    body = "Intro.\n\n![a](image:3)\n\nCaption: Words\n\n![b](image:2)\n\n![c](image:3)\n\nText ![d](image:9)"
    assert image_ids(body) == [3, 2]


def images_ref(image_id, alt):
    from articles.domain.bodyformat import ImageRef

    return ImageRef(image_id, alt)


def test_an_image_block_has_no_words_to_quote():
    body = "He said “yes”.\n\n![The mayor “smiling”](image:4)\n\nShe said “no”."
    assert block_texts(body) == ["He said “yes”.", "", "She said “no”."]


def test_a_body_without_image_blocks_renders_without_a_query():
    """No database here: a query would fail the test."""
    blocks = render("A paragraph with ![an image](https://example.org/x.png) typed inline.")
    assert [block.kind for block in blocks] == ["paragraph"]
    assert "<img" not in str(blocks[0].html) and "<figure" not in str(blocks[0].html)  # as before: "!" and a link


# Rendering -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_body_image_is_a_lazy_figure_with_srcset_size_and_the_library_caption():
    image = make_image(1600, 800, alt="Library alt", caption="The harbour at dawn", credit="Pat Lee/Wire")
    blocks = render(f"First paragraph.\n\n![](image:{image.pk})\n\nLast paragraph.")

    assert [block.kind for block in blocks] == ["paragraph", IMAGE, "paragraph"]
    html = str(blocks[1].html)
    assert html.startswith('<figure class="figure figure--body"><picture>')
    assert 'loading="lazy"' in html and 'fetchpriority="high"' not in html
    assert re.search(r'<img [^>]*srcset="[^"]*\d+w, [^"]*\d+w', html)
    assert re.search(r'<img [^>]*width="\d+" height="\d+"', html)
    assert 'alt="Library alt"' in html  # none typed: the library's
    assert "<figcaption>The harbour at dawn" in html and "Pat Lee/Wire" in html


@pytest.mark.django_db
def test_the_alt_text_typed_wins_and_a_caption_block_after_the_image_is_its_caption():
    image = make_image(800, 400, alt="Library alt", caption="Library caption", credit="Library credit")
    blocks = render(f"![The new bridge](image:{image.pk})\n\nCaption: Opening day\n\nAfter.")

    assert [block.kind for block in blocks] == [IMAGE, "paragraph"]  # the caption went into the figure
    html = str(blocks[0].html)
    assert 'alt="The new bridge"' in html and "Library alt" not in html
    assert "<figcaption>Opening day" in html and "Library caption" not in html
    assert "Library credit" in html  # no Credit: line typed, so the library's credit stays

    blocks = render(f"![x](image:{image.pk})\n\nCaption: Opening day\nCredit: Sam Roe")
    assert "Sam Roe" in str(blocks[0].html) and "Library credit" not in str(blocks[0].html)


@pytest.mark.django_db
def test_alt_caption_and_credit_are_escaped():
    image = make_image(600, 300, alt='<script>"x"</script>', credit="<b>AP</b>")
    html = str(render(f'![<img src=x onerror=alert(1)> & "q"](image:{image.pk})\n\nCaption: <i>hi</i>')[0].html)

    assert "<img src=x" not in html and "<i>" not in html and "<b>" not in html
    assert 'alt="&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;"' in html
    assert "&lt;i&gt;hi&lt;/i&gt;" in html and "&lt;b&gt;AP&lt;/b&gt;" in html


@pytest.mark.django_db
def test_an_unknown_or_deleted_image_renders_nothing():
    image = make_image(600, 300)
    body = f"Before.\n\n![Gone](image:{image.pk})\n\n![Never](image:999999)\n\nAfter."
    images.delete_image(image)

    blocks = render(body)

    assert [str(block.html) for block in blocks] == ["Before.", "After."]


@pytest.mark.django_db
def test_many_body_images_cost_the_same_queries_as_one(django_assert_num_queries):
    one = make_image(600, 300)
    many = [make_image(600 + n, 300) for n in range(5)]
    with django_assert_num_queries(2):  # the images, and all their renditions
        assert len(render(f"![](image:{one.pk})")) == 1
    body = "\n\n".join(f"Paragraph {n}.\n\n![](image:{image.pk})" for n, image in enumerate(many))
    with django_assert_num_queries(2):
        blocks = render(body + "\n\n![Unknown](image:424242)")
    assert [block.kind for block in blocks].count(IMAGE) == 5


@pytest.mark.django_db
def test_the_article_page_shows_body_images_at_constant_queries(client, django_assert_max_num_queries):
    plain = ArticleFactory(published=True, body="One paragraph.\n\nAnother.")
    pictures = [make_image(900, 450, alt=f"Picture {n}") for n in range(4)]
    body = "One paragraph.\n\n" + "\n\n".join(f"![](image:{p.pk})" for p in pictures) + "\n\nAnother."
    pictured = ArticleFactory(published=True, body=body)

    with django_assert_max_num_queries(20) as plain_queries:
        client.get(plain.get_absolute_url())
    with django_assert_max_num_queries(20) as pictured_queries:
        html = client.get(pictured.get_absolute_url()).content.decode()

    assert len(figures(html)) == 4 and 'alt="Picture 3"' in html
    assert len(pictured_queries) <= len(plain_queries) + 2


@pytest.mark.django_db
def test_existing_bodies_render_exactly_as_before():
    body = "## A crosshead\n\nA [link](https://example.org) paragraph.\n\nCaption: A picture\nCredit: Agency"
    kinds = [(block.kind, str(block.html), block.credit) for block in render(body)]
    assert kinds == [
        ("crosshead", "A crosshead", ""),
        ("paragraph", 'A <a href="https://example.org" rel="nofollow noopener">link</a> paragraph.', ""),
        ("caption", "A picture", "Agency"),
    ]


# The desk -------------------------------------------------------------------------------------


def staff_client(client, group: str):
    user = User.objects.create_user(f"{group.lower()}-body", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_an_unknown_image_id_is_a_form_error_on_the_body_naming_it(client):
    client = staff_client(client, "Editor")
    image = make_image(600, 300)
    article = ArticleFactory()
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = change_form_data(client.get(url))
    data["body"] = f"Intro.\n\n![ok](image:{image.pk})\n\n![bad](image:31337)\n\n![worse](image:31338)"

    response = client.post(url, data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["body"]
    assert errors == [
        "No images 31337 and 31338 in the media library. Check the number in “![…](image:31337)” against the "
        "snippet the media library shows, or upload the picture first."
    ]
    assert Article.objects.get(pk=article.pk).body == article.body

    data["body"] = f"Intro.\n\n![ok](image:{image.pk})"
    assert client.post(url, data).status_code == 302
    assert Article.objects.get(pk=article.pk).body == data["body"]


@pytest.mark.django_db
def test_the_cheat_sheet_shows_the_image_syntax(client):
    client = staff_client(client, "Editor")
    html = client.get(reverse("admin:articles_article_add")).content.decode()
    assert "<code>![What it shows](image:12)</code>" in html


@pytest.mark.django_db
def test_the_media_library_shows_each_snippet_and_counts_body_uses(client):
    client = staff_client(client, "Editor")
    used = make_image(600, 300, alt="The [old] bridge")
    unused = make_image(600, 300, alt="A quiet street")
    ArticleFactory(body=f"Text.\n\n![x](image:{used.pk})")
    ArticleFactory(body=f"![y](image:{used.pk})\n\nCaption: Again")
    ArticleFactory(body=f"![z](image:{used.pk}0)")  # another id that starts with the same digits

    html = client.get(reverse("admin:articles_image_changelist")).content.decode()

    assert f'<code class="media-snippet">![The (old) bridge](image:{used.pk})</code>' in html
    assert f'<code class="media-snippet">![A quiet street](image:{unused.pk})</code>' in html
    assert "2 article bodies" in html

    detail = client.get(reverse("admin:articles_image_change", args=[used.pk])).content.decode()
    assert detail.count("In the body of") == 2
    assert Image.objects.count() == 2


@pytest.mark.django_db
def test_changing_or_deleting_a_body_image_retires_the_cached_story(client, settings):
    settings.NEWSROOM_PAGE_CACHE_SECONDS = 60
    image = make_image(700, 350, alt="Old words")
    article = ArticleFactory(published=True, body=f"Before.\n\n![](image:{image.pk})\n\nAfter.")
    assert "Old words" in client.get(article.get_absolute_url()).content.decode()

    image.alt_text = "New words"
    image.save()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "New words" in html and "Old words" not in html

    images.delete_image(image)
    html = client.get(article.get_absolute_url()).content.decode()
    assert "New words" not in html and "figure--body" not in html and "After." in html
