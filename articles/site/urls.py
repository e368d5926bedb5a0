from django.urls import path

from articles.site import feeds, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="index"),
    path("articles/<slug:slug>/", views.article_detail, name="detail"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("people/<slug:slug>/feed/", feeds.PersonQuotesFeed(), name="person-feed"),
    path("authors/<slug:slug>/", views.author_detail, name="author"),
    path("authors/<slug:slug>/feed/", feeds.AuthorArticlesFeed(), name="author-feed"),
    path("sections/<slug:slug>/", views.section_detail, name="section"),
    path("sections/<slug:slug>/feed/", feeds.SectionArticlesFeed(), name="section-feed"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag"),
    path("tags/<slug:slug>/feed/", feeds.TagArticlesFeed(), name="tag-feed"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote"),
    path("search/", views.search, name="search"),
    path("corrections/", views.corrections, name="corrections"),
    path("preview/<str:token>/", views.preview_article, name="preview"),
    path("feeds/rss/", feeds.LatestArticlesFeed(), name="feed-rss"),
    path("feeds/atom/", feeds.LatestArticlesAtomFeed(), name="feed-atom"),
]
