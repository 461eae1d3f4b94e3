# Two commands on a fresh machine (see README):
#   make demo   set up, batch-parse the bundled corpus into out/, and score it (and the scanned copies) against gold
#   make test   set up and run the test suite
VENV ?= .venv
PY := $(VENV)/bin/python
# What the browser tests need from the system (Debian packages): Chromium, its driver, CJK fonts.
SYSTEM_PACKAGES := chromium chromium-driver fonts-noto-cjk

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test,bulk,dashboard,ocr]'
	touch $@

.PHONY: demo test bench system-packages dashboard
demo: $(VENV)/.installed
	$(VENV)/bin/govextract batch corpus/dev --exclude '*.gold.json' -o out
	$(VENV)/bin/govextract eval corpus/dev
	$(VENV)/bin/govextract eval corpus/scanned

# Installs only what is missing; needs root (apt-get), and fails loudly rather than skip tests.
system-packages:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { \
	  echo "installing $(SYSTEM_PACKAGES) (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES) >/dev/null; }

test: $(VENV)/.installed system-packages
	$(PY) -m pytest -q

dashboard: demo
	$(VENV)/bin/govextract dashboard out

bench: $(VENV)/.installed
	$(PY) scripts/benchmark.py
	$(PY) scripts/bench_batch.py
	$(PY) scripts/benchmark_facts.py
	$(PY) scripts/bench_long_paragraph.py
	$(PY) scripts/bench_dashboard.py
	$(PY) scripts/bench_statements.py
	$(PY) scripts/bench_ocr.py
	$(PY) scripts/bench_instructions.py   # says it is skipped where valgrind is missing
