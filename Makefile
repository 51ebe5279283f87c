# Two commands: `make demo` and `make test`. Both set up .venv on a fresh machine.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= utkikk.db

.PHONY: demo test install lint models bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

DEMO_SERVE ?= 1
PORT ?= 8000

demo: $(STAMP)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/utkikk ingest examples/corpus --db $(DB) || [ $$? -eq 3 ]  # 3: examples/corpus/broken is rejected, on purpose
	$(BIN)/utkikk stats --db $(DB)
	@if [ "$(DEMO_SERVE)" = "1" ]; then \
	  echo "Serving the sample corpus at http://127.0.0.1:$(PORT)/  (Ctrl-C stops; DEMO_SERVE=0 skips)"; \
	  $(BIN)/utkikk serve --db $(DB) --port $(PORT); \
	fi

# the PostgreSQL tests start a throwaway cluster of their own (tests/pg_server.py), the Spark tests
# a local[2] Spark; here neither may skip
test: $(STAMP)
	bash tools/install-browser.sh
	bash tools/install-postgres.sh
	bash tools/install-java.sh
	UTKIKK_REQUIRE_POSTGRES=1 UTKIKK_REQUIRE_SPARK=1 $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks training

models: $(STAMP)
	$(BIN)/python training/build_models.py

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/events.py
	$(BIN)/python benchmarks/api.py

clean:
	rm -rf $(VENV) build *.egg-info $(DB) $(DB)-wal $(DB)-shm
