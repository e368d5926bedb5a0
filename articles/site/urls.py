from django.urls import path

from articles.site import feeds, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="index"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("people/<slug:slug>/feed/", feeds.PersonQuotesFeed(), name="person-feed"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote"),
    path("search/", views.search, name="search"),
    path("corrections/", views.corrections, name="corrections"),
    path("preview/<str:token>/", views.preview_article, name="preview"),
    path("feeds/rss/", feeds.LatestArticlesFeed(), name="feed-rss"),
    path("feeds/atom/", feeds.LatestArticlesAtomFeed(), name="feed-atom"),
]
