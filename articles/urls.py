from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="index"),
    path("articles/<slug:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote"),
]
