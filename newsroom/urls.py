from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Newsroom desk"
admin.site.site_title = "Newsroom desk"
admin.site.index_title = "Editorial"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("articles.urls")),
]
