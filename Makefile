# Two commands on a fresh machine:  `make run` opens the app, `make test` runs every check.
# Both create the virtual environment in .venv (and install system libraries) first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test bundle

run: $(STAMP)
	$(BIN)/ipquiz $(ARGS)

# The onedir app bundle in dist/ipquiz/ (ARGS=--onefile for one file); packaging/README.md.
bundle: $(STAMP)
	$(BIN)/python packaging/build.py --smoke $(ARGS)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest

$(STAMP): pyproject.toml
	sh packaging/linux/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@
