# Shortcuts for the README's two commands (`make demo`, `make test`), and the benchmarks and docs.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

.PHONY: demo test lint bench
demo: $(STAMP)
	$(VENV)/bin/jsperf audit examples/changnan-2024-final-accounts.txt || [ $$? -eq 1 ]

lint: $(STAMP)
	$(VENV)/bin/ruff check jsperf tests benchmarks
	$(VENV)/bin/mypy

test: lint
	$(VENV)/bin/pytest

bench: $(STAMP)
	$(PY) benchmarks/run.py

.PHONY: docs
docs: $(STAMP)
	$(PY) -c "from jsperf.codes import write_pages; write_pages('docs')"
