# pressfigures: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
LOCK := requirements.lock
UV_VERSION := 0.13.8
GOLD := ../shared/gold

.PHONY: help extract test lint bench evaluate lock clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)

# Exact versions from the lock, then the project itself without touching them.
$(VENV)/installed: $(PY) pyproject.toml $(LOCK)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

# The package's bytecode, as a regular install writes it: an editable install leaves it to the
# first import, and where PYTHONDONTWRITEBYTECODE is set every run compiled the whole package
# again (a sixth of the instructions of a run that extracts two releases). Only changed
# modules are compiled. Where PYTHONDONTWRITEBYTECODE is set, the compiled patterns the
# stages keep (`pipeline.pattern_cache`) are written the same way, for the same reason;
# elsewhere the first import writes them.
BYTECODE := $(PY) -m compileall -q pipeline$(if $(PYTHONDONTWRITEBYTECODE), && $(PY) -m pipeline.pattern_cache)

extract: $(VENV)/installed ## read raw/, write processed/*.parquet (only new or changed files)
	@$(BYTECODE)
	$(VENV)/bin/pressfigures extract --raw raw --out processed

test: $(VENV)/installed ## run the whole test suite
	$(PY) -m pytest

lint: $(VENV)/installed ## ruff and mypy with the settings in pyproject.toml
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy pipeline

evaluate: $(VENV)/installed ## score against ../shared/gold/dev (when present)
	@if [ ! -f $(GOLD)/dev.jsonl ]; then \
	  echo "error: no gold set at $(GOLD)/dev.jsonl: make evaluate needs the annotated releases beside the project" >&2; \
	  exit 1; fi
	$(VENV)/bin/pressfigures evaluate --gold $(GOLD)/dev.jsonl --raw $(GOLD)/dev --errors 10

bench: $(VENV)/installed ## throughput, memory and rerun time over a corpus
	@$(BYTECODE)
	$(PY) bench/bench.py

lock: $(PY) ## pin pyproject.toml's dependencies (all extras) to exact versions in requirements.lock
	$(PY) -m pip install --quiet "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip compile pyproject.toml --extra test --extra dask --universal \
	  --python-version 3.11 --quiet --output-file $(LOCK)

clean: ## remove processed outputs (raw/ is never touched)
	rm -rf processed/*.parquet processed/.current processed/.run-*
