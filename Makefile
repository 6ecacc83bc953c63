# reslint: `make demo` and `make test` are the README's quick start; both build
# their own virtual environment from pyproject.toml.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
# the corpus the benchmarks read: CORPUS=DIR, or RESLINT_CORPUS in the environment
CORPUS ?= $(or $(RESLINT_CORPUS),../shared/corpus/real)

.PHONY: install demo test bench bench-report bench-sizes plants golden wheel-check clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

demo: install
	$(BIN)/reslint lint samples/
	$(BIN)/reslint classify samples/
	$(BIN)/reslint parse samples/ga-draft.txt
	mkdir -p build && $(BIN)/reslint report samples/ -o build/samples-report.html

test: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/bench.py --corpus $(CORPUS)
	$(BIN)/python bench/report.py --corpus $(CORPUS)
	$(BIN)/python bench/sizes.py --corpus $(CORPUS)

bench-report: install
	$(BIN)/python bench/report.py --corpus $(CORPUS)

# time and peak memory of lint and parse on one 1, 4, 16 and 35 MB resolution, alone
bench-sizes: install
	$(BIN)/python bench/sizes.py --corpus $(CORPUS)

plants: install
	$(BIN)/python bench/plants.py --corpus $(CORPUS)

golden: install
	$(BIN)/python tests/golden.py --update

wheel-check: install
	bash .ci/wheel-check

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .reslint_cache
