# Two commands a newcomer needs: `make run` and `make test`. Everything else is a helper.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
JW := $(BIN)/jointwork
HOST ?= 127.0.0.1:8000

.PHONY: run test setup assets migrate register lint format bench worker e2e clean

setup: $(VENV)/.installed build/static/jointwork.css

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed (python3.11 not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

build/static/jointwork.css: node_modules/.installed scripts/build-assets.mjs src/jointwork/static_src/jointwork.scss src/jointwork/static_src/favicon.svg
	npm run --silent build

assets: build/static/jointwork.css

migrate: setup
	$(JW) migrate --no-input

register: migrate
	$(JW) loadregister
	@if $(JW) help loadobligations >/dev/null 2>&1; then $(JW) loadobligations; fi

run: register
	@echo ""
	@echo "Demo logins (local demonstration only):"
	@$(JW) createdemo --admin
	@echo ""
	@echo "Jointwork is starting on http://$(HOST)/  (Ctrl-C to stop)"
	DEBUG=1 $(JW) runserver $(HOST)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: setup
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

test: lint
	$(BIN)/pytest

bench: setup
	@for f in bench/*.py; do $(BIN)/python $$f || exit 1; done

worker: migrate
	$(JW) db_worker

clean:
	rm -rf build $(VENV) node_modules var
