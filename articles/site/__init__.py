"""The reader site: views, URLs, feeds, sitemaps, search, rendering, structured data and the page cache."""
