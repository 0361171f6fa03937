# pressfigures: `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: help extract test bench evaluate clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

$(VENV)/installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

extract: $(VENV)/installed ## read raw/, write processed/*.parquet (only new or changed files)
	$(PY) -m pipeline extract --raw raw --out processed

test: $(VENV)/installed ## run the whole test suite
	$(PY) -m pytest

evaluate: $(VENV)/installed ## score against ../shared/gold/dev (when present)
	$(PY) -m pipeline evaluate --gold ../shared/gold/dev.jsonl --raw ../shared/gold/dev --errors 10

bench: $(VENV)/installed ## throughput, memory and rerun time over a corpus
	$(PY) bench/bench.py

clean: ## remove processed outputs (raw/ is never touched)
	rm -f processed/*.parquet
