# The same targets serve people and CI (.ci/run calls `make test`).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP_CORE := $(VENV)/.core-installed
STAMP_DEV  := $(VENV)/.dev-installed

.PHONY: setup demo test test-fast lint bench data clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP_CORE): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(STAMP_CORE)

setup: $(STAMP_DEV)

## demo: install, build the warehouse from the embedded default data, print Canada's report
demo: $(STAMP_CORE)
	$(BIN)/diversify report CAN

## test: install what the tests need (incl. headless Chromium where apt is available) and run them
test: $(STAMP_DEV)
	bash scripts/install-system-deps.sh
	$(BIN)/python -m pytest -n 2 --dist loadgroup

test-fast: $(STAMP_DEV)
	$(BIN)/python -m pytest -n 2 -m "not slow and not browser"

lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

bench: $(STAMP_DEV)
	$(BIN)/python bench/run.py

## data: rebuild the embedded default data from the original public files
data: $(STAMP_CORE)
	$(BIN)/diversify data build --from ../shared/data

clean:
	rm -rf $(VENV) build dist *.egg-info
