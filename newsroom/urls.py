from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from articles.api import api
from articles.site import views as article_views
from articles.site.sitemaps import SITEMAPS

admin.site.site_header = "Newsroom desk"
admin.site.site_title = "Newsroom desk"
admin.site.index_title = "Editorial"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    # Jinja2 templates: a sitemap page of 5,000 URLs renders several times faster than Django's own.
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "template_name": "articles/sitemap_index.xml"},
        name="sitemap-index",
    ),
    path("sitemap-news.xml", article_views.news_sitemap, name="news-sitemap"),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS, "template_name": "articles/sitemap.xml"},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("robots.txt", article_views.robots_txt, name="robots"),
    path("", include("articles.site.urls")),
]
# Uploaded images, in development only (static() adds nothing when DEBUG is off): production's
# nginx serves /media/ from disk (deploy/nginx/newsroom.conf), or the images are in a bucket.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "newsroom.views.page_not_found"
handler500 = "newsroom.views.server_error"
