# The README's two commands: `make run` and `make test`.
# Debian's python3.11, where it can make virtual environments, is built with profile-guided
# optimisation like the python:3.11-slim image the Dockerfile deploys on; pages render about a
# quarter faster on it than on a plain source build such as pyenv's (docs/performance.md).
PYTHON ?= $(or $(shell /usr/bin/python3.11 -c "import ensurepip" 2>/dev/null && echo /usr/bin/python3.11),python3.11)
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Bytecode caching roughly halves start-up time (tests, management commands).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: run test bench install messages migrate demo lint check clean

run: install messages migrate demo
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# One pytest worker per core (pytest-xdist); the browser tests share one worker, the demo's another.
PYTEST_WORKERS ?= auto
test: install messages node_modules/.package-lock.json
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

# Load test with production settings (docs/performance.md). It builds its own PostgreSQL database and
# static files; BENCH_ARGS="--help" lists its options (scale, duration, ports, databases).
bench: install messages
	$(BIN)/python -m bench.run $(BENCH_ARGS)

install: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: set PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip --version >/dev/null 2>&1 || $(BIN)/python -m ensurepip --upgrade >/dev/null
	$(BIN)/python -m pip install --quiet --upgrade uv
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements-dev.txt
	touch $(STAMP)

# axe-core for the accessibility scan; without npm those tests are skipped (failed in CI).
node_modules/.package-lock.json: package.json package-lock.json
	-command -v npm >/dev/null 2>&1 && npm ci --no-audit --no-fund --silent

messages: install
	$(BIN)/python manage.py compilemessages --ignore=.venv --verbosity 0

# migrate_site is migrate without the report of wagtail-modeltranslation's column sync (its ALTER TABLEs).
migrate: install
	mkdir -p var
	$(BIN)/python manage.py migrate_site
	$(BIN)/python manage.py update_translation_fields --verbosity 0

demo: migrate
	$(BIN)/python manage.py load_demo_content

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djlint templates --lint

check: install messages
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

clean:
	rm -rf $(VENV) var static_collected .pytest_cache .ruff_cache
