# Two commands set everything up on a fresh Debian machine: `make run` and `make test`.
SHELL := /bin/bash
TOOLS := .tools
UV := $(TOOLS)/bin/uv
UV_VERSION := 0.13.8
VENV := .venv
AS_OF ?= 2026-11-01
OUT ?= out
export UV_PROJECT_ENVIRONMENT := $(VENV)
# A generous ephemeral-server start-up limit: the first start on a fresh machine migrates a database.
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 90

.PHONY: setup system-deps run test lint bench samples clean

system-deps:
	@bash scripts/install_system_deps.sh

$(UV):
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet
	@touch $@

setup: system-deps $(VENV)/.synced

run: setup
	$(VENV)/bin/qmas-intake process sample_docs/uploads --out $(OUT) --as-of $(AS_OF)

test: setup
	$(VENV)/bin/python -m pytest -q -n 2 --dist loadgroup

lint: setup
	$(VENV)/bin/ruff check .

samples: setup
	$(VENV)/bin/python sample_docs/generate.py

bench: setup
	$(VENV)/bin/python -m bench.run

clean:
	rm -rf $(OUT) .pytest_cache
