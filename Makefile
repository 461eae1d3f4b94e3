# Two commands on a fresh machine (see README):
#   make demo   set up, batch-parse the bundled corpus into out/, and score it against its gold files
#   make test   set up and run the test suite
VENV ?= .venv
PY := $(VENV)/bin/python

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test,bulk]'
	touch $@

.PHONY: demo test bench
demo: $(VENV)/.installed
	$(VENV)/bin/govextract batch corpus/dev --exclude '*.gold.json' -o out
	$(VENV)/bin/govextract eval corpus/dev

test: $(VENV)/.installed
	$(PY) -m pytest -q

bench: $(VENV)/.installed
	$(PY) scripts/benchmark.py
	$(PY) scripts/bench_batch.py
