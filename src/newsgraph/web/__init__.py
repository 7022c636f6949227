"""The web UI: an article page and corpus pages, each with a JSON twin under /api.

    app.py      create_app(db_path=None): middleware (body limit, security headers), one error handler
    api.py      the /api routes (OpenAPI at /api/openapi.json)
    pages.py    the server-rendered pages, from the same calls as their twins
    service.py  reading an input, running one analysis at a time, the share cache
    markup.py   the article text with mentions, quotes and cues marked, always escaped
    errors.py   WebError, the HTTP status of each library error, the one error body

The corpus pages ask newsgraph.store.queries, the layer `newsgraph query` asks too.
"""
