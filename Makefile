PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint clean calibrate

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m detente.demo

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/bench.py
	$(BIN)/python bench/bench_dyad.py

# Refit event confidence on tests/gold .. tests/gold6 (writes src/detente/data/events/confidence.tsv; review the diff).
# Run it twice after changing the coder: fusion keeps the most confident mention, so the second
# fit sees the mentions the new weights keep. Then update FLOOR_CONFIDENT in tests/test_own_gold.py.
calibrate: $(STAMP)
	$(BIN)/python bench/fit_confidence.py

lint: $(STAMP)
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) detente.db
