# Two commands for a newcomer: `make demo` and `make test`. Everything installs into .venv.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
DEMO_INDEX := .notices-demo
QUESTION ?= 惠州市卫健局督促多少家医院退回了医保基金?金额多少?

.PHONY: install dev demo test wheel-smoke eval bench bench-retrieval bench-scale local-llm stop-local-llm clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(STAMP)

dev: $(DEVSTAMP)

demo: $(STAMP)
	$(BIN)/notices ingest corpus/ --index $(DEMO_INDEX)
	$(BIN)/notices ask "$(QUESTION)" --index $(DEMO_INDEX)

test: $(DEVSTAMP)
	$(BIN)/python -m pytest -q

# the wheel installed into a fresh venv outside the checkout gives the checkout's results
wheel-smoke: $(STAMP)
	PY=$(PY) CHECKOUT_PY=$(BIN)/python bash scripts/wheel-smoke.sh

eval: $(STAMP)
	$(BIN)/notices eval --report evals/report.md

bench: bench-retrieval bench-ingest bench-load bench-scale

bench-retrieval: $(DEVSTAMP)
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/retrieval.py

bench-scale: $(DEVSTAMP)
	$(BIN)/python bench/scale.py

bench-ingest: $(DEVSTAMP)
	$(BIN)/python bench/ingest.py --serve

bench-load: $(DEVSTAMP)
	$(BIN)/python bench/load.py

local-llm:
	bash scripts/local-llm.sh

stop-local-llm:
	bash scripts/stop-local-llm.sh

clean:
	rm -rf $(DEMO_INDEX) .notices .pytest_cache
