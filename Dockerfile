# syntax=docker/dockerfile:1

FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

# Python dependencies in a virtualenv that later stages copy as a whole.
FROM base AS deps
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/requirements.txt
RUN pip install -r /tmp/requirements.txt

# Compiled translations and collected static files; gettext stays in this stage.
FROM base AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
COPY --from=deps /opt/venv /opt/venv
WORKDIR /app
COPY . .
ENV DJANGO_SETTINGS_MODULE=efus_site.settings.production
# Production settings refuse to load without these; the values are build-only
# placeholders and are not kept in the image.
RUN SECRET_KEY=build-only-placeholder ALLOWED_HOSTS=build.invalid REDIS_URL=redis://build.invalid SITE_URL=https://build.invalid python manage.py compilemessages \
    && SECRET_KEY=build-only-placeholder ALLOWED_HOSTS=build.invalid REDIS_URL=redis://build.invalid SITE_URL=https://build.invalid python manage.py collectstatic --noinput

FROM base AS runtime
# The commit being deployed (docker build --build-arg RELEASE_ID=$(git rev-parse --short HEAD)): cached
# values are keyed by it, so a new image never reads what the last one cached.
ARG RELEASE_ID=""
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app
COPY --from=deps /opt/venv /opt/venv
COPY --from=build /app /app
WORKDIR /app
# Only uploads (media) and runtime state (var, e.g. the beat schedule) are writable.
RUN mkdir -p /app/media /app/var && chown app:app /app/media /app/var
ENV DJANGO_SETTINGS_MODULE=efus_site.settings.production \
    MEDIA_ROOT=/app/media \
    RELEASE_ID=$RELEASE_ID
USER app
EXPOSE 8000
# Sends the first ALLOWED_HOSTS name as Host and X-Forwarded-Proto: https, as the
# TLS proxy does, so the request passes the host check and the HTTPS redirect.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request as u; h = os.environ.get('ALLOWED_HOSTS', '').split(',')[0].strip().lstrip('.'); r = u.Request('http://127.0.0.1:8000/healthz/', headers={'Host': h if h not in ('', '*') else 'localhost', 'X-Forwarded-Proto': 'https'}); sys.exit(0 if u.urlopen(r, timeout=4).status == 200 else 1)"]
CMD ["gunicorn", "efus_site.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
