"""The site's URLs plus uploaded images, for browser tests: the live server runs with DEBUG off,
where Django serves no /media/ (production's nginx or the bucket does)."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from newsroom.urls import handler404, handler500  # noqa: F401
from newsroom.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
