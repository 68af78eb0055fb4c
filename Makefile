# Two commands set everything up on a fresh machine (Python >= 3.11 and pip):
#   make run   installs Dyad and codes the bundled example articles
#   make test  installs the test extras and runs the whole suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

run: $(VENV)/.installed
	mkdir -p build
	$(PY) -m dyad code examples/articles --db build/examples.duckdb --out build/examples.jsonl
	$(PY) -m dyad code examples/articles --table

test: $(VENV)/.installed
	$(PY) -m pytest -q

bench: $(VENV)/.installed
	$(PY) bench/throughput.py

clean:
	rm -rf build $(VENV)
