"""A URLconf that puts the reader site under /elsewhere/ (tests/test_paths.py)."""

from django.urls import include, path

urlpatterns = [path("elsewhere/", include("articles.site.urls"))]
