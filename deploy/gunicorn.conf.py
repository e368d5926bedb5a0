"""gunicorn settings for Newsroom: `gunicorn newsroom.wsgi -c deploy/gunicorn.conf.py`.

Listens on 127.0.0.1 only: nginx (deploy/nginx/newsroom.conf) is the way in. Environment:
GUNICORN_BIND (default 127.0.0.1:8000), GUNICORN_WORKERS (default 2 per CPU + 1),
GUNICORN_TIMEOUT (seconds a request may take before its worker is replaced; default 30, above
PostgreSQL's 10 s statement timeout and below nginx's 35 s proxy_read_timeout).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * (os.cpu_count() or 1) + 1))
worker_class = "sync"  # nginx buffers slow clients, so sync workers are never held by one
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 2
# Recycle workers now and then (staggered), so slow growth of a process's memory cannot build up.
max_requests = 10_000
max_requests_jitter = 1_000
# Only nginx on this machine may say which scheme the client used.
forwarded_allow_ips = "127.0.0.1"
accesslog = None  # nginx keeps the access log
errorlog = "-"
